// Package tagger is Hearsay's part-of-speech tagger and lemmatiser: the word
// forms of a conllu.Sentence go in, and UPOS, XPOS (Penn Treebank) and
// LEMMA come out, filled into the same sentence.
//
// The tagger is a greedy left-to-right averaged perceptron over the classic
// features (word, lower case, affixes, shape, neighbouring words, the two
// previous tags) that predicts a joint label "UPOS|XPOS", so the two tag
// sets always agree with each other. Being greedy, it cannot see the tags
// to its right, so it sees their ambiguity classes instead: the set of
// labels each word to the right was given in training ("families": NNS
// only; "hurts": NNS or VBZ), as the taggers of SVMTool and UDPipe do.
// A second pass then tags the sentence again, left to right, seeing the
// first pass's labels of the next two words, in the manner of
// bidirectional taggers; words the first pass is sure of keep their label.
// On EWT dev (train-only taggers, three seeds) UPOS went from 94.69 to
// 94.87 with the classes and to 94.96 with both. Frequent words that the
// training data tags one way only are tagged from a dictionary. Lemmas come from package
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
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/sync/errgroup"

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
	// 0 means 0.01 (a smaller file at no measurable cost in accuracy; on
	// EWT dev, 1 cost 0.07 UPOS and 0.26 UAS, 3 cost 0.6 UPOS).
	Prune float32
	// Passes is 1 or 2; 0 means 2. In a second pass a second model tags
	// the sentence again, seeing the labels the first pass gave the two
	// words to the right. It learns from first-pass labels of the training
	// sentences given by Folds taggers, each trained without the sentences
	// it labels, so that they are as wrong as on new text.
	Passes int
	// Folds is the number of those first-pass taggers; 0 means 5.
	Folds int
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
	if o.Passes <= 0 {
		o.Passes = 2
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
}

// Tagger assigns UPOS, XPOS and LEMMA.
type Tagger struct {
	labels     []string // "UPOS|XPOS"
	upos, xpos []string
	dict       map[string]int32 // exact form → label, for unambiguous frequent words
	classes    map[string]int32 // lower-cased form → its ambiguity class (hashed)
	model      *perceptron.Model
	second     *perceptron.Model // the second pass; nil for one pass
	lem        *lemma.Lemmatizer
	pool       sync.Pool
}

type scratch struct {
	forms  []string // the words of the sentence
	feats  []uint64
	scores []float32
	cls    []int32  // ambiguity class of each word
	low    []byte   // a lower-cased form
	dict   []int32  // the dictionary's label of each word, or -1
	first  []int32  // first-pass labels
	second []int32  // second-pass labels
	sure   []bool   // first-pass labels the second pass keeps
	static []uint64 // staticFeatures of each word, word i's from off[i]
	off    []int32
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
	fClass
	fNextClass
	fNext2Class
	fClassNextClass
	fP1NextClass
	fWordNextClass
	fNextClasses
	fNextLabel
	fNext2Label
	fNextLabels
	fP1NextLabel
	fWordNextLabel
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

// Ambiguity classes: a word seen in training at least minClassCount times
// has the hash of the set of labels it was given (minClassShare of its
// occurrences or more); other words and positions past the end have these.
const (
	classUnknown  = 1
	classEnd      = 2
	minClassShare = 0.05
	// Words seen fewer times stay unknown, so that training meets the
	// class of unknown words about as often as tagging new text does. On
	// EWT dev (train-only taggers, seeds 1-3) 3 gave UPOS 94.87 and UAS
	// 84.33 on average, against 94.69 and 84.05 without classes; 1, 2, 5
	// and 10 did no better, and a share of 0.02 or 0.1 made no clear
	// difference.
	minClassCount = 3
)

// wordClasses fills cls with the ambiguity class of each form.
// It lower-cases ASCII forms into buf, which the map lookup reads without
// copying, so that capitalised words cost no allocation.
func (t *Tagger) wordClasses(cls []int32, buf []byte, forms []string) ([]int32, []byte) {
	cls = cls[:0]
	for _, f := range forms {
		buf = buf[:0]
		ascii := true
		for i := 0; i < len(f); i++ {
			b := f[i]
			if b >= 0x80 {
				ascii = false
				break
			}
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			buf = append(buf, b)
		}
		var c int32
		var ok bool
		if ascii {
			c, ok = t.classes[string(buf)]
		} else {
			c, ok = t.classes[strings.ToLower(f)]
		}
		if !ok {
			c = classUnknown
		}
		cls = append(cls, c)
	}
	return cls, buf
}

func classAt(cls []int32, i int) int {
	if i >= len(cls) {
		return classEnd
	}
	return int(cls[i])
}

// features appends the feature hashes of token i given the two previous
// labels and the ambiguity classes of the sentence to buf. It does not
// allocate beyond growing buf.
func features(buf []uint64, forms []string, cls []int32, i, p1, p2 int) []uint64 {
	return leftFeatures(staticFeatures(buf, forms, cls, i), forms, cls, i, p1, p2)
}

// staticFeatures appends the features of token i that do not depend on
// the labels to its left; Tag computes them once for both passes.
func staticFeatures(buf []uint64, forms []string, cls []int32, i int) []uint64 {
	F := perceptron.NewFeat
	w := forms[i]
	c0, c1, c2 := classAt(cls, i), classAt(cls, i+1), classAt(cls, i+2)
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
		F(fClass).Int(c0).Sum(),
		F(fNextClass).Int(c1).Sum(),
		F(fNext2Class).Int(c2).Sum(),
		F(fClassNextClass).Int(c0).Int(c1).Sum(),
		F(fWordNextClass).StrLower(w).Int(c1).Sum(),
		F(fNextClasses).Int(c1).Int(c2).Sum(),
	)
	if i == 0 {
		buf = append(buf, F(fFirstShape).Int(shape(w)).Sum())
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 && h < len(w)-1 {
		buf = append(buf, F(fHyphenParts).StrLower(w[h+1:]).Sum())
	}
	return buf
}

// leftFeatures appends the features of token i that see the two labels
// to its left.
func leftFeatures(buf []uint64, forms []string, cls []int32, i, p1, p2 int) []uint64 {
	F := perceptron.NewFeat
	w := forms[i]
	return append(buf,
		F(fP1).Int(p1).Sum(),
		F(fP2).Int(p2).Sum(),
		F(fP1P2).Int(p1).Int(p2).Sum(),
		F(fP1Word).Int(p1).StrLower(w).Sum(),
		F(fP1Suf3).Int(p1).StrLower(perceptron.Suffix(w, 3)).Sum(),
		F(fP1NextClass).Int(p1).Int(classAt(cls, i+1)).Sum(),
	)
}

// endLabel stands for the label of a position past the sentence's end.
const endLabel = -3

func labelAt(labels []int32, i int) int {
	if i >= len(labels) {
		return endLabel
	}
	return int(labels[i])
}

// rightFeatures appends the second pass's features of token i, which see
// the first-pass labels of the words to its right.
func rightFeatures(buf []uint64, forms []string, first []int32, i, p1 int) []uint64 {
	F := perceptron.NewFeat
	r1, r2 := labelAt(first, i+1), labelAt(first, i+2)
	return append(buf,
		F(fNextLabel).Int(r1).Sum(),
		F(fNext2Label).Int(r2).Sum(),
		F(fNextLabels).Int(r1).Int(r2).Sum(),
		F(fP1NextLabel).Int(p1).Int(r1).Sum(),
		F(fWordNextLabel).StrLower(forms[i]).Int(r1).Sum(),
	)
}

// Tag fills UPOS, XPOS and Lemma of every token of s from its forms.
func (t *Tagger) Tag(s *conllu.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	sc := t.pool.Get().(*scratch)
	defer t.pool.Put(sc)
	sc.forms = sc.forms[:0]
	for i := range s.Tokens {
		sc.forms = append(sc.forms, s.Tokens[i].Form)
	}
	forms := sc.forms
	defer clear(sc.forms) // hold no text past the call
	sc.cls, sc.low = t.wordClasses(sc.cls, sc.low, forms)
	// The features that do not depend on labels, once for both passes;
	// dictionary words need none.
	sc.static, sc.off, sc.dict = sc.static[:0], sc.off[:0], sc.dict[:0]
	for i, f := range forms {
		sc.off = append(sc.off, int32(len(sc.static)))
		l, ok := t.dict[f]
		if !ok {
			l = -1
			sc.static = staticFeatures(sc.static, forms, sc.cls, i)
		}
		sc.dict = append(sc.dict, l)
	}
	sc.off = append(sc.off, int32(len(sc.static)))
	sc.first = t.pass(sc, forms, nil, sc.first[:0])
	labels := sc.first
	if t.second != nil {
		sc.second = t.pass(sc, forms, sc.first, sc.second[:0])
		labels = sc.second
	}
	for i, l := range labels {
		tok := &s.Tokens[i]
		tok.UPOS, tok.XPOS = t.upos[l], t.xpos[l]
		if t.lem != nil {
			tok.Lemma = t.lem.Lemma(tok.Form, tok.XPOS)
		}
	}
}

// pass labels forms left to right into out: with the first model when
// first is nil, else with the second, which sees first.
func (t *Tagger) pass(sc *scratch, forms []string, first []int32, out []int32) []int32 {
	p1, p2 := startTag, start2
	// Which first-pass labels are sure matters only to a second pass.
	judge := first == nil && t.second != nil
	if judge {
		sc.sure = sc.sure[:0]
	}
	for i := range forms {
		var l int
		switch {
		case sc.dict[i] >= 0:
			l = int(sc.dict[i])
		case first != nil && sc.sure[i]:
			l = int(first[i])
		default:
			l = t.predict(sc, forms, first, i, p1, p2)
		}
		if judge {
			sc.sure = append(sc.sure, sc.dict[i] >= 0 || sure(sc.scores, l))
		}
		out = append(out, int32(l))
		p2, p1 = p1, l
	}
	return out
}

// sureMargin is the lead of the first pass's best label over every other,
// in averaged perceptron updates, beyond which the second pass keeps that
// label without scoring the word again. On EWT dev with a train-only
// tagger, 20 skips most words, making tagging 1.5 times as fast, for 0.01
// more UPOS and 0.04 less UAS than scoring every word twice (10: 0.03
// and 0.10; 5: 0.07 and 0.15).
const sureMargin = 20

// sure reports that the first pass's label l, given these scores, needs
// no second look.
func sure(scores []float32, l int) bool {
	best := scores[l]
	for j, v := range scores {
		if j != l && best-v < sureMargin {
			return false
		}
	}
	return true
}

// formsOf returns the forms of s (one allocation per sentence).
func formsOf(s *conllu.Sentence) []string {
	forms := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		forms[i] = s.Tokens[i].Form
	}
	return forms
}

// predict scores word i, which is not in the dictionary.
func (t *Tagger) predict(sc *scratch, forms []string, first []int32, i, p1, p2 int) int {
	sc.feats = append(sc.feats[:0], sc.static[sc.off[i]:sc.off[i+1]]...)
	sc.feats = leftFeatures(sc.feats, forms, sc.cls, i, p1, p2)
	if first == nil {
		return t.model.Predict(sc.feats, sc.scores, nil)
	}
	sc.feats = rightFeatures(sc.feats, forms, first, i, p1)
	return t.second.Predict(sc.feats, sc.scores, nil)
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
	t := &Tagger{labels: labels, dict: map[string]int32{}, classes: classesOf(train, labelOf), model: perceptron.New(len(labels))}
	t.init()

	// Tag dictionary: words seen at least 20 times with one label at least
	// 97% of the time.
	for w, m := range labelCounts(train, labelOf, func(f string) string { return f }) {
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

	t.learn(t.model, train, nil, labelOf, o, "", log)
	if o.Passes > 1 {
		first, err := firstPass(train, labelOf, o)
		if err != nil {
			return nil, err
		}
		t.second = perceptron.New(len(labels))
		t.learn(t.second, train, first, labelOf, o, "second pass: ", log)
	}
	t.lem = lemma.Train(train)
	if len(dev) > 0 {
		upos, _, _ := accuracy(t, dev)
		fmt.Fprintf(log, "tagger: dev UPOS accuracy %.4f\n", upos)
	}
	return t, nil
}

// accuracy tags the forms of gold and returns the share of tokens whose
// UPOS, XPOS and lemma match it.
func accuracy(t *Tagger, gold []conllu.Sentence) (upos, xpos, lemma float64) {
	ok, okx, okl, n := 0, 0, 0, 0
	for _, g := range gold {
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
			if p.Tokens[i].XPOS == g.Tokens[i].XPOS {
				okx++
			}
			if p.Tokens[i].Lemma == g.Tokens[i].Lemma {
				okl++
			}
		}
	}
	n = max(n, 1)
	return float64(ok) / float64(n), float64(okx) / float64(n), float64(okl) / float64(n)
}

// learn trains m, the first-pass model when first is nil, else the second,
// which sees first[i], the first-pass labels of sentence train[i].
func (t *Tagger) learn(m *perceptron.Model, train []conllu.Sentence, first [][]int32, labelOf func(conllu.Token) int, o Options, what string, log io.Writer) {
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x7a66))
	sc := &scratch{scores: make([]float32, len(t.labels))}
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := &train[si]
			forms := formsOf(s)
			sc.cls, sc.low = t.wordClasses(sc.cls, sc.low, forms)
			p1, p2 := startTag, start2
			for i, tok := range s.Tokens {
				gold := labelOf(tok)
				var guess int
				if l, ok := t.dict[forms[i]]; ok {
					guess = int(l)
				} else {
					sc.feats = features(sc.feats[:0], forms, sc.cls, i, p1, p2)
					if first != nil {
						sc.feats = rightFeatures(sc.feats, forms, first[si], i, p1)
					}
					guess = m.Predict(sc.feats, sc.scores, nil)
					m.Update(sc.feats, gold, guess, 1)
					m.Tick()
				}
				if guess == gold {
					correct++
				}
				total++
				// The previous tags are the predicted ones, as at run time.
				p2, p1 = p1, guess
			}
		}
		fmt.Fprintf(log, "tagger: %sepoch %d: train accuracy %.4f (%d features)\n", what, epoch, float64(correct)/float64(total), m.Features())
	}
	m.Average(o.Prune)
}

// firstPass returns first-pass labels for every sentence of train, each
// from a one-pass tagger trained on the o.Folds-1 folds it is not in.
func firstPass(train []conllu.Sentence, labelOf func(conllu.Token) int, o Options) ([][]int32, error) {
	fo := o
	fo.Passes, fo.Seed = 1, o.Seed+1
	tagged, err := CrossTag(train, o.Folds, fo)
	if err != nil {
		return nil, err
	}
	out := make([][]int32, len(tagged))
	for i, s := range tagged {
		out[i] = make([]int32, len(s.Tokens))
		for j, tok := range s.Tokens {
			out[i][j] = int32(labelOf(tok))
		}
	}
	return out, nil
}

// CrossTag returns copies of sents whose UPOS, XPOS and Lemma come from
// taggers that did not see them: sentence i is tagged by a tagger trained
// with o on every fold but i mod folds, fold f with seed o.Seed+f. A model
// trained on such tags (the second pass, the parser) learns from tags as
// wrong as those of new text. The folds are trained two at a time.
func CrossTag(sents []conllu.Sentence, folds int, o Options) ([]conllu.Sentence, error) {
	folds = max(1, min(folds, len(sents)))
	out := make([]conllu.Sentence, len(sents))
	var g errgroup.Group
	g.SetLimit(max(1, min(2, runtime.GOMAXPROCS(0))))
	for f := range folds {
		g.Go(func() error {
			var rest []conllu.Sentence
			for i := range sents {
				if i%folds != f {
					rest = append(rest, sents[i])
				}
			}
			if len(rest) == 0 {
				rest = sents
			}
			fo := o
			fo.Seed = o.Seed + uint64(f)
			tg, err := Train(rest, nil, fo, nil)
			if err != nil {
				return fmt.Errorf("tagger: cross-tagging fold %d: %w", f, err)
			}
			for i := f; i < len(sents); i += folds {
				s := conllu.Sentence{Comments: sents[i].Comments, Tokens: append([]conllu.Token(nil), sents[i].Tokens...)}
				tg.Tag(&s)
				out[i] = s
			}
			return nil
		})
	}
	return out, g.Wait()
}

// labelCounts counts, for each key(form) of train, how often each label
// is given to it.
func labelCounts(train []conllu.Sentence, labelOf func(conllu.Token) int, key func(string) string) map[string]map[int]int {
	counts := map[string]map[int]int{}
	for _, s := range train {
		for _, tok := range s.Tokens {
			w := key(tok.Form)
			m := counts[w]
			if m == nil {
				m = map[int]int{}
				counts[w] = m
			}
			m[labelOf(tok)]++
		}
	}
	return counts
}

// classesOf returns the ambiguity class of every lower-cased form of
// train: a hash of the labels it has in at least minClassShare of its
// occurrences.
func classesOf(train []conllu.Sentence, labelOf func(conllu.Token) int) map[string]int32 {
	counts := labelCounts(train, labelOf, strings.ToLower)
	classes := make(map[string]int32, len(counts))
	var set []int
	for w, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < minClassCount {
			continue
		}
		set = set[:0]
		for l, n := range m {
			if float64(n) >= minClassShare*float64(total) {
				set = append(set, l)
			}
		}
		sort.Ints(set)
		h := uint32(2166136261)
		for _, l := range set {
			h = (h ^ uint32(l+1)) * 16777619
		}
		// Keep clear of classUnknown and classEnd.
		classes[w] = int32(h>>2) + 3
	}
	return classes
}

type header struct {
	Labels  []string
	Dict    map[string]int32
	Classes map[string]int32
	Passes  int // 0 (older files) and 1 mean one
}

const magic = "HSTAG1"

func (t *Tagger) passes() int {
	if t.second != nil {
		return 2
	}
	return 1
}

// Write stores the tagger and its lemmatiser (uncompressed; callers may
// gzip).
func (t *Tagger) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if err := modelio.Write(bw, magic, header{t.labels, t.dict, t.classes, t.passes()}); err != nil {
		return err
	}
	if err := t.model.Write(bw); err != nil {
		return err
	}
	if t.second != nil {
		if err := t.second.Write(bw); err != nil {
			return err
		}
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
	var second *perceptron.Model
	switch h.Passes {
	case 0, 1:
	case 2:
		if second, err = perceptron.Read(br); err != nil {
			return nil, fmt.Errorf("tagger: second pass: %w", err)
		}
		if second.Classes != len(h.Labels) {
			return nil, fmt.Errorf("tagger: second pass has %d classes for %d labels", second.Classes, len(h.Labels))
		}
	default:
		return nil, fmt.Errorf("tagger: %d passes, want 1 or 2", h.Passes)
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
	t := &Tagger{labels: h.Labels, dict: h.Dict, classes: h.Classes, model: m, second: second, lem: lem}
	t.init()
	return t, nil
}
