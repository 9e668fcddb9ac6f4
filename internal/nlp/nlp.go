// Package nlp is Hearsay's linguistic layer behind one small interface:
// a sentence of word forms goes in, and lemmas, part-of-speech tags,
// labelled dependencies and IOB2 name tags come out, filled into the
// conllu.Sentence it is given.
//
// The trained models live in subpackages (tagger, depparse, ner) and are
// embedded in the binary; Load returns them ready to use.
package nlp

import "github.com/hearsaynews/hearsay/internal/conllu"

// Annotator fills Lemma, UPOS, XPOS, Head, Deprel and NER of every token of
// s from the token forms. It must be safe for concurrent use.
type Annotator interface {
	Annotate(s *conllu.Sentence)
}
