package tagger

import (
	"bytes"
	"os"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

func read(t *testing.T, path string) []conllu.Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func score(tg *Tagger, gold []conllu.Sentence) (upos, xpos, lemma float64) {
	ok, okx, okl, n := 0, 0, 0, 0
	for _, g := range gold {
		p := conllu.Sentence{Tokens: make([]conllu.Token, len(g.Tokens))}
		for i, tok := range g.Tokens {
			p.Tokens[i].Form = tok.Form
		}
		tg.Tag(&p)
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
	return float64(ok) / float64(n), float64(okx) / float64(n), float64(okl) / float64(n)
}

// Trained on 300 sentences, the tagger must clearly beat the most-frequent-
// tag level on held-out sentences, survive a write/read round trip
// unchanged, and give the same model for the same seed.
func TestLearnsAndRoundTrips(t *testing.T) {
	train := read(t, "testdata/ewt-train-300.conllu")
	dev := read(t, "testdata/ewt-dev-80.conllu")
	tg, err := Train(train, nil, Options{Seed: 7, Epochs: 5}, nil)
	if err != nil {
		t.Fatal(err)
	}
	upos, xpos, lemma := score(tg, dev)
	t.Logf("held-out UPOS %.3f XPOS %.3f lemma %.3f", upos, xpos, lemma)
	if upos < 0.86 || xpos < 0.85 || lemma < 0.93 {
		t.Errorf("held-out UPOS %.3f XPOS %.3f lemma %.3f: below 0.86/0.85/0.93", upos, xpos, lemma)
	}
	var buf bytes.Buffer
	if err := tg.Write(&buf); err != nil {
		t.Fatal(err)
	}
	first := append([]byte(nil), buf.Bytes()...)
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// int16 quantisation may move a near tie, but not visibly.
	if u2, _, l2 := score(back, dev); u2 < upos-0.005 || u2 > upos+0.005 || l2 != lemma {
		t.Errorf("after round trip UPOS %.4f lemma %.4f, before %.4f %.4f", u2, l2, upos, lemma)
	}
	again, err := Train(train, nil, Options{Seed: 7, Epochs: 5}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	again.Write(&buf2)
	if !bytes.Equal(first, buf2.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

func TestReadRejectsJunk(t *testing.T) {
	if _, err := Read(bytes.NewReader([]byte("HSTAG1\x05\x00\x00\x00{bad"))); err == nil {
		t.Error("corrupt header accepted")
	}
	if _, err := Train(nil, nil, Options{}, nil); err == nil {
		t.Error("training on nothing accepted")
	}
}

func TestEmptySentence(t *testing.T) {
	tg, err := Train(read(t, "testdata/ewt-dev-80.conllu"), nil, Options{Epochs: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := conllu.Sentence{}
	tg.Tag(&s) // must not panic
}
