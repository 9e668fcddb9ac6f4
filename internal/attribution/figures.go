package attribution

import "github.com/hearsaynews/hearsay/internal/doc"

// figureNouns are the quantities a source can put at a number ("put the
// death toll at 12", "placed the number of displaced at 40,000").
var figureNouns = set(`toll number figure count total cost estimate tally losses casualties
	support turnout share approval rating ratings backing`)

// figureCue reads "X put the death toll at 12" at verb i off the tags:
// stating a figure is an act of saying. The verb is the cue, its subject
// the source, and the figure with what it counts ("the death toll at 12")
// the content.
func figureCue(s *sentence, i int) *cand {
	t := s.tok(i)
	switch lemma(t) {
	case "put", "place", "set":
	default:
		return nil
	}
	if !isVerbTag(t) {
		return nil
	}
	np := npAfter(s, i+1)
	if np[0] == np[1] || !figureNouns[lemma(s.tok(np[1]-1))] {
		// "the number of displaced people": the figure noun heads an
		// of-phrase.
		k := i + 1
		for k < s.end && k < i+6 && !figureNouns[lemma(s.tok(k))] {
			k++
		}
		if k >= s.end || k == i+6 {
			return nil
		}
		np = [2]int{i + 1, k + 1}
	}
	at := np[1]
	for at < s.end && at < np[1]+6 && lower(s.tok(at)) != "at" {
		at++
	}
	if at >= s.end || lower(s.tok(at)) != "at" || at+1 >= s.end {
		return nil
	}
	e := at + 1
	for e < s.end && (s.tok(e).UPOS == "NUM" || npTag(s.tok(e)) || s.tok(e).UPOS == "ADV" || lower(s.tok(e)) == "than" || s.tok(e).Text == "%" || isQuoteTok(s.tok(e))) {
		e++
	}
	if !hasNum(s, at+1, e) {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{i, i + 1}, cueType: doc.CueStatement, via: "figure"}
	// Not setRange: "at 12" would be read as a phrase of place hung on
	// the verb, and it is the figure itself.
	a, b := trimContent(s, i+1, e)
	if a >= b {
		return nil
	}
	c.content, c.contentTok = s.span(a, b), [2]int{a, b}
	c.src = subjectByTags(s, i)
	if c.empty() || c.src[0] == c.src[1] {
		return nil
	}
	return c
}

func hasNum(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if s.tok(k).UPOS == "NUM" {
			return true
		}
	}
	return false
}
