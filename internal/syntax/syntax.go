// Package syntax is the pipeline stage that gives each token of a
// segmented doc.Doc its lemma, tags, head, relation and name tag, by
// running an nlp.Annotator over its sentences. It reads Doc.Tokens and
// Doc.Sentences and sets Token.Lemma, UPOS, XPOS, Head (a Doc.Tokens index,
// -1 for the root), Dep and NER.
package syntax

import (
	"context"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/nlp"
)

// Options limits the work per sentence.
type Options struct {
	// MaxTokens is the longest sentence, in tokens, given to the models;
	// longer ones are annotated in consecutive pieces. Zero means 250.
	MaxTokens int
}

// Stage annotates sentences with an nlp.Annotator.
type Stage struct {
	a   nlp.Annotator
	max int
	// bufs holds *scratch: a conllu copy of every document would be a few
	// hundred bytes per token of garbage.
	bufs sync.Pool
}

// scratch is the conllu copy of one document: its pieces, and the tokens
// they share.
type scratch struct {
	toks  []conllu.Token
	sents []conllu.Sentence
	first []int // Doc.Tokens index of each piece's first token
}

// New returns the stage.
func New(a nlp.Annotator, o Options) *Stage {
	if o.MaxTokens <= 0 {
		o.MaxTokens = 250
	}
	return &Stage{a: a, max: o.MaxTokens}
}

// Run annotates every sentence of d, in one call to the annotator so that
// it can run each model over the whole document in turn.
func (s *Stage) Run(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sc, _ := s.bufs.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer s.bufs.Put(sc)
	sc.toks = slices.Grow(sc.toks[:0], len(d.Tokens))
	sc.sents, sc.first = sc.sents[:0], sc.first[:0]
	piece := func(first, end int) {
		at := len(sc.toks)
		for i := first; i < end; i++ {
			sc.toks = append(sc.toks, conllu.Token{Form: d.Tokens[i].Text, Head: -1})
		}
		sc.sents = append(sc.sents, conllu.Sentence{Tokens: sc.toks[at:len(sc.toks):len(sc.toks)]})
		sc.first = append(sc.first, first)
	}
	for _, sent := range d.Sentences {
		start := sent.First
		// A dateline is annotated apart: parsed with the sentence after
		// it, its place became the clause's subject.
		if k := datelineEnd(d, sent); k > start && k < sent.End {
			piece(start, k)
			start = k
		}
		for first := start; first < sent.End; first += s.max {
			piece(first, min(first+s.max, sent.End))
		}
	}
	s.a.Annotate(sc.sents)
	for k, cs := range sc.sents {
		first := sc.first[k]
		for j, c := range cs.Tokens {
			t := &d.Tokens[first+j]
			t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Dep, t.NER = c.Lemma, c.UPOS, c.XPOS, c.Feats, c.Deprel, c.NER
			t.Head = -1
			if c.Head > 0 && c.Head <= len(cs.Tokens) {
				t.Head = first + c.Head - 1
			}
		}
	}
	return nil
}

// datelineEnd returns the index after the dash that ends a dateline opening
// sentence s ("BELGRADE, May 30 —", "KHARTOUM, March 3 (Reuters) -",
// "WASHINGTON (AP) —"), or s.First when it opens with none: a word in
// capitals, then within a dozen tokens a dash, with nothing but names,
// numbers, commas and an agency in brackets before it; or a place in
// ordinary case right before the agency in brackets ("Kyiv (Reuters) -").
func datelineEnd(d *doc.Doc, s doc.Sentence) int {
	toks := d.Tokens
	if s.End-s.First < 4 {
		return s.First
	}
	if !allCaps(toks[s.First].Text) {
		// "Kyiv (Reuters) —": a place in ordinary case only with the
		// agency in brackets, since "Moscow — the capital — denied"
		// opens with a name and a dash too.
		if w := toks[s.First].Text; w == "" || !unicode.IsUpper([]rune(w)[0]) {
			return s.First
		}
		k := s.First + 1
		for k < s.End && k < s.First+4 && toks[k].Text != "(" {
			if w := toks[k].Text; w == "" || !unicode.IsUpper([]rune(w)[0]) && w != "," {
				return s.First
			}
			k++
		}
		if k+3 >= s.End || toks[k].Text != "(" || toks[k+2].Text != ")" || !isDash(toks[k+3].Text) {
			return s.First
		}
		return k + 4
	}
	for k := s.First + 1; k < s.End && k < s.First+12; k++ {
		switch w := toks[k].Text; {
		case isDash(w) && !d.InWord(k):
			return k + 1
		case isDash(w):
			// "DEIR AL-BALAH, Gaza Strip —": a hyphen inside the name.
		case w == "," || w == "(" || w == ")" || w == "." || w == "/" || isNumber(w) || len(w) > 0 && unicode.IsUpper([]rune(w)[0]):
			// ("KYIV/MOSCOW, June 6 (Reuters) -": two places.)
		case w == "of" || w == "the" || w == "and" || w == "de":
			// "GOMA, Democratic Republic of Congo —"
		default:
			return s.First
		}
	}
	return s.First
}

func isDash(w string) bool {
	return w == "—" || w == "–" || w == "-" || w == "--" || w == "―"
}

// allCaps reports whether w has two or more letters, all capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}
