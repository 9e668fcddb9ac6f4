package event

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// tk is one token as the event stage sees it: the Doc's token when the
// segmenter ran, or one of the stage's own fallback tokens when it did
// not, so that events can still be found (by position rather than syntax)
// when earlier stages are missing.
type tk struct {
	span  doc.Span
	text  string
	lower string
	lemma string // lexicon lemma (parser lemma or inflection fallback), lower case
	upos  string
	xpos  string
	feats string
	dep   string
	head  int // view index, -1 root or unknown
	sent  int
}

type mention struct {
	span   doc.Span
	entity string
	typ    string // entity type
	kind   string
}

type view struct {
	d     *doc.Doc
	lx    *lexicon
	toks  []tk
	kids  [][]int
	sents [][2]int // token index ranges [first, end)
	// hasSyntax says whether the sentence being read has a usable parse;
	// build and mergeLight set it per trigger from sentOK.
	hasSyntax bool
	sentOK    []bool
	mentions  []mention
	// scope, when not empty, is the content of the attribution the
	// trigger being read is reported in: its participants are named
	// there, not in the source outside ("According to X, Y was attacked"
	// does not make X the one attacked). Set per trigger by build.
	scope doc.Span
}

// inScope reports whether a mention may fill a role of the current trigger.
func (v *view) inScope(m mention) bool {
	return v.scope.Empty() || v.scope.Contains(m.span)
}

var fallbackTok = regexp.MustCompile(`\p{L}+(?:[-'’]\p{L}+)*|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|\S`)

func newView(d *doc.Doc, lx *lexicon) *view {
	v := &view{d: d, lx: lx}
	if len(d.Tokens) > 0 {
		v.toks = make([]tk, len(d.Tokens))
		deps := 0
		for i, t := range d.Tokens {
			lower := strings.ToLower(t.Text)
			v.toks[i] = tk{span: t.Span, text: t.Text, lower: lower, upos: t.UPOS, xpos: t.XPOS, feats: t.Feats,
				dep: t.Dep, head: t.Head, sent: t.Sent}
			if t.Dep != "" {
				deps++
			}
			if t.Head < -1 || t.Head >= len(d.Tokens) {
				v.toks[i].head = -1
			}
		}
		v.hasSyntax = deps > 0
		if !v.hasSyntax {
			for i := range v.toks {
				v.toks[i].head = -1
			}
		}
		if len(d.Sentences) > 0 {
			for _, s := range d.Sentences {
				if s.First >= 0 && s.End <= len(v.toks) && s.First < s.End {
					v.sents = append(v.sents, [2]int{s.First, s.End})
				}
			}
		}
		if len(v.sents) == 0 {
			v.splitSentences()
		}
	} else {
		for _, loc := range fallbackTok.FindAllStringIndex(d.Text, -1) {
			t := d.Text[loc[0]:loc[1]]
			v.toks = append(v.toks, tk{span: d.SpanOfBytes(loc[0], loc[1]), text: t, lower: strings.ToLower(t), head: -1})
		}
		v.splitSentences()
	}
	for i := range v.toks {
		t := &v.toks[i]
		lemma := ""
		if i < len(d.Tokens) && d.Tokens[i].Lemma != "" {
			lemma = strings.ToLower(d.Tokens[i].Lemma)
		}
		// The parser's lemma is used when the lexicon knows it; otherwise
		// the form's own inflection analysis gets a chance, so a missing or
		// odd lemma ("blamed" as "blam") does not hide a trigger. A plural
		// the parser took its "s" from keeps its lemma: "aides" is
		// "aide", not "aid".
		if lemma == "" || !lx.lemmas[lemma] && lemma+"s" != t.lower {
			if l := lx.lemmaOf(t.lower); lx.lemmas[l] || lemma == "" {
				lemma = l
			}
		}
		t.lemma = lemma
	}
	for si, s := range v.sents {
		for i := s[0]; i < s[1]; i++ {
			v.toks[i].sent = si
		}
	}
	v.sentOK = make([]bool, len(v.sents))
	if v.hasSyntax {
		for si, s := range v.sents {
			v.sentOK[si] = v.plausible(s)
			if !v.sentOK[si] {
				for i := s[0]; i < s[1]; i++ {
					v.toks[i].head, v.toks[i].dep = -1, ""
				}
			}
		}
	}
	v.kids = make([][]int, len(v.toks))
	if v.hasSyntax {
		for i, t := range v.toks {
			if t.head >= 0 {
				v.kids[t.head] = append(v.kids[t.head], i)
			}
		}
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Span.Empty() || m.Span.End > d.Len() {
				continue
			}
			v.mentions = append(v.mentions, mention{span: m.Span, entity: e.ID, typ: e.Type, kind: m.Kind})
		}
	}
	return v
}

// pastAsModifier reports a sentence with no finite verb in which a
// participle between a plural or a name and the start of an object
// modifies a noun: the tagger took the past tense of the clause's verb
// for a participle ("Israeli jets struck targets in Lebanon"), and the
// parse built on it has no clause at all.
func (v *view) pastAsModifier(s [2]int) bool {
	cand := false
	for i := s[0]; i < s[1]; i++ {
		t := v.toks[i]
		switch {
		case t.text == "," && cand:
			// What follows a comma ("..., the army said") is another
			// clause.
			return true
		case t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP" || t.xpos == "MD":
			return false
		case t.xpos == "VBN" && i > s[0] && i+1 < s[1] && (t.dep == "amod" || t.dep == "acl"):
			p, n := v.toks[i-1], v.toks[i+1]
			if (p.xpos == "NNS" || p.xpos == "NNPS" || p.xpos == "NNP") && (n.upos == "DET" || n.upos == "NOUN" || n.upos == "PROPN" || n.upos == "ADJ" || n.upos == "NUM") {
				cand = true
			}
		}
	}
	return cand
}

// plausible reports whether the parse of sentence s is sound enough to
// read arguments from. A parse that puts relations on words that cannot
// bear them (punct on a noun, case on a determiner, an adposition or
// punctuation as the root, several roots or none) is worse than none:
// the stage then reads that sentence by position. At most 15% of the
// tokens may break these rules, and at most 70% may hang on the word
// just before them.
func (v *view) plausible(s [2]int) bool {
	if v.pastAsModifier(s) {
		return false
	}
	bad, roots, chain := 0, 0, 0
	for i := s[0]; i < s[1]; i++ {
		t := v.toks[i]
		base, _, _ := strings.Cut(t.dep, ":")
		if t.head < 0 || t.dep == "root" {
			roots++
			switch t.upos {
			case "ADP", "PUNCT", "DET", "CCONJ", "SCONJ", "PART", "AUX", "SYM":
				bad += 3
			}
			continue
		}
		if t.head < s[0] || t.head >= s[1] {
			bad++
			continue
		}
		switch {
		case (base == "punct") != (t.upos == "PUNCT" || t.upos == "SYM"):
			bad++
		case base == "case" && t.upos != "ADP" && t.upos != "PART" && t.upos != "VERB" && t.upos != "ADV":
			bad++
		case base == "det" && t.upos != "DET" && t.upos != "PRON" && t.upos != "NUM":
			bad++
		case base == "cop" && t.upos != "AUX":
			bad++
		case t.upos == "ADP" && base != "case" && base != "mark" && base != "fixed" && base != "compound" && base != "advmod" && base != "conj":
			bad++
		case t.upos == "DET" && base != "det" && base != "nsubj" && base != "obj" && base != "obl" && base != "fixed" && base != "conj":
			bad++
		case t.upos == "AUX" && base != "aux" && base != "cop" && base != "conj":
			bad++
		case t.upos == "SCONJ" && base != "mark" && base != "fixed" && base != "advmod" && base != "case":
			bad++
		}
		if t.head == i-1 {
			chain++
		}
	}
	if roots != 1 {
		bad += 3
	}
	n := s[1] - s[0]
	// A parse that hangs nearly every word on the one before it is a
	// chain, not a tree of the sentence.
	if n >= 8 && chain*100 > 70*n {
		return false
	}
	return bad*100 <= 15*n
}

// splitSentences splits the view's tokens at sentence-final punctuation
// followed by a capital or a line break; used only when the Doc has no
// sentences of its own.
func (v *view) splitSentences() {
	v.sents = v.sents[:0]
	start := 0
	for i, t := range v.toks {
		end := false
		if t.text == "." || t.text == "!" || t.text == "?" {
			if i+1 == len(v.toks) {
				end = true
			} else {
				r, _ := utf8.DecodeRuneInString(v.toks[i+1].text)
				end = unicode.IsUpper(r) || unicode.IsDigit(r) || v.toks[i+1].text == "*"
			}
		}
		if i+1 < len(v.toks) && strings.Contains(v.gap(i, i+1), "\n") {
			end = true
		}
		if end {
			v.sents = append(v.sents, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(v.toks) {
		v.sents = append(v.sents, [2]int{start, len(v.toks)})
	}
}

// gap is the text between token i and token j (i < j).
func (v *view) gap(i, j int) string {
	s, e := v.toks[i].span.End, v.toks[j].span.Start
	if s >= e {
		return ""
	}
	return v.d.Slice(doc.Span{Start: s, End: e})
}

// mentionAt returns the shortest entity mention overlapping token i.
func (v *view) mentionAt(i int) (mention, bool) {
	best, ok := mention{}, false
	sp := v.toks[i].span
	for _, m := range v.mentions {
		if m.span.Overlaps(sp) && v.inScope(m) && (!ok || m.span.Len() < best.span.Len()) {
			best, ok = m, true
		}
	}
	return best, ok
}

// children returns the children of i whose relation is one of deps,
// exactly ("nsubj" does not match "nsubj:pass").
func (v *view) children(i int, deps ...string) []int {
	var out []int
	for _, c := range v.kids[i] {
		for _, d := range deps {
			if v.toks[c].dep == d {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// childrenBase is children matching on the relation before any subtype
// ("obl" matches "obl:agent" and "obl:unmarked").
func (v *view) childrenBase(i int, deps ...string) []int {
	var out []int
	for _, c := range v.kids[i] {
		b, _, _ := strings.Cut(v.toks[c].dep, ":")
		for _, d := range deps {
			if b == d {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func (v *view) firstChild(i int, deps ...string) int {
	if cs := v.children(i, deps...); len(cs) > 0 {
		return cs[0]
	}
	return -1
}

// caseOf is the lemma of the preposition marking a nominal ("to" in "to
// the province"), or "".
func (v *view) caseOf(i int) string {
	for _, c := range v.kids[i] {
		if v.toks[c].dep == "case" {
			return v.toks[c].lower
		}
	}
	return ""
}

// isVerbal reports whether token i is used as a verb.
func (v *view) isVerbal(i int) bool {
	switch v.toks[i].upos {
	case "VERB":
		return true
	case "":
	default:
		return false
	}
	// No tags: guess from the form and its left neighbour.
	t := v.toks[i]
	if i > 0 {
		switch v.toks[i-1].lower {
		case "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "such":
			return false
		case "to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do", "does",
			"was", "were", "is", "are", "been", "be", "being", "has", "have", "had":
			return true
		}
	}
	return strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing") || v.lx.irregular[t.lower] != ""
}

// subtree returns the tokens under i (i included), at most limit deep.
func (v *view) subtree(i, limit int) []int {
	out := []int{i}
	frontier := []int{i}
	for depth := 0; depth < limit && len(frontier) > 0; depth++ {
		var next []int
		for _, f := range frontier {
			next = append(next, v.kids[f]...)
		}
		out = append(out, next...)
		frontier = next
	}
	return out
}
