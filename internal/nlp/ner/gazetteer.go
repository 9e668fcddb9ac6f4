package ner

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
	fakedata "github.com/brianvoe/gofakeit/v7/data"
	"github.com/tidwall/cities"

	"github.com/hearsaynews/hearsay/internal/geo"
	"github.com/hearsaynews/hearsay/internal/nlp/perceptron"
	"github.com/hearsaynews/hearsay/internal/outlet"
)

// Gazetteer kinds. Their numbers are part of the model's features.
const (
	gazCountry = iota // country names (ISO 3166 and their common forms)
	gazCapital        // national capitals
	gazCity           // cities of the world
	gazRegion         // states, provinces and other subdivisions
	gazAlias          // a single word that names a country without being its name: "Britain", "Chinese", "UK"
	gazFirst          // common given names
	gazLast           // common family names
	gazOutlet         // news outlets' names and aliases (package outlet)
	numGaz
)

// maxGazTokens is the longest name, in tokens, looked up.
const maxGazTokens = 5

// gazetteer maps the hash of a lower-cased token sequence to a bit set of
// kinds. Hashing the tokens in place, instead of joining them into a key
// string, keeps lookups free of allocation. Every shorter start of a name
// is there too, with bit startsName, so that a lookup that finds nothing
// ends the search for longer names at that token: most tokens then cost
// one lookup instead of maxGazTokens.
type gazetteer struct {
	names map[uint64]uint16
}

// startsName marks a token sequence that begins a longer name.
const startsName = 1 << 15

// gaz is built once, from the maintained geography modules, and only read
// afterwards.
var gaz = sync.OnceValue(buildGazetteer)

func buildGazetteer() *gazetteer {
	g := &gazetteer{names: map[uint64]uint16{}}
	for _, c := range countries.All() {
		addName(g, c.String(), gazCountry)
		if c.Capital().IsValid() {
			addName(g, c.Capital().String(), gazCapital)
		}
	}
	for _, s := range countries.AllSubdivisions() {
		addName(g, s.String(), gazRegion)
	}
	for _, c := range cities.Cities {
		addName(g, c.City, gazCity)
	}
	// gofakeit's person lists are the maintained module of English given
	// and family names at hand; they are common US names, so they help
	// with the people of English-language news, not with all names.
	for _, n := range fakedata.Person["first"] {
		addName(g, n, gazFirst)
	}
	for _, n := range fakedata.Person["last"] {
		addName(g, n, gazLast)
	}
	// The outlet registry is Hearsay's list of news organisations, the
	// kind of organisation news text names most.
	for _, o := range outlet.All() {
		addName(g, o.Name, gazOutlet)
		if n, ok := strings.CutPrefix(o.Name, "The "); ok {
			addName(g, n, gazOutlet)
		}
		for _, a := range o.Aliases {
			addName(g, a, gazOutlet)
		}
	}
	return g
}

// addName adds name, and the variants that the data's spellings call for:
// "Iran (Islamic Republic of)" also as "Iran", "Abū Ȥaby [Abu Dhabi]" also
// as "Abu Dhabi".
func addName(g *gazetteer, name string, kind int) {
	if i := strings.IndexAny(name, "(["); i > 0 {
		inner := name[i+1:]
		if j := strings.IndexAny(inner, ")]"); j > 0 && strings.HasPrefix(name[i:], "[") {
			addName(g, inner[:j], kind)
		}
		name = name[:i]
	}
	if i := strings.Index(name, ", "); i > 0 {
		name = name[:i]
	}
	toks := nameTokens(name)
	if len(toks) == 0 || len(toks) > maxGazTokens {
		return
	}
	g.names[hashTokens(toks)] |= 1 << kind
	for n := 1; n < len(toks); n++ {
		g.names[hashTokens(toks[:n])] |= startsName
	}
	// English text mostly writes foreign names without their diacritics:
	// "Badakhshan" for the province "Badakhshān", "Sao Paulo".
	if plain := geo.StripMarks(name); plain != name {
		addName(g, plain, kind)
	}
}

// nameTokens splits a name the way the treebanks tokenise: at spaces, with
// hyphens, full stops ending abbreviations aside, and apostrophes as their
// own tokens.
func nameTokens(name string) []string {
	var out []string
	for _, f := range strings.Fields(name) {
		for f != "" {
			i := strings.IndexAny(f, "-/")
			if i < 0 {
				out = append(out, f)
				break
			}
			if i > 0 {
				out = append(out, f[:i])
			}
			out = append(out, f[i:i+1])
			f = f[i+1:]
		}
	}
	return out
}

func hashTokens(toks []string) uint64 {
	f := perceptron.NewFeat(0)
	for _, t := range toks {
		f = f.StrLower(t)
	}
	return f.Sum()
}

// Gazetteer positions of a token inside a match.
const (
	posB = iota
	posI
	posL
	posU
	numPos
)

// lowerBit is the first bit of the kinds matched by a lower-case word
// sequence ("malaysia", "san diego"), kept apart from capitalised matches
// because most such matches are ordinary words ("turkey", "nice").
const lowerBit = numGaz * numPos

// match sets, for every token, bits kind*numPos+pos for each name of the
// gazetteer that covers it when the name starts with a capitalised word,
// and bit lowerBit+kind when it covers it in lower case.
func (g *gazetteer) match(forms []string, out []uint64) {
	for i := range out {
		out[i] = 0
	}
	for i := range forms {
		capital := capitalised(forms[i])
		f := perceptron.NewFeat(0)
		known := true // the tokens so far are a name or start one
		for n := 1; known && n <= maxGazTokens && i+n <= len(forms); n++ {
			f = f.StrLower(forms[i+n-1])
			var kinds uint16
			kinds, known = g.names[f.Sum()]
			kinds &^= startsName
			if !capital {
				if kinds != 0 && allLower(forms[i:i+n]) {
					for j := i; j < i+n; j++ {
						out[j] |= uint64(kinds) << lowerBit
					}
				}
				continue
			}
			if n == 1 && kinds&(1<<gazCountry) == 0 && isAlias(forms[i]) {
				kinds |= 1 << gazAlias
			}
			if kinds == 0 {
				continue
			}
			markSpan(out, i, n, uint64(kinds), numGaz)
		}
	}
}

// kindSet folds the bits of a capitalised match (match) to one per kind,
// whatever the token's place in the name.
func kindSet(g uint64) uint64 {
	var out uint64
	for k := 0; k < numGaz; k++ {
		if g&(uint64(1<<numPos-1)<<(k*numPos)) != 0 {
			out |= 1 << k
		}
	}
	return out
}

// markSpan sets, for each kind k whose bit is in kinds (k < numKinds),
// bit k*numPos+pos on every token of the span [i, i+n), pos being the
// token's place in the span (U for one token, else B, I, L).
func markSpan[T uint32 | uint64](out []T, i, n int, kinds uint64, numKinds int) {
	for k := 0; k < numKinds; k++ {
		if kinds&(1<<k) == 0 {
			continue
		}
		for j := i; j < i+n; j++ {
			pos := posI
			switch {
			case n == 1:
				pos = posU
			case j == i:
				pos = posB
			case j == i+n-1:
				pos = posL
			}
			out[j] |= 1 << uint(k*numPos+pos)
		}
	}
}

// isAlias reports whether a capitalised word names a country by one of the
// other names that the countries module resolves ("Britain", "UK",
// "Chinese"). Two-letter and three-letter codes only count in capitals.
func isAlias(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 20 {
		return false
	}
	if n <= 3 && strings.ToUpper(w) != w {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if v, ok := aliasMemo.Load(w); ok {
		return v.(bool)
	}
	ok := countries.ByName(w).IsValid()
	if aliasMemoSize.Add(1) <= maxAliasMemo {
		aliasMemo.Store(w, ok)
	}
	return ok
}

// The answers of countries.ByName, which normalises every word it is
// asked about into new strings, are kept for the first maxAliasMemo
// words looked up: capitalised words repeat from sentence to sentence,
// and the lookups were a quarter of the allocations of tagging a text.
// Past the bound words are looked up afresh, so memory stays bounded on
// any corpus.
const maxAliasMemo = 1 << 16

var (
	aliasMemo     sync.Map // string → bool
	aliasMemoSize atomic.Int64
)

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func allLower(forms []string) bool {
	for _, f := range forms {
		for _, r := range f {
			if unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}
