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
// every sentence of sents from the token forms. Sentences are independent:
// giving them in one call or one at a time yields the same columns, but one
// call lets each model run over all of them before the next starts, which
// keeps that model's weights in the processor's caches. It must be safe for
// concurrent use.
type Annotator interface {
	Annotate(sents []conllu.Sentence)
}
