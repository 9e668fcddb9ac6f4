package depparse

import (
	"compress/gzip"
	"os"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp/tagger"
)

// Paths of the shipped models, relative to this package.
const (
	parserFile = "../models/data/parser.bin.gz"
	taggerFile = "../models/data/tagger.gz"
)

func readParser(tb testing.TB, name string) *Parser {
	tb.Helper()
	f, err := os.Open(name)
	if err != nil {
		tb.Skipf("no parser model: %v", err)
	}
	defer f.Close()
	p, err := Read(f)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func readTagger(tb testing.TB, name string) *tagger.Tagger {
	tb.Helper()
	f, err := os.Open(name)
	if err != nil {
		tb.Skipf("no tagger model: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	tg, err := tagger.Read(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

// retag returns copies of sents with UPOS, XPOS and Lemma predicted by tg
// and the gold heads and labels kept.
func retag(tg *tagger.Tagger, sents []conllu.Sentence) []conllu.Sentence {
	out := make([]conllu.Sentence, len(sents))
	for i, s := range sents {
		out[i].Tokens = append([]conllu.Token(nil), s.Tokens...)
		tg.Tag(&out[i])
		for j := range out[i].Tokens {
			out[i].Tokens[j].Head = s.Tokens[j].Head
			out[i].Tokens[j].Deprel = s.Tokens[j].Deprel
		}
	}
	return out
}

// TestEvalEWT scores the shipped model on EWT dev and test, with gold tags
// and with the shipped tagger's tags. It runs only when HEARSAY_EVAL_PARSER
// is set (HEARSAY_PARSER_MODEL overrides the model file).
func TestEvalEWT(t *testing.T) {
	if os.Getenv("HEARSAY_EVAL_PARSER") == "" {
		t.Skip("set HEARSAY_EVAL_PARSER=1 to score the shipped parser on EWT")
	}
	name := os.Getenv("HEARSAY_PARSER_MODEL")
	if name == "" {
		name = parserFile
	}
	p := readParser(t, name)
	tg := readTagger(t, taggerFile)
	for _, part := range []string{"dev", "test"} {
		gold := readEWT(t, part)
		uas, las := Evaluate(p, gold)
		t.Logf("EWT %s, gold tags:      UAS %.2f LAS %.2f (full labels %.2f)", part, uas, las, exactLAS(p, gold))
		pred := retag(tg, gold)
		uas, las = Evaluate(p, pred)
		t.Logf("EWT %s, predicted tags: UAS %.2f LAS %.2f (full labels %.2f)", part, uas, las, exactLAS(p, pred))
	}
}

// exactLAS is LAS with labels compared in full, subtypes included.
func exactLAS(p *Parser, gold []conllu.Sentence) float64 {
	var n, hit int
	for _, g := range gold {
		s := conllu.Sentence{Tokens: append([]conllu.Token(nil), g.Tokens...)}
		p.Parse(&s)
		for j, t := range g.Tokens {
			n++
			if s.Tokens[j].Head == t.Head && s.Tokens[j].Deprel == t.Deprel {
				hit++
			}
		}
	}
	return 100 * float64(hit) / float64(max(n, 1))
}
