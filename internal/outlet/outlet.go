// Package outlet knows news outlets: a name, alias or web address goes in,
// and the Outlet (canonical name, aliases, domains, country, kind) comes
// out. It also gives the general cues by which text marks an unknown name
// as an outlet: a head noun ("the Herat Times newspaper", "Sputnik news
// agency") or a masthead word ("... Times", "... Post").
//
// The registry is outlets.tsv, embedded; its header says where the rows come
// from. Lookups ignore case, a leading "The", dots and the kind of
// apostrophe. The registry is read once on first use and never changes, so
// lookups are safe from many goroutines.
package outlet

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"
)

//go:embed outlets.tsv
var registryTSV []byte

// Outlet is one news organisation.
type Outlet struct {
	Name    string
	Aliases []string
	Domains []string
	Country string // ISO 3166-1 alpha-2 of the owner's seat
	Kind    string // agency, broadcaster, newspaper, magazine, online
}

type registry struct {
	outlets  []Outlet
	byName   map[string]int
	byDomain map[string]int
}

var (
	once    sync.Once
	reg     *registry
	loadErr error
)

func get() *registry {
	once.Do(func() { reg, loadErr = parse(registryTSV) })
	if loadErr != nil {
		return &registry{}
	}
	return reg
}

// Err reports whether the embedded registry could be read.
func Err() error {
	get()
	return loadErr
}

func parse(b []byte) (*registry, error) {
	r := &registry{byName: map[string]int{}, byDomain: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("outlet: outlets.tsv line %d: %d fields, want 5 (name, aliases, domains, country, kind)", line, len(f))
		}
		o := Outlet{Name: f[0], Aliases: split(f[1]), Domains: split(f[2]), Country: f[3], Kind: f[4]}
		i := len(r.outlets)
		r.outlets = append(r.outlets, o)
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			k := Key(n)
			if j, dup := r.byName[k]; dup && j != i {
				return nil, fmt.Errorf("outlet: outlets.tsv line %d: name %q already belongs to %q", line, n, r.outlets[j].Name)
			}
			r.byName[k] = i
		}
		for _, d := range o.Domains {
			r.byDomain[strings.ToLower(d)] = i
		}
	}
	return r, sc.Err()
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

var keyReplacer = strings.NewReplacer("’", "'", ".", "", "\u00a0", " ")

// Key is the form names are compared in: lower case, straight apostrophes,
// no dots, single spaces, no leading "the".
func Key(s string) string {
	s = keyReplacer.Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimPrefix(s, "the ")
}

// Lookup finds an outlet by its name or an alias: "NYT", "the New York
// Times" and "New York Times" all give The New York Times.
func Lookup(name string) (Outlet, bool) {
	r := get()
	if i, ok := r.byName[Key(name)]; ok {
		return r.outlets[i], true
	}
	return Outlet{}, false
}

// ByDomain finds an outlet by a host name or URL: "www.foxnews.com",
// "https://edition.cnn.com/2021/..." The longest registered domain that
// the host ends with wins, so "af.sputniknews.com" finds Sputnik
// Afghanistan before Sputnik.
func ByDomain(hostOrURL string) (Outlet, bool) {
	r := get()
	host := strings.ToLower(strings.TrimSpace(hostOrURL))
	if strings.Contains(host, "://") {
		if u, err := url.Parse(host); err == nil {
			host = u.Hostname()
		}
	}
	host = strings.TrimSuffix(host, ".")
	for h := host; h != ""; {
		if i, ok := r.byDomain[h]; ok {
			return r.outlets[i], true
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(rest, ".") {
			break
		}
		h = rest
	}
	return Outlet{}, false
}

// IsWebName reports whether a word is written as a web address
// ("Sahman.am", "Meduza.io"): a name, a dot and a top-level domain of the
// public suffix list. Outlets known only online are named so; initials
// ("U.S.") and abbreviations ("St.Petersburg") end otherwise.
func IsWebName(w string) bool {
	host := strings.ToLower(w)
	name, _, ok := strings.Cut(host, ".")
	if !ok || len(name) < 2 || strings.HasSuffix(host, ".") {
		return false
	}
	for _, r := range host {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
			return false
		}
	}
	suffix, icann := publicsuffix.PublicSuffix(host)
	return icann && suffix != host
}

// All returns every registered outlet in registry order.
func All() []Outlet { return append([]Outlet(nil), get().outlets...) }
