package ner

import (
	"bytes"
	"os"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

func readIOB2(t *testing.T, path string) []conllu.Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.ReadIOB2(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func tagAndScore(r *Recognizer, gold []conllu.Sentence) float64 {
	pred := make([]conllu.Sentence, len(gold))
	for i, s := range gold {
		pred[i] = conllu.Sentence{Tokens: make([]conllu.Token, len(s.Tokens))}
		for j, tok := range s.Tokens {
			pred[i].Tokens[j].Form = tok.Form
		}
		r.Tag(&pred[i])
	}
	_, _, f := spanScore(gold, pred)
	return f
}

// Trained on 600 sentences without part-of-speech tags, the recogniser must
// find a fair share of held-out names, keep its output well formed (no I-X
// after O), and round-trip through Write/Read.
func TestLearnsAndRoundTrips(t *testing.T) {
	train := readIOB2(t, "testdata/uner-train-600.iob2")
	dev := readIOB2(t, "testdata/uner-dev-150.iob2")
	r, err := Train(train, nil, Options{Seed: 3, Epochs: 6, Prune: 0.01}, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := tagAndScore(r, dev)
	t.Logf("held-out span F1 %.3f", f)
	if f < 0.33 {
		t.Errorf("held-out span F1 %.3f, want at least 0.33", f)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if f2 := tagAndScore(back, dev); f2 < f-0.01 || f2 > f+0.01 {
		t.Errorf("after round trip F1 %.3f, before %.3f", f2, f)
	}
	for _, s := range dev {
		p := conllu.Sentence{Tokens: append([]conllu.Token(nil), s.Tokens...)}
		back.Tag(&p)
		prev := "O"
		for _, tok := range p.Tokens {
			if len(tok.NER) > 2 && tok.NER[:2] == "I-" && prev[1:] != tok.NER[1:] {
				t.Fatalf("ill-formed %s after %s in %v", tok.NER, prev, p.Forms())
			}
			prev = tok.NER
		}
	}
}

func TestGoldLabelsRepairsAndDropsOTH(t *testing.T) {
	s := conllu.Sentence{Tokens: []conllu.Token{{NER: "I-PER"}, {NER: "I-PER"}, {NER: "B-OTH"}, {NER: "I-LOC"}}}
	got := GoldLabels(s)
	want := []string{"B-PER", "I-PER", "O", "B-LOC"}
	for i := range want {
		if Labels[got[i]] != want[i] {
			t.Errorf("token %d: %s, want %s", i, Labels[got[i]], want[i])
		}
	}
}

func TestReadRejectsOtherFiles(t *testing.T) {
	if _, err := Read(bytes.NewReader([]byte("HSTAG1...."))); err == nil {
		t.Error("tagger magic accepted as a name model")
	}
}
