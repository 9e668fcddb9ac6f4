// Package syntax is the pipeline stage that gives each token of a
// segmented doc.Doc its lemma, tags, head, relation and name tag, by
// running an nlp.Annotator sentence by sentence. It reads Doc.Tokens and
// Doc.Sentences and sets Token.Lemma, UPOS, XPOS, Head (a Doc.Tokens index,
// -1 for the root), Dep and NER.
package syntax

import (
	"context"
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
	// bufs holds *[]conllu.Token scratch sentences: one per sentence would
	// be a few hundred bytes per token of garbage for every document.
	bufs sync.Pool
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
	buf, _ := s.bufs.Get().(*[]conllu.Token)
	if buf == nil {
		buf = new([]conllu.Token)
	}
	defer s.bufs.Put(buf)
	for _, sent := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		for first := sent.First; first < sent.End; first += s.max {
			end := min(first+s.max, sent.End)
			s.annotate(d, first, end, buf)
		}
	}
	return nil
}

// annotate runs the models over tokens [first, end) of d, in a sentence
// built in *buf.
func (s *Stage) annotate(d *doc.Doc, first, end int, buf *[]conllu.Token) {
	if cap(*buf) < end-first {
		*buf = make([]conllu.Token, end-first)
	}
	cs := conllu.Sentence{Tokens: (*buf)[:end-first]}
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
