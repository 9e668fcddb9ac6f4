package entity

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/geo"
)

// ent is an entity being built.
type ent struct {
	typ, country string
	canonical    string
	strong       bool
	cands        []int
	mentions     []doc.Mention
	persons      [][]string // name token lists, lower case, without titles and suffixes
	lastTok      int
	designations []doc.Designation
}

// cluster groups the candidates into entities, in order of first mention.
func (a *analyzer) cluster(cands []cand) []*ent {
	var ents []*ent
	keyIdx := map[string]int{}
	entOf := make([]int, len(cands))
	for ci := range cands {
		c := &cands[ci]
		e := -1
		other := false // the same name, another state's body
		if c.key != "" {
			if x, ok := keyIdx[c.key]; ok {
				e = x
				// "Armenia's Defence Ministry" and "Azerbaijan's
				// Defence Ministry": one name, two states, two bodies.
				if strings.HasPrefix(c.key, "n:") && c.country != "" && ents[x].country != "" && ents[x].country != c.country {
					e, other = -1, true
					if y, ok := keyIdx[c.key+"@"+c.country]; ok {
						e = y
					}
				}
			}
		}
		if e < 0 && c.acronymOf >= 0 {
			e = entOf[c.acronymOf]
		}
		textKey := "t:" + normKey(c.text)
		// "Afghan National Resistance Front" and "National Resistance
		// Front": a body named with and without its state's adjective.
		bareKey := ""
		if c.end-c.first > 2 && (c.typ == doc.EntityOrganization || c.typ == doc.EntityGroup) {
			if bare, ok := a.afterDemonym(c.first, c.end); ok {
				bareKey = "t:" + bare
			}
		}
		// A group the lexicon knows is one only with its own names: "the
		// Taliban" is not the "Pakistani Taliban" named before.
		known := strings.HasPrefix(c.key, "g:")
		if e < 0 && c.kind == doc.MentionName && c.typ != doc.EntityCountry && !known && !other {
			if x, ok := keyIdx[textKey]; ok {
				e = x
			} else if x, ok := keyIdx[bareKey]; ok && bareKey != "" {
				e = x
			} else if x, ok := keyIdx["a:"+strings.ReplaceAll(c.text, ".", "")]; ok && c.end-c.first == 1 {
				e = x
			} else if x, ok := keyIdx["acr:"+initials(c.text)]; ok && c.end-c.first > 1 && c.typ != doc.EntityPerson {
				e = x
			} else if x, ok := keyIdx["h:"+lower(c.text)]; ok && c.end-c.first == 1 && (c.typ != doc.EntityPerson || ents[x].typ == doc.EntityGroup && !c.strong) {
				// "the Council" after "the Security Council"; "Nujaba"
				// after "Harakat al-Nujaba", whatever the recogniser
				// made of the short form.
				e = x
				c.typ = ents[x].typ
			}
		}
		if e < 0 && c.kind == doc.MentionName && (c.typ == doc.EntityPerson || c.typ == doc.EntityOther) {
			e = a.personMatch(ents, c)
		}
		// A one-word place name that is the surname of a person already
		// named is that person ("Clinton" after "Hillary Clinton"), unless
		// it is a capital, which stays a place or its state; so is a
		// body's name that only the recogniser typed ("Yıldırımer’s
		// lawyer" after "Selin Yıldırımer").
		if e < 0 && c.kind == doc.MentionName && (c.typ == doc.EntityPlace || c.typ == doc.EntityOrganization && !c.strong) && c.end-c.first == 1 {
			if _, capital := geo.ByCapital(c.text); !capital {
				if x := a.personMatch(ents, c); x >= 0 && ents[x].typ == doc.EntityPerson {
					e, c.typ, c.country = x, doc.EntityPerson, ""
				}
			}
		}
		if e < 0 {
			e = len(ents)
			ents = append(ents, &ent{typ: c.typ, country: c.country, canonical: c.canonical, strong: c.strong})
		}
		entOf[ci] = e
		x := ents[e]
		x.cands = append(x.cands, ci)
		x.mentions = append(x.mentions, doc.Mention{Span: c.span, Kind: c.kind})
		x.lastTok = c.end
		if c.strong && !x.strong || x.typ == doc.EntityOther && c.typ != doc.EntityOther {
			x.typ, x.strong = c.typ, c.strong || x.strong
		}
		if x.country == "" {
			x.country = c.country
		}
		if x.canonical == "" {
			x.canonical = c.canonical
		}
		if c.key != "" {
			keyIdx[c.key] = e
			if strings.HasPrefix(c.key, "n:") && x.country != "" {
				keyIdx[c.key+"@"+x.country] = e
			}
		}
		if c.kind == doc.MentionName && c.typ != doc.EntityCountry {
			keyIdx[textKey] = e
			if bareKey != "" {
				keyIdx[bareKey] = e
			}
			if c.end-c.first > 1 {
				if in := initials(c.text); len(in) >= 2 {
					keyIdx["a:"+in] = e
				}
			}
		}
		if c.acronymOf >= 0 {
			keyIdx["a:"+strings.ReplaceAll(c.text, ".", "")] = e
		}
		if c.end-c.first == 1 && isAcronym(c.text) {
			keyIdx["acr:"+strings.ReplaceAll(c.text, ".", "")] = e
		}
		if c.end-c.first > 1 && c.kind == doc.MentionName {
			switch c.typ {
			case doc.EntityOrganization, doc.EntityOutlet, doc.EntityGroup:
				keyIdx["h:"+lower(a.word(c.end-1))] = e
			}
		}
		// Person names, and one-word names of unknown type that a later
		// full name may complete ("Obama" ... "Barack Obama").
		if c.kind == doc.MentionName && (c.typ == doc.EntityPerson || c.typ == doc.EntityOther && c.end-c.first == 1) {
			if p := a.personTokens(c.first, c.end); len(p) > 0 {
				x.persons = append(x.persons, p)
			}
		}
	}
	for ci := range cands {
		cands[ci].ent = entOf[ci]
	}
	return ents
}

// initials of a name's capitalised words: "Collective Security Treaty
// Organisation" → "CSTO".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// personTokens are the lower-case words of a personal name without titles,
// suffixes and punctuation.
func (a *analyzer) personTokens(first, end int) []string {
	// Titles only lead a name ("President Biden"); a title word after a
	// name or alone is the name itself ("Martin Luther King", "King").
	lead := first
	for lead < end && (titles[lower(a.word(lead))] || partyLabels[lower(a.word(lead))]) {
		lead++
	}
	if lead == end {
		lead = first
	}
	var out []string
	for i := lead; i < end; i++ {
		w := lower(a.word(i))
		if nameSuffixes[w] || !unicode.IsLetter([]rune(w + " ")[0]) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// personMatch finds the person the name c refers to: a surname or given
// name alone matches a full name ("Massoud", "Hillary"); a longer name
// matches when first and last words agree ("Ahmad Shah Massoud Jr." and
// "Ahmad Massoud"). Among several, the most recently mentioned wins.
func (a *analyzer) personMatch(ents []*ent, c *cand) int {
	t := a.personTokens(c.first, c.end)
	if len(t) == 0 {
		return -1
	}
	best, bestTok := -1, -1
	for e, x := range ents {
		if x.typ != doc.EntityPerson && x.typ != doc.EntityOther || (len(t) > 1 && a.givenClash(t, x.persons)) {
			continue
		}
		for _, p := range x.persons {
			ok := false
			switch {
			case len(t) == 1 && len(p) > 1:
				ok = t[0] == p[len(p)-1] || t[0] == p[0]
			case len(t) > 1 && len(p) == 1:
				ok = t[len(t)-1] == p[0]
			case len(t) > 1:
				ok = t[0] == p[0] && t[len(t)-1] == p[len(p)-1] || endsWith(t, p) || endsWith(p, t)
			}
			if ok && x.lastTok > bestTok {
				best, bestTok = e, x.lastTok
			}
		}
	}
	return best
}

// givenClash reports whether the full name t has another given name than
// a full name the entity already has: "Ivana Trump" is not the "Donald
// Trump" that a lone "Trump" was merged with. Initials ("J.") clash with
// no name.
func (a *analyzer) givenClash(t []string, persons [][]string) bool {
	for _, p := range persons {
		if len(p) < 2 || p[0] == t[0] || endsWith(t, p) || endsWith(p, t) || strings.HasSuffix(p[0], ".") || strings.HasSuffix(t[0], ".") ||
			utf8.RuneCountInString(p[0]) == 1 || utf8.RuneCountInString(t[0]) == 1 {
			continue
		}
		return true
	}
	return false
}

// endsWith reports whether the name long ends with the full name short, of
// two words or more: "Rival Jane Doe" and "Osama bin Laden" end with
// "Jane Doe" and "bin Laden".
func endsWith(long, short []string) bool {
	if len(short) < 2 || len(long) <= len(short) {
		return false
	}
	for i := range short {
		if long[len(long)-len(short)+i] != short[i] {
			return false
		}
	}
	return true
}

// footnote is a line such as "*terrorist organization, banned in Russia".
type footnote struct {
	marker string
	text   string
	span   doc.Span
	by     string
}

// footnotes finds the footnote lines: a line whose first visible character
// is a marker (*, †, ‡) followed, after optional spaces, by a letter.
func (a *analyzer) footnotes() []footnote {
	var out []footnote
	runes := []rune(a.d.Text)
	for ls := 0; ls < len(runes); {
		le := ls
		for le < len(runes) && runes[le] != '\n' {
			le++
		}
		i := ls
		for i < le && unicode.IsSpace(runes[i]) {
			i++
		}
		m := i
		for m < le && strings.ContainsRune(markers, runes[m]) {
			m++
		}
		t := m
		for t < le && runes[t] == ' ' {
			t++
		}
		if m > i && t < le && unicode.IsLetter(runes[t]) {
			e := le
			for e > t && unicode.IsSpace(runes[e-1]) {
				e--
			}
			f := footnote{marker: string(runes[i:m]), text: string(runes[t:e]), span: doc.Span{Start: i, End: e}}
			f.by = stateIn(f.text)
			out = append(out, f)
		}
		ls = le + 1
	}
	return out
}

// stateIn finds the first state named in a note, by name or adjective:
// "banned in Russia" → RU, "designated by the U.S. State Department" → US.
func stateIn(text string) string {
	words := strings.Fields(text)
	for i := range words {
		for j := min(len(words), i+5); j > i; j-- {
			s := strings.TrimRight(strings.Join(words[i:j], " "), ",;:)")
			s = strings.TrimSuffix(s, "'s")
			if s == "" || !isCap(s) {
				continue
			}
			if c, ok := geo.ByName(strings.TrimRight(s, ".")); ok {
				return c.A2
			}
			if c, ok := geo.ByName(s); ok {
				return c.A2
			}
			if j == i+1 {
				if c, ok := geo.ByDemonym(strings.TrimRight(s, ".")); ok {
					return c.A2
				}
			}
		}
	}
	return ""
}

// designate attaches each footnote to the entities whose names carry its
// marker ("Taliban*").
func (a *analyzer) designate(ents []*ent, cands []cand, foots []footnote) {
	if len(foots) == 0 {
		return
	}
	byMarker := map[string]footnote{}
	for _, f := range foots {
		if _, dup := byMarker[f.marker]; !dup {
			byMarker[f.marker] = f
		}
	}
	endsAt := map[int]int{} // code point where a mention ends → entity
	for _, c := range cands {
		endsAt[c.span.End] = c.ent
	}
	done := map[[2]int]bool{}
	for i, t := range a.toks {
		var m string
		var at int
		switch {
		case strings.Trim(t.Text, markers) == "" && i > 0 && a.adjacent(i-1):
			m, at = t.Text, t.Span.Start
		case a.word(i) != t.Text && a.word(i) != "":
			m, at = t.Text[len(a.word(i)):], a.end(i)
		default:
			continue
		}
		f, ok := byMarker[m]
		if !ok {
			continue
		}
		e, ok := endsAt[at]
		if !ok || done[[2]int{e, f.span.Start}] {
			continue
		}
		done[[2]int{e, f.span.Start}] = true
		ents[e].designations = append(ents[e].designations, doc.Designation{Text: f.text, By: f.by, Evidence: f.span})
	}
}

// descriptors adds appositive role phrases to persons: "The leader of the
// front, NAME," and "NAME, the leader of the front,".
func (a *analyzer) descriptors(ents []*ent, cands []cand) {
	for _, c := range cands {
		x := ents[c.ent]
		if c.kind != doc.MentionName || x.typ != doc.EntityPerson {
			continue
		}
		for _, f := range []func(cand) (doc.Span, bool){a.preApposition, a.postApposition} {
			sp, ok := f(c)
			if !ok {
				continue
			}
			x.mentions = append(x.mentions, doc.Mention{Span: sp, Kind: doc.MentionDescriptor})
			// "the leader of the Afghan front": the person belongs to
			// the state the role phrase names.
			// (Not a state named as a topic: "a Lebanon specialist",
			// "a Sahel researcher".)
			if x.country == "" {
				if first, end := a.d.TokensIn(sp); end > first && !a.topicState(first, end) {
					x.country = a.countryIn(first, end)
				}
			}
		}
	}
}

// topicState reports whether the first state or place named in tokens
// [first, end) is a state that is a noun's topic: its name, not its
// adjective, right before a noun in lower case ("a Lebanon specialist",
// "a Russia expert").
func (a *analyzer) topicState(first, end int) bool {
	for i := first; i < end; i++ {
		if !isCap(a.toks[i].Text) {
			continue
		}
		if _, ok := geo.ByDemonym(a.toks[i].Text); ok {
			return false
		}
		// (A city before a noun says where: "a Tbilisi think tank".)
		if _, ok := geo.ByName(a.toks[i].Text); ok {
			return i+1 < end && a.toks[i+1].UPOS == "NOUN" && !isCap(a.toks[i+1].Text)
		}
		// (But a place before a noun for one who studies it is what
		// is studied: "a Sahel researcher".)
		if a.countryIn(i, i+1) != "" {
			return i+1 < end && topicNouns[a.toks[i+1].Text]
		}
	}
	return false
}

// roleAt returns the role noun that token i opens, past at most three
// names or adjectives before it ("the Kremlin spokesman"), or -1.
func (a *analyzer) roleAt(i, end int) int {
	for k := i; k < end && k <= i+3; k++ {
		if a.roleNoun(k) {
			return k
		}
		// (Also over "-based": "a Dubai-based company".)
		if u := a.toks[k].UPOS; u != "PROPN" && u != "ADJ" && a.toks[k].Text != "-" && lower(a.toks[k].Text) != "based" {
			break
		}
	}
	return -1
}

// retypeByApposition types a name the recogniser or a default typed by
// the apposition after it: a person's role makes a person ("Peskov, the
// Kremlin spokesman,"), a kind of place a place the gazetteer knows
// ("Kharkiv, the second city,").
func (a *analyzer) retypeByApposition(ents []*ent, cands []cand) {
	for _, c := range cands {
		x := ents[c.ent]
		if c.kind != doc.MentionName || x.strong || x.typ == doc.EntityCountry {
			continue
		}
		if _, ok := a.preApposition(c); ok {
			// "Its spokesman, Lawrence Kanyuka,": the role before; "The
			// company, Delta Tankers,": the kind of body.
			role := lower(a.toks[c.first-2].Text)
			if personRoles[role] && x.typ != doc.EntityPerson {
				x.typ = doc.EntityPerson
			} else if (companyKinds[role] || bodyKinds[role]) && x.typ != doc.EntityOrganization && x.typ != doc.EntityOutlet {
				x.typ = doc.EntityOrganization
			}
			continue
		}
		if _, ok := a.postApposition(c); !ok {
			continue
		}
		k := a.roleAt(c.end+2, a.sentEnd(c.first))
		if k < 0 {
			continue
		}
		role := lower(a.toks[k].Text)
		// The last of the nouns is the head: "the last army stronghold".
		head := k
		for head+1 < a.sentEnd(c.first) && a.roleNoun(head+1) {
			head++
		}
		if p, ok := geo.PlaceOf(c.text); ok && placeKinds[role] && x.typ != doc.EntityPlace {
			x.typ, x.country = doc.EntityPlace, p.Country
		} else if personRoles[role] && x.typ != doc.EntityPerson {
			x.typ = doc.EntityPerson
		} else if h := lower(a.toks[head].Text); (companyKinds[h] || bodyKinds[h]) && x.typ != doc.EntityOrganization && x.typ != doc.EntityOutlet && x.typ != doc.EntityGroup {
			// "Silverline Trading, a Dubai company,": a body, whatever
			// the recogniser made of the name.
			x.typ = doc.EntityOrganization
		} else if placeKinds[h] && x.typ == doc.EntityPerson {
			// "El Fasher, the last army stronghold in Darfur": a place
			// the gazetteer does not know, which the recogniser took for
			// a person.
			x.typ = doc.EntityPlace
		}
	}
}

// possessives open a noun phrase as a determiner does ("its spokesman").
var possessives = set("its", "his", "her", "their", "our")

func (a *analyzer) isDet(i int) bool {
	switch lower(a.toks[i].Text) {
	case "the", "a", "an":
		return true
	}
	return false
}

func (a *analyzer) roleNoun(i int) bool {
	w := a.toks[i].Text
	return !isCap(w) && (a.toks[i].UPOS == "NOUN" || (!a.hasPOS && unicode.IsLetter([]rune(w)[0])))
}

func (a *analyzer) clauseBreak(i int) bool {
	t := a.toks[i]
	switch t.Text {
	case ",", ";", ":", "(", ")", "\"", "“", "”":
		return true
	}
	return t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "PRON" || t.UPOS == "SCONJ"
}

func (a *analyzer) preApposition(c cand) (doc.Span, bool) {
	p := c.first
	sf := a.sentFirst(p)
	if p-2 < sf || a.toks[p-1].Text != "," || c.end >= len(a.toks) || a.toks[c.end].Text != "," {
		return doc.Span{}, false
	}
	best := -1
	for k := p - 2; k >= sf; k-- {
		// A possessive pronoun opens the phrase ("Its spokesman").
		if possessives[lower(a.toks[k].Text)] && k+1 < p-1 && a.roleNoun(k+1) {
			best = k
			break
		}
		if a.clauseBreak(k) {
			break
		}
		if a.isDet(k) && k+1 < p-1 && a.roleNoun(k+1) {
			best = k
		}
	}
	if best < 0 || (best != sf && !a.clauseBreak(best-1)) {
		return doc.Span{}, false
	}
	return doc.Span{Start: a.toks[best].Span.Start, End: a.toks[p-2].Span.End}, true
}

func (a *analyzer) postApposition(c cand) (doc.Span, bool) {
	e := c.end
	end := a.sentEnd(c.first)
	if e+2 >= end || a.toks[e].Text != "," || !a.isDet(e+1) || a.roleAt(e+2, end) < 0 {
		return doc.Span{}, false
	}
	for q := e + 3; q < end && q < e+16; q++ {
		// Closed by a comma, or by the sentence's final stop.
		if a.toks[q].Text == "," || q == end-1 && (a.toks[q].Text == "." || a.toks[q].Text == "!") {
			return doc.Span{Start: a.toks[e+1].Span.Start, End: a.toks[q-1].Span.End}, true
		}
		// ("a Yerevan-based firm": a participle in a compound.)
		if a.clauseBreak(q) && !(a.toks[q-1].Text == "-" && a.adjacent(q-1)) {
			break
		}
	}
	return doc.Span{}, false
}

var personPronouns = set("he", "him", "his", "himself", "she", "her", "hers", "herself")

// pronouns links a personal pronoun to the person it most plausibly
// means, only when exactly one person has been named, outside quotations,
// in its sentence and the one before it, and the pronoun itself stands
// outside quotations: without gender or salience models a wider guess
// would too often be wrong, and inside a quotation "he" is as often
// someone the text never names.
//
// When no person is named there, the pronoun goes on from the mentions
// before it, up to pronounReach sentences back: a pronoun of the same
// gender already linked, with no person named after it ("he wrote …
// "…" … he added"), else the one person named in the latest sentence
// naming anyone. Quotations between them are what the person said, so
// they do not break the chain.
func (a *analyzer) pronouns(ents []*ent, cands []cand) {
	quoted := a.quoted()
	gender := a.genders(ents, cands)
	// A first reading votes on the gender of persons their words leave
	// open: a person most pronouns of one gender go to is of that
	// gender, which a second reading then respects ("Clinton ...
	// Sanders ... she"). A vote, not the first link, so that one wrong
	// link does not bar the right ones after it.
	votes := make([][2]int, len(ents))
	for _, l := range a.linkPronouns(ents, cands, quoted, gender) {
		votes[l.ent][l.g]++
	}
	for e, v := range votes {
		switch {
		case gender[e] != 0:
		case v[0] >= 2 && v[0] >= 3*v[1]:
			gender[e] = 1
		case v[1] >= 2 && v[1] >= 3*v[0]:
			gender[e] = 2
		}
	}
	for _, l := range a.linkPronouns(ents, cands, quoted, gender) {
		ents[l.ent].mentions = append(ents[l.ent].mentions, doc.Mention{Span: a.toks[l.tok].Span, Kind: doc.MentionPronoun})
	}
}

// pronounLink is a personal pronoun (token tok, gender g: 0 masculine,
// 1 feminine) and the entity it stands for.
type pronounLink struct{ tok, ent, g int }

// linkPronouns reads the personal pronouns as pronouns describes, leaving
// out persons whose gender (see genders) is not the pronoun's.
func (a *analyzer) linkPronouns(ents []*ent, cands []cand, quoted []bool, gender []int8) []pronounLink {
	var out []pronounLink
	type link struct{ tok, ent int }
	linked := [2]link{{-1, -1}, {-1, -1}} // the last pronoun linked, by gender
	for i, t := range a.toks {
		w := lower(t.Text)
		if !personPronouns[w] || (a.hasPOS && t.UPOS != "PRON") || quoted[i] {
			continue
		}
		s := a.sentOf[i]
		g := 0
		if w == "she" || w == "her" || w == "hers" || w == "herself" {
			g = 1
		}
		// The persons named before i in the window, and where.
		var near, far []int // entities named in [s-1, s] and in the latest earlier sentence
		farSent, lastName := -1, -1
		for _, c := range cands {
			if c.first >= i {
				break
			}
			cs := a.sentOf[c.first]
			if cs < s-pronounReach || quoted[c.first] || ents[c.ent].typ != doc.EntityPerson || c.kind != doc.MentionName ||
				gender[c.ent] != 0 && int(gender[c.ent]) != g+1 {
				continue
			}
			lastName = c.first
			switch {
			case cs >= s-1:
				near = append(near, c.ent)
			case cs > farSent:
				farSent, far = cs, []int{c.ent}
			case cs == farSent:
				far = append(far, c.ent)
			}
		}
		who := -1
		switch l := linked[g]; {
		case len(near) > 0:
			who = onlyOne(near)
		case l.tok >= 0 && a.sentOf[l.tok] >= s-pronounReach && l.tok > lastName:
			if !a.describedBetween(l.tok, i, quoted) {
				who = l.ent
			}
		case len(far) > 0:
			if !a.describedBetween(lastName, i, quoted) {
				who = onlyOne(far)
			}
		}
		if who >= 0 {
			out = append(out, pronounLink{i, who, g})
			linked[g] = link{i, who}
		}
	}
	return out
}

// genders tells, for each entity, the gender its words give: 1 male, 2
// female, 0 when they say nothing. The words are a title before a name
// ("Mrs", "Sir"), a noun the name is set off after ("Roussel's mother,
// Sylvie,") and nouns in the descriptions of the person ("His
// spokeswoman, Yelena Gurova"). Given names are not read: no maintained
// list at hand tells their gender.
func (a *analyzer) genders(ents []*ent, cands []cand) []int8 {
	out := make([]int8, len(ents))
	for _, c := range cands {
		if e := ents[c.ent]; e.typ == doc.EntityPerson && c.kind == doc.MentionName && c.first > 0 && a.sentOf[c.first-1] == a.sentOf[c.first] {
			if g := genderWords[strings.TrimSuffix(lower(a.toks[c.first-1].Text), ".")]; g != 0 {
				out[c.ent] = g
			}
			// (Or a noun the name is set off after: "Roussel's mother,
			// Sylvie,".)
			if k := c.first - 2; k >= 0 && a.toks[c.first-1].Text == "," && a.sentOf[k] == a.sentOf[c.first] {
				if g := genderWords[lower(a.toks[k].Text)]; g != 0 {
					out[c.ent] = g
				}
			}
		}
	}
	for i, e := range ents {
		if e.typ != doc.EntityPerson || out[i] != 0 {
			continue
		}
		for _, m := range e.mentions {
			if m.Kind != doc.MentionDescriptor {
				continue
			}
			for _, w := range strings.Fields(lower(a.d.Slice(m.Span))) {
				if g := genderWords[strings.Trim(w, ",.")]; g != 0 {
					out[i] = g
				}
			}
		}
	}
	return out
}

// genderWords are titles and nouns for persons that tell their gender.
var genderWords = map[string]int8{
	"mr": 1, "sir": 1, "lord": 1, "king": 1, "prince": 1, "spokesman": 1, "chairman": 1, "congressman": 1,
	"businessman": 1, "man": 1, "husband": 1, "father": 1, "son": 1, "brother": 1, "uncle": 1, "grandfather": 1,
	"mrs": 2, "ms": 2, "miss": 2, "madam": 2, "dame": 2, "lady": 2, "queen": 2, "princess": 2, "spokeswoman": 2,
	"chairwoman": 2, "congresswoman": 2, "businesswoman": 2, "woman": 2, "wife": 2, "mother": 2, "daughter": 2,
	"sister": 2, "aunt": 2, "grandmother": 2, "actress": 2, "widow": 2,
}

// describedBetween reports whether a person is described, not named, as
// the subject of a clause between tokens from and to, outside
// quotations ("The author of the piece … goes further", "A member of the
// committee … said"), or someone new comes in ("A security consultant
// … said"): a pronoun after it more likely means that one.
func (a *analyzer) describedBetween(from, to int, quoted []bool) bool {
	for k := from + 1; k < to; k++ {
		t := a.toks[k]
		if !quoted[k] && strings.HasPrefix(t.Dep, "nsubj") && t.XPOS == "NN" && (personRoles[lower(t.Text)] || describedPersons[lower(t.Text)] || a.indefinite(k)) {
			return true
		}
	}
	return false
}

// indefinite reports whether noun k has "a", "an" or "one" for its
// determiner: someone new ("A security consultant in Pemba ... said").
func (a *analyzer) indefinite(k int) bool {
	for j := k - 1; j >= 0 && a.sentOf[j] == a.sentOf[k] && k-j <= 4; j-- {
		if a.toks[j].Head == k && a.toks[j].Dep == "det" {
			w := lower(a.toks[j].Text)
			return w == "a" || w == "an" || w == "one"
		}
	}
	return false
}

// describedPersons are nouns for a person besides the roles of
// personRoles.
var describedPersons = set("member", "man", "woman", "person", "source", "insider")

// pronounReach is how many sentences back a pronoun may find its person
// when none is named in its sentence or the one before (see pronouns).
const pronounReach = 3

// onlyOne is the entity all of es are, or -1 when they are several.
func onlyOne(es []int) int {
	for _, e := range es[1:] {
		if e != es[0] {
			return -1
		}
	}
	return es[0]
}

// collective are the kinds of entity that "it" may stand for.
var collective = set(doc.EntityOrganization, doc.EntityOutlet, doc.EntityCountry, doc.EntityGroup)

// itPronouns links "it" and "its" in a clause reported by a verb to the
// organisation, outlet, state or group that is the verb's subject: "The
// ministry said it had sent troops", "Moscow denied that its forces
// ...". Reports are the commonest place such a pronoun has a sure
// antecedent, the one reporting; elsewhere "it" is as often the
// situation or a thing, so it is left alone.
func (a *analyzer) itPronouns(ents []*ent, cands []cand) {
	if !a.hasPOS {
		return
	}
	quoted := a.quoted()
	for i, t := range a.toks {
		w := lower(t.Text)
		if w != "it" && w != "its" || t.UPOS != "PRON" || quoted[i] {
			continue
		}
		if e := a.itAfterReport(ents, cands, i); e >= 0 {
			ents[e].mentions = append(ents[e].mentions, doc.Mention{Span: t.Span, Kind: doc.MentionPronoun})
			continue
		}
		if e := a.itSpeaker(ents, cands, i); e >= 0 {
			ents[e].mentions = append(ents[e].mentions, doc.Mention{Span: t.Span, Kind: doc.MentionPronoun})
			continue
		}
		if w == "it" && t.Dep != "nsubj" && t.Dep != "nsubj:pass" || w == "its" && t.Dep != "nmod:poss" {
			continue
		}
		// The clause verb: the pronoun's head, or the head of the noun
		// "its" belongs to when that noun is the subject.
		h := t.Head
		if w == "its" && h >= 0 && strings.HasPrefix(a.toks[h].Dep, "nsubj") {
			h = a.toks[h].Head
		}
		if h < 0 || a.toks[h].Dep != "ccomp" || a.toks[h].Head < 0 {
			continue
		}
		g := a.toks[h].Head
		subj := -1
		for k := g - 1; k >= 0 && a.sentOf[k] == a.sentOf[g]; k-- {
			if a.toks[k].Head == g && a.toks[k].Dep == "nsubj" {
				subj = k
				break
			}
		}
		if subj < 0 {
			continue
		}
		if e := a.collectiveAt(ents, cands, subj, collective); e >= 0 {
			ents[e].mentions = append(ents[e].mentions, doc.Mention{Span: t.Span, Kind: doc.MentionPronoun})
			continue
		}
		// "Ukraine's air force said it ...", "The Israeli military said
		// it ...": an organ of a state speaks for it.
		for k := subj - 1; k >= 0 && a.sentOf[k] == a.sentOf[subj]; k-- {
			if a.toks[k].Head != subj {
				continue
			}
			if a.toks[k].Dep == "nmod:poss" || a.toks[k].Dep == "amod" && organNouns[lower(a.toks[subj].Text)] {
				if e := a.collectiveAt(ents, cands, k, states); e >= 0 {
					ents[e].mentions = append(ents[e].mentions, doc.Mention{Span: t.Span, Kind: doc.MentionPronoun})
				}
				break
			}
		}
	}
}

var states = set(doc.EntityCountry)

// speakingVerbs are the verbs whose subject "it" can only be a body that
// speaks: a situation or a thing does not say or deny.
var speakingVerbs = set("say", "add", "claim", "announce", "deny", "state", "insist", "warn", "allege",
	"tell", "acknowledge", "admit", "accuse", "note", "write", "urge", "demand", "reject", "condemn", "stress")

// itSpeaker links "It" as the subject of a verb of saying ("It said the
// video was filmed from a vessel") to the subject of the sentence before
// when that is an organisation, outlet, state or group, or a pronoun
// already linked to one; it returns the entity or -1. The main subject
// of the sentence before is the one a reader takes up: when it is
// anything else, a person or a thing, the pronoun is left alone.
func (a *analyzer) itSpeaker(ents []*ent, cands []cand, i int) int {
	t := a.toks[i]
	if lower(t.Text) != "it" || t.Dep != "nsubj" || t.Head < 0 {
		return -1
	}
	if h := a.toks[t.Head]; h.UPOS != "VERB" || !speakingVerbs[lower(h.Lemma)] || a.toks[t.Head].Dep != "root" {
		return -1
	}
	prev := a.sentOf[i] - 1
	if prev < 0 {
		return -1
	}
	root := -1
	for k := a.sentFirst(i) - 1; k >= 0 && a.sentOf[k] == prev; k-- {
		if a.toks[k].Dep == "root" {
			root = k
		}
	}
	if root < 0 {
		return -1
	}
	for k := root - 1; k >= 0 && a.sentOf[k] == prev; k-- {
		if a.toks[k].Head != root || !strings.HasPrefix(a.toks[k].Dep, "nsubj") {
			continue
		}
		return a.collectiveAt(ents, cands, k, collective)
	}
	return -1
}

// reportingVerbs take the clause an "it" or "its" opens (see
// itAfterReport).
var reportingVerbs = set("say", "claim", "report", "announce", "deny", "confirm", "state", "add", "insist",
	"warn", "allege", "tell", "acknowledge", "admit")

// itAfterReport reads, off the tags, "X said (on Sunday) (that) its
// forces ..." or "X said it ...": a pronoun opening the clause right after
// a verb of saying stands for that verb's subject when the subject is an
// organisation, outlet, state or group, or an organ of a state ("Russia's
// defence ministry"). It is the fallback for parses that hang the clause
// elsewhere; it returns the entity or -1.
func (a *analyzer) itAfterReport(ents []*ent, cands []cand, i int) int {
	k := i - 1
	if k >= 0 && lower(a.toks[k].Text) == "that" {
		k--
	}
	// A time phrase between: "on Sunday", "late on Friday".
	for j := k; j >= 0 && j > k-4 && a.sentOf[j] == a.sentOf[i]; j-- {
		if t := a.toks[j]; t.UPOS == "ADP" {
			if j+1 <= k && (a.toks[k].UPOS == "PROPN" || a.toks[k].UPOS == "NUM" || a.toks[k].UPOS == "NOUN") {
				k = j - 1
			}
			break
		}
	}
	if k <= 0 || a.sentOf[k] != a.sentOf[i] || !reportingVerbs[lower(a.toks[k].Lemma)] || a.toks[k].UPOS != "VERB" {
		return -1
	}
	head := k - 1
	if head < 0 || a.sentOf[head] != a.sentOf[i] {
		return -1
	}
	if e := a.collectiveAt(ents, cands, head, collective); e >= 0 {
		return e
	}
	if !organNouns[lower(a.toks[head].Text)] {
		return -1
	}
	// An organ of a state: the state named before it in its phrase.
	for j := head - 1; j >= 0 && j > head-5 && a.sentOf[j] == a.sentOf[i]; j-- {
		if u := a.toks[j].UPOS; u != "PROPN" && u != "NOUN" && u != "ADJ" && u != "PART" && u != "DET" {
			break
		}
		if e := a.collectiveAt(ents, cands, j, states); e >= 0 {
			return e
		}
	}
	return -1
}

// organNouns are the bodies through which a state acts, after its
// adjective ("the Israeli military").
var organNouns = set("military", "army", "navy", "government", "ministry", "authorities", "administration",
	"forces", "police", "leadership", "cabinet", "presidency", "embassy", "mission")

// collectiveAt returns the entity of the mention holding token k when its
// kind is one of kinds, else -1.
func (a *analyzer) collectiveAt(ents []*ent, cands []cand, k int, kinds map[string]bool) int {
	for _, c := range cands {
		if c.first <= k && k < c.end {
			if kinds[ents[c.ent].typ] {
				return c.ent
			}
			return -1
		}
	}
	// A descriptor or pronoun already linked ("The militant group said
	// it ...").
	sp := a.toks[k].Span
	for e, x := range ents {
		for _, m := range x.mentions {
			if m.Kind != doc.MentionName && m.Span.Start <= sp.Start && sp.End <= m.Span.End && kinds[x.typ] {
				return e
			}
		}
	}
	return -1
}

// quoted marks the tokens inside quotation marks. Straight quotes toggle;
// a blank line closes any quotation left open.
func (a *analyzer) quoted() []bool {
	out := make([]bool, len(a.toks))
	in := false
	for i, t := range a.toks {
		if i > 0 && strings.Contains(a.d.Slice(doc.Span{Start: a.toks[i-1].Span.End, End: t.Span.Start}), "\n\n") {
			in = false
		}
		switch t.Text {
		case "“", "«", "„":
			in = true
			continue
		case "”", "»":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		out[i] = in
	}
	return out
}

// finish turns the clusters into doc.Entities with IDs, names and aliases.
func (a *analyzer) finish(ents []*ent) []doc.Entity {
	out := make([]doc.Entity, 0, len(ents))
	for _, x := range ents {
		sort.SliceStable(x.mentions, func(i, j int) bool { return x.mentions[i].Span.Start < x.mentions[j].Span.Start })
	}
	// IDs follow the first mention of any kind, descriptors included.
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].mentions[0].Span.Start < ents[j].mentions[0].Span.Start })
	for _, x := range ents {
		name := x.canonical
		if name == "" {
			// A person is named by the full name the text uses most
			// (earliest on a tie), so that a one-off "Rival Jane Doe"
			// does not name Jane Doe.
			count := map[string]int{}
			for _, m := range x.mentions {
				if m.Kind == doc.MentionName {
					count[a.d.Slice(m.Span)]++
				}
			}
			for _, m := range x.mentions {
				if m.Kind != doc.MentionName {
					continue
				}
				t := a.d.Slice(m.Span)
				full, nameFull := strings.Contains(t, " "), strings.Contains(name, " ")
				if name == "" || (x.typ == doc.EntityPerson && full && (!nameFull || count[t] > count[name])) {
					name = t
				}
			}
		}
		if name == "" {
			name = a.d.Slice(x.mentions[0].Span)
		}
		var aliases []string
		seen := map[string]bool{name: true}
		for _, m := range x.mentions {
			if m.Kind == doc.MentionDescriptor || m.Kind == doc.MentionPronoun {
				continue
			}
			if t := a.d.Slice(m.Span); !seen[t] {
				seen[t] = true
				aliases = append(aliases, t)
			}
		}
		typ := x.typ
		if typ == "" {
			typ = doc.EntityOther
		}
		out = append(out, doc.Entity{ID: fmt.Sprintf("e%d", len(out)+1), Name: name, Type: typ, Country: x.country,
			Aliases: aliases, Mentions: x.mentions, Designations: x.designations})
	}
	return out
}
