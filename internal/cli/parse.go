package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/nlp/models"
	"github.com/hearsaynews/hearsay/internal/segment"
)

// maxParseBytes is the largest input parse reads, a guard against reading
// a wrong file (a disk image, a log) into memory.
const maxParseBytes = 64 << 20

func parseCmd(env Env) *cobra.Command {
	var pretok bool
	var format string
	cmd := &cobra.Command{
		Use:   "parse [--pretokenized] [--format conllu|json] FILE|-",
		Short: "Tag, lemmatise, parse and find names in text, printing CoNLL-U or JSON",
		Long: `Run Hearsay's linguistic models over a file ("-" for standard input).
Raw text is split into sentences and tokens first. With --pretokenized the
input is CoNLL-U and its FORM column is taken as given (one sentence per
block). The output has predicted LEMMA, UPOS, XPOS, HEAD and DEPREL, and the
name tag as NER=B-PER in MISC; --format json prints the same per token,
with code-point offsets into the text when the input was raw text.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "conllu" && format != "json" {
				return fmt.Errorf("parse: --format %q: want conllu or json", format)
			}
			name := args[0]
			var r io.Reader = env.Stdin
			if name != "-" {
				f, err := os.Open(name)
				if err != nil {
					return fmt.Errorf("parse: %w", err)
				}
				defer f.Close()
				r = f
			}
			data, err := io.ReadAll(io.LimitReader(r, maxParseBytes+1))
			if err != nil {
				return fmt.Errorf("parse %s: %w", name, err)
			}
			if len(data) > maxParseBytes {
				return fmt.Errorf("parse %s: input is over the %d MB limit", name, maxParseBytes>>20)
			}
			a, err := models.Load()
			if err != nil {
				return fmt.Errorf("parse: %w", err)
			}
			var sents []conllu.Sentence
			var offsets [][]doc.Span
			if pretok {
				if sents, err = conllu.Read(strings.NewReader(string(data)), name); err != nil {
					return fmt.Errorf("parse: %w", err)
				}
				for i := range sents {
					s := &sents[i]
					for j := range s.Tokens {
						s.Tokens[j] = conllu.Token{Form: s.Tokens[j].Form, Misc: s.Tokens[j].Misc}
					}
				}
			} else {
				sents, offsets, err = segmentText(cmd.Context(), string(data))
				if err != nil {
					return fmt.Errorf("parse %s: %w", name, err)
				}
			}
			a.Annotate(sents)
			if format == "json" {
				return writeParseJSON(env.Stdout, sents, offsets)
			}
			return conllu.Write(env.Stdout, sents)
		},
	}
	cmd.Flags().BoolVar(&pretok, "pretokenized", false, "input is CoNLL-U; use its FORM column as the tokens")
	cmd.Flags().StringVar(&format, "format", "conllu", "output format: conllu or json")
	return cmd
}

// segmentText splits raw text with the segment stage and returns one
// conllu.Sentence per sentence with its tokens' spans.
func segmentText(ctx context.Context, text string) ([]conllu.Sentence, [][]doc.Span, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	seg, err := segment.New(segment.Options{})
	if err != nil {
		return nil, nil, err
	}
	d := doc.New(text)
	if err := seg.Run(ctx, d); err != nil {
		return nil, nil, err
	}
	sents := make([]conllu.Sentence, 0, len(d.Sentences))
	spans := make([][]doc.Span, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		cs := conllu.Sentence{Comments: []string{"# text = " + strings.Join(strings.Fields(d.Slice(s.Span)), " ")}}
		var sp []doc.Span
		for _, t := range d.Tokens[s.First:s.End] {
			cs.Tokens = append(cs.Tokens, conllu.Token{Form: t.Text, Head: -1})
			sp = append(sp, t.Span)
		}
		sents = append(sents, cs)
		spans = append(spans, sp)
	}
	return sents, spans, nil
}

type jsonToken struct {
	ID     int    `json:"id"`
	Form   string `json:"form"`
	Start  *int   `json:"start,omitempty"` // code points into the input text
	End    *int   `json:"end,omitempty"`   // exclusive
	Lemma  string `json:"lemma"`
	UPOS   string `json:"upos"`
	XPOS   string `json:"xpos"`
	Head   int    `json:"head"` // 1-based, 0 for the root, -1 when no parser is loaded
	Deprel string `json:"deprel"`
	NER    string `json:"ner"`
}

func writeParseJSON(w io.Writer, sents []conllu.Sentence, offsets [][]doc.Span) error {
	out := make([][]jsonToken, len(sents))
	for i, s := range sents {
		out[i] = make([]jsonToken, len(s.Tokens))
		for j, t := range s.Tokens {
			jt := jsonToken{ID: j + 1, Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Head: t.Head, Deprel: t.Deprel, NER: t.NER}
			if offsets != nil {
				sp := offsets[i][j]
				jt.Start, jt.End = &sp.Start, &sp.End
			}
			out[i][j] = jt
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"sentences": out})
}
