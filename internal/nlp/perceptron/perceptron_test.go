package perceptron

import (
	"bytes"
	"slices"
	"testing"
)

// A two-class problem that a perceptron must separate: feature a means
// class 0, feature b means class 1; the frozen and re-read model agree.
func TestLearnsAndRoundTrips(t *testing.T) {
	a, b, bias := NewFeat(1).Str("a").Sum(), NewFeat(1).Str("b").Sum(), NewFeat(0).Sum()
	m := New(2)
	data := []struct {
		f     []uint64
		class int
	}{{[]uint64{a, bias}, 0}, {[]uint64{b, bias}, 1}}
	scores := make([]float32, 2)
	for epoch := 0; epoch < 5; epoch++ {
		for _, d := range data {
			g := m.Predict(d.f, scores, nil)
			m.Update(d.f, d.class, g, 1)
			m.Tick()
		}
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
	for _, mm := range []*Model{m, r} {
		for _, d := range data {
			if g := mm.Predict(d.f, scores, nil); g != d.class {
				t.Errorf("predict %v = %d, want %d", d.f, g, d.class)
			}
		}
	}
	if _, err := Read(bytes.NewReader([]byte("junk"))); err == nil {
		t.Error("Read of junk: no error")
	}
}

func TestFeatDistinguishesParts(t *testing.T) {
	if NewFeat(1).Str("ab").Str("c").Sum() == NewFeat(1).Str("a").Str("bc").Sum() {
		t.Error("(ab,c) and (a,bc) hash alike")
	}
	if NewFeat(1).Str("x").Sum() == NewFeat(2).Str("x").Sum() {
		t.Error("templates 1 and 2 hash alike")
	}
}

func TestStrLowerMatchesStr(t *testing.T) {
	for _, w := range []string{"Paris", "USA", "already", "McDonald's"} {
		low := NewFeat(3).StrLower(w).Sum()
		want := NewFeat(3).Str(toLowerASCII(w)).Sum()
		if low != want {
			t.Errorf("StrLower(%q) != Str(lower)", w)
		}
	}
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func TestAffixes(t *testing.T) {
	tests := []struct {
		s        string
		n        int
		pre, suf string
	}{
		{"walking", 3, "wal", "ing"},
		{"ab", 4, "ab", "ab"},
		{"café", 2, "ca", "fé"},
		{"", 1, "", ""},
	}
	for _, tc := range tests {
		if got := Prefix(tc.s, tc.n); got != tc.pre {
			t.Errorf("Prefix(%q,%d) = %q, want %q", tc.s, tc.n, got, tc.pre)
		}
		if got := Suffix(tc.s, tc.n); got != tc.suf {
			t.Errorf("Suffix(%q,%d) = %q, want %q", tc.s, tc.n, got, tc.suf)
		}
	}
}

// Int and NewFeat take shortcuts for small numbers; they must hash exactly
// as FNV-1a over the eight bytes does, or trained models would no longer
// find their features.
func TestIntHashesEveryByte(t *testing.T) {
	slow := func(f Feat, v int) Feat {
		h, u := uint64(f), uint64(v)
		for i := 0; i < 8; i++ {
			h ^= u & 0xff
			h *= fnvPrime
			u >>= 8
		}
		return Feat(h)
	}
	for _, v := range []int{0, 1, 7, 255, 256, 257, 1000, 1 << 20, -1, -300} {
		for _, f := range []Feat{fnvOffset, Feat(fnvOffset).Str("word"), 0} {
			if got, want := f.Int(v), slow(f, v); got != want {
				t.Errorf("Feat(%#x).Int(%d) = %#x, want %#x", uint64(f), v, got, want)
			}
		}
		if got, want := NewFeat(v), slow(fnvOffset, v); got != want {
			t.Errorf("NewFeat(%d) = %#x, want %#x", v, got, want)
		}
	}
}

// Sparsify zeroes the weights below a fraction of the largest, drops the
// rows left empty, and leaves the other weights as they were.
func TestSparsify(t *testing.T) {
	const classes = 6
	keys := []uint64{11, 22, 33}
	rows := [][]float32{
		{100, -2, 0, 3, -60, 1}, // keeps 100 and -60 at 0.5
		{1, -1, 2, -2, 0, 1},    // all below: dropped
		{-100, 49, 51, 0, 0, 0}, // keeps -100 and 51
	}
	score := func(m *Model, f uint64) []float32 {
		s := make([]float32, classes)
		m.Score([]uint64{f}, s)
		return s
	}
	m := New(classes)
	m.quantize(keys, rows)
	before := [][]float32{score(m, 11), score(m, 22), score(m, 33)}
	m.Sparsify(0)
	if m.Features() != 3 {
		t.Fatalf("Sparsify(0) changed the model: %d rows", m.Features())
	}
	m.Sparsify(0.5)
	if m.Features() != 2 {
		t.Errorf("%d rows after Sparsify(0.5), want 2", m.Features())
	}
	want := map[uint64][]float32{
		11: {before[0][0], 0, 0, 0, before[0][4], 0},
		22: make([]float32, classes),
		33: {before[2][0], 0, before[2][2], 0, 0, 0},
	}
	for _, k := range keys {
		if got := score(m, k); !slices.Equal(got, want[k]) {
			t.Errorf("feature %d scores %v, want %v", k, got, want[k])
		}
	}
}
