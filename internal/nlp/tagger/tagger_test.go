package tagger

import (
	"bytes"
	"fmt"
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
	return accuracy(tg, gold)
}

// Trained on 300 sentences, the tagger (in one pass or two) must clearly
// beat the most-frequent-tag level on held-out sentences, survive a
// write/read round trip unchanged, and give the same model for the same
// seed.
func TestLearnsAndRoundTrips(t *testing.T) {
	train := read(t, "testdata/ewt-train-300.conllu")
	dev := read(t, "testdata/ewt-dev-80.conllu")
	for _, passes := range []int{1, 2} {
		t.Run(fmt.Sprintf("%d passes", passes), func(t *testing.T) {
			opts := Options{Seed: 7, Epochs: 5, Passes: passes}
			tg, err := Train(train, nil, opts, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := tg.passes(); got != passes {
				t.Fatalf("trained %d passes, want %d", got, passes)
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
			if back.passes() != passes {
				t.Errorf("read back %d passes, want %d", back.passes(), passes)
			}
			// int16 quantisation may move a near tie, but not visibly.
			if u2, _, l2 := score(back, dev); u2 < upos-0.005 || u2 > upos+0.005 || l2 != lemma {
				t.Errorf("after round trip UPOS %.4f lemma %.4f, before %.4f %.4f", u2, l2, upos, lemma)
			}
			again, err := Train(train, nil, opts, nil)
			if err != nil {
				t.Fatal(err)
			}
			var buf2 bytes.Buffer
			again.Write(&buf2)
			if !bytes.Equal(first, buf2.Bytes()) {
				t.Error("two trainings with the same seed wrote different models")
			}
		})
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

// Ambiguity classes group words by the labels training gave them, whatever
// their case; words seen too rarely, or not at all, share the unknown class.
func TestAmbiguityClasses(t *testing.T) {
	sent := func(pairs ...string) conllu.Sentence {
		var s conllu.Sentence
		for i := 0; i+1 < len(pairs); i += 2 {
			s.Tokens = append(s.Tokens, conllu.Token{Form: pairs[i], UPOS: pairs[i+1], XPOS: pairs[i+1]})
		}
		return s
	}
	var train []conllu.Sentence
	for range 3 {
		train = append(train,
			sent("The", "DET", "plan", "NOUN", "hurts", "VERB", "families", "NOUN"),
			sent("Their", "DET", "hurts", "NOUN", "heal", "VERB", "slowly", "ADV"),
			sent("Plans", "NOUN", "help", "VERB", "families", "NOUN"),
		)
	}
	train = append(train, sent("Once", "ADV", "seen", "VERB"))
	labels := map[string]int{}
	labelOf := func(tok conllu.Token) int {
		if _, ok := labels[tok.UPOS]; !ok {
			labels[tok.UPOS] = len(labels)
		}
		return labels[tok.UPOS]
	}
	tg := &Tagger{classes: classesOf(train, labelOf)}
	cls, _ := tg.wordClasses(nil, nil, []string{"FAMILIES", "plans", "hurts", "Plan", "seen", "unheard", "Ünïcode"})
	tests := []struct {
		name string
		a, b int32
		same bool
	}{
		{"same labels, any case", cls[0], cls[1], true},
		{"noun or verb against noun", cls[2], cls[0], false},
		{"noun against noun", cls[3], cls[0], true},
		{"seen once is unknown", cls[4], classUnknown, true},
		{"never seen is unknown", cls[5], classUnknown, true},
		{"non-ASCII never seen is unknown", cls[6], classUnknown, true},
		{"known is not unknown", cls[2], classUnknown, false},
	}
	for _, tc := range tests {
		if (tc.a == tc.b) != tc.same {
			t.Errorf("%s: classes %d and %d, want same=%v", tc.name, tc.a, tc.b, tc.same)
		}
	}
}
