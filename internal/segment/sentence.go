package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence boundaries are decided on the token sequence with a handful of
// rules rather than a trained model: the cues that matter in edited news
// (terminal punctuation, closing quotes, abbreviations, line structure)
// are few and explicit, and a rule can be read and corrected when a
// boundary is wrong.

// starters are words that, capitalised after an abbreviation, show that
// the abbreviation ended its sentence ("...in the U.S. The army..."). A
// capitalised word not listed is taken as a name continuing the sentence
// ("U.S. Army", "J. R. R. Tolkien").
var starters = wordSet(`the a an this that these those he she it they we i you his her its their
our my your there here but and or so yet nor however in on at for from after before when while if
as although though since because meanwhile moreover furthermore according still then now also some
many most all both each no not none what who whom whose why how where which one two three last
earlier later other another such with by to under during despite until unless once thus hence
therefore instead indeed nevertheless nonetheless besides otherwise only even just every any
several few more less much first second finally overall today yesterday tomorrow`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

type splitter struct {
	lex  *lexicon
	text string
	toks []bspan
}

// closes reports whether token k closes what came before it: a closing
// quote or bracket.
func (sp *splitter) closes(k int) bool {
	t := sp.text[sp.toks[k].start:sp.toks[k].end]
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case '”', '»', '›', ')', ']', '}', '’':
		return true
	case '"', '\'':
		// A straight quote closes when it touches the token before it.
		return k > 0 && sp.toks[k-1].end == sp.toks[k].start
	}
	return false
}

func (sp *splitter) tok(k int) string { return sp.text[sp.toks[k].start:sp.toks[k].end] }

// breaks returns, for each token, whether a sentence starts there.
func (sp *splitter) breaks() []bool {
	n := len(sp.toks)
	start := make([]bool, n)
	if n == 0 {
		return start
	}
	start[0] = true
	wrapped := isWrapped(sp.text)
	for k := 1; k < n; k++ {
		gap := sp.text[sp.toks[k-1].end:sp.toks[k].start]
		switch lines := strings.Count(gap, "\n") + strings.Count(gap, "\u2029")*2; {
		case lines >= 2:
			start[k] = true
		case lines == 1 && sp.lineBreak(k, wrapped):
			start[k] = true
		}
	}
	for k := 0; k < n; k++ {
		end, ok := sp.ends(k)
		if !ok {
			continue
		}
		// Closing quotes and brackets after the terminal belong to the
		// sentence it ends.
		m := k + 1
		for m < n && sp.closes(m) && !start[m] {
			m++
		}
		if m < n && end(m) {
			start[m] = true
		}
		k = m - 1
	}
	return start
}

// ends reports whether token k can end a sentence and, if so, returns the
// test that the token at m (after any closers) starts the next one.
func (sp *splitter) ends(k int) (func(m int) bool, bool) {
	t := sp.tok(k)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !isTerminal(last) && last != '…' {
		return nil, false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if isTerminal(first) || first == '…' {
		ellipsis := strings.HasPrefix(t, "..") || first == '…'
		return func(m int) bool {
			switch {
			case ellipsis:
				return sp.capitalised(m)
			case m > k+1:
				// After a closing quote a lower-case word or a short
				// attribution continues the sentence: "Why?" he asked.
				// "Why?" Mr. Smith asked. A full stop inside the quote
				// has ended it, news style writing a comma there when
				// the attribution follows: “... change.” She adds, “...”
				return !sp.lowerOrPunct(m) && !(last != '.' && sp.attribution(m))
			}
			// A bare period, "!" or "?" ends the sentence even before a
			// lower-case word; known abbreviations never get here, as
			// they keep their period.
			return !sp.punct(m)
		}, true
	}
	// An abbreviation or initial with its period.
	w := strings.TrimSuffix(t, ".")
	if sp.lex.class(w) == abbrTitle {
		return nil, false
	}
	return func(m int) bool {
		next := sp.tok(m)
		if r, _ := utf8.DecodeRuneInString(next); r == '“' || r == '"' || r == '«' {
			return m+1 < len(sp.toks) && sp.capitalised(m+1)
		}
		return sp.capitalised(m) && starters[strings.ToLower(next)]
	}, true
}

// capitalised reports whether token m, or the word after up to two
// opening quotes or brackets, starts with a capital letter or a digit.
func (sp *splitter) capitalised(m int) bool {
	for range 3 {
		r, _ := utf8.DecodeRuneInString(sp.tok(m))
		if r != '“' && r != '"' && r != '‘' && r != '«' && r != '(' {
			return unicode.IsUpper(r) || unicode.IsDigit(r)
		}
		if m++; m >= len(sp.toks) {
			return false
		}
	}
	return false
}

// lowerOrPunct reports whether token m continues a sentence after a
// period: a lower-case word or punctuation such as a comma.
func (sp *splitter) lowerOrPunct(m int) bool {
	r, _ := utf8.DecodeRuneInString(sp.tok(m))
	return sp.punct(m) || unicode.IsLower(r)
}

// punct reports whether token m is punctuation that cannot start a
// sentence.
func (sp *splitter) punct(m int) bool {
	r, _ := utf8.DecodeRuneInString(sp.tok(m))
	return strings.ContainsRune(",;:)]}%.!?…", r)
}

// lineBreak decides whether a single line break before token k ends a
// sentence. In text written as lines (the usual case: one paragraph per
// line) it always does. In hard-wrapped prose it does only where the line
// before is short and the next line starts with a capital or a list
// marker: a heading, a signature, the last line of a paragraph.
func (sp *splitter) lineBreak(k int, wrapped bool) bool {
	if !wrapped {
		return true
	}
	nl := strings.LastIndexByte(sp.text[:sp.toks[k].start], '\n')
	prevStart := strings.LastIndexByte(sp.text[:nl], '\n') + 1
	prev := strings.TrimSpace(sp.text[prevStart:nl])
	r, _ := utf8.DecodeRuneInString(sp.tok(k))
	if strings.ContainsRune("-*•–—#>", r) || unicode.IsDigit(r) {
		return true
	}
	return unicode.IsUpper(r) && utf8.RuneCountInString(prev) < 40
}

// isWrapped reports whether text looks like prose broken into lines of
// similar length (e-mail, plain-text wire copy), where a line break is
// not a sentence break. The sign is many lines ending mid-sentence: the
// next line starts in lower case or the line ends with a comma.
func isWrapped(text string) bool {
	if strings.Count(text, "\n") < 3 {
		return false
	}
	lines := strings.Split(text, "\n")
	var joined, considered int
	for i := 0; i+1 < len(lines); i++ {
		cur, nxt := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if cur == "" || nxt == "" {
			continue
		}
		considered++
		last, _ := utf8.DecodeLastRuneInString(cur)
		first, _ := utf8.DecodeRuneInString(nxt)
		if unicode.IsLower(first) || last == ',' || (unicode.IsLetter(last) && unicode.IsLetter(first) && !unicode.IsUpper(first)) {
			joined++
		}
	}
	return considered >= 2 && joined*10 >= considered*3
}

// speechVerbs are the verbs of a short attribution after a quotation.
var speechVerbs = wordSet(`said says asked asks added adds told wrote writes replied replies
shouted shouts continued continues insisted insists explained explains argued argues warned warns
recalled recalls noted notes declared declares stated states answered answers tweeted tweets
posted posts cried cries whispered whispers concluded concludes admitted admits claimed claims
demanded demands`)

// attribution reports whether tokens from m on are a short attribution
// closing a quotation: up to four tokens of a name or title, a speech
// verb, then the end of the sentence or a comma ("Mr. Smith asked.",
// "the minister said, adding ...").
func (sp *splitter) attribution(m int) bool {
	q := sp.toks[m-1]
	if r, _ := utf8.DecodeRuneInString(sp.text[q.start:q.end]); r != '”' && r != '"' && r != '’' && r != '\'' && r != '»' {
		return false
	}
	for k := m; k < len(sp.toks) && k <= m+4; k++ {
		w := sp.tok(k)
		if speechVerbs[strings.ToLower(w)] {
			if k == m || k+1 >= len(sp.toks) {
				return k > m
			}
			next := sp.tok(k + 1)
			return next == "." || next == "," || next == ";"
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			return false
		}
	}
	return false
}
