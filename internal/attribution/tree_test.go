package attribution

import (
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"

	"github.com/hearsaynews/hearsay/internal/attribution/attrtest"
)

// TestPlausibleParse checks that a sane tree passes and that the shapes of
// a broken parser (every word hanging from the one before, punctuation as
// a content relation) are set aside.
func TestPlausibleParse(t *testing.T) {
	d, err := attrtest.Load("testdata", "nested-accusation", true)
	if err != nil {
		t.Fatal(err)
	}
	s := d.Sentences[0]
	if !plausibleParse(d, s) {
		t.Fatal("a sane tree was rejected")
	}
	chain := *d
	chain.Tokens = append(chain.Tokens[:0:0], d.Tokens...)
	for i := s.First + 1; i < s.End; i++ {
		chain.Tokens[i].Head = i - 1
	}
	if plausibleParse(&chain, s) {
		t.Error("a chain of heads was accepted")
	}
	punct := *d
	punct.Tokens = append(punct.Tokens[:0:0], d.Tokens...)
	for i := s.First; i < s.End; i++ {
		if punct.Tokens[i].UPOS == "DET" || punct.Tokens[i].UPOS == "ADP" {
			punct.Tokens[i].Dep = "punct"
		}
	}
	if plausibleParse(&punct, s) {
		t.Error("determiners and prepositions attached as punctuation were accepted")
	}
	// The sentence view built on the broken tree reads tags only.
	sv := newSentence(&chain, 0, 0)
	if sv.parsed || sv.head(s.First+3) != -1 {
		t.Errorf("implausible tree still in use: parsed=%v head=%d", sv.parsed, sv.head(s.First+3))
	}
	if f := newSentence(d, 0, 0).flat(); f.parsed || f.head(s.First+1) != -1 || d.Tokens[s.First+1].Head < 0 {
		t.Error("flat view must drop the tree without touching the Doc")
	}
}

// TestLexLemma checks that cue verbs are found through their form when the
// lemmatiser slips, and that other words are not.
func TestLexLemma(t *testing.T) {
	cases := []struct {
		form, lemma, xpos, want string
	}{
		{"declined", "declin", "VBD", "decline"},
		{"denied", "deny", "VBD", "deny"},
		{"denied", "denie", "VBD", "deny"},
		{"warns", "warn", "VBZ", "warn"},
		{"urging", "urg", "VBG", "urge"},
		{"said", "said", "VBD", "say"},
		{"walked", "walk", "VBD", ""},
		{"declined", "declin", "JJ", ""},
	}
	for _, c := range cases {
		tok := &doc.Token{Text: c.form, Lemma: c.lemma, XPOS: c.xpos}
		if got := lexLemma(tok); got != c.want {
			t.Errorf("%s/%s/%s: got %q, want %q", c.form, c.lemma, c.xpos, got, c.want)
		}
	}
}
