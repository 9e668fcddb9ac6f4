package attribution

import (
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// nounCues are nouns that name an act of saying or believing and take a
// "that" clause as what was said ("Trump's claim that ...", "the
// ministry's denial that ..."), by lemma, with their cue type.
var nounCues = map[string]string{
	"claim": doc.CueStatement, "assertion": doc.CueStatement, "statement": doc.CueStatement,
	"announcement": doc.CueStatement, "argument": doc.CueStatement, "suggestion": doc.CueStatement,
	"warning": doc.CueStatement, "promise": doc.CueStatement, "pledge": doc.CueStatement,
	"insistence": doc.CueStatement, "contention": doc.CueStatement, "prediction": doc.CueStatement,
	"report": doc.CueStatement, "message": doc.CueStatement, "testimony": doc.CueStatement, "remark": doc.CueStatement,
	"allegation": doc.CueAccusation, "accusation": doc.CueAccusation, "charge": doc.CueAccusation,
	"belief": doc.CueBelief, "view": doc.CueBelief, "assumption": doc.CueBelief, "fear": doc.CueBelief,
	"hope": doc.CueBelief, "suspicion": doc.CueBelief, "conviction": doc.CueBelief, "estimate": doc.CueBelief,
	"confirmation": doc.CueConfirmation, "admission": doc.CueConfirmation, "acknowledgment": doc.CueConfirmation,
	"acknowledgement": doc.CueConfirmation, "denial": doc.CueDenial,
}

// nounCue finds "X's claim that CLAUSE" at noun i: the noun is the cue, a
// possessor before it (or "by X" after it) the source, and the clause the
// content. A "that" followed at once by a verb opens a relative clause
// ("the claim that was made"), not what was said.
func nounCue(s *sentence, i int) *cand {
	t := s.tok(i)
	typ, ok := nounCues[lemma(t)]
	if !ok || t.UPOS != "NOUN" || plural(t) || i+2 >= s.end || lower(s.tok(i+1)) != "that" {
		return nil
	}
	if n := s.tok(i + 2); isVerbTag(n) || n.UPOS == "AUX" || isPunct(n) {
		return nil
	}
	if !hasFinite(s, i+2, s.end) {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{i, i + 1}, cueType: typ, via: "noun"}
	// The possessor: "Trump's claim", "his claim", "the ministry's denial".
	j := i - 1
	for j >= s.first && s.tok(j).UPOS == "ADJ" {
		j--
	}
	switch {
	case j >= s.first && (s.tok(j).Text == "'s" || s.tok(j).Text == "’s" || s.tok(j).Text == "'"):
		if np := chainBack(s, j-1); np[0] < np[1] {
			c.src = [2]int{np[0], j + 1}
		}
	case j >= s.first && s.tok(j).XPOS == "PRP$":
		c.src = [2]int{j, j + 1}
	}
	if c.src[0] == c.src[1] {
		return nil
	}
	c.setRange(s, i+2, subjectClauseEnd(s, c.src[0], i), i)
	if c.empty() {
		return nil
	}
	return c
}

// hearsayNouns are the nouns that, after "there are", report what nobody
// in particular says: "There were (unconfirmed) reports that ...",
// "There are reports of fighting".
var hearsayNouns = set(`report claim allegation rumour rumor account`)

// existentialReport reads "there are reports that CLAUSE" and "there are
// reports of NP" at noun token i: the reports themselves, with their
// adjectives ("unconfirmed reports"), are the source, as "according to
// reports" makes them; "that" or "of" is the cue, as "according to" is;
// the content is the clause or the noun phrase after it.
func existentialReport(s *sentence, i int) *cand {
	t := s.tok(i)
	if t.UPOS != "NOUN" || !hearsayNouns[lemma(t)] || i+2 >= s.end {
		return nil
	}
	a := i
	for a-1 > s.first && s.tok(a-1).UPOS == "ADJ" {
		a--
	}
	j := a - 1
	for j > s.first && s.tok(j).UPOS == "ADV" {
		j--
	}
	// "there are", "there were", "there have been".
	if j <= s.first || lemma(s.tok(j)) != "be" {
		return nil
	}
	k := j - 1
	for k > s.first && (s.tok(k).UPOS == "ADV" || lemma(s.tok(k)) == "have") {
		k--
	}
	if lower(s.tok(k)) != "there" {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{i + 1, i + 2}, src: [2]int{a, i + 1}, cueType: doc.CueStatement, via: "existential-report"}
	switch lower(s.tok(i + 1)) {
	case "that":
		if !hasFinite(s, i+2, s.end) {
			return nil
		}
		c.setRange(s, i+2, s.end, i+1)
	case "of":
		// The noun phrase, with the participles and prepositional
		// phrases on it, and what "and" or "or" joins to it ("reports
		// of migrants traveling on false passports, and of ...").
		b := i + 2
		for b < s.end {
			t := s.tok(b)
			joined := t.UPOS == "CCONJ" || t.Text == "," && b+1 < s.end && s.tok(b+1).UPOS == "CCONJ"
			if !(npTag(t) || t.XPOS == "VBG" || t.XPOS == "VBN" && b > i+2 || joined ||
				t.UPOS == "ADP" && b+1 < s.end && (npTag(s.tok(b+1)) || s.tok(b+1).XPOS == "VBG")) {
				break
			}
			b++
		}
		for b > i+2 && (s.tok(b-1).UPOS == "CCONJ" || s.tok(b-1).Text == "," || s.tok(b-1).UPOS == "ADP") {
			b--
		}
		c.setRange(s, i+2, b, i+1)
	default:
		return nil
	}
	if c.empty() {
		return nil
	}
	return c
}

// hearsayPlural reports whether w is the plural of a hearsay noun
// ("reports", "claims"), by its form whatever its tag.
func hearsayPlural(w string) bool {
	return strings.HasSuffix(w, "s") && hearsayNouns[strings.TrimSuffix(w, "s")]
}

// subjectReport reads reports that open a sentence as its subject
// ("Reports that the president had fled are false", "Unconfirmed claims
// that ... spread"): as after "there are", the reports are the source
// and "that" the cue; the clause ends where the sentence's own verb
// begins. The tagger often reads a plural noun that opens a sentence
// as a verb, so the form decides.
func subjectReport(s *sentence, i int) *cand {
	if !hearsayPlural(lower(s.tok(i))) || i+2 >= s.end || lower(s.tok(i+1)) != "that" {
		return nil
	}
	a := i
	for a > s.first && s.tok(a-1).UPOS == "ADJ" {
		a--
	}
	if a != s.first || !hasFinite(s, i+2, s.end) {
		return nil
	}
	b := subjectClauseEnd(s, a, i)
	if b == s.end {
		return nil // no verb of the sentence's own: not its subject
	}
	c := &cand{sent: s.idx, cue: [2]int{i + 1, i + 2}, src: [2]int{a, i + 1}, cueType: doc.CueStatement, via: "subject-report"}
	c.setRange(s, i+2, b, i+1)
	if c.empty() {
		return nil
	}
	return c
}

// subjectClauseEnd is where the "that" clause of noun cue i ends. When
// the noun phrase, which starts at token a, is the sentence's subject
// ("Kyiv's allegation that Russia used chemical weapons has not been
// confirmed"), the clause ends where the main clause's verb begins: by
// the tree, the end of the clause's subtree; by the tags, the first
// finite verb after the clause's own verb and something else. Otherwise
// the clause runs to the end of the sentence (setRange cuts it further).
func subjectClauseEnd(s *sentence, a, i int) int {
	if hasFinite(s, s.first, a) {
		return s.end
	}
	if s.parsed {
		for _, k := range s.childrenDep(i, "acl", "ccomp", "acl:relcl") {
			if _, b := minmax(s.subtree(k, nil)); k > i && b < s.end && s.tok(b).UPOS != "PUNCT" {
				return b
			}
		}
	}
	own := -1
	for k := i + 2; k < s.end; k++ {
		t := s.tok(k)
		// A past tense the tagger read as a participle right after the
		// clause's own verb is the sentence's ("that he had fled spread
		// quickly").
		misread := own >= 0 && t.UPOS == "VERB" && t.XPOS == "VBN" && s.tok(k-1).UPOS == "VERB"
		if !(finiteVerb(t) || t.UPOS == "AUX" && finiteVerb(t) || misread) {
			continue
		}
		if own < 0 {
			own = k
			continue
		}
		if p := s.tok(k - 1); k > own+1 && p.UPOS != "AUX" && p.UPOS != "CCONJ" && p.UPOS != "ADV" && p.UPOS != "PART" && !relativeWord(p) && lower(p) != "that" {
			return k
		}
	}
	return s.end
}

// prepCue is a cue word that takes its content through one of a few
// prepositions (space-separated in preps), with its cue type.
type prepCue struct {
	preps string
	typ   string
}

// takes reports whether prep is one of the cue's prepositions.
func (e prepCue) takes(prep string) bool {
	return strings.Contains(" "+e.preps+" ", " "+prep+" ")
}

// nounPrepCues are nouns naming a stance or an act of saying whose
// prepositional object is what it is about ("criticism of the plan",
// "questions about his health", "support for the bill"), with the
// prepositions each takes and its cue type.
var nounPrepCues = map[string]prepCue{
	"criticism":    {"of", doc.CueAccusation},
	"condemnation": {"of", doc.CueAccusation}, "accusation": {"against", doc.CueAccusation},
	"praise": {"for of", doc.CueStatement}, "support": {"for", doc.CueStatement},
	"opposition": {"to", doc.CueStatement}, "endorsement": {"of", doc.CueStatement},
	"comment": {"on about", doc.CueStatement}, "remark": {"about", doc.CueStatement},
	"question": {"about", doc.CueStatement}, "call": {"for", doc.CueStatement},
	"demand": {"for", doc.CueStatement}, "plea": {"for", doc.CueStatement},
	"complaint": {"about", doc.CueStatement}, "warning": {"about against", doc.CueStatement},
	"denial": {"of", doc.CueDenial},
	// With an infinitive only (infinitiveNouns), or "of".
	"promise": {"of", doc.CueStatement}, "pledge": {"of", doc.CueStatement},
	"vow": {"", doc.CueStatement}, "threat": {"", doc.CueStatement},
}

// infinitiveNouns are nouns of saying whose content may be an infinitive
// ("a promise to cut taxes", "calls to resign").
var infinitiveNouns = set(`promise pledge vow threat call demand plea`)

// receiving are verbs whose subject is the one a stance or question is
// put to, not the one who holds it ("faced questions about X", "won
// support for Y").
var receiving = set(`face receive field get answer dodge deflect address ignore take draw win earn attract gain lose`)

// nounPrepCue finds "X's criticism of Y" at noun i: the noun and its
// preposition are the cue, a possessor before it the source (often there
// is none: "amid growing criticism of the plan"), and the object of the
// preposition the content.
func nounPrepCue(s *sentence, i int) *cand {
	t := s.tok(i)
	e, ok := nounPrepCues[lemma(t)]
	if !ok || t.UPOS != "NOUN" || i+2 >= s.end {
		return nil
	}
	// A verb the tagger read as a noun ("Senator Calls for ...").
	if s.verbAt(i) != "" {
		return nil
	}
	p := s.tok(i + 1)
	// "his promise to build a wall": nouns of committing and demanding
	// take what they say as an infinitive.
	infinitive := infinitiveNouns[lemma(t)] && p.XPOS == "TO" && (s.tok(i+2).XPOS == "VB" || s.tok(i+2).UPOS == "ADV" && i+3 < s.end && s.tok(i+3).XPOS == "VB")
	if !infinitive && (p.UPOS != "ADP" && !(p.UPOS == "SCONJ" && whWord(s.tok(i+2))) || !e.takes(lower(p))) {
		return nil
	}
	if lemma(t) == "question" && !plural(t) {
		// "a question about X" is mostly an open matter, "questions
		// about X" doubts someone raised.
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{i, i + 2}, cueType: e.typ, via: "noun-prep"}
	from := i + 2 // where the content starts
	if infinitive {
		c.cue[1], from = i+1, i+1
	}
	b := i + 2
	if s.parsed {
		for _, k := range s.childrenDep(i, "nmod") {
			if k > i+1 && s.firstChild(k, "case") == i+1 {
				r := npRange(s, k)
				if r[0] == i+1 {
					r[0] = i + 2
				}
				b = r[1]
				break
			}
		}
	}
	switch {
	case b == i+2 && infinitive:
		// Keep the "to": the content reads "to build a wall".
		b = clauseEndFrom(s, i+1)
	case b == i+2 && whWord(s.tok(b)):
		// "questions about whether he will drop out": an indirect
		// question, to the end of its clause.
		b = clauseEndFrom(s, b)
	}
	if b == i+2 {
		for b < s.end && (npTag(s.tok(b)) || s.tok(b).XPOS == "VBG" || lower(s.tok(b)) == "of" && b+1 < s.end && npTag(s.tok(b+1))) {
			b++
		}
	}
	if b <= i+2 {
		return nil
	}
	j := i - 1
	for j >= s.first && s.tok(j).UPOS == "ADJ" {
		j--
	}
	switch {
	case j >= s.first && (s.tok(j).Text == "'s" || s.tok(j).Text == "’s" || s.tok(j).Text == "'"):
		if np := chainBack(s, j-1); np[0] < np[1] {
			c.src = [2]int{np[0], j + 1}
		}
	case j >= s.first && s.tok(j).XPOS == "PRP$":
		c.src = [2]int{j, j + 1}
	}
	if c.src[0] == c.src[1] && s.parsed {
		// "the agency has questions about X", "voiced support for X":
		// the subject of the verb that takes the noun as object; or, in
		// a headline read as a noun phrase ("Chairman calls for X"), the
		// noun's own subject.
		if sub := s.firstChild(i, "nsubj"); sub >= 0 && sub < i {
			c.src = npRange(s, sub)
		} else if h := s.head(i); h >= 0 && s.tok(i).Dep == "obj" && isVerbTag(s.tok(h)) && !receiving[lemma(s.tok(h))] {
			c.src = subjectOf(s, h, 0)
		}
	}
	c.setRange(s, from, b, -1)
	if c.empty() {
		return nil
	}
	if c.src[0] < c.src[1] && s.span(c.src[0], c.src[1]).Overlaps(c.content) {
		c.src = [2]int{}
	}
	return c
}

// clauseEndFrom returns where the clause that runs from token b ends: at
// a semicolon or colon, or at a comma before a conjunction, a participle
// or a finite verb, which start something else ("facing calls to
// resign, said he would stay").
func clauseEndFrom(s *sentence, b int) int {
	for b < s.end && !(s.tok(b).Text == ";" || s.tok(b).Text == ":" || s.tok(b).Text == "," && b+1 < s.end && (s.tok(b+1).UPOS == "CCONJ" || s.tok(b+1).UPOS == "SCONJ" || s.tok(b+1).XPOS == "VBG" && !listsMembers(s.tok(b+1)) || finiteVerb(s.tok(b+1)) || speakerThenCue(s, b+1))) {
		b++
	}
	return b
}

// speakerThenCue reports whether a noun phrase and a finite verb of
// saying start at token k: ", two officials said Thursday", the
// speaker of what comes before.
func speakerThenCue(s *sentence, k int) bool {
	if relativeWord(s.tok(k)) {
		return false // ", which advocates say ...": a relative clause
	}
	np := npAfter(s, k)
	if np[0] != k || np[1] >= s.end {
		return false
	}
	t := s.tok(np[1])
	return finiteVerb(t) && cueLemma(t) != ""
}

// whWord reports a word that opens an indirect question.
func whWord(t *doc.Token) bool {
	switch lower(t) {
	case "whether", "what", "why", "how", "who", "when", "where", "which":
		return true
	}
	return false
}
