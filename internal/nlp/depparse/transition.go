package depparse

// The arc-hybrid transition system. Words are numbered 1..n and 0 is the
// root, which starts on the stack. The buffer is always the suffix
// b..n of the sentence, so it is kept as one index.
//
//	SHIFT   push b; the buffer starts one later
//	LEFT    s0 becomes a dependent of b; pop s0
//	RIGHT   s0 becomes a dependent of s1; pop s0
//
// RIGHT onto the root is allowed only once the buffer is empty, which makes
// the root's dependent the last word attached and so guarantees exactly one
// root per sentence.

const (
	shift = iota
	left
	right
	nActions
)

const none = -1

// state is one parser configuration plus what the features need to know
// about the partial tree. It is reused from sentence to sentence.
type state struct {
	n     int
	stack []int32
	b     int32 // front of the buffer; > n when empty

	head  []int32 // -1 until attached
	label []int16 // label id, valid once head is set

	// Leftmost two and rightmost two dependents so far (none if absent),
	// counts of left and right dependents, and the sets of their labels
	// as bit masks (labels beyond 63 are not recorded in the sets).
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []uint8
	lset, rset         []uint64
}

func (st *state) reset(n int) {
	st.n = n
	st.stack = append(st.stack[:0], 0)
	st.b = 1
	m := n + 1
	st.head = grow32(st.head, m, none)
	st.label = grow16(st.label, m)
	st.lc1 = grow32(st.lc1, m, none)
	st.lc2 = grow32(st.lc2, m, none)
	st.rc1 = grow32(st.rc1, m, none)
	st.rc2 = grow32(st.rc2, m, none)
	st.nl = growU8(st.nl, m)
	st.nr = growU8(st.nr, m)
	st.lset = grow64(st.lset, m)
	st.rset = grow64(st.rset, m)
}

func grow32(s []int32, n int, v int32) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func grow16(s []int16, n int) []int16 {
	if cap(s) < n {
		return make([]int16, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func growU8(s []uint8, n int) []uint8 {
	if cap(s) < n {
		return make([]uint8, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func grow64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (st *state) terminal() bool {
	return int(st.b) > st.n && len(st.stack) == 1
}

// s returns the i-th stack item from the top (0 = top), or none.
func (st *state) s(i int) int32 {
	if i >= len(st.stack) {
		return none
	}
	return st.stack[len(st.stack)-1-i]
}

// buf returns the i-th buffer item, or none.
func (st *state) buf(i int) int32 {
	if j := st.b + int32(i); int(j) <= st.n {
		return j
	}
	return none
}

func (st *state) valid(a int) bool {
	switch a {
	case shift:
		return int(st.b) <= st.n
	case left:
		return int(st.b) <= st.n && len(st.stack) > 1
	case right:
		return len(st.stack) > 2 || (len(st.stack) == 2 && int(st.b) > st.n)
	}
	return false
}

// arc returns the head and dependent that action a (LEFT or RIGHT) attaches.
func (st *state) arc(a int) (h, d int32) {
	if a == left {
		return st.b, st.s(0)
	}
	return st.s(1), st.s(0)
}

// apply performs a valid action; lab is the label of the arc it makes.
func (st *state) apply(a int, lab int16) {
	switch a {
	case shift:
		st.stack = append(st.stack, st.b)
		st.b++
	case left, right:
		h, d := st.arc(a)
		st.attach(h, d, lab)
		st.stack = st.stack[:len(st.stack)-1]
	}
}

func (st *state) attach(h, d int32, lab int16) {
	st.head[d] = h
	st.label[d] = lab
	bit := uint64(0)
	if lab < 64 {
		bit = 1 << uint(lab)
	}
	if d < h {
		switch {
		case st.lc1[h] == none || d < st.lc1[h]:
			st.lc2[h] = st.lc1[h]
			st.lc1[h] = d
		case st.lc2[h] == none || d < st.lc2[h]:
			st.lc2[h] = d
		}
		if st.nl[h] < 255 {
			st.nl[h]++
		}
		st.lset[h] |= bit
	} else {
		switch {
		case st.rc1[h] == none || d > st.rc1[h]:
			st.rc2[h] = st.rc1[h]
			st.rc1[h] = d
		case st.rc2[h] == none || d > st.rc2[h]:
			st.rc2[h] = d
		}
		if st.nr[h] < 255 {
			st.nr[h]++
		}
		st.rset[h] |= bit
	}
}

// oracle holds a gold tree and computes the cost of each action: the
// number of gold arcs that can no longer be built after it (Goldberg and
// Nivre 2013). Costs are computed from the gold heads directly; for a
// non-projective tree they count arcs that are lost only by the action
// itself, which is what error exploration needs.
type oracle struct {
	gold     []int32   // gold head of each word, index 0 unused
	children [][]int32 // gold dependents of each word and of the root
	inStack  []bool
}

func (o *oracle) reset(heads []int32) {
	n := len(heads) - 1
	o.gold = heads
	if cap(o.children) < n+1 {
		o.children = make([][]int32, n+1)
	}
	o.children = o.children[:n+1]
	for i := range o.children {
		o.children[i] = o.children[i][:0]
	}
	for d := 1; d <= n; d++ {
		if h := heads[d]; h >= 0 && int(h) <= n {
			o.children[h] = append(o.children[h], int32(d))
		}
	}
	if cap(o.inStack) < n+1 {
		o.inStack = make([]bool, n+1)
	}
	o.inStack = o.inStack[:n+1]
	clear(o.inStack)
	o.inStack[0] = true
}

// childrenInBuffer counts gold dependents of w still in the buffer.
func (o *oracle) childrenInBuffer(st *state, w int32) int {
	c := 0
	for _, d := range o.children[w] {
		if d >= st.b {
			c++
		}
	}
	return c
}

func (o *oracle) cost(st *state, a int) int {
	switch a {
	case shift:
		b := st.b
		c := 0
		for _, d := range o.children[b] {
			if o.inStack[d] {
				c++
			}
		}
		if h := o.gold[b]; h >= 0 && o.inStack[h] && h != st.s(0) {
			c++
		}
		return c
	case left:
		s0 := st.s(0)
		c := o.childrenInBuffer(st, s0)
		if h := o.gold[s0]; h != st.b && (h == st.s(1) || h > st.b) {
			c++
		}
		return c
	case right:
		s0 := st.s(0)
		c := o.childrenInBuffer(st, s0)
		if o.gold[s0] >= st.b {
			c++
		}
		return c
	}
	return 1 << 30
}

// step records the stack bookkeeping the oracle needs after action a.
func (o *oracle) step(st *state, a int) {
	if a == shift {
		o.inStack[st.b] = true
	} else {
		o.inStack[st.s(0)] = false
	}
}
