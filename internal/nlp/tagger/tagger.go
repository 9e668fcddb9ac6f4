// Package tagger is Hearsay's part-of-speech tagger and lemmatiser: the word
// forms of a conllu.Sentence go in, and UPOS, XPOS (Penn Treebank) and
// LEMMA come out, filled into the same sentence.
//
// The tagger is a greedy left-to-right averaged perceptron over the classic
// features (word, lower case, affixes, shape, neighbouring words, the two
// previous tags) that predicts a joint label "UPOS|XPOS", so the two tag
// sets always agree with each other. Frequent words that the training data
// tags one way only are tagged from a dictionary. Lemmas come from package
// lemma, given the predicted XPOS.
//
// Train learns a Tagger from CoNLL-U sentences; Write and Read store it.
// A Tagger is read-only after Train or Read and safe for concurrent use.
package tagger

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp/lemma"
	"github.com/hearsaynews/hearsay/internal/nlp/modelio"
	"github.com/hearsaynews/hearsay/internal/nlp/perceptron"
)

// Options control training. The zero value means the defaults.
type Options struct {
	// Epochs is the number of passes over the training data; 0 means 8.
	Epochs int
	// Seed fixes the order in which sentences are visited; the same data
	// and seed give the same model, byte for byte.
	Seed uint64
	// MinPair is how often a UPOS|XPOS pair must occur to be a label of
	// its own; rarer pairs are folded into their XPOS's most common pair.
	// 0 means 3.
	MinPair int
	// Prune drops feature rows whose largest averaged weight is below it;
	// 0 means 0.01 (a smaller file at no measurable cost in accuracy).
	Prune float32
}

func (o *Options) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.MinPair <= 0 {
		o.MinPair = 3
	}
	if o.Prune <= 0 {
		o.Prune = 0.01
	}
}

// Tagger assigns UPOS, XPOS and LEMMA.
type Tagger struct {
	labels     []string // "UPOS|XPOS"
	upos, xpos []string
	dict       map[string]int32 // exact form → label, for unambiguous frequent words
	model      *perceptron.Model
	lem        *lemma.Lemmatizer
	pool       sync.Pool
}

type scratch struct {
	feats  []uint64
	scores []float32
}

func (t *Tagger) init() {
	t.upos = make([]string, len(t.labels))
	t.xpos = make([]string, len(t.labels))
	for i, l := range t.labels {
		t.upos[i], t.xpos[i], _ = strings.Cut(l, "|")
	}
	t.pool.New = func() any {
		return &scratch{feats: make([]uint64, 0, 64), scores: make([]float32, len(t.labels))}
	}
}

// Labels returns the joint labels the tagger predicts, "UPOS|XPOS".
func (t *Tagger) Labels() []string { return t.labels }

// Features is the number of weight rows of the model, for reports.
func (t *Tagger) Features() int { return t.model.Features() }

// Feature templates. Their numbers are part of the model file format.
const (
	fBias = iota
	fWord
	fLower
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fP1
	fP2
	fP1P2
	fP1Word
	fPrevWord
	fPrevSuf3
	fPrev2Word
	fNextWord
	fNextSuf3
	fNext2Word
	fPrevCur
	fCurNext
	fNextShape
	fPrevShape
	fFirstShape
	fP1Suf3
	fHyphenParts
)

// shape maps a word to a short code of its character classes (X upper, x
// lower, d digit, other characters as themselves), with runs longer than
// two collapsed, returned as a hash so that no string is built.
func shape(s string) int {
	var h uint64 = 14695981039346656037
	var prev rune
	run, n := 0, 0
	for _, r := range s {
		var c rune
		switch {
		case r >= 'A' && r <= 'Z', r > 127 && unicode.IsUpper(r):
			c = 'X'
		case r >= 'a' && r <= 'z', r > 127 && unicode.IsLetter(r):
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < 128:
			c = r
		default:
			c = 'o'
		}
		if c == prev {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		prev = c
		h ^= uint64(c)
		h *= 1099511628211
		n++
		if n > 12 {
			break
		}
	}
	return int(h >> 1)
}

const (
	startTag = -1
	start2   = -2
)

func word(forms []string, i int) string {
	switch {
	case i < 0:
		return "\x01START"
	case i >= len(forms):
		return "\x01END"
	}
	return forms[i]
}

// features appends the feature hashes of token i given the two previous
// labels to buf. It does not allocate beyond growing buf.
func features(buf []uint64, forms []string, i, p1, p2 int) []uint64 {
	F := perceptron.NewFeat
	w := forms[i]
	prev, next := word(forms, i-1), word(forms, i+1)
	buf = append(buf,
		F(fBias).Sum(),
		F(fWord).Str(w).Sum(),
		F(fLower).StrLower(w).Sum(),
		F(fSuf1).StrLower(perceptron.Suffix(w, 1)).Sum(),
		F(fSuf2).StrLower(perceptron.Suffix(w, 2)).Sum(),
		F(fSuf3).StrLower(perceptron.Suffix(w, 3)).Sum(),
		F(fSuf4).StrLower(perceptron.Suffix(w, 4)).Sum(),
		F(fPre1).Str(perceptron.Prefix(w, 1)).Sum(),
		F(fPre2).StrLower(perceptron.Prefix(w, 2)).Sum(),
		F(fPre3).StrLower(perceptron.Prefix(w, 3)).Sum(),
		F(fShape).Int(shape(w)).Sum(),
		F(fP1).Int(p1).Sum(),
		F(fP2).Int(p2).Sum(),
		F(fP1P2).Int(p1).Int(p2).Sum(),
		F(fP1Word).Int(p1).StrLower(w).Sum(),
		F(fPrevWord).StrLower(prev).Sum(),
		F(fPrevSuf3).StrLower(perceptron.Suffix(prev, 3)).Sum(),
		F(fPrev2Word).StrLower(word(forms, i-2)).Sum(),
		F(fNextWord).StrLower(next).Sum(),
		F(fNextSuf3).StrLower(perceptron.Suffix(next, 3)).Sum(),
		F(fNext2Word).StrLower(word(forms, i+2)).Sum(),
		F(fPrevCur).StrLower(prev).StrLower(w).Sum(),
		F(fCurNext).StrLower(w).StrLower(next).Sum(),
		F(fNextShape).Int(shape(next)).Sum(),
		F(fPrevShape).Int(shape(prev)).Sum(),
		F(fP1Suf3).Int(p1).StrLower(perceptron.Suffix(w, 3)).Sum(),
	)
	if i == 0 {
		buf = append(buf, F(fFirstShape).Int(shape(w)).Sum())
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 && h < len(w)-1 {
		buf = append(buf, F(fHyphenParts).StrLower(w[h+1:]).Sum())
	}
	return buf
}

// Tag fills UPOS, XPOS and Lemma of every token of s from its forms.
func (t *Tagger) Tag(s *conllu.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	sc := t.pool.Get().(*scratch)
	defer t.pool.Put(sc)
	forms := formsOf(s)
	p1, p2 := startTag, start2
	for i := range s.Tokens {
		l := t.predict(sc, forms, i, p1, p2)
		tok := &s.Tokens[i]
		tok.UPOS, tok.XPOS = t.upos[l], t.xpos[l]
		if t.lem != nil {
			tok.Lemma = t.lem.Lemma(tok.Form, tok.XPOS)
		}
		p2, p1 = p1, l
	}
}

// formsOf returns the forms of s (one allocation per sentence).
func formsOf(s *conllu.Sentence) []string {
	forms := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		forms[i] = s.Tokens[i].Form
	}
	return forms
}

func (t *Tagger) predict(sc *scratch, forms []string, i, p1, p2 int) int {
	if l, ok := t.dict[forms[i]]; ok {
		return int(l)
	}
	sc.feats = features(sc.feats[:0], forms, i, p1, p2)
	return t.model.Predict(sc.feats, sc.scores, nil)
}

// Lemmatizer returns the lemmatiser used by Tag (nil if none).
func (t *Tagger) Lemmatizer() *lemma.Lemmatizer { return t.lem }

// Train learns a tagger (and a lemmatiser) from sentences with Form, UPOS,
// XPOS and Lemma set. log, if not nil, gets one line per epoch; dev, if not
// empty, is tagged after each epoch to show progress (it is never trained
// on).
func Train(train, dev []conllu.Sentence, o Options, log io.Writer) (*Tagger, error) {
	o.defaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("tagger: no training sentences")
	}
	if log == nil {
		log = io.Discard
	}
	// Labels: UPOS|XPOS pairs, rare pairs folded into their XPOS's usual pair.
	pairs := map[string]int{}
	for _, s := range train {
		for _, tok := range s.Tokens {
			pairs[tok.UPOS+"|"+tok.XPOS]++
		}
	}
	bestOfX := map[string]string{}
	for p, c := range pairs {
		_, x, _ := strings.Cut(p, "|")
		b := bestOfX[x]
		if b == "" || c > pairs[b] || (c == pairs[b] && p < b) {
			bestOfX[x] = p
		}
	}
	var labels []string
	for p, c := range pairs {
		_, x, _ := strings.Cut(p, "|")
		if c >= o.MinPair || bestOfX[x] == p {
			labels = append(labels, p)
		}
	}
	sort.Strings(labels)
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
	}
	labelOf := func(tok conllu.Token) int {
		if i, ok := index[tok.UPOS+"|"+tok.XPOS]; ok {
			return i
		}
		return index[bestOfX[tok.XPOS]]
	}
	t := &Tagger{labels: labels, dict: map[string]int32{}, model: perceptron.New(len(labels))}
	t.init()

	// Tag dictionary: words seen at least 20 times with one label at least
	// 97% of the time.
	counts := map[string]map[int]int{}
	for _, s := range train {
		for _, tok := range s.Tokens {
			m := counts[tok.Form]
			if m == nil {
				m = map[int]int{}
				counts[tok.Form] = m
			}
			m[labelOf(tok)]++
		}
	}
	for w, m := range counts {
		total, bl, bn := 0, 0, -1
		for l, n := range m {
			total += n
			if n > bn || (n == bn && l < bl) {
				bl, bn = l, n
			}
		}
		if total >= 20 && float64(bn)/float64(total) >= 0.97 {
			t.dict[w] = int32(bl)
		}
	}

	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x7a66))
	sc := &scratch{scores: make([]float32, len(labels))}
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := &train[si]
			forms := formsOf(s)
			p1, p2 := startTag, start2
			for i, tok := range s.Tokens {
				gold := labelOf(tok)
				var guess int
				if l, ok := t.dict[forms[i]]; ok {
					guess = int(l)
				} else {
					sc.feats = features(sc.feats[:0], forms, i, p1, p2)
					guess = t.model.Predict(sc.feats, sc.scores, nil)
					t.model.Update(sc.feats, gold, guess, 1)
					t.model.Tick()
				}
				if guess == gold {
					correct++
				}
				total++
				// The previous tags are the predicted ones, as at run time.
				p2, p1 = p1, guess
			}
		}
		fmt.Fprintf(log, "tagger: epoch %d: train accuracy %.4f (%d features)\n", epoch, float64(correct)/float64(total), t.model.Features())
	}
	t.model.Average(o.Prune)
	t.lem = lemma.Train(train)
	if len(dev) > 0 {
		ok, n := 0, 0
		for _, g := range dev {
			p := conllu.Sentence{Tokens: make([]conllu.Token, len(g.Tokens))}
			for i, tok := range g.Tokens {
				p.Tokens[i].Form = tok.Form
			}
			t.Tag(&p)
			for i := range g.Tokens {
				n++
				if p.Tokens[i].UPOS == g.Tokens[i].UPOS {
					ok++
				}
			}
		}
		fmt.Fprintf(log, "tagger: dev UPOS accuracy %.4f\n", float64(ok)/float64(n))
	}
	return t, nil
}

type header struct {
	Labels []string
	Dict   map[string]int32
}

const magic = "HSTAG1"

// Write stores the tagger and its lemmatiser (uncompressed; callers may
// gzip).
func (t *Tagger) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if err := modelio.Write(bw, magic, header{t.labels, t.dict}); err != nil {
		return err
	}
	if err := t.model.Write(bw); err != nil {
		return err
	}
	if t.lem == nil {
		return fmt.Errorf("tagger: no lemmatiser to write")
	}
	if err := t.lem.Write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// Read loads a tagger written by Write.
func Read(r io.Reader) (*Tagger, error) {
	br := bufio.NewReader(r)
	var h header
	if err := modelio.Read(br, magic, &h); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	m, err := perceptron.Read(br)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if m.Classes != len(h.Labels) {
		return nil, fmt.Errorf("tagger: model has %d classes for %d labels", m.Classes, len(h.Labels))
	}
	for w, l := range h.Dict {
		if l < 0 || int(l) >= len(h.Labels) {
			return nil, fmt.Errorf("tagger: dictionary word %q has label %d of %d", w, l, len(h.Labels))
		}
	}
	lem, err := lemma.Read(br)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	t := &Tagger{labels: h.Labels, dict: h.Dict, model: m, lem: lem}
	t.init()
	return t, nil
}
