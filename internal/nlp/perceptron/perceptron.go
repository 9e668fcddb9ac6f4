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
	"math/bits"
)

// Feat builds a feature hash (FNV-1a over its parts) without allocating:
//
//	f := perceptron.Feat(7).Str(word).Str(tag).Sum()
type Feat uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
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

// Int mixes an integer into the feature.
func (f Feat) Int(v int) Feat {
	h := uint64(f)
	u := uint64(v)
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

	// frozen state
	keys  []uint64 // open addressing; 0 = empty
	rows  []int32  // row of keys[i]
	shift uint
	wf    []float32
}

// New returns an empty model for n classes.
func New(n int) *Model {
	return &Model{Classes: n, index: map[uint64]int32{}, tick: 1}
}

// Frozen reports whether Average has been called (or the model was read).
func (m *Model) Frozen() bool { return m.keys != nil }

// Features is the number of feature rows.
func (m *Model) Features() int {
	if m.Frozen() {
		return len(m.wf) / m.Classes
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
		mask := uint64(len(m.keys) - 1)
		for _, f := range feats {
			i := (f * 0x9E3779B97F4A7C15) >> m.shift
			for {
				k := m.keys[i]
				if k == f {
					w := m.wf[int(m.rows[i])*c : int(m.rows[i])*c+c]
					for j, v := range w {
						scores[j] += v
					}
					break
				}
				if k == 0 {
					break
				}
				i = (i + 1) & mask
			}
		}
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
// whose largest absolute weight is below prune, and freezes the model.
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
	wf := make([]float32, 0, len(kept)*c)
	keys := make([]uint64, len(kept))
	for i, e := range kept {
		keys[i] = e.k
		wf = append(wf, m.w[int(e.r)*c:int(e.r)*c+c]...)
	}
	m.freeze(keys, wf)
	m.index, m.w, m.u = nil, nil, nil
}

func (m *Model) freeze(keys []uint64, wf []float32) {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	m.shift = uint(64 - bits.TrailingZeros(uint(size)))
	if size == 1 {
		m.shift = 63
		size = 2
	}
	m.keys = make([]uint64, size)
	m.rows = make([]int32, size)
	mask := uint64(size - 1)
	for r, k := range keys {
		i := (k * 0x9E3779B97F4A7C15) >> m.shift
		for m.keys[i] != 0 {
			i = (i + 1) & mask
		}
		m.keys[i] = k
		m.rows[i] = int32(r)
	}
	m.wf = wf
}

const magic = "HSPC1"

// Write stores a frozen model. Weights are quantised to int16 with one scale
// per model, which keeps files small with no measurable loss of accuracy.
func (m *Model) Write(w io.Writer) error {
	if !m.Frozen() {
		return errors.New("perceptron: Write before Average")
	}
	bw := bufio.NewWriter(w)
	var mx float32
	for _, v := range m.wf {
		if a := float32(math.Abs(float64(v))); a > mx {
			mx = a
		}
	}
	scale := mx / 32767
	if scale == 0 {
		scale = 1
	}
	n := len(m.wf) / max(m.Classes, 1)
	keys := make([]uint64, n)
	for i, k := range m.keys {
		if k != 0 {
			keys[m.rows[i]] = k
		}
	}
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, uint32(m.Classes))
	binary.Write(bw, binary.LittleEndian, uint32(n))
	binary.Write(bw, binary.LittleEndian, scale)
	binary.Write(bw, binary.LittleEndian, keys)
	q := make([]int16, len(m.wf))
	for i, v := range m.wf {
		q[i] = int16(math.Round(float64(v / scale)))
	}
	binary.Write(bw, binary.LittleEndian, q)
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
	wf := make([]float32, len(q))
	for i, v := range q {
		wf[i] = float32(v) * scale
	}
	m := &Model{Classes: int(classes)}
	m.freeze(keys, wf)
	return m, nil
}
