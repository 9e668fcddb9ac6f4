package ner

import (
	"bytes"
	"os"
	"slices"
	"strings"
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

func TestGoldLabelsBILOU(t *testing.T) {
	for _, tc := range []struct {
		name, iob, want string
	}{
		{"repairs I- at a start, drops OTH", "I-PER I-PER B-OTH I-LOC", "B-PER L-PER O U-LOC"},
		{"one, two and three tokens", "B-ORG O B-LOC I-LOC B-PER I-PER I-PER", "U-ORG O B-LOC L-LOC B-PER I-PER L-PER"},
		{"a new name right after another", "B-PER B-PER I-PER", "U-PER B-PER L-PER"},
		{"a type change inside a run", "B-ORG I-LOC", "U-ORG U-LOC"},
	} {
		var s conllu.Sentence
		for _, tag := range strings.Fields(tc.iob) {
			s.Tokens = append(s.Tokens, conllu.Token{NER: tag})
		}
		var got []string
		for _, l := range GoldLabels(s) {
			got = append(got, Labels[l])
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, g, tc.want)
		}
	}
}

// Tag writes IOB2: B- for the first token of every name, I- for the rest.
func TestIOB2Output(t *testing.T) {
	for _, tc := range []struct{ bilou, want string }{
		{"U-PER O B-ORG I-ORG L-ORG U-LOC", "B-PER O B-ORG I-ORG I-ORG B-LOC"},
		{"B-LOC L-LOC U-LOC", "B-LOC I-LOC B-LOC"},
	} {
		var got []string
		for _, name := range strings.Fields(tc.bilou) {
			got = append(got, iob2(slices.Index(Labels, name)))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: %s, want %s", tc.bilou, g, tc.want)
		}
	}
}

func TestSentCase(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"He flew to Paris .", caseMixed},
		{"i live in noida , near delhi", caseLower},
		{"WHO WANTS TO HELP ?", caseUpper},
		{"The India Diaries", caseTitle},
		{"Visit Paris", caseMixed}, // too few words to tell a title
		{"NO WAY", caseMixed},
		{"12 : 30", caseMixed},
	} {
		if got := sentCase(strings.Fields(tc.text)); got != tc.want {
			t.Errorf("%q: case %d, want %d", tc.text, got, tc.want)
		}
	}
}

// Training is deterministic for a seed, though its models train
// concurrently: the same data and options give the same file.
func TestTrainDeterministic(t *testing.T) {
	train := readIOB2(t, "testdata/uner-train-600.iob2")[:200]
	var files [2]bytes.Buffer
	for i := range files {
		r, err := Train(train, nil, Options{Seed: 5, Epochs: 2, Models: 3}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Write(&files[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(files[0].Bytes(), files[1].Bytes()) {
		t.Error("two runs with the same seed wrote different models")
	}
}

func TestReadRejectsOtherFiles(t *testing.T) {
	if _, err := Read(bytes.NewReader([]byte("HSTAG1...."))); err == nil {
		t.Error("tagger magic accepted as a name model")
	}
}
