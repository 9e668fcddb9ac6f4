package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// cand is one attribution found in one sentence, in token ranges; spans
// are worked out when it is turned into a doc.Attribution.
type cand struct {
	sent       int
	cue        [2]int // token range of the cue
	cueType    string
	src        [2]int   // token range of the source, empty when none
	content    doc.Span // text span of the content
	contentTok [2]int   // token range of the content when it lies in the sentence
	passive    bool     // content is the passive subject ("This was confirmed by X")
	needNext   bool     // "X said:" with the content in the following text
	around     bool     // the content spans both sides of a parenthetical cue
	via        string   // the mechanism that found it, for tests and debugging
	unsure     bool     // no source where one is needed (see keepUnsure)
	parent     *cand    // the report this one names the source of (citing.go)
}

// mainVerbBefore is the finite verb of the main clause before token e,
// or -1: the first finite verb of the last clause before e (after a
// semicolon, a colon or a comma and conjunction) that is neither quoted
// nor in a subordinate or relative clause set off before it ("Although
// he lost, Smith said", "Smith, who lost, said", "“We lost,” Smith
// said").
func mainVerbBefore(s *sentence, e int) int {
	v, sub, quoted := -1, false, false
	for k := s.first; k < e; k++ {
		t := s.tok(k)
		switch {
		case isQuoteTok(t):
			// Curly marks open or close; a straight one toggles.
			quoted = strings.ContainsAny(t.Text, "“«") || !strings.ContainsAny(t.Text, "”»") && !quoted
		case quoted:
		case t.Text == ";" || t.Text == ":" || (t.UPOS == "CCONJ" || lower(t) == "while" || lower(t) == "whereas") && k > s.first && s.tok(k-1).Text == ",":
			// A new clause; ", and", ", but" join two, and ", while"
			// sets a second main clause against the first.
			v, sub = -1, false
		case v >= 0:
		case t.Text == ",":
			sub = false
		case t.UPOS == "SCONJ" || relativeWord(t):
			sub = true
		case !sub && (t.UPOS == "VERB" && (finiteVerb(t) || finiteAuxBefore(s, k) || pastAfterSubject(s, k) || bareAfterSubject(s, k)) || t.UPOS == "AUX" && finiteVerb(t)):
			v = k
		}
	}
	return v
}

// bareAfterSubject reports whether token k is a base form right after a
// noun or pronoun, a past or present tense the tagger misread ("the
// group put the toll at three").
func bareAfterSubject(s *sentence, k int) bool {
	return s.tok(k).XPOS == "VB" && followsNominal(s, k)
}

// bareAfterCommaConj reports whether verb i is a base form whose word
// group starts at at, right after ", and" or ", but": a present tense the
// tagger misread, with no modal or "to" to govern it.
func bareAfterCommaConj(s *sentence, i, at int) bool {
	return s.tok(i).XPOS == "VB" && at-2 > s.first && s.tok(at-1).UPOS == "CCONJ" && s.tok(at-2).Text == ","
}

// asideEnd is the comma that closes a participle aside opening at a
// (", citing officials,", ", speaking to reporters,"), or -1 when none
// does within 20 tokens (", citing an internal report by Turkey's
// National Intelligence Organisation (MIT),") or a finite verb comes
// first. A phrase in quotation marks may stand in it (", citing
// “informed sources” within the militia,"); a quotation left open is no
// aside.
func asideEnd(s *sentence, a int) int {
	open := false
	for k := a + 1; k < s.end && k < a+20; k++ {
		t := s.tok(k)
		if t.Text == "," && !open {
			return k
		}
		if isQuoteTok(t) {
			open = !open
			continue
		}
		if finiteVerb(t) || lower(t) == "that" || t.Text == ";" || t.Text == ":" {
			return -1
		}
	}
	return -1
}

// relativeGap reads a relative clause whose subject is reported: "a bill
// that Democrats said would protect voting rights", "changes, which
// officials said will take effect in May". The noun phrase between the
// relative word and the cue is the source; what was said is the relative
// clause, from the relative word to the end of its verb phrase (the next
// comma or semicolon, the main clause's verb, or the sentence's end),
// with the source and cue inside it. It returns the source and the
// content's token range.
func relativeGap(s *sentence, cue [2]int) (src [2]int, a, b int, ok bool) {
	if cue[1] >= s.end {
		return src, 0, 0, false
	}
	// Right after the cue, the verb whose subject is the gap.
	misread := misreadPresent(s, cue[1])
	if v := s.tok(cue[1]); !(finiteVerb(v) || v.XPOS == "MD" || v.UPOS == "AUX" && finiteVerb(v) || misread) {
		return src, 0, 0, false
	}
	np := chainBack(s, auxBack(s, cue[0]-1))
	if np[0] >= np[1] {
		return src, 0, 0, false
	}
	rel := np[0] - 1
	if rel <= s.first || !(relativeWord(s.tok(rel)) || lower(s.tok(rel)) == "that") {
		if misread {
			// Only a relative word vouches for a verb the tagger read
			// as a noun ("echoed statements by ...").
			return src, 0, 0, false
		}
		// "the changes officials said will take effect": a relative
		// clause with no relative word, right after its noun; the
		// content then begins with that noun phrase.
		j := -1
		for k := np[0]; k < np[1] && j < 0; k++ {
			if zeroRelativeAt(s, k) {
				j = k
			}
		}
		if j < 0 {
			return src, 0, 0, false
		}
		if j == np[0] {
			np[0] = chainBack(s, j-1)[0]
		}
		if np[0] >= j || np[0] < s.first {
			return src, 0, 0, false
		}
		rel, np[0] = np[0], j
	} else if p := s.tok(rel - 1); !(p.UPOS == "NOUN" || p.UPOS == "PROPN" || p.Text == ",") {
		// The relative clause hangs on a noun ("a bill that", "changes,
		// which").
		return src, 0, 0, false
	}
	// It ends at a comma or where the main clause's verb comes, after
	// the relative clause's own verb and something else ("The company
	// that she said was bankrupt has reopened").
	b = cue[1] + 1
	sub := false // in a clause of its own ("when he was shot")
	for b < s.end && s.tok(b).Text != "," && s.tok(b).Text != ";" && s.tok(b).Text != ":" {
		t, p := s.tok(b), s.tok(b-1)
		if t.UPOS == "SCONJ" || t.XPOS == "WRB" || relativeWord(t) {
			sub = true
		}
		if !sub && b > cue[1]+1 && (finiteVerb(t) || t.XPOS == "MD") && p.UPOS != "AUX" && p.UPOS != "ADV" && p.UPOS != "PART" && p.UPOS != "CCONJ" {
			break
		}
		b++
	}
	for b > cue[1] && isPunct(s.tok(b-1)) {
		b--
	}
	return np, rel, b, b > cue[1]+1
}

// zeroRelativeAt reports whether a subject begins at token k right after a
// noun, as one does in a relative clause with no relative word: a
// determiner or a pronoun after any noun ("changes the officials", "money
// he"), a name after a common noun ("the bill Democrats").
func zeroRelativeAt(s *sentence, k int) bool {
	if k <= s.first {
		return false
	}
	p, t := s.tok(k-1), s.tok(k)
	if p.UPOS != "NOUN" && p.UPOS != "PROPN" {
		return false
	}
	switch {
	case t.UPOS == "DET" && lower(t) != "that":
		return true
	case t.UPOS == "PRON" && t.XPOS == "PRP" && lower(t) != "it":
		return true
	case t.XPOS == "PRP$":
		return true
	}
	return t.UPOS == "PROPN" && p.UPOS == "NOUN"
}

// reportedGap reports whether cue i heads a relative clause whose subject
// is reported (see relativeGap).
func reportedGap(s *sentence, i int) bool {
	_, _, _, ok := relativeGap(s, [2]int{i, i + 1})
	return ok
}

// frontedAs reads "As NP cue, CLAUSE" ("As the author notes, the
// evidence remains thin"): the noun phrase is the source and the main
// clause after the comma the content. It returns the source and the
// content's token range.
func frontedAs(s *sentence, cue [2]int) (src [2]int, a, b int, ok bool) {
	if cue[0]-1 <= s.first || lower(s.tok(s.first)) != "as" {
		return src, 0, 0, false
	}
	src = [2]int{s.first + 1, auxBack(s, cue[0]-1) + 1}
	if src[0] >= src[1] || !hasNoun(s, src[0], src[1]) {
		return src, 0, 0, false
	}
	for k := src[0]; k < src[1]; k++ {
		if t := s.tok(k); isVerbTag(t) || isPunct(t) {
			return src, 0, 0, false
		}
	}
	e := cue[1]
	if e < s.end && lower(s.tok(e)) == "out" {
		e++
	}
	// When it was said may come before the comma ("as he wrote in 2019").
	for k := e; k < s.end && k < e+6; k++ {
		if t := s.tok(k); t.Text == "," {
			// "As Tasnim reports, citing informed sources, ...": whom the
			// source cites (see citing) is no part of the clause.
			if m := asideEnd(s, k+1); m > k && citingCue(s, k+1) >= 0 {
				k = m
			}
			a, b = trimContent(s, k+1, s.end)
			return src, a, b, a < b && hasFinite(s, a, b)
		} else if isVerbTag(t) || lower(t) == "that" || isQuoteTok(t) {
			break
		}
	}
	return src, 0, 0, false
}

// quotedAs finds a passive "quoted", "cited" or "heard" that ends before
// the "as" at token as ("The spokesman was quoted by Interfax as
// saying"): it returns the passive's subject and the participle's token,
// or -1.
func quotedAs(s *sentence, as int) ([2]int, int) {
	for k := as - 1; k > s.first && k >= as-8; k-- {
		t := s.tok(k)
		if t.XPOS == "VBN" {
			switch lemma(t) {
			case "quote", "cite", "hear", "record":
				if aux, ok := passiveByTags(s, k); ok {
					if np := chainBack(s, auxBack(s, aux-1)); np[0] < np[1] {
						return np, k
					}
					// "Its spokesman, Lawrence Kanyuka, was quoted": a
					// subject with an apposition.
					if np := subjectByTags(s, aux); np[0] < np[1] {
						return np, k
					}
				}
			}
			break
		}
		if isVerbTag(t) || t.Text == "," || t.Text == ";" {
			break
		}
	}
	return [2]int{}, -1
}

// nameAfter is the noun phrase at token j, where a first name that is
// also a modal ("said Will Doyle", "said May Chen"), which the tagger
// reads as one, begins it.
func nameAfter(s *sentence, j int) [2]int {
	capital := func(k int) bool { return capitalised(s.tok(k)) }
	// "said Cuban, who ...": a capitalised adjective alone before a
	// comma or the end is a name (the tagger reads a demonym).
	if j < s.end && s.tok(j).UPOS == "ADJ" && capital(j) && (j+1 == s.end || isPunct(s.tok(j+1))) {
		return [2]int{j, j + 1}
	}
	if j+1 < s.end && s.tok(j).XPOS == "MD" && capital(j) && capital(j+1) {
		// The tagger may read the surname as a verb too.
		k := j + 1
		for k < s.end && capital(k) && !isPunct(s.tok(k)) {
			k++
		}
		return [2]int{j, k}
	}
	return npAfter(s, j)
}

// asideDash reports whether token j is a dash that sets off an aside: a
// dash with a space before it, not the hyphen of "front-runner".
func (s *sentence) asideDash(j int) bool {
	t := s.tok(j).Text
	r, n := utf8.DecodeRuneInString(t)
	dash := t == "-" || t == "--" || n == len(t) && isDashRune(r)
	return dash && j > s.first && s.tok(j).Span.Start > s.tok(j-1).Span.End
}

// closingDash is the dash that closes the aside between dashes that token
// a lies in, when it comes before b outside quotation marks; else b.
func (s *sentence) closingDash(a, b int) int {
	dashes := 0
	for j := s.first; j < a; j++ {
		if s.asideDash(j) {
			dashes++
		}
	}
	if dashes%2 == 0 {
		return b
	}
	for j := range s.unquoted(a, b) {
		if j > a && s.asideDash(j) {
			return j
		}
	}
	return b
}

// byMeans reports whether "by" at token i names a means, a bare singular
// noun ("said by telephone", "told by email"), not an agent, which has a
// determiner, a name or a plural ("by the minister", "by Reuters", "by
// drones").
func byMeans(s *sentence, i int) bool {
	return i+1 < s.end && s.tok(i+1).XPOS == "NN" && (i+2 >= s.end || s.tok(i+2).UPOS != "NOUN" && s.tok(i+2).UPOS != "PROPN")
}

// sourcelessVia are the mechanisms trusted to find an act of saying even
// when no source can be read: a clause or quotation reported by a verb of
// saying.
var sourcelessVia = map[string]bool{"ccomp": true, "quote-before": true, "quote-after": true, "that-tags": true,
	"clause-tags": true, "parenthetical-dep": true, "parenthetical-tags": true, "colon-next": true}

// keepUnsure are the mechanisms whose reading of a cue and its content is
// kept even when no source could be found for a cue that needs one, and
// the tree reading found none either: their frames ("urged X to Y",
// "called for X", "X that CLAUSE") are specific enough that the act of
// saying stands without its source; a source the rules miss is more
// often there than not (a subject across a coordination or a participle
// clause), and an act without one still tells what was said.
var keepUnsure = map[string]bool{"unverified": true, "object-tags": true, "that-tags": true, "prep-tags": true, "infinitive-tags": true,
	"object-predicate-tags": true, "quote-after": true, "prep": true}

// concessive links open a clause that a content does not include
// ("X would continue, although Y"): the concession is the writer's.
var concessive = map[string]bool{"although": true, "though": true, "whereas": true}

// prepObjects are the prepositions whose object is what a verb of
// speaking is about or asks for ("called for", "talked about").
var prepObjects = map[string]bool{"for": true, "about": true, "of": true, "against": true, "on": true}

// ownPrep are verbs whose object of saying comes only through one
// preposition of their own ("referred to X", "pointed to X", "responded
// to X", "sided with X"); with any other ("pointed at the door") they
// report nothing.
var ownPrep = map[string]string{"refer": "to", "point": "to", "respond": "to", "reply": "to", "side": "with", "ask": "about", "worry": "about", "agree": "with",
	"disagree": "with", "insist": "on"}

// takesPrep reports whether cue verb lem takes what follows preposition p
// as its content.
func takesPrep(lem, p string) bool {
	if own, ok := ownPrep[lem]; ok {
		return p == own
	}
	return prepObjects[p]
}

// clauseDeps are relations through which a cue verb governs its content.
var clauseDeps = []string{"ccomp"}

// verbCue looks for an attribution headed by cue verb i of sentence s.
func (st *Stage) verbCue(s *sentence, i int, lem string, sents []*sentence, qs []quote) *cand {
	e := cueVerbs[lem]
	if reportsNothing(s, i, lem) {
		return nil
	}
	// Stance verbs report a position when finite ("backed the plan"), as
	// participles of the three that name one outright ("a group
	// supporting Clinton", "the plan, backed by the mayor"), but not as
	// bare infinitives ("would back", "to compare").
	nonFiniteStance := stanceVerbs[lem] && !finiteVerb(s.tok(i)) && !pastAfterSubject(s, i) && !presentAfterSubject(s, i)
	if nonFiniteStance && !(positionVerbs[lem] && (s.tok(i).XPOS == "VBG" || s.tok(i).XPOS == "VBN")) {
		return nil
	}
	// "..., which Cairo denied": the relative pronoun stands for the
	// clause before, which the subject answers.
	if w, src, ok := whichAnswer(s, i); ok && e.frame&fObject != 0 {
		c := &cand{sent: s.idx, cueType: e.typ, via: "which-answer", cue: cueExtent(s, i), src: src}
		// Joined verbs ("neither confirmed nor denied") are of the
		// first one's kind, as elsewhere.
		for k := c.cue[0]; k < i; k++ {
			if l := lexLemma(s.tok(k)); l != "" {
				c.cueType = cueVerbs[l].typ
				break
			}
		}
		c.setRange(s, w, w+1, -1)
		return c
	}
	if s.tok(i).XPOS == "VBN" && i+1 < s.end && lower(s.tok(i+1)) == "by" && i > s.first && !byMeans(s, i+1) {
		// ", a claim denied by the government": the noun of saying in
		// apposition stands for what was said before, which the agent
		// answers.
		if r, ok := saidNounBefore(s, i); ok && e.frame&fObject != 0 {
			if src := agentByTags(s, i); src[0] < src[1] {
				c := &cand{sent: s.idx, cueType: e.typ, via: "appositive-passive", cue: [2]int{i, i + 1}, src: src}
				c.setRange(s, r[0], r[1], -1)
				return c
			}
		}
		// A participle with its agent right after a noun or comma
		// modifies the noun ("helicopters, supported by drones", "a
		// report released by"): no act of saying.
		if p := s.tok(i - 1); p.Text == "," || p.UPOS == "NOUN" || p.UPOS == "PROPN" {
			return nil
		}
	}
	// "near the disputed shoal", "ignored repeated warnings": a
	// participle before its noun, after an article or a verb of its
	// own, is an adjective. ("Both suggested Melania ...", "chairs
	// interviewed predicted Clinton ..." are past tenses misread; "his
	// proposed measures" are his proposal.)
	if t := s.tok(i); (t.XPOS == "VBN" || t.XPOS == "JJ") && i > s.first && i+1 < s.end {
		p, n := s.tok(i-1), s.tok(i+1)
		if articles[lower(p)] && (n.UPOS == "NOUN" || n.UPOS == "PROPN") || (p.UPOS == "VERB" || p.UPOS == "ADP") && n.UPOS == "NOUN" {
			return nil
		}
	}
	// "Explosions reported at airfield in Crimea": a headline's passive
	// without its auxiliary, a noun, the participle and where; what is
	// reported is the noun, by no one named, and the writer's claim
	// carries it.
	if t := s.tok(i); t.XPOS == "VBN" && i > s.first && i+1 < s.end && (s.tok(i-1).UPOS == "NOUN" || s.tok(i-1).UPOS == "PROPN") &&
		s.tok(i+1).UPOS == "ADP" && lower(s.tok(i+1)) != "by" && lower(s.tok(i+1)) != "that" && !hasFinite(s, s.first, s.end) && !commaBetween(s, s.first, s.end) &&
		s.tok(s.first).UPOS != "DET" && s.tok(s.first).XPOS != "PRP$" {
		// (A headline drops its articles: "The mayor warned against
		// hackers" is a sentence with a misread past tense.)
		return nil
	}
	// "a series of atrocities blamed on the group", "attacks attributed
	// to Iran": a participle of blame right after a noun describes the
	// noun; who blames is no one named, and the act is the writer's.
	if t := s.tok(i); t.XPOS == "VBN" && i > s.first && i+1 < s.end && (lem == "blame" && lower(s.tok(i+1)) == "on" || lem == "attribute" && lower(s.tok(i+1)) == "to") {
		if p := s.tok(i - 1); (p.UPOS == "NOUN" || p.UPOS == "PROPN") && !passiveAux(s, i) {
			return nil
		}
	}
	// "in a statement posted on Telegram", "a letter written in May": a
	// participle right after a text it describes, with where or when
	// after it, says what became of the text, which is no speaker.
	if s.tok(i).XPOS == "VBN" && i > s.first && i+1 < s.end && (s.tok(i+1).UPOS == "ADP" && lower(s.tok(i+1)) != "that" || isPunct(s.tok(i+1)) || temporalNP(s, npAfter(s, i+1))) {
		// Not a past tense the tagger misread ("one study found Trump
		// would ..."): where or when comes next.
		if p := s.tok(i - 1); (p.UPOS == "NOUN" || p.UPOS == "PROPN") && (sayingNouns[lower(p)] || inSourceNouns[lower(p)] || hearsayNouns[lower(p)]) {
			return nil
		}
	}
	// "reported, citing X, that talks on a joint system had stalled": a
	// plural noun opening the clause said, read as a verb after "that",
	// with the clause's own verb further on.
	if t := s.tok(i); t.XPOS == "VBZ" && i-2 >= s.first && lower(s.tok(i-1)) == "that" && (s.tok(i-2).Text == "," || cueLemma(s.tok(i-2)) != "") && laterFinite(s, i+1, s.end) {
		return nil
	}
	// ", charges their families have called baseless": a plural noun
	// of charging restating what was said before, with a relative
	// clause and no relative word after it, read as a verb.
	if t := s.tok(i); t.XPOS == "VBZ" && i-1 > s.first && s.tok(i-1).Text == "," && pluralSayingNoun(lower(t)) && nounCues[strings.TrimSuffix(lower(t), "s")] == doc.CueAccusation {
		np := npAfter(s, i+1)
		for np[0] < np[1] && np[1]+1 < s.end && (lower(s.tok(np[1])) == "and" || lower(s.tok(np[1])) == "or") {
			more := npAfter(s, np[1]+1)
			if more[0] == more[1] {
				break
			}
			np[1] = more[1]
		}
		if np[0] == i+1 && np[0] < np[1] && np[1] < s.end {
			// (The tagger may read a final "denies" as a plural noun.)
			last := np[1]-1 > np[0] && s.words(np[1], s.end) == 0 && lexLemma(s.tok(np[1]-1)) != ""
			if n := s.tok(np[1]); finiteVerb(n) || n.UPOS == "AUX" && finiteAuxForms[lower(n)] || n.XPOS == "MD" || last {
				return nil
			}
		}
	}
	// "is now threatening the provincial capital Goma": a force that
	// threatens a place endangers it; a threat that is words has what is
	// threatened ("threatened sanctions") or how ("threatened Kyiv with").
	if lem == "threaten" && i+1 < s.end && lower(s.tok(i+1)) != "to" {
		if np := npAfter(s, i+1); np[0] < np[1] && (np[1] >= s.end || lower(s.tok(np[1])) != "with") && placeNP(s, np) {
			return nil
		}
	}
	// "would respond to any aggression": answering force is a deed.
	if (lem == "respond" || lem == "reply") && i+1 < s.end && lower(s.tok(i+1)) == "to" {
		// ("Respond to his attacks" answers words.)
		for k := i + 2; k < s.end && k <= i+7 && !isPunct(s.tok(k)) && !isVerbTag(s.tok(k)) && s.tok(k).XPOS != "PRP$"; k++ {
			if forceNouns[lemma(s.tok(k))] && s.tok(k).UPOS == "NOUN" {
				return nil
			}
		}
	}
	// "defending itself against a militia": oneself against a foe is a
	// deed, not words.
	// ("Defended himself against the charges" answers words.)
	if i+2 < s.end && reflexives[lower(s.tok(i+1))] && lower(s.tok(i+2)) == "against" && (lem == "defend" || stanceVerbs[lem]) && !againstWords(s, i+2) {
		return nil
	}
	// "the right to defend itself", "its ability to defend itself": a
	// capacity, no act of saying.
	if lem == "defend" && i+1 < s.end && reflexives[lower(s.tok(i+1))] && i-2 >= s.first && s.tok(i-1).XPOS == "TO" && capacityNouns[lemma(s.tok(i-2))] {
		return nil
	}
	if (lem == "attack" || lem == "rip") && !verbalAttack(s, i) {
		return nil
	}
	// "regarding X", "concerning X" are prepositions; so is "considering
	// X" unless a form of "be" makes it a verb ("is considering X").
	switch lower(s.tok(i)) {
	case "regarding", "concerning":
		return nil
	case "considering":
		k := i - 1
		for k > s.first && s.tok(k).UPOS == "ADV" {
			k--
		}
		if k < s.first || s.tok(k).UPOS != "AUX" {
			return nil
		}
	}
	// "It goes without saying that ...", "Let's say you ...": idioms of
	// the writer's.
	if lower(s.tok(i)) == "saying" && i-2 >= s.first && lower(s.tok(i-1)) == "without" && lemma(s.tok(i-2)) == "go" {
		return nil
	}
	if lower(s.tok(i)) == "say" && i-2 >= s.first && (lower(s.tok(i-1)) == "'s" || lower(s.tok(i-1)) == "’s" || lower(s.tok(i-1)) == "us") && lower(s.tok(i-2)) == "let" {
		return nil
	}
	// "was cited as saying": the act of saying is the participle's (see
	// quotedAs).
	if s.tok(i).XPOS == "VBN" && i+2 < s.end && lower(s.tok(i+1)) == "as" && s.tok(i+2).XPOS == "VBG" && lexLemma(s.tok(i+2)) != "" {
		return nil
	}
	// "quoted experts as saying": the participle reports, and the quoting
	// is read with it (see quotedBy).
	// (With the phrases that place whom: "cited a monk in the village
	// as saying".)
	if citingLemmas[lem] && i+1 < s.end {
		if np := withName(s, withPhrases(s, npQuoted(s, i+1), s.end)); np[0] < np[1] && np[1]+1 < s.end && lower(s.tok(np[1])) == "as" && s.tok(np[1]+1).XPOS == "VBG" && lexLemma(s.tok(np[1]+1)) != "" {
			return nil
		}
	}
	// "ready to defend", "willing to admit": a disposition, not an act.
	if s.tok(i).XPOS == "VB" && i-2 >= s.first && s.tok(i-1).XPOS == "TO" && dispositions[lower(s.tok(i-2))] {
		return nil
	}
	// "..., citing officials" names a source (citing.go); "the ceasefire
	// announced on Monday will hold" describes a noun.
	// But "which officials said will ...", with "said" read as a
	// participle, is a relative clause whose subject is reported.
	if e := citingCue(s, i); e >= 0 && (i == s.first || isPunct(s.tok(i-1))) && sourceLike(s, citedSource(s, e)) && (e == i+1 || referredSource(s, citedSource(s, e))) ||
		reducedRelative(s, i) && !reportedGap(s, i) || prenominal(s, i) || i-1 > s.first && s.inWordHyphen(i-1) && lower(s.tok(i-2)) != "self" {
		// (Nor is the second half of a compound: "the state-backed
		// newspaper", "Sudan's army-backed government"; but "a
		// self-described socialist" says so of himself.)
		return nil
	}
	// "a group called Black Votes Matter", "a so-called test" name
	// something; nobody says anything.
	// (Also read as a past tense after another verb, before a name in
	// quotation marks: "was a post on a channel called “Guardianes”".)
	namingPast := s.tok(i).XPOS == "VBD" && i+1 < s.end && isQuoteTok(s.tok(i+1)) && hasFinite(s, s.first, i)
	if lem == "call" && (s.tok(i).XPOS == "VBN" || namingPast) && i > s.first && i+1 < s.end && !passiveAux(s, i) &&
		s.tok(i+1).XPOS != "IN" && s.tok(i+1).XPOS != "TO" && s.tok(i+1).XPOS != "RP" {
		if p := s.tok(i - 1); (p.UPOS == "NOUN" || p.UPOS == "PROPN") && !objectPredicate(s, i+1) || lower(p) == "so" || lower(p) == "so-" ||
			p.XPOS == "HYPH" && i-2 >= s.first && lower(s.tok(i-2)) == "so" {
			return nil
		}
	}
	if (lem == "lay" || lem == "spell") && (i+1 >= s.end || lower(s.tok(i+1)) != "out") {
		return nil
	}
	// "blasted it with a water cannon", "hit the town with rockets": a
	// verb of harsh words with an instrument is the blow itself.
	if harshVerbs[lem] && withInstrument(s, i) {
		return nil
	}
	// "denied access to the tally centre", "denied entry": a refusal to
	// let in, not a denial of what was said; "referred questions to the
	// governor" passes them on.
	if i+1 < s.end && (lem == "deny" && deniedThings[lemma(s.tok(i+1))] || lem == "refer" && referredThings[lemma(s.tok(i+1))]) {
		return nil
	}
	// ", which would contradict X": the writer's note that two accounts
	// disagree, made by no one.
	if lem == "contradict" && standsForClause(s, i) {
		return nil
	}
	// "does not comment on matters", "does not discuss classified
	// materials": a standing rule, in the present, about what is never
	// said; no one reports anything.
	if policyVerbs[lem] && s.tok(i).XPOS == "VB" && i-2 >= s.first && negWord(s.tok(i-1)) && (lower(s.tok(i-2)) == "does" || lower(s.tok(i-2)) == "do") {
		return nil
	}
	// "had called at a port" visits; "had been admitted" to hospital is
	// let in. Neither says anything.
	if lem == "call" && i+1 < s.end && lower(s.tok(i+1)) == "at" ||
		lem == "admit" && passiveAux(s, i) && (i+1 >= s.end || lower(s.tok(i+1)) != "that") {
		return nil
	}
	if lem == "make" && madeClear(s, i) == i+1 {
		return nil
	}
	// "Having said that," and "That said," connect; nobody says.
	if lem == "say" && s.tok(i).XPOS == "VBN" && i+1 < s.end && i > s.first &&
		(lower(s.tok(i-1)) == "having" && lower(s.tok(i+1)) == "that" && i+2 < s.end && s.tok(i+2).Text == "," ||
			lower(s.tok(i-1)) == "that" && i-1 == s.first && s.tok(i+1).Text == ",") {
		return nil
	}
	// "ruled out" excludes; it rules nothing. But "did not rule out
	// that X" and "would not rule out the possibility that X" leave X
	// open: a report that X may be so (see certainty).
	if lem == "rule" && i+1 < s.end && lower(s.tok(i+1)) == "out" && !openedOut(s, i) {
		return nil
	}
	// "supported the rebels", "backed the militia": support for an armed
	// group is material, an event, not a stated position.
	if stanceVerbs[lem] && i+1 < s.end && armedGroupAt(s, i+1) {
		return nil
	}
	c := &cand{sent: s.idx, cueType: e.typ, via: "verb"}
	c.cue = cueExtent(s, i)
	// "appeared to show", "seems to suggest": the raising verb is part
	// of the cue, and its subject the source.
	// ("Is expected to announce" foretells an act, it reports none.)
	if k := c.cue[0]; k-2 >= s.first && s.tok(k-1).XPOS == "TO" && (lemma(s.tok(k-2)) == "seem" || lemma(s.tok(k-2)) == "appear") {
		c.cue[0] = k - 2
	}
	// Of two joined verbs, the first says what kind of act it is: "did
	// not confirm or deny" confirms nothing, it does not deny.
	for k := c.cue[0]; k < i-1 && s.tok(i-1).UPOS == "CCONJ"; k++ {
		if l := lexLemma(s.tok(k)); l != "" {
			c.cueType = cueVerbs[l].typ
			break
		}
	}
	weak := weakCues[lem]
	// The evidence noun phrase before "find" or "show", which both makes
	// the verb a report and, failing a subject, is its source.
	var evidence [2]int
	if lem == "find" || lem == "show" {
		evidence = evidenceBefore(s, c.cue[0])
	}
	if weak && (lem == "find" || lem == "show") {
		// Studies, polls and records "find" and "show" what they report.
		r := subjectOf(s, i, 0)
		if r[0] == r[1] {
			r = subjectByTags(s, c.cue[0])
		}
		if r[0] < r[1] {
			k := npHead(s, r)
			// "photographs that appeared to show": the noun the
			// relative pronoun stands for, when the impression joins
			// the cue.
			if relativeWord(s.tok(k)) && k-1 > s.first && c.cue[0] < i {
				k--
			}
			if h := lemma(s.tok(k)); documentNouns[h] || evidenceNouns[h] {
				weak = false
			}
		}
		if evidence[0] < evidence[1] {
			weak = false
		}
	}
	if weak && lem == "see" && (finiteVerb(s.tok(i)) || s.tok(i).XPOS == "VB") {
		// "sees X as Y" holds a view; "saw the film" does not.
		// Not "saw him as he left": "as" and a clause tell when. The
		// object may go on with "of" phrases ("reauthorization of the
		// program as ...").
		np := npAfter(s, c.cue[1])
		for np[0] < np[1] && np[1] < s.end && lower(s.tok(np[1])) == "of" {
			next := npAfter(s, np[1]+1)
			if next[0] == next[1] {
				break
			}
			np[1] = next[1]
		}
		if np[0] < np[1] && np[1]+1 < s.end && lower(s.tok(np[1])) == "as" &&
			s.tok(np[1]).Dep != "mark" && !nominative[lower(s.tok(np[1]+1))] {
			weak = false
		}
		// The tree finds the "as" phrase after other objects too.
		for _, k := range s.childrenDep(i, "obl") {
			if m := s.firstChild(k, "case"); k > i && m >= 0 && lower(s.tok(m)) == "as" {
				weak = false
			}
		}
	}

	// "claimed responsibility for the attack": the act claimed is what
	// follows, the noun and "for" part of the cue.
	if k := c.cue[1]; lem == "claim" && k+2 < s.end && creditNouns[lower(s.tok(k))] && lower(s.tok(k+1)) == "for" && npTag(s.tok(k+2)) {
		c.cue[1] = k + 2
		b := objectEnd(s, i, s.end)
		// The act ends where a clause of its own joins ("for the
		// attack but officials doubted it").
		for j := k + 3; j < b; j++ {
			if s.tok(j).UPOS == "CCONJ" && hasFinite(s, j+1, b) {
				b = j
				break
			}
			// "in a statement sent to journalists", "on Telegram": where
			// the claim was made.
			if np := npAfter(s, j+1); (lower(s.tok(j)) == "in" || lower(s.tok(j)) == "on" || lower(s.tok(j)) == "via") && np[0] < np[1] && (medium(s, np) || documentNouns[lemma(s.tok(tagHead(s, np)))]) {
				b = j
				break
			}
		}
		c.setRange(s, k+2, b, i)
		c.via = "prep"
		weak = false
	}
	// ", a charge Abu Dhabi rejects": the noun before the speaker's name
	// is what the relative clause, with its "that" left out, rejects.
	// (Whatever else follows the cue: "a claim Pristina dismissed as
	// “pure propaganda”".)
	if r, src, ok := gapObject(s, c.cue[0], e); ok {
		c.setRange(s, r[0], r[1], i)
		c.src = src
		// The auxiliaries after the speaker are the cue's: "a claim
		// Tehran has dismissed".
		c.cue[0] = min(c.cue[0], src[1])
		c.via = "object-relative"
	}
	if !c.empty() {
	} else if src, a, b, ok := relativeGap(s, c.cue); ok {
		// The content holds its source and cue: a single span must.
		c.setRange(s, a, b, -1)
		// It opens with its relative word, "that" as "which" ("a video
		// that it said was filmed in May").
		if lower(s.tok(a)) == "that" && c.contentTok[0] == a+1 {
			c.contentTok[0] = a
			c.content = s.span(a, c.contentTok[1])
		}
		c.src, c.around = src, true
		c.via = "relative-gap"
	} else if src, a, b, ok := frontedAs(s, c.cue); ok {
		// The content is the main clause the cue's clause opens, not
		// what the opening clause itself holds (see setRange).
		c.setRange(s, a, b, -1)
		c.src = src
		c.via = "as-clause"
	}
	// 0. A quotation right before or after the cue is its content
	//    (“...,” she said / she said: “...”).
	if lem == "ask" {
		if a, b := askedQuestion(s, i); a < b {
			c.setRange(s, a, b, i)
			c.via = "asked-question"
		}
	}
	// "without saying how": a quotation nearby is not what was not said.
	without := c.cue[0] > s.first && lower(s.tok(c.cue[0]-1)) == "without"
	if !c.empty() || without {
	} else if q, ok := quoteBefore(s, c.cue[0], sents, qs); ok {
		c.content, c.via = q, "quote-before"
	} else if q, ok := quoteAfter(s, c.cue[1], sents, qs, e.frame&fObject == 0); ok && !(weak && wordsAfter(s, q)) &&
		!(s.tok(i).XPOS == "VBG" && citingLemmas[lem] && quotedSource(s, c.cue[1])[1] > 0) {
		// (What "citing" quotes is whom it cites: see citing.)
		// Nor is a quoted phrase with the clause going on after it a
		// weak cue's content ("saw “nothing abnormal” in the vote").
		c.content, c.via = q, "quote-after"
		// "The operation, he added, “was aimed at ...”": the quotation
		// goes on from the subject before the cue.
		if b := frontedSubjectOf(s, c.cue[0], q); b > 0 {
			c.setRange(s, s.first, b, -1)
			c.around = true
		}
	}
	passive := isPassive(s, i)
	aux, tagPassive := passiveByTags(s, i)
	if !s.parsed && tagPassive {
		passive = true
	}

	// 1. The content is a complement clause of the cue.
	if cc := pickClause(s, i, s.childrenDep(i, clauseDeps...)); cc >= 0 && c.empty() && !subjectClause(s, cc, i) && !relativeSubject(s, cc) {
		toks := s.subtree(cc, nil)
		a, b := minmax(toks)
		if cc > i {
			b = splitPredicate(s, i, cc, b)
			// A "that" between the cue and the clause marks where the
			// content starts, whatever the parse did with the words in
			// between ("said on May 8 that resistance would continue").
			for j := i + 1; j < a; j++ {
				if lower(s.tok(j)) == "that" {
					a = j + 1
					break
				}
			}
		}
		// "knew [this talk] [were wrong]": the parse took the clause's
		// subject for the cue's object. With no "that" and no subject of
		// its own, the clause starts at that object.
		objSubject := false
		if obj := s.firstChild(i, "obj"); cc > i && obj > i && obj < cc && a > obj && lower(s.tok(a)) != "that" &&
			s.firstChild(cc, "nsubj", "nsubj:pass", "expl") < 0 && finiteHead(s, cc) {
			a, _ = minmax(s.subtree(obj, nil))
			objSubject = true
		}
		// "urged both sides to show restraint, warning that ...": a
		// word after a comma between a weak cue and the clause is
		// what the clause goes with.
		otherHead := false
		// "told X that fighting was continuing ... and that troops
		// had not taken it": a second "that" clause joined by a
		// conjunction is the outer cue's, not the weak cue's.
		if weak && cc > i && a > i+1 && lower(s.tok(a)) == "that" && s.tok(a-1).UPOS == "CCONJ" {
			otherHead = true
		}
		if weak && cc > i {
			for j := a - 1; j > i && s.tok(j).Text != ","; j-- {
				if t := s.tok(j); !isPunct(t) && t.UPOS != "ADV" && lower(t) != "that" && commaBetween(s, i, j) {
					otherHead = true
				}
			}
		}
		if (!weak || cc < i || a > i+1 && lower(s.tok(a-1)) == "that" || isQuoteTok(s.tok(a)) || finiteClause(s, cc) || objSubject) && !otherHead {
			c.setRange(s, a, b, i)
			c.via = "ccomp"
		}
	}
	// 2. "X said: ..." or a quotation attached as parataxis.
	if c.empty() {
		for _, p := range s.childrenDep(i, "parataxis") {
			if p < i || colonBetween(s, i, p) || startsWithQuote(s, p) {
				c.setContent(s, s.subtree(p, nil), i)
				c.via = "parataxis-child"
				break
			}
		}
	}
	// 3. The cue is itself a parenthetical ("..., the author continues, ...")
	//    or follows its content ("..., the article concludes.").
	if c.empty() {
		// Not a cue with an object or clause of its own after it ("...;
		// he had basically said the same thing").
		// (Nor a cue in a relative clause: ", who writes under ...,".)
		if h := s.head(i); h >= 0 && (s.tok(i).Dep == "parataxis" || (s.tok(i).Dep == "ccomp" && h < i && commaBetween(s, h, i))) &&
			s.firstChild(i, "obj", "ccomp", "xcomp") <= i && !inAsideRelative(s, i) {
			skip := map[int]bool{}
			for _, t := range s.subtree(i, nil) {
				skip[t] = true
			}
			c.setAround(s, s.subtree(h, skip), i)
			c.via = "parenthetical-dep"
		}
	}
	// 4. The same, read off the tags where the parse gives no link:
	//    ", NP cue ," / ", NP cue ." / ", cue NP ." around the content.
	// A weak cue only with a subject that can say something ("the
	// author continues"; not "the shipments continue").
	if c.empty() && !(weak && !sayerIn(s, subjectByTags(s, c.cue[0]))) {
		if a, b, ok := parenthetical(s, i); ok {
			skip := map[int]bool{}
			for t := a; t < b; t++ {
				skip[t] = true
			}
			var rest []int
			for t := s.first; t < s.end; t++ {
				if !skip[t] {
					rest = append(rest, t)
				}
			}
			if a-1 >= s.first && isQuoteTok(s.tok(a-1)) || a-2 >= s.first && isQuoteTok(s.tok(a-2)) && s.tok(a-1).Text == "," {
				// A quotation closes just before the cue: it is the content.
				c.setRange(s, s.first, a, i)
			} else if a-1 > s.first && (lower(s.tok(a-1)) == "which" || lower(s.tok(a-1)) == "who") && s.tok(a).Text == "," && b < s.end {
				// "talks between Ankara and Damascus, which, he writes,
				// have stalled": the relative clause the cue interrupts,
				// with what counts it ("all of which").
				from := a - 1
				if from-2 >= s.first && lower(s.tok(from-1)) == "of" && quantityNouns[lower(s.tok(from-2))] {
					from -= 2
				}
				c.setRange(s, from, s.end, -1)
				c.around = true
			} else if b < s.end && participle(s.tok(b)) && !listsMembers(s.tok(b)) && !gerundSubject(s, b, s.end) && s.words(s.first, a) >= 2 {
				// "The talks collapsed, Hamas said, blaming Israel": a
				// participle after the cue is the speaker's second act.
				c.setRange(s, s.first, a, i)
			} else if writersAdjunct(s, a, b) {
				c.setRange(s, s.first, a, i)
			} else {
				c.setAround(s, rest, i)
			}
			c.via = "parenthetical-tags"
		}
	}
	// "She had been told by other women that X": what a passive verb of
	// telling reports is the clause after its agent, not its subject
	// (the one told); the agent, found below, is the source.
	if c.empty() && e.frame&fAddressee != 0 && (passive || tagPassive) {
		if ag := agentByTags(s, i); ag[0] < ag[1] && ag[1]+1 < s.end && lower(s.tok(ag[1])) == "that" && hasFinite(s, ag[1]+1, s.end) {
			c.setRange(s, ag[1]+1, s.end, i)
			c.via = "passive-told"
		}
	}
	// 5. Frames of particular verbs.
	if c.empty() && e.frame&fPassive != 0 && passive {
		if subj, ag := s.firstChild(i, "nsubj:pass"), s.firstChild(i, "obl:agent"); subj >= 0 && ag >= 0 {
			c.setContent(s, s.subtree(subj, nil), i)
			c.passive = true
			c.via = "passive-subject"
			// "X was accused by Y of Z": what Y says is X and the charge,
			// around the cue and its agent.
			if k := chargeAfter(s, i, ag); k >= 0 && subj < i {
				sa, _ := minmax(s.subtree(subj, nil))
				_, cb := minmax(s.subtree(k, nil))
				c.cue[0] = auxStart(s, i, subj)
				c.setRange(s, sa, cb, -1)
				c.around = true
			}
		} else if ag := agentByTags(s, i); tagPassive && ag[1] > 0 {
			// "could not be verified": the subject is before the
			// auxiliaries and negation.
			if np := chainBack(s, auxBack(s, aux-1)); np[0] < np[1] {
				// "Claims that Iran supplied drones have been denied":
				// what is denied is the clause the claims hold.
				if k := thatOfReportNoun(s, np[0]); k >= 0 {
					np[0] = k + 1
				}
				c.setRange(s, np[0], np[1], i)
				c.passive = true
				c.via = "passive-tags"
				if ag[1] < s.end && s.tok(ag[1]).XPOS == "IN" && chargePrep(lem, lower(s.tok(ag[1]))) {
					// The cue is the whole verb group, "has (repeatedly)
					// been accused".
					c.cue[0] = np[1]
					for c.cue[0] < aux && s.tok(c.cue[0]).UPOS == "ADV" {
						c.cue[0]++
					}
					c.setRange(s, np[0], objectEnd(s, i, s.end), -1)
					c.around = true
				}
			}
		} else if tagPassive && e.typ == doc.CueConfirmation && (negatedGroup(s, aux, i) || neitherSubject(s, aux)) && (i+1 >= s.end || isPunct(s.tok(i+1))) {
			// "the claim could not be (independently) confirmed": the
			// writer, unnamed, cannot vouch for what the subject says,
			// also past an aside on it ("The claim, made by a blogger,
			// could not be verified").
			j := auxBack(s, aux-1)
			if j > s.first && s.tok(j).Text == "," {
				for k := j - 1; k > s.first; k-- {
					if s.tok(k).Text == "," {
						if n := s.tok(k + 1); n.XPOS == "VBN" || n.XPOS == "VBG" {
							j = k - 1
						}
						break
					}
				}
			}
			if np := chainBack(s, j); np[0] < np[1] {
				// "Kyiv's allegation that Russia used X has not been
				// confirmed": what is unconfirmed is the clause.
				if k := thatOfReportNoun(s, np[0]); k >= 0 {
					np[0] = k + 1
				}
				c.setRange(s, np[0], np[1], i)
				c.cue[0] = max(np[1], auxBack(s, aux-1)+1)
				c.via = "unverified"
			}
		}
	}
	// "estimated the crowd at 10,000": an object and a figure make an
	// estimate of any verb of saying or believing.
	if estimateFrame(s, i) {
		e.frame |= fObject
	}
	if c.empty() && e.frame&(fObject|fInfinitive) != 0 {
		obj := s.firstChild(i, "obj", "iobj")
		xc := s.firstChild(i, "xcomp", "ccomp")
		if xc < 0 && c.cue[1]+1 < s.end && lower(s.tok(c.cue[1])) == "to" {
			// "voted to hold him": an infinitive right after the verb
			// that the parser took for a clause of purpose.
			if k := s.firstChild(i, "advcl"); k == c.cue[1]+1 {
				xc = k
			}
		}
		switch {
		case e.frame&fInfinitive != 0 && xc > i:
			from := xc
			if obj > i && obj < xc {
				from = obj
			}
			c.setRight(s, i, from)
			// "asked not to be identified": a negation the parse hung
			// on the cue belongs to the infinitive.
			if a := c.contentTok[0]; c.contentTok[1] > a && a-1 > i && negWord(s.tok(a-1)) && s.tok(a).XPOS == "TO" {
				c.setRange(s, a-1, c.contentTok[1], i)
			}
			c.via = "infinitive"
		case e.frame&fObject != 0 && obj > i && !(e.frame&fAddressee != 0 && (s.tok(obj).Dep == "iobj" || s.tok(obj).UPOS == "PRON")) &&
			!(obj == c.cue[1] && lower(s.tok(obj)) == "that" && hasFinite(s, obj+1, s.end) && !thatDeterminer(s, obj, s.end)):
			// The hearer of "warned them" or "promised voters" is not
			// what was said; nor is "that" before a clause, which the
			// parser may take for a pronoun object ("showed that as of
			// Friday, Trump is leading").
			c.setRight(s, i, obj)
			c.via = "object"
		}
	}
	// "denied losing the city", "admitted taking the money": a gerund
	// clause is what is denied or admitted.
	if c.empty() && e.frame&fObject != 0 && c.cue[1] < s.end && s.tok(c.cue[1]).XPOS == "VBG" {
		g := c.cue[1]
		if !s.parsed || s.tok(g).Head == i && (s.tok(g).Dep == "xcomp" || s.tok(g).Dep == "ccomp" || s.tok(g).Dep == "obj") {
			b := s.end
			if s.parsed {
				_, b = minmax(s.subtree(g, nil))
			} else {
				b = objectEnd(s, i, b)
			}
			c.setRange(s, g, b, i)
			c.via = "gerund"
		}
	}
	// "called the plan a disaster": an object with a predicate after it.
	if c.empty() && predicative[lem] {
		if obj := s.firstChild(i, "obj"); obj > i {
			// The predicate may hang on the cue or, misattached, inside
			// the object ("called the system “rotten to the core.”"):
			// look from the object's head on.
			oa, ob := minmax(s.subtree(obj, nil))
			for j := obj + 1; j < s.end && j < ob+3; j++ {
				t := s.tok(j)
				if isQuoteTok(t) || t.UPOS == "ADJ" || t.UPOS == "DET" || t.UPOS == "NOUN" {
					c.setRight(s, i, obj)
					if j >= ob && c.contentTok[1] <= ob {
						c.setRange(s, oa, s.end, i)
					}
					c.via = "object-predicate"
					break
				}
				if t.UPOS != "ADV" {
					break
				}
			}
		}
	}
	if c.empty() && e.frame&fPrep != 0 {
		for _, k := range s.childrenDep(i, "obl", "advcl") {
			if k < i {
				continue
			}
			// "called for reducing X": a gerund after the preposition
			// is parsed as an adverbial clause marked by it.
			cs := s.firstChild(k, "case", "mark")
			if cs < 0 || !takesPrep(lem, lower(s.tok(cs))) {
				continue
			}
			if ka, kb := minmax(s.subtree(k, nil)); temporalNP(s, [2]int{ka, kb}) || circumstance(s, [2]int{cs + 1, kb}) || medium(s, npAfter(s, cs+1)) || thatAfter(s, npAfter(s, cs+1)) {
				// "wrote on Telegram that ...": where it was said;
				// what was said is the clause.
				continue
			}
			c.setRight(s, i, k)
			if c.contentTok[0] == cs {
				c.setRange(s, cs+1, c.contentTok[1], i)
			}
			if cs == c.cue[1] {
				c.cue[1] = cs + 1
			}
			c.via = "prep"
			break
		}
	}
	// The object starts after a particle that belongs to the cue ("laid
	// out a plan").
	obj := i + 1
	if (lem == "lay" || lem == "spell") && obj < s.end && lower(s.tok(obj)) == "out" {
		obj++
	}
	// "warned this week that ...": a time is no object.
	if np := npAfter(s, obj); np[0] < np[1] && temporalNP(s, np) && thatAfter(s, np) {
		obj = s.end
	}
	// A gerund names the act denied or admitted ("denied arming the
	// group").
	gerund := obj < s.end && s.tok(obj).XPOS == "VBG" && gerundVerbs[lem]
	if c.empty() && e.frame&fObject != 0 && !s.parsed && obj < s.end && (npTag(s.tok(obj)) && lower(s.tok(obj)) != "that" || gerund || quantityOpens(s, obj) || lower(s.tok(obj)) == "that" && (thatDeterminer(s, obj, s.end) || !hasFinite(s, obj+1, s.end) && !pastAfterSubjectIn(s, obj+1, s.end))) &&
		!(e.frame&fAddressee != 0 && s.tok(obj).UPOS == "PRON") {
		// Tags only: the rest of the clause after the cue.
		b := obj
		for b < s.end && s.tok(b).Text != ";" && s.tok(b).Text != ":" {
			b++
		}
		// A trailing time phrase tells when it was said ("on Friday").
		for k := b - 1; k > i+2; k-- {
			if s.tok(k).UPOS == "ADP" {
				e := b
				for e > k && isPunct(s.tok(e-1)) {
					e--
				}
				if e > k+1 && temporalNP(s, [2]int{k + 1, e}) {
					b = k
				}
				break
			}
		}
		b = objectEnd(s, obj-1, b)
		c.setRange(s, obj, b, i)
		c.via = "object-tags"
	}
	if c.empty() && !s.parsed {
		c.tagFrames(s, i, lem, e)
	}
	if c.empty() && e.frame&fQuestion != 0 {
		if obj := s.firstChild(i, "obj", "advcl"); obj > i && startsWithWh(s, obj) {
			c.setContent(s, s.subtree(obj, nil), i)
			c.via = "question"
		}
	}
	// 6. Token fallback: "cue ... that CLAUSE" with no verb in between.
	if c.empty() {
		for j := i + 1; j < s.end && j < i+24; j++ { // (asides between count: ", citing ..., that")
			t := s.tok(j)
			if lower(t) == "that" && s.tok(j-1).UPOS == "CCONJ" && (weak || j-1 > c.cue[1]) {
				break // "... and that ...": the outer cue's clause
			}
			// "is considering sanctions on banks that it accuses of":
			// after a weak cue's object, "that" opens a relative clause
			// on it.
			if lower(t) == "that" && weak && j > c.cue[1] && s.tok(j-1).UPOS == "NOUN" && objectUpTo(s, c.cue[1], j) {
				break
			}
			// "decide whether to issue the warrant, a process that
			// ...": a question or an apposition comes first.
			if lower(t) == "whether" || t.Text == "," && j+1 < s.end && s.tok(j+1).UPOS == "DET" {
				break
			}
			if lower(t) == "that" {
				// Right after the cue, a "that" the tagger calls a
				// subordinator opens a clause even when it misreads the
				// clause's verb ("argues that the sales undermine ...").
				np := npAfter(s, j+1)
				opens := j == c.cue[1] && t.UPOS == "SCONJ" && s.words(np[0], np[1]) >= 2
				// Right after the cue or after a phrase on where it was
				// said, a noun the tagger read as a verb with the
				// clause's verb further on is the clause's subject ("wrote
				// on Telegram that debris from a drone had damaged").
				// The misread word is a singular ("debris", read as "-s"
				// of a verb) with a preposition or article after it.
				misread := (j == c.cue[1] || s.tok(c.cue[1]).UPOS == "ADP") && j+2 < s.end && s.tok(j+1).UPOS == "VERB" && s.tok(j+1).XPOS == "VBZ" &&
					(s.tok(j+2).UPOS == "ADP" || s.tok(j+2).UPOS == "DET") && laterFinite(s, j+2, s.end)
				if j+1 < s.end && (hasFinite(s, j+1, s.end) || pastAfterSubjectIn(s, j+1, s.end) || opens) && (misread || !thatDeterminer(s, j, s.end)) {
					c.setRange(s, j+1, s.end, i)
					c.via = "that-tags"
				}
				break
			}
			// "reported, citing the ministry, that ...", "said, without
			// giving details, that ...": an aside set off by commas
			// comes between.
			if t.Text == "," && j+1 < s.end && (s.tok(j+1).XPOS == "VBG" || (s.tok(j+1).UPOS == "ADP" || s.tok(j+1).UPOS == "SCONJ") && j+2 < s.end && s.tok(j+2).XPOS == "VBG") {
				if k := asideEnd(s, j+1); k > j {
					j = k
					continue
				}
			}
			// "said — on Twitter, as it happens — that ...": or one set
			// off by dashes.
			if s.asideDash(j) {
				k := j + 1
				for k < s.end && k-j < 16 && !s.asideDash(k) {
					k++
				}
				if k < s.end && s.asideDash(k) {
					j = k
					continue
				}
			}
			// (A participle in a compound before its noun is no verb:
			// "told lawmakers in a closed-door briefing that".)
			// (Nor one joined by a hyphen to the word before it: "the
			// London-based outlet".)
			// (Nor the participle that tells how a statement came out:
			// "said in a statement read on state television that".)
			if isVerbTag(t) && !inName(s, j) && !(j+1 < s.end && s.tok(j+1).XPOS == "HYPH") && !(j-1 > i && s.tok(j-1).XPOS == "HYPH") && !prenominal(s, j) && !afterDeterminer(s, j) && !mediumParticiple(s, j) || t.Text == ";" || t.Text == ":" || isQuoteTok(t) {
				break
			}
		}
	}
	// 7. Tags only: "X says CLAUSE" without "that": the clause is the
	//    next finite verb with the noun phrase before it.
	if c.empty() && !weak {
		a := -1
		// "told reporters the team was ready": the hearer is not part
		// of what was told.
		if e.frame&fAddressee != 0 {
			if k := addresseeAfter(s, c.cue[1]); k > c.cue[1] {
				if a = clauseAfter(s, k-1); a != k {
					a = -1
				}
			}
		}
		if a < 0 {
			a = clauseAfter(s, c.cue[1]-1)
		}
		if a >= 0 {
			c.setRange(s, a, s.end, i)
			c.via = "clause-tags"
		}
	}
	// 7b. "Galvin said the polling location never shut its doors": a
	//    verb that takes only a clause, with a noun phrase after it and
	//    then an open-class word the tagger read as something else
	//    ("shut" as a preposition, "dig" as a foreign word).
	if c.empty() && clauseOnly[lem] && (finiteVerb(s.tok(i)) || finiteAuxBefore(s, i)) {
		if k := misreadVerbAfter(s, c.cue[1]); k > 0 {
			c.setRange(s, c.cue[1], s.end, i)
			c.via = "clause-misread"
		}
	}
	// 8. "said so", "said yes", "say the same of X": a pro-form stands
	//    for what was said.
	if c.empty() && (lem == "say" || lem == "answer" || lem == "reply") && c.cue[1] < s.end {
		if n := proform(s, c.cue[1]); n > 0 {
			c.setRange(s, c.cue[1], c.cue[1]+n, i)
			c.via = "proform"
		}
	}
	// "doesn't think so", "I hope not": "so" and "not" stand for the
	// clause a verb of believing takes.
	if c.empty() && soVerbs[lem] && c.cue[1] < s.end {
		if w := lower(s.tok(c.cue[1])); (w == "so" || w == "not") && (c.cue[1]+1 == s.end || isPunct(s.tok(c.cue[1]+1))) {
			c.setRange(s, c.cue[1], c.cue[1]+1, i)
			c.via = "proform"
		}
	}
	// 8b. A title-case headline's verb, which the tagger read as a name
	//     ("Lawmakers Rip Trump As A ‘Fraud’"): the parse of such a line
	//     is no guide, and the rest of the headline is what was said.
	if c.empty() && !isVerbTag(s.tok(i)) && titleCase(s) && c.cue[1] < s.end {
		c.setRange(s, c.cue[1], s.end, i)
		c.via = "headline"
	}
	// 9. A headline drops what makes a clause ("Houthis claim attack on
	// tanker", "US says no damage reported"): what follows the cue, up
	// to a semicolon, is what was said.
	// Not a verb that reports only through an infinitive ("seeks arrest
	// warrant" seeks a thing).
	if c.empty() && c.cue[1] < s.end && headlineClause(s, i) && !(e.typ == doc.CueBelief && e.frame == fInfinitive) && !commitVerbs[lem] {
		b := c.cue[1]
		for b < s.end && s.tok(b).Text != ";" {
			b++
		}
		if hasNoun(s, c.cue[1], b) {
			c.setRange(s, c.cue[1], b, i)
			c.via = "headline"
		}
	}
	// 10. "X said:" at the end of the sentence: the content follows.
	if c.empty() && endsWithColonAfter(s, i) {
		c.needNext = true
		c.via = "colon-next"
	}
	if c.empty() && !c.needNext || !c.empty() && c.contentTok[0] < c.contentTok[1] && (temporalNP(s, c.contentTok) || onlyConnectives(s, c.contentTok)) {
		// Nothing said, or only when it was said ("announced Monday"),
		// or only how the sentence links to the one before ("However,
		// X insisted").
		return nil
	}

	// Source.
	switch {
	case c.via == "object-relative" || c.via == "relative-gap" || c.via == "as-clause":
		// Found with the content.
	case passive:
		if ag := s.firstChild(i, "obl:agent"); ag >= 0 {
			c.src = npRange(s, ag)
			// "accused by Iranian prosecutors of spying for Israel":
			// an act the agent accuses of is the charge, however the
			// parse hung it on the agent ("the head of the agency" is
			// all the agent).
			if c.cueType == doc.CueAccusation {
				for k := c.src[1] - 2; k > ag; k-- {
					if lower(s.tok(k)) == "of" && s.tok(k+1).XPOS == "VBG" {
						c.src[1] = k
						break
					}
				}
			}
		}
		if c.src[0] == c.src[1] && tagPassive {
			c.src = agentByTags(s, i)
		}
	default:
		c.src = subjectOf(s, i, 0)
	}
	if c.src[0] == c.src[1] && c.via == "quote-before" {
		// “...,” Jane Roe (D-Ohio), a panel member, said: the words
		// between the quotation and the cue name the speaker.
		a := c.cue[0]
		for a > s.first && !isQuoteTok(s.tok(a-1)) {
			a--
		}
		if a > s.first || isQuoteTok(s.tok(s.first)) {
			for a < c.cue[0] && isPunct(s.tok(a)) {
				a++
			}
			b := c.cue[0]
			for b > a && (isPunct(s.tok(b-1)) && s.tok(b-1).Text != ")" || s.tok(b-1).UPOS == "ADV") {
				b--
			}
			// Only when the words start like a name or a noun phrase;
			// otherwise the quotation closed mid-sentence and the
			// speaker is the noun phrase before the cue.
			if t := s.tok(a); b > a && hasNoun(s, a, b) && (t.UPOS == "PROPN" || t.UPOS == "PRON" || t.UPOS == "DET" ||
				t.UPOS == "ADJ" || t.UPOS == "NOUN" || t.UPOS == "NUM") {
				c.src = [2]int{a, b}
			} else if b == a+1 && capitalised(t) && !isPunct(t) {
				// One capitalised word is a name, whatever its tag
				// (“...,” Quick said).
				c.src = [2]int{a, b}
			}
		}
	}
	if c.src[0] == c.src[1] && s.tok(i).XPOS == "VBG" && i-1 > s.first && lower(s.tok(c.cue[0]-1)) == "as" {
		// "X was quoted (by Interfax) as saying": the one quoted is the
		// subject of the passive, and the cue is the whole frame.
		if src, k := quotedAs(s, c.cue[0]-1); k >= 0 {
			c.src, c.cue[0] = src, k
		}
	}
	if k := asideParticiple(s, i); c.src[0] == c.src[1] && k > s.first {
		// "Ryan, despite admitting that ..., voted": the subject
		// before the aside.
		if r := chainBack(s, k-1); r[0] < r[1] {
			c.src = r
		}
	}
	if c.src[0] == c.src[1] && participle(s.tok(i)) && i-1 > s.first && (participleLink(s.tok(c.cue[0]-1)) || commaBefore(s, c.cue[0])) {
		// "X said ..., adding that ...": the participle shares the
		// subject of the clause before it: the main clause, not one
		// that clause holds ("X noted that the situation remains
		// tense, adding ...": X adds).
		k := mainVerbBefore(s, i-1)
		if i-2 > s.first && s.tok(i-1).Text == "," {
			// "..., Nefzi said, adding", "..., the ministry said in a
			// statement on Friday, accusing him": the participle goes
			// on from the verb of saying in the phrase right before it.
			for j := i - 2; j > s.first && s.tok(j).Text != "," && !isQuoteTok(s.tok(j)); j-- {
				if finiteVerb(s.tok(j)) && lexLemma(s.tok(j)) != "" {
					k = j
					break
				}
			}
		}
		if k >= 0 {
			c.src = subjectOf(s, k, 0)
			if c.src[0] == c.src[1] {
				c.src = subjectByTags(s, k)
			}
		}
	}
	if c.src[0] == c.src[1] && !passive && c.cue[0]-2 > s.first && s.tok(c.cue[0]-1).XPOS == "TO" {
		// "Voters are more likely to say ...": the subject of "be"
		// before the adjective.
		k := c.cue[0] - 2
		for k > s.first && (s.tok(k).UPOS == "ADV" || s.tok(k).UPOS == "ADJ") {
			k--
		}
		if k < c.cue[0]-2 && s.tok(k).UPOS == "AUX" && lemma(s.tok(k)) == "be" {
			c.src = subjectByTags(s, k)
		}
	}
	// A participle right after the conjunction, with no auxiliary, is a
	// past tense the tagger misread ("but declined to comment").
	misreadPast := s.tok(i).XPOS == "VBN" && c.cue[0]-1 > s.first && s.tok(c.cue[0]-1).UPOS == "CCONJ"
	// So is a bare form ("..., but say its advance has stalled").
	// ("refuses to release X or explain Y" joins two infinitives).
	misreadPresent := bareAfterCommaConj(s, i, c.cue[0])
	if c.src[0] == c.src[1] && !passive && (finiteVerb(s.tok(i)) || misreadPast || misreadPresent || s.tok(i).XPOS == "NNS" || s.tok(i).XPOS == "VB" && finiteAuxBefore(s, c.cue[0])) {
		// "X took the stage and called ...": a verb joined to the one
		// before shares its subject, that of the main clause ("X said
		// it had counted 9,000 deaths, but warned that ...": X warned).
		if k := auxBack(s, c.cue[0]-1); k > s.first && s.tok(k).UPOS == "CCONJ" {
			if j := mainVerbBefore(s, k); j >= 0 {
				if r := subjectByTags(s, j); r[0] < r[1] && r[1] <= j {
					c.src = r
				}
			}
		}
	}
	if c.src[0] == c.src[1] && !passive {
		c.src = subjectByTags(s, c.cue[0])
		// An inverted subject ("..., said Jane Roe") only right after a
		// quotation or comma, with the content before the cue.
		if c.src[0] == c.src[1] && c.cue[0] > s.first && (s.tok(c.cue[0]-1).Text == "," || isQuoteTok(s.tok(c.cue[0]-1))) &&
			c.content.End <= s.tok(c.cue[0]).Span.Start {
			r := nameAfter(s, c.cue[1])
			if r[0] < r[1] && r[1] < s.end && lower(s.tok(r[1])) == "of" {
				// "said Jane Roe of the Brookings Institution": the body
				// is part of who the speaker is; a place or occasion
				// after "in" or "at" is not.
				r[1] = affiliationAfter(s, r[1])
			}
			c.src = extendAppositive(s, r)
			// "said an official who was not authorized to speak": the
			// relative clause tells who the speaker is.
			if r := c.src; r[0] < r[1] && r[1]+1 < s.end && relativeWord(s.tok(r[1])) && (s.tok(r[1]).XPOS == "WP" || lower(s.tok(r[1])) == "that") {
				b := r[1] + 1
				for b < s.end && s.tok(b).Text != "," && s.tok(b).Text != ";" && !isQuoteTok(s.tok(b)) {
					b++
				}
				for b > r[1] && isPunct(s.tok(b-1)) {
					b--
				}
				c.src[1] = b
			}
		}
	}
	if c.src[0] < c.src[1] && !c.needNext && s.span(c.src[0], c.src[1]).Overlaps(c.content) && !c.around {
		// A source inside the content is a misreading of the tags.
		c.src = [2]int{}
	}
	if c.src[0] < c.src[1] && temporalNP(s, c.src) {
		// "wrote Saturday": a date taken for the subject.
		c.src = subjectByTags(s, c.cue[0])
		if c.src[0] < c.src[1] && temporalNP(s, c.src) {
			c.src = [2]int{}
		}
	}
	if c.src[0] == c.src[1] {
		// "A poll released on Tuesday showed ...": past the participle.
		c.src = evidence
	}
	if k := finalSubject(s, i); c.src[0] == c.src[1] && !isVerbTag(s.tok(i)) && k >= 0 {
		// ", military denies": the words between the comma and the cue
		// read as a noun.
		c.src = [2]int{k + 1, i}
	}
	c.src = trimSourceEnd(s, trimSourceStart(s, dropTimePrefix(s, extendExamples(s, c.src))))
	if c.src[0] == c.src[1] && c.via != "asked-question" && (weak || e.typ != doc.CueStatement || !sourcelessVia[c.via] || s.tok(i).XPOS == "VB" || s.tok(i).XPOS == "VBN" && !passive) {
		// Without a source only a verb of saying with a clause or a
		// quotation is trusted ("..., it was said", a subject the rules
		// could not find); other cue words need someone to attribute
		// to, unless their frame is specific enough (keepUnsure) and the
		// other reading of the sentence finds no source either.
		c.unsure = true
		if nonFiniteStance {
			// A participle of stance without a holder reads as an
			// act, not a position ("accused X of supporting Y").
			return nil
		}
	}
	if c.passive && c.src[0] == c.src[1] {
		return nil
	}
	// "“Thank you Indiana!”", "Tell them the truth": a base form that
	// opens its sentence or quotation, with no subject, is an imperative,
	// and bids rather than reports.
	if c.src[0] == c.src[1] && (s.tok(i).XPOS == "VB" || s.tok(i).XPOS == "VBP") && (i == s.first || isQuoteTok(s.tok(i-1))) {
		return nil
	}
	// A cue inside its own source or content is a misparse.
	if c.src[0] < c.src[1] && c.src[0] <= i && i < c.src[1] {
		return nil
	}
	if !c.needNext && !c.around && c.content.Start <= s.tok(i).Span.Start && s.tok(i).Span.End <= c.content.End {
		return nil
	}
	// Verbs of speaking without a clause of their own ("spoke to
	// reporters", "talked about X") report only through their preposition.
	if prepOnly[lem] && c.via != "prep" && c.via != "prep-tags" && !(lem == "vote" && strings.HasPrefix(c.via, "infinitive")) {
		return nil
	}
	// "who asked not to be named": the request for anonymity that
	// explains an unnamed source asks nothing of the story.
	if a, b := c.contentTok[0], c.contentTok[1]; b-a == 4 && lower(s.tok(a)) == "not" && lower(s.tok(a+1)) == "to" && lemma(s.tok(a+2)) == "be" &&
		(lemma(s.tok(a+3)) == "name" || lemma(s.tok(a+3)) == "identify") {
		return nil
	}
	// Weak cues need a clause or a parenthetical; an object reading
	// ("added a clause", "continued the war") is not a report.
	// "had warned the government", "informed the family": a verb of
	// telling whose object is only whom it told says nothing of what.
	if object := c.via == "object" || c.via == "object-tags"; object && (weak || e.frame&fAddressee != 0 && hearerOnlyContent(s, c.contentTok)) {
		return nil
	}
	// What a text "reads" is written on it ("the sign read “...”"); a
	// person reads something, which says nothing.
	if lem == "read" {
		if c.src[0] == c.src[1] {
			return nil
		}
		h := s.tok(npHead(s, c.src))
		if w := lower(h); !documentNouns[lemma(h)] && w != "it" && w != "which" && w != "that" {
			return nil
		}
	}
	return c
}

func (c *cand) empty() bool { return c.content.Empty() }

// setContent sets the content from a token set (a subtree), as its extent
// narrowed by trimming; the cue itself never counts.
func (c *cand) setContent(s *sentence, toks []int, cue int) {
	a, b := minmax(toks)
	c.setRange(s, a, b, cue)
}

// qualifies reports whether t can open a phrase that qualifies the clause
// before it: a subordinator, a preposition or a participle.
func qualifies(t *doc.Token) bool {
	// Not a participle of saying, a second act (", adding ...").
	return t.UPOS == "SCONJ" || t.UPOS == "ADP" || (t.XPOS == "VBN" || t.XPOS == "VBG") && lexLemma(t) == ""
}

// timedQualifier reports whether [a, b) opens with a measure of time and
// a subordinator of time ("a day after", "two weeks before", "shortly
// after"): a phrase that qualifies the clause before it, as one that
// opens with the subordinator does.
func timedQualifier(s *sentence, a, b int) bool {
	for k := a + 1; k < min(b, a+5); k++ {
		switch lower(s.tok(k)) {
		case "after", "before", "since":
			return temporalNP(s, [2]int{a, k}) || k == a+1 && s.tok(a).UPOS == "ADV"
		}
	}
	return false
}

// setRun sets the content to the longest contiguous run of toks.
func (c *cand) setRun(s *sentence, toks []int, cue int) {
	a, b := s.longestRun(toks)
	c.setRange(s, a, b, cue)
}

// setAround is setRun for a cue in the middle of its content: when the
// run before the cue is only the subject of the run after it ("The
// museum, Mr. Bush said, celebrated ..."), the content spans both, cue
// included, as a single span must.
func (c *cand) setAround(s *sentence, toks []int, cue int) {
	rs := runs(toks)
	if len(rs) == 2 && rs[0][1] <= cue && rs[1][0] > cue {
		l0, l1 := trimContent(s, rs[0][0], rs[0][1])
		r0, r1 := trimContent(s, rs[1][0], rs[1][1])
		// "The plan, he said, will fail": a subject before the cue; "If
		// X, the experts say, Y": an opening subordinate clause, whose
		// main clause comes after the cue. Either way the sentence is
		// one statement, around the cue.
		subject := hasNoun(s, l0, l1) && !hasFinite(s, l0, l1) && s.words(l0, l1) <= 8
		// (After a subject, the verb that goes on is finite whatever the
		// tagger made of it: "The strike, the ministry said, hit ...".)
		v := r0
		if v < r1 && isQuoteTok(s.tok(v)) {
			v++
		}
		verbNext := subject && v < r1 && (s.tok(v).UPOS == "VERB" || s.tok(v).UPOS == "AUX")
		if l0 < l1 && r0 < r1 && (subject || subordinators[lower(s.tok(l0))]) && (hasFinite(s, r0, r1) || verbNext) {
			c.setRange(s, l0, r1, -1)
			c.around = true
			return
		}
		// "X, the governor said, while the rebels put the toll at
		// three": a contrast after the cue is the writer's second
		// clause; what was said is the clause before.
		if w := lower(s.tok(rs[1][0])); l0 < l1 && r0 < r1 && (hasFinite(s, l0, l1) || pastAfterSubjectIn(s, l0, l1)) && (concessive[w] || w == "while" || w == "but") {
			c.setRange(s, l0, l1, -1)
			return
		}
		// "The militia killed 85 people, activists said, the latest in a
		// series of ...": a clause, then the writer's apposition on it,
		// which ranks it ("the deadliest", "the first").
		if l0 < l1 && r0+1 < r1 && hasFinite(s, l0, l1) && lower(s.tok(r0)) == "the" && (s.tok(r0+1).XPOS == "JJS" || ordinals[lower(s.tok(r0+1))]) {
			c.setRange(s, l0, l1, -1)
			return
		}
		// "The plan would fail, she said, because ...", "..., the group
		// said, compared with ...": a clause, then what qualifies it.
		// So does a measure of time before one ("..., the ministry said,
		// a day after the president returned").
		if l0 < l1 && r0 < r1 && hasFinite(s, l0, l1) && !quoteOpenAt(s, l0, l1) && (qualifies(s.tok(r0)) || timedQualifier(s, r0, r1)) {
			c.setRange(s, l0, r1, -1)
			c.around = true
			return
		}
	}
	c.setRun(s, toks, cue)
}

// setRight sets the content to everything the cue governs from token from
// onwards ("accused [the minister of lying]").
func (c *cand) setRight(s *sentence, cue, from int) {
	a, b := minmax(s.subtree(from, nil))
	if a > cue {
		from = a
	}
	for _, k := range s.children(cue) {
		// A noun joined to the cue is a second object the parser hung
		// on the verb ("defending himself and his record"); a verb
		// joined to it is a second act.
		conj := s.tok(k).Dep == "conj" && !(k > from && (s.tok(k).UPOS == "NOUN" || s.tok(k).UPOS == "PROPN") && s.tok(from).UPOS != "VERB")
		if k < from || s.tok(k).Dep == "punct" || s.tok(k).Dep == "parataxis" || conj || s.tok(k).Dep == "cc" {
			continue
		}
		// "announced the cuts on Friday": the time of saying is not
		// part of what was said.
		if k != from && (strings.HasPrefix(s.tok(k).Dep, "obl") || s.tok(k).Dep == "advmod") {
			if ka, kb := minmax(s.subtree(k, nil)); temporalNP(s, [2]int{ka, kb}) {
				continue
			}
		}
		if _, e := minmax(s.subtree(k, nil)); e > b {
			b = e
		}
	}
	c.setRange(s, from, b, cue)
}

func (c *cand) setRange(s *sentence, a, b, cue int) {
	if a <= cue && cue < b {
		// The cue sits inside the range: keep the longer side.
		if s.words(a, cue) >= s.words(cue+1, b) {
			b = cue
		} else {
			a = cue + 1
		}
	}
	// "X, a claim the government denies": the rest restates X for
	// another speaker to answer, and is no part of it.
	// "said, without giving details, that X": a phrase set off between
	// the cue and "that" tells how it was said; what was said is X.
	if cue >= 0 && cue < a {
		for k := a + 2; k < b; k++ {
			if appositiveRestatement(s, k, b) || k+1 < b && s.tok(k).Text == "," && answersWhich(s, k+1) {
				b = k
				break
			}
			if s.tok(k).Text == "," && k+1 < b && isQuoteTok(s.tok(k+1)) && restatementAfter(s, k+1, b) {
				b = k + 2
				break
			}
			if e := withoutEvidence(s, k, b); e > 0 {
				b = e
				break
			}
		}
		for k := a + 1; k < b-1 && k <= a+8; k++ {
			if finiteVerb(s.tok(k)) || isQuoteTok(s.tok(k)) {
				break
			}
			if lower(s.tok(k)) == "that" && s.tok(k).UPOS == "SCONJ" && s.tok(k-1).Text == "," {
				a = k + 1
				break
			}
		}
	}
	// A trailing participle clause (", contradicting ...", ", adding
	// ...") is the writer's comment or a second act of saying, not part
	// of this content; so is a contrast after ", while", and an
	// exception after ", aside from".
	// Inside an aside between dashes ("Trump - who said X - said Y"),
	// what is said ends at the closing dash.
	b = s.closingDash(a, b)
	thatClause := a-1 >= s.first && lower(s.tok(a-1)) == "that"
	for j := range s.unquoted(a, b) {
		t := s.tok(j)
		// But a gerund that is the subject of a clause after the comma
		// (", replacing her would be harder") goes on with the content.
		exception := (lower(t) == "aside" || lower(t) == "apart") && j+1 < b && lower(s.tok(j+1)) == "from"
		// After "according to", which names no act of saying, a
		// participle that says nothing is more of what was reported; so
		// is one that tells the toll of the act said (", killing three
		// men", ", leaving ...").
		if j > a+2 && (t.XPOS == "VBG" && !listsMembers(t) && !gerundSubject(s, j, b) && !participleInside(s, j, b) && !(!sayingParticiple(s, j) && (c.via == "according" || harmParticiple[lemma(t)])) || concessive[lower(t)] || lower(t) == "while" || exception) && commaBefore(s, j) && s.words(a, j) >= 3 {
			// A closing quotation mark after the comma stays with the
			// quotation it closes.
			b = j - 1
			if s.tok(b).Text != "," {
				b = j
			}
			break
		}
		// "..., which would contradict the governor's statement": the
		// writer weighs what was said against another account.
		if j > a+1 && t.Text == "," && cue >= 0 && cue < a && weighingNote(s, j+1, b) {
			b = j
			break
		}
		// "claimed X, but offered no proof", "called X and called for
		// Y": a second verb phrase of the cue's own clause.
		// A present tense after a cue in the past goes on with what was
		// said ("said he was once part of it, but is now ...").
		// "to accuse X of Y and encourage Z": a second base form after
		// a cue in the base form.
		if j > a+1 && t.UPOS == "CCONJ" && j+1 < b && cue >= 0 && s.tok(cue).XPOS == "VB" && s.tok(j+1).XPOS == "VB" && s.words(a, j) >= 2 {
			b = j
			break
		}
		// "insisted that officers had used X and blamed Y", "says 47
		// were injured, and confirms that ...", "expressed concern and
		// called for dialogue": a verb of saying in the cue's own form
		// after "and", where what was said has another verb form or
		// none, is the speaker's second act, whatever the tagger made
		// of it.
		if j > a+1 && lower(t) == "and" && j+1 < b && cue >= 0 && cue < a && s.words(a, j) >= 2 && secondAct(s, cue, a, j+1) {
			b = j
			break
		}
		// "said the incursions do not appear hostile but declined to
		// ...": a past tense after a cue in the past, where what was
		// said is in the present, is the speaker's second act (the
		// tagger may read it as a participle before "to").
		// So is one that tells how the speaker gave the account ("said
		// four were killed but gave no further details"), whatever the
		// tense of what was said.
		if n := j + 1; j > a+1 && t.UPOS == "CCONJ" && n < b && cue >= 0 && cue < a && (s.tok(cue).XPOS == "VBD" || pastAfterSubject(s, cue)) &&
			(s.tok(n).XPOS == "VBD" || s.tok(n).XPOS == "VBN" && n+1 < b && s.tok(n+1).XPOS == "TO") && !auxLemmas[lemma(s.tok(n))] &&
			(presentClause(s, a, j) || accountActs[lemma(s.tok(n))]) {
			b = j
			break
		}
		// (Not in a content before its cue: "The US considered strikes
		// but decided against it, the Post reported" reports both.)
		// (A clause opened by "that" is one whatever the tagger made of
		// its verb: "that both fines related to X and had no bearing
		// on Y".)
		if j > a+1 && t.UPOS == "CCONJ" && j+1 < b && finiteVerb(s.tok(j+1)) && !(cue >= b) && !sameAuxiliary(s, a, j) &&
			(s.tok(j-1).Text == "," || joinedCue(s, j+1, b) || cueAfterAux(s, j+1, b) || cue >= 0 && cue < a && !hasFinite(s, a, j) && !thatClause) && s.words(a, j) >= 2 &&
			!(cue >= 0 && s.tok(cue).XPOS == "VBD" && (s.tok(j+1).XPOS == "VBZ" || s.tok(j+1).XPOS == "VBP") && hasFinite(s, a, j)) {
			b = j
			break
		}
		// ", but that ...", ", but rather ...", ", but not ...": the
		// second half of what was said.
		if t.UPOS == "CCONJ" && j+1 < b && contrastGoesOn[lower(s.tok(j+1))] {
			continue
		}
		// ", but Mrs. Roe would ...": a clause with its own subject
		// after a comma and a conjunction is the writer's contrast,
		// when the content so far is not a clause it could continue,
		// or when the new clause reports something of its own (", and
		// rights groups warned that ..."); after ", but" it is a
		// contrast in any case.
		if j > a+2 && t.UPOS == "CCONJ" && commaBefore(s, j) {
			k := j + 1
			for k < b && npTag(s.tok(k)) {
				k++
			}
			for k < b && (s.tok(k).UPOS == "AUX" || s.tok(k).UPOS == "ADV") && !finiteVerb(s.tok(k)) {
				k++
			}
			if k > j+1 && k < b && finiteVerb(s.tok(k)) && (!hasFinite(s, a, j) || lower(t) == "but" || cueLemma(s.tok(k)) != "" && !weakCues[cueLemma(s.tok(k))] || openQuestion(s, j+1, b)) {
				b = j - 1
				break
			}
		}
		// After ", but" the subject may be long or follow an opening
		// phrase (", but in the course of the report they could not
		// ..."); a verb with no subject of its own (", but would work")
		// still continues the content.
		if j > a+2 && t.UPOS == "CCONJ" && lower(t) == "but" && commaBefore(s, j) {
			if k := firstFinite(s, j+1, b); k > j+1 && hasNoun(s, j+1, k) {
				b = j - 1
				break
			}
		}
	}
	// "reports that X" with "reports" read as a noun and "that" as a
	// relative pronoun: after a cue, "that" opens what was said.
	// Not the determiner of an object ("declined that assignment").
	if cue >= 0 && a == cue+1 && a+1 < b && lower(s.tok(a)) == "that" && !thatDeterminer(s, a, b) {
		a++
	}
	// "said Friday the plan would fail", "said on Tuesday it had ...":
	// the day is when it was said.
	if cue >= 0 && a+2 < b && bareTime(s.tok(a)) && (a == cue+1 || a == cue+2 && lower(s.tok(a-1)) == "on") &&
		(npTag(s.tok(a+1)) && s.tok(a+1).XPOS != "POS" || lower(s.tok(a+1)) == "that") {
		a++
	}
	// "said last week it was ready", "said this month that ...".
	if cue >= 0 && a == cue+1 && a+3 < b && (lower(s.tok(a)) == "last" || lower(s.tok(a)) == "this") && temporalNP(s, [2]int{a, a + 2}) &&
		(s.tok(a+2).UPOS == "PRON" || lower(s.tok(a+2)) == "that" || s.tok(a+2).UPOS == "DET") && hasFinite(s, a+2, b) {
		a += 2
		if lower(s.tok(a)) == "that" && s.tok(a).UPOS != "DET" {
			a++
		}
	}
	if cue >= 0 && cue < a && inOpeningClause(s, cue) {
		// What the opening clause reports ends where the main clause
		// begins; a main clause that begins before the range is not
		// what the opening clause reports ("Speaking to farmers, the
		// minister promised ...").
		if j := mainClauseStart(s, cue+1, b); j < a || j == a && s.tok(a).Text == "," {
			b = a
		} else {
			b = j
		}
	}
	// A semicolon outside quotation marks ends a clause: what a cue
	// reports lies on its side of it ("said X was not intentional; they
	// only learned ...").
	if cue >= 0 {
		for j := range s.unquoted(a, b) {
			if s.tok(j).Text != ";" {
				continue
			}
			if cue < a {
				b = j
				break
			}
			if j < cue {
				a = j + 1
			}
		}
		// Nor does a content before its cue reach across one.
		for j := max(a, b, s.first); a < b && j < cue && cue < s.end; j++ {
			if s.tok(j).Text == ";" {
				return
			}
		}
	}
	if cue >= 0 && cue < a {
		b = cutCueAdjunct(s, a, b, cue)
		if inAsideRelative(s, cue) {
			b = asideRelativeEnd(s, a, b)
		}
	}
	a, b = trimContent(s, a, b)
	if a >= b {
		return
	}
	c.contentTok = [2]int{a, b}
	c.content = s.span(a, b)
}

// presentClause reports whether tokens a..b hold finite verbs and all of
// them are in the present tense.
func presentClause(s *sentence, a, b int) bool {
	found := false
	for k := range s.unquoted(a, b) {
		switch s.tok(k).XPOS {
		case "VBZ", "VBP":
			found = true
		case "VBD":
			return false
		case "MD":
			switch lower(s.tok(k)) {
			case "would", "could", "should", "might":
				return false
			}
			found = true
		}
	}
	// Quoted words count too: "do not appear".
	for k := a; k < b && !found; k++ {
		found = s.tok(k).XPOS == "VBZ" || s.tok(k).XPOS == "VBP"
	}
	return found
}

// finiteAuxForms are the finite forms of the auxiliaries, by spelling: a
// tagger may read another word as one ("debris" as a form of "be").
var finiteAuxForms = set(`is was are were am has have had does do did 's 're`)

// participle reports whether t is a participle in -ing, also one the
// tagger read as a noun (see verbAt).
func participle(t *doc.Token) bool {
	return t.XPOS == "VBG" || t.XPOS == "NN" && strings.HasSuffix(lower(t), "ing")
}

// soVerbs take "so" or "not" for their clause.
var soVerbs = set(`think believe hope suppose guess expect fear suspect`)

// clauseOnly are the verbs of saying and believing that take a clause
// and almost never a plain object in news prose.
var clauseOnly = set(`say claim argue insist contend assert believe think`)

// closedClass are function words: a word after a noun phrase that is
// none of them, nor punctuation, a number or a name, is open-class.
var closedClass = set(`of in on at for with by from to about into over under after before during
	since than as and or but nor so yet if because while although though whether that which who
	whom whose what when where why how this these those the a an his her its their our my your
	some any no every each all both either neither such he she it they we you i me him them us
	per via like near amid against without within among across through until upon toward towards
	not there here`)

// misreadVerbAfter returns the index of the word after the noun phrase
// at i that must be the verb of a clause (an open-class word followed by
// more of the sentence), or -1.
func misreadVerbAfter(s *sentence, i int) int {
	np := npAfter(s, i)
	if np[0] != i || np[0] == np[1] || temporalNP(s, np) {
		return -1
	}
	// "Aides say the governor plans to ...": a singular noun, then a
	// verb in -s read as a plural noun, then a to-infinitive.
	for k := np[0] + 1; k < np[1] && k+2 < s.end; k++ {
		if t, p := s.tok(k), s.tok(k-1); t.XPOS == "NNS" && (p.XPOS == "NN" || p.XPOS == "NNP") && lower(s.tok(k+1)) == "to" {
			if n := s.tok(k + 2); n.XPOS == "VB" || n.UPOS == "ADV" || isQuoteTok(n) {
				return k
			}
		}
		// "Tehran says the group operates from Pakistan", "says the army
		// controls the city": the same verb ending the noun phrase, with
		// a preposition or a determiner after it.
		if p := s.tok(k - 1); k == np[1]-1 && (p.XPOS == "NN" || p.XPOS == "NNP") && misreadPresent(s, k) {
			return k
		}
	}
	// "says its operations target only armed groups": a base form
	// after a plural subject, read as the last noun of a compound, with
	// an object opening after it; also past a place or part that follows
	// the subject ("its operations in Amhara target ...").
	if k := np[1] - 1; k > np[0] && s.tok(k-1).XPOS == "NNS" && objectOpens(s, k) {
		return k
	}
	if k := np[1]; k+1 < s.end && s.tok(np[1]-1).XPOS == "NNS" && s.tok(k).UPOS == "ADP" && lower(s.tok(k)) != "that" && lower(s.tok(k)) != "of" {
		if pp := npAfter(s, k+1); pp[0] == k+1 && pp[1]-1 > pp[0] && objectOpens(s, pp[1]-1) {
			return pp[1] - 1
		}
	}
	k := np[1]
	for k < s.end && s.tok(k).UPOS == "ADV" && !closedClass[lower(s.tok(k))] {
		k++
	}
	if k+1 >= s.end {
		return -1
	}
	t := s.tok(k)
	w := lower(t)
	if isPunct(t) || closedClass[w] || capitalised(t) || t.UPOS == "NUM" || strings.ContainsAny(w, "0123456789") || isQuoteTok(t) {
		return -1
	}
	return k
}

// objectOpens reports whether token k, the last of a noun phrase, is a
// lower-case singular noun with what can only open an object after it:
// a determiner, possessive, number or adverb.
func objectOpens(s *sentence, k int) bool {
	t := s.tok(k)
	if t.XPOS != "NN" || capitalised(t) || k+2 >= s.end {
		return false
	}
	n := s.tok(k + 1)
	return n.UPOS == "DET" || n.XPOS == "PRP$" || n.UPOS == "NUM" || n.UPOS == "ADV" && !closedClass[lower(n)] || lower(n) == "only"
}

// harshVerbs criticise in words and strike in deeds ("blasted the plan",
// "blasted the boat with a water cannon").
var harshVerbs = set(`blast slam hammer lash pound batter hit target attack`)

// withInstrument reports whether "with" and a noun phrase follow the
// object of verb i, before any comma or clause: what it was done with.
func withInstrument(s *sentence, i int) bool {
	np := npAfter(s, i+1)
	if np[0] == np[1] || np[1] >= s.end || lower(s.tok(np[1])) != "with" {
		return false
	}
	w := npAfter(s, np[1]+1)
	return w[0] < w[1] && instruments[lemma(s.tok(w[1]-1))]
}

// instruments are what a blow is struck with ("with a water cannon",
// "with rockets"), not the manner of words ("with unusual fury").
var instruments = set(`cannon rocket missile drone shell bomb gun fire artillery gas bullet grenade mortar
	weapon airstrike strike jet aircraft tank laser flare munition explosive barrage`)

// weighingNote reports whether ", which (would|could|appears to) contradict
// ..." opens at k: "which" standing for what was said, a modal or
// nothing, and a verb that sets it against other evidence.
func weighingNote(s *sentence, k, b int) bool {
	if k+1 >= b || lower(s.tok(k)) != "which" {
		return false
	}
	j := k + 1
	for j < b && (s.tok(j).XPOS == "MD" || s.tok(j).UPOS == "ADV") {
		j++
	}
	return j < b && weighingVerbs[lemma(s.tok(j))]
}

// weighingVerbs set one account against another ("which would
// contradict", "which appears to confirm").
var weighingVerbs = set(`contradict confirm corroborate undermine support`)

// deniedThings are what is denied someone as a refusal ("denied access",
// "denied entry", "denied bail").
var deniedThings = set(`access entry permission visa visas bail passage admission`)

// referredThings are what is passed on to someone else ("referred
// questions to the ministry").
var referredThings = set(`question inquiry query request`)

// standsForClause reports whether the subject of verb i is "which" or
// "this" standing for the clause before it (", which would contradict").
func standsForClause(s *sentence, i int) bool {
	k := auxBack(s, i-1)
	if k < s.first {
		return false
	}
	w := lower(s.tok(k))
	return (w == "which" && k-1 >= s.first && s.tok(k-1).Text == ",") || (w == "this" || w == "that") && (k == s.first || s.tok(k-1).Text == ",")
}

// noActCue reports whether the word at i, a verb or noun of saying, names
// no act of saying by anyone here: "a statement read on state television"
// is the medium; "a copy of which has been seen by the paper" tells who
// had access; "a request for comment" and "a delay in announcing results"
// name acts that nobody performs in the sentence.
func noActCue(s *sentence, i int) bool {
	t := s.tok(i)
	w := lower(t)
	switch {
	// ("The sign read “Stop the war”": a sign reads what it says.)
	case w == "read" && i > s.first && i+1 < s.end && documentNouns[lemma(s.tok(i-1))] && (s.tok(i+1).UPOS == "ADP" || lower(s.tok(i+1)) == "out"),
		w == "seen" && i+1 < s.end && lower(s.tok(i+1)) == "by":
		return true
	case w == "comment" && i > s.first && lower(s.tok(i-1)) == "for":
		return true
	case (t.XPOS == "VBG" || strings.HasSuffix(w, "ing")) && i-1 > s.first && lower(s.tok(i-1)) == "in" && s.tok(i-2).UPOS == "NOUN" && actNouns[lemma(s.tok(i-2))]:
		return true
	}
	return false
}

// mediumParticiple reports whether the participle at j follows a noun
// for a document and tells how it came out ("a statement read on state
// television", "a statement issued late on Tuesday").
func mediumParticiple(s *sentence, j int) bool {
	t := s.tok(j)
	return j > s.first && (t.XPOS == "VBN" || t.XPOS == "VBD" || t.XPOS == "VB") && documentNouns[lemma(s.tok(j-1))] && mediumVerbs[lemma(t)]
}

// mediumVerbs bring a statement out ("read on television", "issued on
// Monday", "posted on X").
var mediumVerbs = set(`read issue publish post release broadcast air circulate`)

// actNouns are nouns of delay or failure whose "in"-gerund names an act
// not done ("a delay in announcing results", "a failure in reporting").
var actNouns = set(`delay delays failure failures lapse lapses slowness`)

// policyVerbs are the verbs of saying a standing rule of silence names
// ("does not comment on", "does not discuss").
var policyVerbs = set(`comment discuss speculate disclose elaborate`)

// openedOut reports whether "rule out" at verb i is negated and followed
// by a clause: "did not rule out that X", "would not rule out the
// possibility that X". ("Refused to rule out" is read as a refusal, as
// "declined to confirm" is.)
func openedOut(s *sentence, i int) bool {
	a := auxBack(s, i-1) + 1
	if !negatedGroup(s, a, i) {
		return false
	}
	// ("It cannot be ruled out that X" is a frame; see certainty.)
	for k := a; k < i; k++ {
		if lemma(s.tok(k)) == "be" {
			return false
		}
	}
	k := i + 2
	if k+1 < s.end && lower(s.tok(k)) == "the" && (lower(s.tok(k+1)) == "possibility" || lower(s.tok(k+1)) == "prospect") {
		k += 2
	}
	return k < s.end && lower(s.tok(k)) == "that" && hasFinite(s, k+1, s.end)
}

// negWord reports whether t negates ("not", "never").
func negWord(t *doc.Token) bool {
	switch lower(t) {
	case "not", "n't", "never":
		return true
	}
	return false
}

// negatedGroup reports whether the verb group from a to i holds a
// negation ("could not be confirmed", "has never been verified").
func negatedGroup(s *sentence, a, i int) bool {
	for k := max(a-1, s.first); k < i; k++ {
		if negWord(s.tok(k)) || lower(s.tok(k)) == "cannot" {
			return true
		}
	}
	return false
}

// neitherSubject reports whether the subject before the auxiliaries at
// aux opens with "neither" or "no" ("Neither claim could be verified").
func neitherSubject(s *sentence, aux int) bool {
	np := chainBack(s, auxBack(s, aux-1))
	if np[0] >= np[1] {
		return false
	}
	w := lower(s.tok(np[0]))
	return w == "neither" || w == "no"
}

// pluralSayingNoun reports whether the lower-case word w is the plural
// of a noun of saying ("allegations", "claims"), by its form.
func pluralSayingNoun(w string) bool {
	_, ok := nounCues[strings.TrimSuffix(w, "s")]
	return ok && strings.HasSuffix(w, "s")
}

// creditNouns are what a group claims for an act it says it did.
var creditNouns = set(`responsibility credit`)

// misreadPresent reports whether token k, tagged as a plural noun, is a
// present tense in -s that a preposition or determiner follows ("a group
// that Tehran says operates from Pakistan").
func misreadPresent(s *sentence, k int) bool {
	t := s.tok(k)
	if t.XPOS != "NNS" || !strings.HasSuffix(lower(t), "s") || k+1 >= s.end {
		return false
	}
	n := s.tok(k + 1)
	return n.UPOS == "ADP" && lower(n) != "of" || n.UPOS == "DET"
}

// thatOfReportNoun returns the "that" after a noun of saying whose
// clause runs up to token a, with no comma between ("Claims that Iran
// supplied the drones"), or -1.
func thatOfReportNoun(s *sentence, a int) int {
	for k := a - 1; k > s.first; k-- {
		t := s.tok(k)
		if lower(t) == "that" {
			n := lower(s.tok(k - 1))
			_, noun := nounCues[strings.TrimSuffix(n, "s")]
			if (noun || hearsayNouns[strings.TrimSuffix(n, "s")]) && hasFinite(s, k+1, a) {
				return k
			}
			return -1
		}
		if t.Text == "," || t.Text == ";" || isQuoteTok(t) {
			return -1
		}
	}
	return -1
}

// onlyConnectives reports whether tokens r hold nothing but discourse
// connectives and punctuation.
func onlyConnectives(s *sentence, r [2]int) bool {
	for k := r[0]; k < r[1]; k++ {
		// "so" and "that" stand for what was said ("said so").
		if t := s.tok(k); !isPunct(t) && (!edgeWords[lower(t)] || lower(t) == "so" || lower(t) == "that") {
			return false
		}
	}
	return true
}

// thatDeterminer reports whether "that" at a is the determiner of a
// singular noun after it, with no verb of a clause after that noun,
// whatever its tag (the tagger often reads it as a complementiser).
func thatDeterminer(s *sentence, a, b int) bool {
	// "denied that at the time", "confirmed that on Monday": a phrase
	// and no clause after it; "that" is the object.
	if a+1 < b && s.tok(a+1).UPOS == "ADP" && !hasFinite(s, a+1, b) {
		return true
	}
	// "said that was false": right before a verb, "that" is its
	// subject; but not before a noun the tagger read as a verb ("that
	// talks had stalled").
	// Nor before one with the clause's verb further on ("said that
	// talks on a joint system had stalled"), unless "that" follows a
	// noun it relates to ("the examples that critics point to").
	if n := s.tok(min(a+1, s.end-1)); a+1 < b && (finiteVerb(n) && n.UPOS != "AUX" || n.XPOS == "MD" || finiteAuxForms[lower(n)]) && !(n.XPOS == "VBZ" && n.UPOS == "VERB" && !auxLemmas[lemma(n)] && laterFinite(s, a+2, b) && a > s.first && s.tok(a-1).UPOS != "NOUN" && s.tok(a-1).UPOS != "PROPN") {
		if a+2 >= b {
			return true
		}
		if m := s.tok(a + 2); !(isVerbTag(m) || m.UPOS == "AUX" || m.XPOS == "MD") || n.XPOS == "MD" || finiteAuxForms[lower(n)] && m.UPOS != "AUX" {
			return true
		}
	}
	k := a + 1
	for k < b && (s.tok(k).UPOS == "ADJ" || s.tok(k).UPOS == "NOUN" || s.tok(k).UPOS == "PROPN") {
		k++
	}
	if k == a+1 || s.tok(k-1).XPOS != "NN" || k < b && (isVerbTag(s.tok(k)) || s.tok(k).UPOS == "AUX" || s.tok(k).XPOS == "MD") {
		return false
	}
	// A relative clause or a participle set off after the noun may be
	// followed by the clause's verb ("that Moscow, which brokered the
	// truce, may oppose", "that Moscow, distracted by the war, is").
	if k+1 < b && s.tok(k).Text == "," && (relativeWord(s.tok(k+1)) || s.tok(k+1).XPOS == "VBN" || s.tok(k+1).XPOS == "VBG") {
		for e := k + 2; e < b; e++ {
			if s.tok(e).Text == "," {
				if e+1 < b && (finiteVerb(s.tok(e+1)) || s.tok(e+1).UPOS == "AUX") {
					return false
				}
				break
			}
		}
	}
	// A phrase after the noun may still end in the clause's verb ("that
	// resistance to the Taliban would continue"); a conjunction starts
	// a second verb of the cue's own ("that assignment and has left").
	if k < b && s.tok(k).UPOS != "CCONJ" {
		for e := k; e < b && s.tok(e).Text != "," && s.tok(e).Text != ";" && s.tok(e).Text != ":"; e++ {
			if finiteVerb(s.tok(e)) || s.tok(e).UPOS == "AUX" {
				return false
			}
		}
	}
	return true
}

// laterFinite reports whether a finite verb follows a misread one in the
// same stretch, from k to the next comma or conjunction: "that debris
// [from a downed drone] had damaged" has its verb further on, so "debris"
// was a noun; "that comes from a trusted source" has none.
func laterFinite(s *sentence, k, b int) bool {
	for ; k < b; k++ {
		t := s.tok(k)
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.UPOS == "CCONJ" || relativeWord(t) || isQuoteTok(t) {
			return false
		}
		if finiteVerb(t) || t.UPOS == "AUX" && finiteAuxForms[lower(t)] || t.XPOS == "MD" {
			return true
		}
	}
	return false
}

// inAsideRelative reports whether cue i is the verb of a relative clause
// set off by a comma, with the relative pronoun as its subject ("Apple,
// which contended that ..., is").
func inAsideRelative(s *sentence, i int) bool {
	j := i - 1
	for j > s.first && (s.tok(j).UPOS == "ADV" || s.tok(j).UPOS == "AUX" || s.tok(j).UPOS == "PART") {
		j--
	}
	// Or a participle set off after the subject ("Ryan, despite
	// admitting that ..., voted").
	if asideParticiple(s, i) >= 0 {
		return true
	}
	return j > s.first && (lower(s.tok(j)) == "who" || lower(s.tok(j)) == "which") && s.tok(j-1).Text == ","
}

// asideParticiple returns the comma that opens an aside made of a
// preposition and participle i (", despite admitting that ..."), or -1.
func asideParticiple(s *sentence, i int) int {
	j := i - 1
	// The main clause's verb must follow the aside.
	if participle(s.tok(i)) && j-1 > s.first && participleLink(s.tok(j)) && s.tok(j).Text != "," && s.tok(j-1).Text == "," &&
		asideRelativeEnd(s, i+1, s.end) < s.end {
		return j - 1
	}
	return -1
}

// asideRelativeEnd returns where what a cue in such a relative clause
// reports ends: at the comma after which the main clause goes on with its
// verb (", is a good example"); b when there is none.
func asideRelativeEnd(s *sentence, a, b int) int {
	for k := range s.unquoted(a, b-1) {
		if s.tok(k).Text != "," {
			continue
		}
		n := k + 1
		for n < b && s.tok(n).UPOS == "ADV" {
			n++
		}
		if n < b && finiteVerb(s.tok(n)) {
			return k
		}
	}
	return b
}

// commaBefore reports whether a comma ends the text before token j, also
// inside a closing quotation mark (“jobs, jobs, jobs,” but ...).
func commaBefore(s *sentence, j int) bool {
	if j <= s.first {
		return false
	}
	if s.tok(j-1).Text == "," {
		return true
	}
	return j-2 >= s.first && isQuoteTok(s.tok(j-1)) && s.tok(j-2).Text == ","
}

// contrastGoesOn are the words after "but" that make it join two parts
// of one content rather than add the writer's contrast.
var contrastGoesOn = set(`that rather not also instead`)

// gerundSubject reports whether the gerund at j, no verb of saying,
// begins the subject of a clause that goes on before b: its object, then
// a finite verb or modal ("replacing her would be harder").
func gerundSubject(s *sentence, j, b int) bool {
	return lexLemma(s.tok(j)) == "" && subjectThenVerb(s, j+1, b)
}

// placeAside reports whether the comma at k opens the name of a place's
// state or country, one word closed by a comma, after a name and before
// more of the noun phrase ("Tulsa, Okla., police officer").
func placeAside(s *sentence, k, b int) bool {
	return k > s.first && k+3 < b && s.tok(k-1).UPOS == "PROPN" && s.tok(k+1).UPOS == "PROPN" &&
		s.tok(k+2).Text == "," && npTag(s.tok(k+3)) && s.tok(k+3).UPOS != "PRON" && s.tok(k+3).UPOS != "DET"
}

// listsMembers reports a participle that goes on with the noun phrase
// before it rather than opening a clause: ", including X" names members
// of what was said.
func listsMembers(t *doc.Token) bool {
	return lower(t) == "including"
}

// firstFinite returns the first finite verb in [a, b) outside quotation
// marks, or -1.
func firstFinite(s *sentence, a, b int) int {
	for k := range s.unquoted(a, b) {
		if finiteVerb(s.tok(k)) {
			return k
		}
	}
	return -1
}

// adjunctMarks open a phrase of place, time or occasion; hung on the cue
// verb rather than on the content ("announced X at a rally in Ohio",
// "praised X after the vote"), such a phrase says where or when the saying
// happened, not what was said. Prepositions that verbs of saying take as
// complements ("accused X of Y", "compared X to Y", "blamed X for Y",
// "described X as Y") are absent on purpose.
// "In" and "on" are left out: parsers hang too many complements of the
// content on the cue through them ("endorsed X in the race", "called for
// taxes on the rich").
var adjunctMarks = set(`at during after before amid since following while when whilst until
despite throughout`)

// estimateFrame reports an object right after cue i followed by "at" and
// a figure.
func estimateFrame(s *sentence, i int) bool {
	np := npAfter(s, i+1)
	return np[0] < np[1] && np[1] < s.end && figureAt(s, np[1])
}

// figureAt reports "at" and a number at token j: the figure an estimate
// puts something at ("estimated the crowd at 10,000"), part of what is
// said.
func figureAt(s *sentence, j int) bool {
	k := j + 1
	for k < s.end && (lower(s.tok(k)) == "about" || lower(s.tok(k)) == "least" || lower(s.tok(k)) == "around" || lower(s.tok(k)) == "more" || lower(s.tok(k)) == "than" || s.tok(k).Text == "$") {
		k++
	}
	if lower(s.tok(j)) != "at" || k >= s.end || s.tok(k).UPOS != "NUM" {
		return false
	}
	// Not "at one point", "at one stage".
	return k+1 >= s.end || !timeNouns[lower(s.tok(k+1))]
}

var timeNouns = set(`point stage time moment juncture`)

// cutCueAdjunct ends a content that lies after cue before the first phrase
// the parse hangs on the cue itself as an adjunct (see adjunctMarks). Only a
// phrase after the content's first word counts, so that the content is
// never emptied.
func cutCueAdjunct(s *sentence, a, b, cue int) int {
	// "confirmed his death in a statement", "said the war was over in
	// an interview with CNN", "criticized the plan on Twitter": the
	// occasion or medium of saying closes what was said.
	for j := range s.unquoted(a, b) {
		if j > a && occasionAt(s, j, b) {
			return j
		}
	}
	// From the tags: after an object that is no clause ("praised the
	// deal after the vote"), such a phrase can only hang on the cue or
	// on the object, and hangs on the cue far more often.
	for j := a + 1; j < b && !hasFinite(s, a, b); j++ {
		t := s.tok(j)
		if isQuoteTok(t) || isVerbTag(t) || t.XPOS == "TO" || t.Text == "," {
			break
		}
		if adjunctMarks[lower(t)] && (t.UPOS == "ADP" || t.UPOS == "SCONJ") && npTag(s.tok(j-1)) && !figureAt(s, j) {
			return j
		}
	}
	if !s.parsed {
		return b
	}
	for _, k := range s.children(cue) {
		if k <= a || k >= b {
			continue
		}
		switch s.tok(k).Dep {
		case "obl", "obl:unmarked", "advcl":
		default:
			continue
		}
		p, _ := minmax(s.subtree(k, nil))
		if p <= a || p >= b || !adjunctMarks[lower(s.tok(p))] || figureAt(s, p) {
			continue
		}
		if p < b {
			b = p
		}
	}
	return b
}

// occasionAt reports whether a phrase that tells where or how something
// was said starts at token j and runs to b: "in"/"during" and a noun of
// saying ("in a statement", "during an interview with CNN on Sunday"),
// or "on" and a medium ("on Twitter"), with no verb after it.
func occasionAt(s *sentence, j, b int) bool {
	p := lower(s.tok(j))
	if p != "in" && p != "during" && p != "on" || s.tok(j).UPOS != "ADP" {
		return false
	}
	n := j + 1
	if n >= b {
		return false
	}
	// "in a statement", "in his speech", "in remarks to reporters"; "in
	// the statement" is mostly one already named, and part of what was
	// said ("said there was a mistake in the statement").
	if d := lower(s.tok(n)); p != "on" && (d == "the" || d == "this" || d == "that") {
		return false
	}
	determined := n < b && (s.tok(n).UPOS == "DET" || s.tok(n).XPOS == "PRP$")
	for n < b && (s.tok(n).UPOS == "DET" || s.tok(n).UPOS == "ADJ" || s.tok(n).XPOS == "PRP$") {
		n++
	}
	if n >= b {
		return false
	}
	// Without a determiner only a plural right after the preposition
	// ("in interviews"), not "engaged in pleasant conversation".
	if p != "on" && !determined && !(n == j+1 && plural(s.tok(n))) {
		return false
	}
	if p == "on" {
		if !medium(s, [2]int{n, n + 1}) && !(n+1 < b && medium(s, [2]int{n, n + 2})) {
			return false
		}
	} else if !sayingNouns[lemma(s.tok(n))] || s.tok(n).UPOS != "NOUN" {
		return false
	}
	for k := n + 1; k < b; k++ {
		if t := s.tok(k); isVerbTag(t) || t.UPOS == "AUX" || lower(t) == "that" || isQuoteTok(t) {
			return false
		}
	}
	return true
}

// correlatives open a clause as the first of a pair ("neither side
// wanted ..."); "both" is left to the clause, as annotators of reported
// speech commonly leave it out.
var correlatives = set(`neither either`)

// trimContent drops punctuation, complementisers and discourse connectives
// from the edges of a content, keeping quotation marks that enclose it.
func trimContent(s *sentence, a, b int) (int, int) {
	quoteInside := func(from, to int) bool {
		for i := from; i < to; i++ {
			if isQuoteTok(s.tok(i)) {
				return true
			}
		}
		return false
	}
	if a == s.first {
		// "WASHINGTON (AP) — ...": the dateline is the writer's; so is
		// a headline's "X:" the label's.
		a = skipLabel(s, skipDateline(s, a))
	}
	for a < b {
		t := s.tok(a)
		switch {
		case isQuoteTok(t) && quoteInside(a+1, b):
		// A currency sign before its figure is part of it ("$31 billion").
		case currency(t.Text) && a+1 < b && s.tok(a+1).UPOS == "NUM":
		case isPunct(t):
			a++
			continue
		case edgeWords[lower(t)] && (t.Dep == "mark" || t.Dep == "cc" || t.Dep == "advmod" || t.UPOS == "SCONJ" || t.UPOS == "CCONJ") && a+1 < b && (lower(t) == "that" && !thatDeterminer(s, a, b) || isPunct(s.tok(a+1))):
			a++
			continue
		case lower(t) == "that" && (t.Dep == "mark" || t.UPOS == "SCONJ") && a+1 < b && !thatDeterminer(s, a, b):
			a++
			continue
		// "neither side wanted": the first of a correlative pair, or a
		// determiner the tagger read as one, opens what was said.
		case (t.UPOS == "CCONJ" || t.Dep == "cc") && a+1 < b && !correlatives[lower(t)]:
			a++
			continue
		}
		break
	}
	for b > a {
		t := s.tok(b - 1)
		if isQuoteTok(t) && quoteInside(a, b-1) {
			break
		}
		// A bracket closes one opened inside the content ("the Rapid
		// Support Forces (RSF)").
		if (t.Text == ")" || t.Text == "]") && bracketOpen(s, a, b-1, t.Text) {
			break
		}
		// "at 31%": the sign is part of the figure.
		if (isPunct(t) || t.UPOS == "CCONJ" || t.Dep == "cc") && t.Text != "%" {
			b--
			continue
		}
		// ", which" whose clause a nested report holds ("..., which,
		// according to X, was ...") opens nothing here.
		if relativeWord(t) && b-2 > a && s.tok(b-2).Text == "," {
			b -= 2
			continue
		}
		break
	}
	return a, b
}

// cueExtent is the cue verb with manner adverbs just before it
// ("indirectly confirmed") and a particle just after it ("pointed out").
func cueExtent(s *sentence, i int) [2]int {
	a, b := i, i+1
	for a-1 >= s.first {
		t := s.tok(a - 1)
		if (t.Head == i && t.Dep == "advmod" || !s.parsed) && strings.HasSuffix(lower(t), "ly") && t.UPOS == "ADV" {
			a--
			continue
		}
		break
	}
	// "out" after a cue verb is its particle whatever the tag ("points
	// out", "spoke out").
	if b < s.end && (s.tok(b).Head == i && s.tok(b).Dep == "compound:prt" || !s.parsed && (s.tok(b).XPOS == "RP" || lower(s.tok(b)) == "out")) {
		b++
	}
	// "made (it) clear that": the whole phrase is the cue.
	if lemma(s.tok(i)) == "make" {
		b = madeClear(s, i)
	}
	// "would neither confirm nor deny the strike", "did not confirm or
	// deny it": a verb of saying joined to the cue with nothing of its own
	// shares the cue's subject and content, and is part of the cue.
	if a-2 >= s.first && a == i {
		// The tagger may read one of two past tenses as a participle
		// ("neither confirmed nor denied").
		past := func(t *doc.Token) bool { return t.XPOS == "VBD" || t.XPOS == "VBN" }
		if cc := lower(s.tok(a - 1)); (cc == "or" || cc == "nor" || cc == "and") && (s.tok(a-2).XPOS == s.tok(i).XPOS || past(s.tok(a-2)) && past(s.tok(i))) && lexLemma(s.tok(a-2)) != "" {
			a -= 2
			if a-1 >= s.first && (lower(s.tok(a-1)) == "neither" || lower(s.tok(a-1)) == "either" || lower(s.tok(a-1)) == "both") {
				a--
			}
		}
	}
	return [2]int{a, b}
}

// sayerIn reports whether noun phrase r holds a word that can name one
// who says something: a name, a pronoun, or a noun for people, groups,
// outlets or documents ("one of Mr. Obama's advisers", "the candidate's
// former doctor").
func sayerIn(s *sentence, r [2]int) bool {
	for k := r[0]; k < r[1]; k++ {
		t := s.tok(k)
		if l := lemma(t); t.UPOS == "PROPN" || t.UPOS == "PRON" || actorNoun(l) || documentNouns[l] {
			return true
		}
	}
	return false
}

// sayingParticiple reports whether the participle at j is a verb of
// saying in that sense: "making" is one only in "making clear that".
func sayingParticiple(s *sentence, j int) bool {
	l := lexLemma(s.tok(j))
	return l != "" && !(l == "make" && madeClear(s, j) == j+1)
}

// madeClear is the end of "made clear" or "made it clear" at token i
// when a clause follows it ("made clear that", "made it clear they"),
// else i+1.
func madeClear(s *sentence, i int) int {
	k := i + 1
	if k < s.end && lower(s.tok(k)) == "it" {
		k++
	}
	if k+1 < s.end && lower(s.tok(k)) == "clear" && (lower(s.tok(k+1)) == "that" || s.tok(k+1).XPOS == "PRP" && nominative[lower(s.tok(k+1))]) {
		return k + 1
	}
	return i + 1
}

func colonBetween(s *sentence, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for i := a + 1; i < b; i++ {
		if t := s.tok(i).Text; t == ":" {
			return true
		}
	}
	return false
}

// finiteAuxBefore reports whether the words right before cue token i
// hold a finite auxiliary ("did not suggest", "has repeatedly said"), so
// that the cue heads a finite verb phrase.
func finiteAuxBefore(s *sentence, i int) bool {
	for j, a := i-1, auxBack(s, i-1); j > a; j-- {
		if t := s.tok(j); t.UPOS == "AUX" && finiteVerb(t) {
			return true
		}
	}
	return false
}

// cueAfterAux reports whether a finite auxiliary at k, with a negation
// or adverbs after it, leads to a cue verb ("... but did not suggest
// ...", "and has repeatedly said"): a second act of saying by the same
// speaker, not more of what was said.
func cueAfterAux(s *sentence, k, b int) bool {
	if s.tok(k).UPOS != "AUX" {
		return false
	}
	for k++; k < b && (s.tok(k).UPOS == "ADV" || s.tok(k).UPOS == "PART" || s.tok(k).UPOS == "AUX"); k++ {
	}
	// (A weak cue with a noun phrase after it is no act of saying: "had
	// not observed any unusual movements".)
	if k+1 < b && weakCues[lexLemma(s.tok(k))] && npTag(s.tok(k+1)) && lower(s.tok(k+1)) != "that" {
		return false
	}
	// Nor is a passive with no agent, which says what befell the
	// subject ("and had never been charged with a crime").
	if k < b && s.tok(k).XPOS == "VBN" && !(k+1 < b && lower(s.tok(k+1)) == "by") {
		for j := k - 1; j >= s.first && s.tok(j).UPOS != "CCONJ"; j-- {
			if lemma(s.tok(j)) == "be" {
				return false
			}
		}
	}
	// Nor is a verb that reports only through an infinitive without one
	// ("and was not aimed at any country").
	if k < b && cueVerbs[lexLemma(s.tok(k))].frame == fInfinitive && !(k+1 < b && lower(s.tok(k+1)) == "to") {
		return false
	}
	return k < b && isVerbTag(s.tok(k)) && lexLemma(s.tok(k)) != ""
}

// subjectClause reports whether clause cc, before cue i, is no content
// but a misparse of the cue's subject: nothing sets it off from the cue
// (a comma, colon or quotation mark does, "The plan will fail, he
// said") and the cue has no subject of its own ("A poll released on
// Tuesday showed ..." with "released" read as the clause).
func subjectClause(s *sentence, cc, i int) bool {
	if cc > i || s.firstChild(i, "nsubj", "nsubj:pass", "expl") >= 0 {
		return false
	}
	_, b := minmax(s.subtree(cc, nil))
	for k := b; k < i; k++ {
		if t := s.tok(k); t.Text == "," || t.Text == ":" || t.Text == "—" || isQuoteTok(t) {
			return false
		}
	}
	return true
}

func commaBetween(s *sentence, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if s.tok(i).Text == "," {
			return true
		}
	}
	return false
}

func startsWithQuote(s *sentence, p int) bool {
	a, _ := minmax(s.subtree(p, nil))
	return isQuoteTok(s.tok(a))
}

func startsWithWh(s *sentence, p int) bool {
	a, _ := minmax(s.subtree(p, nil))
	switch lower(s.tok(a)) {
	case "whether", "if", "what", "why", "how", "who", "when", "where", "which":
		return true
	}
	return false
}

func endsWithColonAfter(s *sentence, i int) bool {
	for j := i + 1; j < s.end; j++ {
		t := s.tok(j)
		if t.Text == ":" {
			return s.words(j+1, s.end) == 0
		}
		if isVerbTag(t) {
			return false
		}
	}
	return false
}

// subjectOf finds the subject of cue i: its own nsubj, or for a cue
// without one (a conjunct, an "adding that" participle, a relative
// clause) the subject of the clause it hangs from.
func subjectOf(s *sentence, i, depth int) [2]int {
	if depth > 3 {
		return [2]int{}
	}
	if subj := s.firstChild(i, "nsubj"); subj >= 0 {
		return npRange(s, subj)
	}
	h := s.head(i)
	if h < 0 {
		return [2]int{}
	}
	switch s.tok(i).Dep {
	case "conj":
		// "Analysts believe Russia is trying ..., but say": a verb that
		// does not agree with the subject of the conjunct the parse
		// joined it to is not that subject's.
		if r := subjectOf(s, h, depth+1); r[0] < r[1] && !disagrees(s, i, s.tok(tagHead(s, r))) {
			return r
		}
		return [2]int{}
	case "xcomp", "advcl":
		return subjectOf(s, h, depth+1)
	case "acl", "acl:relcl":
		// "a charge his lawyers say stemmed from ...": a relative
		// clause with no relative pronoun and a noun phrase of its own
		// before the cue has that for its subject.
		if i-1 > h && nominalTok(s.tok(i-1)) {
			rel := false
			for k := h + 1; k < i; k++ {
				rel = rel || relativeWord(s.tok(k)) || isPunct(s.tok(k))
			}
			if r := chainBack(s, i-1); !rel && r[0] > h && r[0] < r[1] {
				return r
			}
		}
		return npRange(s, h)
	}
	return [2]int{}
}

// nominalTok reports whether t can head a noun phrase.
func nominalTok(t *doc.Token) bool {
	return t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "PRON"
}

// disagrees reports whether present-tense verb i cannot take subj for
// its number: "say" after "Russia" or "it", "says" after "analysts" or
// "they".
func disagrees(s *sentence, i int, subj *doc.Token) bool {
	x := s.tok(i).XPOS
	if bareAfterCommaConj(s, i, i) {
		x = "VBP" // "but say its advance ..."
	}
	switch x {
	case "VBP":
		return subj.XPOS == "NNP" || subj.XPOS == "PRP" && (lower(subj) == "he" || lower(subj) == "she" || lower(subj) == "it")
	case "VBZ":
		return subj.XPOS == "NNS" || subj.XPOS == "NNPS" || subj.XPOS == "PRP" && (lower(subj) == "they" || lower(subj) == "we" || lower(subj) == "i" || lower(subj) == "you")
	}
	return false
}

// npRange is the noun phrase headed by h: its subtree without relative or
// participial clauses, as the contiguous run that holds h.
func npRange(s *sentence, h int) [2]int {
	skip := map[int]bool{}
	for _, k := range s.children(h) {
		switch s.tok(k).Dep {
		case "acl:relcl", "parataxis", "ccomp", "advcl":
			for _, t := range s.subtree(k, nil) {
				skip[t] = true
			}
		}
	}
	// A participle set off by a comma that the parse put under a noun
	// of the phrase goes on from the verb: "said Martin Griffiths, the
	// U.N. aid chief, adding that ..." with "adding" under "chief".
	for _, k := range s.subtree(h, skip) {
		if t := s.tok(k); k != h && k-1 > s.first && strings.HasPrefix(t.Dep, "advcl") && t.XPOS == "VBG" && s.tok(k-1).Text == "," &&
			s.head(k) >= 0 && hasNoun(s, s.head(k), s.head(k)+1) {
			for _, t := range s.subtree(k, nil) {
				skip[t] = true
			}
		}
	}
	for _, r := range runs(s.subtree(h, skip)) {
		if r[0] <= h && h < r[1] {
			a, b := r[0], r[1]
			for a < b && (isPunct(s.tok(a)) || lower(s.tok(a)) == "by" && s.tok(a).Dep == "case") {
				a++
			}
			for b > a && isPunct(s.tok(b-1)) {
				b--
			}
			return [2]int{a, b}
		}
	}
	return [2]int{h, h + 1}
}

func isPassive(s *sentence, i int) bool {
	subj, aux := false, false
	for _, k := range s.children(i) {
		switch s.tok(k).Dep {
		case "aux:pass":
			return true
		case "nsubj:pass", "csubj:pass":
			subj = true
		case "aux":
			aux = true
		}
	}
	// A main verb with a passive subject but no auxiliary at all is a
	// past tense the tagger took for a participle ("Baku neither
	// confirmed nor denied the talks").
	if subj && !aux && s.tok(i).Dep == "root" && s.firstChild(i, "obj") < 0 {
		for _, k := range s.childrenDep(i, "conj") {
			if s.firstChild(k, "obj", "ccomp") >= 0 {
				return false
			}
		}
	}
	return subj
}

// pickClause prefers a complement after the cue, then one before it.
func pickClause(s *sentence, cue int, cands []int) int {
	// A clause that "and that" opens, away from the cue, is one joined
	// to the clause the cue stands in, not the cue's own ("adds that
	// the claim could not be verified and that Niamey rejected ...").
	joined := func(c int) bool {
		m := s.firstChild(c, "mark")
		return m > cue+1 && lower(s.tok(m)) == "that" && m-1 > cue && s.tok(m-1).UPOS == "CCONJ"
	}
	for _, c := range cands {
		if c > cue && !joined(c) {
			return c
		}
	}
	for _, c := range cands {
		if joined(c) {
			return -1
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return -1
}

// pronounSubject reports whether the pronoun at j is the subject of a
// finite verb right after it ("confirmed [it was] in contact").
func pronounSubject(s *sentence, j int) bool {
	t := s.tok(j)
	if t.UPOS != "PRON" || !(nominative[lower(t)] || lower(t) == "it") || j+1 >= s.end {
		return false
	}
	n := s.tok(j + 1)
	return finiteVerb(n) || n.XPOS == "MD"
}

// joinedCue reports whether the verb at k, joined by a conjunction after
// a content, is an act of saying of its own; "continued" with nothing
// said after it is none ("began falling at 12:30 and continued for
// hours").
func joinedCue(s *sentence, k, b int) bool {
	l := lexLemma(s.tok(k))
	if l != "continue" {
		return l != ""
	}
	return k+1 < b && (lower(s.tok(k+1)) == "that" || isQuoteTok(s.tok(k+1)) || s.tok(k+1).Text == ":")
}

// openQuestion reports whether the words from k on say that something is
// not known ("it is unclear whether", "it was not immediately clear how
// many"): the writer's note on what was said, not more of it, as no
// speaker says that what they say is unknown.
func openQuestion(s *sentence, k, b int) bool {
	if k+3 >= b || lower(s.tok(k)) != "it" {
		return false
	}
	j := k + 1
	if l := lemma(s.tok(j)); l != "be" && l != "remain" {
		return false
	}
	not := false
	for j++; j < b && (s.tok(j).UPOS == "ADV" || s.tok(j).UPOS == "PART"); j++ {
		not = not || negWord(s.tok(j))
	}
	if j+1 >= b {
		return false
	}
	adj, w := lower(s.tok(j)), s.tok(j+1)
	open := unknownWords[adj] || not && knownWords[adj]
	return open && (lower(w) == "whether" || lower(w) == "if" || strings.HasPrefix(w.XPOS, "W"))
}

// unknownWords say that something is not known; knownWords that it is,
// so that with a negation they say it is not.
var (
	unknownWords = set(`unclear unknown uncertain`)
	knownWords   = set(`clear known certain`)
)

// secondAct reports whether the word at k, after "and", is a verb of
// saying in the form of the cue at cue ("insisted ... and blamed",
// "says ... and confirms"), and the content from a, before it, has its
// first verb in another form or no verb at all.
func secondAct(s *sentence, cue, a, k int) bool {
	n := s.tok(k)
	if lexLemma(n) == "" || k > s.first && s.tok(k-1).UPOS == "AUX" {
		return false
	}
	// A word the tagger read as a noun is a verb only where a noun could
	// not go on ("and confirms that", "and points out", "and pledges
	// to"); "new faces and voices in" lists nouns.
	if n.UPOS != "VERB" {
		if k+1 >= s.end {
			return false
		}
		switch x := s.tok(k + 1); {
		case lower(x) == "that" || x.UPOS == "DET" || x.XPOS == "PRP" || x.XPOS == "RP" || x.XPOS == "TO" || isQuoteTok(x):
		default:
			return false
		}
	}
	c, w := s.tok(cue), lower(n)
	form := ""
	switch {
	case c.XPOS == "VBZ" && strings.HasSuffix(lower(c), "s") && strings.HasSuffix(w, "s"):
		form = "VBZ"
	case c.XPOS == "VBD" && strings.HasSuffix(w, "ed"):
		form = "VBD"
	default:
		return false
	}
	for j := a; j < k-1; j++ {
		t := s.tok(j)
		if t.UPOS == "AUX" || t.XPOS == "MD" {
			return true // "had used", "were injured": another form
		}
		if finiteVerb(t) {
			return t.XPOS != form
		}
		if t.XPOS == "VBN" && followsNominal(s, j) {
			return form != "VBD" // a past the tagger read as a participle
		}
	}
	return true
}

// accountActs are what a speaker does with an account besides giving it,
// joined after it by a conjunction: "said four were killed but gave no
// details", "but declined to elaborate", "and offered no evidence".
var accountActs = set(`give offer provide decline refuse cite present produce elaborate`)

// sameAuxiliary reports whether the auxiliary right after the
// conjunction at j is one the content from a already used ("had
// collided ..., and had been taken"): the content's second verb, where
// the speaker's own would follow the cue's tense ("said ..., and
// called for").
func sameAuxiliary(s *sentence, a, j int) bool {
	n := s.tok(j + 1)
	// (Without a comma only the past perfect, the tense a report moves
	// what it reports into: "had been extorting growers and had
	// threatened the mayor".)
	if n.UPOS != "AUX" || lemma(n) == "be" && n.XPOS != "VBD" || lower(s.tok(j)) != "and" || !commaBefore(s, j) && lower(n) != "had" {
		return false
	}
	same := false
	for k := a; k < j; k++ {
		t := s.tok(k)
		if cueLemma(t) != "" {
			return false // another act of saying inside
		}
		// (The tagger may read the first as a main verb before a
		// quotation: had “illegally intruded”.)
		same = same || (t.UPOS == "AUX" || lemma(t) == lemma(n)) && lower(t) == lower(n)
	}
	return same
}

// quantityOpens reports whether a figure's hedge opens a noun phrase at
// k ("at least two hangars", "more than 200 soldiers").
func quantityOpens(s *sentence, k int) bool {
	if k+2 >= s.end {
		return false
	}
	w, n := lower(s.tok(k)), lower(s.tok(k+1))
	return (w == "at" && (n == "least" || n == "most") || (w == "more" || w == "fewer" || w == "less") && n == "than" || w == "up" && n == "to") && s.tok(k+2).UPOS == "NUM"
}

// placeNP reports whether noun phrase np names a place by a noun of
// place ("the provincial capital Goma", "the border town").
func placeNP(s *sentence, np [2]int) bool {
	for k := np[0]; k < np[1]; k++ {
		if t := s.tok(k); t.UPOS == "NOUN" && placeNouns[lemma(t)] {
			return true
		}
	}
	return false
}

// placeNouns name kinds of places.
var placeNouns = set(`capital city town village region province district border frontier port airport base
	outskirts suburb suburbs coast island`)

// objectUpTo reports whether the words from k to j are an object noun
// phrase, with the phrases of place or kind after it ("sanctions on
// several Chinese banks"), and not a time.
func objectUpTo(s *sentence, k, j int) bool {
	np := npAfter(s, k)
	if np[0] != k || np[0] == np[1] || temporalNP(s, np) {
		return false
	}
	return withPhrases(s, np, j)[1] == j
}

// withPhrases extends noun phrase np over the prepositional phrases
// after it, up to token limit ("a source [in the regional
// administration]").
func withPhrases(s *sentence, np [2]int, limit int) [2]int {
	for np[0] < np[1] && np[1] < limit && s.tok(np[1]).UPOS == "ADP" {
		pp := npAfter(s, np[1]+1)
		if pp[0] == pp[1] {
			// "of the internationally recognised government": an adverb
			// and a participle before the noun.
			k := np[1] + 1
			for k < limit && s.tok(k).UPOS == "DET" {
				k++
			}
			for k < limit && s.tok(k).UPOS == "ADV" {
				k++
			}
			if k > np[1]+1 && k < limit && (s.tok(k).XPOS == "VBN" || s.tok(k).XPOS == "VBG") {
				if rest := npAfter(s, k+1); rest[0] == k+1 && rest[0] < rest[1] {
					pp = [2]int{np[1] + 1, rest[1]}
				}
			}
		}
		if pp[0] != np[1]+1 || pp[0] == pp[1] {
			break
		}
		np[1] = pp[1]
	}
	return np
}

// withName extends noun phrase np over a name set off after it by commas
// (see extendNamed), and the comma that closes it ("a council member,
// Bakyt Usenaliev,").
func withName(s *sentence, np [2]int) [2]int {
	if n := extendNamed(s, np); n[1] > np[1] {
		return [2]int{n[0], n[1] + 1}
	}
	return np
}

// afterDeterminer reports whether participle j stands between a
// determiner and a noun ("a televised news conference").
func afterDeterminer(s *sentence, j int) bool {
	t := s.tok(j)
	if t.XPOS != "VBN" && t.XPOS != "VBD" || j-1 < s.first || j+1 >= s.end {
		return false
	}
	p, n := s.tok(j-1), s.tok(j+1)
	return (p.UPOS == "DET" || p.XPOS == "PRP$") && (n.UPOS == "NOUN" || n.UPOS == "ADJ")
}

// capacityNouns name what one is able or entitled to do ("the right to
// defend itself").
var capacityNouns = set(`right ability capacity capability means duty`)

// quantifiers count the people of a bare plural or name after them.
var quantifiers = set(`many some most few several all`)

// harmParticiple are participles that tell the toll of the act said
// (", killing three men"), part of what was said.
var harmParticiple = set(`kill injure wound destroy damage displace leave`)

// ordinals rank what an apposition describes, as superlatives do.
var ordinals = set(`first second third fourth fifth last latest`)

// participleInside reports whether the participle clause at j, no verb
// of saying, is an aside inside what was said, which goes on after it
// with a second verb of its subject (", injuring several crew members,
// and had been taken to a port").
func participleInside(s *sentence, j, b int) bool {
	if lexLemma(s.tok(j)) != "" {
		return false
	}
	for k := j + 1; k+2 < b; k++ {
		if isQuoteTok(s.tok(k)) || s.tok(k).Text == ";" {
			return false
		}
		if s.tok(k).Text == "," && s.tok(k+1).UPOS == "CCONJ" {
			n := s.tok(k + 2)
			return n.UPOS == "AUX" && finiteVerb(n) || n.XPOS == "VBD"
		}
	}
	return false
}

// relativeSubject reports whether clause cc has a relative pronoun for
// its subject right after a noun: a relative clause on that noun the
// parser hung on the verb ("published photographs [that appeared to
// show ...]"), not what was said.
func relativeSubject(s *sentence, cc int) bool {
	k := s.firstChild(cc, "nsubj", "nsubj:pass")
	if k <= s.first || !(s.tok(k).XPOS == "WDT" || s.tok(k).XPOS == "WP") {
		return false
	}
	p := s.tok(k - 1)
	return p.UPOS == "NOUN" || p.UPOS == "PROPN"
}

// splitPredicate returns where the clause of cue i that starts with a
// noun at cc ends, b unless the parse split the clause in two: the noun,
// taken for a clause of its own, and its predicate, a second clause of
// the cue with no subject, right after it ("said [at least 23
// civilians, including women and children,] [were killed]").
func splitPredicate(s *sentence, i, cc, b int) int {
	if t := s.tok(cc); t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "PRON" || len(s.childrenDep(cc, "cop")) > 0 {
		return b
	}
	for _, k := range s.childrenDep(i, clauseDeps...) {
		if k <= cc || !isVerbTag(s.tok(k)) || s.firstChild(k, "nsubj", "nsubj:pass", "expl") >= 0 {
			continue
		}
		ka, kb := minmax(s.subtree(k, nil))
		j := b
		for j < ka && isPunct(s.tok(j)) {
			j++
		}
		if j == ka {
			return kb
		}
	}
	return b
}

// finiteHead reports whether clause head cc is a finite verb or has a
// finite auxiliary or copula.
func finiteHead(s *sentence, cc int) bool {
	if finiteVerb(s.tok(cc)) {
		return true
	}
	for _, k := range s.childrenDep(cc, "aux", "aux:pass", "cop") {
		if finiteVerb(s.tok(k)) {
			return true
		}
	}
	return false
}

// finiteClause reports whether clause head cc has a subject of its own
// and a finite verb ("found [the court was wrong]", "hopes [he wins]"):
// such a complement gives even a weak cue its reporting sense, where an
// object ("found the keys") does not.
func finiteClause(s *sentence, cc int) bool {
	if s.firstChild(cc, "nsubj", "nsubj:pass", "expl") < 0 {
		return false
	}
	if finiteHead(s, cc) {
		return true
	}
	// A past participle with an active subject and no auxiliary is a
	// past tense the tagger took for a participle ("found that many
	// residents lived in poverty"): a participle's subject is passive or
	// comes with "have".
	return len(s.childrenDep(cc, "aux", "aux:pass", "cop")) == 0 && s.tok(cc).XPOS == "VBN" && s.firstChild(cc, "nsubj") >= 0
}

// objectEnd ends an object content read off the tags where the clause of
// the cue goes on past the object: a coordinated verb ("endorsed X and
// has campaigned ..."), a participle clause after a comma ("backed X,
// saying ..."), or a bare phrase of time ("endorsed X last week",
// "praised X Saturday"), which dates the saying rather than what was said.
// The object's first word always stays.
func objectEnd(s *sentence, cue, b int) int {
	verbAt := func(k int) bool {
		for k < b && s.tok(k).UPOS == "ADV" {
			k++
		}
		return k < b && (isVerbTag(s.tok(k)) || s.tok(k).XPOS == "MD" || s.tok(k).UPOS == "AUX")
	}
	// goesOn reports that the object goes on after a time phrase ending
	// at k: a possessive ("Monday's debate"), an infinitive ("announced
	// plans this week to sell ...") or a clause on the object ("echoed
	// statements by Trump last week that ...").
	goesOn := func(k int) bool {
		if k >= b {
			return false
		}
		n := s.tok(k)
		return n.XPOS == "POS" || strings.HasPrefix(n.Text, "'") || strings.HasPrefix(n.Text, "’") ||
			n.XPOS == "TO" && k+1 < b && s.tok(k+1).XPOS == "VB" ||
			lower(n) == "that" && k+1 < b && k > cue+3 ||
			// "accused Moscow on Tuesday of shelling": the charge.
			complementPreps[lower(n)] && takesPrep(lexLemma(s.tok(cue)), lower(n))
	}
	// A participle of stance takes no clause after it.
	// Nor does one right after a plural noun, a reduced relative on it
	// ("Protesters demanding his resignation said ...").
	participle := (s.tok(cue).XPOS == "VBG" || s.tok(cue).XPOS == "VBN") && (stanceVerbs[lexLemma(s.tok(cue))] || cue > s.first && s.tok(cue-1).XPOS == "NNS" && !hasFinite(s, s.first, cue))
	// Nor does a relative clause run on into the clause it hangs in ("a
	// video that showed the fighters was released").
	relative := cue > s.first && relativeWord(s.tok(cue-1))
	for k := cue + 2; k < b; k++ {
		t := s.tok(k)
		// "accused Rafael Cruz, who was born in Cuba, of ...": an aside
		// set off by commas inside the object, after which the cue's
		// complement goes on.
		if m := asideThenComplement(s, k, b); m > k {
			k = m
			continue
		}
		switch {
		case (participle || relative) && (finiteVerb(t) || t.UPOS == "AUX" && t.XPOS != "VBG" && t.XPOS != "VBN") && npTag(s.tok(k-1)) && !relativeIn(s, cue+1, k) && !(k == cue+2 && pronounSubject(s, cue+1)):
			// (Not the verb of a pronoun that opens the clause said:
			// "which confirmed it was in contact"; nor that of a
			// relative clause inside the object: "which cited
			// relatives who said".)
			// "farmers backing the governor marched ...": the verb of
			// the clause the participle phrase hangs in.
			return k
		case t.UPOS == "CCONJ" && verbAt(k+1) && !hasFinite(s, cue+1, k) && !relativeIn(s, cue+1, k) &&
			!(k+1 < b && s.tok(k+1).XPOS == "VBG" && (gerundObject(s, cue, k) || strings.HasSuffix(lower(s.tok(k-1)), "ing"))):
			// Only where no clause has opened inside the object ("accused
			// X, who was born and raised ..."), and not between gerunds
			// ("mentioned refinancing loans and forcing ...", "accused X
			// of training and arming").
			return k
		case t.Text == "," && k+1 < b && (s.tok(k+1).XPOS == "VBG" && !listsMembers(s.tok(k+1)) || s.tok(k+1).UPOS == "CCONJ" && verbAt(k+2)):
			return k
		case t.Text == "," && placeAside(s, k, b):
			// "Tulsa, Okla., police officer Betty Shelby": a city's state
			// set off by commas inside the noun phrase.
			k += 2
		case t.Text == "," && !quoteOpenAt(s, cue+1, k) && !listGoesOn(s, k, b) && !adjectivesGoOn(s, k, b) && !(k+1 < b && listsMembers(s.tok(k+1))) &&
			!(k+2 < b && lower(s.tok(k+1)) == "such" && lower(s.tok(k+2)) == "as"):
			// What follows a comma after the object is a clause or an
			// aside of its own (", who ...", ", the crowd ...", ", a
			// group that ..."), unless the comma separates a list or
			// gives members or examples (", including X", ", such as
			// X").
			return k
		case bareTime(t) && !goesOn(k+1):
			// "on Tuesday" is when it was said; "by Tuesday", "until
			// Tuesday" belong to what was said.
			if p := s.tok(k - 1); p.UPOS == "ADP" || p.XPOS == "IN" {
				if lower(p) == "on" {
					return k - 1
				}
				continue
			}
			return k
		case k+2 <= b && (lower(t) == "last" || lower(t) == "next" || lower(t) == "this") && temporalNP(s, [2]int{k, k + 2}) && !goesOn(k+2):
			return k
		}
	}
	return b
}

// gerundObject reports whether the object after cue token cue, up to k,
// begins with a gerund ("mentioned refinancing loans"), past adverbs.
func gerundObject(s *sentence, cue, k int) bool {
	j := cue + 1
	for j < k && s.tok(j).UPOS == "ADV" {
		j++
	}
	return j < k && s.tok(j).XPOS == "VBG"
}

// complementPreps introduce what a verb of saying says of its object
// ("accused X of Y", "blamed X for Y", "charged X with Y", "described X as
// Y").
var complementPreps = set(`of for with as`)

// asideThenComplement returns the comma that closes an aside opened by
// the comma at k (a relative clause, an apposition, a place: "X, who
// ..., of", "Tulsa, Okla., police officer"), when one of complementPreps
// follows it, or an infinitive after a participle or relative aside;
// else -1. The aside is at most 20 tokens long and holds no
// quotation.
func asideThenComplement(s *sentence, k, b int) int {
	if s.tok(k).Text != "," {
		return -1
	}
	for m := k + 2; m+1 < b && m-k <= 20; m++ {
		t := s.tok(m)
		if isQuoteTok(t) || t.Text == ";" || t.Text == ":" {
			return -1
		}
		if t.Text == "," {
			if complementPreps[lower(s.tok(m+1))] {
				return m
			}
			// "allowing the Pakistani Taliban, known as the TTP, to use
			// ...": an infinitive after a participle or relative aside
			// goes on with the object's verb.
			if a := s.tok(k + 1); (a.XPOS == "VBN" || a.XPOS == "VBG" || relativeWord(a)) && s.tok(m+1).XPOS == "TO" && m+2 < b && s.tok(m+2).XPOS == "VB" {
				return m
			}
			return -1
		}
	}
	return -1
}

// bareTime reports a word that is a phrase of time on its own.
func bareTime(t *doc.Token) bool {
	w := lower(t)
	if _, ok := weekdays[w]; ok {
		return true
	}
	switch w {
	case "today", "yesterday", "tomorrow", "tonight":
		return true
	}
	return false
}

// relativeIn reports a relative pronoun in [a, b).
func relativeIn(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if relativeWord(s.tok(k)) {
			return true
		}
	}
	return false
}

// askedQuestion reads the question of a participle "asked" that opens a
// clause ("Asked whether X, she said ...", "When asked about X, he ..."):
// the question runs from the wh-word (or past "about") to the first comma,
// semicolon, colon or quotation mark. It returns an empty range otherwise.
func askedQuestion(s *sentence, i int) (int, int) {
	t := s.tok(i)
	if t.XPOS != "VBN" && t.XPOS != "VBD" {
		return 0, 0
	}
	if i > s.first {
		p := lower(s.tok(i - 1))
		if p != "when" && p != "after" && p != "if" && !isPunct(s.tok(i-1)) {
			return 0, 0
		}
	}
	j := i + 1
	if j < s.end && lower(s.tok(j)) == "again" {
		j++
	}
	if j >= s.end {
		return 0, 0
	}
	switch lower(s.tok(j)) {
	case "whether", "if", "what", "why", "how", "who", "when", "where", "which":
	case "about":
		j++
	default:
		return 0, 0
	}
	b := j
	for b < s.end {
		x := s.tok(b)
		if x.Text == "," || x.Text == ";" || x.Text == ":" || isQuoteTok(x) {
			break
		}
		b++
	}
	if b == j || b >= s.end {
		// A question with nothing after it is no opening clause.
		return 0, 0
	}
	return j, b
}

// verbalAttack tells an attack in words from one by force at "attack" verb
// i: a finite verb whose object names a person ("attacked Smith",
// "attacked her") or is followed by the reason or label ("attacked the
// plan as a giveaway", "attacked X for ..."). "Fighters attacked the
// checkpoint" has neither.
func verbalAttack(s *sentence, i int) bool {
	// A headline's verb may be tagged as a name (see verbAt).
	if !finiteVerb(s.tok(i)) && !(titleCase(s) && s.tok(i).UPOS == "PROPN") || i+1 >= s.end {
		return false
	}
	// Quoted words are words attacked ("attacked “the hateful
	// ideology”").
	if isQuoteTok(s.tok(i + 1)) {
		return true
	}
	np := npAfter(s, i+1)
	if np[0] == np[1] {
		return false
	}
	for j := np[0]; j < np[1]; j++ {
		t := s.tok(j)
		if strings.HasSuffix(t.NER, "PER") {
			return true
		}
		if j == np[0] && np[1] == np[0]+1 {
			switch lower(t) {
			case "him", "her", "them", "me", "us", "you":
				return true
			}
		}
	}
	// A reason may follow a phrase of place ("attacked rivals on stage
	// for ...").
	k := np[1]
	if k < s.end && (lower(s.tok(k)) == "on" || lower(s.tok(k)) == "at" || lower(s.tok(k)) == "in") {
		if pp := npAfter(s, k+1); pp[0] < pp[1] {
			k = pp[1]
		}
	}
	if k < s.end {
		switch lower(s.tok(k)) {
		case "for", "as", "over":
			return true
		}
	}
	return false
}

// subordinators open an adverbial clause that a sentence may start with
// ("While X said Y, Z ...").
var subordinators = set(`while although though whereas because since as when after before if unless
	once until whether despite`)

// inOpeningClause reports whether cue token i lies in a subordinate or
// participle clause that opens its sentence ("While Ramos said that X, he
// appears ...", "Saying he was nervous, the man ..."): the main clause
// then follows that clause, after a comma, and is not part of what was
// said.
func inOpeningClause(s *sentence, i int) bool {
	f := s.first
	for f < i && (isPunct(s.tok(f)) || s.tok(f).UPOS == "CCONJ" || s.tok(f).UPOS == "ADV") {
		f++
	}
	if f > i {
		return false
	}
	t := s.tok(f)
	// "According to X, ..." is a preposition, whose content is the main
	// clause.
	if !subordinators[lower(t)] && !(f == i && (t.XPOS == "VBG" || t.XPOS == "VBN") && lower(t) != "according") {
		return false
	}
	// No main clause has started before the cue, nor with it: in
	// "Unless X, the experts say, Y" the cue and its subject after the
	// comma are the main clause.
	return mainClauseStart(s, f+1, i+1) == i+1
}

// mainClauseStart returns the comma in tokens [a, b) after which a clause
// with its own subject and finite verb starts, or b when there is none.
// Commas inside quotation marks do not count, and from inside an aside
// between dashes the main clause goes on at the closing dash.
func mainClauseStart(s *sentence, a, b int) int {
	b = s.closingDash(a, b)
	for j := range s.unquoted(a, b) {
		if s.tok(j).Text != "," {
			continue
		}
		k := j + 1
		n := k
		relative := false // ", a state that she hoped ..." describes the state
		for k < b && (npTag(s.tok(k)) || relativeWord(s.tok(k))) {
			relative = relative || relativeWord(s.tok(k))
			k++
		}
		if k > n && k < b && !relative && (finiteVerb(s.tok(k)) || s.tok(k).UPOS == "AUX" || s.verbAt(k) != "") && hasNoun(s, n, k) {
			return j
		}
	}
	return b
}

// relativeWord reports whether t opens a relative clause ("which",
// "who", "whose").
func relativeWord(t *doc.Token) bool {
	switch t.XPOS {
	case "WDT", "WP", "WP$":
		return true
	}
	return false
}

// quoteOpenAt reports whether a quotation opened in [a, k) is still open at k.
func quoteOpenAt(s *sentence, a, k int) bool {
	open := false
	for j := a; j < k; j++ {
		if isQuoteTok(s.tok(j)) {
			open = !open
		}
	}
	return open
}

// listGoesOn reports whether the comma at k separates items of a list of
// noun phrases ("X, Y and Z", "X, Y, Z"): a noun phrase follows it, then
// another comma or a coordinating conjunction before any verb.
func listGoesOn(s *sentence, k, b int) bool {
	j := k + 1
	// ", and a need to raise the wage": the last member of a list of
	// two, when no verb of a clause of its own follows.
	if j+1 < b && (lower(s.tok(j)) == "and" || lower(s.tok(j)) == "or") && npTag(s.tok(j+1)) && s.verbAt(j+1) == "" {
		e := j + 1
		for e < b && s.tok(e).Text != "," && s.tok(e).Text != ";" {
			e++
		}
		// (", and the public defender, Levan Ioseliani, said ...": a
		// noun phrase set off after the member is its apposition, and
		// the verb after it that of a clause.)
		if n := e + 1; e < b && s.tok(e).Text == "," && n < b && npTag(s.tok(n)) {
			for n < b && npTag(s.tok(n)) {
				n++
			}
			if n+1 < b && s.tok(n).Text == "," && finiteVerb(s.tok(n+1)) {
				return false
			}
		}
		return !hasFinite(s, j+1, e)
	}
	for j < b && npTag(s.tok(j)) {
		j++
	}
	if j == k+1 || j >= b {
		return false
	}
	t := s.tok(j)
	return t.Text == "," || t.UPOS == "CCONJ" && j+1 < b && !isVerbTag(s.tok(j+1))
}

// adjectivesGoOn reports whether the comma at k separates adjectives of
// one noun ("its important, oil-rich ally"): an adjective before it, and
// after it an adjective (or a hyphenated one) that leads, through words
// of a noun phrase, to its noun.
func adjectivesGoOn(s *sentence, k, b int) bool {
	if k == s.first || k+1 >= b || s.tok(k-1).UPOS != "ADJ" {
		return false
	}
	if n := s.tok(k + 1); n.UPOS != "ADJ" && !(k+2 < b && s.tok(k+2).XPOS == "HYPH") {
		return false
	}
	for j := k + 1; j < b && npTag(s.tok(j)) && s.tok(j).UPOS != "DET"; j++ {
		if u := s.tok(j).UPOS; u == "NOUN" || u == "PROPN" {
			return true
		}
	}
	return false
}

// prepOnly are verbs of speaking that take no clause: what they report
// comes through a preposition ("spoke about X", "voted for X", "railed
// against X"), never as "spoke [X said Y]"; "vote" also through an
// infinitive ("voted to hold him in contempt"). "Pressure pushed Kyiv to
// attack" pushes a deed; "pushed for talks" reports a position.
var prepOnly = set(`talk speak lobby vote rail plead push`)

// passiveAux reports whether a form of "be" or "get" stands before token i
// (over adverbs and negation): "was called", "has been called".
func passiveAux(s *sentence, i int) bool {
	for j := i - 1; j >= s.first; j-- {
		t := s.tok(j)
		if t.UPOS == "ADV" || t.UPOS == "PART" {
			continue
		}
		l := lemma(t)
		return l == "be" || l == "get"
	}
	return false
}

// writersAdjunct reports whether what follows a parenthetical cue that
// runs from a to b is only a phrase that opens with a preposition, after
// a whole clause before the cue: "Nine people were killed, officials
// said, in the worst flare-up since 2022" adds the writer's framing to
// what was said, and interrupts nothing.
func writersAdjunct(s *sentence, a, b int) bool {
	if b >= s.end || !adjunctPreps[lower(s.tok(b))] || hasFinite(s, b, s.end) || !hasFinite(s, s.first, a) {
		return false
	}
	// ("..., he said, in order to ..." goes on with the clause.)
	for k := b + 1; k < s.end; k++ {
		if s.tok(k).XPOS == "TO" {
			return false
		}
	}
	return true
}

// adjunctPreps open the phrases of time, place and circumstance a writer
// adds after a parenthetical cue; "by", "for", "of" and the like go on
// with the clause reported ("would be aided, Devine said, by the
// calendar").
var adjunctPreps = set(`in amid after during following on at despite`)

// proform returns how many tokens from j make a pro-form that stands for
// a whole statement ("so", "yes", "no", "the same", "otherwise",
// "nothing"), with the "of/about/for X" it applies to ("the same of
// Sanders"), or 0.
func proform(s *sentence, j int) int {
	n := 0
	switch lower(s.tok(j)) {
	case "so", "yes", "no", "otherwise", "nothing", "little", "much", "something", "anything":
		n = 1
	case "the":
		if j+1 < s.end && (lower(s.tok(j+1)) == "same" || lower(s.tok(j+1)) == "opposite") {
			n = 2
		}
	}
	if n == 0 {
		return 0
	}
	// A pro-form is its own phrase: "said so." / "said no to X" is not.
	k := j + n
	if k < s.end && (lower(s.tok(k)) == "of" || lower(s.tok(k)) == "about" || lower(s.tok(k)) == "for") {
		e := k + 1
		for e < s.end && npTag(s.tok(e)) {
			e++
		}
		if e > k+1 {
			return e - j
		}
	}
	if k < s.end && !isPunct(s.tok(k)) && s.tok(k).UPOS != "ADP" && s.tok(k).UPOS != "CCONJ" && s.tok(k).UPOS != "ADV" && s.tok(k).UPOS != "SCONJ" {
		return 0
	}
	return n
}

// trimSourceStart drops punctuation that opens a source: the dash of a
// dateline ("KHARTOUM, March 3 (Reuters) - Sudan's army said").
func trimSourceStart(s *sentence, r [2]int) [2]int {
	for r[0]+1 < r[1] && isPunct(s.tok(r[0])) && !isQuoteTok(s.tok(r[0])) && s.tok(r[0]).Text != "(" {
		r[0]++
	}
	// "The paper notes that President X (has stressed)": a cue read as
	// a noun and its "that" open the clause the source is in. (Not a
	// cue in a relative clause on the source: "The paper, which cited
	// relatives who said that the men were beaten, reported".)
	for k := r[0] + 1; k+1 < r[1]; k++ {
		if w := lower(s.tok(k)); w == "who" || w == "which" {
			break
		}
		if lower(s.tok(k)) == "that" && lexLemma(s.tok(k-1)) != "" && npTag(s.tok(k+1)) {
			r[0] = k + 1
			break
		}
	}
	// "The Collective [for the Defence of ...]": a name's first word the
	// parse cut off (as an adjective), capitalised right before the
	// preposition a source cannot start with.
	if r[0]-1 >= s.first && r[0] < r[1] && s.tok(r[0]).UPOS == "ADP" && capitalised(s.tok(r[0]-1)) && !isVerbTag(s.tok(r[0]-1)) {
		k := r[0] - 1
		for k-1 >= s.first && capitalised(s.tok(k-1)) && !isVerbTag(s.tok(k-1)) {
			k--
		}
		if k-1 >= s.first && articles[lower(s.tok(k-1))] {
			k--
		}
		r[0] = k
	}
	return r
}

// trimSourceEnd drops a discourse adverb set off at the end of a source
// ("The ministry, however, said") and the punctuation around it.
func trimSourceEnd(s *sentence, r [2]int) [2]int {
	b := r[1]
	// "Al Jazeera, citing sources in the government,", "Al Jazeera,
	// which cited a military source,": the cited sources are a source of
	// their own (see citing).
	for k := r[0] + 1; k+1 < b; k++ {
		if s.tok(k).Text == "," && (citingCue(s, k+1) >= 0 || citedRelative(s, k) >= 0) {
			b = k
			break
		}
	}
	for b > r[0]+1 {
		t := s.tok(b - 1)
		switch {
		case isPunct(t) && !isQuoteTok(t) && t.Text != ")":
			b--
			continue
		case t.UPOS == "ADV" && edgeWords[lower(t)] && s.tok(b-2).Text == ",":
			b -= 2
			continue
		}
		if k := asidePhrase(s, r[0], b); k < b {
			b = k
			continue
		}
		// "The army on Sunday (accused)", "The ministry on Sept. 8":
		// when, not who.
		if k := onDateStart(s, r[0], b); k < b {
			b = k
			continue
		}
		// "The senator this week (also said)": when, not who.
		if b-2 > r[0] && temporalNP(s, [2]int{b - 2, b}) && (lower(s.tok(b-2)) == "this" || lower(s.tok(b-2)) == "last" || lower(s.tok(b-2)) == "next") &&
			!relativeIn(s, r[0], b) {
			b -= 2
			continue
		}
		break
	}
	return [2]int{r[0], b}
}

// onDateStart returns where "on" and a day or date of at most three
// more tokens start at the end of tokens [a, b), or b when there is none.
func onDateStart(s *sentence, a, b int) int {
	for k := b - 2; k > a && k >= b-4; k-- {
		if lower(s.tok(k)) == "on" && temporalNP(s, [2]int{k, b}) {
			return k
		}
	}
	return b
}

// asidePhrase returns where a short prepositional aside set off by a
// comma starts at the end of tokens [a, b) (", in turn", ", for its
// part", ", in response"), or b when there is none: a preposition and at
// most three words, none a name.
func asidePhrase(s *sentence, a, b int) int {
	for k := b - 2; k > a && k >= b-10; k-- {
		if s.tok(k).UPOS != "ADP" || s.tok(k-1).Text != "," {
			continue
		}
		// How or where it was said, whatever names follow: ", in
		// remarks to the Security Council", ", in an interview with
		// CNN".
		n := k + 1
		for n < b && (s.tok(n).UPOS == "DET" || s.tok(n).UPOS == "ADJ") {
			n++
		}
		if n < b && sayingNouns[lemma(s.tok(n))] {
			return k - 1
		}
		if k < b-4 {
			continue
		}
		for j := k + 1; j < b; j++ {
			if u := s.tok(j).UPOS; u == "PROPN" || u == "VERB" || u == "PUNCT" {
				return b
			}
		}
		return k - 1
	}
	return b
}

// sayingNouns name an occasion of saying something.
var sayingNouns = set(`remark remarks interview statement speech briefing address letter post tweet
	comment comments conversation call message video broadcast appearance testimony hearing`)

// evidenceBefore returns the noun phrase that ends right before cue
// token i, read off the tags, when it holds a document or evidence noun,
// past a participle phrase that describes it ("a poll of South Carolina
// released on Tuesday showed ..."), or an empty range. A tagger that reads
// "released" as a past tense, or a parse that makes it the main verb,
// leaves no subject to find otherwise.
func evidenceBefore(s *sentence, i int) [2]int {
	end := i - 1 // last word of the noun phrase
	for k := i - 1; k >= s.first && k > i-16; k-- {
		t := s.tok(k)
		switch {
		case t.UPOS == "NOUN" && (documentNouns[lemma(t)] || evidenceNouns[lemma(t)]):
			if np := chainBack(s, end); np[0] <= k && k < np[1] {
				return np
			}
			return [2]int{}
		case relativeWord(t):
			return [2]int{}
		case npTag(t) || t.UPOS == "ADP" || t.Text == "/" || t.Text == "-":
		case (t.XPOS == "VBN" || t.XPOS == "VBD") && k > s.first && (s.tok(k-1).UPOS == "NOUN" || s.tok(k-1).UPOS == "PROPN"):
			// "released on Tuesday", "compiled by X": the noun phrase
			// ends before the participle.
			end = k - 1
		case t.XPOS == "VBG" && k+1 < i && s.tok(k+1).UPOS == "NOUN":
			// "fundraising documents"
		default:
			return [2]int{}
		}
	}
	return [2]int{}
}

// prenominal reports whether participle i modifies the noun after it
// ("pledged delegates", "the announced cuts", "the ruling party"): it
// describes the noun, and nobody says anything.
func prenominal(s *sentence, i int) bool {
	t := s.tok(i)
	// "Georgia's ruling Georgian Dream party", "the leading candidate":
	// a form in -ing between a determiner or possessive and a noun.
	// The words after it must end in a common noun: in "Trump's
	// calling Hillary Clinton a bigot" it is a gerund with its object.
	if t.XPOS == "VBG" && i > s.first && i+1 < s.end {
		p := s.tok(i - 1)
		if p.UPOS != "DET" && p.XPOS != "PRP$" && p.XPOS != "POS" {
			return false
		}
		k := i + 1
		for k < s.end && (s.tok(k).UPOS == "NOUN" || s.tok(k).UPOS == "PROPN" || s.tok(k).UPOS == "ADJ") {
			k++
		}
		// Or in a name with its possessive or its verb after it ("the
		// ruling Communist Party's newspaper").
		name := k > i+1 && s.tok(k-1).UPOS == "PROPN" && k < s.end && (s.tok(k).XPOS == "POS" || finiteVerb(s.tok(k)))
		return k > i+1 && (s.tok(k-1).UPOS == "NOUN" || name)
	}
	// A past tense too: as a modifier in the tree, or after a determiner
	// or number, it is a participle the tagger misread ("270 pledged
	// delegates").
	if t.XPOS != "VBN" && t.XPOS != "VBD" && t.XPOS != "JJ" || i+1 >= s.end {
		return false
	}
	if s.parsed {
		h := s.head(i)
		if t.Dep == "amod" && h > i && h <= i+3 && len(s.childrenDep(i, "obj", "ccomp", "xcomp", "obl", "nsubj")) == 0 {
			return true
		}
	}
	// "the disputed Second Thomas Shoal": between an article and a name.
	if n := s.tok(i + 1); i > s.first && lower(s.tok(i-1)) == "the" && (n.UPOS == "PROPN" || n.XPOS == "NNP" || n.XPOS == "NNPS") {
		return true
	}
	if n := s.tok(i + 1); n.UPOS != "NOUN" || i+2 < s.end && s.tok(i+2).UPOS == "NOUN" {
		return false
	}
	if i == s.first {
		return true
	}
	// After a determiner, number, possessive, preposition or adjective
	// the word can only modify the noun ("of pledged delegates").
	// Not a number that ends a date ("on Jan. 3 said talks had ...").
	p := s.tok(i - 1)
	if p.UPOS == "NUM" && i-2 >= s.first && temporalNP(s, [2]int{i - 2, i}) {
		return false
	}
	return p.UPOS == "DET" || p.UPOS == "NUM" || p.XPOS == "PRP$" || p.XPOS == "POS" || p.UPOS == "ADP" || p.UPOS == "ADJ"
}

// reducedRelative reports whether participle i describes the noun before
// it ("the ceasefire announced on Monday will not hold") rather than
// being the noun's verb: no auxiliary before it, and a finite verb after
// it in the same clause takes the noun as subject.
func reducedRelative(s *sentence, i int) bool {
	t := s.tok(i)
	if t.XPOS != "VBN" || i == s.first || passiveAux(s, i) {
		return false
	}
	if p := s.tok(i - 1); p.UPOS != "NOUN" && p.UPOS != "PROPN" {
		return false
	}
	// Only phrases of time, place or manner may come between: a bare
	// noun phrase there is the participle's object or a clause it
	// reports ("outlets reported on Monday the service had ...").
	inPP := false
	for k := i + 1; k < s.end; k++ {
		u := s.tok(k)
		if u.Text == "," || u.Text == ";" || u.Text == ":" || u.UPOS == "CCONJ" || u.UPOS == "SCONJ" || lower(u) == "that" || isQuoteTok(u) || relativeWord(u) {
			return false
		}
		switch {
		case finiteVerb(u):
			return true
		case u.UPOS == "ADP":
			inPP = true
		case npTag(u):
			if !inPP {
				return false
			}
		case u.UPOS != "ADV":
			return false
		}
	}
	return false
}

// bracketOpen reports whether tokens [a, b) leave open the bracket that
// closer closes.
func bracketOpen(s *sentence, a, b int, closer string) bool {
	opener := "("
	if closer == "]" {
		opener = "["
	}
	depth := 0
	for k := a; k < b; k++ {
		switch s.tok(k).Text {
		case opener:
			depth++
		case closer:
			depth--
		}
	}
	return depth > 0
}

// gapObject reads ", a charge Abu Dhabi rejects" before cue token i: an
// appositive noun of saying (a claim, charge, allegation, report) followed
// at once by a name, the subject of a relative clause whose "that" is
// left out. It returns the noun phrase (the content: what is rejected)
// and the name (the source).
func gapObject(s *sentence, i int, e cueEntry) ([2]int, [2]int, bool) {
	// A finite verb, one after its auxiliaries, or one the tagger read
	// as a plural noun ("a charge the ministry denies").
	if e.frame&fObject == 0 || !finiteVerb(s.tok(i)) && s.tok(i).XPOS != "NNS" && auxBack(s, i-1) == i-1 {
		return [2]int{}, [2]int{}, false
	}
	j := auxBack(s, i-1) // last word of the speaker
	n := j
	bare, misread := false, false
	if j > s.first && s.tok(j).UPOS == "PRON" && (nominative[lower(s.tok(j))] || lower(s.tok(j)) == "it") {
		// A pronoun: ", allegations it denies", where the noun may go
		// without a determiner.
		n, bare = j-1, true
	} else if j >= s.first && s.tok(j).UPOS == "PROPN" {
		// A name: "a charge Abu Dhabi rejects".
		for n >= s.first && s.tok(n).UPOS == "PROPN" {
			n--
		}
		// "a claim Russia's Defence Ministry rejected"
		if n-1 > s.first && n < j && s.tok(n).XPOS == "POS" && s.tok(n-1).UPOS == "PROPN" {
			for n--; n >= s.first && s.tok(n).UPOS == "PROPN"; n-- {
			}
		}
		// "a decision many Amhara saw as ...": a count of the people.
		if n > s.first && n < j && quantifiers[lower(s.tok(n))] {
			n--
		}
		// "a claim police spokesperson Rita Mwanza denied": a title
		// before the name, back to the noun of saying.
		if n > s.first && n < j && s.tok(n).UPOS == "NOUN" && personNouns[lemma(s.tok(n))] {
			for n > s.first && (s.tok(n).UPOS == "NOUN" || s.tok(n).UPOS == "ADJ") {
				if _, ok := nounCues[lemma(s.tok(n))]; ok {
					break
				}
				n--
			}
		}
		if n > s.first && s.tok(n).UPOS == "DET" {
			n-- // "a charge the Kremlin denies"
		}
	} else if m := bareSubjectAfterNoun(s, j); m >= 0 {
		// A bare plural: "a charge American officials reject". The
		// noun may be read as an adjective.
		n, misread = m, s.tok(m).UPOS != "NOUN"
	} else {
		// A noun phrase with its determiner: "a charge the general
		// rejects".
		for n >= s.first && (s.tok(n).UPOS == "NOUN" || s.tok(n).UPOS == "ADJ") {
			n--
		}
		// Or a possessor's: "an allegation the hospital's director
		// denied", "a claim Israel's military rejects".
		name := false
		if n < j && n-1 > s.first && s.tok(n).XPOS == "POS" {
			n--
			for n >= s.first && (s.tok(n).UPOS == "NOUN" || s.tok(n).UPOS == "ADJ" || s.tok(n).UPOS == "PROPN") {
				if _, ok := nounCues[lemma(s.tok(n))]; ok && name {
					break // the noun of saying before a bare name
				}
				name = name || s.tok(n).UPOS == "PROPN"
				n--
			}
		}
		if n == j || n < s.first || s.tok(n).UPOS != "DET" && s.tok(n).XPOS != "PRP$" && !(name && s.tok(n).UPOS == "NOUN") {
			return [2]int{}, [2]int{}, false
		}
		if s.tok(n).UPOS == "DET" || s.tok(n).XPOS == "PRP$" {
			n--
		}
	}
	if n == j || n < s.first+1 {
		return [2]int{}, [2]int{}, false
	}
	head := s.tok(n)
	// A bare plural right after the comma goes by its form, as in
	// appositiveRestatement (", accusations they reject").
	barePlural := bare && s.tok(n-1).Text == "," && pluralSayingNoun(lower(head))
	if head.UPOS != "NOUN" && !barePlural && !misread {
		return [2]int{}, [2]int{}, false
	}
	if _, ok := nounCues[lemma(head)]; !ok && !barePlural && !rulingNouns[lemma(head)] {
		if _, ok := nounPrepCues[lemma(head)]; !ok {
			return [2]int{}, [2]int{}, false
		}
	}
	d := n
	for d-1 > s.first && (s.tok(d-1).UPOS == "DET" || s.tok(d-1).UPOS == "ADJ") {
		d--
	}
	if s.tok(d-1).Text != "," || bare && d == n && !plural(head) && !barePlural {
		return [2]int{}, [2]int{}, false
	}
	return [2]int{d, n + 1}, [2]int{n + 1, j + 1}, true
}

// wordsAfter reports whether words of sentence s follow the quotation
// that opens span q, inside q (a quoted object run on over its phrases)
// or after it.
func wordsAfter(s *sentence, q doc.Span) bool {
	open := -1
	for k := s.first; k < s.end; k++ {
		t := s.tok(k)
		if t.Span.Start < q.Start {
			continue
		}
		if open < 0 {
			open = k
			continue
		}
		if isQuoteTok(t) {
			return s.words(k+1, s.end) > 0
		}
	}
	return false
}

// withoutEvidence reads the words from token k (a comma) to b as how the
// speaker made the claim, not what it was: ", without providing
// evidence", ", without giving details", '"in 24 hours," without saying
// how', ", despite evidence to the contrary". It returns where the
// content ends (after a quotation the comma closes), or 0.
func withoutEvidence(s *sentence, k, b int) int {
	if s.tok(k).Text != "," || k+2 >= b {
		return 0
	}
	end, w := k, k+1
	if isQuoteTok(s.tok(w)) {
		end, w = w+1, w+1
	}
	// ", despite evidence presented by UN experts": the writer sets the
	// claim against what shows otherwise.
	if w+1 < b && lower(s.tok(w)) == "despite" {
		n := w + 1
		for n < b && (s.tok(n).UPOS == "DET" || s.tok(n).UPOS == "ADJ") {
			n++
		}
		if n < b && (evidenceNouns[lemma(s.tok(n))] || hearsayNouns[lemma(s.tok(n))] || pluralSayingNoun(lower(s.tok(n)))) {
			return end
		}
		return 0
	}
	if w+1 >= b || lower(s.tok(w)) != "without" || s.tok(w+1).XPOS != "VBG" {
		return 0
	}
	if !supportVerbs[lemma(s.tok(w+1))] && lexLemma(s.tok(w+1)) == "" {
		return 0
	}
	return end
}

// supportVerbs back up or explain a claim ("without providing evidence").
var supportVerbs = set(`provide give offer cite present produce show elaborate specify detail name identify
	back substantiate explain`)

// bareSubjectAfterNoun reads ", a claim American officials" back from
// token j, the last word of a bare plural subject: it returns the noun of
// saying before the subject, or -1.
func bareSubjectAfterNoun(s *sentence, j int) int {
	if j < s.first || s.tok(j).XPOS != "NNS" && s.tok(j).XPOS != "NNPS" {
		return -1
	}
	for m := j - 1; m-2 >= s.first && (s.tok(m).UPOS == "NOUN" || s.tok(m).UPOS == "ADJ" || s.tok(m).UPOS == "PROPN"); m-- {
		// The tagger may read the noun as an adjective ("a charge").
		if sayingNounForm(s.tok(m)) && s.tok(m).UPOS != "PROPN" && s.tok(m-1).UPOS == "DET" && s.tok(m-2).Text == "," {
			return m
		}
	}
	return -1
}

// sayingNounForm reports whether t is a noun of saying by its lemma or
// form, whatever its tag.
func sayingNounForm(t *doc.Token) bool {
	_, byLemma := nounCues[lemma(t)]
	_, byForm := nounCues[lower(t)]
	return byLemma || byForm
}

var articles = set(`the a an this these those`)

// commitVerbs commit to an act; with a noun phrase in a headline
// ("EU agrees new sanctions") they report the act, not words.
var commitVerbs = set(`agree decide vote`)

var reflexives = set(`itself himself herself themselves ourselves myself yourself`)

// forceNouns name acts of force that one answers in kind.
var forceNouns = set(`aggression attack strike shelling bombing invasion incursion offensive provocation escalation assault raid`)

// againstWords reports whether "against" at token k is followed by a noun
// of saying ("against the charges", "against criticism").
func againstWords(s *sentence, k int) bool {
	if k >= s.end || lower(s.tok(k)) != "against" {
		return false
	}
	for j := k + 1; j < s.end && j <= k+4; j++ {
		t := s.tok(j)
		if _, ok := nounCues[lemma(t)]; ok || pluralSayingNoun(lower(t)) || lemma(t) == "criticism" || lemma(t) == "critique" {
			return true
		}
		if t.UPOS != "DET" && t.UPOS != "ADJ" && t.XPOS != "PRP$" {
			break
		}
	}
	return false
}

// rulingNouns restate a ruling or finding ("a decision", "a verdict"),
// or a name given to something ("a term Yerevan rejects").
var rulingNouns = set(`decision ruling verdict judgment judgement finding figure toll tally position stance
	term label characterization characterisation description`)

// saidNounBefore reads ", a claim" right before token i: a noun of
// saying (nounCues) with its determiner and adjectives, set off by a
// comma after a clause. It returns the noun phrase.
func saidNounBefore(s *sentence, i int) ([2]int, bool) {
	n := i - 1
	if n <= s.first || s.tok(n).UPOS != "NOUN" {
		return [2]int{}, false
	}
	if _, ok := nounCues[lemma(s.tok(n))]; !ok {
		return [2]int{}, false
	}
	d := n
	for d-1 > s.first && (s.tok(d-1).UPOS == "DET" || s.tok(d-1).UPOS == "ADJ") {
		d--
	}
	if d == n || s.tok(d).UPOS != "DET" || s.tok(d-1).Text != "," || !hasFinite(s, s.first, d-1) {
		return [2]int{}, false
	}
	return [2]int{d, n + 1}, true
}

// whichAnswer reads cue verb i as the end of ", which NP cue." after a
// clause ("..., which Cairo denied."): a relative pronoun that stands
// for the clause, the object of a verb with nothing after it. It returns
// the pronoun and the subject.
func whichAnswer(s *sentence, i int) (int, [2]int, bool) {
	if i+1 < s.end && !(isPunct(s.tok(i+1)) && s.words(i+1, s.end) == 0) {
		return 0, [2]int{}, false
	}
	// The verb group: "has neither confirmed nor denied".
	a := cueExtent(s, i)[0]
	// The tagger may read "has" before the participle as a main verb.
	if a-1 > s.first && finiteVerb(s.tok(a-1)) && (lemma(s.tok(a-1)) == "have" || lemma(s.tok(a-1)) == "be") {
		a--
	} else if t := s.tok(i); !finiteVerb(t) && !finiteAuxBefore(s, a) &&
		// The tagger may read a final "denies" as a plural noun.
		!(t.XPOS == "NNS" && strings.HasSuffix(lower(t), "s") && lexLemma(t) != "") {
		return 0, [2]int{}, false
	}
	np := chainBack(s, auxBack(s, a-1))
	w := np[0] - 1
	if np[0] == np[1] || w-1 <= s.first || lower(s.tok(w)) != "which" || s.tok(w-1).Text != "," || !hasFinite(s, s.first, w-1) {
		return 0, [2]int{}, false
	}
	return w, np, true
}

// answersWhich reports whether token w opens ", which NP cue." (see
// whichAnswer).
func answersWhich(s *sentence, w int) bool {
	if lower(s.tok(w)) != "which" {
		return false
	}
	// The answering verb ends the sentence.
	j := s.end - 1
	for j > w && isPunct(s.tok(j)) {
		j--
	}
	_, _, ok := whichAnswer(s, j)
	return ok && cueVerbs[lexLemma(s.tok(j))].frame&fObject != 0
}

// reportedRelative reports whether a relative clause whose subject is
// reported opens at token k: "which the rebels say killed", "it says
// Denmark has taken" (a relative word, or none, then a noun phrase and a
// verb of saying in the present or past, and a verb after it).
func reportedRelative(s *sentence, k int) bool {
	if k < s.end && (lower(s.tok(k)) == "which" || lower(s.tok(k)) == "that") {
		k++
	}
	np := npAfter(s, k)
	if np[0] == np[1] || np[1]+1 >= s.end {
		return false
	}
	v := s.tok(np[1])
	switch lexLemma(v) {
	case "say", "claim", "allege", "believe", "report":
	default:
		return false
	}
	return (v.XPOS == "VBZ" || v.XPOS == "VBP" || v.XPOS == "VBD") && hasVerbAt(s, np[1]+1)
}

// hasVerbAt reports whether a verb group (auxiliaries first) or a
// subject and its verb starts at token k.
func hasVerbAt(s *sentence, k int) bool {
	for j := k; j < s.end && j < k+6; j++ {
		if t := s.tok(j); t.UPOS == "VERB" || t.UPOS == "AUX" {
			return true
		}
		if isPunct(s.tok(j)) {
			return false
		}
	}
	return false
}

// appositiveRestatement reports whether the words from token k (a comma)
// to b restate what comes before as a noun of saying that someone else
// answers: ", a claim the government denies", ", a claim denied by the
// government", ", a charge that Moscow rejects". The noun's own verbs
// are the only finite ones left, and they are verbs of saying.
func appositiveRestatement(s *sentence, k, b int) bool {
	return s.tok(k).Text == "," && restatementAfter(s, k, b)
}

// restatementAfter is appositiveRestatement after the separator at k: a
// comma, or the quotation mark closing a quotation after its comma
// ("“act against any threat,” remarks that Iranian media read as ...").
func restatementAfter(s *sentence, k, b int) bool {
	if k+2 >= b {
		return false
	}
	n := k + 2
	// Or a bare plural: ", remarks that Eritrean officials view as a
	// threat", ", allegations it denies".
	if s.tok(k+1).UPOS != "DET" {
		// By its form: the tagger reads such a plural as anything
		// from a verb to a conjunction.
		if !pluralSayingNoun(lower(s.tok(k + 1))) {
			return false
		}
		n = k + 1
	} else {
		// The tagger may read the noun as an adjective before a bare
		// subject (", a charge American officials reject").
		misread := func(n int) bool {
			return sayingNounForm(s.tok(n)) && s.tok(n).UPOS == "ADJ" && n+1 < b && (s.tok(n+1).UPOS == "ADJ" || s.tok(n+1).UPOS == "NOUN" || s.tok(n+1).UPOS == "PROPN")
		}
		for n < b && s.tok(n).UPOS == "ADJ" && !misread(n) {
			n++
		}
		if n >= b || s.tok(n).UPOS != "NOUN" && !misread(n) {
			return false
		}
		// ", a decision Beijing does not recognise", ", a ruling that
		// Moscow called illegal": the writer's word on a ruling just
		// reported, whatever its verb.
		// (Its verb may lie past b, where another cue ended the content:
		// ", a term [Yerevan rejects]", and the tagger may read a final
		// "rejects" as a noun.)
		last := s.end - 1
		for last > n && isPunct(s.tok(last)) {
			last--
		}
		if rulingNouns[lemma(s.tok(n))] && n+1 < s.end && (hasFinite(s, n+1, s.end) || last > n+1 && lexLemma(s.tok(last)) != "") {
			return true
		}
		// ", an attack which the rebels say killed 11 people", ", a
		// step it says Denmark has taken": any noun whose relative
		// clause another reports is the writer's gloss, with its own
		// report in it.
		if reportedRelative(s, n+1) {
			return true
		}
		if _, ok := nounCues[lemma(s.tok(n))]; !ok && !misread(n) {
			return false
		}
	}
	// Its verbs may lie past b, where another cue already ended the
	// content ("a claim [the government denies]").
	said := false
	for j := n + 1; j < s.end && s.tok(j).Text != ";"; j++ {
		t := s.tok(j)
		// ("a claim the spokesman denied, saying ...": the gloss ends
		// at the comma after its verb of saying.)
		if said && t.Text == "," {
			break
		}
		// The tagger may read a final "denies" as a plural noun.
		last := j+1 == s.end || isPunct(s.tok(j+1)) && s.words(j+1, s.end) == 0
		// After its auxiliaries the verb may be bare ("a claim the army
		// did not confirm", "could not verify").
		bareAfterAux := t.XPOS == "VB" && auxBack(s, j-1) < j-1
		if t.UPOS == "AUX" || t.XPOS == "MD" {
			// An auxiliary of a verb that follows ("did not confirm").
			k := j + 1
			for k < s.end && (s.tok(k).UPOS == "AUX" || s.tok(k).XPOS == "MD" || s.tok(k).UPOS == "ADV" || negWord(s.tok(k))) {
				k++
			}
			if k < s.end && s.tok(k).UPOS == "VERB" {
				continue
			}
		}
		// ("remarks that Iranian media interpreted as directed at Iraq":
		// what the remarks were taken as.)
		if said && t.XPOS == "VBN" && lower(s.tok(j-1)) == "as" {
			continue
		}
		if finiteVerb(t) || t.XPOS == "VBN" || bareAfterAux || t.XPOS == "NNS" && last && lexLemma(t) != "" {
			if lexLemma(t) == "" {
				return false
			}
			said = true
		}
	}
	return said
}

// dispositions are adjectives that take an act not done ("ready to
// defend", "willing to admit"). "Likely" is not one: "voters are more
// likely to say X" reports what a poll found they say.
var dispositions = set(`ready willing able unable unwilling prepared eager reluctant keen determined
	afraid hesitant free quick slow`)

// armedGroupAt reports whether the noun phrase starting at token j names
// an entity of type group (armed and political groups).
func armedGroupAt(s *sentence, j int) bool {
	np := npAfter(s, j)
	if np[0] == np[1] {
		return false
	}
	sp := s.span(np[0], np[1])
	for _, e := range s.d.Entities {
		if e.Type != doc.EntityGroup {
			continue
		}
		for _, m := range e.Mentions {
			if sp.Overlaps(m.Span) {
				return true
			}
		}
	}
	return armedNouns[lemma(s.tok(npHead(s, np)))]
}

// armedNouns head noun phrases for armed groups the recogniser may not
// name ("the rebels", "local militias").
var armedNouns = set(`rebel militant insurgent militia fighter separatist jihadist guerrilla`)

// reportsNothing reports whether the verb of saying at i reports nothing
// of its own where it stands: a participle describing a noun ("the
// disputed election"); the first of two verbs joined by "or" or "nor",
// which the second takes into its cue; an imperative; "as planned"; and
// set frames of news English: a source's wish to stay unnamed ("who asked
// not to be named", "asked to remain anonymous", "who spoke on condition
// of anonymity"), a pen name ("who writes under the byline Issa K.") and
// a name a group gives itself ("a group calling itself the Freedom
// Front"; "calls himself a socialist" describes, and is reported). (The
// reporter's question an answer follows, "Asked about the report, the
// spokesman said", is reported, with no source.)
func reportsNothing(s *sentence, i int, lem string) bool {
	next := func(k int) string {
		if i+k < s.end {
			return lower(s.tok(i + k))
		}
		return ""
	}
	t := s.tok(i)
	prev := ""
	if i > s.first {
		prev = lower(s.tok(i - 1))
	}
	// A participle before a noun describes it: "the disputed election",
	// "a much praised speech". (Joined by a hyphen to who did it, it
	// reports: "a Sanders-backed candidate", "the self-described
	// socialist".)
	if nt := next(1); (t.XPOS == "VBN" || t.XPOS == "JJ") && i+1 < s.end && (s.tok(i+1).UPOS == "NOUN" || s.tok(i+1).UPOS == "ADJ" && i+2 < s.end && s.tok(i+2).UPOS == "NOUN") && nt != "by" {
		if i > s.first && (s.tok(i-1).UPOS == "DET" || s.tok(i-1).UPOS == "ADJ" || s.tok(i-1).XPOS == "PRP$") && !s.inWordHyphen(i-1) {
			return true
		}
	}
	// "the accused", "the accused's lawyer": the participle as the noun
	// for the one charged.
	if lem == "accuse" && (prev == "the" || prev == "an" || prev == "this") && (t.XPOS == "VBN" || t.XPOS == "JJ" || t.UPOS == "NOUN") && next(1) != "of" && next(1) != "by" {
		return true
	}
	// So does one opening an apposition before a plural ("Welkait and
	// Raya, disputed areas also claimed by Tigray,"), which the tagger
	// may read as a past tense: the apposition closes before the
	// clause's own verb.
	if i > s.first && i+1 < s.end && s.tok(i-1).Text == "," && (t.XPOS == "VBN" || t.XPOS == "VBD") && s.tok(i+1).XPOS == "NNS" && appositionCloses(s, i+1) {
		return true
	}
	// "neither confirmed nor denied": the verb after the conjunction
	// takes this one into its cue (see cueExtent).
	if cc := next(1); (cc == "or" || cc == "nor") && i+2 < s.end && lexLemma(s.tok(i+2)) != "" &&
		(s.tok(i+2).XPOS == t.XPOS || (t.XPOS == "VBD" || t.XPOS == "VBN") && (s.tok(i+2).XPOS == "VBD" || s.tok(i+2).XPOS == "VBN")) {
		return true
	}
	// An imperative opening a sentence or a quotation ("“Ask me after
	// the vote.”") tells someone to say something; no one reports.
	if t.XPOS == "VB" && (i == s.first || isQuoteTok(s.tok(i-1))) && capitalised(t) {
		return true
	}
	// "it was too early to say whether": no one says anything yet.
	if t.XPOS == "VB" && prev == "to" && i-3 >= s.first && lower(s.tok(i-3)) == "too" {
		switch lower(s.tok(i - 2)) {
		case "early", "soon":
			return true
		}
	}
	// "will go ahead as planned": as was planned, by no one said.
	if prev == "as" && next(1) != "by" && (t.XPOS == "VBN" || t.XPOS == "VBD") {
		switch lem {
		case "plan", "schedule", "intend", "expect":
			return true
		}
	}
	switch lem {
	case "write", "publish", "post", "blog":
		// "who writes under the byline Issa K.": a pen name.
		if next(1) == "under" {
			for k := 2; k <= 4; k++ {
				if w := next(k); namingNouns[w] || w == "byline" || w == "pen" {
					return true
				}
			}
		}
	case "speak", "talk":
		// "who spoke on condition of anonymity", "spoke anonymously".
		if next(1) == "anonymously" || next(1) == "on" && (next(2) == "condition" || next(2) == "the" && next(3) == "condition") {
			return true
		}
	case "ask", "request", "decline", "refuse":
		k := 1
		if next(k) == "not" {
			k++
		}
		if next(k) == "to" && (next(k+1) == "remain" || next(k+1) == "stay") && anonymityWords[next(k+2)] ||
			next(k) == "to" && next(k+1) == "be" && (next(k+2) == "named" || next(k+2) == "identified" || next(k+2) == "quoted") ||
			next(1) == "for" && anonymityWords[next(2)] || next(1) == "that" && anonymityWords[next(2)] {
			return true
		}
	case "call", "style", "dub":
		// A name, not a description ("calls himself a socialist").
		switch next(1) {
		case "itself", "themselves", "himself", "herself":
			k := 2
			if next(k) == "the" {
				k++
			}
			return i+k < s.end && capitalised(s.tok(i+k))
		}
	}
	return false
}

// appositionCloses reports whether a comma after k, within a few words,
// is followed by a finite verb: the verb of the clause an apposition
// opened at k interrupts.
func appositionCloses(s *sentence, k int) bool {
	for j := k + 1; j < s.end && j <= k+10; j++ {
		if s.tok(j).Text == "," {
			return j+1 < s.end && finiteVerb(s.tok(j+1))
		}
	}
	return false
}

// anonymityWords say a source is not to be named.
var anonymityWords = set(`anonymous unnamed unidentified anonymity`)

// frontedSubjectOf reports whether the sentence opens with a noun phrase
// set off by a comma before the speaker and cue at cue, and the quotation
// q after the cue opens with its verb: then the quotation says what the
// subject did, and the token after its end is returned (0 otherwise).
func frontedSubjectOf(s *sentence, cue int, q doc.Span) int {
	np := npAfter(s, s.first)
	if np[0] != s.first || np[1] >= cue || s.tok(np[1]).Text != "," || hasFinite(s, s.first, cue) {
		return 0
	}
	// The speaker fills the rest up to the cue ("The operation, he
	// added,"); "Others, reacting to X, shouted" has its speaker first.
	if src := npAfter(s, np[1]+1); src[0] != np[1]+1 || auxBack(s, cue-1) >= src[1] {
		return 0
	}
	k := cue + 1
	for k < s.end && (s.tok(k).Text == "," || isQuoteTok(s.tok(k))) {
		k++
	}
	if k >= s.end || s.tok(k).Span.Start < q.Start || s.tok(k).UPOS != "VERB" && s.tok(k).UPOS != "AUX" {
		return 0
	}
	for b := k; b < s.end; b++ {
		if s.tok(b).Span.End == q.End {
			return b + 1
		}
	}
	return 0
}

// hearerOnlyContent reports whether tokens r are one noun phrase for
// someone told: a name, a pronoun or a noun for people or bodies, with
// nothing after it.
func hearerOnlyContent(s *sentence, r [2]int) bool {
	if r[0] >= r[1] {
		return false
	}
	np := npAfter(s, r[0])
	if np[0] != r[0] || np[1] != r[1] {
		return false
	}
	h := s.tok(tagHead(s, np))
	return h.UPOS == "PROPN" || h.UPOS == "PRON" || kindNoun(lemma(h))
}
