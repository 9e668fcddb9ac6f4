package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		labels string
		want   []Span
	}{
		{"O B-PER I-PER O", []Span{{1, 3, "PER"}}},
		{"B-LOC B-LOC", []Span{{0, 1, "LOC"}, {1, 2, "LOC"}}},
		{"O I-ORG I-ORG", []Span{{1, 3, "ORG"}}},
		{"B-PER I-ORG", []Span{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"O O", nil},
	}
	for _, tc := range tests {
		got := Spans(strings.Fields(tc.labels))
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %v, want %v", tc.labels, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: got %v, want %v", tc.labels, got, tc.want)
			}
		}
	}
}

func TestNamesScoresExactSpansPerType(t *testing.T) {
	n := NewNames([]string{"PER", "LOC", "ORG"})
	// gold: PER(0-2), LOC(3), OTH ignored; pred: PER(0-1) wrong boundary, LOC(3) right, ORG(5) spurious.
	n.AddLabels(strings.Fields("B-PER I-PER O B-LOC B-OTH O"), strings.Fields("B-PER O O B-LOC O B-ORG"))
	if got := *n.ByType["PER"]; got != (PRF{0, 1, 1}) {
		t.Errorf("PER = %+v", got)
	}
	if got := *n.ByType["LOC"]; got != (PRF{1, 0, 0}) {
		t.Errorf("LOC = %+v", got)
	}
	if got := *n.ByType["ORG"]; got != (PRF{0, 1, 0}) {
		t.Errorf("ORG = %+v", got)
	}
	o := n.Overall()
	if o != (PRF{1, 2, 1}) || math.Abs(o.F1()-0.4) > 1e-9 {
		t.Errorf("overall = %+v F1 %.3f, want 1/2/1 F1 0.4", o, o.F1())
	}
}

func TestTaggingCountsColumns(t *testing.T) {
	gold := []conllu.Sentence{{Tokens: []conllu.Token{
		{Form: "He", UPOS: "PRON", XPOS: "PRP", Lemma: "he", Head: 2, Deprel: "nsubj"},
		{Form: "ran", UPOS: "VERB", XPOS: "VBD", Lemma: "run", Head: 0, Deprel: "root"},
	}}}
	pred := []conllu.Sentence{{Tokens: []conllu.Token{
		{Form: "He", UPOS: "PRON", XPOS: "PRP", Lemma: "he", Head: 2, Deprel: "nsubj:pass"},
		{Form: "ran", UPOS: "NOUN", XPOS: "VBD", Lemma: "ran", Head: 1, Deprel: "root"},
	}}}
	var tg Tagging
	if err := tg.Add(gold, pred); err != nil {
		t.Fatal(err)
	}
	if tg.UPOSAcc() != 0.5 || tg.XPOSAcc() != 1 || tg.LemmaAcc() != 0.5 || tg.UAS() != 0.5 || tg.LAS() != 0.5 {
		t.Errorf("got %+v", tg)
	}
	if err := tg.Add(gold, nil); err == nil {
		t.Error("mismatched sentence counts accepted")
	}
}
