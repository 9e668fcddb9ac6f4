package link

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/geo"
)

// Features is what the linker compares two claims by. Keys are normalised
// strings: "c:SY" for a state (ISO 3166-1 alpha-2), "n:aleppo" for any other
// named entity.
type Features struct {
	Polarity   int8      `json:"pol"`           // +1 positive, -1 negative
	Numbers    []float64 `json:"num,omitempty"` // sorted, distinct; the event quantity, or numbers in the text
	Entities   []string  `json:"ent,omitempty"` // sorted, distinct entity keys mentioned in the claim
	Types      []string  `json:"typ,omitempty"` // PLOVER event types stated in the claim
	Actors     []string  `json:"act,omitempty"` // entity keys of event actors
	Recipients []string  `json:"rcp,omitempty"` // entity keys of event recipients
	Places     []string  `json:"plc,omitempty"` // entity keys of event locations
	Times      []string  `json:"tim,omitempty"` // ISO dates of the events
	Terms      []uint32  `json:"trm,omitempty"` // sorted hashes of stemmed content words
	Agents     []Agent   `json:"agt,omitempty"` // states, groups and organisations the claim names
	Sites      []Agent   `json:"sit,omitempty"` // places (towns, regions) the claim names
	Persons    []Agent   `json:"per,omitempty"` // people the claim names   // states, groups and organisations the claim names
	Names      []string  `json:"nam,omitempty"`
	Lead       string    `json:"lead,omitempty"`  // a name in Names that may only be a capitalised first word   // sorted runs of capitalised words, lower-cased
	Words      int       `json:"words,omitempty"` // normalised words in the claim
}

// Agent is a state, group or organisation a claim names: who can act. Forms
// are the lower-cased ways the claim and the entity name it ("burkinabe",
// "burkina faso"), to recognise it in another claim's text.
type Agent struct {
	Key   string   `json:"key"`
	Forms []string `json:"forms"`
}

// stopwords are function words and reporting words: they say nothing about
// which event a claim is about.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or but as that this these those
		it its is are was were be been being has have had do does did will would could should may might can
		not no than then there their they them he she his her we our you your i me my which who whom whose what
		when where while after before since about into over under between against during up down out off also
		some any all each more most other such only very just so said says say reported reports report told
		according according wrote added claimed stated announced officials official sources source people`) {
		m[w] = true
	}
	return m
}()

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "dozen": 12, "hundred": 100}

// words splits text into lower-case words; digits keep their thousands
// separators removed ("13,600" -> "13600") so that a number reads the same
// however it is printed.
func words(text string) []string {
	var out []string
	var b strings.Builder
	rs := []rune(text)
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == ',' || r == '.') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			if r == '.' {
				b.WriteRune('.')
			}
		case r == '\'' || r == '’':
			// "ministry's" -> "ministry": drop the possessive.
			flush()
			if i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 == len(rs) || !unicode.IsLetter(rs[i+2])) {
				rs[i+1] = ' '
			}
		default:
			flush()
		}
	}
	flush()
	return out
}

// stem strips the commonest English inflections. A light stripper is
// enough here: both sides of a comparison go through it, and matching needs
// "shelled"/"shelling"/"shells" to meet, not a linguistically correct stem.
// It avoids a dependency for a dozen lines.
func stem(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			w = w[:len(w)-len(suf)]
			if suf == "ied" || suf == "ies" {
				w += "y"
			}
			// "shelled" -> "shell", "stopped" -> "stop".
			if n := len(w); (suf == "ed" || suf == "ing") && n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
				w = w[:n-1]
			}
			return w
		}
	}
	return w
}

func hash32(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func hash64(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// entityKey is how an entity is compared across documents: a state by its
// ISO code, anything else by its normalised name.
func entityKey(e *doc.Entity) string {
	if e == nil {
		return ""
	}
	if e.Type == doc.EntityCountry && e.Country != "" {
		return "c:" + strings.ToUpper(e.Country)
	}
	return "n:" + normName(e.Name)
}

// normName lower-cases a name and drops a leading article and punctuation.
func normName(s string) string {
	w := words(s)
	if len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

func addKey(list []string, k string) []string {
	if k == "" || k == "n:" || slices.Contains(list, k) {
		return list
	}
	return append(list, k)
}

// features computes what the linker compares for claim c of d, whose text
// is taken from span (the claim's own span, or its sentence when the claim
// is a fragment).
func features(d *doc.Doc, c *doc.Claim, span doc.Span, attrs map[string]*doc.Attribution) Features {
	var f Features
	f.Polarity = 1
	if c.Polarity == doc.Negative {
		f.Polarity = -1
	}
	if a := attrs[c.Attribution]; a != nil && a.Cue.Type == doc.CueDenial {
		f.Polarity = -1
	}
	text := contentOf(d.Slice(span))
	ws := words(text)
	f.Words = len(ws)
	var terms []uint32
	for i, w := range ws {
		if stopwords[w] {
			continue
		}
		if v, err := strconv.ParseFloat(w, 64); err == nil {
			// Days of the month and years say when, not how many.
			nearMonth := (i > 0 && months[ws[i-1]]) || (i+1 < len(ws) && months[ws[i+1]])
			if !nearMonth && !(v >= 1900 && v <= 2100 && !strings.Contains(w, ".")) {
				f.Numbers = append(f.Numbers, v)
			}
			continue
		}
		if v, ok := numberWords[w]; ok {
			f.Numbers = append(f.Numbers, v)
			continue
		}
		if months[w] {
			continue
		}
		terms = append(terms, hash32(stem(w)))
	}
	slices.Sort(terms)
	f.Terms = slices.Compact(terms)
	f.Names = names(text)
	// A capitalised first word may be a name or just the start of the
	// sentence ("Anger over ..."); unless the entity layer found a name
	// there it does not count as a shared name, though it still counts as
	// a name the other claim may lack.
	if len(ws) > 0 && slices.Contains(f.Names, "n:"+ws[0]) {
		named := false
		for i := range d.Entities {
			for _, m := range d.Entities[i].Mentions {
				if m.Span.Start == span.Start {
					named = true
				}
			}
		}
		if !named {
			f.Lead = "n:" + ws[0]
		}
	}
	// Names the gazetteer knows as towns or regions are places even when
	// the entity layer missed or mistyped them.
	for _, n := range f.Names {
		name := strings.TrimPrefix(n, "n:")
		if _, ok := geo.PlaceOf(name); ok {
			if _, isCountry := geo.ByName(name); !isCountry && !slices.ContainsFunc(f.Sites, func(a Agent) bool { return a.Key == n }) {
				f.Sites = append(f.Sites, Agent{Key: n, Forms: []string{name}})
			}
		}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type == doc.EntityOutlet {
			continue
		}
		var forms []string
		for _, m := range e.Mentions {
			if span.Contains(m.Span) {
				f.Entities = addKey(f.Entities, entityKey(e))
				forms = addKey(forms, strings.ToLower(d.Slice(m.Span)))
			}
		}
		if len(forms) > 0 {
			forms = addKey(forms, strings.ToLower(e.Name))
			switch e.Type {
			case doc.EntityCountry, doc.EntityGroup, doc.EntityOrganization:
				f.Agents = append(f.Agents, Agent{Key: entityKey(e), Forms: forms})
			case doc.EntityPlace:
				f.Sites = append(f.Sites, Agent{Key: entityKey(e), Forms: forms})
			case doc.EntityPerson:
				f.Persons = append(f.Persons, Agent{Key: entityKey(e), Forms: forms})
			}
		}
	}
	var evNums []float64
	for i := range d.Events {
		v := &d.Events[i]
		if v.Claim != c.ID {
			continue
		}
		f.Types = addKey(f.Types, v.Type)
		f.Actors = addKey(f.Actors, entityKey(d.EntityByID(v.Actor)))
		f.Recipients = addKey(f.Recipients, entityKey(d.EntityByID(v.Recipient)))
		f.Places = addKey(f.Places, entityKey(d.EntityByID(v.Location)))
		if v.Time != nil && v.Time.Value != "" {
			f.Times = addKey(f.Times, v.Time.Value)
		}
		if v.Quantity != nil {
			evNums = append(evNums, v.Quantity.Value)
		}
	}
	// The event's quantity is what the claim counts; other numbers in the
	// text (ages, distances) would only cause false disagreements.
	if len(evNums) > 0 {
		f.Numbers = evNums
	}
	slices.Sort(f.Numbers)
	f.Numbers = slices.Compact(f.Numbers)
	for _, l := range [][]string{f.Entities, f.Names, f.Types, f.Actors, f.Recipients, f.Places, f.Times} {
		slices.Sort(l)
	}
	return f
}

var reportTail = map[string]bool{"said": true, "says": true, "reported": true, "told": true, "wrote": true, "added": true, "claimed": true}

// contentOf drops a trailing attribution that the analysis left inside a
// claim ("..., and 27 people died, Tariq Moreno, the regional health
// director, said"): the speaker's name and title say nothing about the
// event and would make unrelated claims from one source look alike. The
// tail is the part after the earliest comma from which a short run without
// digits leads to the reporting verb.
func contentOf(text string) string {
	t := strings.TrimRight(text, " .")
	last := t[strings.LastIndexAny(t, " ,")+1:]
	if !reportTail[strings.ToLower(last)] {
		return text
	}
	cut := -1
	for i := len(t) - 1; i >= 0; i-- {
		if t[i] != ',' {
			continue
		}
		tail := t[i+1:]
		if strings.ContainsAny(tail, "0123456789") || len(strings.Fields(tail)) > 12 {
			break
		}
		cut = i
	}
	if cut <= 0 {
		return text
	}
	return t[:cut]
}

// names finds the proper names of a text by their capital letters: runs of
// capitalised words ("United Salvation Army", "Kirkuk"), joined by "of" or
// "the" inside a run, without a leading article. It is the linker's own
// view of who and where, used when the entity layer is missing or has
// missed a name, so that claims can still be compared by the names they
// share.
func names(text string) []string {
	var out []string
	var run []string
	flush := func() {
		for len(run) > 0 && stopwords[strings.ToLower(run[len(run)-1])] {
			run = run[:len(run)-1]
		}
		for len(run) > 0 && stopwords[strings.ToLower(run[0])] {
			run = run[1:]
		}
		// A day or month name says when, not who or where.
		if len(run) == 1 && (months[strings.ToLower(run[0])] || weekdays[strings.ToLower(run[0])]) {
			run = run[:0]
		}
		if len(run) > 0 {
			out = addKey(out, "n:"+strings.ToLower(strings.Join(run, " ")))
		}
		run = run[:0]
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’')
	}) {
		r := []rune(w)
		switch {
		case unicode.IsUpper(r[0]):
			run = append(run, w)
		case len(run) > 0 && (w == "of" || w == "the" || w == "de" || w == "al"):
			run = append(run, w)
		default:
			flush()
		}
	}
	flush()
	return out
}

// ---- MinHash ----

// sigSize is the MinHash signature length; bands*rows = sigSize. With 20
// bands of 3 rows two claims whose word-trigram Jaccard similarity is 0.5
// share a band with probability 0.93, at 0.3 with probability 0.42 (and
// those are then checked), at 0.1 with probability 0.02.
const (
	sigSize = 60
	bands   = 20
	rows    = 3
)

// shingles are the hashed word trigrams of a claim (unigrams when it is
// shorter than three words). Stopwords are kept: a reprint shares them, a
// paraphrase does not.
func shingles(text string) []uint64 {
	ws := words(text)
	if len(ws) == 0 {
		return nil
	}
	n := 3
	if len(ws) < n {
		n = len(ws)
	}
	out := make([]uint64, 0, len(ws)-n+1)
	for i := 0; i+n <= len(ws); i++ {
		out = append(out, hash64(ws[i:i+n]...))
	}
	return out
}

// seeds for the sigSize hash functions, fixed so that signatures stored by
// one run compare with those of another.
var seeds = func() [sigSize]uint64 {
	var s [sigSize]uint64
	x := uint64(0x2545f4914f6cdd1d)
	for i := range s {
		x = splitmix(x + uint64(i)*0x9e3779b97f4a7c15)
		s[i] = x
	}
	return s
}()

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// minhash computes the signature of a set of shingles. It is written here
// rather than taken from a library because it is twenty lines and the
// signature must stay stable across versions for stored indexes.
func minhash(sh []uint64) []uint32 {
	sig := make([]uint32, sigSize)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	for _, x := range sh {
		for i := range sig {
			if v := uint32(splitmix(x^seeds[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// containment estimates how much of the smaller of two shingle sets (of
// sizes na and nb) lies in the other, from their estimated Jaccard
// similarity j: |A∩B| = j(|A|+|B|)/(1+j). A claim reprinted without the
// original's trailing ", officials said" is contained in it though their
// Jaccard similarity is lower.
func containment(j float64, na, nb int) float64 {
	if na <= 0 || nb <= 0 {
		return 0
	}
	inter := j / (1 + j) * float64(na+nb)
	return min(1, inter/float64(min(na, nb)))
}

// similarity estimates the Jaccard similarity of two shingle sets from their
// signatures.
func similarity(a, b []uint32) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

func bandKeys(sig []uint32) []uint64 {
	keys := make([]uint64, 0, bands)
	buf := make([]byte, 4*rows+1)
	for b := 0; b < bands; b++ {
		buf[0] = byte(b)
		for r := 0; r < rows; r++ {
			binary.LittleEndian.PutUint32(buf[1+4*r:], sig[b*rows+r])
		}
		h := fnv.New64a()
		h.Write([]byte("band"))
		h.Write(buf)
		keys = append(keys, h.Sum64())
	}
	return keys
}

// blockKeys are the index keys under which a claim is found again: its LSH
// bands, its event frames (type and place, type and actor), and pairs of the
// entities it names, alone or with its number.
func blockKeys(sig []uint32, f *Features) []uint64 {
	keys := bandKeys(sig)
	for _, t := range f.Types {
		for _, p := range f.Places {
			keys = append(keys, hash64("frame-place", t, p))
		}
		for _, a := range f.Actors {
			keys = append(keys, hash64("frame-actor", t, a))
		}
	}
	ents := f.Entities
	if len(ents) < 2 {
		ents = f.Names
	}
	if len(ents) > 5 {
		ents = ents[:5]
	}
	// A specific number (ten or more) with each content word finds
	// paraphrases that share neither wording nor names, such as a claim the
	// analysis cut short ("At least 27 civilians died after government
	// forces").
	for _, n := range f.Numbers {
		if n < 10 {
			continue
		}
		num := strconv.FormatFloat(n, 'g', -1, 64)
		for i, t := range f.Terms {
			if i == 16 {
				break
			}
			keys = append(keys, hash64("number-term", num, strconv.FormatUint(uint64(t), 36)))
		}
	}
	for i := range ents {
		for j := i + 1; j < len(ents); j++ {
			keys = append(keys, hash64("pair", ents[i], ents[j]))
		}
		for _, n := range f.Numbers {
			keys = append(keys, hash64("entity-number", ents[i], strconv.FormatFloat(n, 'g', -1, 64)))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// ---- comparisons ----

func overlap(a, b []string) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

func termJaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, same := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			same++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(same) / float64(len(a)+len(b)-same)
}

// conflict reports whether two lists both say something and share nothing.
func conflict(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && overlap(a, b) == 0
}

func numbersConflict(a, b []float64) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// timesConflict reports whether the events' dates are more than slack apart.
func timesConflict(a, b []string, slack time.Duration) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		tx, ok := parseDate(x)
		if !ok {
			return false
		}
		for _, y := range b {
			ty, ok := parseDate(y)
			if !ok {
				return false
			}
			if d := tx.Sub(ty); d <= slack && d >= -slack {
				return false
			}
		}
	}
	return true
}

// parseDate reads the date forms Hearsay stores: RFC 3339 time stamps and
// ISO dates of day, month or year precision.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
