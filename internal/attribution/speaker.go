package attribution

import (
	"sort"
	"strings"
	"unicode"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/geo"
	"github.com/hearsaynews/hearsay/internal/outlet"
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
	// A dash that opens an aside closed by another ("Democrats — and
	// some Republicans — say") labels no speaker; nor does one after
	// capitals, which set off a dateline or a section head ("ATLANTIC
	// CITY — ...", "QUESTIONABLE CLAIMS — ...").
	if s.tok(colon).Text != ":" {
		caps := true
		for i := first; i < colon; i++ {
			if t := s.tok(i); !isPunct(t) && !isUpperWord(t.Text) {
				caps = false
			}
		}
		if caps {
			return nil
		}
		for k := colon + 1; k < s.end; k++ {
			if s.asideDash(k) {
				return nil
			}
		}
	}
	named := false
	srcEnd := colon // the label may go on with whom or where ("X on Trump:")
	for i := first; i < colon; i++ {
		t := s.tok(i)
		if t.UPOS == "ADP" && named && srcEnd == colon && i+1 < colon && labelPreps[lower(t)] {
			srcEnd = i
			continue
		}
		if !npTag(t) && !(t.UPOS == "PUNCT" && t.Text == ".") {
			return nil
		}
		if t.UPOS == "PROPN" || isUpperWord(t.Text) || i == first && t.UPOS == "NOUN" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
			named = true
		}
	}
	if !named || labelNouns[lemma(s.tok(colon-1))] || !speakerLabel(s, first, colon) {
		return nil
	}
	// A label headed by a common noun that names no one is a topic
	// ("Ukraine war latest:", "Gaza ceasefire:"), not a speaker.
	// A name the tagger read as a noun is written with a capital.
	// A rubric alone ("Opinion:", "Analysis:", "Video:") is no one,
	// whatever its noun could name elsewhere; nor is a transcript's
	// "Q:" or "A:".
	if srcEnd-first == 1 && sectionWords[lower(s.tok(first))] || transcriptLabel(s) != "" {
		return nil
	}
	if h := s.tok(srcEnd - 1); sectionWords[lower(h)] || (h.UPOS == "NOUN" || h.UPOS == "ADJ") && !capitalised(h) {
		if l := lemma(h); !kindNoun(l) && !evidenceNouns[l] {
			return nil
		}
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
	// What a speaker says is a clause, a quotation, or words put in a
	// person's mouth ("Reid: 'Never underestimate him.'", "Clinton: Time
	// for a new strategy"); "Clinton: 547" is a table row and "The Ninth
	// Circle: A View from Inside" a title.
	// A title-case headline hides its verbs from the tagger ("Poll:
	// Donald Trump Ties Hillary Clinton").
	// So does a finding labelled by what found it ("Poll: Clinton and
	// Trump in dead heat").
	finding := evidenceNouns[lemma(s.tok(colon-1))] && s.words(a, s.end) >= 3
	// So does an outlet's headline retold ("Kommersant: Moscow and Minsk
	// at odds over air defence deal").
	if labelOutlet(s.d, s, first, srcEnd) && s.words(a, s.end) >= 3 {
		finding = true
	}
	if last == k && !hasVerbIn(s, a, s.end) && !(titleCase(s) && s.words(a, s.end) >= 3) && !finding &&
		(!isQuoteTok(s.tok(a)) && !personIn(s, first, colon) || s.words(a, s.end) < 2) {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{colon, colon + 1}, cueType: doc.CueStatement, src: [2]int{first, srcEnd}, via: "speaker-colon"}
	c.content = doc.Span{Start: s.tok(a).Span.Start, End: e.tok(b - 1).Span.End}
	c.contentTok = [2]int{a, s.end}
	return c
}

// labelOutlet reports whether the label [a, b) of sentence s names a news
// outlet: one the registry knows, or an outlet entity of the document.
func labelOutlet(d *doc.Doc, s *sentence, a, b int) bool {
	if _, ok := outlet.Lookup(d.Slice(s.span(a, b))); ok {
		return true
	}
	e, _ := entityAt(d, s.span(a, b), s.span(a, b), doc.EntityOutlet)
	return e != nil && e.Type == doc.EntityOutlet
}

// sectionWords head the labels of a live page's sections, in any case
// ("Ukraine War Latest:", "Key developments:").
var sectionWords = set(`latest live update updates developments explainer factbox timeline recap highlights
	roundup analysis opinion comment commentary editorial exclusive breaking watch listen podcast video photos
	interview review preview insight perspective claim verdict rating context background correction`)

// labelPreps may follow the name in a speaker label of a headline ("CNN
// President On Trump:", "Mukasey at RNC:", "Clinton to Planned
// Parenthood:"); the source ends before them.
var labelPreps = set(`on at to in about`)

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

// speakerLabel reports whether tokens [a, b) can name a speaker: not a
// place, as in a dateline ("WASHINGTON —"), and not a time or number
// ("12:00pm —").
func speakerLabel(s *sentence, a, b int) bool {
	loc := true
	for i := a; i < b; i++ {
		t := s.tok(i)
		if t.UPOS == "NUM" || strings.ContainsAny(t.Text, "0123456789") {
			return false
		}
		if !isPunct(t) && !strings.HasSuffix(t.NER, "LOC") {
			loc = false
		}
	}
	label := s.d.Slice(s.span(a, b))
	if _, ok := geo.PlaceOf(label); ok {
		return false
	}
	if _, ok := geo.ByName(label); ok {
		return false
	}
	return !loc
}

// hasVerbIn reports whether tokens [a, b) hold a verb or auxiliary.
func hasVerbIn(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if u := s.tok(i).UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// personIn reports whether the name recogniser marked a person in tokens
// [a, b).
func personIn(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if strings.HasSuffix(s.tok(i).NER, "PER") {
			return true
		}
	}
	return false
}

// quoteColon finds a quotation introduced by a colon after a short label
// that names its speaker, anywhere in a paragraph: "More from Jones: “…”",
// "Here’s Clinton in December 1992: “…”", "From the report: “…”", or a
// name after a dash that ends a head ("JUST TOO EARLY - Carl Bialik:
// “…”"). A quotation right after the colon is what makes the label a
// speaker; speakerColon reads labels that open a paragraph without one.
// The colon is the cue, the name the source and the quotation the
// content.
func quoteColon(s *sentence, qs []quote) *cand {
	for colon := s.first + 1; colon+1 < s.end; colon++ {
		if s.tok(colon).Text != ":" || !isQuoteTok(s.tok(colon+1)) {
			continue
		}
		q := quoteAt(qs, s.tok(colon+1).Span.Start)
		if q == nil {
			continue
		}
		src, ok := colonLabel(s, colon)
		if !ok {
			continue
		}
		c := &cand{sent: s.idx, cue: [2]int{colon, colon + 1}, cueType: doc.CueStatement, src: src, via: "quote-colon"}
		c.content = q.span
		end := colon + 1
		for end < s.end && s.tok(end).Span.End <= q.span.End {
			end++
		}
		c.contentTok = [2]int{colon + 1, end}
		return c
	}
	return nil
}

// quoteAt returns the quotation that opens at offset start, if any.
func quoteAt(qs []quote, start int) *quote {
	i := sort.Search(len(qs), func(i int) bool { return qs[i].span.Start >= start })
	if i < len(qs) && qs[i].span.Start == start {
		return &qs[i]
	}
	return nil
}

// labelOpeners lead a label without being part of the name: "More from
// X:", "From X:", "Here's X:".
var labelOpeners = [][]string{{"more", "from"}, {"from"}, {"here", "'s"}, {"here", "’s"}, {"here", "is"}, {"and"}}

// colonLabel reads the label before the colon at token colon: back to the
// sentence's start, a closing quotation mark or a dash set off by spaces,
// at most 10 tokens. After an opener, it must be a name (a proper noun,
// its title and a parenthetical such as "(R-S.C.)"), or after "from" a
// noun phrase ("From the report:"), followed at most by a phrase of time
// or place ("in December 1992"). It returns the name's tokens.
func colonLabel(s *sentence, colon int) ([2]int, bool) {
	b := colon
	delimiter := func(j int) bool { return isQuoteTok(s.tok(j)) || s.asideDash(j) }
	for b > s.first && colon-b < 10 && !delimiter(b-1) {
		b--
	}
	if b > s.first && !delimiter(b-1) {
		return [2]int{}, false // longer than a label
	}
	from := false
	for _, op := range labelOpeners {
		if b+len(op) >= colon {
			continue
		}
		match := true
		for k, w := range op {
			if lower(s.tok(b+k)) != w {
				match = false
				break
			}
		}
		if match {
			from = op[len(op)-1] == "from"
			b += len(op)
			break
		}
	}
	end, named, paren := b, false, false
name:
	for end < colon {
		t := s.tok(end)
		switch {
		case t.Text == "(":
			paren = true
		case t.Text == ")":
			paren = false
		case paren:
		case t.UPOS == "PROPN" || isUpperWord(t.Text):
			named = true
		case npTag(t) && t.Text != "-" || t.Text == "." || t.Text == ",":
			if t.UPOS == "PRON" && !from {
				return [2]int{}, false
			}
		default:
			break name
		}
		end++
	}
	if paren || end == b || !named && !from {
		return [2]int{}, false
	}
	// What may follow the name: a phrase of time or place.
	if end < colon {
		if !labelPreps[lower(s.tok(end))] {
			return [2]int{}, false
		}
		for k := end + 1; k < colon; k++ {
			if !npTag(s.tok(k)) {
				return [2]int{}, false
			}
		}
	}
	for end > b && (s.tok(end-1).Text == "," || s.tok(end-1).Text == ".") {
		end--
	}
	return [2]int{b, end}, true
}
