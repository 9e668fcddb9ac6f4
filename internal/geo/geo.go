package geo

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/biter777/countries"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:embed geo.json.gz
var tableGz []byte

// Country is a state or territory with an ISO 3166-1 code.
type Country struct {
	A2          string   `json:"a2"`       // ISO 3166-1 alpha-2, "PK"
	A3          string   `json:"a3"`       // ISO 3166-1 alpha-3, "PAK"
	Name        string   `json:"name"`     // common English name, "Pakistan"
	Official    string   `json:"official"` // "Islamic Republic of Pakistan"
	Names       []string `json:"names"`    // other names and abbreviations: "USA", "U.S.", "UK"
	Demonyms    []string `json:"demonyms"` // adjectives: "Pakistani"
	Capitals    []string `json:"capitals"`
	Independent bool     `json:"independent"`
	Area        float64  `json:"area"` // km²
	// Borders are the states it shares a land border with, alpha-2.
	Borders []string `json:"borders,omitempty"`
}

// Place is a city or an administrative subdivision.
type Place struct {
	Name    string `json:"name"`
	Country string `json:"country"` // ISO 3166-1 alpha-2
	// Kind is "capital", "city", or the subdivision type of ISO 3166-2
	// ("province", "state", "autonomous region", ...).
	Kind string `json:"kind"`
}

type table struct {
	Source    string    `json:"source"`
	Countries []Country `json:"countries"`
	Places    []Place   `json:"places"`
	Words     []string  `json:"words"` // names that are English words, never a state's

	words     map[string]bool
	byCode    map[string]int
	byName    map[string]int
	byAbbrev  map[string]int // all-capital abbreviations, matched exactly: "US", "U.S.", "UK"
	byDemonym map[string]int
	byCapital map[string]int
	byPlace   map[string][]int // indexes into Places, best first
	bySkel    map[string][]int // consonant outline → indexes into Places
}

var (
	once    sync.Once
	tab     *table
	loadErr error
)

func load() (*table, error) {
	once.Do(func() {
		tab, loadErr = parse(tableGz)
	})
	return tab, loadErr
}

func get() *table {
	t, err := load()
	if err != nil {
		// The table is embedded at build time; a broken one is a build
		// defect, not an input problem, so every lookup simply fails.
		return &table{}
	}
	return t
}

// Err reports whether the embedded table could be read; lookups on a
// broken table find nothing.
func Err() error {
	_, err := load()
	return err
}

func parse(gz []byte) (*table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("geo: embedded table: %w", err)
	}
	t := &table{}
	if err := json.NewDecoder(zr).Decode(t); err != nil {
		return nil, fmt.Errorf("geo: embedded table: %w", err)
	}
	t.words = map[string]bool{}
	for _, w := range t.Words {
		t.words[w] = true
	}
	t.byCode = map[string]int{}
	t.byName = map[string]int{}
	t.byAbbrev = map[string]int{}
	t.byDemonym = map[string]int{}
	t.byCapital = map[string]int{}
	t.byPlace = map[string][]int{}
	for i, c := range t.Countries {
		t.byCode[c.A2] = i
		t.byCode[c.A3] = i
		for _, n := range append([]string{c.Name, c.Official}, c.Names...) {
			// "AS" (American Samoa) must not match the word "As".
			if isAbbrev(n) {
				t.byAbbrev[n] = i
				continue
			}
			t.byName[Key(n)] = i
		}
	}
	// Demonyms and capitals can be shared ("Congolese"); the independent,
	// then the larger, state wins, as the one news text more often means.
	better := func(i, j int) bool {
		a, b := t.Countries[i], t.Countries[j]
		if a.Independent != b.Independent {
			return a.Independent
		}
		return a.Area > b.Area
	}
	for i, c := range t.Countries {
		for _, d := range c.Demonyms {
			k := Key(d)
			if j, ok := t.byDemonym[k]; !ok || better(i, j) {
				t.byDemonym[k] = i
			}
		}
		for _, p := range c.Capitals {
			k := Key(p)
			if j, ok := t.byCapital[k]; !ok || better(i, j) {
				t.byCapital[k] = i
			}
		}
	}
	// The singular of a one-word plural name stands as its adjective
	// ("a Philippine vessel"), which the demonym lists leave out ("Filipino"
	// only); not where the singular is an English word or names another
	// state.
	for i, c := range t.Countries {
		sing, ok := strings.CutSuffix(c.Name, "s")
		plural := strings.HasSuffix(sing, "e") || strings.HasSuffix(sing, "d") // "Philippines", "Netherlands"; not "Cyprus"
		if !ok || !plural || strings.Contains(c.Name, " ") || len(sing) < 5 || t.words[Key(sing)] {
			continue
		}
		if _, taken := t.byDemonym[Key(sing)]; !taken {
			if _, named := t.byName[Key(sing)]; !named {
				t.byDemonym[Key(sing)] = i
			}
		}
	}
	// Places sharing a name ("Maryland" is a US state and a Liberian
	// county): subdivisions before cities, then the larger country first,
	// as the one news more often means.
	area := map[string]float64{}
	for _, c := range t.Countries {
		area[c.A2] = c.Area
	}
	rank := func(kind string) int {
		if kind == "city" {
			return 1
		}
		return 0
	}
	t.bySkel = map[string][]int{}
	for i, p := range t.Places {
		k := Key(p.Name)
		t.byPlace[k] = append(t.byPlace[k], i)
		if sk := skeleton(p.Name); len(sk) >= 4 {
			t.bySkel[sk] = append(t.bySkel[sk], i)
		}
	}
	for _, ix := range t.byPlace {
		sort.SliceStable(ix, func(a, b int) bool {
			pa, pb := t.Places[ix[a]], t.Places[ix[b]]
			if rank(pa.Kind) != rank(pb.Kind) {
				return rank(pa.Kind) < rank(pb.Kind)
			}
			return area[pa.Country] > area[pb.Country]
		})
	}
	return t, nil
}

// stripMarks hands each caller its own chain: a transform.Chain keeps
// state between calls and is not safe for concurrent use, and Key runs
// in every analysis goroutine.
var stripMarks = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// StripMarks removes the combining marks of s once decomposed ("Badakhshān"
// → "Badakhshan"), as English text mostly writes foreign names; s is
// returned as it is when it is ASCII or cannot be transformed.
func StripMarks(s string) string {
	if ascii(s) {
		return s
	}
	t := stripMarks.Get().(transform.Transformer)
	defer stripMarks.Put(t)
	if out, _, err := transform.String(t, s); err == nil {
		return out
	}
	return s
}

var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Key is the form under which names are looked up: lower case, without
// diacritics, with straight apostrophes, single spaces and no leading
// "the".
func Key(s string) string {
	if !ascii(s) {
		s = apostrophes.Replace(StripMarks(s))
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	return s
}

// isAbbrev reports whether s is written in capitals and dots only.
func isAbbrev(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n > 0
}

func isCode(s string) bool {
	if len(s) != 2 && len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// Country finds a state by its common or official name, an alternate name
// or abbreviation ("USA", "U.S.", "UK", "Britain"), or an upper-case ISO
// 3166-1 alpha-2 or alpha-3 code.
func CountryOf(nameOrCode string) (Country, bool) {
	t := get()
	if isCode(nameOrCode) {
		if i, ok := t.byCode[nameOrCode]; ok {
			return t.Countries[i], true
		}
	}
	return ByName(nameOrCode)
}

// ByName finds a state by name only, never by a bare ISO code: text such as
// "IN" or "IT" is a word far more often than a country. Names the table
// lacks ("Britain", "Holland", "Burma") are looked up in
// github.com/biter777/countries, whose name switch knows many more
// variants; names shorter than four letters are not, as its switch also
// holds codes ("AND" is Andorra there).
func ByName(name string) (Country, bool) {
	t := get()
	if i, ok := t.byAbbrev[strings.TrimSpace(name)]; ok {
		return t.Countries[i], true
	}
	if i, ok := t.byName[Key(name)]; ok {
		return t.Countries[i], true
	}
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	// The fallback knows native names too, some of them English words
	// ("Island" for Iceland), which the table lists to refuse them.
	if _, dem := t.byDemonym[Key(name)]; letters >= 4 && isCap(name) && !dem && !t.words[Key(name)] {
		if c := countries.ByName(name); c != countries.Unknown {
			if i, ok := t.byCode[c.Alpha2()]; ok {
				return t.Countries[i], true
			}
		}
	}
	return Country{}, false
}

func isCap(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// ByDemonym finds the state a nationality adjective belongs to:
// "Pakistani" → Pakistan. Plural nouns for people ("Afghans") are not
// demonyms here.
func ByDemonym(word string) (Country, bool) {
	t := get()
	if i, ok := t.byDemonym[Key(word)]; ok {
		return t.Countries[i], true
	}
	return Country{}, false
}

// IsCountryName reports whether name is a state's name (not its code or
// adjective).
func IsCountryName(name string) bool {
	_, ok := get().byName[Key(name)]
	return ok
}

// ByCapital finds the state whose capital is city: "Islamabad" → Pakistan.
func ByCapital(city string) (Country, bool) {
	t := get()
	if i, ok := t.byCapital[Key(city)]; ok {
		return t.Countries[i], true
	}
	return Country{}, false
}

// PlaceOf finds a city or subdivision. Capitals come first, then
// subdivisions, then other cities; among places of one rank sharing a name,
// the first in the table wins.
func PlaceOf(name string) (Place, bool) {
	t := get()
	if i, ok := t.byCapital[Key(name)]; ok {
		return Place{Name: name, Country: t.Countries[i].A2, Kind: "capital"}, true
	}
	if ix, ok := t.byPlace[Key(name)]; ok {
		return t.Places[ix[0]], true
	}
	return Place{}, false
}

// PlacesOf returns every place called name, best first in the order
// PlaceOf uses; a capital comes first of all.
func PlacesOf(name string) []Place {
	t := get()
	var out []Place
	if i, ok := t.byCapital[Key(name)]; ok {
		out = append(out, Place{Name: name, Country: t.Countries[i].A2, Kind: "capital"})
	}
	for _, i := range t.byPlace[Key(name)] {
		out = append(out, t.Places[i])
	}
	return out
}

// Countries returns every state in the table, ordered by alpha-2 code.
func Countries() []Country {
	return append([]Country(nil), get().Countries...)
}

// Source names the data sources the table was generated from.
func Source() string { return get().Source }

// skeleton is a name's consonant outline: lower case, no diacritics, no
// vowels or the letters h, w, y, no doubled letters. Transliterations of
// one name mostly differ in exactly those ("Panjshir", "Panjshayr").
func skeleton(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range Key(s) {
		if !unicode.IsLetter(r) || strings.ContainsRune("aeiouyhw", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// PlaceLike finds a subdivision or city of one of the given countries
// whose name is a transliteration variant of name (same consonant
// outline, at least four consonants). It answers only when exactly one
// place matches, and is meant for names already known to be names whose
// exact form no gazetteer holds.
func PlaceLike(name string, countries map[string]bool) (Place, bool) {
	sk := skeleton(name)
	if len([]rune(sk)) < 4 || len(countries) == 0 {
		return Place{}, false
	}
	t := get()
	var found []Place
	seen := map[string]bool{}
	for _, i := range t.bySkel[sk] {
		p := t.Places[i]
		if !countries[p.Country] {
			continue
		}
		k := p.Country + "|" + Key(p.Name)
		if !seen[k] {
			seen[k] = true
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return Place{}, false
	}
	return found[0], true
}
