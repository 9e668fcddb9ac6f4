package attribution

import "github.com/hearsaynews/hearsay/internal/doc"

// An interview printed as a transcript labels its paragraphs "Q:" (the
// interviewer's question) and "A:" (the answer). The labels are no
// speakers of their own and no part of what is said; in an answer, "I" is
// the person interviewed, not the writer of the piece.

// transcriptLabel returns "q" or "a" when sentence s opens with such a
// label ("Q:", "A:", "Question:", "Answer:"), else "".
func transcriptLabel(s *sentence) string {
	if s.first+1 >= s.end || s.tok(s.first+1).Text != ":" {
		return ""
	}
	switch s.tok(s.first).Text {
	case "Q", "Question", "QUESTION":
		return "q"
	case "A", "Answer", "ANSWER":
		return "a"
	}
	return ""
}

// answers reports, for each sentence of sents, whether it belongs to an
// answer: from an "A:" paragraph up to the next "Q:" one, once the
// document has had a question.
func answers(sents []*sentence) []bool {
	out := make([]bool, len(sents))
	inAnswer, asked := false, false
	for i, s := range sents {
		if s == nil {
			continue
		}
		newPara := i == 0 || sents[i-1] == nil || sents[i-1].paragraphID != s.paragraphID
		if newPara {
			switch transcriptLabel(s) {
			case "q":
				inAnswer, asked = false, true
			case "a":
				inAnswer = asked
			}
		}
		out[i] = inAnswer
	}
	return out
}

// interviewee is the person the answers are by: the person entity named
// most often before the first question (the piece's introduction names
// whom it interviews), the first named on a tie; "" when there is none.
func interviewee(d *doc.Doc, sents []*sentence) string {
	firstQ := -1
	for i, s := range sents {
		if s != nil && transcriptLabel(s) == "q" {
			firstQ = d.Sentences[i].Span.Start
			break
		}
	}
	if firstQ < 0 {
		return ""
	}
	best, most, at := "", 0, 0
	for _, e := range d.Entities {
		if e.Type != doc.EntityPerson {
			continue
		}
		n, first := 0, -1
		for _, m := range e.Mentions {
			if m.Kind == doc.MentionName && m.Span.End <= firstQ {
				n++
				if first < 0 || m.Span.Start < first {
					first = m.Span.Start
				}
			}
		}
		if n > most || n == most && n > 0 && first < at {
			best, most, at = e.ID, n, first
		}
	}
	return best
}
