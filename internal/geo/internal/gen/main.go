// Command gen builds internal/geo's embedded table (geo.json.gz) from
// maintained public sources:
//
//   - world-countries (npm, ODbL-1.0): ISO 3166-1 codes, land borders, common and official
//     names, alternate spellings, capitals, English demonyms, languages;
//   - i18n-nationality (npm, MIT): English nationality adjectives;
//   - Debian iso-codes (LGPL-2.1+, /usr/share/iso-codes/json/iso_3166-2.json):
//     first- and second-level subdivisions;
//   - github.com/tidwall/cities (public domain): about 10,000 world cities;
//   - Debian wamerican (/usr/share/dict/words, SCOWL, permissive): English
//     words, used only to leave out one-word places that are also ordinary
//     lower-case words ("Nice", "Split", "God", "West"), which in running
//     text are far more often the word.
//
// The npm packages are fetched with `npm pack` into a temporary directory
// unless -world-countries / -nationality point at unpacked copies. Run it
// through `go generate ./internal/geo`.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/tidwall/cities"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

const (
	worldCountriesPkg = "world-countries@5.1.0"
	nationalityPkg    = "i18n-nationality@1.4.0"
)

// Country is one row of the generated table; the field names are the JSON
// keys internal/geo reads.
type Country struct {
	A2          string   `json:"a2"`
	A3          string   `json:"a3"`
	Name        string   `json:"name"`
	Official    string   `json:"official"`
	Names       []string `json:"names,omitempty"`
	Demonyms    []string `json:"demonyms,omitempty"`
	Capitals    []string `json:"capitals,omitempty"`
	Independent bool     `json:"independent"`
	Area        float64  `json:"area"`
	Borders     []string `json:"borders,omitempty"`
}

// Place is a subdivision or city with its country.
type Place struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Kind    string `json:"kind"`
}

// Table is the whole generated file.
type Table struct {
	Source    string    `json:"source"`
	Countries []Country `json:"countries"`
	Places    []Place   `json:"places"`
	// Words are folded names of states left out because they are
	// English words ("island" for Ísland); lookups refuse them too.
	Words []string `json:"words,omitempty"`
}

type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2        string            `json:"cca2"`
	CCA3        string            `json:"cca3"`
	Independent bool              `json:"independent"`
	Capital     []string          `json:"capital"`
	AltSpelling []string          `json:"altSpellings"`
	Languages   map[string]string `json:"languages"`
	Area        float64           `json:"area"`
	Borders     []string          `json:"borders"`
	Demonyms    map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func main() {
	wc := flag.String("world-countries", "", "unpacked world-countries package (default: npm pack "+worldCountriesPkg+")")
	nat := flag.String("nationality", "", "unpacked i18n-nationality package (default: npm pack "+nationalityPkg+")")
	iso := flag.String("iso-codes", "/usr/share/iso-codes/json", "Debian iso-codes JSON directory")
	words := flag.String("words", "/usr/share/dict/words", "English word list, one word a line (Debian wamerican)")
	out := flag.String("out", "geo.json.gz", "output file")
	flag.Parse()
	if err := run(*wc, *nat, *iso, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(wcDir, natDir, isoDir, wordsFile, out string) error {
	wb, err := os.ReadFile(wordsFile)
	if err != nil {
		return fmt.Errorf("%w (install Debian's wamerican or pass -words)", err)
	}
	common := map[string]bool{}
	for _, w := range strings.Split(string(wb), "\n") {
		if w != "" && w == strings.ToLower(w) {
			common[w] = true
		}
	}
	tmp, err := os.MkdirTemp("", "geo-gen")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if wcDir == "" {
		if wcDir, err = npmUnpack(tmp, worldCountriesPkg); err != nil {
			return err
		}
	}
	if natDir == "" {
		if natDir, err = npmUnpack(tmp, nationalityPkg); err != nil {
			return err
		}
	}
	var wcs []wcCountry
	if err := readJSON(filepath.Join(wcDir, "countries.json"), &wcs); err != nil {
		return err
	}
	var natFile struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := readJSON(filepath.Join(natDir, "langs", "en.json"), &natFile); err != nil {
		return err
	}
	var sub struct {
		Entries []struct{ Code, Name, Type string } `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(isoDir, "iso_3166-2.json"), &sub); err != nil {
		return err
	}

	var iso1 struct {
		Entries []struct {
			A2     string `json:"alpha_2"`
			Name   string `json:"name"`
			Common string `json:"common_name"`
			Off    string `json:"official_name"`
		} `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(isoDir, "iso_3166-1.json"), &iso1); err != nil {
		return err
	}
	isoNames := map[string][]string{}
	for _, e := range iso1.Entries {
		isoNames[e.A2] = append(isoNames[e.A2], e.Name, e.Common, e.Off)
	}

	t := Table{Source: worldCountriesPkg + " (ODbL-1.0); " + nationalityPkg + " (MIT); Debian iso-codes iso_3166-1 and iso_3166-2 (LGPL-2.1+); github.com/tidwall/cities v0.1.0 (public domain)"}
	// First pass: names the sources state outright. A name two states
	// share is dropped from both rather than guessed.
	byName := map[string]string{}
	claim := func(n, a2 string) {
		k := fold(n)
		if old, ok := byName[k]; ok && old != a2 {
			byName[k] = "-"
			return
		}
		byName[k] = a2
	}
	direct := map[string][]string{}
	for _, w := range wcs {
		names := []string{w.Name.Common, w.Name.Official}
		for _, a := range w.AltSpelling {
			// The alternate spellings start with the alpha-2 code; keep
			// other all-capital forms ("USA", "UK", "UAE", "DRC"). A
			// native name that folds to an English word ("Ísland") would
			// name the state wherever the word opens a sentence.
			if a != w.CCA2 && latin(a) && !common[fold(a)] {
				names = append(names, a)
			} else if a != w.CCA2 && latin(a) && !slices.Contains(t.Words, fold(a)) {
				t.Words = append(t.Words, fold(a))
			}
		}
		for _, n := range isoNames[w.CCA2] {
			names = append(names, reorder(n))
		}
		// An initialism of the common name that is also the state's own
		// ISO code ("US" for United States) is the usual short form.
		if in := initials(w.Name.Common); in != "" && (in == w.CCA2 || in == w.CCA3) {
			names = append(names, in)
		}
		for _, n := range append([]string{}, names...) {
			if isUpper(n) && len(n) <= 4 {
				names = append(names, dotted(n))
			}
			if s, ok := strings.CutPrefix(n, "The "); ok {
				names = append(names, s)
			}
		}
		direct[w.CCA2] = uniq(names)
		for _, n := range direct[w.CCA2] {
			claim(n, w.CCA2)
		}
	}
	// Second pass: short forms of official names ("Republic of Turkey" →
	// "Turkey"), only where no state holds the short form already.
	for _, w := range wcs {
		for _, n := range direct[w.CCA2] {
			// What follows "of" in a formal name ("United States of
			// America" → "America", "Republic of Turkey" → "Turkey").
			if kind, s, ok := strings.Cut(n, " of "); ok && stateKind(kind) {
				s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
				if byName[fold(s)] == "" && !strings.Contains(s, " of ") && !strings.Contains(s, " and ") &&
					s != "" && isUpper(s[:1]) {
					direct[w.CCA2] = append(direct[w.CCA2], s)
					byName[fold(s)] = w.CCA2
				}
			}
		}
	}
	a2Of := map[string]string{}
	for _, w := range wcs {
		a2Of[w.CCA3] = w.CCA2
	}
	for _, w := range wcs {
		c := Country{A2: w.CCA2, A3: w.CCA3, Name: w.Name.Common, Official: w.Name.Official, Independent: w.Independent, Area: w.Area}
		for _, b := range w.Borders {
			if a2 := a2Of[b]; a2 != "" {
				c.Borders = append(c.Borders, a2)
			}
		}
		sort.Strings(c.Borders)
		var names []string
		for _, n := range direct[w.CCA2] {
			if byName[fold(n)] == w.CCA2 {
				names = append(names, n)
			}
		}
		c.Names = uniq(names, c.Name, c.Official)
		var dem []string
		if d, ok := w.Demonyms["eng"]; ok {
			dem = append(dem, d.M, d.F)
		}
		if n, ok := natFile.Nationalities[c.A2]; ok {
			dem = append(dem, splitNationality(n)...)
		}
		// A language named after the state's own stem ("Tajik" for
		// Tajikistan, "Uzbek" for Uzbekistan) doubles as its adjective.
		langs := make([]string, 0, len(w.Languages))
		for _, l := range w.Languages {
			langs = append(langs, l)
		}
		sort.Strings(langs) // map order would make the table differ run to run
		for _, l := range langs {
			if len(l) >= 4 && strings.HasPrefix(c.Name, l) && l != c.Name {
				dem = append(dem, l)
			}
		}
		var keep []string
		for _, d := range dem {
			// Not the name itself, with or without its marks ("Reunion"
			// for Réunion).
			if d != "" && latin(d) && fold(d) != fold(c.Name) && plainWord(d) {
				keep = append(keep, d)
			}
		}
		c.Demonyms = uniq(keep)
		for _, cap := range w.Capital {
			c.Capitals = append(c.Capitals, cap)
			for _, suf := range []string{" D.C.", ", D.C."} {
				if s, ok := strings.CutSuffix(cap, suf); ok {
					c.Capitals = append(c.Capitals, s)
				}
			}
		}
		c.Capitals = uniq(c.Capitals)
		t.Countries = append(t.Countries, c)
	}
	sort.Slice(t.Countries, func(i, j int) bool { return t.Countries[i].A2 < t.Countries[j].A2 })

	seen := map[string]bool{}
	add := func(p Place) {
		k := fold(p.Name) + "|" + p.Country
		// Places named like states stay ("Georgia" the US state): callers
		// ask for the state first and for the place when context says so.
		if seen[k] || len([]rune(p.Name)) < 3 {
			return
		}
		if !strings.Contains(p.Name, " ") && common[strings.ToLower(p.Name)] {
			return
		}
		seen[k] = true
		t.Places = append(t.Places, p)
	}
	for _, e := range sub.Entries {
		cc, _, _ := strings.Cut(e.Code, "-")
		name := e.Name
		// Chinese subdivision names keep their pinyin type word; English
		// news writes the English one.
		for _, r := range [][2]string{{" Zizhiqu", " Autonomous Region"}, {" Sheng", ""}, {" Shi", ""}} {
			if s, ok := strings.CutSuffix(name, r[0]); ok {
				name = s + r[1]
			}
		}
		add(Place{Name: name, Country: cc, Kind: strings.ToLower(e.Type)})
		if plain := fold(name); plain != strings.ToLower(name) {
			add(Place{Name: stripMarks(name), Country: cc, Kind: strings.ToLower(e.Type)})
		}
	}
	missing := map[string]bool{}
	for _, c := range cities.Cities {
		cc := byName[fold(reorder(c.Country))]
		if cc == "" {
			cc = byName[strings.TrimPrefix(fold(reorder(c.Country)), "the ")]
		}
		if cc == "" || cc == "-" {
			missing[c.Country] = true
			continue
		}
		add(Place{Name: c.City, Country: cc, Kind: "city"})
	}
	for m := range missing {
		fmt.Fprintf(os.Stderr, "gen: no ISO code for city country %q; its cities are left out\n", m)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	enc := json.NewEncoder(zw)
	if err := enc.Encode(t); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func npmUnpack(dir, pkg string) (string, error) {
	cmd := exec.Command("npm", "pack", "--silent", pkg)
	cmd.Dir = dir
	outb, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("npm pack %s: %w", pkg, err)
	}
	tgz := strings.TrimSpace(string(outb))
	dest := filepath.Join(dir, strings.SplitN(pkg, "@", 2)[0])
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return "", err
	}
	if err := exec.Command("tar", "xzf", filepath.Join(dir, tgz), "-C", dest).Run(); err != nil {
		return "", fmt.Errorf("unpack %s: %w", tgz, err)
	}
	return filepath.Join(dest, "package"), nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// splitNationality turns i18n-nationality values such as
// "Bosnian - Herzegovinian" or "Congolese (Democratic Republic of the Congo)"
// into plain adjectives.
func splitNationality(s string) []string {
	if i := strings.Index(s, "("); i >= 0 {
		s = s[:i]
	}
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '/' }) {
		for _, q := range strings.Split(p, " - ") {
			for _, r := range strings.Split(q, " or ") {
				if r = strings.TrimSpace(r); r != "" {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

var minor = map[string]bool{"of": true, "the": true, "and": true, "da": true, "de": true, "del": true}

func initials(name string) string {
	words := strings.Fields(strings.ReplaceAll(name, "'s", ""))
	var b strings.Builder
	n := 0
	for _, w := range words {
		if minor[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// stateKind reports whether the words before "of" in a formal name say
// what kind of state it is ("United States", "Islamic Republic").
func stateKind(s string) bool {
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(w) {
		case "republic", "kingdom", "states", "state", "commonwealth", "federation", "union",
			"principality", "sultanate", "emirate", "emirates", "confederation", "duchy":
			return true
		}
	}
	return false
}

// reorder turns catalogue forms "Korea, Republic of" and "Gambia, The"
// into running-text forms "Republic of Korea" and "The Gambia".
func reorder(s string) string {
	a, b, ok := strings.Cut(s, ", ")
	if !ok || strings.Contains(b, ",") {
		return s
	}
	return b + " " + a
}

// plainWord reports whether s is one word of letters (hyphens and
// apostrophes allowed): demonyms, not abbreviations like "U.S.".
func plainWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return s != ""
}

func dotted(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		b.WriteByte('.')
	}
	return b.String()
}

func isUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

func latin(s string) bool {
	for _, r := range s {
		if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func uniq(xs []string, drop ...string) []string {
	seen := map[string]bool{}
	for _, d := range drop {
		seen[d] = true
	}
	var out []string
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func stripMarks(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

func fold(s string) string { return strings.ToLower(stripMarks(s)) }
