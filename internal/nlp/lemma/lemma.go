// Package lemma is Hearsay's lemmatiser: a word form and its XPOS tag go
// in, a lemma comes out ("studies"/NNS → "study", "was"/VBD → "be").
//
// It is learned from a treebank (UD English-EWT): an exceptions table of
// (form, XPOS) → lemma seen in training, and, for unseen words, suffix
// rewrite rules per XPOS ("-ies" → "-y" for NNS) chosen by the longest
// matching suffix. A library such as a Snowball stemmer gives stems, not
// dictionary lemmas, so it cannot fill the UD LEMMA column.
package lemma

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp/modelio"
)

// MaxSuffix is the longest suffix, in code points, that rules look at.
const MaxSuffix = 6

// Lemmatizer maps (form, XPOS) to a lemma. It is read-only after Train or
// Read, so safe for concurrent use.
type Lemmatizer struct {
	// Exact maps form + "\x00" + XPOS to the lemma seen most often.
	Exact map[string]string
	// Lower is the same keyed by the lower-cased form, for capitalised
	// sentence-initial words.
	Lower map[string]string
	// Rules maps XPOS + "\x00" + lower-case suffix to a rule "L|k|add" or
	// "K|k|add": lower-case (L) or keep case (K), strip k code points, add.
	Rules map[string]string

	// known holds every lemma of the tables, to choose among the rules
	// an unseen word matches (see Lemma).
	known map[string]bool
}

// index fills known from the tables.
func (l *Lemmatizer) index() {
	l.known = make(map[string]bool, len(l.Exact))
	for _, v := range l.Exact {
		l.known[v] = true
	}
	for _, v := range l.Lower {
		l.known[v] = true
	}
}

func key(a, b string) string { return a + "\x00" + b }

// rule returns how lemma is made from form.
func rule(form, lemma string) string {
	mode, src := "K", form
	if lemma == strings.ToLower(lemma) {
		mode, src = "L", strings.ToLower(form)
	}
	fr, lr := []rune(src), []rune(lemma)
	p := 0
	for p < len(fr) && p < len(lr) && fr[p] == lr[p] {
		p++
	}
	return mode + "|" + strconv.Itoa(len(fr)-p) + "|" + string(lr[p:])
}

func apply(r, form string) (string, bool) {
	parts := strings.SplitN(r, "|", 3)
	if len(parts) != 3 {
		return "", false
	}
	src := form
	if parts[0] == "L" {
		src = strings.ToLower(form)
	}
	k, err := strconv.Atoi(parts[1])
	if err != nil || k > utf8.RuneCountInString(src) {
		return "", false
	}
	rs := []rune(src)
	out := string(rs[:len(rs)-k]) + parts[2]
	if out == "" {
		return "", false
	}
	return out, true
}

type counter map[string]map[string]int

func (c counter) add(k, v string) {
	m := c[k]
	if m == nil {
		m = map[string]int{}
		c[k] = m
	}
	m[v]++
}

// best returns the most frequent value, ties broken by the smaller string so
// that training is deterministic.
func best(m map[string]int) (string, int) {
	var bv string
	bn := -1
	for v, n := range m {
		if n > bn || (n == bn && v < bv) {
			bv, bn = v, n
		}
	}
	return bv, bn
}

// Train learns a lemmatiser from sentences with Form, XPOS and Lemma set.
func Train(sents []conllu.Sentence) *Lemmatizer {
	exact, lower, rules := counter{}, counter{}, counter{}
	types := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Lemma == "" || t.Lemma == "_" {
				continue
			}
			exact.add(key(t.Form, t.XPOS), t.Lemma)
			lower.add(key(strings.ToLower(t.Form), t.XPOS), t.Lemma)
			tk := key(t.Form, t.XPOS) + "\x00" + t.Lemma
			if types[tk] {
				continue
			}
			// Rules are counted over word types, not tokens: unseen words
			// are rare words, which behave like types.
			types[tk] = true
			r := rule(t.Form, t.Lemma)
			low := strings.ToLower(t.Form)
			n := utf8.RuneCountInString(low)
			for k := 0; k <= min(n, MaxSuffix); k++ {
				rules.add(key(t.XPOS, suffix(low, k)), r)
			}
		}
	}
	l := &Lemmatizer{Exact: map[string]string{}, Lower: map[string]string{}, Rules: map[string]string{}}
	for k, m := range exact {
		l.Exact[k], _ = best(m)
	}
	for k, m := range lower {
		v, _ := best(m)
		// Only the lower-cased table entries that add something are kept.
		if l.Exact[k] != v {
			l.Lower[k] = v
		}
	}
	for k, m := range rules {
		v, n := best(m)
		if n >= 2 || strings.HasSuffix(k, "\x00") {
			l.Rules[k] = v
		}
	}
	l.index()
	return l
}

func suffix(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// Lemma returns the lemma of form tagged xpos.
func (l *Lemmatizer) Lemma(form, xpos string) string {
	if v, ok := l.Exact[key(form, xpos)]; ok {
		return v
	}
	low := strings.ToLower(form)
	if v, ok := l.Lower[key(low, xpos)]; ok {
		return v
	}
	if low != form {
		if v, ok := l.Exact[key(low, xpos)]; ok {
			return v
		}
	}
	// The rule of the longest matching suffix wins unless its lemma is
	// unknown and a shorter suffix's rule gives a known one, as in
	// spaCy's rule lemmatiser: "-lling" → "-l" is right for
	// "travelling" but makes "shel" of "shelling", where "-ing" → ""
	// gives the known "shell".
	n := utf8.RuneCountInString(low)
	first := ""
	for k := min(n, MaxSuffix); k >= 0; k-- {
		if r, ok := l.Rules[key(xpos, suffix(low, k))]; ok {
			if out, ok := apply(r, form); ok {
				if l.known[out] || l.known[strings.ToLower(out)] {
					return out
				}
				if first == "" {
					first = out
				}
			}
		}
	}
	if first != "" {
		return first
	}
	if xpos == "NNP" || xpos == "NNPS" || hasUpperAfterFirst(form) {
		return form
	}
	return low
}

func hasUpperAfterFirst(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Size is the number of table entries, for reports.
func (l *Lemmatizer) Size() int { return len(l.Exact) + len(l.Lower) + len(l.Rules) }

const magic = "HSLEM1"

// Write stores the lemmatiser (uncompressed; callers may gzip).
func (l *Lemmatizer) Write(w io.Writer) error {
	return modelio.Write(w, magic, l)
}

// Read loads a lemmatiser written by Write.
func Read(r io.Reader) (*Lemmatizer, error) {
	l := &Lemmatizer{}
	if err := modelio.Read(r, magic, l); err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	if l.Exact == nil || l.Rules == nil {
		return nil, fmt.Errorf("lemma: model file has no tables")
	}
	if l.Lower == nil {
		l.Lower = map[string]string{}
	}
	l.index()
	return l, nil
}
