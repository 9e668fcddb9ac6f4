package attribution

import (
	"strings"
	"unicode"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// quote is a stretch of text between quotation marks, marks included.
type quote struct {
	span doc.Span
}

// findQuotes pairs quotation marks: curly quotes by direction, straight
// double quotes by alternation within a paragraph. A quote left open at the
// end of a paragraph ends there, since news style reopens a quotation that
// runs on into the next paragraph. Single quotes are not used, because
// apostrophes make them ambiguous.
func findQuotes(d *doc.Doc) []quote {
	var out []quote
	open := -1
	straight := false
	i := 0
	prev, last := rune(0), rune(0)
	for _, r := range d.Text {
		before := last // the rune before r, as written
		last = r
		// Two apostrophes stand for a double quotation mark in some
		// house styles (''like this''); the second one acts.
		pos := i
		if r == '\'' && prev == '\'' {
			r, pos = '"', i-1
			prev = 0
		} else {
			prev = r
		}
		switch {
		case r == '“' && open >= 0 && !straight && closesAfter(before):
			// An opening mark typed for a closing one (“...,“ he
			// said): right after the quoted words, it can only close.
			out = append(out, quote{doc.Span{Start: open, End: i + 1}})
			open = -1
		case r == '“' || r == '„' || r == '«':
			open, straight = i, false
		case (r == '”' || r == '»') && open >= 0:
			// A closing curly mark also closes a straight one
			// ("...,” said Smith), as below.
			out = append(out, quote{doc.Span{Start: open, End: i + 1}})
			open = -1
		case r == '"':
			// A straight quote also closes a curly one: mixed marks are
			// common in copy-edited text.
			if open >= 0 {
				out = append(out, quote{doc.Span{Start: open, End: i + 1}})
				open = -1
			} else if open < 0 {
				open, straight = pos, true
			}
		case r == '\n':
			if open >= 0 && i > open+1 {
				out = append(out, quote{doc.Span{Start: open, End: i}})
			}
			open = -1
		}
		i++
	}
	if open >= 0 && i > open+1 {
		out = append(out, quote{doc.Span{Start: open, End: i}})
	}
	return out
}

// closesAfter reports whether a quotation mark right after r ends the
// words before it: r is a letter, a digit or punctuation that ends a
// quoted phrase, not space or an opening bracket or dash.
func closesAfter(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".,!?;:…", r)
}

// gapIsPunct reports whether the text between two offsets holds only
// punctuation and space.
func gapIsPunct(d *doc.Doc, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	if b-a > 6 {
		return false
	}
	for _, r := range d.Slice(doc.Span{Start: a, End: b}) {
		switch {
		case r == ' ' || r == '\u00a0' || r == ',' || r == '.' || r == ':' || r == '!' || r == '?' || r == '\n' || isQuoteRune(r) || isDashRune(r):
		default:
			return false
		}
	}
	return true
}

// endsSentence reports whether the text between offsets a and b holds a
// full stop, question or exclamation mark, or a line break.
func endsSentence(d *doc.Doc, a, b int) bool {
	return strings.ContainsAny(d.Slice(doc.Span{Start: a, End: b}), ".!?\n")
}

// wordCount counts the words of a span.
func wordCount(d *doc.Doc, s doc.Span) int {
	n, in := 0, false
	for _, r := range d.Slice(s) {
		w := r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x2FF && !isQuoteRune(r) && !isDashRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// applyQuotes widens contents to the quotations they belong to, carries a
// quotation on across the sentence that names its speaker
// (“...,” she said. “...”), and gives "X said:" the quotation or sentence
// that follows.
func applyQuotes(d *doc.Doc, sents []*sentence, cands []*cand, qs []quote) []*cand {
	// claimed reports whether another attribution outside the quotation
	// already takes it as content: then it is not this one's.
	claimed := func(sp doc.Span, self *cand) bool {
		for _, o := range cands {
			// Another reading of the same cue is no other attribution.
			if o == self || o.content.Empty() || o.sent == self.sent && o.cue[0] == self.cue[0] {
				continue
			}
			cs := sents[o.sent].span(o.cue[0], o.cue[1])
			if q, ok := holding(qs, cs); ok && !q.Contains(sp) {
				// A cue quoted elsewhere reports only what its own
				// quotation holds (see below).
				continue
			}
			if !sp.Contains(cs) && o.content.Overlaps(sp) {
				return true
			}
		}
		return false
	}
	out := cands[:0]
	for _, c := range cands {
		s := sents[c.sent]
		cue := s.span(c.cue[0], c.cue[1])
		if c.needNext {
			// The next quotation or, failing that, the next sentence.
			for _, q := range qs {
				if q.span.Start >= cue.End && q.span.Start-cue.End < 4 {
					c.content = q.span
					break
				}
			}
			if c.content.Empty() && c.sent+1 < len(sents) {
				n := sents[c.sent+1]
				if n.paragraphID-s.paragraphID <= 1 && n.end > n.first {
					a, b := trimContent(n, n.first, n.end)
					c.content = n.span(a, b)
				}
			}
		}
		if c.content.Empty() {
			continue
		}
		// The words inside a quotation are the quoted speaker's: a cue
		// among them reports only what the quotation holds, never the
		// writer's words after it (“I think it is over,” she said, “but
		// ...”), which a parse of the whole sentence may hang on it.
		if q, ok := holding(qs, cue); ok {
			if c.content.Start <= q.Start || c.content.Start >= q.End {
				continue
			}
			if c.content.End > q.End {
				c.content.End = trimEnd(d, doc.Span{Start: c.content.Start, End: q.End})
			}
			out = append(out, c)
			continue
		}
		for _, q := range qs {
			if q.span.Contains(cue) || wordCount(d, q.span) < 3 || titleLike(d, q.span) {
				continue
			}
			inner := q.span.Start+1 <= c.content.Start && c.content.End <= q.span.End
			partial := c.content.Overlaps(q.span) && !c.content.Contains(q.span)
			// Next to the content, in the same sentence: a quotation
			// that opens the next sentence is no part of this content.
			adjacent := gapIsPunct(d, c.content.End, q.span.Start) && q.span.Start >= c.content.End && !endsSentence(d, c.content.End, q.span.Start) ||
				gapIsPunct(d, q.span.End, c.content.Start) && q.span.End <= c.content.Start && !endsSentence(d, q.span.End, c.content.Start)
			if (inner || partial || adjacent) && !claimed(q.span, c) {
				if adjacent && !inner && !partial {
					// Only a quotation that the cue's clause itself
					// introduces or closes: next to the cue, not beyond it.
					if !(q.span.End <= cue.Start && cue.Start-q.span.End < 40) && !(q.span.Start >= cue.End && q.span.Start-cue.End < 40) {
						continue
					}
				}
				c.content = c.content.Union(q.span)
			}
		}
		// “...,” she said, but “...”: a second quotation in the rest of the
		// sentence.
		// (Not after a restated noun: "a claim Pristina dismissed as
		// “pure propaganda”" says how it was dismissed.)
		if c.content.End <= cue.Start && c.via != "object-relative" {
			send := s.span(s.first, s.end).End
			for _, q := range qs {
				// A quotation that goes on in lower case resumes the one
				// before past a longer phrase of time or place ("said
				// during a rally in Kenansville, N.C., “but ...”).
				if q.span.Start <= cue.End || q.span.Start >= send {
					continue
				}
				gap := wordCount(d, doc.Span{Start: cue.End, End: q.span.Start})
				if !claimed(q.span, c) && wordCount(d, q.span) >= 2 && !titleLike(d, q.span) &&
					(gap <= 4 || gap <= 12 && resumes(d, q.span)) && !verbBetween(s, cue.End, q.span.Start) {
					c.content = c.content.Union(q.span)
				}
			}
		}
		// “...,” she said. “...”: the quotation goes on after the cue's
		// sentence.
		if (c.content.End <= cue.Start || c.content.Contains(cue)) && c.sent+1 < len(sents) {
			next := sents[c.sent+1]
			ns := next.span(next.first, next.end)
			// Only when the rest of the cue's sentence is just the
			// speaker ("she said."), not a clause of its own.
			rest := wordCount(d, doc.Span{Start: cue.End, End: s.span(s.first, s.end).End})
			// A participle clause after the speaker tells what the
			// speaker was doing, whatever verbs it holds (“...,” he
			// said, popping a can as he sat down. “...”), unless it
			// says something of its own (", adding that ...").
			e := s.end
			for k := c.cue[1]; k+1 < s.end; k++ {
				if s.tok(k).Text == "," && s.tok(k+1).XPOS == "VBG" && lexLemma(s.tok(k+1)) == "" {
					e = k
					break
				}
			}
			if next.paragraphID == s.paragraphID && rest <= 40 && !finiteOutsideRelative(s, c.cue[1], e) {
				for _, q := range qs {
					if q.span.Start == ns.Start && !claimed(q.span, c) {
						c.content = c.content.Union(q.span)
						break
					}
				}
			}
		}
		// "X said that Y. “...”": a quotation that makes up the next
		// sentence, right after an indirect content that ends the cue's
		// sentence, and names no speaker of its own goes on with what X
		// said.
		if send := s.span(s.first, s.end).End; c.content.Start >= cue.End && c.content.End <= send && c.sent+1 < len(sents) &&
			!hasWord(d.Slice(doc.Span{Start: c.content.End, End: send})) && reportedClause(s, c, cands, sents, qs) {
			next := sents[c.sent+1]
			if next.end > next.first && next.paragraphID-s.paragraphID <= 1 {
				ns := next.span(next.first, next.end)
				for _, q := range qs {
					if q.span.Start == ns.Start && q.span.End <= ns.End && wordCount(d, q.span) >= 3 && !hasWord(d.Slice(doc.Span{Start: q.span.End, End: ns.End})) && !claimed(q.span, c) {
						c.content = c.content.Union(q.span)
						break
					}
				}
			}
		}
		c.content = quoteParagraphs(d, sents, cands, c, cue, qs)
		out = append(out, c)
	}
	return out
}

// resumes reports whether quotation q begins with a lower-case word, as
// the second half of an interrupted one does.
func resumes(d *doc.Doc, q doc.Span) bool {
	for _, r := range d.Slice(q) {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// reportedClause reports whether c's content, after its cue, is a clause
// (a finite verb outside quotation marks) that holds no other cue outside
// quotation marks ("... because “...,” she said" is hers).
func reportedClause(s *sentence, c *cand, cands []*cand, sents []*sentence, qs []quote) bool {
	a, b := c.contentTok[0], c.contentTok[1]
	if a >= b || a < s.first || b > s.end {
		return false
	}
	finite := false
	for k := a; k < b; k++ {
		if _, quoted := holding(qs, s.tok(k).Span); !quoted && finiteVerb(s.tok(k)) {
			finite = true
		}
	}
	if !finite {
		return false
	}
	for _, o := range cands {
		if o == c || o.sent != c.sent {
			continue
		}
		cs := sents[o.sent].span(o.cue[0], o.cue[1])
		if _, quoted := holding(qs, cs); !quoted && c.content.Contains(cs) {
			return false
		}
	}
	return true
}

// quoteParagraphs carries a direct quotation on over the paragraphs that
// follow its speaker's, news style: “...,” she said.¶“...”¶“...” — each
// paragraph that opens with a quotation mark, holds nothing but quoted
// words and names no speaker of its own goes on with the same speaker.
// It returns the widened content.
func quoteParagraphs(d *doc.Doc, sents []*sentence, cands []*cand, c *cand, cue doc.Span, qs []quote) doc.Span {
	content := c.content
	if r := []rune(d.Slice(content)); len(r) == 0 || !isQuoteRune(r[0]) {
		return content
	}
	// The cue's paragraph must end with the quotation or the speaker.
	k := c.sent
	for k+1 < len(sents) && sents[k+1].paragraphID == sents[c.sent].paragraphID {
		k++
	}
	pend := sents[k].span(sents[k].first, sents[k].end).End
	if from := max(content.End, cue.End); from < pend && wordCount(d, doc.Span{Start: from, End: pend}) > 12 {
		return content
	}
	for k+1 < len(sents) {
		first := k + 1
		if sents[first].end == sents[first].first || !isQuoteTok(sents[first].tok(sents[first].first)) {
			break
		}
		last := first
		for last+1 < len(sents) && sents[last+1].paragraphID == sents[first].paragraphID {
			last++
		}
		para := doc.Span{Start: sents[first].tok(sents[first].first).Span.Start, End: sents[last].tok(sents[last].end - 1).Span.End}
		// Only quoted words: the text outside quotations is punctuation.
		outside := para
		for _, q := range qs {
			if q.span.Start >= para.Start && q.span.End <= para.End {
				outside.Start = max(outside.Start, q.span.End)
			}
		}
		if wordCount(d, doc.Span{Start: outside.Start, End: para.End}) > 0 || outside.Start == para.Start {
			break
		}
		// No speaker of its own.
		own := false
		for _, o := range cands {
			if oc := sents[o.sent].span(o.cue[0], o.cue[1]); o != c && para.Contains(oc) {
				if _, inside := holding(qs, oc); !inside {
					own = true
				}
			}
		}
		if own {
			break
		}
		content = content.Union(para)
		k = last
	}
	return content
}

// quoteBefore finds a quotation that ends just before cue token i, with at
// most the speaker and punctuation in between (“...,” she said; “...,”
// said Smith; “...?” Smith asked. as a sentence of its own).
func quoteBefore(s *sentence, i int, sents []*sentence, qs []quote) (doc.Span, bool) {
	d := s.d
	// A cue in a relative clause describes the speaker ("said Roe, who
	// has advised the senator"): the quotation is not its content.
	if k := auxBack(s, i-1); k >= s.first && relativeWord(s.tok(k)) && (s.tok(k).XPOS == "WP" || s.tok(k).XPOS == "WDT") {
		return doc.Span{}, false
	}
	// Between the quotation and the cue: the speaker, perhaps with a long
	// description ("Jane Roe, a lawyer for one of the states suing the
	// agency, said"), but no finite verb.
	j := i - 1
	finite := false // a finite verb seen, not (yet) known to be in a relative clause
	for j >= s.first && i-j <= 30 {
		t := s.tok(j)
		if isQuoteTok(t) {
			break
		}
		if finiteVerb(t) && t.UPOS != "AUX" && !(j+1 < i && (s.tok(j+1).UPOS == "PROPN" || s.tok(j+1).UPOS == "NOUN")) {
			finite = true
		}
		// "Firefighters had contained a blaze …, he added": a verb
		// group with a finite auxiliary is a clause too.
		if t.UPOS == "VERB" && (t.XPOS == "VBN" || t.XPOS == "VBG") && finiteAuxBefore(s, j) {
			finite = true
		}
		// So is an imperative opening the sentence ("Tell them the
		// truth, he said").
		if t.XPOS == "VB" && j == s.first {
			finite = true
		}
		// "Jane Roe, who served as chief of staff, told": the verbs of
		// a relative clause describe the speaker.
		if relativeWord(t) && j > s.first && s.tok(j-1).Text == "," {
			finite = false
		}
		if lower(t) == "that" {
			return doc.Span{}, false
		}
		// "“...”, but he would not say whether ...", "“...,” while an
		// aide said ...": a conjunction after the quotation opens a
		// clause of its own ("“...,” as he put it" does not).
		if (t.UPOS == "CCONJ" || t.UPOS == "SCONJ" && lower(t) != "as") && j > s.first && (s.tok(j-1).Text == "," || isQuoteTok(s.tok(j-1))) {
			return doc.Span{}, false
		}
		j--
	}
	if finite {
		return doc.Span{}, false
	}
	var end int
	switch {
	case j >= s.first && isQuoteTok(s.tok(j)):
		// “...” Then he said that ...: a speaker between the quotation
		// and a cue that has a clause or object of its own.
		// Nor is it the content of a participle right after it that
		// has content of its own (“...,” claiming that ...).
		if (j < i-1 || s.tok(i).XPOS == "VBG") && contentFollows(s, i) {
			return doc.Span{}, false
		}
		// A quotation someone is reported to have said ends with
		// punctuation, inside or after it (“...,” he said; “...”, he
		// said); a phrase in quotation marks inside the writer's own
		// sentence, with the speaker right after it, does not (a force
		// ready “on the day” it was ordered).
		if j-1 > s.first && !isPunct(s.tok(j-1)) && s.words(j+1, i) == i-j-1 {
			return doc.Span{}, false
		}
		end = s.tok(j).Span.End
	case j < s.first && s.idx > 0:
		// “...” He said that ...: the quotation closing the sentence
		// before belongs to this cue only when the cue's own sentence
		// says nothing after it (“...” He said. / She added Tuesday.),
		// nor around it ("To prevent that, he said, officials must
		// act.": the cue is set in a clause of its own sentence).
		// Nor when a clause comes before the speaker ("It is unclear
		// whether the authors saw the records they describe.").
		if contentFollows(s, i) || finiteOutsideRelative(s, cueExtent(s, i)[1], s.end) || finiteOutsideRelative(s, s.first, auxBack(s, i-1)) || verbAfter(s, cueExtent(s, i)[1]) {
			return doc.Span{}, false
		}
		p := sents[s.idx-1]
		if p.end == p.first || p.paragraphID != s.paragraphID {
			return doc.Span{}, false
		}
		end = p.tok(p.end - 1).Span.End
	default:
		return doc.Span{}, false
	}
	for _, q := range qs {
		if q.span.End == end && wordCount(d, q.span) >= 2 && !titleLike(d, q.span) {
			return quoteLead(s, q.span), true
		}
	}
	return doc.Span{}, false
}

// quoteLead widens a quotation that ends a sentence's first words into the
// whole of them: in `The plan "is a mistake," she said` the writer's
// words run on into the quotation, and what she said is the clause. Only
// when the words before the quotation lead straight into it (no
// punctuation between) and report no saying of their own.
func quoteLead(s *sentence, q doc.Span) doc.Span {
	k := -1
	for j := s.first; j < s.end; j++ {
		if s.tok(j).Span.Start == q.Start {
			k = j
			break
		}
	}
	if k <= s.first || isPunct(s.tok(k-1)) {
		return q
	}
	a := s.first
	for a < k && isPunct(s.tok(a)) {
		a++
	}
	nouns := false
	for j := a; j < k; j++ {
		t := s.tok(j)
		if isQuoteTok(t) || cueLemma(t) != "" {
			return q
		}
		if t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "PRON" {
			nouns = true
		}
	}
	if !nouns || a >= k {
		return q
	}
	return doc.Span{Start: s.tok(a).Span.Start, End: q.End}
}

// contentFollows reports whether what comes after cue token i (and its
// particle) can be a content of its own: a clause, an object, a
// quotation, "that" or an infinitive, rather than punctuation, an adverb,
// a prepositional phrase or a date ("he said on Tuesday.").
func contentFollows(s *sentence, i int) bool {
	e := cueExtent(s, i)[1]
	// The hearer of a verb of telling is no content ("he told Fox 35 in
	// Orlando").
	if e < s.end && cueVerbs[cueLemma(s.tok(i))].frame&fAddressee != 0 {
		e = addresseeAfter(s, e)
	} else if e < s.end && cueLemma(s.tok(i)) == "ask" {
		// “...?” she asked the minister.: whom a question was put to,
		// when nothing else follows; "asked the question" is content.
		if k := addresseeAfter(s, e); k > e && s.words(k, s.end) == 0 {
			e = k
		}
	}
	// A bare day ("said Friday as he entered the talks") tells when.
	if e < s.end && bareTime(s.tok(e)) {
		e++
	}
	if e >= s.end {
		return false
	}
	t := s.tok(e)
	if isQuoteTok(t) {
		// Unless the quotation marks a title the hearer goes by
		// ("told ABC's “Good Morning America”").
		for k := e + 1; k < s.end; k++ {
			if isQuoteTok(s.tok(k)) {
				return !titleLike(s.d, doc.Span{Start: t.Span.Start, End: s.tok(k).Span.End})
			}
		}
		return true
	}
	if lower(t) == "that" || t.XPOS == "TO" {
		return true
	}
	// "brags about his prowess": the preposition of a verb that takes
	// its content through one.
	if l := cueLemma(s.tok(i)); t.UPOS == "ADP" && cueVerbs[l].frame&fPrep != 0 && takesPrep(l, lower(t)) {
		if np := npAfter(s, e+1); np[0] < np[1] && !circumstance(s, np) {
			return true
		}
	}
	if isPunct(t) || t.UPOS == "ADP" || t.UPOS == "ADV" || t.UPOS == "SCONJ" || t.UPOS == "CCONJ" {
		return false
	}
	b := e
	for b < s.end && !isPunct(s.tok(b)) {
		b++
	}
	return !temporalNP(s, [2]int{e, b})
}

// quoteAfter finds a quotation that opens just after the cue group ending
// at token e: after a colon or comma, or after a short phrase without a
// verb ("said in a statement: “...”").
func quoteAfter(s *sentence, e int, sents []*sentence, qs []quote, runOn bool) (doc.Span, bool) {
	d := s.d
	j := e
	for j < s.end && j-e <= 8 {
		t := s.tok(j)
		if isQuoteTok(t) {
			break
		}
		if isVerbTag(t) || lower(t) == "that" || t.Text == ";" {
			return doc.Span{}, false
		}
		j++
	}
	if j >= s.end || !isQuoteTok(s.tok(j)) {
		return doc.Span{}, false
	}
	// The phrase before the quotation must end in a colon or comma, or be
	// empty.
	if j > e {
		if p := s.tok(j - 1).Text; p != ":" && p != "," {
			return doc.Span{}, false
		}
	} else if j+1 < s.end && (s.tok(j+1).UPOS == "ADP" || s.tok(j+1).UPOS == "SCONJ") {
		// Quoted words run straight on from the verb as its adjunct
		// ("would respond “at the right time”"): part of the writer's
		// clause, not what was said.
		return doc.Span{}, false
	}
	start := s.tok(j).Span.Start
	for _, q := range qs {
		if q.span.Start == start && wordCount(d, q.span) >= 2 && !titleLike(d, q.span) {
			if j == e && runOn {
				return quoteRunsOn(s, q.span), true
			}
			if j == e {
				return quotedObjectGoesOn(s, q.span), true
			}
			return q.span, true
		}
	}
	return doc.Span{}, false
}

// quotedObjectGoesOn extends a quoted object of a verb such as "cite" or
// "report" over the phrases that modify it ("reported “2,521 shooting
// incidents” in the city between January 1 and September 18"): a
// preposition other than one of time or circumstance, and its noun
// phrase, up to a comma, a semicolon or the end of the sentence.
func quotedObjectGoesOn(s *sentence, q doc.Span) doc.Span {
	if r := []rune(s.d.Slice(q)); len(r) >= 2 && (r[len(r)-2] == ',' || r[len(r)-2] == '.') {
		return q
	}
	k := s.first
	for k < s.end && s.tok(k).Span.Start < q.End {
		k++
	}
	if k >= s.end || s.tok(k).UPOS != "ADP" || adjunctMarks[lower(s.tok(k))] {
		return q
	}
	if np := npAfter(s, k+1); np[0] == np[1] || circumstance(s, np) {
		return q
	}
	b := k
	for b < s.end && s.tok(b).Text != ";" && s.tok(b).Text != "," && !isQuoteTok(s.tok(b)) {
		b++
	}
	if _, bb := trimContent(s, k, b); bb > k {
		q.End = s.tok(bb - 1).Span.End
	}
	return q
}

// quoteRunsOn widens a quotation that follows a verb of saying straight
// on (said “it gets me mad” every time ...) over the words of the clause
// after it: quoted words inside a reported clause, not a quotation on its
// own. A conjunction or a verb after the quotation starts something else,
// and a preposition an adjunct of the saying ("yelled “You lie!” at the
// president"). Verbs that take an object (runOn false in quoteAfter)
// quote just the object ("denounced “self-deportation”").
func quoteRunsOn(s *sentence, q doc.Span) doc.Span {
	// A comma inside the closing mark (“...,”) ends the quoted clause:
	// a speaker or an aside follows.
	if r := []rune(s.d.Slice(q)); len(r) >= 2 && (r[len(r)-2] == ',' || r[len(r)-2] == '\'' && len(r) >= 3 && r[len(r)-3] == ',') {
		return q
	}
	k := s.first
	for k < s.end && s.tok(k).Span.Start < q.End {
		k++
	}
	if k >= s.end {
		return q
	}
	// But a conjunction and a noun phrase with a verb after it make the
	// quotation part of a subject (said “budget reforms” and new taxes
	// would pay for it).
	if t := s.tok(k); isPunct(t) || isQuoteTok(t) || t.UPOS == "CCONJ" && !subjectThenVerb(s, k+1, s.end) || t.UPOS == "ADP" || isVerbTag(t) || t.UPOS == "AUX" {
		return q
	}
	b := k
	for b < s.end && s.tok(b).Text != ";" && !(s.tok(b).Text == "," && b+1 < s.end && (s.tok(b+1).UPOS == "CCONJ" || s.tok(b+1).XPOS == "VBG")) {
		b++
	}
	if _, bb := trimContent(s, k, b); bb > k {
		q.End = s.tok(bb - 1).Span.End
	}
	return q
}

// subjectThenVerb reports whether a noun phrase starts at token a and a
// finite verb (or modal) follows it, before b.
func subjectThenVerb(s *sentence, a, b int) bool {
	j := a
	for j < b && (npTag(s.tok(j)) || lower(s.tok(j)) == "of" && j > a) {
		j++
	}
	return j > a && j < b && finiteVerb(s.tok(j))
}

// titleLike reports whether a quotation is a short title or name in
// quotation marks ("“Fox News Sunday,”", "“The Apprentice”") rather than
// quoted speech: at most five words, each capitalised but for short
// function words.
func titleLike(d *doc.Doc, sp doc.Span) bool {
	if wordCount(d, sp) > 5 {
		return false
	}
	for _, w := range strings.FieldsFunc(d.Slice(sp), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		switch strings.ToLower(w) {
		case "of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "it", "s":
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	return true
}

// verbBetween reports whether a verb lies between two offsets of s.
func verbBetween(s *sentence, a, b int) bool {
	for i := s.first; i < s.end; i++ {
		t := s.tok(i)
		if t.Span.Start >= a && t.Span.End <= b && isVerbTag(t) {
			return true
		}
	}
	return false
}

// finiteOutsideRelative reports whether tokens [a, b) hold a finite verb
// that is not inside a relative clause describing the speaker ("said Jane
// Roe, a lawyer who has worked on the case.").
func finiteOutsideRelative(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		switch lower(s.tok(i)) {
		case "who", "which", "whose":
			return false
		}
		// "when asked about X": a clause with no subject has a
		// participle, whatever the tagger made of it.
		if finiteVerb(s.tok(i)) && !(i > a && s.tok(i).XPOS == "VBD" && elliptical[lower(s.tok(i-1))]) {
			return true
		}
	}
	return false
}

// elliptical are subordinators that take a participle with no subject
// ("when asked", "if elected", "once released").
var elliptical = set(`when if once unless until while after before though although`)

// holding returns the innermost quotation that holds span sp.
func holding(qs []quote, sp doc.Span) (doc.Span, bool) {
	var best doc.Span
	for _, q := range qs {
		if q.span.Start < sp.Start && sp.End <= q.span.End && (best.Empty() || q.span.Len() < best.Len()) {
			best = q.span
		}
	}
	return best, !best.Empty()
}

// trimEnd moves the end of sp back over closing quotation marks,
// punctuation that ends a clause, and spaces.
func trimEnd(d *doc.Doc, sp doc.Span) int {
	r := []rune(d.Slice(sp))
	e := len(r)
	for e > 0 && (isQuoteRune(r[e-1]) || unicode.IsSpace(r[e-1]) || strings.ContainsRune(",;:", r[e-1])) {
		e--
	}
	return sp.Start + e
}

// verbAfter reports whether a verb other than a participle in -ing comes
// right after token k and a comma: "The strike, the ministry said, hit a
// command post" goes on with the clause the cue interrupts, whatever the
// tagger made of "hit".
func verbAfter(s *sentence, k int) bool {
	if k >= s.end || s.tok(k).Text != "," {
		return false
	}
	if k++; k >= s.end {
		return false
	}
	t := s.tok(k)
	return (t.UPOS == "VERB" || t.UPOS == "AUX") && t.XPOS != "VBG"
}
