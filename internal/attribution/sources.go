package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/outlet"
)

// npHead is the token of range r whose head lies outside r (the first such).
func npHead(s *sentence, r [2]int) int {
	nominal := func(t *doc.Token) bool {
		return t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "PRON" || t.UPOS == "NUM"
	}
	// From the tags: the last noun of the first chunk, before any
	// preposition, participle or comma ("the leader [of ...]").
	h := -1
	end := r[1] // where that chunk ends
	for i := r[0]; i < r[1]; i++ {
		t := s.tok(i)
		// A relative pronoun opens a clause on the head ("analysts who
		// reviewed ...").
		if h >= 0 && (t.XPOS == "WP" || t.XPOS == "WDT") {
			break
		}
		// A possessive goes on with the chunk ("Sanders' aides"), even
		// written as a lone quotation mark.
		if t.XPOS == "POS" {
			continue
		}
		if nominal(t) {
			// ("The command itself": the reflexive stresses the head.)
			if h < 0 || !reflexive(t) {
				h = i
			}
			continue
		}
		// A hyphen inside a word goes on with the chunk. Before a
		// lower-case word it makes a modifier of what it joins
		// ("the Seoul-based news service", "UN-backed forces"); the
		// head comes after it.
		if t.Text == "-" && i+1 < r[1] && s.inWordHyphen(i) {
			if w := s.tok(i + 1).Text; w != "" && unicode.IsLower([]rune(w)[0]) {
				for k := i + 2; k < r[1] && h >= 0; k++ {
					if nominal(s.tok(k)) {
						h = -1
					}
				}
				i++
			}
			continue
		}
		if h >= 0 && (t.UPOS == "ADP" || t.UPOS == "VERB" || isPunct(t)) {
			end = i
			break
		}
	}
	if s.parsed {
		for i := r[0]; i < r[1]; i++ {
			// A possessor is never the head ("Brazil's President
			// Lula", with "Brazil" parsed as a second subject).
			if i+1 < r[1] && s.tok(i+1).XPOS == "POS" {
				continue
			}
			if p := s.head(i); (p < r[0] || p >= r[1]) && nominal(s.tok(i)) {
				// Not a noun inside a phrase after the first chunk
				// ("records kept by [the commission]"), which only a
				// faulty parse makes the head.
				if h >= 0 && i >= end {
					break
				}
				return i
			}
		}
	}
	if h >= 0 {
		return h
	}
	return r[1] - 1
}

// tagHead is npHead read off the tags alone, whatever the tree says.
func tagHead(s *sentence, r [2]int) int {
	tags := *s
	tags.parsed = false
	return npHead(&tags, r)
}

// entityAt returns the entity with a mention overlapping span, preferring
// one whose mention covers the token at pref, then one of the given types.
func entityAt(d *doc.Doc, span doc.Span, pref doc.Span, types ...string) (*doc.Entity, doc.Span) {
	return entityWhere(d, span, pref, nil, types...)
}

// speakerAt is entityAt for a source's noun phrase: a place named in it
// away from its head is where the source is, not who ("a diplomat in
// Tripoli", "the Health Ministry in Port Sudan"), and so is anything
// named before "-based" ("the Yerevan-based news site"); a pronoun after
// the head is someone else or the source itself, and says nothing more.
func speakerAt(d *doc.Doc, span doc.Span, pref doc.Span, types ...string) (*doc.Entity, doc.Span) {
	where := func(e *doc.Entity, m doc.Mention) bool {
		if m.Span.Overlaps(pref) {
			return false
		}
		based := doc.Span{Start: m.Span.End, End: m.Span.End + len("-based")}
		// Nor is a pronoun after the head, in a clause on it ("a
		// broker, who asked not to be named because he ...").
		after := m.Kind == doc.MentionPronoun && m.Span.Start >= pref.End
		return e.Type == doc.EntityPlace || after || span.Contains(based) && d.Slice(based) == "-based" ||
			m.Span.Start >= pref.End && (locatedAt(d, m.Span) || relativeBetween(d, pref.End, m.Span.Start))
	}
	return entityWhere(d, span, pref, where, types...)
}

// relativeBetween reports whether a relative pronoun opens a clause
// between offsets from and to: what is named in a clause on the head
// is someone the source met or was seen by, not the source ("a Russian
// diplomat who spoke to MPA", "The draft, a copy of which was seen by
// MPA").
func relativeBetween(d *doc.Doc, from, to int) bool {
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= from })
	for ; k < len(d.Tokens) && d.Tokens[k].Span.End <= to; k++ {
		switch lower(&d.Tokens[k]) {
		case "who", "whom", "whose", "which":
			return true
		}
	}
	return false
}

// locatedAt reports whether the words right before span are a preposition
// of place ("a broker in Singapore", "diplomats at the UN").
func locatedAt(d *doc.Doc, span doc.Span) bool {
	for _, p := range []string{"in ", "at ", "near ", "in the ", "at the "} {
		n := utf8.RuneCountInString(p)
		if span.Start >= n && d.Slice(doc.Span{Start: span.Start - n, End: span.Start}) == p {
			return true
		}
	}
	return false
}

// entityWhere is entityAt leaving out the mentions skip reports.
func entityWhere(d *doc.Doc, span doc.Span, pref doc.Span, skip func(*doc.Entity, doc.Mention) bool, types ...string) (*doc.Entity, doc.Span) {
	var best *doc.Entity
	var bestSpan doc.Span
	score := -1
	for ei := range d.Entities {
		e := &d.Entities[ei]
		for _, m := range e.Mentions {
			if !m.Span.Overlaps(span) || !span.Contains(m.Span) && m.Span.Len() > span.Len() || skip != nil && skip(e, m) {
				continue
			}
			sc := 0
			if m.Span.Overlaps(pref) {
				sc += 4
			}
			for _, t := range types {
				if e.Type == t {
					sc += 2
				}
			}
			if m.Kind == doc.MentionName {
				sc++
			}
			if sc > score {
				best, bestSpan, score = e, m.Span, sc
			}
		}
	}
	return best, bestSpan
}

// indefinite are the determiners of one not named: "a", "one", "another".
var indefinite = set(`a an one another`)

// sourceKind classifies the source noun phrase r and links its entity.
func sourceKind(d *doc.Doc, s *sentence, r [2]int) (string, string) {
	h, th := npHead(s, r), tagHead(s, r)
	// A head the tree chose among nouns that name nothing ("the defence
	// ministry" parsed with "defence" as its head) gives way to the one
	// the tags give when that one names who speaks.
	if s.parsed && !kindNoun(lemma(s.tok(h))) && kindNoun(lemma(s.tok(th))) {
		h = th
	}
	// A common noun right before the tags' head is its modifier, not
	// the head ("Eritrea's information ministry" parsed with
	// "information" as the head).
	if s.parsed && th == h+1 && s.tok(h).UPOS == "NOUN" && (s.tok(th).UPOS == "NOUN" || s.tok(th).UPOS == "PROPN") {
		h = th
	}
	// A noun for a person after a name is the head: "An Indian Ministry
	// of External Affairs spokesman".
	if l := r[1] - 1; l > h && s.tok(h).UPOS == "PROPN" && s.tok(l).UPOS == "NOUN" && personNouns[lemma(s.tok(l))] && !plural(s.tok(l)) {
		name := true
		for k := h + 1; k < l; k++ {
			w := lower(s.tok(k))
			name = name && (capitalised(s.tok(k)) || w == "of" || w == "for" || w == "and")
		}
		if name {
			h = l
		}
	}
	// "A video circulating on social media": a participle the tagger
	// read as a noun, with the noun it describes before it.
	if t := s.tok(h); t.UPOS == "NOUN" && strings.HasSuffix(lower(t), "ing") && h-1 >= r[0] && s.tok(h-1).UPOS == "NOUN" && kindNoun(lemma(s.tok(h-1))) {
		h--
	}
	// "79 percent of Democrats", "a majority of voters": the people
	// counted are the source's kind.
	// "One of the sources", "two of the sources": anonymous sources
	// taken up again.
	if (lower(s.tok(h)) == "one" || s.tok(h).UPOS == "NUM") && h+2 < r[1] && lower(s.tok(h+1)) == "of" {
		// ("two of the people", "one of them": people counted, unnamed.)
		if th := tagHead(s, [2]int{h + 2, r[1]}); (anonymousNouns[lemma(s.tok(th))] || unnamedNouns[lower(s.tok(th))]) && plural(s.tok(th)) || lower(s.tok(th)) == "them" {
			return doc.SourceUnnamed, ""
		}
	}
	// "79 percent of Democrats", "a majority of voters", "a set of
	// documents": what is counted is the source's kind.
	if quantityNouns[lemma(s.tok(h))] && h+2 < r[1] && lower(s.tok(h+1)) == "of" {
		h = tagHead(s, [2]int{h + 2, r[1]})
	}
	ht := s.tok(h)
	hl := lemma(ht)
	span := s.span(r[0], r[1])
	// An appositive name is the better anchor: "The leader of X, Ahmad
	// Massoud" is Massoud.
	pref := ht.Span
	apPerson := false
	if ap := s.firstChild(h, "appos"); ap >= 0 && ap < r[1] {
		pref = s.tok(ap).Span
		// "Peskov, the Kremlin spokesman": the apposition says who.
		apPerson = personNouns[lemma(s.tok(ap))] && !plural(s.tok(ap))
	} else if k := h + 1; personNouns[hl] && !plural(ht) && k+1 < r[1] && s.tok(k).Text == "," && s.tok(k+1).NER == "B-PER" {
		// "Okafor's spokeswoman, Jenna Price": the name set off after a
		// noun for a person is who speaks, whatever the parse made of
		// it (a name read as a common noun and a conjunct).
		end := k + 2
		for end < r[1] && s.tok(end).NER == "I-PER" {
			end++
		}
		pref = s.span(k+1, end)
	} else if k := h + 1; !s.parsed && ht.UPOS == "PROPN" && k+1 < r[1] && s.tok(k).Text == "," {
		// The same off the tags.
		if np := npAfter(s, k+1); np[0] < np[1] {
			t := s.tok(tagHead(s, np))
			apPerson = personNouns[lemma(t)] && !plural(t)
		}
	} else if ht.UPOS == "PROPN" {
		// "Kyiv Mayor Vitali Klitschko": a title before a person's
		// name, all one flat name to the parse, is the person.
		last := r[1] - 1
		for last > h && isPunct(s.tok(last)) {
			last--
		}
		flat := last > h
		for k := h + 1; k <= last; k++ {
			flat = flat && s.tok(k).UPOS == "PROPN"
		}
		if flat && strings.HasSuffix(s.tok(last).NER, "-PER") && !strings.HasSuffix(ht.NER, "-PER") {
			pref, apPerson = s.tok(last).Span, true
		}
	}
	definite := false
	hasName := false
	for i := r[0]; i < r[1]; i++ {
		t := s.tok(i)
		// Only a determiner of the head itself: "sources familiar with
		// the matter" are not definite.
		switch lower(t) {
		case "the", "this", "that", "its", "his", "her", "their":
			definite = definite || i < h
		}
		_, wd := weekdays[lower(t)]
		_, mo := months[lower(t)]
		// A name after the head is in a modifier ("experts consulted
		// by Reuters", "sources close to Putin"), not the source's.
		if (t.UPOS == "PROPN" || strings.HasPrefix(t.NER, "B-") || strings.HasPrefix(t.NER, "I-")) && !wd && !mo && i <= h {
			hasName = true
		}
	}
	kind := ""
	switch {
	// "Reports that ...", "unconfirmed claims": hearsay from no one
	// named, whatever the tagger made of the plural.
	case !definite && !hasName && hearsayPlural(lower(ht)):
		kind = doc.SourceUnnamed
	// ("The columnist Abdulkadir Selvi" is a person named; "the author
	// of the article, X," is still the author.)
	case (hl == "author" || hl == "writer" || hl == "columnist") && definite && !(h+1 < r[1] && s.tok(h+1).UPOS == "PROPN"):
		kind = doc.SourceAuthor
	// "the Finnish paper", "a Helsinki paper": a newspaper.
	case hl == "paper" && paperOfPlace(s, r, h):
		kind = doc.SourceOutlet
	// A name is not a document for ending in one ("The Washington
	// Post", "Daily Mail").
	// ("Reports say", "estimates show": hearsay from no one named; "the
	// ministry's estimates" are its documents.)
	case documentNouns[hl] && !((hl == "report" || hl == "estimate") && plural(ht) && !definite) && ht.UPOS != "PROPN":
		kind = doc.SourceDocument
	// A station broadcasts only with a word that says so ("radio
	// station"; not "polling stations").
	case outletNouns[hl] && (hl != "station" || broadcastModifier(s, r, h)) || (hl == "agency" || hl == "service") && newsModifier(s, r, h):
		kind = doc.SourceOutlet
	case hl == "station":
		kind = doc.SourceGroup // its staff
	}
	// "the news agency Tasnim", "the daily Danas": the name after a
	// noun for an outlet, whichever of the two the head is taken to be.
	// (An acronym is a name whatever its tag: "the state broadcaster
	// RTS".)
	if kind == "" && (ht.UPOS == "PROPN" || isUpperWord(ht.Text)) {
		k := h
		for k > r[0] && s.tok(k-1).UPOS == "PROPN" {
			k--
		}
		if n := k - 1; n >= r[0] {
			if l := lemma(s.tok(n)); outletNouns[l] && l != "station" || (l == "agency" || l == "service") && newsModifier(s, r, n) {
				kind = doc.SourceOutlet
			}
		}
	}
	// A name written as a web address ("the news site Sahman.am"), which
	// the tagger may take for a common noun.
	if kind == "" && capitalised(ht) && outlet.IsWebName(ht.Text) {
		kind = doc.SourceOutlet
	}
	// A news outlet the registry knows by the whole phrase, written as
	// a name ("The Economist", not "the economist").
	if kind == "" && capitalised(ht) {
		if _, ok := outlet.Lookup(d.Slice(span)); ok {
			kind = doc.SourceOutlet
		}
	}
	e, espan := speakerAt(d, span, pref, doc.EntityOutlet, doc.EntityPerson)
	// "Legal experts consulted by Reuters" are not the outlet.
	// ("the Iranian agency Tasnim": a name after a noun an outlet can be
	// named by is the outlet's.)
	if kind == "" && e != nil && e.Type == doc.EntityOutlet && (espan.Overlaps(pref) || !kindNoun(hl) || (outletNouns[hl] || hl == "agency" || hl == "service") && espan.Start >= ht.Span.End) {
		kind = doc.SourceOutlet
	}
	// An entity named inside the phrase but not at its head ("the
	// Israeli defence minister") links the source; its type does not
	// decide the kind, the head noun does.
	ek := e
	if e != nil && !espan.Overlaps(pref) && (personNouns[hl] || authorNouns[hl] || unnamedNouns[hl] || groupNouns[hl] && ht.UPOS == "NOUN") {
		ek = nil
	}
	// A person's title before a name ("Foreign Minister Gedion
	// Timothewos", "lawmaker Park Sun-won") makes it a person's,
	// whatever the recogniser made of the name.
	// (Also where the parse took a capitalised word before the title for
	// the head: "Information Minister Abdirahman Yusuf Farah".)
	// (Not a body's name that begins with a noun for a person: "The
	// Norwegian Refugee Council".)
	if kind == "" && !plural(ht) && (ht.UPOS == "PROPN" || capitalised(ht) && h == r[0]) && !(e != nil && e.Type != doc.EntityPerson && groupNouns[hl]) {
		// (Only in the name's own words: "Basim al-Awadi, a spokesman
		// for Prime Minister Mohammed al-Sudani" is the spokesman.)
		for i := r[0]; i+1 < r[1] && !(i > h && (s.tok(i).Text == "," || s.tok(i).UPOS == "ADP")); i++ {
			if t := s.tok(i); (t.UPOS == "NOUN" || t.UPOS == "PROPN") && personNouns[lower(t)] && s.tok(i+1).UPOS == "PROPN" && (i+1 >= h && ht.UPOS == "PROPN" || strings.HasSuffix(s.tok(i+1).NER, "PER")) {
				apPerson = true
				if e2, _ := entityAt(d, s.span(i+1, r[1]), s.tok(i+1).Span, doc.EntityPerson); e2 != nil && e2.Type == doc.EntityPerson {
					e = e2
				}
				break
			}
		}
	}
	if kind == "" && apPerson {
		kind = doc.SourcePerson
	}
	if kind == "" && ht.UPOS == "PRON" {
		switch hl {
		case "he", "she", "i", "you", "who", "him", "her", "me", "his", "my", "your":
			kind = doc.SourcePerson
		case "we", "they", "it", "its", "our", "their":
			kind = doc.SourceGroup
		default:
			kind = doc.SourceUnnamed
		}
	}
	// "The source, who was not authorised to speak": a source once
	// unnamed stays unnamed when taken up again.
	// So are an outlet's sources ("the newspaper's source").
	anaphor := definite && anonymousNouns[hl] && (r[0] == h-1 || lower(s.tok(r[0])) == "the" && r[0] == h-2 && s.tok(h-1).UPOS == "ADJ" || s.tok(h-1).XPOS == "POS")
	// ("Kremlin sources", "Hospital sources": sources are not named by
	// where they are.)
	if kind == "" && (unnamedNouns[hl] || unnamedNouns[lower(ht)]) && (!hasName || ek == nil && e != nil || hl == "source" && plural(ht)) && ek == nil && (!definite || anaphor) && (plural(ht) || !personNouns[hl]) {
		kind = doc.SourceUnnamed
	}
	// "two unnamed intelligence officials", "an anonymous source":
	// unnamed in so many words.
	if kind == "" && ht.UPOS != "PROPN" {
		for i := r[0]; i < h; i++ {
			if anonymityWords[lower(s.tok(i))] {
				kind = doc.SourceUnnamed
			}
		}
	}
	// "A Western diplomat in the region", "one senior official",
	// "another official": one person, described and not named, is an
	// unnamed source as officials are.
	if kind == "" && !definite && !hasName && ek == nil && (personNouns[hl] || hl == "person") && !plural(ht) && ht.UPOS == "NOUN" && indefinite[lower(s.tok(r[0]))] {
		kind = doc.SourceUnnamed
	}
	// "A Western diplomat, who asked not to be named,", "officials
	// speaking on condition of anonymity": unnamed by their own wish.
	if kind == "" && ht.UPOS != "PROPN" && ht.UPOS != "PRON" && !apPerson && unnamedByWish(s, r) {
		kind = doc.SourceUnnamed
	}
	if kind == "" && ek != nil {
		switch ek.Type {
		case doc.EntityPerson:
			kind = doc.SourcePerson
		case doc.EntityOrganization, doc.EntityCountry, doc.EntityGroup, doc.EntityPlace:
			kind = doc.SourceGroup
		}
	}
	if kind == "" && ht.UPOS == "PROPN" {
		kind = doc.SourcePerson
		// A person's title before the name ("lawmaker Park Sun-won")
		// makes it a person's, whatever words of the name say.
		titled := false
		for i := r[0]; i < h; i++ {
			if t := s.tok(i); t.UPOS == "NOUN" && personNouns[lemma(t)] && !plural(t) {
				titled = true
			}
		}
		for i := r[0]; i < r[1] && !titled; i++ {
			// "the news portal Maliweb": an outlet noun before the name.
			// Not in a name the recogniser calls a person's ("Michael
			// Bloomberg").
			// Not part of a hyphenated name ("Park Sun-won").
			hyphened := i+1 < r[1] && s.inWordHyphen(i+1)
			if w := s.tok(i).Text; newsNameWords[lower(s.tok(i))] && !hyphened && w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.HasSuffix(ht.NER, "PER") ||
				i < h && outletNouns[lemma(s.tok(i))] {
				kind = doc.SourceOutlet
				break
			}
		}
		// "the Defence Ministry", "the Institute for the Study of War":
		// the name of a body, whose last word is the head whatever the
		// parse made of it.
		last := h
		for last+1 < r[1] && s.tok(last+1).UPOS == "PROPN" {
			last++
		}
		// A plural name is a group's ("Republicans", "the Kurds"), and
		// so is a name after a noun for a body ("the peacekeeping
		// mission KFOR").
		first := h
		for first > r[0] && s.tok(first-1).UPOS == "PROPN" {
			first--
		}
		bodyBefore := first > r[0] && s.tok(first-1).UPOS == "NOUN" && groupNouns[lemma(s.tok(first-1))]
		if kind == doc.SourcePerson && (strings.HasSuffix(ht.NER, "ORG") || strings.HasSuffix(ht.NER, "LOC") || groupNouns[lemma(s.tok(last))] || plural(ht) || bodyBefore) {
			kind = doc.SourceGroup
		}
	}
	if kind == "" {
		switch {
		// "the Philippine coast guard": a body named by a compound
		// whose head alone is a person.
		case h > r[0] && bodyCompounds[lower(s.tok(h-1))+" "+hl]:
			kind = doc.SourceGroup
		case (personNouns[hl] || authorNouns[hl]) && !plural(ht):
			kind = doc.SourcePerson
		case groupNouns[hl] || plural(ht) || quantityNouns[hl] || quantityNouns[lemma(s.tok(r[1]-1))]:
			// "One percent support X": a share of people.
			kind = doc.SourceGroup
		default:
			kind = doc.SourcePerson
		}
	}
	id := ""
	if e != nil && !(kind == doc.SourceOutlet && (e.Type == doc.EntityCountry || e.Type == doc.EntityPlace) && !espan.Overlaps(pref)) && !topicAfterHead(s, r, h, espan) &&
		!(kind == doc.SourceUnnamed && e.Type == doc.EntityPerson) {
		// (Not the state of "a Turkish daily": an outlet is not its
		// country's voice. Nor what a phrase after the head is about:
		// "the UN rapporteur on Turkey", "the envoy to Kyiv". Nor the
		// person unnamed sources are close to.)
		id = e.ID
	}
	return kind, id
}

// topicAfterHead reports whether span sp lies in a phrase right after the
// head h of the source r that names what the source deals with, not who
// it is: "on Turkey", "to Kyiv", "about the war".
func topicAfterHead(s *sentence, r [2]int, h int, sp doc.Span) bool {
	k := h + 1
	if k >= r[1] || s.tok(k).UPOS != "ADP" {
		return false
	}
	switch lower(s.tok(k)) {
	case "on", "about", "to", "against", "toward", "towards", "over":
		return sp.Start >= s.tok(k).Span.End
	}
	return false
}

// paperOfPlace reports whether the head "paper" at h has a state's
// adjective or a name before it: a newspaper, not a study.
func paperOfPlace(s *sentence, r [2]int, h int) bool {
	for k := r[0]; k < h; k++ {
		if t := s.tok(k); t.UPOS == "PROPN" || t.UPOS == "ADJ" && capitalised(t) {
			return true
		}
	}
	return false
}

// quantityNouns count the people of the noun phrase after "of".
var quantityNouns = set(`percent cent majority minority half third quarter share number most many some
	all none plurality set series batch trove cache collection`)

// kindNoun reports whether a noun's lemma tells the kind of a source.
func kindNoun(l string) bool {
	return groupNouns[l] || personNouns[l] || outletNouns[l] || documentNouns[l] || authorNouns[l] || unnamedNouns[l]
}

func plural(t *doc.Token) bool {
	return t.XPOS == "NNS" || t.XPOS == "NNPS" || strings.Contains(t.Feats, "Number=Plur")
}

// newsModifier reports whether a word before the head marks a news agency
// or wire service ("news agency", "press service").
func broadcastModifier(s *sentence, r [2]int, h int) bool {
	for i := r[0]; i < h; i++ {
		switch lower(s.tok(i)) {
		case "radio", "television", "tv", "news", "broadcast", "broadcasting", "state":
			return true
		}
	}
	return false
}

func newsModifier(s *sentence, r [2]int, h int) bool {
	for i := r[0]; i < h; i++ {
		switch lower(s.tok(i)) {
		case "news", "press", "wire", "information":
			return true
		}
	}
	return false
}

// unnamedByWish reports whether the source noun phrase r, or an aside set
// off by commas right after it, says the source wished not to be named
// (the frames reportsNothing drops as acts of saying).
func unnamedByWish(s *sentence, r [2]int) bool {
	end := r[1]
	if end+1 < s.end && s.tok(end).Text == "," {
		end++
		for end < s.end && s.tok(end).Text != "," && end-r[1] <= 12 {
			end++
		}
	}
	for k := r[0]; k < end; k++ {
		switch l := lemma(s.tok(k)); l {
		case "speak", "talk", "ask", "request", "decline", "refuse":
			if reportsNothing(s, k, l) {
				return true
			}
		}
	}
	return false
}

// bodyCompounds are bodies named by a compound whose head alone names a
// person ("coast guard").
var bodyCompounds = map[string]bool{"coast guard": true, "national guard": true, "border guard": true,
	"republican guard": true, "revolutionary guard": true, "presidential guard": true, "home guard": true}
