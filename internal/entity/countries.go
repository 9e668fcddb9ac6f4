package entity

import (
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// descriptorCountries gives a person, body, outlet or place whose name
// did not say its state the state its description does:
//
//   - a state's adjective or possessive before a description of the name
//     ("the Chinese foreign ministry spokeswoman Mao Ning", "Georgia's
//     state minister Tamar Lomidze"), or right before the name
//     ("Ethiopia's Amhara region", "Russia's Gazprom");
//   - the same in an apposition after the name ("the GRU, Russia's
//     military intelligence agency,");
//   - a place before "-based" ("the Bishkek-based Tengri Logistics").
//
// Only words of a description may stand between (nouns, adjectives and
// titles): "US envoy to Ukraine Keith Kellogg" does not make Kellogg
// Ukrainian.
func (a *analyzer) descriptorCountries(ents []*ent, cands []cand) {
	ix := stateIndex{ents: ents, at: make(map[int]int, len(cands))}
	for ci := range cands {
		for k := cands[ci].first; k < cands[ci].end; k++ {
			ix.at[k] = cands[ci].ent
		}
	}
	for ci := range cands {
		c := &cands[ci]
		x := ents[c.ent]
		if x.country != "" || c.kind != doc.MentionName {
			continue
		}
		switch x.typ {
		case doc.EntityPerson, doc.EntityOrganization, doc.EntityOutlet, doc.EntityGroup, doc.EntityPlace:
		default:
			continue
		}
		// Seas, rivers and the like are shared: "Yemen's Red Sea coast"
		// does not make the Red Sea Yemen's.
		if waterHeads[lower(a.toks[c.end-1].Text)] {
			continue
		}
		if cc := a.countryBefore(c.first, x.typ != doc.EntityPerson, ix); cc != "" {
			x.country = cc
			continue
		}
		if cc := a.countryInApposition(c.end, ix); cc != "" {
			x.country = cc
		}
	}
}

// stateIndex tells the entity a token's mention belongs to.
type stateIndex struct {
	ents []*ent
	at   map[int]int // token → entity
}

// state is the country of the state named by the token at k, if it
// names one.
func (ix stateIndex) state(k int) string {
	if e, ok := ix.at[k]; ok && ix.ents[e].typ == doc.EntityCountry {
		return ix.ents[e].country
	}
	return ""
}

// place is the country of the place or state named by the token at k.
func (ix stateIndex) place(k int) string {
	if e, ok := ix.at[k]; ok && (ix.ents[e].typ == doc.EntityPlace || ix.ents[e].typ == doc.EntityCountry) {
		return ix.ents[e].country
	}
	return ""
}

// countryBefore reads the words before the name at first: a description
// and then a state's adjective or possessive, or a place and "-based".
// With seat, a place before the description also says the state: "the
// Kyiv newspaper Dniprovskyi Visnyk" is Ukrainian, but "the Moscow
// correspondent John Smith" need not be Russian, so persons pass no seat.
func (a *analyzer) countryBefore(first int, seat bool, ix stateIndex) string {
	k := first - 1
	// "Georgia's state minister for reconciliation, Tamar Lomidze,": a
	// description set off before the name, with a phrase of what the
	// role is for.
	if k > 0 && a.toks[k].Text == "," && first < len(a.toks) {
		j := k - 1
		for j > 0 && a.sentOf[j] == a.sentOf[first] && k-j <= 8 {
			if w := lower(a.toks[j].Text); (w == "for" || w == "of" || w == "on") && j+1 < k && a.descriptionWord(j-1) {
				j--
				continue
			}
			if !a.descriptionWord(j) {
				break
			}
			j--
		}
		if j < k-1 {
			k = j + 1
		}
	}
	// (A body's word that stands for its state ends the description:
	// "Kremlin spokesman Yevgeny Larin".)
	for k >= 0 && a.sentOf[k] == a.sentOf[first] && a.descriptionWord(k) && (k == first-1 || ix.state(k) == "") {
		// "its French acronym FARDC": the adjective names a language.
		if languageNouns[lower(a.toks[k].Text)] {
			return ""
		}
		k--
	}
	if k < 0 || a.sentOf[k] != a.sentOf[first] {
		return ""
	}
	// "the Bishkek-based Tengri Logistics"
	if lower(a.toks[k].Text) == "based" && k >= 2 && a.toks[k-1].Text == "-" {
		return ix.place(k - 2)
	}
	// "Georgia's state minister", "Ethiopia's Amhara region"
	if w := a.toks[k].Text; (w == "'s" || w == "’s") && k >= 1 {
		return ix.state(k - 1)
	}
	// "the Chinese foreign ministry spokeswoman": an adjective needs a
	// description after it; "Chinese Mao Ning" says nothing.
	if k < first-1 {
		if seat {
			return ix.place(k)
		}
		return ix.state(k)
	}
	return ""
}

// countryInApposition reads an apposition after the name that ends
// before end: ", Russia's military intelligence agency,", ", the Kenyan
// opposition leader." or ", a Yerevan-based firm,".
func (a *analyzer) countryInApposition(end int, ix stateIndex) string {
	k := end
	if k+2 >= len(a.toks) || a.toks[k].Text != "," || a.sentOf[k] != a.sentOf[end-1] {
		return ""
	}
	k++
	if w := lower(a.toks[k].Text); w == "the" || w == "a" || w == "an" {
		k++
	}
	cc := ""
	switch {
	case k+2 < len(a.toks) && a.toks[k+1].Text == "-" && lower(a.toks[k+2].Text) == "based":
		// ", a Yerevan-based firm,"
		cc = ix.place(k)
		k += 3
	case k+1 < len(a.toks) && (a.toks[k+1].Text == "'s" || a.toks[k+1].Text == "’s"):
		cc = ix.state(k)
		k += 2
	default:
		cc = ix.state(k)
		k++
	}
	if cc == "" {
		return ""
	}
	n := 0
	for k < len(a.toks) && a.sentOf[k] == a.sentOf[end-1] && a.descriptionWord(k) {
		k++
		n++
	}
	if n == 0 || k < len(a.toks) && a.sentOf[k] == a.sentOf[end-1] && a.toks[k].Text != "," && a.toks[k].Text != "." {
		return ""
	}
	return cc
}

// descriptionWord reports whether token k can be a word of a description
// before or after a name: a lower-case noun or adjective ("foreign
// ministry spokeswoman"), or a capitalised title ("Interior Minister").
func (a *analyzer) descriptionWord(k int) bool {
	t := a.toks[k]
	w := t.Text
	if w == "" || strings.ContainsAny(w, ",.;:'’\"") {
		return false
	}
	if isCap(w) {
		return titles[lower(w)] || orgHeads[lower(w)]
	}
	switch t.UPOS {
	case "NOUN", "ADJ", "PROPN": // (a word in lower case is no name, whatever its tag)
		return true
	case "":
		return !a.hasPOS
	}
	return false
}
