package relation

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Competing figures: two sources that give the same count or amount
// different values contradict each other ("The health ministry said 1,240
// people had been killed" against "Medics put the figure at more than
// 2,000"). Two readings tie two figures to one measure:
//
//   - both are the counts of events of one type, with the same unit and
//     no actor, recipient, place or time that tells the events apart;
//   - the later takes the earlier up: a source "put the figure (the toll,
//     the number, it) at N", within figureWindow sentences of the
//     earlier figure, of the same unit where both give one.
//
// The figures differ when the ranges their wording allows do not meet:
// "more than 2,000" and "1,240"; "around 40 million euros" and "120
// million euros"; not "at least 10" and "12". Only figures of one
// document are compared: across articles a count changes as events go
// on, and what is compared there is events (Compare).

// figureWindow is how many sentences back a figure taken up again may be.
const figureWindow = 3

// figure is one number in the text with what it counts and the range its
// wording allows.
type figure struct {
	span   doc.Span // the number with its bound and unit
	num    doc.Span // the number alone
	lo, hi float64
	unit   string // normalised: "%", "euro", "people" ...; "" when none
}

// figureRe reads a number with the words around it that bound it, scale
// it and say what it counts. Written as one expression over the text
// rather than over tokens: the tokeniser splits "€40m" and "49%"
// differently by context, and the expression reads all of them alike.
var figureRe = regexp.MustCompile(`(?i)(?:\b(more than|over|at least|upwards of|no fewer than|no less than|fewer than|less than|up to|at most|under|no more than|about|around|some|roughly|approximately|nearly|almost|close to|an estimated|as many as)\s+)?([$€£])?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|thousand|bn|m|k)\b)?(?:\s*(%|percent\b|per cent\b|[a-z]+\b))?`)

// takenUpRe finds a figure taken up again: "put the figure at", "puts it
// at", "placed the death toll at", "estimated the number at".
var takenUpRe = regexp.MustCompile(`(?i)\b(?:put|puts|putting|placed|places|placing|set|sets|estimated|estimates|estimating)\s+(?:(?:the|that|this|its|their)\s+)?(?:[a-z-]+\s+)?(?:figure|toll|number|total|tally|count|estimate|it|them)\s+(?:even\s+|much\s+|far\s+)?at\s+`)

// unitStops are words after a number that say nothing of what it counts.
var unitStops = set(`a an the and or but of in on at to for from by with as since until than
	that this which who were was is are had have has be been said says per each every across
	over under after before during among against into out up down people's
	figure toll number total tally count estimate`)

var scaleOf = map[string]float64{"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}

var currencyOf = map[string]string{"$": "dollar", "€": "euro", "£": "pound"}

// months guard dates: "March 3", "3 March" are no figures.
var months = set(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// figuresIn reads the figures in span sp of d.
func figuresIn(d *doc.Doc, sp doc.Span) []figure {
	if sp.Empty() || sp.End > d.Len() {
		return nil
	}
	text := d.Slice(sp)
	var out []figure
	for _, m := range figureRe.FindAllStringSubmatchIndex(text, -1) {
		bound := group(text, m, 1)
		numText := strings.ReplaceAll(group(text, m, 3), ",", "")
		v, err := strconv.ParseFloat(numText, 64)
		if err != nil {
			continue
		}
		scale := strings.ToLower(group(text, m, 4))
		unit := strings.ToLower(group(text, m, 5))
		before := strings.Fields(strings.ToLower(text[:m[0]]))
		prev := ""
		if len(before) > 0 {
			prev = strings.Trim(before[len(before)-1], ",.;:")
		}
		// Dates, years and times are no counts.
		// (No look-behind in the expression: a number inside a word,
		// "F-16", "COVID19", is none.)
		if c := m[6]; c > 0 && (isWordByte(text[c-1]) || text[c-1] == '-' || text[c-1] == '.' || text[c-1] == ',') {
			continue
		}
		clock := m[7] < len(text) && (text[m[7]] == ':' || text[m[7]] == '.' && m[7]+1 < len(text) && text[m[7]+1] >= '0' && text[m[7]+1] <= '9') ||
			m[6] > 0 && text[m[6]-1] == ':'
		if months[prev] || months[unit] || unit == "am" || unit == "pm" || clock {
			continue
		}
		if scale == "" && !strings.Contains(group(text, m, 3), ",") && v >= 1900 && v <= 2100 && v == math.Trunc(v) {
			continue
		}
		if f := scaleOf[scale]; f > 0 {
			v *= f
		}
		switch {
		case currencyOf[group(text, m, 2)] != "":
			unit = currencyOf[group(text, m, 2)]
		case unit == "%" || unit == "percent" || unit == "per cent":
			unit = "%"
		case unitStops[unit]:
			unit = ""
		default:
			unit = singular(unit)
		}
		f := figure{
			span: doc.Span{Start: sp.Start + runeCount(text[:m[0]]), End: sp.Start + runeCount(text[:m[1]])},
			num:  doc.Span{Start: sp.Start + runeCount(text[:m[6]]), End: sp.Start + runeCount(text[:m[7]])},
			unit: unit,
		}
		switch strings.ToLower(bound) {
		case "more than", "over", "at least", "upwards of", "no fewer than", "no less than":
			f.lo, f.hi = v, math.Inf(1)
		case "fewer than", "less than", "up to", "at most", "under", "no more than", "as many as":
			f.lo, f.hi = 0, v
		case "":
			f.lo, f.hi = v, v
		default: // about, around, nearly ...
			f.lo, f.hi = 0.85*v, 1.15*v
		}
		out = append(out, f)
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func group(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

func runeCount(s string) int { return len([]rune(s)) }

// singular folds a unit's plural: "euros" and "euro", "deaths" and
// "death"; "people" stays.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// disjoint reports whether the ranges of a and b do not meet.
func disjoint(a, b figure) bool {
	return a.hi < b.lo || b.hi < a.lo
}

// unitsFit reports whether a and b, the figure that takes a up, may
// count the same thing: the same unit, or none given with b ("put the
// figure at more than 2,000").
func unitsFit(a, b figure) bool {
	return a.unit == b.unit || b.unit == ""
}

// competition is a pair of claims whose figures compete: the earlier
// claim, the later, and the words by which the later takes the earlier
// figure up (nil when they count events).
type competition struct {
	from, to string
	evidence *doc.Span
}

// competingFigures returns every pair of claims of different sources
// whose figures compete (see the top of this file), in text order of the
// later claim.
func competingFigures(d *doc.Doc) []competition {
	type claimFigs struct {
		c    *doc.Claim
		src  string
		sent int
		figs []figure
	}
	var cs []claimFigs
	for i := range d.Claims {
		c := &d.Claims[i]
		if figs := figuresIn(d, c.Span); len(figs) > 0 {
			cs = append(cs, claimFigs{c, sourceKey(d, c.Attribution), sentenceOf(d, c.Span.Start), figs})
		}
	}
	// The events each figure counts.
	counted := map[doc.Span]*doc.Event{}
	for i := range d.Events {
		if q := d.Events[i].Quantity; q != nil {
			counted[q.Span] = &d.Events[i]
		}
	}
	var out []competition
	done := map[[2]string]bool{}
	for j := range cs {
		b := cs[j]
		// (The words that take a figure up are often the cue, outside
		// the claim: "Tolou put [the figure at 120 million euros]".)
		sent := doc.Span{Start: 0, End: d.Len()} // (a document not segmented)
		if b.sent >= 0 {
			sent = d.Sentences[b.sent].Span
		}
		text := d.Slice(sent)
		var takes []doc.Span // in code points of d
		for _, t := range takenUpRe.FindAllStringIndex(text, -1) {
			takes = append(takes, doc.Span{Start: sent.Start + runeCount(text[:t[0]]), End: sent.Start + runeCount(text[:t[1]])})
		}
		for i := range cs {
			a := cs[i]
			if a.c.Span.Start >= b.c.Span.Start || a.src == b.src || a.c.Span.Contains(b.c.Span) || b.c.Span.Contains(a.c.Span) || done[[2]string{a.c.ID, b.c.ID}] {
				continue
			}
			var evidence *doc.Span
			found := false
			for _, fb := range b.figs {
				for _, fa := range a.figs {
					if !disjoint(fa, fb) {
						continue
					}
					if b.sent-a.sent > figureWindow {
						continue
					}
					if ea, eb := counted[fa.num], counted[fb.num]; ea != nil && eb != nil && fa.unit == fb.unit && fa.unit != "" && sameCount(d, ea, eb) {
						found = true
					} else if unitsFit(fa, fb) {
						// The words that take the figure up end right
						// before it.
						for _, t := range takes {
							if t.End == fb.span.Start {
								ev := doc.Span{Start: t.Start, End: fb.span.End}
								evidence, found = &ev, true
							}
						}
					}
					if found {
						break
					}
				}
				if found {
					break
				}
			}
			if found {
				done[[2]string{a.c.ID, b.c.ID}] = true
				out = append(out, competition{a.c.ID, b.c.ID, evidence})
			}
		}
	}
	return out
}

// sameCount reports whether two counted events are told as the same:
// one type, and each role, the place and the time either given for
// both and the same, or given for neither. A count for one town and a
// count with no town may well be of different things.
func sameCount(d *doc.Doc, a, b *doc.Event) bool {
	if a.Type != b.Type {
		return false
	}
	same := func(x, y string) bool {
		return x == "" && y == "" || x != "" && y != "" && EntityKey(d, x) == EntityKey(d, y)
	}
	when := func(e *doc.Event) string {
		if e.Time == nil {
			return ""
		}
		return e.Time.Value
	}
	return same(a.Actor, b.Actor) && same(a.Recipient, b.Recipient) && same(a.Location, b.Location) && when(a) == when(b)
}
