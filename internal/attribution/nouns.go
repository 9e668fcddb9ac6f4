package attribution

import "github.com/hearsaynews/hearsay/internal/doc"

// nounCues are nouns that name an act of saying or believing and take a
// "that" clause as what was said ("Trump's claim that ...", "the
// ministry's denial that ..."), by lemma, with their cue type.
var nounCues = map[string]string{
	"claim": doc.CueStatement, "assertion": doc.CueStatement, "statement": doc.CueStatement,
	"announcement": doc.CueStatement, "argument": doc.CueStatement, "suggestion": doc.CueStatement,
	"warning": doc.CueStatement, "promise": doc.CueStatement, "pledge": doc.CueStatement,
	"insistence": doc.CueStatement, "contention": doc.CueStatement, "prediction": doc.CueStatement,
	"report": doc.CueStatement, "message": doc.CueStatement, "testimony": doc.CueStatement,
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
	c.setRange(s, i+2, s.end, i)
	if c.empty() {
		return nil
	}
	return c
}
