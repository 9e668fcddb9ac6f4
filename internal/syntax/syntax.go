// Package syntax is the pipeline stage that gives each token of a
// segmented doc.Doc its lemma, tags, head, relation and name tag, by
// running an nlp.Annotator over its sentences. It reads Doc.Tokens and
// Doc.Sentences and sets Token.Lemma, UPOS, XPOS, Head (a Doc.Tokens index,
// -1 for the root), Dep and NER.
package syntax

import (
	"context"
	"slices"
	"sync"

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
	for _, sent := range d.Sentences {
		for first := sent.First; first < sent.End; first += s.max {
			end := min(first+s.max, sent.End)
			at := len(sc.toks)
			for i := first; i < end; i++ {
				sc.toks = append(sc.toks, conllu.Token{Form: d.Tokens[i].Text, Head: -1})
			}
			sc.sents = append(sc.sents, conllu.Sentence{Tokens: sc.toks[at:len(sc.toks):len(sc.toks)]})
			sc.first = append(sc.first, first)
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
