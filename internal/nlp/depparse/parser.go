package depparse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp/modelio"
	"github.com/hearsaynews/hearsay/internal/nlp/perceptron"
)

// Parser is a trained parser. Its methods are safe for concurrent use.
type Parser struct {
	labels []string
	root   int16 // id of the "root" label, -1 if training had none
	// allowed[dir][id]: label id was seen on a dependent to the left (0) or
	// right (1) of its head in training; "root" is never allowed here.
	allowed [2][]bool
	trans   *perceptron.Model
	lab     *perceptron.Model
	opts    Options

	pool sync.Pool // *work
}

// work is the scratch space of one Parse call.
type work struct {
	st      state
	ws      words
	feats   []uint64
	scores  []float32
	lscores []float32
	valid   []bool
}

func (p *Parser) getWork() *work {
	if w, ok := p.pool.Get().(*work); ok {
		return w
	}
	return &work{
		feats:   make([]uint64, 0, 256),
		scores:  make([]float32, nActions),
		lscores: make([]float32, len(p.labels)),
		valid:   make([]bool, nActions),
	}
}

// Labels returns the dependency labels the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse sets Head (1-based, 0 for the root) and Deprel of every token of s
// from Form, UPOS, XPOS and Lemma. The result is always one tree with a
// single root. An empty (or nil) sentence is left unchanged.
func (p *Parser) Parse(s *conllu.Sentence) {
	if s == nil || len(s.Tokens) == 0 {
		return
	}
	n := len(s.Tokens)
	w := p.getWork()
	defer p.pool.Put(w)
	w.ws.fill(s.Tokens)
	st := &w.st
	st.reset(n)
	for !st.terminal() {
		a, nValid := 0, 0
		for b := range w.valid {
			if w.valid[b] = st.valid(b); w.valid[b] {
				a = b
				nValid++
			}
		}
		// The first SHIFT and the RIGHTs after the buffer is empty are the
		// only possible moves; scoring them would change nothing.
		if nValid > 1 {
			w.feats = transFeatures(st, &w.ws, w.feats)
			a = p.trans.Predict(w.feats, w.scores, w.valid)
		}
		var l int16
		if a != shift {
			l = p.label(w, p.lab, a)
		}
		st.apply(a, l)
	}
	for i := range s.Tokens {
		s.Tokens[i].Head = int(st.head[i+1])
		s.Tokens[i].Deprel = p.labels[st.label[i+1]]
	}
}

// label chooses the label of the arc that action a would make.
func (p *Parser) label(w *work, m *perceptron.Model, a int) int16 {
	h, d := w.st.arc(a)
	if h == 0 && p.root >= 0 {
		return p.root
	}
	w.feats = labelFeatures(&w.st, &w.ws, h, d, w.feats)
	dir := 0
	if d > h {
		dir = 1
	}
	l := m.Predict(w.feats, w.lscores, p.allowed[dir])
	if l < 0 {
		l = 0
	}
	return int16(l)
}

// ---------------------------------------------------------------------------
// Model files

const fileMagic = "HSDEP1"

// header is the JSON part of a model file.
type header struct {
	Labels  []string
	Root    int
	Allowed [2][]bool
	Options Options
}

// Write stores the parser, uncompressed (the caller may gzip it; Read
// accepts both).
func (p *Parser) Write(w io.Writer) error {
	h := header{Labels: p.labels, Root: int(p.root), Allowed: p.allowed, Options: p.opts}
	if err := modelio.Write(w, fileMagic, h); err != nil {
		return fmt.Errorf("depparse: writing model: %w", err)
	}
	if err := p.trans.Write(w); err != nil {
		return fmt.Errorf("depparse: writing transition weights: %w", err)
	}
	if err := p.lab.Write(w); err != nil {
		return fmt.Errorf("depparse: writing label weights: %w", err)
	}
	return nil
}

// Read loads a parser written by Write, plain or gzip-compressed.
func Read(r io.Reader) (*Parser, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	// Undo any number of gzip layers, so a file gzipped by the caller of
	// Write and by whoever embeds it reads the same.
	for {
		head, _ := br.Peek(2)
		if !bytes.Equal(head, []byte{0x1f, 0x8b}) {
			break
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("depparse: reading model: %w", err)
		}
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	var h header
	if err := modelio.Read(br, fileMagic, &h); err != nil {
		return nil, fmt.Errorf("depparse: reading model: %w", err)
	}
	if len(h.Labels) == 0 || len(h.Labels) > 1<<14 || h.Root >= len(h.Labels) ||
		len(h.Allowed[0]) != len(h.Labels) || len(h.Allowed[1]) != len(h.Labels) {
		return nil, errors.New("depparse: reading model: inconsistent label table")
	}
	// perceptron.Read wraps its reader in a bufio.Reader; passing br, which
	// is one already, keeps it from reading ahead into the next model.
	trans, err := perceptron.Read(br)
	if err != nil {
		return nil, fmt.Errorf("depparse: reading transition weights: %w", err)
	}
	lab, err := perceptron.Read(br)
	if err != nil {
		return nil, fmt.Errorf("depparse: reading label weights: %w", err)
	}
	if trans.Classes != nActions || lab.Classes != len(h.Labels) {
		return nil, fmt.Errorf("depparse: reading model: %d actions and %d label classes, want %d and %d",
			trans.Classes, lab.Classes, nActions, len(h.Labels))
	}
	return &Parser{labels: h.Labels, root: int16(h.Root), allowed: h.Allowed, trans: trans, lab: lab, opts: h.Options}, nil
}

// ---------------------------------------------------------------------------
// Evaluation

// Evaluate parses a copy of each gold sentence (with the tags it carries)
// and returns the unlabelled and labelled attachment scores in percent over
// all words, punctuation included. As in the CoNLL 2018 shared task, labels
// are compared without their subtypes ("nmod:poss" counts as "nmod").
func Evaluate(p *Parser, gold []conllu.Sentence) (uas, las float64) {
	var total, uh, lh int
	var cp conllu.Sentence
	for i := range gold {
		g := &gold[i]
		cp.Tokens = append(cp.Tokens[:0], g.Tokens...)
		p.Parse(&cp)
		for j, t := range g.Tokens {
			total++
			if cp.Tokens[j].Head == t.Head {
				uh++
				if universal(cp.Tokens[j].Deprel) == universal(t.Deprel) {
					lh++
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return 100 * float64(uh) / float64(total), 100 * float64(lh) / float64(total)
}

func universal(l string) string {
	if i := strings.IndexByte(l, ':'); i >= 0 {
		return l[:i]
	}
	return l
}

// labelSet returns the sorted labels of the usable training sentences.
func labelSet(sents []conllu.Sentence) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			seen[t.Deprel] = true
		}
	}
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
