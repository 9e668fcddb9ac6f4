// Package attribution finds who says what in a document: acts of saying,
// reporting, believing, accusing, confirming and denying, each with its
// source, cue and content.
//
// In: a doc.Doc with Tokens and Sentences (segment), the syntax layer
// (Lemma, UPOS, XPOS, Head, Dep, NER) and, when present, Entities.
// Out: Doc.Attributions (IDs "a1", "a2", ... in text order of their cues)
// and Doc.Relays. Every span is a code-point span of Doc.Text.
//
// Each sentence is read twice: off its part-of-speech tags alone, and
// through its dependency tree. The tag reading wins and the tree fills what
// it leaves open (a source it could not find, a cue it could not place),
// because on news text a parser's attachment errors cost more than its
// gains where the tags already decide. A tree that breaks the basic shape
// of an English parse (plausibleParse) is not used at all. The rules never
// match on raw text, with one exception: the forms "says" and "said" in
// title case count as verbs whatever their tag, since headlines defeat
// the tagger; so does, in a title-case headline, a cue verb's present
// or base form right after a name or a noun that can name a source
// ("Senator Calls for ...", "Report Reveals ..."). Where the lemmatiser slips on a regular form ("declined" →
// "declin"), the cue lexicon is looked up through the form's regular
// inflections.
//
// Mechanisms:
//
//   - cue verbs from a general English lexicon (lexicon.go) with a "that"
//     clause, a bare clause, a quotation, a colon, a parenthetical or
//     sentence-final position ("..., the author continues, ...", "...,
//     the article concludes."), or for some verbs an object ("accused X
//     of Y", "denied the report"), an infinitive ("vowed to resign"), a
//     prepositional object ("called for X") or an anaphoric passive subject
//     ("This was confirmed by X"); manner adverbs belong to the cue
//     ("indirectly confirmed");
//   - verbs of telling (tell, inform, assure, warn, remind, notify,
//     advise, promise) take the hearer as object, which is neither
//     content nor source: "told reporters that X", "told reporters X",
//     "X, she told Reuters." (addresseeAfter in tags.go);
//   - weak cues ("find", "show", "add", "know", "feel" ...) only with a
//     clause: a "that" clause, a quotation, or in the tree a bare clause
//     with its own subject and finite verb ("found the pipes were
//     corroded"); "find" and "show" also with an object when a document
//     or evidence is their subject ("the poll shows X ahead");
//   - "according to X", whose content is the clause it modifies, and
//     likewise "as reported by X, ..." and "..., as X noted" (verbs of
//     reporting only: "as he spoke" is a time);
//   - nouns of saying with a "that" clause ("the minister's claim that X")
//     and nouns of stance with their preposition ("criticism of X",
//     "support for X", "calls for X"), nouns.go;
//   - a sentence-opening "In" phrase headed by a document, poll or
//     someone's words or view ("In a survey released Monday, X"), when the
//     clause after it has no cue verb of its own (inphrase.go);
//   - verbs that take their content through one preposition of their own
//     only ("referred to X", "pointed to X", "responded to X", ownPrep in
//     cues.go);
//   - adjectives of stance after "be" with their preposition ("has been
//     critical of X", "were worried about X"), adjectives.go;
//   - a participle "asked" opening a clause: the question is the content
//     ("Asked whether X, she ...", "When asked about X, he ...");
//   - "see" and "attack" only in their senses of holding a view ("sees X
//     as Y") and of attacking in words (a person as object, or a reason
//     after it: "attacked X for Y");
//   - an object read off the tags ends where the clause goes on past it
//     (a coordinated verb, ", saying ...", a bare "Saturday" or "last
//     week"), but not at a comma between adjectives of one noun ("its
//     important, oil-rich ally"), at a currency sign ("the $1.1
//     billion plan"), a city's state set off by commas ("Tulsa, Okla.,
//     police officer") nor before ", including X" or ", such as X", an
//     aside set off by
//     commas after which the cue's complement goes on ("accused X, who
//     ..., of Y") or a second gerund ("proposed cutting taxes and raising
//     spending");
//   - a quotation right after the cue that a conjunction, a noun phrase
//     and a verb follow begins the subject of the reported clause (said
//     “budget reforms” and new taxes would pay for it); a gerund that is
//     the subject of a clause after a comma does not end a content;
//   - a content ends before ", but" and a clause with a subject of its
//     own, however long; what a cue in a relative clause set off by
//     commas reports ends where the main clause goes on with its verb
//     ("Apple, which contended that X, is ...");
//   - a quotation the writer's words run into ("The plan “is a
//     mistake,” she said") gives the whole clause as content;
//   - raising verbs read from the tree ("X seems to Y", "X is expected to
//     Y", raising.go): no source, and the content is the whole clause,
//     subject and cue included;
//   - quotations (quotes.go): a quotation next to its cue is the content,
//     and it carries on across the sentence that names the speaker
//     (“...,” she said. “...”; “...,” he said when asked about X. “...”)
//     and over the following paragraphs that are quoted words only and
//     name no speaker of their own; a quotation that makes up the
//     sentence after an indirect content goes on with it ("She said that
//     X. “...”"); a quotation
//     before a cue that has a clause or object of its own after it (“...”
//     He said that ...) is not that cue's content, nor is one before a
//     cue set in a clause of its own sentence ("To prevent that, he
//     said, officials must act."); a quotation that opens the next
//     sentence is no part of a content that ends before it; whom a
//     question was put to is no content (“...?” she asked the minister.);
//     a cue inside a quotation reports only what the quotation holds;
//   - a content its own cue and source interrupt is given in parts
//     (Attribution.ContentParts), the frame left out: between two
//     quotations everything from the end of the first to the start of
//     the second (“...,” said Smith, a spokesman. “...”), elsewhere the
//     cue, the source and the punctuation around them ("The plan, he
//     said, will fail");
//   - a cue in a clause that opens its sentence ("While X said Y, Z
//     ...", "Saying Y, Z ...") reports nothing of the main clause after it;
//   - pro-forms stand for what was said ("said so", "said the same of
//     X"), and verbs that say something of their object take object and
//     predicate together ("called the plan a disaster", "consider him
//     honest");
//   - "citing X" / "quoting X" set off from a report names the source the
//     report was taken from: X becomes a link of the chain, with the
//     report's content and the report as parent (citing.go); a reason
//     cited ("citing legal risks") is what was said;
//   - agentless passives of saying and believing ("X is said to Y", "X
//     is widely believed to Y", "X is accused of Y"), read from the tree
//     like raising verbs (raising.go); ", a charge the ministry denies"
//     denies the accusation before it, with "a charge" as an anaphoric
//     content; a gerund clause is what is denied or admitted ("denied
//     losing the city");
//   - stating a figure: "X put the death toll at 12" (figures.go);
//   - a relative clause whose subject is reported ("a bill that Democrats
//     said would protect voting rights") gives the relative clause as
//     content, source and cue inside it, and with no relative word ("the
//     money he said was stolen") the content begins with the noun the
//     clause hangs on; "As X notes, CLAUSE" reports the
//     main clause; "X was quoted (by Y) as saying" gives X and the whole
//     frame as cue;
//   - the subject of a participle (", adding that ...") or of a verb
//     joined to another ("said X, but warned that ...") is that of the
//     main clause, skipping quotations, subordinate and relative clauses
//     and asides between dashes; an aside between dashes ("Trump - who
//     said X - said Y") ends what it reports at the closing dash;
//   - when and how something was said is no content: a bare day after
//     the cue ("said Friday the plan would fail", "“...,” he said Friday
//     as he left"), a time before "that" or a quotation ("warned this
//     week that", "said last week on CNN “...”"), a medium before "that"
//     ("wrote on Telegram that"), "on condition of anonymity"; nor is it
//     part of the source ("The senator this week said");
//   - stance verbs whose object is an armed group ("supported the
//     rebels") name material support, an event, not a position; "ruled
//     out" rules nothing; "Having said that," and "That said," connect;
//   - a participle that describes the noun before it ("the ceasefire
//     announced on Monday will hold") reports nothing;
//   - a cue whose source cannot be found is kept only where its frame is
//     specific ("urged X to Y", "called for X", "X that CLAUSE") and the
//     tree reading finds no source either (keepUnsure in cues.go);
//   - a content after its cue ends before a phrase of time or occasion
//     hung on the cue ("praised the deal after the vote", "denied it
//     during a rally"), read off the tree, or off the tags when the
//     content is an object and no clause (adjunctMarks in cues.go);
//   - speaker labels of transcripts and headlines ("SMITH: ...", "CNN
//     President On Trump: ...", "Poll: ..." over a title-case line) and
//     bylines under a quotation ("― Jane Roe") (speaker.go);
//   - the speaker named again after a quotation that ends a content ("X
//     said that Y “...,” he said.") is no part of that content;
//   - a phrase of circumstance after a parenthetical cue ("Nine people
//     were killed, officials said, in the worst flare-up since 2022") is
//     the writer's, no part of what was said; a count of occasions
//     ("viewed four million times") and a clause joined by "and" right
//     after a cue that took no complement ("Russia voted against and
//     China abstained") are no content;
//   - nesting: an attribution whose cue lies inside another's content (in
//     one of its parts) gets that one as Parent; what someone told an
//     outlet, said as it quoted, cited or consulted them, or said speaking
//     to it, hangs from that outlet's latest report;
//   - anaphora: a content such as "This" refers to the attribution before;
//   - relays (relay.go): a document that retells another publication's
//     article (or an outlet's: "The newspaper X wrote that ..."); "the
//     author" and "the article" then stand for that outlet, and what the
//     retold text says gets the opening attribution as Parent;
//   - dates of the act ("said on May 8") through package timex, against
//     Doc.Published; a time in the clause reported, after its verb, dates
//     what was said, not the saying; what the same speaker added next
//     takes the date of the report before it.
//
// Cue verbs the tagger read as nouns are verbs after their subject where
// a noun could not stand (tree.go, verbAt): "records show that ...", "It
// also points out that ...", "1 percent support Jill Stein", "data from
// the survey show that ...", "documents show he took ..."; names joined
// by "and" and shares take a plural verb ("China and Russia support ...").
//
// Source kinds (person, outlet, document, author, group, unnamed) come from
// the source's head noun and its entity (sources.go). A source no name
// identifies is unnamed: "officials", "sources familiar with the
// matter", "available data", and one person described but not named ("a
// Western diplomat", "one of them"); "the minister" refers to someone
// the reader knows and stays a person. A source taken up by its noun
// ("The spokesperson added", "The source said", "According to the
// channel") keeps the entity of the one it takes up, "it" that of the
// body, outlet or state that spoke last; a source the headline or the
// lead names by what it is ("Qatari broadcaster says") takes the entity
// of the first source after it of that noun that is named; what is
// named in a relative clause on the source ("a diplomat who spoke to
// Reuters") is not the source.
//
// Limits: sentences longer than Options.MaxSentenceTokens are skipped; a
// relay must open within Options.RelayWindow sentences.
package attribution
