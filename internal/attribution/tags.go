package attribution

// Readings of noun phrases, subjects and clause frames off the
// part-of-speech tags alone, for sentences whose tree is missing or not
// trusted (see plausibleParse), and as the first reading of every
// sentence.

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/timex"
)

// npTag reports whether a token can be part of a plain noun phrase.
func npTag(t *doc.Token) bool {
	if t.XPOS == "HYPH" || t.Text == "-" || currency(t.Text) {
		return true
	}
	// "neither side", "either party": a determiner the tagger reads as
	// a conjunction.
	if t.UPOS == "CCONJ" && correlatives[lower(t)] {
		return true
	}
	switch t.UPOS {
	case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART":
		// A plural's possessive is the apostrophe alone ("the Forces'
		// claim").
		// (Typographic or not: the tagger tells the possessive from a
		// closing quotation mark.)
		return t.UPOS != "PART" || t.Text == "'s" || t.Text == "’s" || t.XPOS == "POS" && (t.Text == "'" || t.Text == "’")
	}
	return false
}

// currency reports a currency sign ("$", "€"), which opens an amount.
func currency(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && n == len(w) && unicode.Is(unicode.Sc, r)
}

// npAfter is the noun phrase that starts at token i ("said Caddell").
func npAfter(s *sentence, i int) [2]int {
	a := i
	b := a
	// A relative pronoun starts a clause about the noun phrase, not
	// more of it ("an official who was not authorized ...").
	// A word joined by a hyphen goes on with the phrase whatever its tag
	// ("Park Sun-won", with "won" read as a verb).
	for b < s.end && (npTag(s.tok(b)) && !(b > a && relativeWord(s.tok(b))) || b > a && lower(s.tok(b)) == "of" && b+1 < s.end && s.tok(b+1).UPOS == "PROPN" || inName(s, b) ||
		b > a+1 && s.inWordHyphen(b-1)) {
		b++
		// "Rep. Jane Roe (D-Ohio)": a bracketed aside goes with the name.
		if b+1 < s.end && s.tok(b).Text == "(" && b > a {
			k := b + 1
			for k < s.end && s.tok(k).Text != ")" && k-b < 8 {
				k++
			}
			if k < s.end && s.tok(k).Text == ")" {
				b = k + 1
			}
		}
	}
	if a == b || !hasNoun(s, a, b) {
		return [2]int{}
	}
	return [2]int{a, b}
}

// inName reports whether token b goes on a name the recogniser found
// from the token before, whatever its tag (see doc.InName), and is
// written as a name.
func inName(s *sentence, b int) bool {
	return b > s.first && s.d.InName(b) && capitalised(s.tok(b))
}

func hasNoun(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		switch s.tok(i).UPOS {
		case "NOUN", "PROPN", "PRON":
			return true
		}
		if misreadName(s.tok(i)) {
			return true
		}
	}
	return false
}

// parenthetical finds ", NP cue ," / ", NP cue ." / ", cue NP ." and the
// sentence-final ", NP cue ." from the tags alone and returns the token
// range to cut out of the sentence (commas included).
func parenthetical(s *sentence, i int) (int, int, bool) {
	lem := cueLemma(s.tok(i))
	addressee := cueVerbs[lem].frame&fAddressee != 0
	endOK := func(j int) (int, bool) {
		// j: first token after the cue group
		if j >= s.end {
			return j, true
		}
		t := s.tok(j).Text
		if t == "," {
			return j + 1, true
		}
		if t == ":" {
			// "In a 1963 speech, he declared:" introduces what follows.
			return j, false
		}
		if isPunct(s.tok(j)) && s.words(j, s.end) == 0 {
			return s.end, true
		}
		return j, false
	}
	cueEnd := i + 1
	for cueEnd < s.end && (s.tok(cueEnd).Dep == "compound:prt" || s.tok(cueEnd).UPOS == "ADV" && s.tok(cueEnd).Text != ",") {
		cueEnd++
	}
	// The hearer of a verb of telling goes with the cue: "..., she
	// told reporters.", "..., Smith told Reuters on Friday."
	if addressee {
		if k := addresseeAfter(s, cueEnd); k > cueEnd && (hearerOnly[lem] || hearerLike(s, k-1)) {
			if _, ok := endOK(cueEnd); !ok {
				cueEnd = k
			}
		}
	}
	// When and where it was said may follow the cue: "..., the agency
	// said Monday.", "..., she said in a June report, ...". The words up
	// to the next comma or the end must hold no verb.
	if _, ok := endOK(cueEnd); !ok && cueEnd < s.end {
		k := cueEnd
		for k < s.end && s.tok(k).Text != "," && !isVerbTag(s.tok(k)) && s.tok(k).UPOS != "AUX" && lower(s.tok(k)) != "that" &&
			!isQuoteTok(s.tok(k)) && !(isPunct(s.tok(k)) && s.words(k, s.end) == 0) && k-cueEnd < 8 {
			k++
		}
		// Not a preposition the cue takes its content through ("would
		// vote for Clinton").
		if k > cueEnd && (s.tok(cueEnd).UPOS == "ADP" && !(cueVerbs[lem].frame&fPrep != 0 && takesPrep(lem, lower(s.tok(cueEnd)))) || temporalNP(s, [2]int{cueEnd, k})) {
			if _, ok := endOK(k); ok {
				cueEnd = k
			}
		}
	}
	// ", NP cue ," (and ", as NP has said.")
	// ("…,” he was quoted as saying": the frame is the cue.)
	start := i
	if s.tok(i).XPOS == "VBG" && i-2 > s.first && lower(s.tok(i-1)) == "as" && s.tok(i-2).XPOS == "VBN" && citingLemmas[lemma(s.tok(i-2))] {
		start = i - 2
	}
	last := auxBack(s, start-1)
	if last-1 > s.first && s.tok(last).Text == "," && s.tok(last-1).UPOS == "PROPN" {
		// ", his top aide, Tad Devine, told": the name after its
		// description is set off by commas too.
		last--
	}
	if np := chainBack(s, last); np[0] < np[1] {
		a := np[0]
		if a-2 > s.first && s.tok(a-1).Text == "," && hasName(s, np[0], np[1]) {
			if d := chainBack(s, a-2); d[0] < d[1] && d[0]-1 > s.first && s.tok(d[0]-1).Text == "," && !hasFinite(s, d[0], d[1]) && !relativeWord(s.tok(d[0])) {
				a = d[0]
			}
		}
		for a-1 >= s.first && (s.tok(a-1).UPOS == "ADV" || lower(s.tok(a-1)) == "as") {
			a--
		}
		if a-1 >= s.first && (s.tok(a-1).Text == "," || isQuoteTok(s.tok(a-1)) && a-2 >= s.first && s.tok(a-2).Text == ",") {
			if e, ok := endOK(cueEnd); ok {
				return a - 1, e, true
			}
		}
	}
	// ", military denies": a subject the tagger read as an adjective,
	// before a cue read as a noun, ending the sentence.
	if k := finalSubject(s, i); !isVerbTag(s.tok(i)) && k >= 0 && s.words(i+1, s.end) == 0 {
		return k, s.end, true
	}
	// ", cue NP ," ("said Caddell"); a participle there has its object
	// after it (", backing the governor,").
	// (Nor a base form other than "say": "..., describe a campaign" has
	// its subject before it, where "..., say some Democrats" inverts.)
	if i-1 >= s.first && (s.tok(i-1).Text == "," || isQuoteTok(s.tok(i-1))) && s.tok(i).XPOS != "VBG" && (s.tok(i).XPOS != "VB" || lower(s.tok(i)) == "say") {
		// With no clause before the comma, only a speaker after the cue
		// inverts ("Trump a liar, says Clinton"); "Quispe, 58, denies
		// all the charges" and "The army, which holds the east, denied
		// any involvement" have their subject before and their object
		// after.
		if np := npAfter(s, cueEnd); np[0] < np[1] && (finiteOutsideRelative(s, s.first, i-1) || speakerLike(s, np) && !subjectThenAside(s, i-1)) {
			if hasFinite(s, s.first, i-1) && speakerLike(s, np) {
				// Only after a clause, the content: "..., tweeted
				// their approval of the plan." has none; and only
				// after someone who can speak: ", denied any
				// involvement in the offensive," has an object.
				np[1] = affiliationAfter(s, np[1])
			}
			if e, ok := endOK(np[1]); ok {
				if e < s.end && hasFinite(s, s.first, i-1) && !finiteOutsideRelative(s, e, s.end) {
					// "..., said Jane Roe, an adviser to the mayor."
					return i - 1, s.end, true
				}
				return i - 1, e, true
			}
		}
	}
	return 0, 0, false
}

// subjectThenAside reports whether the words before the comma at j are a
// noun phrase and an aside set off after it ("Caribbean Pulse, in turn,",
// "The paper, however,"): the subject of the verb after the comma, not a
// content it inverts after.
func subjectThenAside(s *sentence, j int) bool {
	// "The video, which the ministry said was filmed in Kherson,": a
	// relative clause set off after the noun phrase it describes.
	if np := npAfter(s, s.first); np[0] == s.first && np[1]+1 < j && s.tok(np[1]).Text == "," && relativeWord(s.tok(np[1]+1)) {
		return true
	}
	k := asidePhrase(s, s.first, j)
	if k == j && j-2 > s.first && s.tok(j-1).UPOS == "ADV" && s.tok(j-2).Text == "," {
		k = j - 2
	}
	return k < j && k > s.first && npAfter(s, s.first)[1] == k
}

// speakerLike reports whether noun phrase r can name a speaker: it holds
// a name or ends in a noun for people, bodies or outlets.
func speakerLike(s *sentence, r [2]int) bool {
	if hasName(s, r[0], r[1]) {
		return true
	}
	return kindNoun(lemma(s.tok(tagHead(s, r))))
}

// affiliationAfter extends a speaker's noun phrase ending at j with the
// place or body named after it, up to the next comma or the end: "...,
// says political scientist Dossym Satpayev in Almaty.", "..., said Jane
// Roe of the Brookings Institution.". A phrase with a verb is a clause of
// its own and is left alone.
func affiliationAfter(s *sentence, j int) int {
	if j+1 >= s.end || s.tok(j).UPOS != "ADP" {
		return j
	}
	switch lower(s.tok(j)) {
	case "in", "at", "of", "from", "with":
	default:
		return j
	}
	k := j + 1
	for k < s.end && npTag(s.tok(k)) && k-j <= 6 {
		k++
	}
	if k == j+1 || !hasNoun(s, j+1, k) || k < s.end && s.tok(k).Text != "," && !(isPunct(s.tok(k)) && s.words(k, s.end) == 0) {
		return j
	}
	return k
}

// chainBack reads a noun phrase that ends at token j off the tags,
// including "of"/"by" phrases and participles inside it ("an article
// published by X", "the leader of the Y"). It returns [start, j+1) or an
// empty range.
func chainBack(s *sentence, j int) [2]int {
	b := j + 1
	a := b
	for a-1 >= s.first {
		t := s.tok(a - 1)
		switch {
		// Nothing comes before a personal pronoun in its noun phrase
		// ("told reporters he could ...").
		// A determiner or possessive opens its noun phrase: what comes
		// before it is another ("a charge his lawyers say ...").
		// (A time phrase is left for the subject rules to drop: "The
		// senator this week said".)
		case a < b && (s.tok(a).UPOS == "DET" || s.tok(a).XPOS == "PRP$") && t.XPOS != "PDT" && npTag(t) && t.UPOS != "DET" && !temporalNP(s, [2]int{a, b}):
		case npTag(t) && !(t.UPOS == "PRON" && a < b && t.XPOS != "PRP$") && !(a < b && s.tok(a).XPOS == "PRP" && !reflexive(s.tok(a))):
			a--
			continue
		case t.UPOS == "ADP" && a < b && a-2 >= s.first && (npTag(s.tok(a-2)) || s.tok(a-2).XPOS == "VBN" || s.tok(a-2).XPOS == "VBD" && a-3 >= s.first && s.tok(a-3).UPOS == "ADV"):
			switch lower(t) {
			case "of", "by", "for", "from", "at", "in", "with", "to", "on":
				a--
				continue
			}
		case t.XPOS == "VBN" && a < b && a-2 >= s.first && (s.tok(a-2).UPOS == "NOUN" || s.tok(a-2).UPOS == "PROPN"):
			a--
			continue
		case (t.XPOS == "VBN" || t.XPOS == "VBD") && a < b && a-3 >= s.first && s.tok(a-2).UPOS == "ADV" && strings.HasSuffix(lower(s.tok(a-2)), "ly") && s.tok(a-3).UPOS == "NOUN" && s.tok(a).UPOS == "ADP":
			// "documents purportedly leaked from the administration",
			// the participle read as a past tense or not.
			a -= 2
			continue
		case (t.XPOS == "VBN" || t.XPOS == "VBD" && a-2 >= s.first && s.tok(a-2).Text == "," && lexLemma(t) == "" && strings.HasSuffix(lower(t), "ed")) && a < b && (npTag(s.tok(a)) || s.tok(a).XPOS == "VBG") && s.tok(a).UPOS != "DET",
			t.UPOS == "ADV" && a+1 < b && s.tok(a).XPOS == "VBN" && npTag(s.tok(a+1)) && s.tok(a+1).UPOS != "DET":
			// A participle before its noun, with its adverb ("newly
			// filed reports"); after a comma, one read as a past tense
			// (", leaked report says").
			a--
			continue
		case t.XPOS == "VBG" && a < b && s.tok(a).UPOS == "NOUN" && a-2 >= s.first && (s.tok(a-2).UPOS == "DET" || s.tok(a-2).UPOS == "ADJ" || s.tok(a-2).XPOS == "VBN"):
			// "the NATO-led peacekeeping mission": an -ing word between
			// the determiner or an adjective and the noun modifies it.
			a--
			continue
		case t.UPOS == "ADV" && a < b && a-2 >= s.first && s.tok(a-2).XPOS == "POS" && s.tok(a).UPOS == "NOUN":
			// "the opposition's tally sheets": after a possessive, a
			// noun the tagger read as an adverb.
			a--
			continue
		case (lower(t) == "and" || lower(t) == "or") && a < b && a-2 >= s.first && (s.tok(a-2).UPOS == "NOUN" || s.tok(a-2).UPOS == "PROPN") &&
			(s.tok(a).UPOS == "NOUN" || s.tok(a).UPOS == "PROPN" || s.tok(a).UPOS == "DET" || s.tok(a).UPOS == "ADJ"):
			// "leaders and diplomats said": coordinated subjects.
			a--
			continue
		}
		break
	}
	// Drop a dangling preposition or participle at the front.
	for a < b && (s.tok(a).UPOS == "ADP" || s.tok(a).XPOS == "VBN") {
		a++
	}
	// "The Israeli military": an adjective the tagger gave the head noun.
	nominal := a < b-1 && s.tok(a).UPOS == "DET" && s.tok(b-1).UPOS == "ADJ"
	if a == b || !hasNoun(s, a, b) && !nominal {
		return [2]int{}
	}
	return [2]int{a, b}
}

// subjectByTags finds the subject of cue i from the tags alone: the noun
// phrase before it, with an appositive between commas ("The leader of X,
// Ahmad Massoud, said").
func subjectByTags(s *sentence, i int) [2]int {
	j := auxBack(s, i-1)
	// "Labour had come to power promising to ...", "marched down the
	// street saying": a participle right after where a verb of going
	// went shares that verb's subject. (After other verbs the object is
	// as often the participle's subject: "donated to a super PAC
	// supporting Clinton", "held up a sign saying".)
	if s.tok(i).XPOS == "VBG" && j == i-1 {
		if np := chainBack(s, j); np[0] < np[1] && np[1] == i && np[0]-2 >= s.first && s.tok(np[0]-1).UPOS == "ADP" && s.tok(np[0]-2).UPOS == "VERB" &&
			goingVerbs[lemma(s.tok(np[0]-2))] && !speakerLike(s, np) {
			if sub := subjectByTags(s, np[0]-2); sub[0] < sub[1] {
				return sub
			}
		}
	}
	// "Trump - who said X - said": the aside between dashes tells who
	// the subject before it is.
	if j > s.first && s.asideDash(j) {
		for k := j - 1; k > s.first; k-- {
			if s.asideDash(k) {
				j = auxBack(s, k-1)
				break
			}
		}
	}
	// "The ministry, however, said": a discourse adverb set off between
	// subject and verb.
	if j-2 > s.first && s.tok(j).Text == "," && s.tok(j-1).UPOS == "ADV" && edgeWords[lower(s.tok(j-1))] && s.tok(j-2).Text == "," {
		j -= 3
	} else if j > s.first && s.tok(j).Text == "," {
		// Or a short prepositional aside (", in turn,").
		if k := asidePhrase(s, s.first, j); k < j && k > s.first {
			j = k - 1
		} else if j-2 > s.first && lexLemma(s.tok(j-1)) != "" && finiteVerb(s.tok(j-1)) {
			// Or a report of who says so: "The source, the newspaper
			// added, believes".
			if np := chainBack(s, j-2); np[0] < np[1] && np[1] == j-1 && np[0]-2 >= s.first && s.tok(np[0]-1).Text == "," && speakerLike(s, np) {
				j = np[0] - 2
			}
		}
	}
	// "Lukashenko has in recent months repeatedly stressed": a time
	// phrase inside the verb group.
	if np := chainBack(s, j); np[0] < np[1] && np[1] == j+1 && np[0]-2 >= s.first && s.tok(np[0]-1).UPOS == "ADP" && temporalNP(s, np) {
		if k := np[0] - 2; auxBack(s, k) < k {
			j = auxBack(s, k)
		}
	}
	// "cities that support ...", "Smith, who said ...": the relative
	// pronoun itself stands for the source, as in the clause.
	if j >= s.first {
		if w := lower(s.tok(j)); (w == "who" || w == "which" || w == "that") && (s.tok(j).XPOS == "WP" || s.tok(j).XPOS == "WDT") {
			return [2]int{j, j + 1}
		}
	}
	// A bracketed aside before the cue belongs to the subject
	// ("Rep. Moore (D-Wis.) said").
	end := j + 1
	if j >= s.first && s.tok(j).Text == ")" {
		k := j - 1
		for k >= s.first && s.tok(k).Text != "(" && j-k < 8 {
			k--
		}
		if k >= s.first && s.tok(k).Text == "(" {
			if np := chainBack(s, k-1); np[0] < np[1] {
				return [2]int{np[0], end}
			}
		}
	}
	if j < s.first {
		return [2]int{}
	}
	if s.tok(j).Text == "," {
		np2 := chainBack(s, j-1)
		if np2[0] < np2[1] && hasName(s, np2[0], np2[1]) {
			if k := np2[0] - 1; k >= s.first && s.tok(k).Text == "," {
				// (Also a subject after ", and": "X accused Y, and the
				// public defender, Levan Ioseliani, said".)
				if np1 := chainBack(s, k-1); np1[0] < np1[1] && (np1[0] == s.first || isPunct(s.tok(np1[0]-1)) || conjAfterComma(s, np1[0]-1) && clauseBefore(s, s.first, np1[0]-1)) {
					return [2]int{np1[0], np2[1]}
				}
			}
		}
		return appositiveSubject(s, j)
	}
	// "The army on Sunday said": the day is when.
	if k := onDateStart(s, s.first, j+1); k <= j && k > s.first {
		j = k - 1
	}
	r := chainBack(s, j)
	// "A specialist who asked to remain anonymous said": a relative
	// clause on the subject that ends in no noun phrase. (With a parse,
	// the tree has the subject; this is for tags alone.)
	if r[0] >= r[1] && !s.parsed && finiteVerb(s.tok(i)) {
		verb := false
		for k := j; k > s.first && j-k < 8 && !isPunct(s.tok(k)); k-- {
			verb = verb || isVerbTag(s.tok(k))
			if w := s.tok(k); verb && (lower(w) == "who" || lower(w) == "that") && (w.XPOS == "WP" || w.XPOS == "WDT") {
				if np := chainBack(s, k-1); np[0] < np[1] && (np[0] == skipDateline(s, s.first) || isPunct(s.tok(np[0]-1))) {
					return listBefore(s, np)
				}
				break
			}
		}
	}
	// "Residents who spoke to this newspaper described": the noun
	// phrase before the cue ends a relative clause on the subject, which
	// is the source with its clause.
	if k := relativeSubjectStart(s, r[0]); r[0] < r[1] && k >= 0 {
		np := chainBack(s, k-1)
		// ("Residents of Florida who were voting": over "of".)
		for np[0] < np[1] && np[0]-2 > s.first && lower(s.tok(np[0]-1)) == "of" {
			p := chainBack(s, np[0]-2)
			if p[0] >= p[1] {
				break
			}
			np[0] = p[0]
		}
		if np[0] < np[1] && (np[0] == skipDateline(s, s.first) || isPunct(s.tok(np[0]-1))) {
			return [2]int{np[0], r[1]}
		}
	}
	// "The concentration of troops near the border confirms": a phrase
	// of place inside the subject.
	if r[0] < r[1] && r[0]-2 >= s.first && placePreps[lower(s.tok(r[0]-1))] && npTag(s.tok(r[0]-2)) {
		if np := chainBack(s, r[0]-2); np[0] < np[1] {
			r[0] = np[0]
		}
	}
	// "Exit polls commissioned by opposition channels had shown": the
	// agent of a participle on the subject is no subject.
	if k := r[0] - 2; r[0] < r[1] && k-1 >= s.first && lower(s.tok(r[0]-1)) == "by" && s.tok(k).XPOS == "VBN" && npTag(s.tok(k-1)) && !isPunct(s.tok(k-1)) {
		if np := chainBack(s, k-1); np[0] < np[1] {
			r[0] = np[0]
		}
	}
	// "Officials investigating the blast said": the object of a
	// participle on the subject is no subject either, nor is that of its
	// preposition ("Residents posting on social media said").
	k := r[0] - 1
	if r[0] < r[1] && k-2 >= s.first && s.tok(k).UPOS == "ADP" && s.tok(k-1).XPOS == "VBG" {
		k--
	}
	if r[0] < r[1] && k-1 >= s.first && s.tok(k).XPOS == "VBG" && (s.tok(k-1).XPOS == "NNS" || s.tok(k-1).XPOS == "NNPS") && !hasFinite(s, s.first, k) {
		if np := chainBack(s, k-1); np[0] < np[1] {
			r[0] = np[0]
		}
	}
	// "On Tuesday Eritrea's ministry said": a fronted date with no
	// comma after it is when; the subject follows it.
	if r[0] < r[1] && r[0]-1 >= s.first && s.tok(r[0]-1).UPOS == "ADP" {
		k := r[0]
		for k < r[1] && (dateWord(s.tok(k)) || k > r[0] && s.tok(k).UPOS == "NUM" && dateWord(s.tok(k-1))) {
			k++
		}
		if k > r[0] && k < r[1] && s.tok(k).XPOS != "POS" {
			r[0] = k
			return listBefore(s, r)
		}
		// "Earlier in the day officials had put": the same with a
		// noun of time.
		for k := r[0] + 1; k < r[1]; k++ {
			if temporalNP(s, [2]int{r[0], k}) && !temporalNP(s, [2]int{r[0], k + 1}) && s.tok(k-1).UPOS == "NOUN" && npTag(s.tok(k)) && s.tok(k).XPOS != "POS" && s.tok(k).UPOS != "DET" {
				r[0] = k
				return listBefore(s, r)
			}
		}
	}
	// "In a televised interview Smith said": the noun phrase after a
	// fronted preposition is its object; the subject is the name after it.
	if r[0] < r[1] && r[0]-1 >= s.first && s.tok(r[0]-1).UPOS == "ADP" && (r[0]-1 == s.first || isPunct(s.tok(r[0]-2))) {
		k := r[1]
		for k > r[0] && (s.tok(k-1).UPOS == "PROPN" || s.tok(k-1).UPOS == "PRON") {
			k--
		}
		if k > r[0] && k < r[1] {
			return [2]int{k, r[1]}
		}
		return [2]int{}
	}
	// "Independent analysts who reviewed the sheets said": the noun
	// phrase before the cue is the object of a relative clause on the
	// subject, which the clause describes.
	if k := r[0] - 1; r[0] < r[1] && k-1 > s.first && isVerbTag(s.tok(k)) {
		for k > s.first && (isVerbTag(s.tok(k)) || s.tok(k).UPOS == "AUX" || s.tok(k).UPOS == "ADV") {
			k--
		}
		if w := s.tok(k); (lower(w) == "who" || lower(w) == "that") && (w.XPOS == "WP" || w.XPOS == "WDT") {
			if np := chainBack(s, k-1); np[0] < np[1] && (np[0] == skipDateline(s, s.first) || isPunct(s.tok(np[0]-1))) {
				r[0] = np[0]
			}
		}
	}
	return listBefore(s, r)
}

// listBefore extends a coordinated subject r ("the European Union and
// several Latin American governments") back over the members of its list
// set off by commas, when the list opens the clause: "The United States,
// the European Union and several Latin American governments".
func listBefore(s *sentence, r [2]int) [2]int {
	if r[0] >= r[1] || !slices.ContainsFunc(s.toks[r[0]-s.first:r[1]-s.first], func(t doc.Token) bool { return t.Text == "and" || t.Text == "or" }) {
		return r
	}
	a := r[0]
	for a-2 >= s.first && s.tok(a-1).Text == "," {
		np := chainBack(s, a-2)
		if np[0] == np[1] || hasFinite(s, np[0], np[1]) {
			return r
		}
		a = np[0]
	}
	if a == r[0] || a != skipDateline(s, s.first) {
		return r
	}
	return [2]int{a, r[1]}
}

func hasName(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if s.tok(i).UPOS == "PROPN" || s.tok(i).UPOS == "PRON" {
			return true
		}
	}
	return false
}

// capitalRun reports whether tokens [a, b) are two or more words written
// as a name, all capitalised but for joining words ("Human Rights Watch",
// "Committee to Protect Journalists"), which the tagger may have read as
// anything.
func capitalRun(s *sentence, a, b int) bool {
	if b-a < 2 || !capitalised(s.tok(a)) || !capitalised(s.tok(b-1)) {
		return false
	}
	for i := a; i < b; i++ {
		if t := s.tok(i); !capitalised(t) && !runJoiners[lower(t)] && !s.inWordHyphen(i) {
			return false
		}
	}
	return true
}

// skipLabel skips a headline's speaker label at the start of sentence s
// ("Al-Monitor: ..."): the label's own attribution's source (see
// speakerColon), no part of another's content. It returns a otherwise.
func skipLabel(s *sentence, a int) int {
	if a != s.first {
		return a
	}
	for k := a + 1; k < s.end && k <= a+5; k++ {
		if s.tok(k).Text == ":" {
			if k+1 < s.end && capitalRunOrName(s, a, k) {
				return k + 1
			}
			break
		}
	}
	return a
}

// capitalRunOrName reports whether tokens [a, b) are a name: one
// capitalised word or a capitalRun.
func capitalRunOrName(s *sentence, a, b int) bool {
	if b-a == 1 {
		t := s.tok(a)
		return capitalised(t) && t.UPOS == "PROPN"
	}
	return capitalRun(s, a, b)
}

// inWordHyphen reports whether token k is a hyphen inside a word, as in
// "Sun-won" or "Al-Monitor" (see doc.InWord).
func (s *sentence) inWordHyphen(k int) bool {
	return s.tok(k).Text == "-" && s.d.InWord(k)
}

// runJoiners may stand between the capitalised words of a name.
var runJoiners = set(`of for to the and on`)

// passiveByTags reads "was (adverb) confirmed by" off the tags.
func passiveByTags(s *sentence, i int) (aux int, ok bool) {
	if s.tok(i).XPOS != "VBN" {
		return -1, false
	}
	for j := i - 1; j >= s.first && j >= i-3; j-- {
		t := s.tok(j)
		if t.UPOS == "ADV" {
			continue
		}
		if lemma(t) == "be" || lemma(t) == "get" {
			return j, true
		}
		break
	}
	return -1, false
}

// agentByTags is the noun phrase after "by" following passive cue i, up
// to the end of its clause ("by media outlets, such as X").
func agentByTags(s *sentence, i int) [2]int {
	j := i + 1
	if j >= s.end || lower(s.tok(j)) != "by" {
		return [2]int{}
	}
	a := j + 1
	b := a
	lem := lexLemma(s.tok(i))
	for b < s.end {
		t := s.tok(b)
		if t.Text == ";" || t.Text == ":" || isVerbTag(t) && t.XPOS != "VBN" && t.XPOS != "VBG" || lower(t) == "that" || t.UPOS == "SCONJ" {
			break
		}
		// "by the ministry, which called it ...": a relative clause
		// describes the agent; "accused by Ukraine of deporting": the
		// preposition an accusation takes opens what it charges.
		if t.Text == "," && b+1 < s.end && relativeWord(s.tok(b+1)) ||
			b > a && t.UPOS == "ADP" && cueVerbs[lem].typ == doc.CueAccusation && takesPrep(lem, lower(t)) {
			break
		}
		if isPunct(t) && s.words(b, s.end) == 0 {
			break
		}
		b++
	}
	for b > a && isPunct(s.tok(b-1)) {
		b--
	}
	if a == b || !hasNoun(s, a, b) {
		return [2]int{}
	}
	return [2]int{a, b}
}

// clauseAfter finds where a clause starts after cue i from the tags: a
// quotation mark or colon right after the cue, or the noun phrase before
// the first finite verb within a short distance. It returns -1 when none.
func clauseAfter(s *sentence, i int) int {
	j := i + 1
	for j < s.end && (s.tok(j).Text == "," || s.tok(j).Text == ":") {
		j++
	}
	// "asked not to be identified because he was ...": an infinitive
	// right after the cue is what it takes, not a clause further on.
	if j == i+1 && j < s.end && (s.tok(j).XPOS == "TO" || lower(s.tok(j)) == "not" && j+1 < s.end && s.tok(j+1).XPOS == "TO") {
		return -1
	}
	// "said last week on CNN “...”", "said in a statement “...”": when
	// and where it was said, then the quotation.
	k := j
	if np := npAfter(s, k); np[0] < np[1] && temporalNP(s, np) {
		k = np[1]
	}
	for k < s.end && s.tok(k).UPOS == "ADP" {
		np := npAfter(s, k+1)
		if np[0] == np[1] {
			break
		}
		k = np[1]
	}
	// (Not a quotation that a naming noun introduces: "writes under the
	// name “Grey Zone”" names the writer.)
	if k > j && k < s.end && isQuoteTok(s.tok(k)) {
		if namingNouns[lemma(s.tok(k-1))] {
			return -1
		}
		j = k
	}
	if j < s.end && isQuoteTok(s.tok(j)) {
		// Not quoted words that run on as an adjunct ("would respond
		// “at the right time”").
		if j == i+1 && j+1 < s.end && (s.tok(j+1).UPOS == "ADP" || s.tok(j+1).UPOS == "SCONJ") {
			return -1
		}
		return j
	}
	// "says Trump's tweets are lies": the words after the cue start the
	// clause when a finite verb follows somewhere.
	if j < s.end && (npTag(s.tok(j)) && s.tok(j).UPOS != "PART" || s.tok(j).UPOS == "ADV" || s.tok(j).UPOS == "ADJ") {
		inRelative := false
		if k := auxBack(s, i-1); k >= s.first && relativeWord(s.tok(k)) {
			inRelative = true
		}
		for k := j + 1; k < s.end; k++ {
			if finiteVerb(s.tok(k)) || pastAfterSubject(s, k) {
				return j
			}
			// "who claimed X, said": the comma closes the relative
			// clause the cue is in, and the verb after it is the main
			// clause's.
			// Nor is a verb past the end of a quotation the cue is in
			// ("“We told the politicians,” he said"), nor that of a
			// speaker set off after a comma ("agreed the text of a
			// treaty, the ministries said").
			if s.tok(k).Text == ";" || s.tok(k).Text == "," && k+1 < s.end && finiteVerb(s.tok(k+1)) && inRelative || isQuoteTok(s.tok(k)) && quotedAt(s, i) ||
				s.tok(k).Text == "," && k+1 < s.end && speakerThenCue(s, k+1) {
				break
			}
		}
	}
	for k := j; k < s.end && k < j+12; k++ {
		t := s.tok(k)
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			if np := chainBack(s, k-1); np[0] < np[1] && np[0] >= j {
				// "neither side wanted": the tagger may read the
				// determiner as a conjunction.
				if np[0]-1 >= j && correlatives[lower(s.tok(np[0]-1))] {
					return np[0] - 1
				}
				// "said at least four tanks were burning": the figure's
				// hedge opens the subject.
				if np[0]-1 >= j && quantityOpens(s, np[0]-1) {
					return np[0] - 1
				}
				// "will report on the sessions as they happen": a clause
				// a subordinator opens tells when or why, not what.
				if np[0]-1 > j && adverbialOpeners[lower(s.tok(np[0]-1))] {
					return -1
				}
				return np[0]
			}
			if k == j {
				return -1
			}
			return -1
		}
		// A clause after a comma is not the cue's complement ("... will
		// agree to a ceasefire, a diplomat told Reuters").
		if t.Text == ";" || t.Text == "." || t.Text == "," {
			return -1
		}
	}
	return -1
}

// placePreps open a phrase of place that chainBack does not cross.
var placePreps = set(`near along across around inside outside`)

// quotedAt reports whether token i lies inside a quotation opened in its
// sentence: an odd number of quotation marks before it.
func quotedAt(s *sentence, i int) bool {
	n := 0
	for k := s.first; k < i; k++ {
		if isQuoteTok(s.tok(k)) {
			n++
		}
	}
	return n%2 == 1
}

// extendExamples widens a source over a list of examples that follows it
// (", such as X", ", including X"), which parsers often attach elsewhere.
func extendExamples(s *sentence, r [2]int) [2]int {
	j := r[1]
	if r[0] == r[1] || j+1 >= s.end || s.tok(j).Text != "," {
		return r
	}
	switch lower(s.tok(j + 1)) {
	case "such", "including":
	default:
		return r
	}
	b := j + 2
	for b < s.end {
		t := s.tok(b)
		if npTag(t) || t.UPOS == "ADP" || lower(t) == "as" || t.UPOS == "CCONJ" || t.Text == "," && b+1 < s.end && npTag(s.tok(b+1)) {
			b++
			continue
		}
		break
	}
	for b > j && (isPunct(s.tok(b-1)) || s.tok(b-1).UPOS == "ADP" || s.tok(b-1).UPOS == "CCONJ") {
		b--
	}
	if b <= j+2 {
		return r
	}
	return [2]int{r[0], b}
}

// extendNamed widens a source that ends in a common noun over the name
// set off after it between commas ("the regional governor, Oleh Kiper,").
func extendNamed(s *sentence, r [2]int) [2]int {
	j := r[1]
	if r[0] == r[1] || j+2 >= s.end || s.tok(j).Text != "," || s.tok(j-1).UPOS != "NOUN" {
		return r
	}
	k := j + 1
	for k < s.end && k-j <= 4 && s.tok(k).UPOS == "PROPN" {
		k++
	}
	if k == j+1 || k >= s.end || s.tok(k).Text != "," {
		return r
	}
	return [2]int{r[0], k}
}

// circumstance reports whether the noun phrase r after a preposition
// tells when or how something was said ("on Monday", "on condition of
// anonymity"), not what it was about.
func circumstance(s *sentence, r [2]int) bool {
	a := r[0]
	for a < r[1] && s.tok(a).UPOS == "DET" {
		a++
	}
	return temporalNP(s, r) || a < r[1] && mannerNouns[lemma(s.tok(a))] || medium(s, r)
}

// medium reports whether the noun phrase r names where something was
// published ("on Telegram", "on X", "on state television"), which says
// where a text was written or posted, not what it was about.
func medium(s *sentence, r [2]int) bool {
	if r[0] == r[1] {
		return false
	}
	last := s.tok(r[1] - 1)
	if lower(last) == "media" && r[1]-2 >= r[0] {
		return lower(s.tok(r[1]-2)) == "social"
	}
	// "X", the network once called Twitter, alone (at the end of a
	// sentence the tokenizer may keep its full stop, as after an
	// initial).
	return mediumNouns[lower(last)] || r[1]-r[0] == 1 && (last.Text == "X" || last.Text == "X.")
}

// thatAfter reports whether "that" and a clause follow the noun phrase r:
// then the phrase before tells where or to whom something was said
// ("wrote on Telegram that ...", "said in a statement that ...") and the
// clause is what.
func thatAfter(s *sentence, r [2]int) bool {
	// A verb right after "that" makes it a relative pronoun ("the
	// crisis that shook the region").
	if r[0] == r[1] || r[1]+1 >= s.end || lower(s.tok(r[1])) != "that" {
		return false
	}
	n := s.tok(r[1] + 1)
	return (n.UPOS == "AUX" && !auxLemmas[lemma(n)] || !isVerbTag(n) && n.UPOS != "AUX") && hasFinite(s, r[1]+1, s.end)
}

// auxLemmas are the auxiliaries: a word tagged AUX with another lemma is
// a tagging error ("debris" read as a form of "be").
var auxLemmas = set(`be have do will would shall should can could may might must ought get`)

// temporalNP reports whether a noun phrase is only a date or time word
// ("Friday", "last week", "on Monday").
func temporalNP(s *sentence, r [2]int) bool {
	timeWord := false
	for i := r[0]; i < r[1]; i++ {
		w := lower(s.tok(i))
		if _, ok := weekdays[w]; ok {
			timeWord = true
			continue
		}
		if _, ok := months[strings.TrimSuffix(w, ".")]; ok && s.tok(i).UPOS != "AUX" && s.tok(i).XPOS != "MD" {
			timeWord = true
			continue
		}
		switch w {
		case "today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "morning", "afternoon",
			"evening", "night", "earlier", "later", "minute", "minutes", "hour", "hours", "day", "days",
			"weeks", "months", "years", "decade", "decades", "past":
			timeWord = true
			continue
		case "last", "next", "this", "on", "in", "at", "during", "the", "early", "late", "for", "about", "ago",
			"around", "nearly", "almost", "some", "few", "a", "several", "over", "than", "more", "less", "recent", "coming":
			continue
		}
		if s.tok(i).UPOS == "NUM" || isPunct(s.tok(i)) {
			continue
		}
		return false
	}
	return timeWord
}

func finiteVerb(t *doc.Token) bool {
	switch t.XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

func hasFinite(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if finiteVerb(s.tok(i)) {
			return true
		}
	}
	return false
}

// appositiveSubject reads "NAME, a long description ..., said" from the
// tags: the sentence opens (after a conjunction or adverb) with a name
// followed by a comma, and no finite verb comes before the comma at j
// outside a relative clause. The source is everything up to that comma,
// without a relative clause at its end.
func appositiveSubject(s *sentence, j int) [2]int {
	a := skipDateline(s, s.first)
	// A fronted phrase of time or place ("In the interview, Reid, who
	// ..., said") comes before the subject.
	// (A participle may describe what the phrase names: "In a statement
	// released in Pemba, the platform, which ..., said".)
	// ("According to the weekly, the officer, identified as ...,
	// believes": "according" is read as a verb.)
	// So does a participle clause ("Testifying before Justice Omondi,
	// Mercy Achieng, a hairdresser who ..., said").
	if a < j && (s.tok(a).UPOS == "ADP" || lower(s.tok(a)) == "according" || s.tok(a).XPOS == "VBG") {
		for k := a + 1; k < j && k < a+8; k++ {
			if t := s.tok(k); isVerbTag(t) && !(t.XPOS == "VBN" && k-1 > a && s.tok(k-1).UPOS == "NOUN") {
				break
			}
			if s.tok(k).Text == "," {
				a = k + 1
				break
			}
		}
	}
	// A clause joined after a comma ("X accused Y, and Levan Ioseliani,
	// the public defender, said") has its own subject.
	for k := j - 1; k > a; k-- {
		if conjAfterComma(s, k) && clauseBefore(s, a, k) {
			a = k
			break
		}
	}
	for a < j && (s.tok(a).UPOS == "CCONJ" || s.tok(a).UPOS == "ADV" || isQuoteTok(s.tok(a))) {
		a++
	}
	if a >= j || !(s.tok(a).UPOS == "PROPN" || s.tok(a).UPOS == "DET" || s.tok(a).UPOS == "ADJ" || s.tok(a).UPOS == "NOUN" || s.tok(a).UPOS == "NUM" || s.tok(a).XPOS == "PRP$") {
		return [2]int{}
	}
	firstComma := -1
	rel := -1
	for k := a; k < j; k++ {
		t := s.tok(k)
		if t.Text == "," && firstComma < 0 {
			firstComma = k
		}
		if (lower(t) == "who" || lower(t) == "which" || lower(t) == "whose") && k > a && (s.tok(k-1).Text == "," || s.tok(k-1).UPOS == "NOUN") && rel < 0 {
			rel = k - 1
		}
		// A participle aside may hold a clause of its own ("speaking
		// on condition of anonymity because he was not authorised").
		aside := firstComma >= 0 && firstComma+1 < j && (s.tok(firstComma+1).XPOS == "VBG" || s.tok(firstComma+1).XPOS == "VBN" || askedAside(s, firstComma+1) || gerundAside(s, firstComma+1))
		// (Not a word of a name, whatever its tag: "Human Rights Watch".)
		if finiteVerb(t) && rel < 0 && !aside && !(firstComma < 0 && capitalRun(s, a, k+1)) {
			return [2]int{}
		}
	}
	if firstComma < 0 {
		return [2]int{}
	}
	// "Trump, speaking to veterans, said": a participle clause tells
	// the circumstances, not who the speaker is, who may then be named
	// or not ("Two officials, speaking on condition of anonymity,").
	// (A long aside may hold a clause of its own, "based on what it
	// describes as ...", as long as it runs to the comma before the
	// cue.)
	if k := firstComma + 1; k < j && (s.tok(k).XPOS == "VBG" || s.tok(k).XPOS == "VBN" || askedAside(s, k) || gerundAside(s, k) || circumstanceAside(s, k) && asideEnd(s, k) == j || citingCue(s, k) >= 0) &&
		(hasName(s, a, firstComma) || asideEnd(s, k) == j || !commaBetween(s, k, j) && !hasFinite(s, a, firstComma)) {
		return [2]int{a, firstComma}
	}
	// Without a name, only a noun phrase that a relative clause
	// describes ("The militants, who claimed the attack, said"), or a
	// noun for one who speaks that an apposition describes ("The
	// witness, a former teacher, told").
	if !hasName(s, a, firstComma) && !capitalRun(s, a, firstComma) && rel != firstComma && !describedSpeaker(s, a, firstComma, j) {
		return [2]int{}
	}
	// A relative clause describing the speaker is part of the source
	// ("Joseph, who has four children, said").
	return [2]int{a, j}
}

// describedSpeaker reports whether tokens [a, comma) are a noun phrase
// that can name a speaker, and tokens from after the comma to the comma
// at j a noun phrase with no verb that describes it.
func describedSpeaker(s *sentence, a, comma, j int) bool {
	if comma <= a || comma+1 >= j {
		return false
	}
	np := chainBack(s, comma-1)
	if np[0] != a || np[1] != comma || !speakerLike(s, np) {
		return false
	}
	ap := npAfter(s, comma+1)
	return ap[0] == comma+1 && ap[1] == j && !hasFinite(s, ap[0], ap[1])
}

// skipDateline skips a dateline at the start of a sentence ("WASHINGTON
// --", "LONDON (Reuters) —", "KABUL, Sept 7 (Reuters) -") and returns the
// first token after it.
func skipDateline(s *sentence, a int) int {
	// An interview transcript's "Q:" or "A:" label, or a rubric
	// ("Exclusive:", "Analysis:").
	if a == s.first && (transcriptLabel(s) != "" || a+2 < s.end && s.tok(a+1).Text == ":" && sectionWords[lower(s.tok(a))]) {
		return a + 2
	}
	// A live report's time stamp: "22:31 - The ministry says".
	if a+2 < s.end && timex.ClockTime(s.tok(a).Text) && isDashTok(s.tok(a+1).Text) {
		return a + 2
	}
	// ("PORT-AU-PRINCE, Haiti (AP) —" takes eleven tokens.)
	for k := a; k < s.end && k < a+datelineTokens; k++ {
		t := s.tok(k)
		if isDashTok(t.Text) && !s.d.InWord(k) {
			if k > a {
				return k + 1
			}
			return a
		}
		// "GOMA, Democratic Republic of Congo —": small words inside the
		// name of the place.
		if !(isUpperWord(t.Text) || isPunct(t) || (t.UPOS == "PROPN" || t.UPOS == "NUM" || capitalised(t)) && k > a || k > a && datelineLinks[lower(t)]) {
			return a
		}
	}
	return a
}

// gerundAside reports whether token k opens "without naming him", "after
// meeting the envoy", "while visiting Kyiv": a preposition and a gerund
// tell how or when, as a participle does.
func gerundAside(s *sentence, k int) bool {
	return k+1 < s.end && (s.tok(k).UPOS == "ADP" || s.tok(k).UPOS == "SCONJ") && s.tok(k+1).XPOS == "VBG"
}

// relativeSubjectStart returns the relative pronoun of "who spoke to"
// that opens, within eight tokens and no comma, the clause whose last
// words are the noun phrase at a (a verb and a preposition before it),
// or -1.
func relativeSubjectStart(s *sentence, a int) int {
	if a-1 <= s.first || s.tok(a-1).UPOS != "ADP" {
		return -1
	}
	verb := false
	for k := a - 2; k > s.first && a-k <= 8; k-- {
		t := s.tok(k)
		if isPunct(t) {
			return -1
		}
		verb = verb || isVerbTag(t)
		if verb && (lower(t) == "who" || lower(t) == "that") && (t.XPOS == "WP" || t.XPOS == "WDT") {
			return k
		}
	}
	return -1
}

// circumstanceAside reports whether token k opens a phrase of when or
// how something was said ("Zelensky, in his nightly video address,
// said", "The minister, on Monday, told"). ("Smith, of the university,
// said", "Pantucci, at the institute, said": "of", "from" and "at" tell
// who the speaker is.)
func circumstanceAside(s *sentence, k int) bool {
	switch lower(s.tok(k)) {
	case "in", "on", "during", "after", "before", "via", "through", "later", "earlier":
		return true
	}
	return false
}

// askedAside reports whether token k opens "asked whether ...", "asked
// about ...": the question put to the subject before it, whatever the
// tagger made of the participle ("One diplomat, asked whether it had
// worked, replied").
func askedAside(s *sentence, k int) bool {
	if lower(s.tok(k)) != "asked" || k+1 >= s.end {
		return false
	}
	switch lower(s.tok(k + 1)) {
	case "whether", "if", "about", "why", "how", "what", "when":
		return true
	}
	return false
}

// reflexive reports whether t is a reflexive pronoun, which after a noun
// stresses it ("The command itself said").
func reflexive(t *doc.Token) bool {
	switch lower(t) {
	case "itself", "himself", "herself", "themselves":
		return true
	}
	return false
}

// dateWord reports whether t names a day or a month ("Tuesday",
// "March"; not the verb "may").
func dateWord(t *doc.Token) bool {
	w := lower(t)
	_, wd := weekdays[w]
	_, mo := months[strings.TrimSuffix(w, ".")]
	return wd || mo && t.UPOS != "AUX" && t.XPOS != "MD" && t.Text != "May" || mo && t.Text == "May" && t.UPOS == "PROPN"
}

func isDashTok(w string) bool {
	return w == "--" || w == "—" || w == "―" || w == "–" || w == "-"
}

// datelineTokens is the most tokens a dateline takes before its dash.
const datelineTokens = 16

// datelineLinks are the small words a dateline's place names hold.
var datelineLinks = set(`of the and de`)

// tagFrames reads the object, infinitive and prepositional frames of cue
// i off the tags, when there is no tree: "wants to X", "urged Y to X",
// "called for X", "called X Y". The content runs to the end of the clause.
func (c *cand) tagFrames(s *sentence, i int, lem string, e cueEntry) {
	j := c.cue[1]
	clauseEnd := func(from int) int {
		b := from
		// A participle or a subordinate clause after a comma ("...,
		// because ...") tells why or how it was said.
		for b < s.end && s.tok(b).Text != ";" && s.tok(b).Text != ":" && !(s.tok(b).Text == "," && b+1 < s.end && (s.tok(b+1).XPOS == "VBG" || s.tok(b+1).UPOS == "SCONJ")) {
			b++
		}
		return b
	}
	if j >= s.end {
		return
	}
	// "claimed on Monday to have ...": when it was said comes between.
	if e.frame&fInfinitive != 0 && s.tok(j).UPOS == "ADP" {
		if np := npAfter(s, j+1); np[0] < np[1] && np[1] < s.end && s.tok(np[1]).XPOS == "TO" && temporalNP(s, np) {
			j = np[1]
		}
	}
	t := s.tok(j)
	// "asked not to be named": the negation opens the infinitive.
	to := j
	if negWord(t) && j+1 < s.end && s.tok(j+1).XPOS == "TO" {
		to = j + 1
	}
	switch {
	case e.frame&fInfinitive != 0 && s.tok(to).XPOS == "TO" && to+1 < s.end && (s.tok(to+1).XPOS == "VB" || s.tok(to+1).UPOS == "ADV" && to+2 < s.end && s.tok(to+2).XPOS == "VB"):
		c.setRange(s, j, clauseEnd(j), i)
		c.via = "infinitive-tags"
	case e.frame&fPrep != 0 && (t.UPOS == "ADP" || t.UPOS == "SCONJ" || t.XPOS == "TO") && takesPrep(lem, lower(t)) && j+1 < s.end && (npTag(s.tok(j+1)) || s.tok(j+1).XPOS == "VBG") &&
		!circumstance(s, npAfter(s, j+1)) && !thatAfter(s, npAfter(s, j+1)):
		// "wrote on Monday that ...": a date is when, not what.
		c.cue[1] = j + 1
		// The object of the preposition ends as an object does (at a
		// comma that is not a list's, a coordinated verb, a bare time).
		c.setRange(s, j+1, objectEnd(s, i, clauseEnd(j+1)), i)
		c.via = "prep-tags"
	case (predicative[lem] || e.frame&fInfinitive != 0) && npTag(t):
		// An object followed by what is said of it: a predicate noun,
		// adjective or quotation ("called X a liar"), or "to" + verb
		// ("urged X to leave").
		np := npAfter(s, j)
		if np[0] == np[1] || np[1] >= s.end {
			return
		}
		n := s.tok(np[1])
		if predicative[lem] && objectPredicate(s, j) ||
			e.frame&fInfinitive != 0 && n.XPOS == "TO" && np[1]+1 < s.end && s.tok(np[1]+1).XPOS == "VB" {
			c.setRange(s, j, clauseEnd(j), i)
			c.via = "object-predicate-tags"
		}
	}
}

// objectPredicate reports whether the words from j are a noun phrase and
// what is said of it: a predicate noun, adjective or quotation ("called
// [the plan a disaster]", "called [Clinton, his challenger, an ISIS
// “co-founder”]"), the frame of verbs like "call" and "consider".
func objectPredicate(s *sentence, j int) bool {
	np := npAfter(s, j)
	if np[0] == np[1] || np[1] >= s.end {
		return false
	}
	// The noun phrase read off the tags may have taken in an adjective
	// predicate ("consider [the senator honest]").
	if np[1]-np[0] >= 2 && s.tok(np[1]-1).UPOS == "ADJ" && hasNoun(s, np[0], np[1]-1) {
		return true
	}
	k := np[1]
	// An appositive between commas describes the object ("the
	// governor, his rival in the race, a coward").
	if ap := extendAppositive(s, np); ap[1] > np[1] && ap[1] < s.end && s.tok(ap[1]).Text == "," {
		k = ap[1] + 1
	}
	if k >= s.end {
		return false
	}
	n := s.tok(k)
	return isQuoteTok(n) || n.UPOS == "ADJ" || n.UPOS == "DET"
}

// countsNouns reports whether a noun phrase counting nouns starts at k:
// "at least eleven soldiers", "some 200 people", "dozens of officers"
// (not an age: "Jane Roe, 59, said").
func countsNouns(s *sentence, k int) bool {
	for k < s.end && countOpeners[lower(s.tok(k))] {
		k++
	}
	counted := false
	if k < s.end && (s.tok(k).UPOS == "NUM" || countNouns[lower(s.tok(k))]) {
		counted = true
		k++
	}
	// ("one of several critics" describes.)
	if k < s.end && lower(s.tok(k)) == "of" {
		if !countNouns[lower(s.tok(k-1))] {
			return false
		}
		k++
	}
	return counted && k < s.end && (s.tok(k).UPOS == "NOUN" || s.tok(k).UPOS == "ADJ")
}

// countOpeners come before a number ("at least eleven", "some 200").
var countOpeners = set(`at least some about around nearly almost more fewer than over up to`)

// countNouns count on their own ("dozens of").
var countNouns = set(`dozens hundreds thousands scores`)

// extendAppositive widens a name after an inverted cue over the
// description that follows it ("said Jane Roe, a lawyer for the city.").
func extendAppositive(s *sentence, r [2]int) [2]int {
	if r[0] == r[1] || r[1]+1 >= s.end || s.tok(r[1]).Text != "," {
		return r
	}
	b := r[1] + 1
	// A singular noun after a plural one is someone else ("According to
	// those officials, the commander, identified as ..., reported").
	if h, k := tagHead(s, r), npAfter(s, b); k[0] < k[1] {
		if ah := tagHead(s, k); s.tok(h).XPOS == "NNS" && !capitalised(s.tok(h)) && s.tok(ah).XPOS == "NN" {
			return r
		}
	}
	// Nor is a person after an outlet or a document ("According to the
	// weekly, the retired officer, identified as ..., believes"), unless
	// a name ends the phrase ("an analysis by Lee Epstein, a professor").
	if h, k := tagHead(s, r), npAfter(s, b); k[0] < k[1] {
		hl, al := lemma(s.tok(h)), lemma(s.tok(tagHead(s, k)))
		if (outletNouns[hl] || documentNouns[hl]) && personNouns[al] && !capitalised(s.tok(h)) && s.tok(r[1]-1).UPOS != "PROPN" {
			return r
		}
	}
	// A count is the clause's subject, not a description of the source
	// ("According to the paper, at least eleven soldiers, among them
	// ..., were detained").
	if countsNouns(s, b) {
		return r
	}
	for b < s.end {
		t := s.tok(b)
		if w := lower(t); w == "who" || w == "whom" || w == "which" || w == "whose" {
			break
		}
		if t.Text == "&" {
			b++
			continue
		}
		// A participle with its agent describes the source too ("the
		// article, written by a former officer,").
		if npTag(t) || t.UPOS == "ADP" && b+1 < s.end && npTag(s.tok(b+1)) || (lower(t) == "and") && b+1 < s.end && npTag(s.tok(b+1)) ||
			(t.XPOS == "VBG" || t.XPOS == "VBN") && b+1 < s.end && s.tok(b+1).UPOS == "NOUN" ||
			t.XPOS == "VBN" && b == r[1]+1 && b+2 < s.end && lower(s.tok(b+1)) == "by" && npTag(s.tok(b+2)) {
			b++
			continue
		}
		break
	}
	relAt := func(k int) bool {
		if k >= s.end {
			return false
		}
		w := lower(s.tok(k))
		return w == "who" || w == "whom" || w == "which" || w == "whose"
	}
	// "said Jane Roe, a physicist who leads the program.", "said Jane
	// Roe, who leads it."
	if relAt(b) && !finiteOutsideRelative(s, b, s.end) {
		e := s.end
		for e > b && isPunct(s.tok(e-1)) {
			e--
		}
		return [2]int{r[0], e}
	}
	if b == r[1]+1 || b < s.end && s.tok(b).Text != "," && !(isPunct(s.tok(b)) && s.words(b, s.end) == 0) {
		return r
	}
	// ", who has worked on the case." up to the end of the sentence.
	if b+1 < s.end && s.tok(b).Text == "," && relAt(b+1) {
		e := s.end
		for e > b && isPunct(s.tok(e-1)) {
			e--
		}
		return [2]int{r[0], e}
	}
	return [2]int{r[0], b}
}

// auxBack skips back from token j over the auxiliaries, negation and
// adverbs of a verb group ("has also said", "is not saying", "often
// says") and returns the first token before them.
func auxBack(s *sentence, j int) int {
	for j >= s.first {
		t := s.tok(j)
		switch {
		case t.UPOS == "AUX" || t.XPOS == "MD" || lower(t) == "not" || lower(t) == "n't":
		case haveForms[lower(t)]:
			// The tagger may read the perfect's "have" as a main verb
			// ("have long denied").
		case t.UPOS == "ADV" && lower(t) != "however" && lower(t) != "moreover":
		default:
			return j
		}
		j--
	}
	return j
}

var haveForms = set(`have has had`)

// participleLink is the word before a participle cue that ties it to the
// clause before ("..., adding that", "by saying", "while insisting").
func participleLink(t *doc.Token) bool {
	switch lower(t) {
	case ",", "by", "while", "when", "after", "before", "in", "without", "despite":
		return true
	}
	return false
}

// dropTimePrefix removes a time phrase read into the front of a source
// ("Last week Smith" → "Smith").
func dropTimePrefix(s *sentence, r [2]int) [2]int {
	for k := r[0] + 1; k < r[1] && k <= r[0]+3; k++ {
		if temporalNP(s, [2]int{r[0], k}) && (s.tok(k).UPOS == "PROPN" || s.tok(k).UPOS == "DET" || s.tok(k).UPOS == "PRON") {
			return [2]int{k, r[1]}
		}
	}
	return r
}

// pastAfterSubject reports whether token k is a past form right after a
// noun that the tagger read as a participle ("the findings raised ..."):
// a finite verb, unless an agent follows ("the findings raised by").
func pastAfterSubject(s *sentence, k int) bool {
	t := s.tok(k)
	if k+1 >= s.end || lower(s.tok(k+1)) == "by" {
		return false
	}
	// ("two boats collided.": an intransitive past the tagger read as an
	// adjective, after its subject and before a preposition or the end.)
	if t.XPOS == "JJ" && strings.HasSuffix(lower(t), "ed") && followsNominal(s, k) && s.tok(k-1).UPOS != "PROPN" {
		n := s.tok(k + 1)
		return isPunct(n) || n.UPOS == "ADP" || n.UPOS == "ADV"
	}
	if t.XPOS != "VBN" {
		return false
	}
	return followsNominal(s, k)
}

// followsNominal reports whether token k comes right after a noun or
// pronoun, its subject when k is a verb.
func followsNominal(s *sentence, k int) bool {
	if k == s.first {
		return false
	}
	switch s.tok(k - 1).UPOS {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// presentAfterSubject reports whether token k is a base form right after
// its subject, with at most adverbs between ("voters overwhelmingly
// support ..."): with no modal, "to" or auxiliary before it, a present
// tense that the tagger read as an infinitive.
func presentAfterSubject(s *sentence, k int) bool {
	// NN: a base form the tagger took for a noun (see verbAt).
	if x := s.tok(k).XPOS; x != "VB" && x != "NN" {
		return false
	}
	j := k - 1
	for j >= s.first && s.tok(j).UPOS == "ADV" {
		j--
	}
	if j < s.first {
		return false
	}
	p := s.tok(j)
	return p.XPOS == "NNS" || p.XPOS == "NNPS" || p.XPOS == "PRP" && lower(p) != "it" && lower(p) != "he" && lower(p) != "she" ||
		pluralSubjectEnd(s, j)
}

// pluralSubjectEnd reports whether token j ends a subject that takes a
// plural verb although its last word is singular: names joined by "and"
// ("China and Russia support") or a share ("1 percent support").
func pluralSubjectEnd(s *sentence, j int) bool {
	p := s.tok(j)
	if lower(p) == "percent" && j > s.first && s.tok(j-1).UPOS == "NUM" {
		return true
	}
	if p.UPOS != "PROPN" {
		return false
	}
	k := j
	for k > s.first && s.tok(k).UPOS == "PROPN" {
		k--
	}
	if pluralPlaced(s, k) {
		return true
	}
	return lower(s.tok(k)) == "and" && k > s.first && s.tok(k-1).UPOS == "PROPN"
}

// pluralPlaced reports whether token k, or the determiner at k, opens a
// phrase that places a plural noun before it ("analysts in Tokyo
// suspect", "officials at the ministry"): a subject ending in a name
// that still takes a plural verb.
func pluralPlaced(s *sentence, k int) bool {
	if s.tok(k).UPOS == "DET" && k > s.first {
		k--
	}
	t := s.tok(k)
	return t.UPOS == "ADP" && locatingPreps[lower(t)] && k > s.first && s.tok(k-1).XPOS == "NNS"
}

// namingNouns introduce a quoted name or phrase, not what was said ("under
// the name “Grey Zone”", "the slogan “No war”").
var namingNouns = set(`name nickname pseudonym alias slogan motto title headline hashtag codename banner term phrase label`)

// locatingPreps open a phrase that places a noun phrase's head
// ("analysts in Tokyo", "officials from the ministry").
var locatingPreps = set(`in from at`)

// pastAfterSubjectIn reports whether a token of [a, b) is pastAfterSubject.
func pastAfterSubjectIn(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if pastAfterSubject(s, k) {
			return true
		}
	}
	return false
}

// addresseeAfter reads the hearer of a verb of telling that starts at
// token j off the tags ("told reporters", "told the Associated Press",
// "assured him") and returns the token after it, or j when there is none.
// It stops where a second noun phrase begins ("told reporters the team
// was ready"), since that one opens the clause told.
func addresseeAfter(s *sentence, j int) int {
	if j >= s.end {
		return j
	}
	if t := s.tok(j); t.UPOS == "PRON" && t.XPOS != "PRP$" {
		if t.XPOS == "PRP" {
			switch lower(t) {
			case "me", "him", "her", "us", "them", "you":
				return j + 1
			}
		}
		return j
	}
	k := j
	// A determiner or a possessive ("her audience") opens the phrase.
	if s.tok(k).UPOS == "DET" || s.tok(k).XPOS == "PRP$" {
		k++
	}
	last := -1
	for k < s.end {
		t := s.tok(k)
		// (But a name after the noun that says what it names is the
		// same phrase: "the Serbian daily Danas", "its reporter Ann Roe".)
		if t.UPOS == "PROPN" && last >= 0 && s.tok(last).UPOS == "NOUN" && !(actorNoun(lemma(s.tok(last))) && !plural(s.tok(last))) {
			break
		}
		if t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "NUM" && last >= 0 && s.tok(last).UPOS == "PROPN" || inName(s, k) {
			// A number after a name is part of it ("Fox 35").
			last = k
		} else if t.XPOS == "POS" && last == k-1 {
			// "ABC's “Good Morning America”": the possessor's show,
			// its title in quotation marks.
			if k+1 < s.end && isQuoteTok(s.tok(k+1)) {
				last = k
				break
			}
		} else if t.UPOS != "ADJ" && t.UPOS != "NUM" && t.XPOS != "HYPH" {
			break
		}
		k++
	}
	if last < 0 {
		return j
	}
	return last + 1
}

// hearerOnly are verbs of telling whose object is always the hearer
// ("told reporters", "informed the court"); others of the kind also take
// what is said as object ("promised a country of new opportunities").
var hearerOnly = set(`tell inform assure reassure notify remind`)

// hearerLike reports whether token h heads a noun phrase that can name a
// hearer: a pronoun, a name, or a noun for people or outlets.
func hearerLike(s *sentence, h int) bool {
	t := s.tok(h)
	if t.UPOS == "PRON" || t.UPOS == "PROPN" {
		return true
	}
	return actorNoun(lemma(t))
}

// actorNoun reports whether lemma l is a noun for people, groups,
// outlets or unnamed sources.
func actorNoun(l string) bool {
	return personNouns[l] || authorNouns[l] || outletNouns[l] || groupNouns[l] || unnamedNouns[l]
}

// clauseBefore reports whether a clause of its own ends before token k: a
// finite verb in [a, k) with no list of members or examples opened after
// it ("Critics, like Senators X, and Y, see" joins no clauses).
func clauseBefore(s *sentence, a, k int) bool {
	found := false
	for j := a; j < k; j++ {
		t := s.tok(j)
		switch {
		case t.UPOS == "VERB" && (finiteVerb(t) || finiteAuxBefore(s, j)) && lower(t) != "like":
			found = true
		case listsMembers(t) || lower(t) == "like" || lower(t) == "such":
			found = false
		}
	}
	return found
}

// conjAfterComma reports whether token k is a conjunction after a comma,
// which opens a clause of its own (", and the minister said").
func conjAfterComma(s *sentence, k int) bool {
	return k-1 >= s.first && s.tok(k).UPOS == "CCONJ" && s.tok(k-1).Text == ","
}

// goingVerbs are verbs of going somewhere, or into an office ("came to
// power", "took office", "ran for office").
var goingVerbs = set(`come go return take march walk travel head arrive fly jet rise sweep run step move drive ride`)

// adverbialOpeners open a clause of time, cause or manner, never what a
// verb of saying reports: the subordinators, but "if" and "whether",
// which open what is asked, and the preposition "despite"; and "where".
var adverbialOpeners = func() map[string]bool {
	m := maps.Clone(subordinators)
	delete(m, "if")
	delete(m, "whether")
	delete(m, "despite")
	m["where"] = true
	return m
}()
