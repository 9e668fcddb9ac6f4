package entity

import (
	"github.com/hearsaynews/hearsay/internal/outlet"
	"slices"
	"strings"

	fakedata "github.com/brianvoe/gofakeit/v7/data"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/geo"
)

// givenNames are common given names, lower case. gofakeit's person list is
// the maintained module of English given names at hand (the name
// recogniser reads the same list); it holds common US names, which is
// enough to tell that "Jordan" or "Kenya" may be a person while "Ankara"
// and "Moscow" are not.
func givenNames() map[string]bool {
	m := make(map[string]bool, len(fakedata.Person["first"]))
	for _, n := range fakedata.Person["first"] {
		m[lower(n)] = true
	}
	return m
}

// personNames collects the words of the person names of two words or
// more that the recogniser tagged ("Joseph R. Biden", "Martin Luther
// King Jr."), and their last words, the surnames. They let a word the
// recogniser leaves untagged, or the tagger calls a noun, still be that
// person ("King spoke" after "Martin Luther King Jr.").
func (a *analyzer) personNames() {
	a.personWords, a.surnames = map[string]bool{}, map[string]bool{}
	for i := 0; i < len(a.toks); {
		if _, t := a.ner(i); t != "PER" {
			i++
			continue
		}
		j := i + 1
		for j < len(a.toks) && a.sentOf[j] == a.sentOf[i] {
			if b, t := a.ner(j); b != 'I' || t != "PER" {
				break
			}
			j++
		}
		text := a.d.Slice(a.span(i, j))
		_, isState := geo.ByName(text)
		_, isCapital := geo.ByCapital(text)
		if words := a.personTokens(i, j); len(words) >= 2 && !isState && !isCapital {
			for _, w := range words {
				// Initials ("R.") say nothing about other mentions.
				if len([]rune(strings.TrimSuffix(w, "."))) > 1 {
					a.personWords[w] = true
				}
			}
			a.surnames[words[len(words)-1]] = true
			// A hyphened surname also stands whole: "Shimabukuro-Tanaka"
			// of "Yumiko Shimabukuro-Tanaka".
			k := j - 1
			for k-2 >= i && a.toks[k-1].Text == "-" && a.adjacent(k-2) && a.adjacent(k-1) {
				k -= 2
			}
			if k < j-1 {
				a.surnames[lower(a.d.Slice(a.span(k, j)))] = true
			}
		}
		i = j
	}
}

// partyHeads end the names of political bodies (see survey).
var partyHeads = set("party", "alliance", "coalition", "bloc", "union")

// survey gathers, before any run is typed, the document-wide evidence that
// decides whether a gazetteer name the recogniser tagged as a person is
// one: the words of the longer person names in the document, the
// gazetteer names it uses without a person tag, and the states it names
// by another form (official name, adjective, an untagged mention). One
// sense per document is the rule a lone tag is weighed against. It also
// gathers the names a body's head or an outlet cue types somewhere
// ("Georgian Dream party", "the newspaper Kommersant"), which name that
// body wherever they stand.
func (a *analyzer) survey(runs [][2]int) {
	a.geoWords = map[string]bool{}
	a.statesNamed = map[string]bool{}
	a.bodyNames = map[string]string{}
	a.outletNames = map[string]bool{}
	a.outletShort = map[string]string{}
	for _, r := range runs {
		first, end := r[0], r[1]
		text := a.d.Slice(a.span(first, end))
		if cue := a.outletCue(first, end); cue || outlet.HasMasthead(text) {
			if cue {
				a.outletNames[lower(text)] = true
			}
			// "Le Veilleur de Ouaga", later "Le Veilleur": the words
			// before a connector name the outlet for short.
			for k := first + 2; k < end-1; k++ {
				if outletConnectors[lower(a.toks[k].Text)] {
					a.outletShort[lower(a.d.Slice(a.span(first, k)))] = text
					// ("the Corriere" of "Il Corriere del Tevere".)
					if k == first+2 && foreignArticles[lower(a.toks[first].Text)] {
						a.outletShort[lower(a.toks[first+1].Text)] = text
					}
					break
				}
			}
		}
		if end < a.sentEnd(first) && end-first > 1 {
			// Not the heads a person's name takes for the body he leads
			// ("the Joe Biden administration").
			if h := a.toks[end].Text; h == lower(h) && a.toks[end].UPOS == "NOUN" && (groupHeads[h] || partyHeads[h]) {
				a.bodyNames[lower(text)] = h
			}
		}
		nt := a.nerType(first, end)
		c, isState := geo.ByName(text)
		_, isCapital := geo.ByCapital(text)
		switch {
		case isState && (end-first > 1 || nt != "PER"):
			a.statesNamed[c.A2] = true
			a.geoWords[lower(text)] = true
		case isCapital && nt != "PER":
			a.geoWords[lower(text)] = true
		}
		// "Kenyan officials", "Kenyan President William Ruto".
		if d, ok := geo.ByDemonym(a.word(first)); ok {
			a.statesNamed[d.A2] = true
		}
	}
}

// isPerson decides whether the gazetteer name first..end, of state a2 or
// of its capital, which the recogniser tagged nt, names a person. With a
// person tag that needs evidence (personEvidence). Without one, a word of
// a person named in full elsewhere in the document is still that person
// when it is the subject and a "he" or "she" follows in its sentence
// before any "it" ("Jordan Peterson ... Jordan said he would"), since
// one person tag missed should not split the person.
func (a *analyzer) isPerson(first, end int, nt, a2 string) bool {
	if nt == "PER" {
		return a.personEvidence(first, end, a2)
	}
	if end-first != 1 || !a.personWords[lower(a.word(first))] {
		return false
	}
	if a.hasDeps && a.toks[first].Dep != "nsubj" {
		return false
	}
	return a.pronounAfter(end) == "person"
}

// pronounAfter is "person" or "thing" by the first of he/she/his/her...
// or it/its after token end in its sentence, "" when there is none.
func (a *analyzer) pronounAfter(end int) string {
	if end >= len(a.toks) {
		return ""
	}
	for k := end; k < a.sentEnd(end-1); k++ {
		switch lower(a.toks[k].Text) {
		case "it", "its", "itself":
			return "thing"
		case "he", "she", "his", "her", "him", "himself", "herself":
			return "person"
		}
	}
	return ""
}

// personEvidence decides whether the gazetteer name first..end (a state
// or a capital of state a2), which the recogniser tagged as a person, is
// a person. A lone tag is not enough: the recogniser often tags a
// capital that acts ("Moscow's account") as a person. The evidence
// that counts, strongest first:
//
//   - the recogniser's person span reaches past the name, or another
//     person-tagged name follows right after it ("Jordan | Peterson"
//     split into two runs);
//   - a person title or role noun right before it ("spokeswoman Georgia");
//   - the word is part of a longer person name elsewhere in the document
//     ("Georgia Meloni ... Georgia said");
//   - it is a common given name, and the document neither names the
//     state by another form or untagged, nor refers to it as "it"
//     after it in the sentence.
func (a *analyzer) personEvidence(first, end int, a2 string) bool {
	sf, se := a.sentFirst(first), a.sentEnd(first)
	if end < se && isCap(a.toks[end].Text) && !titles[lower(a.word(end))] {
		if _, t := a.ner(end); t == "PER" {
			return true
		}
	}
	if first > sf && a.toks[first].NER == "I-PER" && isCap(a.toks[first-1].Text) {
		if _, t := a.ner(first - 1); t == "PER" {
			return true
		}
	}
	if first > sf && personTitles[lower(a.word(first-1))] {
		return true
	}
	if end-first != 1 {
		return false
	}
	w := lower(a.word(first))
	if a.personWords[w] {
		return true
	}
	if !a.s.given[w] || a.statesNamed[a2] || a.geoWords[w] {
		return false
	}
	return a.pronounAfter(end) != "thing"
}

// govNouns after a state's adjective make the phrase stand for the state:
// "the Afghan government", "Kenyan authorities".
var govNouns = set("government", "governments", "authorities", "administration", "regime", "leadership")

// placeNouns after a capital's possessive make it the city, not the
// state: "Moscow's streets", "Kabul's airport".
var placeNouns = set("streets", "street", "suburbs", "suburb", "outskirts", "centre", "center", "downtown",
	"airport", "airports", "residents", "inhabitants", "population", "mayor", "city", "metro",
	"subway", "skyline", "districts", "district", "neighbourhoods", "neighborhoods", "hospitals",
	"schools", "markets", "river", "port", "parks", "squares", "traffic", "weather", "air")

// placeAnaphors are the nouns that, after "the", refer back to a place of
// their kind named just before: "Panjshir ... weapons were shipped to the
// province".
var placeAnaphors = set("province", "region", "city", "district", "county", "oblast", "governorate",
	"prefecture", "municipality", "canton")

// anaphorWindow is how many sentences back, besides its own, "the
// province" looks for its place.
const anaphorWindow = 2

// kindFits reports whether a place of the given kind can be called noun.
func kindFits(noun, kind string) bool {
	if kind == "" {
		return false
	}
	if noun == "city" {
		return kind == "city" || kind == "capital"
	}
	return kind == noun || strings.HasSuffix(kind, " "+noun)
}

// placeAnaphora adds "the province" (and the like) as a descriptor of the
// place of that kind named last, in its sentence or the two before, when
// exactly one such place is named there; with two candidates the phrase
// is left alone rather than guessed. "the province of X" and "the city
// council" are not anaphors.
func (a *analyzer) placeAnaphora(ents []*ent, cands []cand) {
	for i := 1; i < len(a.toks); i++ {
		noun := lower(a.toks[i].Text)
		if !placeAnaphors[noun] || isCap(a.toks[i].Text) || lower(a.toks[i-1].Text) != "the" ||
			a.sentOf[i-1] != a.sentOf[i] {
			continue
		}
		if i+1 < a.sentEnd(i) {
			nx := a.toks[i+1]
			if lower(nx.Text) == "of" || isCap(nx.Text) || nx.UPOS == "NOUN" || nx.UPOS == "PROPN" {
				continue
			}
		}
		a.referBack(ents, cands, i, func(c cand) bool {
			return a.sentOf[c.first] >= a.sentOf[i]-anaphorWindow && ents[c.ent].typ == doc.EntityPlace && kindFits(noun, c.placeKind)
		})
	}
}

// referBack adds "the NOUN" ending at token i as a descriptor of the one
// entity that a name before it, for which fits holds, names; with two
// such entities the phrase is left alone rather than guessed.
func (a *analyzer) referBack(ents []*ent, cands []cand, i int, fits func(cand) bool) {
	a.referBackTo(ents, cands, i, i+1, fits)
}

// referBackTo is referBack for the phrase from "the" to token end
// (exclusive): "the coast guard".
func (a *analyzer) referBackTo(ents []*ent, cands []cand, i, end int, fits func(cand) bool) {
	who := -1
	for _, c := range cands {
		if c.first >= i-1 {
			break
		}
		if c.kind != doc.MentionName || !fits(c) {
			continue
		}
		if who >= 0 && who != c.ent {
			return
		}
		who = c.ent
	}
	if who >= 0 {
		sp := doc.Span{Start: a.toks[i-1].Span.Start, End: a.toks[end-1].Span.End}
		ents[who].mentions = append(ents[who].mentions, doc.Mention{Span: sp, Kind: doc.MentionDescriptor})
	}
}

// actorAnaphors are the nouns that, after "the", refer back to an actor
// of a type they name: "Hezbollah denied firing the rockets. ... the
// group said".
var actorAnaphors = map[string][]string{
	"group": {doc.EntityGroup, doc.EntityOrganization}, "militia": {doc.EntityGroup},
	"movement": {doc.EntityGroup, doc.EntityOrganization}, "faction": {doc.EntityGroup},
	"organisation": {doc.EntityGroup, doc.EntityOrganization}, "organization": {doc.EntityGroup, doc.EntityOrganization},
	"bloc": {doc.EntityOrganization}, "alliance": {doc.EntityOrganization, doc.EntityGroup},
	"party":     {doc.EntityOrganization, doc.EntityGroup},
	"newspaper": {doc.EntityOutlet}, "paper": {doc.EntityOutlet}, "daily": {doc.EntityOutlet},
	"weekly": {doc.EntityOutlet}, "channel": {doc.EntityOutlet}, "broadcaster": {doc.EntityOutlet},
	"outlet": {doc.EntityOutlet}, "website": {doc.EntityOutlet}, "magazine": {doc.EntityOutlet},
	"tabloid": {doc.EntityOutlet}, "publication": {doc.EntityOutlet}, "portal": {doc.EntityOutlet},
}

// nameWindow is how many sentences back, besides its own, "the
// ministry" looks for a body whose name it shortens ("the Health
// Ministry"): a noun of the name itself is sure enough to look further
// than a noun for a kind.
const nameWindow = 4

// governmentAnaphora adds "the government" or "the authorities" that
// acts, as the subject of its clause ("Benin held its election on
// Sunday ... The government denied ordering any restriction"), as a
// descriptor of the one state the text names, in any form, in the
// anaphorWindow sentences before its own; with two states there, or
// one in its own sentence, it is left alone ("an Armenian official ...
// said the authorities cannot check", "Russia withdrew its envoy when
// the government expelled two diplomats"), and so is "the government"
// that is not the actor ("consults for the government").
func (a *analyzer) governmentAnaphora(ents []*ent, cands []cand) {
	quoted := a.quoted()
	for i := 1; i < len(a.toks); i++ {
		t := a.toks[i]
		// (In a quotation it is the speaker's own government: "'The
		// government takes every indication seriously,' a Czech
		// official said" after a Russian campaign.)
		if w := lower(t.Text); w != "government" && w != "authorities" || quoted[i] || lower(a.toks[i-1].Text) != "the" || a.sentOf[i-1] != a.sentOf[i] ||
			!strings.HasPrefix(t.Dep, "nsubj") || i+1 < a.sentEnd(i) && a.nounGoesOn(i+1) {
			continue
		}
		state := -1
		for _, c := range cands {
			if c.first >= i-1 {
				break
			}
			if back := a.sentOf[i] - a.sentOf[c.first]; back > anaphorWindow || ents[c.ent].typ != doc.EntityCountry {
				continue
			}
			// A state in its own sentence is another's more often than
			// not: "Russia withdrew its envoy when the government
			// expelled two diplomats".
			if state >= 0 && state != c.ent || a.sentOf[c.first] == a.sentOf[i] {
				state = -2
				break
			}
			state = c.ent
		}
		if state >= 0 {
			sp := doc.Span{Start: a.toks[i-1].Span.Start, End: t.Span.End}
			ents[state].mentions = append(ents[state].mentions, doc.Mention{Span: sp, Kind: doc.MentionDescriptor})
		}
	}
}

// actorAnaphora adds "the group", "the ministry", "the senator" (and the
// like) as a descriptor of the one actor they can refer back to: an
// actor of the type the noun names ("the group", "the newspaper") named
// in its sentence or the two before; a body or outlet whose name has the
// noun as its head ("the ministry" for "the Health Ministry" or "the
// Ministry of Health") in its sentence or the four before; or a person
// with the noun as a title before the name ("the senator" for "Senator
// Jane Whitcomb") in its sentence or the two before. With two such
// actors the phrase is left alone rather than guessed; a noun with a
// modifier or complement after it ("the group of lawmakers", "the party
// leader") is no anaphor.
func (a *analyzer) actorAnaphora(ents []*ent, cands []cand) {
	for i := 1; i < len(a.toks); i++ {
		t := a.toks[i]
		noun := lower(t.Text)
		// ("the militant group": an adjective before a noun for a kind
		// of actor.)
		kindAfter := t.UPOS == "ADJ" && i+1 < a.sentEnd(i) && actorAnaphors[lower(a.toks[i+1].Text)] != nil
		if isCap(t.Text) && !a.sentStart[i] || lower(a.toks[i-1].Text) != "the" || a.sentOf[i-1] != a.sentOf[i] ||
			a.hasPOS && t.UPOS != "NOUN" && t.UPOS != "PROPN" && !kindAfter || placeAnaphors[noun] {
			continue
		}
		if i-1 > 0 && a.sentOf[i-2] == a.sentOf[i] {
			// "of the group" inside a name ("Friends of the Earth"), and
			// a predicate ("should Clinton become the nominee"), which
			// refers to no one.
			if p := a.toks[i-2]; isCap(p.Text) && !a.sentStart[i-2] || p.UPOS == "AUX" || lower(p.Lemma) == "become" || lower(p.Lemma) == "remain" {
				continue
			}
		}
		if i+1 < a.sentEnd(i) {
			nx := a.toks[i+1]
			// "the coast guard", "the defence ministry": the last two
			// words of a body's name, written small, refer back to it.
			if (nx.UPOS == "NOUN" || nx.UPOS == "PROPN") && !isCap(nx.Text) && (t.UPOS == "NOUN" || t.UPOS == "PROPN" || kindAfter) && !isCap(t.Text) && (i+2 >= a.sentEnd(i) || !a.nounGoesOn(i+2)) {
				phrase := noun + " " + lower(nx.Text)
				// ("the rights group", "the aid group": a word for the
				// kind of actor after what it does.)
				kinds := actorAnaphors[lower(nx.Text)]
				a.referBackTo(ents, cands, i, i+2, func(c cand) bool {
					typ := ents[c.ent].typ
					back := a.sentOf[i] - a.sentOf[c.first]
					if kinds != nil && back <= anaphorWindow && slices.Contains(kinds, typ) {
						return true
					}
					return back <= nameWindow && (typ == doc.EntityOrganization || typ == doc.EntityGroup || typ == doc.EntityOutlet) &&
						(lower(c.text) == phrase || strings.HasSuffix(lower(c.text), " "+phrase))
				})
				continue
			}
			if isCap(nx.Text) || a.nounGoesOn(i+1) {
				continue
			}
		}
		types := actorAnaphors[noun]
		a.referBack(ents, cands, i, func(c cand) bool {
			back := a.sentOf[i] - a.sentOf[c.first]
			if back > nameWindow {
				return false
			}
			switch typ := ents[c.ent].typ; {
			case types != nil:
				return back <= anaphorWindow && slices.Contains(types, typ)
			case typ == doc.EntityPerson:
				return back <= anaphorWindow && c.first > 0 && a.sentOf[c.first-1] == a.sentOf[c.first] && lower(a.toks[c.first-1].Text) == noun
			case typ == doc.EntityOrganization || typ == doc.EntityGroup || typ == doc.EntityOutlet:
				return nameHead(c.text) == noun
			}
			return false
		})
	}
}

// nounGoesOn reports whether the noun phrase goes on at token k ("the
// coast guard commander", "the defence ministry of X").
func (a *analyzer) nounGoesOn(k int) bool {
	t := a.toks[k]
	return lower(t.Text) == "of" || t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "NUM"
}

// nameHead is the head noun of a body's name, lower case: the word before
// its first "of", "for" or "on" ("Ministry of Health", "Syrian
// Observatory for Human Rights"), else its last word ("Health
// Ministry").
func nameHead(name string) string {
	ws := strings.Fields(name)
	for k := 1; k < len(ws); k++ {
		switch ws[k] {
		case "of", "for", "on":
			return lower(ws[k-1])
		}
	}
	if len(ws) < 2 {
		return "" // a one-word name has no head noun of its own ("Hezbollah")
	}
	return lower(ws[len(ws)-1])
}
