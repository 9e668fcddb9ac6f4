// Package eval scores predicted sentences against gold ones of the same
// tokenisation: tag and lemma accuracy, unlabelled and labelled attachment
// scores, and exact-match name spans (precision, recall, F1 per type and
// overall). Gold and predicted conllu.Sentences go in, counts and ratios
// come out; it runs no model itself.
package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

// Tagging counts tokens and correct predictions for each column.
type Tagging struct {
	Tokens, UPOS, XPOS, Lemma, Head, Labelled int
}

// Add scores pred against gold; both must have the same tokens.
func (t *Tagging) Add(gold, pred []conllu.Sentence) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("eval: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		g, p := gold[i].Tokens, pred[i].Tokens
		if len(g) != len(p) {
			return fmt.Errorf("eval: sentence %d: %d gold tokens, %d predicted", i+1, len(g), len(p))
		}
		for j := range g {
			t.Tokens++
			if g[j].UPOS == p[j].UPOS {
				t.UPOS++
			}
			if g[j].XPOS == p[j].XPOS {
				t.XPOS++
			}
			if g[j].Lemma == p[j].Lemma {
				t.Lemma++
			}
			if g[j].Head == p[j].Head {
				t.Head++
				if baseRel(g[j].Deprel) == baseRel(p[j].Deprel) {
					t.Labelled++
				}
			}
		}
	}
	return nil
}

// baseRel drops a relation's subtype ("nmod:poss" → "nmod"), as the
// CoNLL 2018 shared task scorer does for LAS.
func baseRel(r string) string {
	b, _, _ := strings.Cut(r, ":")
	return b
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// UPOSAcc and the others are accuracies in [0, 1].
func (t Tagging) UPOSAcc() float64  { return ratio(t.UPOS, t.Tokens) }
func (t Tagging) XPOSAcc() float64  { return ratio(t.XPOS, t.Tokens) }
func (t Tagging) LemmaAcc() float64 { return ratio(t.Lemma, t.Tokens) }
func (t Tagging) UAS() float64      { return ratio(t.Head, t.Tokens) }
func (t Tagging) LAS() float64      { return ratio(t.Labelled, t.Tokens) }

// PRF counts true positives, false positives and false negatives.
type PRF struct{ TP, FP, FN int }

// Precision, Recall and F1 are in [0, 1].
func (s PRF) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s PRF) Recall() float64    { return ratio(s.TP, s.TP+s.FN) }
func (s PRF) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Span is a name: tokens [Start, End) of one sentence, of Type.
type Span struct {
	Start, End int
	Type       string
}

// Spans reads the IOB2 names of one sentence. An I-X that does not continue
// an X name starts a new one, as the conlleval script reads it.
func Spans(labels []string) []Span {
	var out []Span
	for i := 0; i < len(labels); i++ {
		pre, typ, ok := strings.Cut(labels[i], "-")
		if !ok || (pre != "B" && pre != "I") {
			continue
		}
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{i, j, typ})
		i = j - 1
	}
	return out
}

// Names scores exact name spans per type.
type Names struct {
	ByType map[string]*PRF
	types  map[string]bool
}

// NewNames scores only the given types; names of other types, in gold or
// prediction, are ignored.
func NewNames(types []string) *Names {
	n := &Names{ByType: map[string]*PRF{}, types: map[string]bool{}}
	for _, t := range types {
		n.types[t] = true
		n.ByType[t] = &PRF{}
	}
	return n
}

// Add scores the NER column of pred against gold.
func (n *Names) Add(gold, pred []conllu.Sentence) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("eval: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		if len(gold[i].Tokens) != len(pred[i].Tokens) {
			return fmt.Errorf("eval: sentence %d: %d gold tokens, %d predicted", i+1, len(gold[i].Tokens), len(pred[i].Tokens))
		}
		n.AddLabels(labels(gold[i]), labels(pred[i]))
	}
	return nil
}

func labels(s conllu.Sentence) []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		out[i] = t.NER
	}
	return out
}

// AddLabels scores one sentence given as IOB2 label lists.
func (n *Names) AddLabels(gold, pred []string) {
	g := map[Span]bool{}
	for _, s := range Spans(gold) {
		if n.types[s.Type] {
			g[s] = true
		}
	}
	for _, s := range Spans(pred) {
		if !n.types[s.Type] {
			continue
		}
		if g[s] {
			n.ByType[s.Type].TP++
			delete(g, s)
		} else {
			n.ByType[s.Type].FP++
		}
	}
	for s := range g {
		n.ByType[s.Type].FN++
	}
}

// Overall is the micro-average over all types.
func (n *Names) Overall() PRF {
	var o PRF
	for _, s := range n.ByType {
		o.TP += s.TP
		o.FP += s.FP
		o.FN += s.FN
	}
	return o
}

// Types returns the scored types in sorted order.
func (n *Names) Types() []string {
	var out []string
	for t := range n.types {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
