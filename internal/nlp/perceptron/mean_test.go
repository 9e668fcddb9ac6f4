package perceptron

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// frozenWith returns a frozen model of two classes with the given averaged
// weights per feature.
func frozenWith(t *testing.T, weights map[uint64][2]float32) *Model {
	t.Helper()
	var keys []uint64
	for f := range weights {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	rows := make([][]float32, len(keys))
	for i, f := range keys {
		w := weights[f]
		rows[i] = w[:]
	}
	m := &Model{Classes: 2}
	m.quantize(keys, rows)
	return m
}

func TestMean(t *testing.T) {
	a, b, c := NewFeat(1).Sum(), NewFeat(2).Sum(), NewFeat(3).Sum()
	m1 := frozenWith(t, map[uint64][2]float32{a: {2, -4}, b: {1, 0}})
	m2 := frozenWith(t, map[uint64][2]float32{a: {4, 0}, c: {0, 6}})
	mean, err := Mean([]*Model{m1, m2}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if mean.Features() != 3 {
		t.Errorf("mean has %d features, want 3 (the union)", mean.Features())
	}
	for _, tc := range []struct {
		name string
		f    uint64
		want [2]float32
	}{
		{"in both", a, [2]float32{3, -2}},
		{"only in the first", b, [2]float32{0.5, 0}},
		{"only in the second", c, [2]float32{0, 3}},
		{"in neither", NewFeat(4).Sum(), [2]float32{0, 0}},
	} {
		got := make([]float32, 2)
		mean.Score([]uint64{tc.f}, got)
		for j := range got {
			if math.Abs(float64(got[j]-tc.want[j])) > 1e-3 {
				t.Errorf("%s: scores %v, want %v", tc.name, got, tc.want)
				break
			}
		}
	}
}

// Pruning applies to the mean weights: a feature that one model alone
// kept with a small weight goes.
func TestMeanPrunes(t *testing.T) {
	a, b := NewFeat(1).Sum(), NewFeat(2).Sum()
	m1 := frozenWith(t, map[uint64][2]float32{a: {2, 0}, b: {1, 0}})
	m2 := frozenWith(t, map[uint64][2]float32{a: {2, 0}})
	mean, err := Mean([]*Model{m1, m2}, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		f    uint64
		want float32
	}{{a, 2}, {b, 0}} {
		got := make([]float32, 2)
		mean.Score([]uint64{tc.f}, got)
		if math.Abs(float64(got[0]-tc.want)) > 1e-3 {
			t.Errorf("feature %x: score %v, want %v", tc.f, got[0], tc.want)
		}
	}
	if mean.Features() != 1 {
		t.Errorf("mean kept %d features, want 1", mean.Features())
	}
}

func TestMeanRejects(t *testing.T) {
	two := frozenWith(t, map[uint64][2]float32{NewFeat(1).Sum(): {1, 0}})
	three := New(3)
	three.Average(0)
	for _, tc := range []struct {
		name   string
		models []*Model
		want   string
	}{
		{"no models", nil, "no models"},
		{"classes differ", []*Model{two, three}, "classes"},
		{"not frozen", []*Model{two, New(2)}, "frozen"},
	} {
		if _, err := Mean(tc.models, 0); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one mentioning %q", tc.name, err, tc.want)
		}
	}
}
