package attribution

import (
	"strings"
	"unicode"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// speakerColon finds the speaker label of transcripts and headlines: a
// paragraph that opens with a short name and a colon ("SMITH: We will...",
// "Smith: We will ..."). The colon is the cue and the rest of the paragraph
// the content.
func speakerColon(sents []*sentence, k int) *cand {
	s := sents[k]
	if k > 0 && sents[k-1].paragraphID == s.paragraphID {
		return nil
	}
	first := s.first
	for first < s.end && isQuoteTok(s.tok(first)) {
		first++
	}
	colon := -1
	for i := first; i < s.end && i < first+6; i++ {
		if t := s.tok(i).Text; t == ":" || t == "―" || t == "—" || t == "–" {
			colon = i
			break
		}
	}
	if colon <= first || colon+1 >= s.end {
		return nil
	}
	named := false
	for i := first; i < colon; i++ {
		t := s.tok(i)
		if !npTag(t) && !(t.UPOS == "PUNCT" && t.Text == ".") {
			return nil
		}
		if t.UPOS == "PROPN" || isUpperWord(t.Text) || i == first && t.UPOS == "NOUN" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
			named = true
		}
	}
	if !named || labelNouns[lemma(s.tok(colon-1))] {
		return nil
	}
	last := k
	for last+1 < len(sents) && sents[last+1].paragraphID == s.paragraphID {
		last++
	}
	e := sents[last]
	a, _ := trimContent(s, colon+1, s.end)
	_, b := trimContent(e, e.first, e.end)
	if k == last {
		_, b = trimContent(s, colon+1, s.end)
	}
	if a >= s.end || b <= e.first && last != k {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{colon, colon + 1}, cueType: doc.CueStatement, src: [2]int{first, colon}, via: "speaker-colon"}
	c.content = doc.Span{Start: s.tok(a).Span.Start, End: e.tok(b - 1).Span.End}
	c.contentTok = [2]int{a, s.end}
	return c
}

func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && strings.ToUpper(w) == w
}

// speakerByline finds a quotation signed on the line after it ("“...”" then
// "― Jane Smith"): a sentence that is only a dash and a short name. The
// dash is the cue, the name the source, and the quotation or sentences
// before it the content.
func speakerByline(sents []*sentence, k int, qs []quote) *cand {
	s := sents[k]
	if k == 0 || s.end-s.first < 2 || s.end-s.first > 7 {
		return nil
	}
	dash := s.tok(s.first)
	if dash.Text != "―" && dash.Text != "—" && dash.Text != "–" {
		return nil
	}
	b := s.end
	for b > s.first+1 && isPunct(s.tok(b-1)) {
		b--
	}
	named := false
	for i := s.first + 1; i < b; i++ {
		t := s.tok(i)
		if !npTag(t) {
			return nil
		}
		if t.UPOS == "PROPN" {
			named = true
		}
	}
	if !named {
		return nil
	}
	p := sents[k-1]
	if p.end == p.first {
		return nil
	}
	end := p.tok(p.end - 1).Span.End
	content := doc.Span{}
	for _, q := range qs {
		if q.span.End == end || q.span.End == end-1 {
			content = q.span
		}
	}
	if content.Empty() {
		first := k - 1
		for first > 0 && sents[first-1].paragraphID == p.paragraphID {
			first--
		}
		content = doc.Span{Start: sents[first].tok(sents[first].first).Span.Start, End: end}
	}
	c := &cand{sent: s.idx, cue: [2]int{s.first, s.first + 1}, cueType: doc.CueStatement, src: [2]int{s.first + 1, b}, via: "byline"}
	c.content = content
	return c
}
