// Package entity is the pipeline stage that finds the actors and places a
// document talks about. It reads Doc.Text, Doc.Tokens (with UPOS, XPOS,
// Head, Dep and IOB2 NER tags when the syntax stage has run) and
// Doc.Sentences, and sets Doc.Entities: one Entity per real-world actor or
// place, IDs "e1", "e2", ... in order of first mention, each with all its
// mentions and their kinds:
//
//   - name: a proper name ("Ahmad Massoud", "Massoud", "CSTO");
//   - demonym: a nationality adjective standing for its state ("Pakistani
//     helicopters" → Pakistan);
//   - metonym: a capital standing for its government ("official Islamabad
//     accused", "Moscow could not but know", "as Moscow says"); a capital
//     used as a place ("in Kabul", "Officials in Kabul said") is a place
//     entity instead;
//   - descriptor: an appositive noun phrase naming a person's role ("the
//     leader of the front, NAME"); a state's adjective with a government
//     noun ("the Afghan government", "Kenyan authorities"), beside the
//     adjective's demonym mention; "the province", "the city" (and other
//     subdivision nouns) referring back to the one place of that kind
//     named in its sentence or the two before (none when two are); "the
//     government" or "the authorities" acting (outside quotations) for
//     the one state named in the two sentences before, none in its own;
//   - pronoun: he/she/his/her... outside quotations, only when exactly one
//     person is named (outside quotations) in its sentence and the one
//     before; when no one is named there, a pronoun of the same gender
//     linked in the three sentences before, with no one named since, or
//     the one person named in the latest of those sentences.
//
// Names are found as runs of capitalised proper-noun tokens (joined over
// "of" after heads such as "Republic", over possessives such as "People's",
// and over hyphens), helped by the name recogniser's tags when present and
// by gazetteers when not: internal/geo (countries, demonyms, capitals,
// places), internal/outlet (news outlets and outlet cues) and general
// lists of armed groups and of intergovernmental bodies (one body by name
// and acronym: "the Association of Southeast Asian Nations" ... "ASEAN"). Types: person, organization, outlet, country,
// place, group, other. Mentions of one actor are merged: a country with its
// demonyms, capital metonyms and official name; a person's full name with
// the surname and with variants sharing first and last name ("Jr."
// dropped); an organisation with the acronym defined after it in brackets
// and with its name stripped of a demonym prefix.
//
// A name is also typed by the words around it, whatever the recogniser
// made of it: an age set off after it makes a person ("Selin Yıldırımer,
// 31,"), as a role noun before it does ("Defence lawyer X") or a noun for
// a role or kin it is set off after ("Roussel's mother, Sylvie,"); a kind of
// business or body in an apposition or before it makes a body ("X, a
// Dubai company", "the advocacy group Justice for Myanmar"); a small word
// inside a title keeps it one body's name ("Doctors Without Borders",
// "Committee to Protect Journalists"). An outlet the registry lacks is
// typed by an apposition ending in "daily", "weekly" or "paper" ("Le
// Héraut, the Paris centre-left daily,"), by "the paper X" or "radio
// station X", and by a masthead word, also a foreign one joined to a place
// ("La Crónica de Madrid"); its short form ("the Corriere") is that paper
// before the registry's; a city before an outlet's head is where the
// outlet is ("the Medellín newspaper El Centinela"). The document's own
// outlet is known by its acronym too. An acronym in brackets after a
// body's name of several words is its acronym, also another language's
// ("State Committee for National Security (GKNB)").
//
// Country: a state's own name, demonym or capital gives its code; so does
// a state or place named inside a name ("Kyiv Post"), and, for a person,
// body, outlet or place whose name says none, its description: a state's
// adjective or possessive before a description of the name or right
// before it ("the Chinese foreign ministry spokeswoman Mao Ning",
// "Ethiopia's Amhara region"), the same in an apposition ("the GRU,
// Russia's military intelligence agency"), a seat of power before the
// description ("Kremlin spokesman Yevgeny Larin"), or a place before
// "-based"; for a body or outlet, a city before its description too ("the
// Kyiv newspaper Dniprovskyi Visnyk"), not for a person ("the Moscow
// correspondent John Smith").
// Not a language's adjective ("its French acronym", "a Russian-language
// channel", which are no mentions of the state at all), a state an expert
// studies ("a Lebanon specialist"), a sea, or a word for a kind of place
// or body inside a name ("Fergana Valley", "Gulf Policy Centre").
//
// Footnotes: a line starting with a marker ("*terrorist organization,
// banned in Russia") becomes a Designation on every entity whose name is
// followed by that marker ("Taliban*"), with the designating state taken
// from the note ("banned in Russia" → RU). Markers never enter names.
//
// A state's or capital's name the recogniser tags as a person ("Ankara",
// "Moscow's account", "Kenya will pay") stays the state or city unless
// the evidence for a person is strong: the person tag reaches past the
// name or another person-tagged name follows it; a person title stands
// before it; the word is part of a longer person name in the document;
// or it is a common given name (gofakeit's list) while the document
// names the state in no other way and no "it" follows it in the
// sentence. One person tag does not make "Georgia" a person; a missed
// tag does not split "Jordan Peterson ... Jordan said he". Party labels
// ("Republican Jane Doe") stand before names as titles do. A full name
// with another given name than one the entity already has ("Ivana Trump"
// beside "Donald Trump") starts a new person.
//
// When the name recogniser has run, a capitalised word it leaves untagged
// is kept only if a gazetteer or cue types it, or if it is a
// transliteration variant of a place in a state the document names
// ("Panjshir" for Panjshayr), or the surname of a person the recogniser
// named in full elsewhere ("Biden" opening a sentence after "Joseph R.
// Biden, Jr."). In a headline in title case only names typed
// by a gazetteer or cue are kept. The stage also works without any tags
// (worse): capitalisation and the gazetteers then carry the work.
//
// Limits: a name is at most Options.MaxNameTokens tokens; pronouns and
// descriptors are found by the narrow patterns above only.
package entity
