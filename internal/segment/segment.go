package segment

import (
	"context"
	"fmt"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Options configures the stage. The zero value is the default.
type Options struct {
	// MaxSentenceTokens is the longest sentence, in tokens. A longer run
	// without a boundary (a table, a list without punctuation) is cut
	// into pieces of at most this many tokens, preferring to cut after a
	// semicolon or comma, and a diagnostic records each cut. Zero means
	// 300.
	MaxSentenceTokens int
	// Abbreviations are extra forms (without their final period) that
	// keep their period and may end a sentence, added to the built-in
	// general English list.
	Abbreviations []string
}

// Stage is the segmentation stage. It holds only read-only tables, so one
// Stage may run on many Docs at once.
type Stage struct {
	lex    *lexicon
	maxLen int
}

// New returns a Stage with the built-in abbreviation list.
func New(o Options) (*Stage, error) {
	lx, err := parseLexicon(abbreviationList, o.Abbreviations)
	if err != nil {
		return nil, err
	}
	if o.MaxSentenceTokens < 0 {
		return nil, fmt.Errorf("segment: MaxSentenceTokens %d is negative", o.MaxSentenceTokens)
	}
	if o.MaxSentenceTokens == 0 {
		o.MaxSentenceTokens = 300
	}
	return &Stage{lex: lx, maxLen: o.MaxSentenceTokens}, nil
}

// Run replaces d.Tokens and d.Sentences with the tokens and sentences of
// d.Text.
func (s *Stage) Run(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	z := tokenizer{lex: s.lex}
	toks := z.tokenize(d.Text)
	sp := splitter{lex: s.lex, text: d.Text, toks: toks}
	starts := sp.breaks()
	if err := ctx.Err(); err != nil {
		return err
	}

	d.Tokens = make([]doc.Token, len(toks))
	d.Sentences = d.Sentences[:0]
	for i, t := range toks {
		if starts[i] {
			d.Sentences = append(d.Sentences, doc.Sentence{First: i})
		}
		d.Tokens[i] = doc.Token{
			Span: d.SpanOfBytes(t.start, t.end),
			Text: d.Text[t.start:t.end],
			Head: -1,
		}
	}
	for j := range d.Sentences {
		if j+1 < len(d.Sentences) {
			d.Sentences[j].End = d.Sentences[j+1].First
		} else {
			d.Sentences[j].End = len(toks)
		}
	}
	d.Sentences = s.limit(d, d.Sentences)
	for j := range d.Sentences {
		st := &d.Sentences[j]
		st.Span = doc.Span{Start: d.Tokens[st.First].Span.Start, End: d.Tokens[st.End-1].Span.End}
		for i := st.First; i < st.End; i++ {
			d.Tokens[i].Sent = j
		}
	}
	return nil
}

// limit cuts sentences longer than the limit, preferring a cut after a
// semicolon or comma in the second half of the piece.
func (s *Stage) limit(d *doc.Doc, sents []doc.Sentence) []doc.Sentence {
	over := false
	for _, st := range sents {
		if st.End-st.First > s.maxLen {
			over = true
			break
		}
	}
	if !over {
		return sents
	}
	out := make([]doc.Sentence, 0, len(sents)+1)
	for _, st := range sents {
		for st.End-st.First > s.maxLen {
			cut := st.First + s.maxLen
			for k := cut - 1; k > st.First+s.maxLen/2; k-- {
				if t := d.Tokens[k].Text; strings.ContainsAny(t, ";,") {
					cut = k + 1
					break
				}
			}
			out = append(out, doc.Sentence{First: st.First, End: cut})
			d.Diag("segment", doc.Span{Start: d.Tokens[st.First].Span.Start, End: d.Tokens[cut-1].Span.End},
				"sentence longer than %d tokens cut at token %d", s.maxLen, cut)
			st.First = cut
		}
		out = append(out, st)
	}
	return out
}
