package perceptron

import (
	"bytes"
	"math"
	"math/rand"
	"testing"
)

// The frozen table gives back each feature's averaged weights (to within
// the int16 quantisation step), nothing for unseen features, and the same
// scores after a round trip through Write and Read, for every layout
// (dense, sparse, wide) and every way a sparse row is kept: packed into
// its slot (features updated once), as pairs, or whole.
func TestFrozenLayouts(t *testing.T) {
	for _, classes := range []int{1, 3, 4, 9, 51, 89, 254, 255, 300} {
		rng := rand.New(rand.NewSource(int64(classes)))
		m := New(classes)
		feats := make([]uint64, 300)
		for i := range feats {
			feats[i] = NewFeat(i).Sum()
		}
		for step := 0; step < 3000; step++ {
			f := []uint64{feats[rng.Intn(len(feats))], feats[rng.Intn(len(feats))]}
			m.Update(f, rng.Intn(classes), rng.Intn(classes+1)-1, 1)
			m.Tick()
		}
		for i := 0; i < 20; i++ {
			f := NewFeat(5000 + i).Sum()
			feats = append(feats, f)
			m.Update([]uint64{f}, rng.Intn(classes), rng.Intn(classes+1)-1, 1)
			m.Tick()
		}
		want := map[uint64][]float32{}
		for f, r := range m.index {
			row := make([]float32, classes)
			for j := range row {
				row[j] = m.w[int(r)*classes+j] - m.u[int(r)*classes+j]/m.tick
			}
			want[f] = row
		}
		m.Average(0)
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			t.Fatal(err)
		}
		r, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float32, classes)
		again := make([]float32, classes)
		for _, f := range append(feats, NewFeat(9999).Sum(), NewFeat(12345).Sum()) {
			clear(got)
			clear(again)
			m.Score([]uint64{f}, got)
			r.Score([]uint64{f}, again)
			exp := want[f]
			if exp == nil {
				exp = make([]float32, classes)
			}
			for j := range got {
				if math.Abs(float64(got[j]-exp[j])) > float64(m.scale) || got[j] != again[j] {
					t.Fatalf("%d classes, feature %x class %d: frozen %v, read back %v, want %v",
						classes, f, j, got[j], again[j], exp[j])
				}
			}
		}
		// Many features in one call cross the batch boundary.
		clear(got)
		m.Score(feats, got)
		var sum float32
		for _, f := range feats {
			if w := want[f]; w != nil {
				sum += w[0]
			}
		}
		if math.Abs(float64(got[0]-sum)) > float64(m.scale)*float64(len(feats)) {
			t.Errorf("%d classes: batch score %v, want %v", classes, got[0], sum)
		}
	}
}
