// Package timex finds temporal expressions in a doc.Doc and normalises them
// against the document's publication date (Doc.Published).
//
// In: a Doc's Text and Published ("2021-09-09", "2021-09", "2021" or "")
// and a span of the text to search. Out: []Expr, each with its evidence
// Span (code points, end exclusive), the matched text and a Value:
//
// against Published "2021-03-11":
//
//	"on March 3"       → "March 3"      2021-03-03 (03-03 without a reference)
//	"since early June" → "early June"   2020-06    (06 without a reference)
//	"in 2019"          → "2019"         2019
//	"last week"        → "last week"    2021-03    (the month of its Thursday; "" without a reference)
//	"on Monday", "yesterday", "two days ago" → a day; "" without a reference
//
// Values are ISO 8601 dates, months or years; without a reference
// date a month-day is "MM-DD" and a month "MM", and relative expressions
// are "" (unknown), as the contract's gold files give them.
//
// Finding is done here over word tokens rather than with
// go-dateparser's Search: Search merges neighbouring expressions ("in 2019,
// on Sept" became one date), takes the modal "may" for the month, and
// misses "on Monday" and "last week" inside running text. The relative
// phrases found ("yesterday", "Monday", "three days ago") are then
// normalised here too, by calendar arithmetic (relative): go-dateparser's
// Parse gave the same dates, but linking it cost every process ~95 MB and
// hundreds of milliseconds of start-up to compile its locale data.
package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Expr is one temporal expression.
type Expr struct {
	Span  doc.Span // code points into Doc.Text, end exclusive
	Text  string   // the text under Span
	Value string   // ISO 8601 (or partial "MM-DD"/"MM" without a reference); "" when unknown
}

// Find returns the temporal expressions inside span of d, in text order,
// normalised against d.Published. A span outside the text yields nil.
func Find(d *doc.Doc, span doc.Span) []Expr {
	return find(d, span, false)
}

// FindPast is Find for what is known to lie in the past, such as the
// date of a verb in the past tense ("said in December" in a November
// article is last December): a date without a year is never put after
// the publication date.
func FindPast(d *doc.Doc, span doc.Span) []Expr {
	return find(d, span, true)
}

func find(d *doc.Doc, span doc.Span, past bool) []Expr {
	if d == nil || span.Start < 0 || span.End > d.Len() || span.Empty() {
		return nil
	}
	out := findText(d.Slice(span), d.Published, past)
	for i := range out {
		out[i].Span.Start += span.Start
		out[i].Span.End += span.Start
	}
	return out
}

// FindText is Find over a plain string; spans count code points of text.
func FindText(text, ref string) []Expr {
	return findText(text, ref, false)
}

func findText(text, ref string, past bool) []Expr {
	refT, refOK := parseRef(ref)
	toks := tokenize(text)
	var out []Expr
	for i := 0; i < len(toks); {
		m, ok := match(toks, i)
		if !ok {
			i++
			continue
		}
		bs, be := toks[i].start, toks[i+m.n-1].end
		e := Expr{Text: text[bs:be]}
		e.Span = doc.Span{Start: utf8.RuneCountInString(text[:bs]), End: utf8.RuneCountInString(text[:be])}
		m.past = m.past || past
		e.Value = m.value(refT, refOK)
		out = append(out, e)
		i += m.n
	}
	return out
}

// Normalize returns the value of a single temporal expression such as
// "early June" or "last week" against ref; "" when it is not one.
func Normalize(phrase, ref string) string {
	for _, e := range FindText(phrase, ref) {
		return e.Value
	}
	return ""
}

// ---- reference date ----

func parseRef(ref string) (time.Time, bool) {
	ref = strings.TrimSpace(ref)
	// A full timestamp counts by its date part.
	if len(ref) > 10 && ref[10] == 'T' {
		ref = ref[:10]
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, ref); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// ---- tokens ----

type tok struct {
	text       string
	lower      string
	start, end int // byte offsets
}

var tokRe = regexp.MustCompile(`\p{L}+|\d+(?:st|nd|rd|th)?|[^\s\p{L}\d]`)

func tokenize(s string) []tok {
	var out []tok
	for _, loc := range tokRe.FindAllStringIndex(s, -1) {
		t := s[loc[0]:loc[1]]
		out = append(out, tok{text: t, lower: strings.ToLower(t), start: loc[0], end: loc[1]})
	}
	return out
}

// ---- vocabulary (general English) ----

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

var partOf = map[string]string{"early": "early", "mid": "mid", "late": "late"}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0}

var units = map[string]string{"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
	"months": "month", "year": "year", "years": "year", "weekend": "weekend"}

// Prepositions that make a bare year or an ambiguous month ("May",
// "March") temporal.
var temporalPrep = map[string]bool{"in": true, "on": true, "since": true, "by": true, "until": true, "till": true,
	"before": true, "after": true, "from": true, "during": true, "of": true, "through": true, "early": true,
	"late": true, "mid": true, "last": true, "next": true, "this": true, "between": true, "and": true, "to": true}

// ---- grammar ----

type kind int

const (
	kDate     kind = iota // month (+ day) (+ year), or year
	kRelative             // normalised by relative against the reference
	kPartUnit             // "last week", "next month", ...
)

type matchResult struct {
	n                int // tokens consumed
	kind             kind
	year, month, day int
	part             string // early/mid/late
	phrase           string // for kRelative: what relative reads
	past             bool   // "since ...": the date lies before the reference
	unit             string // for kPartUnit
	dir              int    // -1 last, 0 this, +1 next
}

func isCap(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func dayNum(t tok) (int, bool) {
	s := strings.TrimRight(t.lower, "stndrh")
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 || len(s) > 2 {
		return 0, false
	}
	return n, true
}

func yearNum(t tok) (int, bool) {
	if len(t.text) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	if err != nil || n < 1800 || n > 2199 {
		return 0, false
	}
	return n, true
}

// monthAt reads a month name at i (with an optional abbreviation dot) and
// returns the month and the tokens used. Month names must be capitalised;
// "May" and "March" are also verbs and need a day, a year or a temporal
// word beside them.
func monthAt(toks []tok, i int) (int, int) {
	if i >= len(toks) || !isCap(toks[i]) {
		return 0, 0
	}
	m, ok := months[toks[i].lower]
	if !ok {
		return 0, 0
	}
	n := 1
	if len(toks[i].lower) <= 4 && toks[i].lower != "may" && toks[i].lower != "june" && toks[i].lower != "july" {
		// an abbreviation: take its dot
		if i+1 < len(toks) && toks[i+1].text == "." && toks[i+1].start == toks[i].end {
			n = 2
		}
	}
	return m, n
}

func prevLower(toks []tok, i int) string {
	if i > 0 {
		return toks[i-1].lower
	}
	return ""
}

func match(toks []tok, i int) (matchResult, bool) {
	r, ok := match1(toks, i)
	if ok && prevLower(toks, i) == "since" {
		r.past = true
	}
	return r, ok
}

func match1(toks []tok, i int) (matchResult, bool) {
	t := toks[i]
	// ISO date 2021-09-08
	if y, ok := yearNum(t); ok && i+4 < len(toks) && toks[i+1].text == "-" && toks[i+3].text == "-" {
		if m, err := strconv.Atoi(toks[i+2].text); err == nil && m >= 1 && m <= 12 && len(toks[i+2].text) == 2 {
			if d, ok := dayNum(toks[i+4]); ok && len(toks[i+4].text) == 2 {
				return matchResult{n: 5, kind: kDate, year: y, month: m, day: d}, true
			}
		}
	}
	// early/mid/late + month or year: "late May", "mid-2019", "early October"
	if p, ok := partOf[t.lower]; ok {
		j := i + 1
		if j < len(toks) && toks[j].text == "-" {
			j++
		}
		if m, n := monthAt(toks, j); m > 0 {
			r := monthTail(toks, j+n, matchResult{kind: kDate, month: m, part: p})
			r.n += j + n - i
			r.day = 0 // "late May 8" is not a thing; keep month granularity
			return r, true
		}
		if j < len(toks) {
			if y, ok := yearNum(toks[j]); ok {
				return matchResult{n: j + 1 - i, kind: kDate, year: y, part: p}, true
			}
		}
	}
	// month [day][,] [year]
	if m, n := monthAt(toks, i); m > 0 {
		r := monthTail(toks, i+n, matchResult{kind: kDate, month: m})
		if (m == 5 || m == 3) && toks[i].lower != "mar" && r.n == 0 && !temporalPrep[prevLower(toks, i)] {
			return matchResult{}, false
		}
		r.n += n
		return r, true
	}
	// day month [year]: "8 September 2021", "8th of September"
	if d, ok := dayNum(t); ok {
		j := i + 1
		if j < len(toks) && toks[j].lower == "of" {
			j++
		}
		if m, n := monthAt(toks, j); m > 0 {
			r := matchResult{kind: kDate, month: m, day: d, n: j + n - i}
			if k := j + n; k < len(toks) {
				if y, ok := yearNum(toks[k]); ok {
					r.year = y
					r.n++
				}
			}
			return r, true
		}
	}
	// bare year after a temporal preposition: "in 2019"
	if y, ok := yearNum(t); ok && temporalPrep[prevLower(toks, i)] {
		if i+1 < len(toks) && toks[i+1].text == "s" { // "the 1990s"
			return matchResult{}, false
		}
		return matchResult{n: 1, kind: kDate, year: y}, true
	}
	// yesterday / today / tomorrow / tonight / this morning
	switch t.lower {
	case "yesterday", "today", "tomorrow":
		return matchResult{n: 1, kind: kRelative, phrase: t.lower, unit: "day"}, true
	case "tonight":
		return matchResult{n: 1, kind: kRelative, phrase: "today", unit: "day"}, true
	case "this":
		if i+1 < len(toks) {
			switch toks[i+1].lower {
			case "morning", "afternoon", "evening":
				return matchResult{n: 2, kind: kRelative, phrase: "today", unit: "day"}, true
			}
		}
	}
	// weekday, possibly "last Monday" handled below
	if _, ok := weekdays[t.lower]; ok && isCap(t) {
		// "as early as Sunday", "as soon as Monday": a day ahead.
		if i >= 3 && toks[i-1].lower == "as" && (toks[i-2].lower == "early" || toks[i-2].lower == "soon") && toks[i-3].lower == "as" {
			return matchResult{n: 1, kind: kRelative, phrase: "ahead " + t.lower, unit: "day"}, true
		}
		return matchResult{n: 1, kind: kRelative, phrase: t.lower, unit: "day"}, true
	}
	// last/next/this/past + unit|weekday|month
	if dir, ok := map[string]int{"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[t.lower]; ok && i+1 < len(toks) {
		u := toks[i+1]
		if unit, ok := units[u.lower]; ok && (u.lower == unit || unit == "weekend") {
			return matchResult{n: 2, kind: kPartUnit, unit: unit, dir: dir}, true
		}
		if _, ok := weekdays[u.lower]; ok && isCap(u) {
			return matchResult{n: 2, kind: kRelative, phrase: t.lower + " " + u.lower, unit: "day"}, true
		}
		if m, n := monthAt(toks, i+1); m > 0 {
			return matchResult{n: 1 + n, kind: kPartUnit, unit: "namedmonth", month: m, dir: dir}, true
		}
	}
	// N units ago
	if i+2 < len(toks) && toks[i+2].lower == "ago" {
		if unit, ok := units[toks[i+1].lower]; ok && unit != "weekend" {
			n, err := strconv.Atoi(t.text)
			if err != nil {
				n, ok = numberWords[t.lower]
				if !ok {
					return matchResult{}, false
				}
			}
			phrase := ""
			if n > 0 {
				phrase = strconv.Itoa(n) + " " + unit + "s ago"
			}
			return matchResult{n: 3, kind: kRelative, phrase: phrase, unit: unit}, true
		}
	}
	return matchResult{}, false
}

// monthTail reads an optional day and year after a month name.
func monthTail(toks []tok, j int, r matchResult) matchResult {
	k := j
	if k < len(toks) {
		if d, ok := dayNum(toks[k]); ok && !(k+1 < len(toks) && units[toks[k+1].lower] != "") {
			r.day = d
			k++
		}
	}
	// optional comma before the year
	kk := k
	if kk < len(toks) && toks[kk].text == "," {
		kk++
	}
	if kk < len(toks) {
		if y, ok := yearNum(toks[kk]); ok {
			r.year = y
			k = kk + 1
		}
	}
	r.n = k - j
	return r
}

// ---- values ----

func (m matchResult) value(ref time.Time, refOK bool) string {
	switch m.kind {
	case kDate:
		switch {
		case m.month == 0:
			return pad(m.year, 4)
		case m.year == 0 && !refOK:
			if m.day > 0 {
				return pad(m.month, 2) + "-" + pad(m.day, 2)
			}
			return pad(m.month, 2)
		}
		y := m.year
		if y == 0 {
			y = nearestYear(ref, m.month, m.day, m.past)
		}
		if m.day > 0 {
			return pad(y, 4) + "-" + pad(m.month, 2) + "-" + pad(m.day, 2)
		}
		return pad(y, 4) + "-" + pad(m.month, 2)
	case kRelative:
		if !refOK || m.phrase == "" {
			return ""
		}
		t, ok := relative(m.phrase, ref)
		if !ok {
			return ""
		}
		return granular(t, m.unit)
	case kPartUnit:
		if !refOK {
			return ""
		}
		if m.unit == "namedmonth" {
			y := ref.Year()
			switch {
			case m.dir < 0 && m.month >= int(ref.Month()):
				y--
			case m.dir > 0 && m.month <= int(ref.Month()):
				y++
			}
			return pad(y, 4) + "-" + pad(m.month, 2)
		}
		var t time.Time
		switch m.unit {
		case "day":
			t = ref.AddDate(0, 0, m.dir)
		case "week", "weekend":
			t = ref.AddDate(0, 0, 7*m.dir)
		case "month":
			t = time.Date(ref.Year(), ref.Month()+time.Month(m.dir), 1, 0, 0, 0, 0, time.UTC)
		case "year":
			t = ref.AddDate(m.dir, 0, 0)
		}
		return granular(t, m.unit)
	}
	return ""
}

// granular is t at the granularity of unit. A week is given as the
// month its Thursday falls in (a weekend as its Saturday's): the
// analysis contract has days and months, not ISO weeks, and a week
// belongs to the month that holds most of it.
func granular(t time.Time, unit string) string {
	switch unit {
	case "week":
		thu := t.AddDate(0, 0, int(time.Thursday)-(int(t.Weekday())+6)%7-1)
		return thu.Format("2006-01")
	case "weekend":
		sat := t.AddDate(0, 0, int(time.Saturday)-int(t.Weekday()))
		return sat.Format("2006-01")
	case "month":
		return t.Format("2006-01")
	case "year":
		return t.Format("2006")
	}
	return t.Format("2006-01-02")
}

// nearestYear picks the year for a date written without one: the year
// before, of or after the reference that puts the date nearest to it,
// where a day ahead counts three times as much as a day back, because news
// mostly reports what has happened ("March 3" in a March 5 article; "in
// June" in a March article is last June), while still letting an
// announced date in a December article ("the vote on January 15") fall
// in the next year. After "since" (past) the date is never ahead.
func nearestYear(ref time.Time, month, day int, past bool) int {
	if day == 0 {
		day = 15
	}
	best, bestCost := ref.Year(), 1e18
	for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		d := t.Sub(ref).Hours() / 24
		cost := -d
		if d > 0 {
			if past {
				continue
			}
			cost = d * 3
		}
		if cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// relative resolves the relative phrases match builds against ref:
// "today", "yesterday", "tomorrow", a weekday ("monday": the latest one
// on or before ref, as news reports the past and calls the day it is
// published by its weekday, so "said on Tuesday" in a Tuesday report is
// that day), "ahead monday" ("as early as Monday": the first one on or
// after ref) and "N units ago" (unit day, week, month or year; months and
// years keep the day of the month, clamped to the month's length: March
// 31 less a month is February 28).
// "last monday" (or "past", "previous") is the latest one before ref,
// "next monday" (or "coming") the first one after it, as readers of news
// take them ("last Tuesday" in a Friday report is three days before);
// "this monday" is read as the bare weekday. Anything else is unknown,
// and so is a date not after 0001-01-01 (the zero time.Time).
func relative(phrase string, ref time.Time) (time.Time, bool) {
	switch phrase {
	case "today":
		return ref, true
	case "yesterday":
		return ref.AddDate(0, 0, -1), true
	case "tomorrow":
		return ref.AddDate(0, 0, 1), true
	}
	if wd, ok := weekdays[phrase]; ok {
		back := (int(ref.Weekday()) - int(wd) + 7) % 7
		return ref.AddDate(0, 0, -back), true
	}
	if dir, day, ok := strings.Cut(phrase, " "); ok {
		if wd, ok := weekdays[day]; ok {
			switch dir {
			case "last", "past", "previous":
				return ref.AddDate(0, 0, -((int(ref.Weekday())-int(wd)+6)%7 + 1)), true
			case "next", "coming":
				return ref.AddDate(0, 0, (int(wd)-int(ref.Weekday())+6)%7+1), true
			case "this":
				return relative(day, ref)
			}
		}
	}
	if day, ok := strings.CutPrefix(phrase, "ahead "); ok {
		if wd, ok := weekdays[day]; ok {
			return ref.AddDate(0, 0, (int(wd)-int(ref.Weekday())+7)%7), true
		}
	}
	num, rest, ok := strings.Cut(phrase, " ")
	if !ok {
		return time.Time{}, false
	}
	unit, ok := strings.CutSuffix(rest, "s ago")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n < 0 {
		return time.Time{}, false
	}
	// The earliest date is year 1; bounding n first keeps the arithmetic
	// below from overflowing.
	const maxDays = 800_000 // more days than from year 1 to 2199
	var t time.Time
	switch unit {
	case "day":
		if n > maxDays {
			return time.Time{}, false
		}
		t = ref.AddDate(0, 0, -n)
	case "week":
		if n > maxDays/7 {
			return time.Time{}, false
		}
		t = ref.AddDate(0, 0, -7*n)
	case "month":
		if n > maxDays/28 {
			return time.Time{}, false
		}
		t = monthsBack(ref, n)
	case "year":
		if n > maxDays/365 {
			return time.Time{}, false
		}
		t = monthsBack(ref, 12*n)
	default:
		return time.Time{}, false
	}
	if !t.After(time.Time{}) {
		return time.Time{}, false
	}
	return t, true
}

// monthsBack is ref less n months, the day clamped to the month's length
// (time.AddDate would roll March 31 less a month over into March).
func monthsBack(ref time.Time, n int) time.Time {
	first := time.Date(ref.Year(), ref.Month()-time.Month(n), 1, 0, 0, 0, 0, ref.Location())
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(ref.Day(), last), ref.Hour(), ref.Minute(), ref.Second(), ref.Nanosecond(), ref.Location())
}

// ClockTime reports whether w is a time of day written "10:30" or "9:05",
// as live reports stamp their entries.
func ClockTime(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, r := range h + m {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
