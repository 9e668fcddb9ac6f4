package depparse

import "github.com/hearsaynews/hearsay/internal/conllu"

// Features are 64-bit hashes fed to the perceptrons. The word attributes are
// hashed once per sentence; a feature then mixes a template number with a
// few of those hashes, one multiply per part, which is several times cheaper
// than perceptron.Feat's byte-wise FNV and matters at 250k words/s.

const (
	mulA = 0x9E3779B97F4A7C15
	mulB = 0xC2B2AE3D27D4EB4F
)

func mix(h, x uint64) uint64 {
	h ^= x
	h *= mulA
	return h ^ (h >> 31)
}

func fin(h uint64) uint64 {
	h ^= h >> 29
	h *= mulB
	h ^= h >> 32
	if h == 0 {
		h = 1
	}
	return h
}

// Special attribute values for the root and for positions that do not
// exist (an empty stack slot, a word with no left dependent).
const (
	hNone = 0x5bd1e9955bd1e995
	hRoot = 0x27d4eb2f165667c5
)

// words holds the hashed attributes of one sentence, index 0 = root.
type words struct {
	w, t, u, l []uint64 // lower-cased form (digits as 0), XPOS, UPOS, lemma
	shape      []uint8  // 0 lower/other, 1 capitalised, 2 all caps, 3 has a digit
}

func hashStr(s string, fold bool) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if fold {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				c = '0'
			}
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h ^ uint64(len(s))<<56
}

func shapeOf(s string) uint8 {
	upper, lower := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			return 3
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		}
	}
	switch {
	case upper > 0 && lower == 0:
		return 2
	case len(s) > 0 && s[0] >= 'A' && s[0] <= 'Z':
		return 1
	}
	return 0
}

func (ws *words) fill(toks []conllu.Token) {
	m := len(toks) + 1
	ws.w = growH(ws.w, m)
	ws.t = growH(ws.t, m)
	ws.u = growH(ws.u, m)
	ws.l = growH(ws.l, m)
	if cap(ws.shape) < m {
		ws.shape = make([]uint8, m)
	}
	ws.shape = ws.shape[:m]
	ws.w[0], ws.t[0], ws.u[0], ws.l[0], ws.shape[0] = hRoot, hRoot, hRoot, hRoot, 4
	for i := range toks {
		tk := &toks[i]
		ws.w[i+1] = hashStr(tk.Form, true)
		ws.t[i+1] = hashStr(tk.XPOS, false) * 3
		ws.u[i+1] = hashStr(tk.UPOS, false) * 5
		ws.l[i+1] = hashStr(tk.Lemma, true) * 7
		ws.shape[i+1] = shapeOf(tk.Form)
	}
}

func growH(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	return s[:n]
}

func (ws *words) W(i int32) uint64 {
	if i < 0 || int(i) >= len(ws.w) {
		return hNone
	}
	return ws.w[i]
}

func (ws *words) T(i int32) uint64 {
	if i < 0 || int(i) >= len(ws.t) {
		return hNone
	}
	return ws.t[i]
}

func (ws *words) U(i int32) uint64 {
	if i < 0 || int(i) >= len(ws.u) {
		return hNone
	}
	return ws.u[i]
}

func (ws *words) L(i int32) uint64 {
	if i < 0 || int(i) >= len(ws.l) {
		return hNone
	}
	return ws.l[i]
}

func (ws *words) S(i int32) uint64 {
	if i < 0 || int(i) >= len(ws.shape) {
		return 5
	}
	return uint64(ws.shape[i])
}

// child returns c unless it is none; helper for reading dependents.
func at(s []int32, i int32) int32 {
	if i < 0 {
		return none
	}
	return s[i]
}

func (st *state) lab(i int32) uint64 {
	if i < 0 {
		return 0xffff
	}
	return uint64(st.label[i]) + 1
}

func (st *state) nL(i int32) uint64 {
	if i < 0 {
		return 0xff
	}
	return uint64(st.nl[i])
}

func (st *state) nR(i int32) uint64 {
	if i < 0 {
		return 0xff
	}
	return uint64(st.nr[i])
}

func (st *state) lSet(i int32) uint64 {
	if i < 0 {
		return 1 << 63
	}
	return st.lset[i]
}

func (st *state) rSet(i int32) uint64 {
	if i < 0 {
		return 1 << 63
	}
	return st.rset[i]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

// fb accumulates features; tpl numbers the templates in the order they are
// added, so the set of templates is fixed by the code below.
type fb struct {
	out []uint64
	tpl uint64
}

func (f *fb) add(parts ...uint64) {
	f.tpl++
	h := f.tpl * mulB
	for _, p := range parts {
		h = mix(h, p)
	}
	f.out = append(f.out, fin(h))
}

// add1, add2 and add3 are add for one, two and three parts, which the
// compiler inlines; they hash exactly as add does.
func (f *fb) add1(a uint64) {
	f.tpl++
	f.out = append(f.out, fin(mix(f.tpl*mulB, a)))
}

func (f *fb) add2(a, b uint64) {
	f.tpl++
	f.out = append(f.out, fin(mix(mix(f.tpl*mulB, a), b)))
}

func (f *fb) add3(a, b, c uint64) {
	f.tpl++
	f.out = append(f.out, fin(mix(mix(mix(f.tpl*mulB, a), b), c)))
}

// transFeatures writes the features of the configuration st into out.
func transFeatures(st *state, ws *words, out []uint64) []uint64 {
	f := fb{out: out[:0]}
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2, b3 := st.buf(0), st.buf(1), st.buf(2), st.buf(3)
	s0l, s0l2, s0r, s0r2 := at(st.lc1, s0), at(st.lc2, s0), at(st.rc1, s0), at(st.rc2, s0)
	s1l, s1r := at(st.lc1, s1), at(st.rc1, s1)
	b0l, b0l2 := at(st.lc1, b0), at(st.lc2, b0)

	s0w, s0t, s1w, s1t, b0w, b0t := ws.W(s0), ws.T(s0), ws.W(s1), ws.T(s1), ws.W(b0), ws.T(b0)
	b1w, b1t, b2t := ws.W(b1), ws.T(b1), ws.T(b2)
	s2t := ws.T(s2)

	f.add(1) // bias
	// Unigrams.
	f.add1(s0w)
	f.add1(s0t)
	f.add2(s0w, s0t)
	f.add1(ws.L(s0))
	f.add1(b0w)
	f.add1(b0t)
	f.add2(b0w, b0t)
	f.add1(ws.L(b0))
	f.add2(ws.U(b0), ws.S(b0))
	f.add1(s1w)
	f.add1(s1t)
	f.add2(s1w, s1t)
	f.add1(b1w)
	f.add1(b1t)
	f.add2(b1w, b1t)
	f.add1(s2t)
	f.add1(b2t)
	f.add1(ws.T(b3))
	// Pairs.
	f.add(s0w, s0t, b0w, b0t)
	f.add3(s0w, s0t, b0t)
	f.add3(s0t, b0w, b0t)
	f.add2(s0w, b0w)
	f.add2(s0t, b0t)
	f.add2(b0t, b1t)
	f.add2(b0w, b1w)
	f.add(s1w, s1t, s0w, s0t)
	f.add3(s1w, s1t, s0t)
	f.add3(s1t, s0w, s0t)
	f.add2(s1w, s0w)
	f.add2(s1t, s0t)
	f.add2(s1t, b0t)
	f.add2(ws.L(s0), ws.L(b0))
	f.add3(ws.U(s1), ws.U(s0), ws.U(b0))
	// Tag trigrams.
	f.add3(b0t, b1t, b2t)
	f.add3(s0t, b0t, b1t)
	f.add3(s1t, s0t, b0t)
	f.add3(s2t, s1t, s0t)
	f.add3(s0w, b0t, b1t)
	f.add3(s0t, ws.T(s0l), b0t)
	f.add3(s0t, ws.T(s0r), b0t)
	f.add3(s0t, b0t, ws.T(b0l))
	f.add3(s1t, ws.T(s1r), s0t)
	f.add3(s1t, ws.T(s1l), s0t)
	f.add3(s1t, s0t, ws.T(s0l))
	f.add3(s1t, s0t, ws.T(s0r))
	f.add3(s0t, ws.T(s0l), ws.T(s0l2))
	f.add3(s0t, ws.T(s0r), ws.T(s0r2))
	f.add3(b0t, ws.T(b0l), ws.T(b0l2))
	// Dependents.
	for _, c := range [...]int32{s0l, s0r, s1r, b0l} {
		f.add1(ws.W(c))
	}
	for _, c := range [...]int32{s0l, s0r, s0l2, s0r2, s1l, s1r, b0l, b0l2} {
		f.add1(ws.T(c))
		f.add1(st.lab(c))
	}
	f.add2(s0t, st.lab(s0l))
	f.add2(s0t, st.lab(s0r))
	f.add2(b0t, st.lab(b0l))
	f.add2(s1t, st.lab(s1r))
	f.add3(s0t, st.lab(s0l), st.lab(s0l2))
	f.add3(s0t, st.lab(s0r), st.lab(s0r2))
	f.add(s0t, st.lab(s0l), b0t, st.lab(b0l))
	// Distance.
	d := dist(s0, b0)
	f.add2(s0w, d)
	f.add2(s0t, d)
	f.add2(b0w, d)
	f.add2(b0t, d)
	f.add3(s0t, b0t, d)
	f.add3(s0w, b0w, d)
	d2 := dist(s1, s0)
	f.add3(s1t, s0t, d2)
	f.add3(s1w, s0w, d2)
	// Valency and label sets.
	f.add2(s0w, st.nL(s0))
	f.add2(s0t, st.nL(s0))
	f.add2(s0w, st.nR(s0))
	f.add2(s0t, st.nR(s0))
	f.add2(b0w, st.nL(b0))
	f.add2(b0t, st.nL(b0))
	f.add2(s1w, st.nR(s1))
	f.add2(s1t, st.nR(s1))
	f.add2(s0t, st.lSet(s0))
	f.add2(s0t, st.rSet(s0))
	f.add2(b0t, st.lSet(b0))
	f.add2(s1t, st.rSet(s1))
	f.add2(s1t, st.lSet(s1))
	// Where we are: is the buffer empty, how deep is the stack.
	depth := uint64(min(len(st.stack), 4))
	f.add3(s0t, b0t, depth)
	return f.out
}

// labelFeatures writes the features for labelling the arc h -> d.
func labelFeatures(st *state, ws *words, h, d int32, out []uint64) []uint64 {
	f := fb{out: out[:0], tpl: 1000}
	dir := uint64(0)
	if d > h {
		dir = 1
	}
	dw, dt, du, dl := ws.W(d), ws.T(d), ws.U(d), ws.L(d)
	hw, ht, hu, hl := ws.W(h), ws.T(h), ws.U(h), ws.L(h)
	dist := dist(h, d)
	dlc, dlc2, drc := st.lc1[d], st.lc2[d], st.rc1[d]
	f.add1(dir)
	f.add2(dir, dw)
	f.add2(dir, dt)
	f.add2(dir, du)
	f.add3(dir, dw, dt)
	f.add2(dir, dl)
	f.add2(dir, hw)
	f.add2(dir, ht)
	f.add2(dir, hu)
	f.add3(dir, hw, ht)
	f.add2(dir, hl)
	f.add3(dir, dt, ht)
	f.add3(dir, dw, ht)
	f.add3(dir, dt, hw)
	f.add3(dir, dw, hw)
	f.add3(dir, dl, hl)
	f.add3(dir, du, hu)
	f.add(dir, dt, ht, dist)
	f.add(dir, dt, ws.S(d), ht)
	f.add(dir, dt, ws.S(d), ws.S(h))
	// The dependent's subtree is complete.
	f.add3(dir, dt, st.lab(dlc))
	f.add3(dir, dt, st.lab(drc))
	f.add(dir, dt, st.lab(dlc), st.lab(drc))
	f.add3(dir, dt, st.lSet(d))
	f.add3(dir, dt, st.rSet(d))
	f.add(dir, du, st.lSet(d), st.rSet(d))
	f.add3(dir, dt, ws.W(dlc))
	f.add3(dir, dt, ws.W(dlc2))
	f.add3(dir, dt, ws.W(drc))
	f.add(dir, dt, ht, ws.W(dlc))
	f.add(dir, dt, st.nL(d), st.nR(d))
	// What the head has so far.
	f.add3(dir, ht, st.lSet(h))
	f.add3(dir, ht, st.rSet(h))
	f.add(dir, dt, ht, st.lSet(h), st.rSet(h))
	f.add3(dir, ht, st.lab(st.lc1[h]))
	f.add3(dir, ht, st.lab(st.rc1[h]))
	// Surrounding words.
	f.add(dir, dt, ht, ws.T(d-1))
	f.add(dir, dt, ht, ws.T(d+1))
	f.add(dir, dt, ht, ws.T(h-1))
	f.add(dir, dt, ht, ws.T(h+1))
	return f.out
}
