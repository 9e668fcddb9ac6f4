// Package certainty finds the claims of a document and how sure the text
// presents each one as being.
//
// In: a doc.Doc with Tokens, Sentences, the syntax layer and
// Attributions. Out: Doc.Claims (IDs "c1", "c2", ... in text order). Every
// attribution's content is a claim; so is each main clause of a sentence
// that no attribution covers (questions, headlines without final
// punctuation and footnotes are skipped), since the author asserts it.
//
// Each claim gets a certainty (certain, probable, possible, doubtful,
// conditional), a polarity, and as hedges the spans of the words that set
// them:
//
//   - modal verbs of the claim's own verb group: may, might, could →
//     possible; should → probable; would, will, must → certain (a
//     hypothetical "would" is caught by its if-clause);
//   - hedging adverbs and adjectives: perhaps, maybe, possibly → possible;
//     apparently, allegedly, reportedly, likely, probably, almost
//     certainly → probable; unlikely, doubtful, hardly → doubtful;
//   - raising frames around the claim: "it appears doubtful that X", "it is
//     unclear whether X", "there is no evidence that X", "it is not
//     excluded that X" (possible), "it is not clear whether X" (a negated
//     frame doubts), "X seems to" (the claim is then X alone);
//   - the attribution's cue: believing verbs (assume, believe, suspect)
//     make a claim probable, as does a cue adverb such as "indirectly"; a
//     negated cue other than a denial ("did not confirm", "could not be
//     verified") makes it doubtful, since the source does not vouch for it;
//   - conditionals: an if- or unless-clause makes the claim conditional
//     and is its hedge; so does one holding the report's cue ("If the
//     adviser finds that X": X is conditional);
//   - negation of the claim's verb group (not, never, no) or a negative
//     predicate with its "to" (unwilling to, unable to, refuse to, fail
//     to; "the talks will fail" asserts a failure), or a "no" right after
//     the verb group ("there are no plans"), makes the polarity negative;
//     "cannot but" is not a negation, nor a "no" that affirms ("no
//     doubt", "no secret"). The verb group takes a predicate adjective
//     after a linking verb ("remain unlikely to") and quotation marks
//     inside it (were "most likely" procured).
package certainty
