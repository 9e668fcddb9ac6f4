// Package perceptron is the averaged multi-class perceptron that Hearsay's
// tagger, parser and name recogniser are trained with. Features go in as
// 64-bit hashes (built with Feat, without allocating), scores per class
// come out.
//
// Hearsay writes its own rather than using a library because no maintained
// Go package offers an averaged perceptron with hashed features, a compact
// frozen form and the lookup speed that tagging 100k tokens/s needs.
//
// A Model is trained with Update and Tick, then Average folds the running
// averages into the weights and freezes it into an open-addressing table,
// after which Score is safe for concurrent use.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"unicode/utf8"
)

// Feat builds a feature hash (FNV-1a over its parts) without allocating:
//
//	f := perceptron.Feat(7).Str(word).Str(tag).Sum()
type Feat uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	// fnvPrime8 is fnvPrime to the 8th power, modulo 2^64.
	fnvPrime8 = fnvPrime * fnvPrime * fnvPrime * fnvPrime * fnvPrime * fnvPrime * fnvPrime * fnvPrime % (1 << 64)
)

// NewFeat starts a feature of the given template number.
func NewFeat(template int) Feat {
	return Feat(fnvOffset).Int(template)
}

// Str mixes a string into the feature.
func (f Feat) Str(s string) Feat {
	h := uint64(f)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0xff // separator, so ("ab","c") differs from ("a","bc")
	h *= fnvPrime
	return Feat(h)
}

// StrLower mixes s into the feature as if it were lower-cased (ASCII
// letters only), so callers need not allocate a lower-case copy of every
// capitalised word. It hashes exactly like Str(strings.ToLower(s)) for ASCII.
func (f Feat) StrLower(s string) Feat {
	h := uint64(f)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return Feat(h)
}

// Suffix returns the last n code points of s (all of s if it is shorter);
// a substring, so it does not allocate.
func Suffix(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// Prefix returns the first n code points of s (all of s if it is shorter).
func Prefix(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// Int mixes an integer into the feature.
func (f Feat) Int(v int) Feat {
	h := uint64(f)
	u := uint64(v)
	if u < 256 {
		// The seven zero bytes each multiply by fnvPrime, and products
		// modulo 2^64 regroup: one multiplication hashes the same. Every
		// feature starts with its template number, and the eight
		// dependent multiplications were a tenth of the name
		// recogniser's time.
		return Feat((h ^ u) * fnvPrime8)
	}
	for i := 0; i < 8; i++ {
		h ^= u & 0xff
		h *= fnvPrime
		u >>= 8
	}
	return Feat(h)
}

// Sum returns the feature's hash; never 0, which marks empty table slots.
func (f Feat) Sum() uint64 {
	h := uint64(f)
	h ^= h >> 29
	if h == 0 {
		h = 1
	}
	return h
}

// Model is an averaged perceptron over hashed features.
type Model struct {
	Classes int

	// training state
	index map[uint64]int32
	w     []float32 // current weights, row-major: row*Classes + class
	u     []float32 // sum of tick*update, for averaging (Daumé's trick)
	tick  float32

	// Frozen state: see frozen.go.
	tab     []uint64
	layout  layout
	shift   uint
	scale   float32  // weight = int16 value * scale
	sp      []uint32 // row pairs that do not fit their slot
	dq      []int16  // rows scored whole (see frozen.go)
	rowKeys []uint64 // key of each row, for Write and Mean
	q       []int16  // dense weights, row-major, in units of scale
}

// New returns an empty model for n classes.
func New(n int) *Model {
	return &Model{Classes: n, index: map[uint64]int32{}, tick: 1}
}

// Frozen reports whether Average has been called (or the model was read).
func (m *Model) Frozen() bool { return m.tab != nil }

// Features is the number of feature rows.
func (m *Model) Features() int {
	if m.Frozen() {
		return len(m.rowKeys)
	}
	return len(m.index)
}

func (m *Model) row(f uint64, create bool) int32 {
	r, ok := m.index[f]
	if ok || !create {
		if !ok {
			return -1
		}
		return r
	}
	r = int32(len(m.index))
	m.index[f] = r
	for i := 0; i < m.Classes; i++ {
		m.w = append(m.w, 0)
		m.u = append(m.u, 0)
	}
	return r
}

// Score adds the weights of feats to scores (len = Classes). Scores are not
// reset first, so callers can add features in several calls.
func (m *Model) Score(feats []uint64, scores []float32) {
	c := m.Classes
	if m.Frozen() {
		m.scoreFrozen(feats, scores)
		return
	}
	for _, f := range feats {
		r, ok := m.index[f]
		if !ok {
			continue
		}
		w := m.w[int(r)*c : int(r)*c+c]
		for j, v := range w {
			scores[j] += v
		}
	}
}

// Predict returns the best class for feats among those allowed (nil: all).
func (m *Model) Predict(feats []uint64, scores []float32, allowed []bool) int {
	for i := range scores {
		scores[i] = 0
	}
	m.Score(feats, scores)
	best, bestScore := -1, float32(math.Inf(-1))
	for i, s := range scores {
		if allowed != nil && !allowed[i] {
			continue
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// Update moves weight from guess to truth for every feature. Nothing happens
// when they are equal.
func (m *Model) Update(feats []uint64, truth, guess int, amount float32) {
	if truth == guess {
		return
	}
	if m.Frozen() {
		panic("perceptron: Update on a frozen model")
	}
	c := m.Classes
	for _, f := range feats {
		r := int(m.row(f, true))
		m.w[r*c+truth] += amount
		m.u[r*c+truth] += m.tick * amount
		if guess >= 0 {
			m.w[r*c+guess] -= amount
			m.u[r*c+guess] -= m.tick * amount
		}
	}
}

// Tick advances the averaging clock; call it once per training example.
func (m *Model) Tick() { m.tick++ }

// Average replaces the weights by their averages over all ticks, drops rows
// whose largest absolute weight is below prune, quantises the weights to
// int16 (as Write stores them) and freezes the model.
func (m *Model) Average(prune float32) {
	c := m.Classes
	type kv struct {
		k uint64
		r int32
	}
	var kept []kv
	for k, r := range m.index {
		base := int(r) * c
		var mx float32
		for j := 0; j < c; j++ {
			v := m.w[base+j] - m.u[base+j]/m.tick
			m.w[base+j] = v
			if a := float32(math.Abs(float64(v))); a > mx {
				mx = a
			}
		}
		if mx >= prune && mx > 0 {
			kept = append(kept, kv{k, r})
		}
	}
	// Map order is random; sorting makes the frozen table, and so the
	// written file, the same on every run with the same data and seed.
	slices.SortFunc(kept, func(a, b kv) int {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	})
	keys := make([]uint64, len(kept))
	rows := make([][]float32, len(kept))
	for i, e := range kept {
		keys[i], rows[i] = e.k, m.w[int(e.r)*c:int(e.r)*c+c]
	}
	m.quantize(keys, rows)
	m.index, m.w, m.u = nil, nil, nil
}

// Sparsify sets to zero every weight of the frozen model m whose
// magnitude is below frac of its largest, and drops the rows left with no
// weight. An averaged perceptron keeps a small weight for nearly every
// class a feature was ever confused with, and in a model of many classes
// these are most of its weights: without them rows are shorter to add up,
// more of them fit their table slot, and the table is smaller. frac <= 0
// keeps every weight.
func (m *Model) Sparsify(frac float32) {
	if !m.Frozen() || frac <= 0 {
		return
	}
	c := m.Classes
	// Weights are quantised so that the largest is ±32767 (quantize).
	floor := int32(math.Ceil(float64(frac) * 32767))
	var keys []uint64
	q := make([]int16, 0, len(m.q))
	for r, k := range m.rowKeys {
		row := m.q[r*c : r*c+c]
		kept := false
		for _, v := range row {
			if a := int32(v); a >= floor || -a >= floor {
				kept = true
			}
		}
		if !kept {
			continue
		}
		keys = append(keys, k)
		for _, v := range row {
			if a := int32(v); a < floor && -a < floor {
				v = 0
			}
			q = append(q, v)
		}
	}
	m.freeze(keys, slices.Clip(q), m.scale)
}

// Mean returns a frozen model whose weights are the means of those of the
// frozen models ms, which must have the same number of classes; a feature
// missing from a model counts as zero there. Models trained on different
// orders of the same data each learn something of their order; scored as
// one table, their mean keeps what they agree on, at the cost of one model.
// As in Average, rows whose largest absolute mean weight is below prune
// are dropped: mostly features that one model alone kept.
func Mean(ms []*Model, prune float32) (*Model, error) {
	if len(ms) == 0 {
		return nil, errors.New("perceptron: Mean of no models")
	}
	c := ms[0].Classes
	sum := map[uint64][]float32{}
	for _, m := range ms {
		if !m.Frozen() || m.Classes != c {
			return nil, fmt.Errorf("perceptron: Mean needs frozen models of %d classes", c)
		}
		for r, k := range m.rowKeys {
			row := sum[k]
			if row == nil {
				row = make([]float32, c)
				sum[k] = row
			}
			for j, v := range m.q[r*c : r*c+c] {
				row[j] += float32(v) * m.scale
			}
		}
	}
	n := float32(len(ms))
	keys := make([]uint64, 0, len(sum))
	for k, row := range sum {
		var mx float32
		for j := range row {
			row[j] /= n
			mx = max(mx, float32(math.Abs(float64(row[j]))))
		}
		if mx >= prune && mx > 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	rows := make([][]float32, len(keys))
	for i, k := range keys {
		rows[i] = sum[k]
	}
	out := &Model{Classes: c}
	out.quantize(keys, rows)
	return out, nil
}

// quantize stores rows (the weights of the features keys, in that order) as
// int16 with one scale for the model, and freezes it. Weights are quantised
// here rather than in Write, so a model scores the same before and after a
// round trip through a file.
func (m *Model) quantize(keys []uint64, rows [][]float32) {
	var mx float32
	for _, row := range rows {
		for _, v := range row {
			if a := float32(math.Abs(float64(v))); a > mx {
				mx = a
			}
		}
	}
	scale := mx / 32767
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, 0, len(rows)*m.Classes)
	for _, row := range rows {
		for _, v := range row {
			q = append(q, int16(math.Round(float64(v/scale))))
		}
	}
	m.freeze(keys, q, scale)
}

const magic = "HSPC1"

// Write stores a frozen model: its keys, and its weights as int16 with one
// scale per model (quantised by Average), which keeps files small with no
// measurable loss of accuracy.
func (m *Model) Write(w io.Writer) error {
	if !m.Frozen() {
		return errors.New("perceptron: Write before Average")
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, uint32(m.Classes))
	binary.Write(bw, binary.LittleEndian, uint32(len(m.rowKeys)))
	binary.Write(bw, binary.LittleEndian, m.scale)
	binary.Write(bw, binary.LittleEndian, m.rowKeys)
	binary.Write(bw, binary.LittleEndian, m.q)
	return bw.Flush()
}

// Read loads a model written by Write; it is frozen.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("perceptron: not a model file (want magic %q)", magic)
	}
	var classes, n uint32
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &classes); err != nil {
		return nil, fmt.Errorf("perceptron: reading header: %w", err)
	}
	binary.Read(br, binary.LittleEndian, &n)
	binary.Read(br, binary.LittleEndian, &scale)
	if classes == 0 || classes > 1<<16 || n > 1<<28 {
		return nil, fmt.Errorf("perceptron: implausible header: %d classes, %d features", classes, n)
	}
	keys := make([]uint64, n)
	if err := binary.Read(br, binary.LittleEndian, keys); err != nil {
		return nil, fmt.Errorf("perceptron: reading %d keys: %w", n, err)
	}
	q := make([]int16, int(n)*int(classes))
	if err := binary.Read(br, binary.LittleEndian, q); err != nil {
		return nil, fmt.Errorf("perceptron: reading weights: %w", err)
	}
	m := &Model{Classes: int(classes)}
	m.freeze(keys, q, scale)
	return m, nil
}
