// Package syntax is the pipeline stage that gives each token of a
// segmented doc.Doc its lemma, tags, head, relation and name tag, by
// running an nlp.Annotator sentence by sentence. It reads Doc.Tokens and
// Doc.Sentences and sets Token.Lemma, UPOS, XPOS, Head (a Doc.Tokens index,
// -1 for the root), Dep and NER.
package syntax

import (
	"context"

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
}

// New returns the stage.
func New(a nlp.Annotator, o Options) *Stage {
	if o.MaxTokens <= 0 {
		o.MaxTokens = 250
	}
	return &Stage{a: a, max: o.MaxTokens}
}

// Run annotates every sentence of d.
func (s *Stage) Run(ctx context.Context, d *doc.Doc) error {
	for _, sent := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		for first := sent.First; first < sent.End; first += s.max {
			end := min(first+s.max, sent.End)
			s.annotate(d, first, end)
		}
	}
	return nil
}

func (s *Stage) annotate(d *doc.Doc, first, end int) {
	cs := conllu.Sentence{Tokens: make([]conllu.Token, end-first)}
	for i := first; i < end; i++ {
		cs.Tokens[i-first] = conllu.Token{Form: d.Tokens[i].Text, Head: -1}
	}
	s.a.Annotate(&cs)
	for i := first; i < end; i++ {
		t := &d.Tokens[i]
		c := cs.Tokens[i-first]
		t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Dep, t.NER = c.Lemma, c.UPOS, c.XPOS, c.Feats, c.Deprel, c.NER
		t.Head = -1
		if c.Head > 0 && c.Head <= end-first {
			t.Head = first + c.Head - 1
		}
	}
}
