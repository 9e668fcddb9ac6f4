package lemma

import (
	"bytes"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

func sent(triples ...string) conllu.Sentence {
	var s conllu.Sentence
	for i := 0; i+2 < len(triples); i += 3 {
		s.Tokens = append(s.Tokens, conllu.Token{Form: triples[i], XPOS: triples[i+1], Lemma: triples[i+2]})
	}
	return s
}

func TestLearnsExceptionsAndRules(t *testing.T) {
	train := []conllu.Sentence{
		sent("studies", "NNS", "study", "cities", "NNS", "city", "parties", "NNS", "party"),
		sent("dogs", "NNS", "dog", "cats", "NNS", "cat", "was", "VBD", "be", "walked", "VBD", "walk", "talked", "VBD", "talk"),
		sent("Smith", "NNP", "Smith", "Jones", "NNP", "Jones", "The", "DT", "the", "I", "PRP", "I"),
		sent("children", "NNS", "child", "roses", "NNS", "rose", "noses", "NNS", "nose"),
	}
	l := Train(train)
	r := roundTrip(t, l)
	tests := []struct{ form, xpos, want string }{
		{"was", "VBD", "be"},         // exception
		{"children", "NNS", "child"}, // exception
		{"ladies", "NNS", "lady"},    // unseen: -ies → -y
		{"Ladies", "NNS", "lady"},    // capitalised common noun is lower-cased
		{"horses", "NNS", "horse"},   // unseen: -s → ""
		{"jumped", "VBD", "jump"},    // unseen: -ed → ""
		{"Brown", "NNP", "Brown"},    // proper noun keeps its case
		{"I", "PRP", "I"},            // case kept where training kept it
		{"THE", "DT", "the"},         // lower-cased lookup
		{"zorbed", "XX", "zorbed"},   // unknown tag: the form itself
	}
	for _, m := range []*Lemmatizer{l, r} {
		for _, tc := range tests {
			if got := m.Lemma(tc.form, tc.xpos); got != tc.want {
				t.Errorf("Lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
			}
		}
	}
	if _, err := Read(bytes.NewReader([]byte("nonsense"))); err == nil {
		t.Error("Read of junk: no error")
	}
}

// A longer suffix's rule gives way to a shorter one's when only the
// shorter gives a lemma the tables know.
func TestKnownLemmaWins(t *testing.T) {
	l := Train([]conllu.Sentence{
		sent("travelling", "VBG", "travel", "cancelling", "VBG", "cancel", "labelling", "VBG", "label"),
		sent("selling", "VBG", "sell", "walking", "VBG", "walk", "talking", "VBG", "talk", "reading", "VBG", "read", "shell", "NN", "shell"),
	})
	r := roundTrip(t, l)
	tests := []struct{ form, want string }{
		{"shelling", "shell"},    // "-lling" → "-l" makes "shel", unknown
		{"modelling", "model"},   // neither rule gives a known lemma: the longest suffix's
		{"travelling", "travel"}, // seen
	}
	for _, m := range []*Lemmatizer{l, r} {
		for _, tc := range tests {
			if got := m.Lemma(tc.form, "VBG"); got != tc.want {
				t.Errorf("Lemma(%q, VBG) = %q, want %q", tc.form, got, tc.want)
			}
		}
	}
}

// roundTrip writes l and reads it back.
func roundTrip(t *testing.T, l *Lemmatizer) *Lemmatizer {
	t.Helper()
	var buf bytes.Buffer
	if err := l.Write(&buf); err != nil {
		t.Fatal(err)
	}
	r, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
