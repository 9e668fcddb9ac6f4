// Package event is the pipeline stage that finds events in a doc.Doc and
// codes them in the PLOVER ontology (openeventdata/PLOVER): who did what
// to whom, where, when and how many.
//
// In: Doc.Text and Doc.Published and, when the earlier stages ran,
// Doc.Tokens and Doc.Sentences (segment), Token.Lemma/UPOS/XPOS/Head/Dep
// (syntax), Doc.Entities (entity), Doc.Attributions (attribution) and
// Doc.Claims (certainty). Out: Doc.Events, IDs "v1", "v2", ... in text
// order, each with its trigger span, PLOVER type and mode,
// actor/recipient/location entity IDs, time (internal/timex, against
// Doc.Published), quantity, the claim it is stated in (the smallest claim
// holding the trigger) and that claim's certainty ("certain" when it is
// in none), lowered for an act named by the infinitive of a verb that
// looks ahead to it ("encourage Tehran to detain": possible) or says it
// was not done ("failed to agree": doubtful).
//
// Triggers come from an embedded lexicon of general English verbs, nouns
// and phrases (lexicon.tsv, format at its top). A trigger noun that is the
// object of a support verb forms one event with it ("providing
// assistance", "imposed sanctions"), whose actor is the verb's.
//
// Arguments come from dependencies: actor = nsubj, the "by" agent of a
// passive, or the controller of a non-finite verb ("accused X of
// supporting Y": X; "started providing": the subject of "started");
// recipient = obj, nsubj:pass, iobj or "to X" for AID; location = "in/at/
// into/near X" naming a place; quantity = nummod on the actor, instrument
// or object ("12 tanks"); mode from the lexicon, "air" for an
// ASSAULT by aircraft, military/humanitarian/economic for AID from what is
// given. A nominal maps to an entity through a mention on its head or on a
// modifier ("Syrian tanks" → Syria). Where the parse has no
// argument for a role, or when the Doc has no dependencies (or no tokens)
// at all, the role is read by position in the clause instead, so the stage
// still yields events when earlier stages are missing or the parse fails.
// An event reported in an attribution's content takes its participants
// from that content only ("According to X, Y was attacked" does not make
// X the one attacked).
//
// Of two joined actors of an act done to each other (a clash, a fight,
// talks, an agreement) with no one else acted on, the second is the
// recipient ("Armenia and Azerbaijan clashed").
//
// Not coded as events: negated triggers ("did not attack"), acts whose
// subject or object is no one or nothing ("received no aid", "Nobody was
// detained"; "no fewer than 14" counts), triggers in
// the antecedent of a condition ("if X struck Y"), adjectival and
// noun-modifying participles without participants ("armed groups", "an
// organisation banned in X"), support verbs alone ("held", "launched"),
// material verbs without anything material ("provide details"), triggers
// whose lexicon entry needs a known actor and has none ("support",
// "kill"; unless a passive names who suffered it or the act is counted:
// "the strike killed 14 civilians"), and bare event nouns with no participant ("the talks ended").
//
// Limits: sentences longer than Options.MaxSentenceTokens (200) are not
// searched, with a diagnostic. One actor and one recipient per event: in
// "X and Y held talks" X is the actor and Y the recipient; in "X and Y
// attacked Z" only X is the actor.
package event
