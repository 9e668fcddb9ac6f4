// Package segment splits the text of a doc.Doc into tokens and sentences.
// It reads Doc.Text and sets Doc.Tokens (Span in code points, Text, Sent,
// Head = -1) and Doc.Sentences (Span, First, End).
//
// Tokens follow the conventions of the Universal Dependencies English Web
// Treebank, which Hearsay's tagger and parser are trained on: punctuation,
// quotes, brackets, dashes and footnote stars are tokens of their own;
// clitics are split ("don't" → "do" "n't", "it's" → "it" "'s",
// "Bush's" → "Bush" "'s"); abbreviations and initials keep their period
// ("Gen.", "U.S.", "J."); numbers keep their commas and decimal points
// ("1,000", "3.5") but not their currency or percent signs; URLs and e-mail
// addresses stay whole; hyphenated compounds are split ("search - engine",
// "COVID - 19", "1990 - 2000") unless the first part is a bound prefix
// ("intra-Afghan", "e-mail", "co-workers", "mid-2004") or the whole is a
// phone number, postcode or numeric date ("713-853-3989", "11-20-2000").
//
// Measured against the UD English-EWT test set (see ewt_test.go), token F1
// is 0.989 (0.998 on its weblog part, the closest to news).
//
// Sentences end at terminal punctuation (with any closing quotes and
// brackets that follow it), unless a comma or other continuing
// punctuation follows, or a quotation closes and a lower-case word or,
// after a question or exclamation mark, a short attribution follows
// (“Why?” he asked. “Why?” Mr. Smith asked.; but “... change.” She adds,
// “...” is two sentences);
// at an abbreviation or initial only when the next word is one that
// typically starts a sentence ("in the U.S. The army" but "U.S. Army");
// never after a title ("Gen.", "Mr."); at blank lines; and at single line
// breaks unless the text is hard-wrapped prose (then only before a short
// line's successor or a list item). A run longer than
// Options.MaxSentenceTokens is cut, with a diagnostic.
//
// Every rune of the text that is not white space lies in exactly one token,
// tokens are in text order, and sentences partition the tokens.
package segment
