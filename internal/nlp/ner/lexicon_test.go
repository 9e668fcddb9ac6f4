package ner

import (
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

func iobSentence(text, labels string) conllu.Sentence {
	var s conllu.Sentence
	ls := strings.Fields(labels)
	for i, f := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, conllu.Token{Form: f, NER: ls[i]})
	}
	return s
}

func TestLexiconMatchesTrainingNames(t *testing.T) {
	sents := []conllu.Sentence{
		iobSentence("I shop at Home Depot", "O O O B-ORG I-ORG"),
		iobSentence("Bush spoke", "B-PER O"),
	}
	gold := [][]int{GoldLabels(sents[0]), GoldLabels(sents[1])}
	lx := buildLexicon(sents, gold, -1)
	forms := strings.Fields("the Home Depot in Bush country near home depot")
	out := make([]uint32, len(forms))
	lx.match(forms, out, false)
	org, per := 1, 0 // indices in Types
	tests := []struct {
		i    int
		bit  int
		want bool
	}{
		{1, org*numPos + posB, true},
		{2, org*numPos + posL, true},
		{4, per*numPos + posU, true},
		{7, org*numPos + posB, false},                // lower case is not matched as a name...
		{7, lexLowerShift + org*numPos + posB, true}, // ...but marked as a lower-case match
		{8, lexLowerShift + org*numPos + posL, true},
		{4, lexLowerShift + per*numPos + posU, false},
		{0, org*numPos + posB, false},
	}
	for _, tc := range tests {
		if got := out[tc.i]&(1<<tc.bit) != 0; got != tc.want {
			t.Errorf("%s: bit %d = %v, want %v", forms[tc.i], tc.bit, got, tc.want)
		}
	}
	// In a sentence written all in lower case, lower case is matched.
	lx.match(forms, out, true)
	if out[7]&(1<<(org*numPos+posB)) == 0 || out[8]&(1<<(org*numPos+posL)) == 0 {
		t.Errorf("home depot not matched in any case: %b %b", out[7], out[8])
	}
	// A fold's lexicon leaves out the names of its own sentences.
	if lx0 := buildLexicon(sents, gold, 0); len(lx0) != 1 {
		t.Errorf("fold 0 lexicon has %d names, want 1 (Bush only)", len(lx0))
	}
}
