package perceptron

import (
	"math/bits"
	"slices"
)

// A frozen model is an open-addressing hash table (linear probing, at most
// half full) from feature key to weights, laid out so that scoring one
// feature reads one cache line: scoring is memory-bound, and a lookup that
// misses every cache costs more than everything else done per feature.
//
// For models of up to maxSparse classes each slot is one 64-bit word: a
// 16-bit fingerprint of the key (bits 48-63) and 48 bits of weights. Only
// 16 bits of the key are kept, so a feature the model does not know is
// taken for one it does when it probes a slot of the same fingerprint, at
// most once in 65,536 probes of an occupied slot; the weights then added
// are those of an unrelated feature, no worse than the collisions that
// hashing features to 64 bits already accepts, and the table is half the
// size, which is what keeps it in cache. For the same reason a known
// feature whose probe passes a slot of the same fingerprint before its own
// gets that slot's weights, about one feature in 100,000 of a model. Word 0
// marks an empty slot; no occupied slot is 0.
//
//   - dense, up to 3 classes: the weights of classes 0, 1, 2 as int16 in
//     bits 0-15, 16-31 and 32-47.
//   - sparse, up to maxSparse classes: the non-zero weights only. A
//     perceptron feature has non-zero weights for few classes (those it
//     was seen with or wrongly predicted), about three of the tagger's 89
//     on average, so many fit in the slot as two (class, weight) pairs:
//     weight in bits 0-15 and class in bits 16-23, then the same in bits
//     24-47; an unused pair has class noClass and weight 0. A longer row's
//     word has class overflow in bits 16-23, its length in bits 0-15 and
//     its offset into sp in bits 24-47; sp holds each pair as
//     class<<16 | uint16(weight). A row with non-zero weights for more
//     than half the classes (the most frequent features, which are most
//     of those looked up) is smaller as all its weights: its length is
//     denseRow and its offset is the row's number in dq, which holds
//     these rows only, one after another. Kept apart from the rest of q,
//     the rows most often read lie together in a few hundred kilobytes
//     that stay in cache.
//   - wide, more classes (or rows too many for offsets of 24 bits): two
//     words per slot, the whole key and then the offset (bits 16-63) and
//     length (bits 0-15) of the row's pairs in sp.
type layout uint8

const (
	dense layout = iota
	sparse
	wide
)

const (
	// maxSparse is the most classes the sparse layout holds: classes 254
	// and 255 are the markers below.
	maxSparse = 254
	noClass   = 0xFF
	overflow  = 0xFE
	maxOffset = 1<<24 - 1
	denseRow  = 0xFFFF
	// golden spreads keys over the table (Fibonacci hashing).
	golden = 0x9E3779B97F4A7C15
	// batch is how many features scoring looks up at once.
	batch = 64
	// flushAt is how many features are summed in int32 before the sums
	// are moved to the float scores: 2^16 weights of at most 2^15 each
	// cannot overflow, and in practice no call has as many.
	flushAt = 1<<16 - batch
)

// freeze builds the frozen table for keys (sorted) and their weights q,
// row-major in units of scale.
func (m *Model) freeze(keys []uint64, q []int16, scale float32) {
	c := m.Classes
	m.layout = wide
	switch {
	case c <= 3:
		m.layout = dense
	case c <= maxSparse && sparseFits(q, c):
		m.layout = sparse
	}
	size := 2
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	m.shift = uint(64 - bits.TrailingZeros(uint(size)))
	stride := 1
	if m.layout == wide {
		stride = 2
	}
	m.tab = make([]uint64, size*stride)
	m.sp, m.dq = nil, nil
	mask := uint64(size - 1)
	for r, k := range keys {
		row := q[r*c : r*c+c]
		i := (k * golden) >> m.shift
		for m.tab[int(i)*stride] != 0 {
			i = (i + 1) & mask
		}
		switch m.layout {
		case dense:
			w := uint64(uint16(k)) << 48
			for j, v := range row {
				w |= uint64(uint16(v)) << (16 * j)
			}
			if w == 0 {
				// All weights rounded to 0 and fingerprint 0: any other
				// fingerprint with no weights scores the same.
				w = 1 << 48
			}
			m.tab[i] = w
		case sparse:
			m.tab[i] = uint64(uint16(k))<<48 | m.sparseWord(row)
		case wide:
			m.tab[2*i] = k
			m.tab[2*i+1] = uint64(len(m.sp))<<16 | uint64(m.appendPairs(row))
		}
	}
	m.sp, m.dq = slices.Clip(m.sp), slices.Clip(m.dq)
	m.rowKeys, m.q, m.scale = keys, q, scale
}

// sparseFits reports whether the offsets of the sparse layout of q, of c
// classes, fit in their 24 bits: the row numbers of whole rows and the
// pairs of the others in sp.
func sparseFits(q []int16, c int) bool {
	pairs := 0
	for r := 0; r < len(q); r += c {
		n := 0
		for _, v := range q[r : r+c] {
			if v != 0 {
				n++
			}
		}
		if n > 2 && 2*n <= c {
			pairs += n
		}
	}
	return len(q)/c <= maxOffset && pairs <= maxOffset
}

// sparseWord is the low 48 bits of row's slot word in the sparse layout.
func (m *Model) sparseWord(row []int16) uint64 {
	pairs := [2]uint64{noClass << 16, noClass << 16}
	n := 0
	for j, v := range row {
		if v != 0 {
			if n < len(pairs) {
				pairs[n] = uint64(j)<<16 | uint64(uint16(v))
			}
			n++
		}
	}
	if n <= len(pairs) {
		return pairs[0] | pairs[1]<<24
	}
	if 2*n > len(row) {
		off := len(m.dq) / len(row)
		m.dq = append(m.dq, row...)
		return uint64(off)<<24 | overflow<<16 | denseRow
	}
	off := len(m.sp)
	m.appendPairs(row)
	return uint64(off)<<24 | overflow<<16 | uint64(n)
}

// appendPairs appends the non-zero weights of row to sp and returns how
// many there were.
func (m *Model) appendPairs(row []int16) int {
	n := 0
	for j, v := range row {
		if v != 0 {
			m.sp = append(m.sp, uint32(j)<<16|uint32(uint16(v)))
			n++
		}
	}
	return n
}

// scoreFrozen adds the weights of feats to scores. It looks features up
// in batches: first it loads the home slot of every feature of the batch,
// in a loop with no branches on the loaded values, so the processor has
// many cache misses in flight at once; then it compares fingerprints and
// adds weights, by then mostly from cache. Done one feature at a time,
// each miss waited for the previous one, and that was most of the time
// spent parsing. Weights are summed as integers and scaled once at the
// end, which is exact and cheaper than converting each.
func (m *Model) scoreFrozen(feats []uint64, scores []float32) {
	switch m.layout {
	case dense:
		m.scoreDense(feats, scores)
	case sparse:
		m.scoreSparse(feats, scores)
	default:
		m.scoreWide(feats, scores)
	}
}

// probe returns the slot word of the feature with key f, 0 if there is
// none, starting from w, the word at its home slot i.
func (m *Model) probe(f, i, w uint64) uint64 {
	mask := uint64(len(m.tab) - 1)
	fp := f & 0xFFFF
	for w != 0 && w>>48 != fp {
		i = (i + 1) & mask
		w = m.tab[i]
	}
	return w
}

// loadHomes loads the home slot word of every feature of b, in a loop with
// no branches on the loaded values (see scoreFrozen).
func (m *Model) loadHomes(b []uint64, home, words *[batch]uint64) {
	for j, f := range b {
		i := (f * golden) >> m.shift
		home[j], words[j] = i, m.tab[i]
	}
}

// flush adds the integer sums of the first Classes entries of acc to
// scores, scaled, and clears them.
func (m *Model) flush(acc []int32, scores []float32) {
	for j := range scores[:m.Classes] {
		scores[j] += float32(acc[j]) * m.scale
		acc[j] = 0
	}
}

func (m *Model) scoreDense(feats []uint64, scores []float32) {
	var home, words [batch]uint64
	var acc [3]int32
	summed := 0
	for len(feats) > 0 {
		b := feats[:min(len(feats), batch)]
		feats = feats[len(b):]
		m.loadHomes(b, &home, &words)
		for j, f := range b {
			w := m.probe(f, home[j], words[j])
			acc[0] += int32(int16(w))
			acc[1] += int32(int16(w >> 16))
			acc[2] += int32(int16(w >> 32))
		}
		if summed += len(b); summed >= flushAt || len(feats) == 0 {
			m.flush(acc[:], scores)
			summed = 0
		}
	}
}

func (m *Model) scoreSparse(feats []uint64, scores []float32) {
	var home, words, long [batch]uint64
	// Indexed by a byte, so adding a pair needs no bounds check; entries
	// noClass and overflow take the weights of unused pairs (always 0) and
	// are never read.
	var acc [256]int32
	summed := 0
	for len(feats) > 0 {
		b := feats[:min(len(feats), batch)]
		feats = feats[len(b):]
		m.loadHomes(b, &home, &words)
		nl := 0
		for j, f := range b {
			w := m.probe(f, home[j], words[j])
			if w == 0 {
				continue
			}
			if uint8(w>>16) == overflow {
				long[nl] = w
				nl++
				continue
			}
			acc[uint8(w>>16)] += int32(int16(w))
			acc[uint8(w>>40)] += int32(int16(w >> 24))
		}
		if nl > 0 {
			// Touch the first pair of each long row, for the same reason,
			// before adding them up.
			var touch uint32
			for _, w := range long[:nl] {
				if off := w >> 24 & maxOffset; w&0xFFFF == denseRow {
					touch |= uint32(m.dq[off*uint64(m.Classes)])
				} else {
					touch |= m.sp[off]
				}
			}
			// shift>>8 is always 0, but the compiler cannot know it, so
			// the loads above are kept.
			acc[noClass] += int32(touch) & int32(m.shift>>8)
			for _, w := range long[:nl] {
				off := w >> 24 & maxOffset
				if w&0xFFFF == denseRow {
					c := uint64(m.Classes)
					addRow(acc[:c], m.dq[off*c:off*c+c])
					continue
				}
				for _, e := range m.sp[off : off+w&0xFFFF] {
					acc[uint8(e>>16)] += int32(int16(e))
				}
			}
		}
		if summed += len(b); summed >= flushAt || len(feats) == 0 {
			m.flush(acc[:], scores)
			summed = 0
		}
	}
}

// scoreWide looks features up one at a time: models of this many classes
// are small and rare.
func (m *Model) scoreWide(feats []uint64, scores []float32) {
	mask := uint64(len(m.tab)/2 - 1)
	for _, f := range feats {
		i := (f * golden) >> m.shift
		for k := m.tab[2*i]; k != 0; k = m.tab[2*i] {
			if k == f {
				w := m.tab[2*i+1]
				for _, e := range m.sp[w>>16 : w>>16+w&0xFFFF] {
					scores[e>>16] += float32(int16(e)) * m.scale
				}
				break
			}
			i = (i + 1) & mask
		}
	}
}

// addRow adds row to acc (same length), four at a time and without bounds
// checks in the loop.
func addRow(acc []int32, row []int16) {
	acc = acc[:len(row)]
	j := 0
	for ; j+4 <= len(row); j += 4 {
		a, r := acc[j:j+4:j+4], row[j:j+4:j+4]
		a[0] += int32(r[0])
		a[1] += int32(r[1])
		a[2] += int32(r[2])
		a[3] += int32(r[3])
	}
	for ; j < len(row); j++ {
		acc[j] += int32(row[j])
	}
}
