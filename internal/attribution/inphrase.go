package attribution

import "github.com/hearsaynews/hearsay/internal/doc"

// inSourceNouns head a sentence-opening "In ..." phrase that names where
// the rest of the sentence is reported: a document or poll ("In a survey
// released Monday, ..."), or someone's words or view ("In her view, ...").
// Occasions ("In an interview") are left out: there a verb of saying in
// the clause carries the attribution.
var inSourceNouns = set(`poll polls survey surveys statement report study letter memo op-ed essay column
	editorial filing analysis words view opinion estimation judgment judgement`)

// inSource reads "In X, CLAUSE" at the opening token i of sentence s: the
// cue is "In", the source the phrase up to the comma and the content the
// clause after it. The clause must have a finite verb and no cue verb of
// its own ("In a statement, the ministry said ..." is the verb's).
func inSource(s *sentence, i int) *cand {
	a := s.first
	for a < s.end && isPunct(s.tok(a)) {
		a++
	}
	if i != a || lower(s.tok(i)) != "in" || i+2 >= s.end {
		return nil
	}
	comma := -1
	noun := false
	for j := i + 1; j < s.end && j-i <= 15; j++ {
		t := s.tok(j)
		if t.Text == "," {
			comma = j
			break
		}
		if finiteVerb(t) || isPunct(t) && t.Text != "-" && t.Text != "/" && t.Text != "." {
			return nil
		}
		if inSourceNouns[lemma(t)] && (t.UPOS == "NOUN" || t.UPOS == "PROPN") {
			noun = true
		}
	}
	if comma < 0 || !noun || comma+2 >= s.end || !hasFinite(s, comma+1, s.end) {
		return nil
	}
	for j := comma + 1; j < s.end; j++ {
		l := cueLemma(s.tok(j))
		// "has learned to counter them" reports nothing: a verb before
		// an infinitive it does not report, an infinitive, or a weak cue.
		if l != "" && (j+1 < s.end && s.tok(j+1).XPOS == "TO" && cueVerbs[l].frame&fInfinitive == 0 || s.tok(j-1).XPOS == "TO" || weakCues[l]) {
			continue
		}
		if l != "" && !stanceVerbs[l] || isQuoteTok(s.tok(j)) {
			return nil
		}
	}
	c := &cand{sent: s.idx, cue: [2]int{i, i + 1}, cueType: doc.CueStatement, via: "in-source"}
	c.src = [2]int{i + 1, comma}
	// "In his opinion, ...": the possessor holds the view, and the whole
	// phrase is the cue.
	if comma == i+3 && s.tok(i+1).XPOS == "PRP$" && viewNouns[lemma(s.tok(i+2))] {
		c.cue, c.src, c.cueType = [2]int{i, comma}, [2]int{i + 1, i + 2}, doc.CueBelief
	}
	// "In the author's view", "In the ministry's judgment": the same with
	// a possessive noun phrase; "In the view of X": X holds it.
	if v := comma - 1; viewNouns[lemma(s.tok(v))] && v-1 > i+1 && s.tok(v-1).XPOS == "POS" {
		c.cue, c.src, c.cueType = [2]int{i, comma}, [2]int{i + 1, v - 1}, doc.CueBelief
	} else if k := i + 2; k+2 < comma && lower(s.tok(i+1)) == "the" && viewNouns[lemma(s.tok(k))] && lower(s.tok(k+1)) == "of" {
		c.cue, c.src, c.cueType = [2]int{i, k + 2}, [2]int{k + 2, comma}, doc.CueBelief
	}
	c.setRange(s, comma+1, s.end, -1)
	if c.empty() {
		return nil
	}
	return c
}

// viewNouns are someone's holding of a view ("in his opinion").
var viewNouns = set(`view opinion estimation judgment judgement assessment belief`)
