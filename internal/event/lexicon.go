package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
)

//go:embed lexicon.tsv
var defaultLexicon string

// entry is one row of the trigger lexicon.
type entry struct {
	words    []string // lemmas, one per token
	verb     bool
	noun     bool
	typ      string // PLOVER type; "" for a support verb only
	mode     string
	material bool
	actor    bool
	intrans  bool
	stative  bool // as a participle on a noun it says where something is, not what was done
	light    bool
	recipSub bool
	objs     map[string]bool
	not      map[string]bool // argument lemmas that make it no event ("strike a deal")
	subjs    map[string]bool // subject lemmas (or @type) it needs ("protesters rallied")
}

// lexicon indexes entries by their first lemma and knows irregular forms.
type lexicon struct {
	byFirst   map[string][]*entry
	irregular map[string]string // form → lemma
	lemmas    map[string]bool   // every lemma of every entry
}

// isLight reports whether lemma has a support verb entry ("launch",
// "carry out"), which lends its subject to a trigger noun it takes.
func (l *lexicon) isLight(lemma string) bool {
	for _, e := range l.byFirst[lemma] {
		if e.light {
			return true
		}
	}
	return false
}

// parseLexicon reads the tab-separated format described at the top of
// lexicon.tsv. name is used in errors.
func parseLexicon(name, text string) (*lexicon, error) {
	lx := &lexicon{byFirst: map[string][]*entry{}, irregular: map[string]string{}, lemmas: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		f := strings.Split(raw, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("event: lexicon %s line %d: want 5 tab-separated columns, got %d", name, line, len(f))
		}
		e := &entry{words: strings.Fields(strings.ToLower(f[0]))}
		if len(e.words) == 0 {
			return nil, fmt.Errorf("event: lexicon %s line %d: empty phrase", name, line)
		}
		switch f[1] {
		case "V":
			e.verb = true
		case "N":
			e.noun = true
		case "VN":
			e.verb, e.noun = true, true
		default:
			return nil, fmt.Errorf("event: lexicon %s line %d: pos %q is not V, N or VN", name, line, f[1])
		}
		if f[2] != "-" {
			if !validType[f[2]] {
				return nil, fmt.Errorf("event: lexicon %s line %d: %q is not a PLOVER type of the contract", name, line, f[2])
			}
			e.typ = f[2]
		}
		if f[3] != "-" {
			e.mode = f[3]
		}
		if f[4] != "-" {
			for _, fl := range strings.Split(f[4], ",") {
				k, v, _ := strings.Cut(fl, "=")
				switch k {
				case "material":
					e.material = true
				case "actor":
					e.actor = true
				case "intrans":
					e.intrans = true
				case "stative":
					e.stative = true
				case "light":
					e.light = true
				case "recip-subj":
					e.recipSub = true
				case "obj":
					e.objs = map[string]bool{}
					for _, o := range strings.Split(v, "|") {
						e.objs[o] = true
					}
				case "subj":
					e.subjs = map[string]bool{}
					for _, o := range strings.Split(v, "|") {
						e.subjs[o] = true
					}
				case "not":
					e.not = map[string]bool{}
					for _, o := range strings.Split(v, "|") {
						e.not[o] = true
					}
				case "forms":
					for _, form := range strings.Split(v, "|") {
						lx.irregular[form] = e.words[0]
					}
				default:
					return nil, fmt.Errorf("event: lexicon %s line %d: unknown flag %q", name, line, k)
				}
			}
		}
		if e.typ == "" && !e.light {
			return nil, fmt.Errorf("event: lexicon %s line %d: a row without a type must be a support verb (light)", name, line)
		}
		lx.byFirst[e.words[0]] = append(lx.byFirst[e.words[0]], e)
		for _, w := range e.words {
			lx.lemmas[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("event: lexicon %s: %w", name, err)
	}
	// Longer phrases first, so "air strike" wins over "strike".
	for _, es := range lx.byFirst {
		for i := 1; i < len(es); i++ {
			for j := i; j > 0 && len(es[j].words) > len(es[j-1].words); j-- {
				es[j], es[j-1] = es[j-1], es[j]
			}
		}
	}
	return lx, nil
}

var validType = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true, "AID": true,
	"RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}

// lemmaOf returns the lexicon lemma a word form can be an inflection of,
// or the lower-cased form. The parser's lemma is preferred by the caller;
// this covers an absent or wrong lemma with regular English inflection
// (-s, -es, -ies, -ed, -d, -ied, -ing, doubled consonants) plus the
// irregular forms the lexicon lists.
func (lx *lexicon) lemmaOf(lower string) string {
	if lx.lemmas[lower] {
		return lower
	}
	if l, ok := lx.irregular[lower]; ok {
		return l
	}
	var cands []string
	add := func(s string) { cands = append(cands, s) }
	for _, suf := range []string{"ies", "ied"} {
		if strings.HasSuffix(lower, suf) {
			add(strings.TrimSuffix(lower, suf) + "y")
		}
	}
	for _, suf := range []string{"es", "s", "ed", "d", "ing"} {
		if strings.HasSuffix(lower, suf) {
			stem := strings.TrimSuffix(lower, suf)
			add(stem)
			if suf == "ing" || suf == "ed" {
				add(stem + "e")
				if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
					add(stem[:n-1])
				}
			}
		}
	}
	for _, c := range cands {
		if lx.lemmas[c] {
			return c
		}
	}
	return lower
}
