// Package ner is Hearsay's name recogniser: a conllu.Sentence whose forms
// and part-of-speech tags (UPOS, XPOS) are filled goes in, and an IOB2 name
// tag per token comes out in Token.NER ("B-PER", "I-ORG", "O"), for person,
// organisation and location names.
//
// It is a first-order structured averaged perceptron (Collins 2002) over
// BILOU labels, decoded with Viterbi, over word, affix, shape, context and
// tag features, label-pair features, the names of the training data
// (lexicon.go), and gazetteer features from maintained modules
// (gazetteer.go: countries, capitals, subdivisions from
// github.com/biter777/countries; cities from github.com/tidwall/cities;
// common given and family names from github.com/brianvoe/gofakeit; news
// outlets from package outlet), and capitalised-run features: where a
// token stands in its run of capitalised words, the words around the run,
// and whether that run ends in an organisation head word ("Inc",
// "Ministry", "University", "Party", "Times"; orgcues.go), so that unseen
// organisation names are recognised by their form. Sentences written all in
// lower case, in capitals or in title case get features of their own, as
// capitals tell little there; lexicon and gazetteer names written in lower
// case count when the word is not an ordinary lower-case word of the
// training text. Decoding admits only well-formed label sequences. The
// model is the mean of several trained on different orders of the data
// (Options.Models). It is trained on UNER English-EWT, whose fourth type
// (OTH) it leaves out; a bias per label, chosen on the dev split, evens out
// precision and recall. The shipped model learns from the train and dev
// splits with the biases that a model of the train split alone chose on
// dev (`hearsay train ner`).
//
// Limits: names longer than maxGazTokens (5) tokens get no gazetteer or
// lexicon help; the model sees one sentence at a time, so a name is not
// recognised from an earlier mention in the same article.
//
// A Recognizer is read-only after Train or Read and safe for concurrent use.
package ner

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp/modelio"
	"github.com/hearsaynews/hearsay/internal/nlp/perceptron"
	"golang.org/x/sync/errgroup"
)

// Types are the name types recognised.
var Types = []string{"PER", "ORG", "LOC"}

// Labels are the model's classes: O and, for each type, the BILOU labels
// (B- begins, I- continues, L- ends a name of several tokens, U- is a
// one-token name). Telling the last token and one-token names apart from
// the others lets the model learn how names end, which IOB2 leaves to the
// next token; Tag writes them out as IOB2.
var Labels = func() []string {
	out := []string{"O"}
	for _, t := range Types {
		for _, p := range []string{"B-", "I-", "L-", "U-"} {
			out = append(out, p+t)
		}
	}
	return out
}()

const labelO = 0

// Places of a label in its name, as in Labels.
const (
	partB = iota
	partI
	partL
	partU
	numParts
)

// label is the class of part p of a name of type t.
func label(t, p int) int { return 1 + t*numParts + p }

// typeOf and partOf take a class other than labelO apart.
func typeOf(l int) int { return (l - 1) / numParts }
func partOf(l int) int { return (l - 1) % numParts }

// iob2 is the IOB2 tag written out for class l.
func iob2(l int) string { return iob2Tags[l] }

// iob2Tags holds the IOB2 tag of each class, built once so that tagging
// allocates no strings.
var iob2Tags = func() []string {
	tags := make([]string, len(Labels))
	for l := range tags {
		switch {
		case l == labelO:
			tags[l] = "O"
		case partOf(l) == partB || partOf(l) == partU:
			tags[l] = "B-" + Types[typeOf(l)]
		default:
			tags[l] = "I-" + Types[typeOf(l)]
		}
	}
	return tags
}()

// open reports whether class l leaves a name open, so that only I- or L-
// of its type may follow (and the sentence may not end).
func open(l int) bool {
	return l != labelO && (partOf(l) == partB || partOf(l) == partI)
}

// allowed[p][l] says whether label l may follow label p (p = len(Labels)
// for the sentence start): after B-X or I-X only I-X or L-X, elsewhere
// only O, B- or U-.
var allowed = func() [][]bool {
	a := make([][]bool, len(Labels)+1)
	for p := range a {
		a[p] = make([]bool, len(Labels))
		for l := range Labels {
			inside := l != labelO && (partOf(l) == partI || partOf(l) == partL)
			if p < len(Labels) && open(p) {
				a[p][l] = inside && typeOf(l) == typeOf(p)
			} else {
				a[p][l] = !inside
			}
		}
	}
	return a
}()

// Options control training; the zero value means the defaults.
type Options struct {
	// Epochs is the number of passes over the data; 0 means 6 (best on
	// the UNER dev split).
	Epochs int
	// Seed fixes the order of the training sentences.
	Seed uint64
	// Prune drops weight rows whose largest averaged weight is below it,
	// in each model and in their mean; 0 means 0.5 (in the mean, two
	// fifths of the rows go, for 0.2 points of F1 on the dev split, which
	// keeps the model as small and fast as a single one).
	Prune float32
	// Bias, if not nil, is the per-label bias (len(Labels) values, as
	// Recognizer.Bias returns) to use as it is; nil chooses it on dev.
	// It lets a model trained on more data keep biases chosen on dev by
	// one that did not see dev.
	Bias []float32
	// Models is how many models, each visiting the training sentences in
	// its own order, are trained and averaged into one; 0 means 4. Each
	// model's weights owe something to the order it saw; their mean
	// keeps what they agree on (about 0.7 points of F1 on the UNER dev
	// split; 6 gained 0.1 more) and scores as fast as one model.
	Models int
}

// Recognizer tags names.
type Recognizer struct {
	model *perceptron.Model // label-independent features → label
	// trans scores label pairs (class pairClass(prev, label)). One lookup
	// per feature gives the scores for every previous label at once.
	trans *perceptron.Model
	gaz   *gazetteer
	// common holds the words written in lower case at least twice in the
	// training text: a capitalised word that is usually lower case
	// ("Home", "Post") is less likely a name than one never seen lower case.
	common    map[uint64]bool
	commonSrc []string
	lex       lexicon
	// bias is added to each label's score at every token. Train sets it
	// on the dev split: the perceptron is more precise than it recalls,
	// and more so for some types than for others.
	bias []float32
	pool sync.Pool
}

type scratch struct {
	feats  []uint64
	scores []float32
	gaz    []uint64
	forms  []string
	common []bool
	lex    []uint32
	shapes []int
	runS   []int32
	runE   []int32
	emit   []float32
	delta  []float32
	back   []int8
	path   []int
}

// pairIndex[p][l] is the trans class of label l after label p (p =
// len(Labels) at the sentence start), or -1 for a pair that allowed
// forbids: only the pairs that can occur are classes, so that scoring them
// costs a third of what all pairs would.
var pairIndex, numPairs = func() ([][]int, int) {
	idx := make([][]int, len(allowed))
	n := 0
	for p, ok := range allowed {
		idx[p] = make([]int, len(Labels))
		for l := range idx[p] {
			idx[p][l] = -1
			if ok[l] {
				idx[p][l] = n
				n++
			}
		}
	}
	return idx, n
}()

// pairClass is the trans class of label after prev (start1 at the
// sentence start); the pair must be allowed.
func pairClass(prev, label int) int {
	if prev < 0 {
		prev = len(Labels)
	}
	return pairIndex[prev][label]
}

func newRecognizer(m, trans *perceptron.Model, common []string) *Recognizer {
	r := &Recognizer{model: m, trans: trans, gaz: gaz(), common: map[uint64]bool{}, commonSrc: common}
	for _, w := range common {
		r.common[perceptron.NewFeat(0).StrLower(w).Sum()] = true
	}
	r.pool.New = func() any { return &scratch{scores: make([]float32, numPairs), emit: make([]float32, len(Labels))} }
	return r
}

// Bias returns a copy of the per-label biases (in Labels order) added to the
// label scores at every token.
func (r *Recognizer) Bias() []float32 { return append([]float32(nil), r.bias...) }

// Features is the number of weight rows, for reports.
func (r *Recognizer) Features() int { return r.model.Features() + r.trans.Features() }

// Feature templates; their numbers are part of the model file format.
const (
	fBias = iota
	fWord
	fLower
	fShape
	fSuf2
	fSuf3
	fSuf4
	fPre2
	fPre3
	fXPOS
	fPrevXPOS
	fNextXPOS
	fXPOS3
	fPrevWord
	fPrev2Word
	fNextWord
	fNext2Word
	fPrevShape
	fNextShape
	fP1
	_ // was fP2
	_ // was fP1P2
	fP1Word
	fP1Shape
	fP1XPOS
	fPrevCur
	fCurNext
	fGaz
	fGazPrev
	fGazNext
	fGazSet
	fFirstShape
	fShapeXPOS
	fPrevShapeCur
	fCommon
	fPrevWordShape
	fLen
	fLex
	fLexSet
	fLexPrev
	fLexNext
	fRun
	fRunHead
	fRunHeadWord
	fOrgHead
	fRunHeadNext
	fCase
	fCaseXPOS
	fCaseGaz
	fCaseLex
	fLexLower
	fGazLower
	fRunPrev
	fRunNext
	fRunGaz
)

// Sentence cases: in a sentence written all in lower case, all in capitals
// or with every word capitalised (a title), capitals say little about
// names, and the model must lean on the words themselves.
const (
	caseMixed = iota
	caseLower
	caseUpper
	caseTitle
)

// sentCase classifies a sentence by how its words with letters are
// written; fewer than three such words are too few to tell a title or
// capitals from an ordinary sentence.
func sentCase(forms []string) int {
	n, lower, upper, title := 0, 0, 0, 0
	for _, f := range forms {
		hasUpper, hasLower := false, false
		for _, r := range f {
			hasUpper = hasUpper || unicode.IsUpper(r)
			hasLower = hasLower || unicode.IsLower(r)
		}
		if !hasUpper && !hasLower {
			continue
		}
		n++
		switch {
		case !hasUpper:
			lower++
		case !hasLower:
			upper++
			title++
		case capitalised(f):
			title++
		}
	}
	switch {
	case n == 0:
		return caseMixed
	case lower == n:
		return caseLower
	case n >= 3 && upper == n:
		return caseUpper
	case n >= 3 && title == n:
		return caseTitle
	}
	return caseMixed
}

// shape maps a word to a hash of its character classes (X, x, d, other
// characters as themselves) with runs longer than two collapsed.
func shape(s string) int {
	var h uint64 = 14695981039346656037
	var prev byte
	run, n := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c = 'X'
		case c >= 'a' && c <= 'z':
			c = 'x'
		case c >= '0' && c <= '9':
			c = 'd'
		case c >= 0x80:
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
		if n++; n > 12 {
			break
		}
	}
	return int(h >> 1)
}

type sent struct {
	forms  []string
	toks   []conllu.Token
	gaz    []uint64
	common []bool
	lex    []uint32
	shapes []int
	// runS and runE are the capitalised run around each token (capRuns).
	runS, runE []int32
	// scase is the sentence's case (sentCase).
	scase int
}

func at(forms []string, i int) string {
	switch {
	case i < 0:
		return "\x01START"
	case i >= len(forms):
		return "\x01END"
	}
	return forms[i]
}

func xposAt(toks []conllu.Token, i int) string {
	switch {
	case i < 0:
		return "\x01START"
	case i >= len(toks):
		return "\x01END"
	}
	return toks[i].XPOS
}

// shapeAt is the shape of token i, or of the padding word beyond either end
// (as shape(at(forms, i)) would give).
func shapeAt(s sent, i int) int {
	if i < 0 || i >= len(s.shapes) {
		return shape(at(s.forms, i))
	}
	return s.shapes[i]
}

func gazAt(g []uint64, i int) uint64 {
	if i < 0 || i >= len(g) {
		return 0
	}
	return g[i]
}

// transFeatures are the features of token i scored against label pairs
// (the trans model).
func transFeatures(buf []uint64, s sent, i int) []uint64 {
	F := perceptron.NewFeat
	w := s.forms[i]
	return append(buf,
		F(fP1).Sum(),
		F(fP1Word).StrLower(w).Sum(),
		F(fP1Shape).Int(s.shapes[i]).Sum(),
		F(fP1XPOS).Str(s.toks[i].XPOS).Sum(),
	)
}

// features are the features of token i that do not depend on labels.
func features(buf []uint64, s sent, i int) []uint64 {
	F := perceptron.NewFeat
	w := s.forms[i]
	prev, next := at(s.forms, i-1), at(s.forms, i+1)
	x := s.toks[i].XPOS
	sh := s.shapes[i]
	psh, nsh := shapeAt(s, i-1), shapeAt(s, i+1)
	buf = append(buf,
		F(fBias).Sum(),
		F(fWord).Str(w).Sum(),
		F(fLower).StrLower(w).Sum(),
		F(fShape).Int(sh).Sum(),
		F(fSuf2).StrLower(perceptron.Suffix(w, 2)).Sum(),
		F(fSuf3).StrLower(perceptron.Suffix(w, 3)).Sum(),
		F(fSuf4).StrLower(perceptron.Suffix(w, 4)).Sum(),
		F(fPre2).Str(perceptron.Prefix(w, 2)).Sum(),
		F(fPre3).Str(perceptron.Prefix(w, 3)).Sum(),
		F(fXPOS).Str(x).Sum(),
		F(fPrevXPOS).Str(xposAt(s.toks, i-1)).Sum(),
		F(fNextXPOS).Str(xposAt(s.toks, i+1)).Sum(),
		F(fXPOS3).Str(xposAt(s.toks, i-1)).Str(x).Str(xposAt(s.toks, i+1)).Sum(),
		F(fPrevWord).StrLower(prev).Sum(),
		F(fPrev2Word).StrLower(at(s.forms, i-2)).Sum(),
		F(fNextWord).StrLower(next).Sum(),
		F(fNext2Word).StrLower(at(s.forms, i+2)).Sum(),
		F(fPrevShape).Int(psh).Sum(),
		F(fNextShape).Int(nsh).Sum(),
		F(fPrevCur).StrLower(prev).StrLower(w).Sum(),
		F(fCurNext).StrLower(w).StrLower(next).Sum(),
		F(fShapeXPOS).Int(sh).Str(x).Sum(),
		F(fPrevShapeCur).Int(psh).Int(sh).Int(nsh).Sum(),
	)
	if i == 0 {
		buf = append(buf, F(fFirstShape).Int(sh).Sum())
	}
	if s.scase != caseMixed {
		buf = append(buf, F(fCase).Int(s.scase).Int(sh).Sum(),
			F(fCaseXPOS).Int(s.scase).Str(x).Sum())
	}
	if capitalised(w) {
		c := c01(s.common[i])
		first := 0
		if i == 0 {
			first = 1
		}
		buf = append(buf, F(fCommon).Int(c).Int(first).Int(s.scase).Sum(),
			F(fPrevWordShape).StrLower(prev).Int(sh).Sum(),
			F(fLen).Int(min(len(w), 12)).Int(c).Sum())
	}
	if lx := s.lex[i]; lx != 0 {
		buf = append(buf, F(fLexSet).Int(int(lx)).Sum())
		if s.scase != caseMixed {
			buf = append(buf, F(fCaseLex).Int(s.scase).Int(int(lx)).Sum())
		}
		for b := 0; b < lexLowerShift; b++ {
			if lx&(1<<b) != 0 {
				buf = append(buf, F(fLex).Int(b).Sum())
			}
		}
		// A name of the training data written in lower case ("google",
		// "taco bell") is one if the word is not an ordinary lower-case
		// word of the training text ("apple", "us").
		if low := lx >> lexLowerShift; low != 0 {
			buf = append(buf, F(fLexLower).Int(int(low)).Int(c01(s.common[i])).Sum())
		}
	}
	if i > 0 && s.lex[i-1] != 0 {
		buf = append(buf, F(fLexPrev).Int(int(s.lex[i-1])).Sum())
	}
	if i+1 < len(s.lex) && s.lex[i+1] != 0 {
		buf = append(buf, F(fLexNext).Int(int(s.lex[i+1])).Sum())
	}
	g := s.gaz[i]
	if g != 0 {
		buf = append(buf, F(fGazSet).Int(int(g)).Sum())
		if s.scase != caseMixed {
			buf = append(buf, F(fCaseGaz).Int(s.scase).Int(int(g)).Sum())
		}
		for b := 0; b < 64; b++ {
			if g&(1<<b) != 0 {
				buf = append(buf, F(fGaz).Int(b).Sum())
			}
		}
		// Likewise for places and names of the gazetteer in lower case:
		// "afghanistan" is not an ordinary word, "turkey" is.
		if low := g >> lowerBit; low != 0 {
			buf = append(buf, F(fGazLower).Int(int(low)).Int(c01(s.common[i])).Sum())
		}
	}
	// Capitalised runs: where the token stands in its run, how long the
	// run is, and whether (and with which word) it ends in an organisation
	// head word, so that "Agency" in "the Atomic Energy Agency" speaks for
	// the words before it.
	if rs, re := s.runS[i], s.runE[i]; rs >= 0 {
		pos := posI
		switch {
		case re-rs == 1:
			pos = posU
		case int(rs) == i:
			pos = posB
		case int(re) == i+1:
			pos = posL
		}
		last := s.forms[re-1]
		head := 0
		if orgHeadWord(last) {
			head = 1
			buf = append(buf, F(fRunHeadWord).Int(pos).StrLower(strings.TrimSuffix(last, ".")).Sum())
		}
		buf = append(buf, F(fRun).Int(pos).Int(int(min(re-rs, 6))).Int(head).Sum(),
			F(fRunHead).Int(pos).Int(head).Str(x).Sum(),
			// The words around the whole run, and the gazetteer kinds of
			// its first and last words, reach every word of it: in "at
			// Greater New Orleans Fair Housing" the inner words see "at"
			// and what follows the name as well as its ends do.
			F(fRunPrev).Int(pos).StrLower(at(s.forms, int(rs)-1)).Sum(),
			F(fRunNext).Int(pos).StrLower(at(s.forms, int(re))).Sum(),
			F(fRunGaz).Int(pos).Int(int(kindSet(s.gaz[rs]))).Int(int(kindSet(s.gaz[re-1]))).Sum())
		if orgHeadWord(w) {
			buf = append(buf, F(fOrgHead).Int(pos).Sum())
		}
		// A head word right after the run, in lower case or not: "the
		// Taliban government", "Reuters news agency".
		if int(re) < len(s.forms) {
			if nw := strings.ToLower(s.forms[re]); orgHeads[nw] {
				buf = append(buf, F(fRunHeadNext).Int(pos).Sum())
			}
		}
	}
	if gp := gazAt(s.gaz, i-1); gp != 0 {
		buf = append(buf, F(fGazPrev).Int(int(gp)).Sum())
	}
	if gn := gazAt(s.gaz, i+1); gn != 0 {
		buf = append(buf, F(fGazNext).Int(int(gn)).Sum())
	}
	return buf
}

// c01 is 1 for true, 0 for false, for features that mix in a flag.
func c01(b bool) int {
	if b {
		return 1
	}
	return 0
}

// start1 stands for the label before the first token.
const start1 = -1

// Tag sets NER of every token of s; Form, UPOS and XPOS must be filled.
func (r *Recognizer) Tag(s *conllu.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	st := r.prepare(sc, s, r.lex)
	for i, l := range r.viterbi(sc, st) {
		s.Tokens[i].NER = iob2(l)
	}
}

// viterbi returns the best label sequence under the first-order model:
// label features and label-pair features each scored once per token, and
// only the label sequences that allowed admits, ending on no open name.
func (r *Recognizer) viterbi(sc *scratch, st sent) []int {
	n, L := len(st.forms), len(Labels)
	if cap(sc.delta) < n*L {
		sc.delta = make([]float32, n*L)
		sc.back = make([]int8, n*L)
		sc.path = make([]int, n)
	}
	delta, back, path := sc.delta[:n*L], sc.back[:n*L], sc.path[:n]
	emit, tr := sc.emit, sc.scores
	ninf := float32(math.Inf(-1))
	for i := 0; i < n; i++ {
		for y := range emit {
			emit[y] = 0
		}
		sc.feats = features(sc.feats[:0], st, i)
		r.model.Score(sc.feats, emit)
		for y, b := range r.bias {
			emit[y] += b
		}
		for y := range tr {
			tr[y] = 0
		}
		sc.feats = transFeatures(sc.feats[:0], st, i)
		r.trans.Score(sc.feats, tr)
		row := delta[i*L : i*L+L]
		for y := range row {
			row[y] = ninf
		}
		prevs := L
		if i == 0 {
			prevs = 1
		}
		for p := 0; p < prevs; p++ {
			base, pc := float32(0), pairIndex[len(Labels)]
			if i > 0 {
				base, pc = delta[(i-1)*L+p], pairIndex[p]
				if base == ninf {
					continue
				}
			}
			for y, c := range pc {
				if c < 0 {
					continue
				}
				if v := base + emit[y] + tr[c]; v > row[y] {
					row[y], back[i*L+y] = v, int8(p)
				}
			}
		}
	}
	best := labelO
	for y := 1; y < L; y++ {
		if !open(y) && delta[(n-1)*L+y] > delta[(n-1)*L+best] {
			best = y
		}
	}
	for i := n - 1; i >= 0; i-- {
		path[i] = best
		best = int(back[i*L+best])
	}
	return path
}

// Train learns a recogniser from sentences with Form, UPOS, XPOS and NER
// (IOB2) set. Types other than PER, ORG and LOC are read as O. dev, if not
// empty and o.Bias is nil, is what the label biases are chosen on; it is
// never trained on. The models that are averaged (Options.Models) train
// concurrently; the result depends only on the data and options.
func Train(train, dev []conllu.Sentence, o Options, log io.Writer) (*Recognizer, error) {
	if o.Epochs <= 0 {
		o.Epochs = 6
	}
	if o.Prune <= 0 {
		o.Prune = 0.5
	}
	if o.Models <= 0 {
		o.Models = 4
	}
	if log == nil {
		log = io.Discard
	}
	if len(train) == 0 {
		return nil, fmt.Errorf("ner: no training sentences")
	}
	if o.Bias != nil && len(o.Bias) != len(Labels) {
		return nil, fmt.Errorf("ner: %d label biases given for %d labels", len(o.Bias), len(Labels))
	}
	lowerCount := map[string]int{}
	for _, s := range train {
		for _, t := range s.Tokens {
			if allLower([]string{t.Form}) && utf8.RuneCountInString(t.Form) > 1 {
				lowerCount[t.Form]++
			}
		}
	}
	var common []string
	for w, n := range lowerCount {
		if n >= 2 {
			common = append(common, w)
		}
	}
	sort.Strings(common)
	gold := make([][]int, len(train))
	for si, s := range train {
		gold[si] = GoldLabels(s)
	}
	foldLex := make([]lexicon, lexiconFolds)
	for k := range foldLex {
		foldLex[k] = buildLexicon(train, gold, k)
	}
	members := make([]*Recognizer, o.Models)
	logs := make([]bytes.Buffer, o.Models)
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for j := range members {
		g.Go(func() error {
			m := newRecognizer(perceptron.New(len(Labels)), perceptron.New(numPairs), common)
			m.learn(train, gold, foldLex, rand.New(rand.NewPCG(o.Seed, 0x4e45+uint64(j))), o.Epochs, &logs[j])
			m.model.Average(o.Prune)
			m.trans.Average(o.Prune)
			members[j] = m
			return nil
		})
	}
	g.Wait()
	models := make([]*perceptron.Model, len(members))
	trans := make([]*perceptron.Model, len(members))
	for j, m := range members {
		fmt.Fprintf(log, "ner: model %d of %d\n", j+1, len(members))
		logs[j].WriteTo(log)
		models[j], trans[j] = m.model, m.trans
	}
	mm, err := perceptron.Mean(models, o.Prune)
	if err != nil {
		return nil, err
	}
	tm, err := perceptron.Mean(trans, o.Prune)
	if err != nil {
		return nil, err
	}
	r := newRecognizer(mm, tm, common)
	r.lex = buildLexicon(train, gold, -1)
	r.bias = make([]float32, len(Labels))
	if o.Bias != nil {
		copy(r.bias, o.Bias)
		fmt.Fprintf(log, "ner: biases %v as given\n", r.bias)
	} else if len(dev) > 0 {
		r.tuneBias(dev, log)
	}
	return r, nil
}

// learn runs the structured perceptron over train in an order drawn from
// rng, epochs times. Each sentence sees the lexicon of the folds it is not
// in, as unseen text sees one built without it.
func (r *Recognizer) learn(train []conllu.Sentence, gold [][]int, foldLex []lexicon, rng *rand.Rand, epochs int, log io.Writer) {
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong := 0
		for _, si := range order {
			st := r.prepare(sc, &train[si], foldLex[si%lexiconFolds])
			pred := r.viterbi(sc, st)
			g := gold[si]
			// Where the predicted sequence differs from the gold one,
			// move weight to the gold labels and label pairs.
			for i := range pred {
				gp, pp := start1, start1
				if i > 0 {
					gp, pp = g[i-1], pred[i-1]
				}
				if g[i] != pred[i] {
					wrong++
					sc.feats = features(sc.feats[:0], st, i)
					r.model.Update(sc.feats, g[i], pred[i], 1)
				}
				if gc, pc := pairClass(gp, g[i]), pairClass(pp, pred[i]); gc != pc {
					sc.feats = transFeatures(sc.feats[:0], st, i)
					r.trans.Update(sc.feats, gc, pc, 1)
				}
				r.model.Tick()
				r.trans.Tick()
			}
		}
		fmt.Fprintf(log, "ner: epoch %d: %d token errors, %d features\n", epoch, wrong, r.model.Features())
	}
}

// tuneBias chooses r.bias on dev (never on test) by coordinate ascent on
// span F1: first a bias against O, then one per type shared by its four
// labels, twice round.
func (r *Recognizer) tuneBias(dev []conllu.Sentence, log io.Writer) {
	pred := make([]conllu.Sentence, len(dev))
	score := func() float64 {
		for i, s := range dev {
			pred[i] = conllu.Sentence{Tokens: append([]conllu.Token(nil), s.Tokens...)}
			r.Tag(&pred[i])
		}
		_, _, f := spanScore(dev, pred)
		return f
	}
	best := score()
	fmt.Fprintf(log, "ner: dev F1 %.4f without bias\n", best)
	try := func(labels []int, values []float32) {
		old := make([]float32, len(labels))
		for k, l := range labels {
			old[k] = r.bias[l]
		}
		bestV := old
		for _, v := range values {
			for _, l := range labels {
				r.bias[l] = v
			}
			if f := score(); f > best+1e-9 {
				best = f
				bestV = make([]float32, len(labels))
				for k := range bestV {
					bestV[k] = v
				}
			}
		}
		for k, l := range labels {
			r.bias[l] = bestV[k]
		}
	}
	values := []float32{-16, -12, -8, -6, -4, -3, -2, -1, 0, 1, 2, 3, 4, 6, 8, 12, 16}
	for round := 0; round < 2; round++ {
		try([]int{labelO}, values)
		for t := range Types {
			try([]int{label(t, partB), label(t, partI), label(t, partL), label(t, partU)}, values)
		}
	}
	fmt.Fprintf(log, "ner: biases %v: dev F1 %.4f\n", r.bias, best)
}

// GoldLabels returns the class indices of s's IOB2 NER column as BILOU
// labels, with types other than PER/ORG/LOC as O and I-X that starts a
// name read as B-X.
func GoldLabels(s conllu.Sentence) []int {
	out := make([]int, len(s.Tokens))
	for i := 0; i < len(s.Tokens); i++ {
		typ := typeIndex(s.Tokens[i].NER)
		if typ < 0 {
			out[i] = labelO
			continue
		}
		j := i + 1
		for j < len(s.Tokens) && s.Tokens[j].NER == "I-"+Types[typ] {
			j++
		}
		if j == i+1 {
			out[i] = label(typ, partU)
		} else {
			out[i], out[j-1] = label(typ, partB), label(typ, partL)
			for k := i + 1; k < j-1; k++ {
				out[k] = label(typ, partI)
			}
		}
		i = j - 1
	}
	return out
}

// typeIndex is the index in Types of an IOB2 tag's type, or -1 for O and
// other types.
func typeIndex(tag string) int {
	if len(tag) < 2 || tag[1] != '-' {
		return -1
	}
	for t, x := range Types {
		if tag[2:] == x {
			return t
		}
	}
	return -1
}

// spanScore is a micro-averaged exact-span score, for the training log.
func spanScore(gold, pred []conllu.Sentence) (p, r, f float64) {
	tp, np, ng := 0, 0, 0
	for i := range gold {
		gs := spans(GoldLabels(gold[i]))
		ps := spans(GoldLabels(pred[i]))
		for k := range ps {
			if gs[k] {
				tp++
			}
		}
		np += len(ps)
		ng += len(gs)
	}
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

type span struct{ start, end, typ int }

func spans(labels []int) map[span]bool {
	out := map[span]bool{}
	for i := 0; i < len(labels); i++ {
		if labels[i] == labelO {
			continue
		}
		typ := typeOf(labels[i])
		j := i + 1
		if partOf(labels[i]) == partB {
			for j < len(labels) && (labels[j] == label(typ, partI) || labels[j] == label(typ, partL)) {
				j++
				if labels[j-1] == label(typ, partL) {
					break
				}
			}
		}
		out[span{i, j, typ}] = true
		i = j - 1
	}
	return out
}

type header struct {
	Labels []string
	Common []string
	// Lexicon is the names of the training data as [hash, type bits].
	Lexicon [][2]uint64
	Bias    []float32
}

const magic = "HSNER3"

// Write stores the recogniser (uncompressed; callers may gzip).
func (r *Recognizer) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if err := modelio.Write(bw, magic, header{Labels, r.commonSrc, r.lex.pairs(), r.bias}); err != nil {
		return err
	}
	if err := r.model.Write(bw); err != nil {
		return err
	}
	if err := r.trans.Write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// Read loads a recogniser written by Write.
func Read(rd io.Reader) (*Recognizer, error) {
	br := bufio.NewReader(rd)
	var h header
	if err := modelio.Read(br, magic, &h); err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if strings.Join(h.Labels, ",") != strings.Join(Labels, ",") {
		return nil, fmt.Errorf("ner: model labels %v, this version uses %v", h.Labels, Labels)
	}
	m, err := perceptron.Read(br)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	if m.Classes != len(Labels) {
		return nil, fmt.Errorf("ner: model has %d classes, want %d", m.Classes, len(Labels))
	}
	tm, err := perceptron.Read(br)
	if err != nil {
		return nil, fmt.Errorf("ner: label pairs: %w", err)
	}
	if tm.Classes != numPairs {
		return nil, fmt.Errorf("ner: label-pair model has %d classes, want %d", tm.Classes, numPairs)
	}
	r := newRecognizer(m, tm, h.Common)
	r.bias = h.Bias
	if len(r.bias) != len(Labels) {
		return nil, fmt.Errorf("ner: model has %d label biases for %d labels", len(r.bias), len(Labels))
	}
	r.lex = lexicon{}
	for _, p := range h.Lexicon {
		r.lex[p[0]] = uint8(p[1])
	}
	return r, nil
}

func (r *Recognizer) prepare(sc *scratch, s *conllu.Sentence, lex lexicon) sent {
	n := len(s.Tokens)
	if cap(sc.forms) < n {
		sc.forms = make([]string, n)
		sc.gaz = make([]uint64, n)
		sc.common = make([]bool, n)
		sc.lex = make([]uint32, n)
		sc.shapes = make([]int, n)
		sc.runS = make([]int32, n)
		sc.runE = make([]int32, n)
	}
	forms, g, common, lx, shapes := sc.forms[:n], sc.gaz[:n], sc.common[:n], sc.lex[:n], sc.shapes[:n]
	for i := range s.Tokens {
		forms[i] = s.Tokens[i].Form
		shapes[i] = shape(forms[i])
		common[i] = r.common[perceptron.NewFeat(0).StrLower(forms[i]).Sum()]
	}
	sc0 := sentCase(forms)
	r.gaz.match(forms, g)
	lex.match(forms, lx, sc0 == caseLower)
	runS, runE := sc.runS[:n], sc.runE[:n]
	capRuns(forms, runS, runE)
	return sent{forms: forms, toks: s.Tokens, gaz: g, common: common, lex: lx, shapes: shapes, runS: runS, runE: runE, scase: sc0}
}
