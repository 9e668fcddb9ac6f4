package attribution

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// sentence is a view of one sentence's tokens with its dependency tree
// turned around (children per token), built once per sentence.
type sentence struct {
	d           *doc.Doc
	idx         int
	first, end  int     // Doc.Tokens range
	kids        [][]int // kids[i-first]: Doc.Tokens indices whose Head is i
	paragraphID int     // counts newlines before the sentence: same value = same paragraph
	parsed      bool    // the parser gave this sentence a usable tree
	// toks is a copy of the sentence's tokens, so that an implausible
	// tree can be set aside for this stage without touching the Doc.
	toks []doc.Token
}

func newSentence(d *doc.Doc, idx, para int) *sentence {
	s := d.Sentences[idx]
	sc := &sentence{d: d, idx: idx, first: s.First, end: s.End, kids: make([][]int, s.End-s.First), paragraphID: para}
	for i := s.First; i < s.End; i++ {
		h := d.Tokens[i].Head
		// A head outside the sentence is a parser or segmenter fault; the
		// token is then treated as a root of its own.
		if d.Tokens[i].Dep != "" {
			sc.parsed = true
		}
		if h >= s.First && h < s.End && h != i {
			sc.kids[h-s.First] = append(sc.kids[h-s.First], i)
		}
	}
	sc.toks = append([]doc.Token(nil), d.Tokens[s.First:s.End]...)
	if sc.parsed && !plausibleParse(d, s) {
		// A tree that breaks the basic shape of a parse is worse than
		// none: read this sentence off the tags alone.
		sc.parsed = false
		for i := range sc.kids {
			sc.kids[i] = nil
		}
		for i := range sc.toks {
			sc.toks[i].Head, sc.toks[i].Dep = -1, ""
		}
	}
	return sc
}

// plausibleParse checks a sentence's tree against what any sane parse of
// English looks like: punctuation attached as punct and only punctuation
// so, one root, and not most words chained as conjuncts. It guards
// against a broken or mismatched parser model.
func plausibleParse(d *doc.Doc, s doc.Sentence) bool {
	n := s.End - s.First
	if n < 4 {
		return true
	}
	bad, conj, roots := 0, 0, 0
	for i := s.First; i < s.End; i++ {
		t := &d.Tokens[i]
		p := t.UPOS == "PUNCT"
		if p != (t.Dep == "punct") {
			bad++
		}
		base, _, _ := strings.Cut(t.Dep, ":")
		// English determiners, prepositions, auxiliaries and adjectives
		// precede their heads closely.
		switch base {
		case "det", "case", "aux", "cop", "mark", "amod", "nummod":
			// But the possessive 's follows the noun it marks.
			if t.XPOS == "POS" && t.Head < i && t.Head >= i-8 {
				break
			}
			if t.Head <= i || t.Head > i+8 {
				bad++
			} else if base == "det" || base == "amod" || base == "nummod" {
				// Their head is the noun they modify: no other noun
				// comes between.
				for k := i + 1; k < t.Head; k++ {
					if u := d.Tokens[k].UPOS; (u == "NOUN" || u == "PROPN") && d.Tokens[k].Head != t.Head {
						bad++
						break
					}
				}
				if u := d.Tokens[t.Head].UPOS; u == "VERB" || u == "AUX" || u == "ADP" || u == "PUNCT" {
					bad++
				}
			}
		}
		switch t.UPOS {
		case "DET":
			if base != "det" && base != "nsubj" && base != "obj" && base != "nmod" && base != "obl" && base != "fixed" && base != "root" {
				bad++
			}
		case "ADP":
			if base != "case" && base != "mark" && base != "fixed" && base != "compound" && base != "advmod" && base != "obl" {
				bad++
			}
		case "CCONJ":
			if base != "cc" && base != "fixed" && base != "advmod" {
				bad++
			}
		}
		if t.Dep == "conj" || t.Dep == "list" || t.Dep == "fixed" || t.Dep == "flat" {
			conj++
		}
		if t.Head < 0 || t.Dep == "root" {
			roots++
		}
	}
	// Arcs of English trees rarely cross; a tree with many crossing arcs
	// is noise.
	crossing := 0
	for i := s.First; i < s.End; i++ {
		a1, b1 := arc(d, i)
		if a1 < 0 {
			continue
		}
		for j := i + 1; j < s.End; j++ {
			a2, b2 := arc(d, j)
			if a2 >= 0 && (a1 < a2 && a2 < b1 && b1 < b2 || a2 < a1 && a1 < b2 && b2 < b1) {
				crossing++
				break
			}
		}
	}
	// Nor do most words hang from the word before them.
	chain := 0
	for i := s.First + 1; i < s.End; i++ {
		if d.Tokens[i].Head == i-1 {
			chain++
		}
	}
	return bad*10 <= n && conj*5 <= n*2 && roots <= 2 && crossing*10 <= n && chain*2 <= n
}

// arc is the extent of the arc from token i to its head, or -1, -1.
func arc(d *doc.Doc, i int) (int, int) {
	h := d.Tokens[i].Head
	if h < 0 {
		return -1, -1
	}
	return min(i, h), max(i, h)
}

func (s *sentence) tok(i int) *doc.Token { return &s.toks[i-s.first] }

func (s *sentence) in(i int) bool { return i >= s.first && i < s.end }

func (s *sentence) children(i int) []int { return s.kids[i-s.first] }

// head returns the head of i inside the sentence, or -1.
func (s *sentence) head(i int) int {
	h := s.tok(i).Head
	if h < s.first || h >= s.end || h == i {
		return -1
	}
	return h
}

// childrenDep returns the children of i whose relation is one of deps
// (a relation with a subtype matches its base, "nsubj" matches "nsubj:pass"
// only when listed as such).
func (s *sentence) childrenDep(i int, deps ...string) []int {
	var out []int
	for _, c := range s.children(i) {
		dep := s.tok(c).Dep
		for _, want := range deps {
			if dep == want {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func (s *sentence) firstChild(i int, deps ...string) int {
	if c := s.childrenDep(i, deps...); len(c) > 0 {
		return c[0]
	}
	return -1
}

// subtree returns i and all its descendants, sorted. Cycles from a faulty
// parse are cut by the visited set.
func (s *sentence) subtree(i int, skip map[int]bool) []int {
	seen := map[int]bool{}
	var out []int
	var walk func(int)
	walk = func(j int) {
		if seen[j] || skip[j] {
			return
		}
		seen[j] = true
		out = append(out, j)
		for _, c := range s.children(j) {
			walk(c)
		}
	}
	walk(i)
	sort.Ints(out)
	return out
}

// dominates reports whether a is an ancestor of (or equal to) b.
func (s *sentence) dominates(a, b int) bool {
	for n := 0; b >= 0 && n < s.end-s.first+1; n++ {
		if b == a {
			return true
		}
		b = s.head(b)
	}
	return false
}

// runs splits a sorted token set into maximal runs of consecutive indices.
func runs(toks []int) [][2]int {
	var out [][2]int
	for _, t := range toks {
		if n := len(out); n > 0 && out[n-1][1] == t {
			out[n-1][1] = t + 1
			continue
		}
		out = append(out, [2]int{t, t + 1})
	}
	return out
}

// unquoted yields the tokens of [a, b) outside quotation marks, the marks
// themselves left out; the marks alternate, opening and closing, from a.
func (s *sentence) unquoted(a, b int) iter.Seq[int] {
	return func(yield func(int) bool) {
		inQuote := false
		for j := a; j < b; j++ {
			if isQuoteTok(s.tok(j)) {
				inQuote = !inQuote
				continue
			}
			if !inQuote && !yield(j) {
				return
			}
		}
	}
}

// words counts tokens that are not punctuation in [a, b).
func (s *sentence) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if !isPunct(s.tok(i)) {
			n++
		}
	}
	return n
}

// longestRun picks the run with the most words; ties go to the later run,
// because reported content more often follows a fronted adverbial.
func (s *sentence) longestRun(toks []int) (int, int) {
	best, bw := [2]int{}, -1
	for _, r := range runs(toks) {
		if w := s.words(r[0], r[1]); w >= bw && w > 0 {
			best, bw = r, w
		}
	}
	return best[0], best[1]
}

func isPunct(t *doc.Token) bool {
	if t.UPOS == "PUNCT" || t.UPOS == "SYM" {
		return true
	}
	for _, r := range t.Text {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x2FF && !isQuoteRune(r) && !isDashRune(r) {
			return false
		}
	}
	return true
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‟':
		return true
	}
	return false
}

func isDashRune(r rune) bool {
	switch r {
	case '–', '—', '―', '‒':
		return true
	}
	return false
}

func isQuoteTok(t *doc.Token) bool {
	// The possessive of a plural ("Sanders’ campaign") is written with a
	// quotation mark but quotes nothing.
	if t.XPOS == "POS" {
		return false
	}
	for _, r := range t.Text {
		if !isQuoteRune(r) {
			return false
		}
	}
	return t.Text != ""
}

// capitalised reports whether t's form starts with a capital letter.
func capitalised(t *doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// lower is the lower-cased form of a token.
func lower(t *doc.Token) string { return strings.ToLower(t.Text) }

// lemma is the lower-cased lemma, falling back on the form.
func lemma(t *doc.Token) string {
	if t.Lemma != "" && t.Lemma != "_" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Text)
}

func isVerbTag(t *doc.Token) bool {
	return strings.HasPrefix(t.XPOS, "VB") || t.UPOS == "VERB"
}

// trim narrows [a, b) by dropping edge tokens for which drop reports true,
// and returns the narrowed range (a == b when nothing is left).
func trim(a, b int, dropLeft, dropRight func(int) bool) (int, int) {
	for a < b && dropLeft(a) {
		a++
	}
	for b > a && dropRight(b-1) {
		b--
	}
	return a, b
}

// span is the text span of tokens [a, b).
func (s *sentence) span(a, b int) doc.Span {
	if a >= b {
		return doc.Span{}
	}
	return doc.Span{Start: s.d.Tokens[a].Span.Start, End: s.d.Tokens[b-1].Span.End}
}

// minmax returns the extent [a, b) of a token set.
func minmax(toks []int) (int, int) {
	if len(toks) == 0 {
		return 0, 0
	}
	return toks[0], toks[len(toks)-1] + 1
}

// verbAt returns the cue lemma of token i when it is a cue verb, including
// the common tagger slip that reads a present-tense verb after its subject
// as a plural noun ("the article concludes.", "the author assumes that").
func (s *sentence) verbAt(i int) string {
	t := s.tok(i)
	if l := cueLemma(t); l != "" {
		return l
	}
	if w := lower(t); (w == "says" || w == "said") && t.UPOS == "PROPN" && t.Text != w {
		// Title case ("Senator Says Deal Is Dead") defeats the tagger;
		// these two forms are verbs whatever the tag says.
		return "say"
	}
	// "indirectly confirms this": after a manner adverb, a present tense
	// the tagger read as a plural noun.
	if t.XPOS == "NNS" && i > s.first && s.tok(i-1).UPOS == "ADV" && strings.HasSuffix(lower(s.tok(i-1)), "ly") && strings.HasSuffix(lower(t), "s") {
		if l := lexLemma(t); l != "" {
			return l
		}
	}
	// "A report by the panel, seen by the paper, alleges that ...": after
	// a subject with a phrase set off on it, a present tense before
	// "that" the tagger read as a plural noun.
	if t.XPOS == "NNS" && i > s.first && s.tok(i-1).Text == "," && i+1 < s.end && lower(s.tok(i+1)) == "that" && strings.HasSuffix(lower(t), "s") && !finiteOutsideRelative(s, s.first, i-1) {
		if l := lexLemma(t); l != "" && !weakCues[l] {
			return l
		}
	}
	// "..., the military denied.", "..., military denies": a cue ending
	// the sentence after a comma and its subject, which the tagger read
	// as the noun phrase's last noun.
	// (Not a plural noun that names what is said: "..., theoretical
	// views.")
	if (t.UPOS == "NOUN" || t.UPOS == "ADJ") && s.words(i+1, s.end) == 0 && finalSubject(s, i) >= 0 && !pluralSayingNoun(lower(t)) && !kindNoun(strings.TrimSuffix(lower(t), "s")) {
		if l := uninflect(lower(t), inflections, func(l string) bool { return !weakCues[l] }); l != "" && l != lower(t) {
			return l
		}
	}
	// Likewise a cue verb of a title-case headline right after a name or
	// a noun that can name a source ("Mike Pence Calls for Special
	// Prosecutor", "Report Reveals ...").
	// And in a headline in sentence case, a clause with no finite verb
	// and no full stop ("Houthis claim attack on tanker").
	if i > s.first && (t.UPOS == "PROPN" || t.UPOS == "NOUN") && (capitalised(t) && titleCase(s) || headlineClause(s, i)) {
		if p := s.tok(i - 1); p.UPOS == "PROPN" || p.XPOS == "NNPS" || p.XPOS == "NNS" || p.UPOS == "NOUN" && kindNoun(lemma(p)) || misreadName(p) {
			// The verb agrees with the subject before it: a base form
			// only after a plural ("Lawmakers Rip"), else it is a noun
			// of a compound ("Clinton Plan for Taxes").
			j := i - 1
			for j > s.first && strings.HasSuffix(lower(s.tok(j)), "ly") {
				j--
			}
			q := s.tok(j)
			plural := q.XPOS == "NNS" || q.XPOS == "NNPS" || strings.HasSuffix(lower(q), "s") && (q.UPOS == "PROPN" || misreadName(q)) || pluralSubjectEnd(s, j)
			if l := headlineVerb(lower(t)); l != "" && (strings.HasSuffix(lower(t), "s") || plural) {
				return l
			}
		}
	}
	// "79 percent of Democrats say they ...": "say" read as an
	// interjection, between a subject and the clause it reports.
	// So after a share ("47% say", "Nearly a third say they ..."),
	// where the tagger may also read it as a noun.
	if w := lower(t); (w == "say" || w == "says") && (t.UPOS == "INTJ" || t.UPOS == "NOUN" && shareWords[lower(s.tok(max(i-1, s.first)))]) && i > s.first && i+1 < s.end {
		// Or set off by commas after its subject (", advisers to Mr.
		// Obama say, the president ...").
		// Or after an adverb set off by commas (", however, say").
		if p, n := s.tok(i-1), s.tok(i+1); (p.UPOS == "NOUN" || p.UPOS == "PROPN" || p.UPOS == "PRON" || p.UPOS == "NUM" || p.Text == "%" || shareWords[lower(p)] || s.asideDash(i-1) || adverbAsideBefore(s, i)) &&
			(n.UPOS == "PRON" || n.UPOS == "DET" || n.UPOS == "PROPN" || n.UPOS == "NOUN" || lower(n) == "that" || n.Text == ",") {
			return "say"
		}
	}
	if t.XPOS != "NNS" && t.XPOS != "NN" || i == s.first || i+1 >= s.end {
		return ""
	}
	// A participle in -ing read as a noun ("warning", "admitting"):
	// after a form of "be" ("is warning voters that"), or after a comma
	// or a preposition with a clause or a quotation after it (",
	// warning that ...", "despite admitting that ...").
	if w := lower(t); t.XPOS == "NN" && strings.HasSuffix(w, "ing") {
		if l := uninflect(w, ingForms, nil); l != "" {
			p, n := s.tok(i-1), s.tok(i+1)
			if p.UPOS == "AUX" && lemma(p) == "be" && (n.UPOS == "NOUN" || n.UPOS == "PROPN" || n.UPOS == "PRON" || n.UPOS == "DET" || lower(n) == "that") ||
				participleLink(p) && (lower(n) == "that" || isQuoteTok(n)) {
				return l
			}
		}
	}
	l := lexLemma(t)
	// Adverbs may stand between subject and verb ("It also points out").
	pi := i - 1
	for pi > s.first && s.tok(pi).UPOS == "ADV" {
		pi--
	}
	prev, next := s.tok(pi), s.tok(i+1)
	switch {
	case l == "":
		return ""
	case t.XPOS == "NN":
		// The base form after a plural noun phrase agrees with it as a
		// verb ("records show", "records compiled by the commission
		// show"), where the tagger read a compound noun.
		// So does "that" and a clause after evidence ("Data from the
		// survey show that ...").
		// Or the end of the sentence (", industry data show.").
		evidenceThat := (lower(next) == "that" || isPunct(next) && s.words(i+1, s.end) == 0) && (evidenceNouns[lemma(prev)] || documentNouns[lemma(prev)])
		if lower(t) != l || prev.XPOS != "NNS" && prev.XPOS != "NNPS" && !pluralIn(s, chainBack(s, i-1)) && !pluralSubjectEnd(s, pi) && !evidenceThat {
			return ""
		}
	case !strings.HasSuffix(lower(t), "s"):
		return ""
	}
	// After an appositive ("Coan, the family's lawyer, argues that"), only
	// with "that" and a clause after it.
	// So with a to-infinitive after it for a verb that takes one
	// ("Pence, plans to release"), after an appositive or after ", and"
	// as the second verb of its subject ("proposes X, and plans to").
	infinitive := lower(next) == "to" && cueVerbs[l].frame&fInfinitive != 0 && i+2 < s.end && s.tok(i+2).XPOS == "VB"
	afterApposition := prev.Text == "," && (lower(next) == "that" && hasFinite(s, i+2, s.end) || infinitive || next.XPOS == "VBG" && gerundVerbs[l])
	// Or with a clause after it: ", but insists it will ...".
	clauseNext := lower(next) == "that" || next.UPOS == "PRON" && next.XPOS == "PRP" && i+2 < s.end && (s.tok(i+2).XPOS == "MD" || finiteVerb(s.tok(i+2)))
	secondVerb := prev.UPOS == "CCONJ" && pi > s.first && s.tok(pi-1).Text == "," && (infinitive || clauseNext) && hasFinite(s, s.first, pi)
	if prev.UPOS != "NOUN" && prev.UPOS != "PROPN" && !(prev.UPOS == "PRON" && prev.XPOS == "PRP") && !afterApposition && !secondVerb {
		return ""
	}
	// A noun phrase after a preposition of place or time is its object,
	// no subject ("in nine swing states, ..."): the word is the plural
	// noun it seems. "Of" and "by" phrases may end a subject ("the head
	// of the agency says", "records compiled by the commission show").
	if !afterApposition && !secondVerb {
		k := pi
		for k > s.first && npTag(s.tok(k)) {
			k--
		}
		if p := lower(s.tok(k)); k < pi && s.tok(k).UPOS == "ADP" && p != "of" && p != "by" && p != "from" && !pluralPlaced(s, k) {
			return ""
		}
	}
	switch lower(next) {
	case "out":
		// "As the author points out, ...", "It points out that ...": a
		// phrasal verb's particle.
		if i+2 < s.end && (s.tok(i+2).Text == "," || lower(s.tok(i+2)) == "that" || isQuoteTok(s.tok(i+2))) {
			return l
		}
	case "that":
		// "states that have suffered": a relative clause after a noun.
		if i+2 < s.end && (isVerbTag(s.tok(i+2)) || s.tok(i+2).UPOS == "AUX") {
			return ""
		}
		return l
	case ",", ".", ":", ";":
		return l
	case "to":
		// "the senator plans to run": a to-infinitive after it.
		if cueVerbs[l].frame&fInfinitive != 0 && i+2 < s.end && s.tok(i+2).XPOS == "VB" {
			return l
		}
	}
	if isQuoteTok(next) {
		return l
	}
	// "documents show he took ...": a subject pronoun and its verb.
	// (Also "it" and a modal: "but insists it will pursue it".)
	if next.XPOS == "PRP" && (nominative[lower(next)] || lower(next) == "it") && i+2 < s.end && (finiteVerb(s.tok(i+2)) || s.tok(i+2).XPOS == "MD") {
		return l
	}
	// "The M23 denies receiving support": a verb that takes a gerund,
	// with one after it.
	if next.XPOS == "VBG" && gerundVerbs[l] {
		return l
	}
	// "1 percent support Jill Stein": a noun cannot take a determiner,
	// a possessive or a name right after it; a stance verb can.
	if stanceVerbs[l] && (next.UPOS == "DET" || next.XPOS == "PRP$" || next.UPOS == "PROPN") {
		return l
	}
	return ""
}

// gerundVerbs report an act named by a gerund after them ("denies
// receiving", "admits taking").
var gerundVerbs = set(`deny admit acknowledge confirm regret recall mention`)

// titleCase reports whether s is written in title case, as headlines
// are: at least four words, and at least four in five of the words of
// four letters or more capitalised.
func titleCase(s *sentence) bool {
	words, long, caps := 0, 0, 0
	for i := s.first; i < s.end; i++ {
		t := s.tok(i)
		if isPunct(t) {
			continue
		}
		words++
		if utf8.RuneCountInString(t.Text) >= 4 {
			long++
			if capitalised(t) {
				caps++
			}
		}
	}
	return words >= 4 && long > 0 && 5*caps >= 4*long
}

// headlineClause reports whether token i lies in a clause written as a
// headline: a sentence with no closing punctuation, whose clause around i
// (between semicolons) has no finite verb but i, and which opens with
// a capitalised noun, name or adjective.
func headlineClause(s *sentence, i int) bool {
	if !unpunctuated(s) {
		return false
	}
	a, b := i, i
	for a > s.first && s.tok(a-1).Text != ";" && s.tok(a-1).Text != ":" {
		a--
	}
	for b < s.end && s.tok(b).Text != ";" {
		b++
	}
	if u := s.tok(a).UPOS; u != "PROPN" && u != "NOUN" && u != "ADJ" && !misreadName(s.tok(a)) || !capitalised(s.tok(a)) || hasFinite(s, a, i) || hasFinite(s, i+1, b) {
		return false
	}
	for k := a; k < i; k++ {
		if u := s.tok(k).UPOS; u != "PROPN" && u != "ADJ" && u != "NOUN" && !misreadName(s.tok(k)) {
			return false
		}
	}
	return true
}

// misreadName reports whether t is a capitalised word the tagger read as
// a determiner though it is none ("Houthis claim ..." with "Houthis"
// tagged DT).
func misreadName(t *doc.Token) bool {
	return t.UPOS == "DET" && capitalised(t) && len(t.Text) > 3 && !determinerWords[lower(t)]
}

var determinerWords = set(`the a an this that these those some any each every either neither both all another such what which whose no`)

// finalSubject returns the comma that sets off a short subject right
// before token i after a clause (", (the) military"), or -1.
func finalSubject(s *sentence, i int) int {
	k := i - 1
	for k > s.first && i-k <= 4 && (s.tok(k).UPOS == "NOUN" || s.tok(k).UPOS == "ADJ" || s.tok(k).UPOS == "PROPN") {
		k--
	}
	if k < i-1 && k > s.first && articles[lower(s.tok(k))] {
		k--
	}
	if k < i-1 && k-1 > s.first && s.tok(k).Text == "," {
		return k
	}
	return -1
}

// headlineVerb returns the cue lemma of a present-tense form w
// ("calls", "vows", "denies", "urges") or of a base form, or "".
// Weak cues are left out: in a headline nothing shows their clause.
func headlineVerb(w string) string {
	return uninflect(w, presentForms, func(l string) bool { return !weakCues[l] })
}

// shareWords name a share of people who may "say" something ("a third
// say", "most say").
var shareWords = set(`third thirds half quarter quarters fifth fifths most many few several others majority plurality minority`)

// nominative are the pronouns that can only be subjects.
var nominative = set(`i he she we they`)

// flat returns the sentence read off its tags alone: the same tokens
// without heads and relations. It returns s itself when s has no tree.
func (s *sentence) flat() *sentence {
	if !s.parsed {
		return s
	}
	f := *s
	f.parsed = false
	f.kids = make([][]int, len(s.kids))
	f.toks = append([]doc.Token(nil), s.toks...)
	for i := range f.toks {
		f.toks[i].Head, f.toks[i].Dep = -1, ""
	}
	return &f
}

// pluralIn reports whether r holds a plural noun.
func pluralIn(s *sentence, r [2]int) bool {
	for k := r[0]; k < r[1]; k++ {
		if x := s.tok(k).XPOS; x == "NNS" || x == "NNPS" {
			return true
		}
	}
	return false
}

// adverbAsideBefore reports whether an adverb set off by commas after a
// noun ends right before token i ("diplomats, however, say").
func adverbAsideBefore(s *sentence, i int) bool {
	return i-3 >= s.first && s.tok(i-1).Text == "," && s.tok(i-2).UPOS == "ADV" && s.tok(i-3).Text == "," &&
		i-4 >= s.first && npTag(s.tok(i-4))
}
