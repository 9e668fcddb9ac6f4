// Package depparse is Hearsay's labelled dependency parser. A
// conllu.Sentence whose tokens carry Form, UPOS, XPOS and Lemma (as the
// tagger fills them) goes in; Head (1-based, 0 for the root) and Deprel of
// every token come out, forming one tree with exactly one root.
//
// The parser is greedy and transition-based: the arc-hybrid system
// (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the root at the bottom of
// the stack. One averaged perceptron chooses among SHIFT, LEFT and RIGHT
// from feature templates in the style of Zhang and Nivre (2011): words,
// tags and lemmas of the top of the stack and the front of the buffer,
// their leftmost and rightmost dependents and the labels of these,
// valencies, label sets and distances. A second perceptron labels each arc
// when it is made; by then the dependent's subtree is complete, so its
// dependents' labels are features. Training uses the dynamic oracle of
// Goldberg and Nivre (2012, 2013) with error exploration after the first
// epoch, so the parser learns to recover from its own mistakes. The oracle
// costs are computed against the gold heads directly, so non-projective
// training sentences are used as they are (their crossing arcs cannot be
// built and are lost). Training tags come from ten-fold jackknifing with
// package tagger, so the parser learns from tags as noisy as it will see.
// Two parsers are trained side by side on different orders of the
// sentences and their weights averaged (Options.Models), which gained on
// dev over one. The labeller then drops its weights near zero
// (Options.LabelSparsity), which makes labelling faster at no cost on dev.
//
// Typical use:
//
//	p, err := depparse.Read(f) // plain or gzip-compressed model file
//	...
//	p.Parse(&sent)
//
// Parsing takes time linear in the sentence length and has no length
// limit (tested with 5,000 words); a sentence with no tokens is left as it
// is. Parse is safe for concurrent use.
//
// The shipped model (internal/nlp/models/data/parser.bin.gz) is trained on
// the train and dev splits of UD English-EWT (CC BY-SA 4.0) together, with
// the zero Options (chosen on dev), by `hearsay train parser`; a model of
// the train split alone, for choosing settings on dev, comes from
// `hearsay train parser --dev-in-train=false` or, from this package,
//
//	HEARSAY_TRAIN_PARSER=1 go test ./internal/nlp/depparse -run TestTrainEWT -timeout 60m
//
// and scored on EWT with gold and predicted tags by
//
//	HEARSAY_EVAL_PARSER=1 go test ./internal/nlp/depparse -run TestEvalEWT -v
//
// Its speed is measured by `go test ./internal/nlp/depparse -bench ParseEWT`.
package depparse
