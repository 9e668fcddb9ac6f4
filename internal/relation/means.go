package relation

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
)

//go:embed means.txt
var meansList string

// meansForms maps each surface form (singular and plural, lower case) of a
// means noun to its lemma.
func meansForms(list string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(list, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out[line] = line
		out[plural(line)] = line
	}
	return out
}

// plural forms the regular English plural of the last word of a phrase;
// the list holds the few where it is the same ("aircraft").
func plural(s string) string {
	switch {
	case strings.HasSuffix(s, "aircraft"):
		return s
	case strings.HasSuffix(s, "gunman"):
		return strings.TrimSuffix(s, "man") + "men"
	case strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ey"):
		return strings.TrimSuffix(s, "y") + "ies"
	case strings.HasSuffix(s, "s") || strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch"):
		return s + "es"
	}
	return s + "s"
}

// meansMention is one mention of a means noun.
type meansMention struct {
	span     doc.Span
	lemma    string
	definite bool
	owner    string // entity ID the text ties it to ("Syrian", "of X", "from X"), "" when none
	referent int    // chain number: mentions with the same number are taken to be the same things
}

type word struct {
	lower string
	span  doc.Span
}

// words splits d's text into words (letters joined by - ' ’), numbers
// (digits joined by . ,) and single other characters, skipping ASCII
// white space: the regular expression
//
//	\p{L}+(?:[-'’]\p{L}+)*|\d+(?:[.,]\d+)*|[^\s\p{L}\d]
//
// scanned by hand, because run with regexp over every document it was
// most of this stage's time. Code-point offsets are counted as it goes.
func words(d *doc.Doc) []word {
	text := d.Text
	out := make([]word, 0, len(text)/5)
	runes := 0 // code points before i
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isASCIISpace(r) {
			i += size
			runes++
			continue
		}
		start, startRunes := i, runes
		i += size
		runes++
		switch {
		case unicode.IsLetter(r):
			i, runes = scanJoined(text, i, runes, unicode.IsLetter, isWordJoiner)
		case isDigit(r):
			i, runes = scanJoined(text, i, runes, isDigit, isNumberJoiner)
		}
		out = append(out, word{strings.ToLower(text[start:i]), doc.Span{Start: startRunes, End: runes}})
	}
	return out
}

// scanJoined extends a run of in-class runes from i: more of them, and
// any joiner followed by at least one more of them.
func scanJoined(text string, i, runes int, in, joiner func(rune) bool) (int, int) {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if in(r) {
			i += size
			runes++
			continue
		}
		if !joiner(r) {
			break
		}
		r2, size2 := utf8.DecodeRuneInString(text[i+size:])
		if !in(r2) {
			break
		}
		i += size + size2
		runes += 2
	}
	return i, runes
}

// isASCIISpace is regexp's \s.
func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// isDigit is regexp's \d.
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isWordJoiner(r rune) bool   { return r == '-' || r == '\'' || r == '’' }
func isNumberJoiner(r rune) bool { return r == '.' || r == ',' }

var determinersDefinite = map[string]bool{"the": true, "these": true, "those": true, "this": true, "that": true, "such": true}

// findMeans lists the means mentions of d in text order and chains them:
// an indefinite mention starts a new referent, a definite one continues
// the last referent with the same lemma. This works on words, not on
// the syntax layer, so it does not depend on the parser having run.
func findMeans(d *doc.Doc, forms map[string]string, ments []mentionSpan) []meansMention {
	ws := words(d)
	var out []meansMention
	last := map[string]int{}
	chainOwner := map[int]string{} // owner named in the mention that started a chain
	next := 1
	for i := 0; i < len(ws); i++ {
		lemma, n := "", 0
		// two-word phrases first ("armoured vehicles")
		if i+1 < len(ws) {
			if l, ok := forms[ws[i].lower+" "+ws[i+1].lower]; ok {
				lemma, n = l, 2
			}
		}
		if lemma == "" {
			if l, ok := forms[ws[i].lower]; ok {
				lemma, n = l, 1
			}
		}
		if lemma == "" {
			continue
		}
		head := ws[i+n-1]
		m := meansMention{span: doc.Span{Start: ws[i].span.Start, End: head.span.End}, lemma: lemma}
		// Walk left over numbers, adjectives and names to the determiner.
		j := i - 1
		for ; j >= 0 && j >= i-4; j-- {
			w := ws[j].lower
			if determinersDefinite[w] {
				m.definite = true
				break
			}
			if e := entityAt(ments, ws[j].span); e != "" {
				if m.owner == "" {
					m.owner = e
				}
				continue
			}
			if isNumber(w) || w == "former" || w == "military" || w == "armed" || w == "numerous" || w == "several" {
				continue
			}
			break
		}
		// "tanks of the former Iraqi government army"
		k := i + n
		if m.owner == "" && k < len(ws) && ws[k].lower == "of" {
			for q := k + 1; q < len(ws) && q <= k+6 && !isStop(ws[q].lower); q++ {
				if e := entityAt(ments, ws[q].span); e != "" {
					m.owner = e
					break
				}
			}
		}
		// The owner so far is part of the phrase itself ("the Ukrainian
		// troops"); one found after a verb ("the troops came from X") is
		// something said about them.
		named := m.owner
		// "the tanks came from Iraq"
		if m.owner == "" {
			for q := k; q < len(ws) && q <= k+4 && !isStop(ws[q].lower); q++ {
				if ws[q].lower == "from" && q+1 < len(ws) {
					for r := q + 1; r < len(ws) && r <= q+3 && !isStop(ws[r].lower); r++ {
						if e := entityAt(ments, ws[r].span); e != "" {
							m.owner = e
							break
						}
					}
					break
				}
			}
		}
		r, ok := last[lemma]
		if ok && m.definite && !(named != "" && chainOwner[r] != "" && named != chainOwner[r]) {
			// "the tanks" continues the last chain, unless its own
			// words name another owner: "the Ukrainian troops" after
			// "Russian troops" are other troops.
			m.referent = r
		} else {
			m.referent = next
			last[lemma] = next
			chainOwner[next] = named
			next++
		}
		out = append(out, m)
		i += n - 1
	}
	return out
}

func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= '0' && r <= '9' || w == "dozens" || w == "hundreds" || w == "thousands"
}

func isStop(w string) bool {
	switch w {
	case ".", ",", ";", ":", "!", "?", "—", "–", "(", ")", "that", "which", "who", "and", "but", "rather":
		return true
	}
	return false
}

// mentionSpan is an entity mention, for lookups by span.
type mentionSpan struct {
	span   doc.Span
	entity string
	typ    string // entity type
}

// entityAt is the entity of the shortest mention overlapping s that can
// own means: a state, group or organisation, not a town or region
// ("troops from Chechnya" may still be Russian troops).
func entityAt(ms []mentionSpan, s doc.Span) string {
	best, bl := "", 0
	for _, m := range ms {
		if m.typ == doc.EntityPlace || m.typ == doc.EntityOutlet {
			continue
		}
		if m.span.Overlaps(s) && (best == "" || m.span.Len() < bl) {
			best, bl = m.entity, m.span.Len()
		}
	}
	return best
}
