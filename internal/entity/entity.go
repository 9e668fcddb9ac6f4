package entity

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/geo"
	"github.com/hearsaynews/hearsay/internal/outlet"
)

// Options configures the stage. The zero value is the default.
type Options struct {
	// MaxNameTokens is the longest name, in tokens; a longer capitalised
	// run (a headline in title case) is not taken as one name. Zero means
	// 12.
	MaxNameTokens int
}

// Stage finds entities. It holds only read-only tables, so one Stage may
// run on many Docs at once.
type Stage struct {
	maxName int
	groups  map[string]int  // normalised name → index into knownGroups
	bodies  map[string]int  // normalised name → index into knownBodies
	given   map[string]bool // common given names, lower case
}

// New checks the embedded gazetteers and returns the stage.
func New(o Options) (*Stage, error) {
	if o.MaxNameTokens < 0 {
		return nil, fmt.Errorf("entity: MaxNameTokens %d is negative", o.MaxNameTokens)
	}
	if o.MaxNameTokens == 0 {
		o.MaxNameTokens = 12
	}
	if err := geo.Err(); err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	if err := outlet.Err(); err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	s := &Stage{maxName: o.MaxNameTokens, groups: map[string]int{}, bodies: map[string]int{}, given: givenNames()}
	for i, g := range knownGroups {
		for _, n := range g.names {
			s.groups[normKey(n)] = i
		}
	}
	for i, names := range knownBodies {
		for _, n := range names {
			s.bodies[normKey(n)] = i
		}
	}
	return s, nil
}

// ErrNoTokens is returned for a document with words in its text but no
// tokens.
var ErrNoTokens = errors.New("entity: document has text but no tokens (run the segment stage first)")

// Run fills d.Entities, replacing any entities already there.
func (s *Stage) Run(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Entities = nil
	if len(d.Tokens) == 0 {
		// Text with words but no tokens means segmentation never ran;
		// stray control characters alone may rightly give no tokens.
		if strings.IndexFunc(d.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return ErrNoTokens
		}
		return nil
	}
	if err := checkTokens(d); err != nil {
		return err
	}
	a := newAnalyzer(s, d)
	cands := a.candidates()
	if err := ctx.Err(); err != nil {
		return err
	}
	ents := a.cluster(cands)
	a.designate(ents, cands, a.footnotes())
	a.retypeByApposition(ents, cands)
	a.descriptors(ents, cands)
	a.descriptorCountries(ents, cands)
	a.placeAnaphora(ents, cands)
	a.actorAnaphora(ents, cands)
	a.governmentAnaphora(ents, cands)
	a.pronouns(ents, cands)
	a.itPronouns(ents, cands)
	d.Entities = a.finish(ents)
	return nil
}

// checkTokens rejects tokens that do not lie in the text, in order, so
// that no slice of the text can fail later.
func checkTokens(d *doc.Doc) error {
	n, prev := d.Len(), 0
	for i, t := range d.Tokens {
		if t.Span.Start < prev || t.Span.End <= t.Span.Start || t.Span.End > n {
			return fmt.Errorf("entity: token %d %q has span [%d, %d), outside the text (length %d) or out of order",
				i, t.Text, t.Span.Start, t.Span.End, n)
		}
		if t.Text == "" {
			return fmt.Errorf("entity: token %d at [%d, %d) has no text", i, t.Span.Start, t.Span.End)
		}
		prev = t.Span.End
	}
	for i, s := range d.Sentences {
		if s.First < 0 || s.End > len(d.Tokens) || s.First > s.End {
			return fmt.Errorf("entity: sentence %d has token range [%d, %d), outside the %d tokens", i, s.First, s.End, len(d.Tokens))
		}
	}
	return nil
}

// analyzer holds the per-document state of one Run.
type analyzer struct {
	s         *Stage
	d         *doc.Doc
	toks      []doc.Token
	sentOf    []int  // token → sentence index
	sentStart []bool // token opens its sentence (after any opening quote)
	hasPOS    bool
	hasNER    bool
	hasDeps   bool
	// Document-wide evidence gathered before typing, see survey.
	personWords map[string]bool   // words of multi-word person names
	surnames    map[string]bool   // their last words
	geoWords    map[string]bool   // gazetteer names used once without a person tag
	statesNamed map[string]bool   // states named by another form than a lone person-tagged word
	bodyNames   map[string]string // names followed somewhere by a body's head ("Georgian Dream party"), to that head
	outletNames map[string]bool   // names an outlet cue types somewhere ("the newspaper Kommersant")
	outletShort map[string]string // short names of outlets named in full, to the full name
}

func newAnalyzer(s *Stage, d *doc.Doc) *analyzer {
	a := &analyzer{s: s, d: d, toks: d.Tokens}
	a.sentOf = make([]int, len(d.Tokens))
	a.sentStart = make([]bool, len(d.Tokens))
	for si, st := range d.Sentences {
		opened := false
		for i := st.First; i < st.End && i < len(d.Tokens); i++ {
			a.sentOf[i] = si
			if !opened && !isOpening(d.Tokens[i].Text) {
				a.sentStart[i] = true
				opened = true
			}
		}
	}
	if len(d.Sentences) == 0 && len(d.Tokens) > 0 {
		a.sentStart[0] = true
	}
	for _, t := range d.Tokens {
		a.hasPOS = a.hasPOS || t.UPOS != ""
		a.hasNER = a.hasNER || t.NER != ""
		a.hasDeps = a.hasDeps || t.Dep != ""
	}
	a.personNames()
	return a
}

func isOpening(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "(", "[", "«", "—", "–", "-", "*":
		return true
	}
	return false
}

// titleCase reports whether token i's sentence is a headline in title
// case: every word of four letters or more capitalised (one may be spared
// in a long headline). Running text, even full of names, has verbs.
func (a *analyzer) titleCase(i int) bool {
	words, caps := 0, 0
	for k := a.sentFirst(i); k < a.sentEnd(i); k++ {
		w := a.toks[k].Text
		// A short verb in lower case is running text ("Vucic met Putin
		// in Moscow"): a headline capitalises its verbs.
		if t := a.toks[k]; t.UPOS == "VERB" && w == lower(w) && unicode.IsLetter([]rune(w)[0]) {
			return false
		}
		if !unicode.IsLetter([]rune(w)[0]) || len(w) < 4 {
			continue
		}
		words++
		if isCap(w) {
			caps++
		}
	}
	low := words - caps
	return (words >= 4 && low == 0) || (words >= 8 && low <= 1)
}

// sentEnd is one past the last token of token i's sentence.
func (a *analyzer) sentEnd(i int) int {
	if len(a.d.Sentences) == 0 {
		return len(a.toks)
	}
	return min(a.d.Sentences[a.sentOf[i]].End, len(a.toks))
}

func (a *analyzer) sentFirst(i int) int {
	if len(a.d.Sentences) == 0 {
		return 0
	}
	return a.d.Sentences[a.sentOf[i]].First
}

const markers = "*†‡"

// word is token i's text without trailing footnote markers.
func (a *analyzer) word(i int) string {
	return strings.TrimRight(a.toks[i].Text, markers)
}

// end is the end of token i without trailing footnote markers.
func (a *analyzer) end(i int) int {
	t := a.toks[i]
	return t.Span.End - (utf8.RuneCountInString(t.Text) - utf8.RuneCountInString(a.word(i)))
}

func (a *analyzer) ner(i int) (bio byte, typ string) {
	n := a.toks[i].NER
	if len(n) > 2 && (n[0] == 'B' || n[0] == 'I') && n[1] == '-' {
		return n[0], n[2:]
	}
	return 'O', ""
}

// perStart is where the recogniser's person name starts in [first, end)
// when first is outside it, first when first is inside one or there is
// none.
func (a *analyzer) perStart(first, end int) int {
	if _, t := a.ner(first); t == "PER" {
		return first
	}
	for p := first + 1; p < end; p++ {
		if b, t := a.ner(p); t == "PER" {
			if b == 'B' {
				return p
			}
			break
		}
	}
	return first
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// innerCap reports whether w has a capital after its first letter
// ("POLITICO", "HuffPost"), which ordinary words at the start of a
// sentence do not.
func innerCap(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsDigit(r) || r == '&' || r == '-':
		default:
			return false
		}
	}
	return n >= 2 && utf8.RuneCountInString(w) <= 7
}

// nameish reports whether token i can be part of a proper name.
func (a *analyzer) nameish(i int) bool {
	w := a.word(i)
	if w == "" || !isCap(w) {
		return false
	}
	lw := lower(w)
	if calendar[lw] || w == "I" {
		return false
	}
	// A lone capital letter ("I.", "A") is an initial or a pronoun, a name
	// only next to other name words.
	if utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1 && !(i+1 < len(a.toks) && isCap(a.toks[i+1].Text)) &&
		!(i > 0 && isCap(a.toks[i-1].Text)) {
		return false
	}
	bio, _ := a.ner(i)
	inNER := bio != 'O'
	if a.sentStart[i] {
		// At the start of a sentence a capital proves nothing; the tagger
		// or recogniser must call it a name, a gazetteer must know it, or
		// (without tags) another capitalised word must follow. A word
		// that commonly opens sentences ("Afterwards", "Meanwhile") is
		// none, whatever the tagger or recogniser made of it.
		if capStop[lw] && !a.known(w) {
			return false
		}
		if inNER || a.toks[i].UPOS == "PROPN" || a.known(w) || (a.surnames[lw] && !isAcronym(w)) {
			return true
		}
		// The first word of a title with a capitalised preposition in
		// it: "Doctors Without Borders said".
		if k := i + 1; k+1 < len(a.toks) && a.sentOf[k+1] == a.sentOf[i] && titleConnectors[lower(a.toks[k].Text)] && isCap(a.toks[k].Text) && isCap(a.toks[k+1].Text) && !a.titleCase(i) && !a.shouting(i) {
			return true
		}
		if !a.hasPOS {
			return i+1 < len(a.toks) && a.sentOf[i+1] == a.sentOf[i] && isCap(a.toks[i+1].Text)
		}
		return false
	}
	if !a.hasPOS {
		return true
	}
	switch a.toks[i].UPOS {
	case "PROPN", "ADJ", "NOUN", "X", "NUM", "SYM":
		return true
	default:
		return inNER || a.known(w)
	}
}

// known reports whether a gazetteer knows the word as a state, demonym,
// capital, place, outlet or armed group.
func (a *analyzer) known(w string) bool {
	if _, ok := geo.ByName(w); ok {
		return true
	}
	if _, ok := geo.ByDemonym(w); ok {
		return true
	}
	if _, ok := geo.PlaceOf(w); ok {
		return true
	}
	if _, ok := outlet.Lookup(w); ok && innerCap(w) {
		return true
	}
	_, ok := a.s.groups[normKey(w)]
	return ok
}

// ofComplement reports whether token k follows "of", "for" or "and"
// inside the run [first, k), perhaps after capitalised words: the end of
// a body's name ("Ministry of National Defence").
func (a *analyzer) ofComplement(first, k int) bool {
	for j := k - 1; j > first; j-- {
		switch lower(a.toks[j].Text) {
		case "of", "for", "and":
			return true
		}
		if !isCap(a.toks[j].Text) {
			return false
		}
	}
	return false
}

// isQuoteText reports whether w is a quotation mark.
func isQuoteText(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

// hyphened reports whether [first, end) is one word joined by hyphens
// ("Shimabukuro-Tanaka").
func (a *analyzer) hyphened(first, end int) bool {
	if end-first < 3 {
		return false
	}
	for k := first; k < end-1; k++ {
		if !a.adjacent(k) {
			return false
		}
	}
	return true
}

// koreanSyllable reports whether w can be the second syllable of a
// romanised Korean given name: two to four lower-case letters, not an
// English participle ending in -ed.
func koreanSyllable(w string) bool {
	if len(w) < 2 || len(w) > 4 || strings.HasSuffix(w, "ed") {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// listJoined reports whether only commas and "and" or "or" stand
// between tokens end and next: members of one list.
func (a *analyzer) listJoined(end, next int) bool {
	if end >= next || a.sentOf[end] != a.sentOf[next-1] {
		return false
	}
	for k := end; k < next; k++ {
		switch lower(a.toks[k].Text) {
		case ",", "and", "or":
		default:
			return false
		}
	}
	return true
}

// conjoined reports whether "and" or "or" stands between tokens end and
// next.
func (a *analyzer) conjoined(end, next int) bool {
	for k := end; k < next; k++ {
		if w := lower(a.toks[k].Text); w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (a *analyzer) adjacent(i int) bool {
	return i+1 < len(a.toks) && a.toks[i].Span.End == a.toks[i+1].Span.Start
}

// join returns the index of the next name token when the tokens from j on
// continue the name that ends at j-1 ("Republic | of China", "People | 's
// Republic", "al | - Qaeda"), or -1.
func (a *analyzer) join(j, end int) int {
	if j >= end || j == 0 {
		return -1
	}
	w := lower(a.toks[j].Text)
	prev := lower(a.word(j - 1))
	// A small word the recogniser puts inside the name, between two
	// name words of the same kind ("Syrian Observatory for Human
	// Rights", "Organization for Security and Co-operation in Europe").
	if b, typ := a.ner(j); b == 'I' && nameConnectors[w] && j+1 < end && !isCap(a.toks[j].Text) {
		if pb, ptyp := a.ner(j - 1); pb != 'O' && ptyp == typ {
			if nb, ntyp := a.ner(j + 1); nb == 'I' && ntyp == typ && a.nameish(j+1) {
				return j + 1
			}
		}
	}
	// A preposition capitalised between name words, in running text,
	// is inside a title: "Doctors Without Borders", "Campaign Against
	// Arms Trade".
	if titleConnectors[w] && isCap(a.toks[j].Text) && !a.sentStart[j] && j+1 < end && a.nameish(j+1) && !a.titleCase(j) && !a.shouting(j) {
		return j + 1
	}
	switch {
	case w == "to" && forHeads[prev] && j+2 < end && isCap(a.toks[j+1].Text) && a.nameish(j+2):
		// "Committee to Protect Journalists": a body named for its aim.
		return j + 1
	case w == "and" && a.titleHeadBefore(j) && j+1 < end && isCap(a.toks[j+1].Text) && !titles[lower(a.toks[j+1].Text)] && !a.known(a.toks[j+1].Text) &&
		(j+2 >= end || !a.nameish(j+2)):
		// "Party of Action and Solidarity": one more word of the name.
		return j + 1
	// A body's name goes on over its small words: after its head
	// ("Republic | of China", "Institute for the Study | of War"), or
	// after a noun for a kind of body before the name ("the advocacy
	// group Justice for Myanmar", "the charity Friends of the Earth").
	case w == "of" && ofHeads[prev] || w == "for" && forHeads[prev],
		(w == "of" || w == "for") && a.titleHeadBefore(j),
		(w == "of" || w == "for" || w == "against" || w == "without") && a.bodyNamedAfter(j):
		k := j + 1
		if k < end && lower(a.toks[k].Text) == "the" {
			k++
		}
		if k < end && a.nameish(k) {
			return k
		}
	case (w == "'s" || w == "’s") && (peopleNouns[prev] || a.toks[j-1].XPOS == "NNPS"):
		if j+1 < end && a.nameish(j+1) {
			return j + 1
		}
	// An outlet the registry knows by a possessive name ("Lloyd's List",
	// "Investor's Business Daily").
	case (w == "'s" || w == "’s") && j+1 < end && a.nameish(j+1) && a.registeredPossessive(j):
		return j + 1
	// A plural's possessive inside a name: "Kurdistan Workers' Party".
	case (w == "'" || w == "’") && strings.HasSuffix(prev, "s") && isCap(a.toks[j-1].Text) && (a.toks[j-1].XPOS == "NNPS" || a.toks[j-1].XPOS == "NNS"):
		// (Not a state's: "the United States' Central Command" is its
		// body.)
		state := false
		for f := max(j-3, 0); f < j; f++ {
			if _, ok := geo.ByName(a.d.Slice(a.span(f, j))); ok && a.sentOf[f] == a.sentOf[j] {
				state = true
			}
		}
		if b, _ := a.ner(j); j+1 < end && a.nameish(j+1) && (b == 'I' || peopleNouns[prev]) && !state {
			return j + 1
		}
	case (w == "-" || w == "/") && a.adjacent(j-1) && a.adjacent(j):
		if j+1 < end && a.nameish(j+1) {
			return j + 1
		}
		// "Lashkar - e-Taiba": the tokenizer keeps a short bound prefix on
		// the next part.
		if next := a.toks[min(j+1, end-1)].Text; j+1 < end && !isCap(next) {
			if k := strings.LastIndex(next, "-"); k > 0 && k < 4 && isCap(next[k+1:]) {
				return j + 1
			}
		}
		// The second syllable of a Korean given name: "Park Ji-hoon",
		// "Kim Jong-un". (A short lower-case word after a short name
		// that itself follows a name; "UN-backed", "the Saudi-led"
		// have no name before theirs.)
		if next := a.toks[min(j+1, end-1)].Text; w == "-" && j+1 < end && j >= 2 && a.sentOf[j-2] == a.sentOf[j] &&
			koreanSyllable(next) && len(a.toks[j-1].Text) <= 5 && isCap(a.toks[j-2].Text) && a.nameish(j-2) {
			return j + 1
		}
		// Short lower-case infixes of transliterated names:
		// "Lashkar-e-Taiba", "Hizb-ut-Tahrir".
		if w == "-" && j+3 < end && len(a.toks[j+1].Text) <= 3 && !isCap(a.toks[j+1].Text) &&
			a.adjacent(j+1) && a.toks[j+2].Text == "-" && a.adjacent(j+2) && a.nameish(j+3) {
			return j + 3
		}
	case w == "&":
		if j+1 < end && a.nameish(j+1) {
			return j + 1
		}
	case w == "and" && j+1 < end && a.nameish(j+1):
		// A state's name with "and" in it: "Bosnia and Herzegovina",
		// "Saint Kitts and Nevis".
		for f := j - 1; f >= max(0, j-2) && a.sentOf[f] == a.sentOf[j]; f-- {
			if _, ok := geo.ByName(a.d.Slice(a.span(f, j+2))); ok {
				return j + 1
			}
		}
	case lowerParticles[w]:
		k := j + 1
		if k < end && a.toks[k].Text == "-" && a.adjacent(j) && a.adjacent(k) {
			k++
		}
		// Two particles: "van der Velde", "de la Cruz".
		if k+1 < end && lowerParticles[a.toks[k].Text] {
			k++
		}
		if k < end && a.nameish(k) {
			return k
		}
	}
	return -1
}

// bodyNamedAfter reports whether the name words before token j follow a
// lower-case noun for a kind of body ("the advocacy group", "the
// charity").
func (a *analyzer) bodyNamedAfter(j int) bool {
	k := j - 1
	for k > 0 && a.sentOf[k-1] == a.sentOf[j] && isCap(a.toks[k].Text) && a.nameish(k) {
		k--
	}
	if k == j-1 || isCap(a.toks[k].Text) || a.sentOf[k] != a.sentOf[j] {
		return false
	}
	h := a.toks[k].Text
	return bodyKinds[h] || namedBodyKinds[h]
}

// titleHeadBefore reports whether a capitalised word for a body
// ("Institute", "Committee") opens the name that ends at j-1, before a
// small word of it: "Institute for the Study | of War".
func (a *analyzer) titleHeadBefore(j int) bool {
	small := false
	for k := j - 1; k >= 0 && k >= j-8 && a.sentOf[k] == a.sentOf[j]; k-- {
		t := a.toks[k].Text
		switch {
		case nameConnectors[t]:
			small = true
		case isCap(t):
			if small && (ofHeads[lower(t)] || forHeads[lower(t)]) {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// ageAfter reports whether an age set off by commas follows the name
// that ends before token end: ", 31," or ", 31.".
func (a *analyzer) ageAfter(end int) bool {
	if end+2 >= a.sentEnd(end-1) || a.toks[end].Text != "," {
		return false
	}
	n, err := strconv.Atoi(a.toks[end+1].Text)
	if err != nil || n < 1 || n > 110 {
		return false
	}
	next := a.toks[end+2].Text
	return next == "," || next == "." && end+3 >= a.sentEnd(end-1)
}

// connectiveInside reports whether a preposition of titleConnectors
// stands inside the run [first, end).
func (a *analyzer) connectiveInside(first, end int) bool {
	for k := first + 1; k < end-1; k++ {
		if titleConnectors[lower(a.toks[k].Text)] && a.toks[k].UPOS != "CCONJ" {
			return true
		}
	}
	return false
}

// bodyKindBefore reports whether a noun for a kind of body that is not
// armed comes right before the name at first: "the advocacy group
// Justice for Myanmar", "the campaign Friends of the Earth" (but "the
// militant group Jaish al-Adl").
func (a *analyzer) bodyKindBefore(first int) bool {
	k := first - 1
	if k < 1 || a.sentOf[k] != a.sentOf[first] || a.toks[k].UPOS != "NOUN" {
		return false
	}
	h := a.toks[k].Text
	return namedBodyKinds[h] && !groupHeads[h] && !armedWords[lower(a.toks[k-1].Text)]
}

// nerBreak reports whether the name recogniser starts a new name at j
// right after another one.
func (a *analyzer) nerBreak(j int) bool {
	if !a.hasNER || j == 0 {
		return false
	}
	if nameSuffixes[lower(a.toks[j].Text)] {
		return false // "Biden | Jr.": the suffix stays with the name
	}
	b, _ := a.ner(j)
	pb, _ := a.ner(j - 1)
	return b == 'B' && pb != 'O'
}

// runs finds the maximal name runs [first, end) of the document.
func (a *analyzer) runs() [][2]int {
	var out [][2]int
	for i := 0; i < len(a.toks); {
		if !a.nameish(i) {
			i++
			continue
		}
		end := a.sentEnd(i)
		j := i + 1
		for j < end {
			if a.toks[j-1].Text != a.word(j-1) {
				break // a footnote marker closes the name
			}
			if a.nameish(j) && !a.nerBreak(j) {
				j++
				continue
			}
			if nameSuffixes[lower(a.toks[j].Text)] {
				j++
				continue
			}
			// "Joseph R. Biden, Jr.": the suffix after a comma.
			if a.toks[j].Text == "," && j+1 < end && nameSuffixes[lower(a.toks[j+1].Text)] && j+1 < len(a.toks) {
				j += 2
				continue
			}
			if k := a.join(j, end); k > 0 {
				j = k + 1
				continue
			}
			break
		}
		first := i
		// An article the recogniser took into the name is not part of it.
		for first < j-1 && (a.toks[first].UPOS == "DET" || lower(a.toks[first].Text) == "the") {
			first++
		}
		// A lower-case particle before a hyphen opens the name: "al-Qaeda".
		if first >= 2 && a.toks[first-1].Text == "-" && a.adjacent(first-2) && a.adjacent(first-1) &&
			lowerParticles[a.toks[first-2].Text] && a.sentOf[first-2] == a.sentOf[first] {
			first -= 2
		}
		// Or before a space, when the recogniser opened the name there:
		// "al Qaeda".
		if first >= 1 && lowerParticles[a.toks[first-1].Text] && a.sentOf[first-1] == a.sentOf[first] && !a.adjacent(first-1) {
			if b, _ := a.ner(first - 1); b == 'B' {
				first--
			}
		}
		// A title after a name is the next name's ("U.S. President
		// Donald Trump" read as "U.S. President" and "Donald Trump").
		// (Not after "of": "Ministry of Defence", "Ministry of National
		// Defence".)
		for j-first > 1 && titles[lower(a.word(j-1))] && !orgHeads[lower(a.word(j-1))] && !a.adjacent(j-2) && !a.ofComplement(first, j-1) {
			j--
		}
		if j-first <= a.s.maxName {
			out = append(out, a.splitKnown(first, j)...)
		}
		i = j
	}
	return out
}

// splitKnown splits a name run at "and" when the words on each side are
// names known on their own and the whole is not: the recogniser reads
// "al Qaeda and Islamic State" as one name, but "Bosnia and Herzegovina"
// is one.
func (a *analyzer) splitKnown(first, end int) [][2]int {
	knownName := func(f, e int) bool {
		k := normKey(a.d.Slice(a.span(f, e)))
		if _, ok := a.s.groups[k]; ok {
			return true
		}
		_, ok := geo.ByName(a.d.Slice(a.span(f, e)))
		return ok
	}
	for m := first + 1; m < end-1; m++ {
		if lower(a.toks[m].Text) != "and" {
			continue
		}
		if !knownName(first, end) && knownName(first, m) && knownName(m+1, end) {
			return [][2]int{{first, m}, {m + 1, end}}
		}
	}
	return [][2]int{{first, end}}
}

// cand is one mention found in the text, before clustering.
type cand struct {
	first, end int // token range
	span       doc.Span
	text       string
	kind       string
	typ        string
	country    string
	placeKind  string // "city", "capital", "province", ... for places, when known
	key        string // identity key: mentions with equal keys are one entity
	canonical  string // canonical name from a gazetteer, "" when none
	acronymOf  int    // index of the candidate this acronym is defined for, -1 when none
	ent        int    // index of its entity, set by cluster
	strong     bool   // typed by a gazetteer or cue, not by default
	tentative  bool   // kept only if a later check confirms it
}

func (a *analyzer) span(first, end int) doc.Span {
	return doc.Span{Start: a.toks[first].Span.Start, End: a.end(end - 1)}
}

func (a *analyzer) mk(first, end int, kind, typ, country string) cand {
	sp := a.span(first, end)
	return cand{first: first, end: end, span: sp, text: a.d.Slice(sp), kind: kind, typ: typ,
		country: country, acronymOf: -1}
}

// candidates finds and types every mention.
func (a *analyzer) candidates() []cand {
	var out []cand
	runs := a.runs()
	a.survey(runs)
	runs = a.knownAtStart(runs)
	for _, r := range runs {
		for _, c := range a.classify(r[0], r[1]) {
			// In a title-case line (a headline) capitals say nothing:
			// keep only what a gazetteer or cue typed.
			if c.strong || !a.titleCase(c.first) {
				out = append(out, c)
			}
		}
	}
	// A place name several countries share goes to one the document
	// names elsewhere ("Maryland" beside "Liberia" is the county).
	named := map[string]bool{}
	for _, c := range out {
		if c.typ == doc.EntityCountry {
			named[c.country] = true
		}
	}
	// Failing that, to a neighbour of one it names ("Gaza" beside
	// "Israel" is the Palestinian one, not the Mozambican province).
	neighbour := func(a2 string) bool {
		if cn, ok := geo.CountryOf(a2); ok {
			for _, b := range cn.Borders {
				if named[b] {
					return true
				}
			}
		}
		return false
	}
	for k := range out {
		c := &out[k]
		// A sea or a strait is the water ("the Red Sea", "the South
		// China Sea"), which belongs to no state, even where it shares
		// its name with a province or holds a state's name.
		if f := strings.Fields(c.text); c.typ == doc.EntityPlace && len(f) > 1 && waterWords[f[len(f)-1]] {
			c.country = ""
			continue
		}
		if c.country == "" || named[c.country] || c.typ != doc.EntityPlace && c.typ != doc.EntityOrganization {
			continue
		}
		ps := geo.PlacesOf(c.text)
		if f := strings.Fields(c.text); len(ps) == 0 && len(f) > 1 {
			// "Gaza Strip", "Gaza Health Ministry": the state came from
			// the place the name opens with.
			if placeHeads[lower(f[len(f)-1])] {
				ps = geo.PlacesOf(strings.Join(f[:len(f)-1], " "))
			} else if c.typ == doc.EntityOrganization {
				ps = geo.PlacesOf(f[0])
			}
			if !slices.ContainsFunc(ps, func(p geo.Place) bool { return p.Country == c.country }) {
				continue
			}
		}
		// A capital stays its state's: "London" beside "Washington" is
		// not the Canadian town, nor "Madrid" in a report on Colombia
		// the town near Bogotá.
		capital := len(ps) > 0 && ps[0].Kind == "capital" && ps[0].Country == c.country
		found := false
		for _, p := range ps {
			if named[p.Country] && !capital {
				c.country, found = p.Country, true
				break
			}
		}
		for _, p := range ps {
			if !found && !capital && p.Country != c.country && neighbour(p.Country) && !neighbour(c.country) {
				c.country, found = p.Country, true
				break
			}
		}
	}
	// A one-word name typed only by default or by the recogniser that is a
	// transliteration variant of a place in a state the document names
	// ("Panjshir" for the province Panjshayr) is that place. The
	// recogniser's organisations count too: it often takes a little-known
	// place for one.
	inLonger := map[string]bool{}
	for _, c := range out {
		if c.end-c.first > 1 {
			for k := c.first; k < c.end; k++ {
				inLonger[lower(a.word(k))] = true
			}
		}
	}
	for k := range out {
		c := &out[k]
		if c.strong || c.end-c.first != 1 || c.kind != doc.MentionName || inLonger[lower(c.text)] ||
			(c.typ != doc.EntityPerson && c.typ != doc.EntityOther && c.typ != doc.EntityOrganization && !(c.typ == doc.EntityPlace && c.country == "")) {
			continue
		}
		if p, ok := geo.PlaceLike(c.text, named); ok {
			c.typ, c.country, c.key, c.placeKind = doc.EntityPlace, p.Country, "p:"+normKey(c.text), p.Kind
			c.tentative = false
		}
	}
	// A name listed with places is a place: "at Fordow, Natanz and
	// Isfahan", where the recogniser took the middle one for a person.
	for k := range out {
		c := &out[k]
		if c.strong || c.kind != doc.MentionName || c.typ != doc.EntityPerson && c.typ != doc.EntityOther {
			continue
		}
		listed := func(o cand) bool {
			return o.kind == doc.MentionName && o.typ == doc.EntityPlace
		}
		// (A comma alone may set off an apposition: "a daily in
		// Peshawar, Roznama Khyber Awaz"; a list then needs "and" or
		// "or", or places on both sides.)
		before := k > 0 && a.listJoined(out[k-1].end, c.first) && listed(out[k-1])
		after := k+1 < len(out) && a.listJoined(c.end, out[k+1].first) && listed(out[k+1])
		third := k+1 < len(out) && a.listJoined(c.end, out[k+1].first) && a.conjoined(c.end, out[k+1].first)
		if before && (after || third) || before && a.conjoined(out[k-1].end, c.first) || after && a.conjoined(c.end, out[k+1].first) {
			c.typ, c.key, c.tentative = doc.EntityPlace, "p:"+normKey(c.text), false
		}
	}
	// A capitalised word the recogniser missed that is the surname of a
	// person named in full elsewhere in the document is that person
	// ("Biden" at the start of a sentence after "Joseph R. Biden").
	for k := range out {
		if c := &out[k]; c.tentative && a.surnames[lower(c.text)] {
			c.typ, c.tentative = doc.EntityPerson, false
		}
	}
	kept := out[:0]
	for _, c := range out {
		if !c.tentative {
			kept = append(kept, c)
		}
	}
	out = kept
	out = a.joinForAcronym(out)
	// Acronyms defined in brackets right after a name: "Collective
	// Security Treaty Organisation (CSTO)".
	for k := range out {
		c := &out[k]
		if c.end-c.first != 1 || !isAcronym(c.text) || c.first < 2 || k == 0 {
			continue
		}
		p := out[k-1]
		if a.toks[c.first-1].Text == "(" && p.end == c.first-1 && c.end < len(a.toks) &&
			a.toks[c.end].Text == ")" && (acronymFits(c.text, p.text) || a.foreignAcronym(*c, p)) && p.kind == doc.MentionName &&
			!a.dateline(p.first, p.end) { // ("UNITED NATIONS (MPA) -": the agency that filed it)
			c.acronymOf = k - 1
			if c.typ == doc.EntityOther || !c.strong {
				c.typ = p.typ
			}
		}
	}
	// A name given as another's alias: "Mohamed Hamdan Dagalo, known as
	// Hemedti", "Abu Mohammed al-Jolani, also known as Ahmed al-Sharaa".
	for k := 1; k < len(out); k++ {
		c, p := &out[k], out[k-1]
		if c.kind != doc.MentionName || p.kind != doc.MentionName || c.acronymOf >= 0 || p.typ == doc.EntityCountry {
			continue
		}
		if j := a.knownAsBefore(c.first); j >= 0 && j == p.end {
			c.acronymOf = k - 1
			c.typ, c.country, c.key = p.typ, p.country, ""
		}
	}
	return out
}

// joinForAcronym joins a name and the place or name after "in", "of",
// "for" or "on" into one name when the acronym in brackets right after
// stands for both: "European Union Mission in Armenia (EUMA)" is one
// body, not a mission and a country.
func (a *analyzer) joinForAcronym(out []cand) []cand {
	for k := 2; k < len(out); k++ {
		c, p, q := out[k], out[k-1], out[k-2]
		if c.end-c.first != 1 || !isAcronym(c.text) || c.end >= len(a.toks) || a.toks[c.first-1].Text != "(" || a.toks[c.end].Text != ")" ||
			p.end != c.first-1 || q.end+1 != p.first || p.kind != doc.MentionName || q.kind != doc.MentionName || acronymFits(c.text, p.text) {
			continue
		}
		link := lower(a.toks[q.end].Text)
		switch link {
		case "in", "of", "for", "on":
		default:
			continue
		}
		j := a.mk(q.first, p.end, q.kind, q.typ, q.country)
		if !acronymFits(c.text, j.text) || q.typ != doc.EntityOrganization && q.typ != doc.EntityGroup {
			continue
		}
		// (A body "of" a state is the state's; one "in" it need not be.)
		if j.country == "" && p.typ == doc.EntityCountry && link == "of" {
			j.country = p.country
		}
		j.strong, j.canonical = q.strong, ""
		if strings.HasPrefix(q.key, "n:") {
			j.key = "n:" + coreKey(a, j.first, j.end)
		}
		out[k-2] = j
		out = append(out[:k-1], out[k:]...)
	}
	return out
}

// knownAsBefore returns where the name before ", (also / better) known
// as" ends, when the words before token i are such a phrase, else -1.
func (a *analyzer) knownAsBefore(i int) int {
	j := i - 1
	if j >= 0 && lower(a.toks[j].Text) == "the" {
		j--
	}
	if j < 2 || lower(a.toks[j].Text) != "as" || lower(a.toks[j-1].Text) != "known" {
		return -1
	}
	j -= 2
	if j >= 0 && (lower(a.toks[j].Text) == "also" || lower(a.toks[j].Text) == "better" || lower(a.toks[j].Text) == "widely") {
		j--
	}
	if j < 0 || a.toks[j].Text != "," || a.sentOf[j] != a.sentOf[i] {
		return -1
	}
	return j
}

// afterDemonym returns the comparison form of a name of several words
// without the state's adjective it opens with ("Sudanese Rapid Support
// Forces" → "rapid support forces"), and whether it opens with one.
func (a *analyzer) afterDemonym(first, end int) (string, bool) {
	if end-first < 2 {
		return "", false
	}
	if _, ok := geo.ByDemonym(a.word(first)); !ok {
		return "", false
	}
	return normKey(a.d.Slice(a.span(first+1, end))), true
}

// foreignAcronym reports whether the acronym c in brackets after the
// body's name p is its acronym in another language: "State Committee for
// National Security (GKNB)", "Security Service of Ukraine (SBU)". Only
// after a body of several words, and not an outlet's name ("(AP)").
func (a *analyzer) foreignAcronym(c, p cand) bool {
	if p.typ != doc.EntityOrganization && p.typ != doc.EntityGroup || p.end-p.first < 2 {
		return false
	}
	_, isOutlet := outlet.Lookup(c.text)
	return !isOutlet
}

// acronymFits reports whether acr could abbreviate name: its letters are
// the initials of name's capitalised words, in order, allowing skipped
// words, or the beginnings of two or more of them.
func acronymFits(acr, name string) bool {
	var initials []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	letters := []rune(strings.ToUpper(acr))
	j := 0
	for _, r := range initials {
		if j < len(letters) && r == letters[j] {
			j++
		}
	}
	if j == len(letters) && len(letters) >= 2 && len(initials) > 0 && initials[0] == letters[0] {
		return true
	}
	// Or the beginnings of its capitalised words, of two words at least:
	// "CENTCOM" for "US Central Command".
	var words []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			words = append(words, strings.ToUpper(w))
		}
	}
	var fit func(ai, wi, used int) bool
	fit = func(ai, wi, used int) bool {
		if ai == len(letters) {
			return used >= 2
		}
		if wi == len(words) {
			return false
		}
		w := []rune(words[wi])
		for l := 1; l <= len(w) && ai+l <= len(letters); l++ {
			if w[l-1] != letters[ai+l-1] {
				break
			}
			if fit(ai+l, wi+1, used+1) {
				return true
			}
		}
		return fit(ai, wi+1, used)
	}
	return len(letters) <= 12 && len(words) <= 12 && fit(0, 0, 0)
}

var keyReplacer = strings.NewReplacer("’", "'", "-", " ", ".", "", "\u00a0", " ")

// normKey is the comparison form of a name.
func normKey(s string) string {
	s = keyReplacer.Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimPrefix(s, "the ")
}

func (a *analyzer) nerType(first, end int) string {
	counts := map[string]int{}
	best, n := "", 0
	for i := first; i < end; i++ {
		if _, t := a.ner(i); t != "" {
			counts[t]++
			if counts[t] > n {
				best, n = t, counts[t]
			}
		}
	}
	return best
}

func (a *analyzer) allPROPN(first, end int) bool {
	if !a.hasPOS {
		return true
	}
	for i := first; i < end; i++ {
		if a.toks[i].UPOS != "PROPN" && !nameSuffixes[lower(a.toks[i].Text)] && a.toks[i].UPOS != "PUNCT" && a.toks[i].UPOS != "ADP" && a.toks[i].UPOS != "DET" && a.toks[i].UPOS != "PART" {
			return false
		}
	}
	return true
}

// countryIn finds a state that the tokens first..end name or imply
// ("Herat Times" → AF through the city Herat).
func (a *analyzer) countryIn(first, end int) string {
	for i := first; i < end; i++ {
		for j := end; j > i; j-- {
			// A word for a kind of place or body names none: "Valley"
			// of the "Fergana Valley" is not Anguilla's capital, nor
			// "Centre" of the "Gulf Policy Centre" Cameroon's region.
			if j == i+1 && kindHead(lower(a.toks[i].Text)) {
				continue
			}
			t := a.d.Slice(a.span(i, j))
			if c, ok := geo.ByName(t); ok {
				return c.A2
			}
			if c, ok := geo.ByDemonym(t); ok && j == i+1 {
				return c.A2
			}
			if p, ok := geo.PlaceOf(t); ok {
				return p.Country
			}
		}
	}
	return ""
}

// knownAtStart adds to runs the one-word names that open a sentence, where
// a capital proves nothing, when the document types them as outlets
// elsewhere ("Kommersant: Moscow and Baku are drifting apart" beside "the
// newspaper Kommersant"). Runs stay in text order.
func (a *analyzer) knownAtStart(runs [][2]int) [][2]int {
	if len(a.outletNames) == 0 {
		return runs
	}
	inRun := map[int]bool{}
	for _, r := range runs {
		inRun[r[0]] = true
	}
	var out [][2]int
	k := 0
	for i := range a.toks {
		for k < len(runs) && runs[k][0] <= i {
			out = append(out, runs[k])
			k++
		}
		if a.sentStart[i] && !inRun[i] && isCap(a.word(i)) && a.outletNames[lower(a.word(i))] {
			out = append(out, [2]int{i, i + 1})
		}
	}
	return append(out, runs[k:]...)
}

// registeredPossessive reports whether the word before the possessive at
// j, the possessive and up to three words after it name an outlet the
// registry knows.
func (a *analyzer) registeredPossessive(j int) bool {
	name := a.word(j-1) + "'s"
	for k := j + 1; k < len(a.toks) && k <= j+3 && a.sentOf[k] == a.sentOf[j]; k++ {
		name += " " + a.word(k)
		if _, ok := outlet.Lookup(name); ok {
			return true
		}
	}
	return false
}

// locativeBefore reports whether a preposition of place comes right
// before token first in its sentence.
func (a *analyzer) locativeBefore(first int) bool {
	if first == 0 || a.sentOf[first-1] != a.sentOf[first] {
		return false
	}
	switch lower(a.toks[first-1].Text) {
	case "in", "near", "outside", "into", "across", "around":
		return true
	case "towards", "toward":
		// Only after a verb of moving: "fled towards El Fasher", not
		// "hostility towards Putin".
		if first >= 2 && a.sentOf[first-2] == a.sentOf[first] {
			return motionVerbs[lower(a.toks[first-2].Lemma)] || motionVerbs[lower(a.toks[first-2].Text)]
		}
	}
	return false
}

// motionVerbs move someone towards a place.
// (By form as well: the lemmatiser may miss "fled".)
var motionVerbs = set("flee", "fled", "move", "moved", "advance", "advanced", "march", "marched", "head", "headed",
	"retreat", "retreated", "drive", "drove", "push", "pushed", "withdraw", "withdrew", "travel", "travelled",
	"traveled", "sail", "sailed", "fly", "flew", "run", "ran", "escape", "escaped")

// dateWord reports whether the run first..end is a month shortened
// without a full stop ("Jan 18", "18 Sept"), however the recogniser tagged
// it (nameish already leaves out the words of calendar); "Jan" alone may
// be a first name.
func (a *analyzer) dateWord(first, end int) bool {
	w := strings.TrimSuffix(lower(a.word(first)), ".")
	if end-first != 1 || !monthAbbrevs[w] {
		return false
	}
	num := func(k int) bool {
		return k >= 0 && k < len(a.toks) && a.sentOf[k] == a.sentOf[first] && a.toks[k].Text != "" && unicode.IsDigit([]rune(a.toks[k].Text)[0])
	}
	return num(end) || num(first-1) || w != "jan"
}

// possessor is the state named in the possessive right before token
// first ("Russia's", "the United States'"), or "".
func (a *analyzer) possessor(first int) string {
	p := first - 1
	if p <= a.sentFirst(first) {
		return ""
	}
	switch a.toks[p].Text {
	case "'s", "’s", "'", "’":
	default:
		return ""
	}
	for i := p - 1; i >= max(a.sentFirst(first), p-3); i-- {
		if c, ok := geo.ByName(a.d.Slice(a.span(i, p))); ok {
			return c.A2
		}
	}
	return ""
}

var editionWords = set("international", "world", "english", "arabic", "persian", "russian",
	"online", "digital", "america", "europe", "asia", "africa", "news", "tv", "radio", "live")

// classify types the run first..end and returns its mentions (usually
// one; a demonym before a person's name gives two).
func (a *analyzer) classify(first, end int) []cand {
	if a.dateWord(first, end) {
		return nil
	}
	text := a.d.Slice(a.span(first, end))
	key := normKey(text)
	nt := a.nerType(first, end)
	single := end-first == 1
	w := a.word(first)

	name := func(typ, country string) cand {
		c := a.mk(first, end, doc.MentionName, typ, country)
		c.strong = true
		return c
	}
	// Armed and political groups known by name, also after their
	// state's adjective ("Sudanese Rapid Support Forces").
	gi, ok := a.s.groups[key]
	if bare, dem := a.afterDemonym(first, end); !ok && dem {
		gi, ok = a.s.groups[bare]
	}
	if ok {
		c := name(doc.EntityGroup, knownGroups[gi].country)
		c.canonical = knownGroups[gi].names[0]
		c.key = "g:" + c.canonical
		return []cand{c}
	}
	// Intergovernmental bodies known by name or acronym: one body
	// whichever way the report names it.
	if bi, ok := a.s.bodies[key]; ok && (!single || isAcronym(w) || !a.sentStart[first]) && !a.dateline(first, end) {
		c := name(doc.EntityOrganization, "")
		c.canonical = knownBodies[bi][0]
		c.key = "n:" + strings.ToLower(c.canonical)
		return []cand{c}
	}
	// A known group's name opening a longer one names a branch of it, a
	// group too: "Islamic State Sahel Province".
	for k := end - 1; k > first; k-- {
		if _, ok := a.s.groups[normKey(a.d.Slice(a.span(first, k)))]; ok {
			c := name(doc.EntityGroup, a.countryIn(first, end))
			c.key = "n:" + key
			return []cand{c}
		}
	}
	if single {
		// "Spanish-language", "Russian-speaking": a language, not the
		// state.
		if k := first + 2; k < a.sentEnd(first) && a.toks[first+1].Text == "-" && a.adjacent(first) && languageWords[lower(a.toks[k].Text)] {
			return nil
		}
		// "its Spanish acronym DGCIM", "the Chinese name for the
		// shoal": the language's adjective, not the state.
		// (Not "service" or "edition": "the BBC's Russian service" is
		// the state's language too, but the outlet says so itself.)
		if k := first + 1; k < a.sentEnd(first) && languageNouns[lower(a.toks[k].Text)] && lower(a.toks[k].Text) != "service" && lower(a.toks[k].Text) != "edition" && a.toks[k].Text == lower(a.toks[k].Text) {
			if _, dem := geo.ByDemonym(w); dem {
				return nil
			}
		}
		if c, ok := geo.ByDemonym(w); ok {
			// Checked before names: the name fallback also knows some
			// adjectives.
			m := a.mk(first, end, doc.MentionDemonym, doc.EntityCountry, c.A2)
			m.canonical, m.key, m.strong = c.Name, "c:"+c.A2, true
			// "the Afghan government", "Kenyan authorities": besides the
			// adjective, the whole phrase stands for the state.
			if end < a.sentEnd(first) && govNouns[a.toks[end].Text] {
				g := a.mk(first, end+1, doc.MentionDescriptor, doc.EntityCountry, c.A2)
				g.canonical, g.key, g.strong = c.Name, "c:"+c.A2, true
				return []cand{m, g}
			}
			return []cand{m}
		}
		// "Afghans", "Tajiks": people, not the state ("Philippines" is
		// the state).
		for _, suf := range []string{"s", "es"} {
			if st, ok := strings.CutSuffix(w, suf); ok {
				if _, ok := geo.ByDemonym(st); ok && !geo.IsCountryName(w) {
					return nil
				}
			}
		}
	}
	// States by name, unless a place before the comma says it is a
	// subdivision ("Atlanta, Georgia").
	if c, ok := geo.ByName(text); ok && !a.isPerson(first, end, nt, c.A2) {
		if p, ok := a.subdivisionAfterPlace(first, text); ok {
			m := name(doc.EntityPlace, p.Country)
			m.key, m.placeKind = "p:"+key, p.Kind
			return []cand{m}
		}
		m := name(doc.EntityCountry, c.A2)
		m.canonical, m.key = c.Name, "c:"+c.A2
		return []cand{m}
	}
	// "the newspaper Kommersant" makes "Kommersant" an outlet wherever
	// the document names it; "Il Corriere del Tevere" makes "the
	// Corriere" that paper, before the registry's Corriere della Sera.
	if full := a.outletShort[lower(text)]; full != "" {
		m := name(doc.EntityOutlet, "")
		m.key = "t:" + normKey(full)
		return []cand{m}
	}
	// Outlets in the registry; a one-word name at the start of a sentence
	// also needs a cue, as it may be an ordinary word ("Time", "Metro").
	if o, ok := outlet.Lookup(text); ok && (!single || !a.sentStart[first] || innerCap(w) || a.outletCue(first, end)) {
		m := name(doc.EntityOutlet, o.Country)
		m.canonical, m.key = o.Name, "o:"+o.Name
		return []cand{m}
	}
	if platforms[key] {
		m := name(doc.EntityOrganization, "")
		m.key = "pf:" + key
		return []cand{m}
	}
	// A web address standing for its outlet: "Breitbart.com"; one the
	// registry does not know is an outlet all the same ("Sahman.am").
	if single && strings.Contains(w, ".") {
		if o, ok := outlet.ByDomain(w); ok {
			m := name(doc.EntityOutlet, o.Country)
			m.canonical, m.key = o.Name, "o:"+o.Name
			return []cand{m}
		}
		if outlet.IsWebName(w) {
			return []cand{name(doc.EntityOutlet, "")}
		}
	}
	// Seats of government: the state's leadership when they act ("the
	// Kremlin denied"), else the building.
	if a2 := seatsOfPower[key]; a2 != "" && !a.isPerson(first, end, nt, a2) {
		// "the Kremlin spokesman", "a White House official": the
		// leadership's people.
		role := end < a.sentEnd(first) && personRoles[lower(a.toks[end].Text)]
		if c, ok := geo.CountryOf(a2); ok && (role || a.actsAsState(first, end)) {
			m := a.mk(first, end, doc.MentionMetonym, doc.EntityCountry, a2)
			m.canonical, m.key, m.strong = c.Name, "c:"+a2, true
			return []cand{m}
		}
		m := name(doc.EntityPlace, a2)
		m.key, m.placeKind = "p:"+key, "building"
		return []cand{m}
	}
	// "Brussels warned": the European Union's institutions, which sit
	// there, far more often than Belgium's government, unless the
	// document is about Belgium.
	if key == "brussels" && !a.statesNamed["BE"] && a.actsAsState(first, end) {
		m := a.mk(first, end, doc.MentionMetonym, doc.EntityOrganization, "")
		m.canonical, m.key, m.strong = "European Union", "n:european union", true
		return []cand{m}
	}
	// Capitals: the government when they act, else the city.
	// "Plymouth, Massachusetts": a town named after a capital, in the
	// state or province named after it.
	if c, ok := geo.ByCapital(text); ok {
		if p, ok := a.subdivisionAfter(end); ok && p.Country != c.A2 {
			m := name(doc.EntityPlace, p.Country)
			m.key, m.placeKind = "p:"+key+":"+p.Country, "city"
			return []cand{m}
		}
	}
	if c, ok := geo.ByCapital(text); ok && !a.isPerson(first, end, nt, c.A2) {
		if a.actsAsState(first, end) {
			m := a.mk(first, end, doc.MentionMetonym, doc.EntityCountry, c.A2)
			m.canonical, m.key, m.strong = c.Name, "c:"+c.A2, true
			return []cand{m}
		}
		m := name(doc.EntityPlace, c.A2)
		m.key, m.placeKind = "p:"+key, "capital"
		return []cand{m}
	}
	// The surname of a person the document names in full is that person,
	// whatever the recogniser made of it here: missed, called a noun by
	// the tagger ("King spoke"), or tagged an organisation or place in
	// one of its mentions. Gazetteers of states, outlets and capitals
	// have had their say above.
	// (Not a name a cue makes an outlet somewhere: "the Qatari
	// broadcaster Al-Wajba" is not a person whose name the recogniser
	// found hyphened.)
	if (single && a.surnames[lower(w)] && !isAcronym(w) || !single && a.surnames[lower(text)] && a.hyphened(first, end)) && !a.outletNames[lower(text)] {
		return []cand{a.mk(first, end, doc.MentionName, doc.EntityPerson, "")}
	}
	// "Georgian Dream party" names a body, and so does "Georgian Dream"
	// anywhere in the document, whatever the recogniser made of it.
	if h := a.bodyNames[lower(text)]; h != "" && !single {
		typ := doc.EntityOrganization
		if groupHeads[h] {
			typ = doc.EntityGroup
		}
		m := name(typ, a.countryIn(first, end))
		m.key = "n:" + coreKey(a, first, end)
		return []cand{m}
	}
	country := ""
	// A demonym before a name: "Russian President Vladimir Putin" is the
	// state plus a person; "Afghan National Resistance Front" is one name
	// belonging to the state.
	if !single {
		if c, ok := geo.ByDemonym(w); ok {
			restFirst := first + 1
			if titles[lower(a.word(restFirst))] || a.nerType(restFirst, end) == "PER" {
				dem := a.mk(first, first+1, doc.MentionDemonym, doc.EntityCountry, c.A2)
				dem.canonical, dem.key, dem.strong = c.Name, "c:"+c.A2, true
				rest := a.classify(restFirst, end)
				for k := range rest {
					// "Pakistani Prime Minister NAME": the person is Pakistan's.
					if rest[k].country == "" && rest[k].typ == doc.EntityPerson {
						rest[k].country = c.A2
					}
				}
				return append([]cand{dem}, rest...)
			}
			country = c.A2
		}
	}
	// What a title takes after "of" or "for" is not part of the name
	// that follows: "Secretary of Homeland Security Alejandro Mayorkas",
	// "Deputy Chief of Staff Maria Lopez", "Minister for Restoration
	// Oleh Marchenko".
	// (Capitalised words the run left out may come between: "Minister
	// for Latin America Yoselin Carrero", where the recogniser's name
	// starts at "America".)
	of := first - 1
	for of > 0 && of > first-3 && a.sentOf[of] == a.sentOf[first] && isCap(a.toks[of].Text) && (a.toks[of].UPOS == "ADJ" || a.toks[of].UPOS == "PROPN") {
		of--
	}
	if of >= 1 && (lower(a.toks[of].Text) == "of" || lower(a.toks[of].Text) == "for") && titles[lower(a.word(of-1))] {
		p := a.perStart(first, end)
		if p == first && end-first >= 3 {
			// No name found in it: a name of two words ends the run
			// ("Minister for Restoration Oleh Marchenko").
			p = end - 2
		}
		// A place the recogniser took into the name is the title's
		// ("for Latin America Yoselin Carrero").
		for p < end-2 && a.known(a.word(p)) {
			p++
		}
		if p > first {
			return []cand{a.mk(p, end, doc.MentionName, doc.EntityPerson, "")}
		}
	}
	// A title inside the run ends what comes before the person's name:
	// "U.S. Air Force Gen. Norman Ham", "Secretary of State John Kerry".
	if nt != "ORG" {
		for k := first; k < end-1; k++ {
			if !personTitles[lower(a.word(k))] {
				continue
			}
			rest := k + 1
			for rest < end && personTitles[lower(a.word(rest))] {
				rest++
			}
			if w := lower(a.toks[rest].Text); rest+1 < end && (w == "of" || w == "for") {
				rest += 2 // "Secretary of State", "Minister for Restoration"
			}
			restLast := lower(a.word(end - 1))
			onlySuffixes := true
			for q := rest; q < end; q++ {
				onlySuffixes = onlySuffixes && (nameSuffixes[lower(a.toks[q].Text)] || a.toks[q].Text == ",")
			}
			if rest >= end || onlySuffixes || !isCap(a.word(rest)) || orgHeads[restLast] || groupHeads[restLast] || placeHeads[restLast] || otherHeads[restLast] {
				break
			}
			// A title of several words goes on to the name the
			// recogniser found: "Chief Cabinet Secretary Yoshimasa
			// Hayashi".
			if p := a.perStart(rest, end); p > rest {
				rest = p
			}
			// Words that tell which court or rank go with the title
			// ("U.S. District Judge", "Supreme Court Justice").
			before := k
			for before > first && titleModifiers[lower(a.word(before-1))] {
				before--
			}
			var out []cand
			if before > first {
				out = a.classify(first, before)
			}
			return append(out, a.mk(rest, end, doc.MentionName, doc.EntityPerson, ""))
		}
	}
	// Outlet names made of a registered outlet and an edition:
	// "Sputnik Afghanistan", "BBC Persian".
	for k := end - 1; k > first; k-- {
		o, ok := outlet.Lookup(a.d.Slice(a.span(first, k)))
		if !ok {
			continue
		}
		rest := a.d.Slice(a.span(k, end))
		_, isC := geo.ByName(rest)
		_, isD := geo.ByDemonym(rest)
		if isC || isD || (end-k == 1 && editionWords[lower(rest)]) {
			m := name(doc.EntityOutlet, o.Country)
			m.key = "o:" + key
			return []cand{m}
		}
	}
	// The outlet the document says it comes from (its metadata) is an
	// outlet wherever the text names it, whatever the recogniser made of
	// the name.
	// (Also by its acronym: "MPA" of "Meridian Press Agency".)
	if a.d.Outlet != "" && (outlet.Key(text) == outlet.Key(a.d.Outlet) || single && isAcronym(w) && len(w) >= 3 && acronymFits(w, a.d.Outlet)) {
		m := name(doc.EntityOutlet, country)
		m.strong = true
		return []cand{m}
	}
	if a.outletCue(first, end) || (outlet.HasMasthead(text) && nt != "PER") || outlet.MastheadNotSurname(text) || a.outletNames[lower(text)] && nt != "PER" {
		if country == "" {
			country = a.countryIn(first, end)
		}
		return []cand{name(doc.EntityOutlet, country)}
	}
	last := lower(a.word(end - 1))
	// A lower-case kind of business right before the name types it,
	// whatever the recogniser said: "security firm Ambrey", "energy
	// major Chevron".
	if first > 0 && a.sentOf[first-1] == a.sentOf[first] && a.toks[first-1].UPOS == "NOUN" && (companyKinds[a.toks[first-1].Text] || bodyKinds[a.toks[first-1].Text]) && nt != "LOC" ||
		a.bodyKindBefore(first) {
		if country == "" {
			country = a.countryIn(first, end)
		}
		return []cand{name(doc.EntityOrganization, country)}
	}
	// So does a kind of armed group: "the militia Harakat al-Nujaba",
	// "the armed group CODECO". A name that opens with a word for a
	// group in the language it is given in ("Jama'at Nusrat al-Islam
	// wal-Muslimin", "Harakat al-Nujaba", "Jabhat al-Nusra") names a
	// group too, however the recogniser typed it.
	if k := first - 1; end-first > 1 && foreignGroupWords[lower(a.word(first))] ||
		k > 0 && a.sentOf[k] == a.sentOf[first] && a.toks[k].UPOS == "NOUN" && a.toks[k].Text == lower(a.toks[k].Text) &&
			(groupHeads[a.toks[k].Text] && a.toks[k].Text != "group" || a.toks[k].Text == "group" && armedWords[lower(a.toks[k-1].Text)]) {
		m := name(doc.EntityGroup, a.countryIn(first, end))
		m.key, m.strong = "n:"+coreKey(a, first, end), true
		return []cand{m}
	}
	// A lower-case head right after the name types it: "the Fano
	// militia" is a group, "the Amhara region" a place.
	// So does a head after a noun joined to it ("the Abu Shouk
	// displacement camp"), whatever the recogniser made of the name.
	if k := end + 1; k < a.sentEnd(first) && a.toks[end].UPOS == "NOUN" && a.toks[k].UPOS == "NOUN" && a.toks[end].Text == lower(a.toks[end].Text) {
		// (Ambiguous heads are less so there: "the Abu Shouk
		// displacement camp", "an army base"; not "state".)
		if h := a.toks[k].Text; placeHeads[h] && h != "state" {
			m := name(doc.EntityPlace, a.countryIn(first, end))
			m.key, m.placeKind = "p:"+key, h
			return []cand{m}
		}
	}
	if end < a.sentEnd(first) && nt != "PER" {
		if h := a.toks[end].Text; h == lower(h) && a.toks[end].UPOS == "NOUN" {
			switch {
			case groupHeads[h]:
				m := name(doc.EntityGroup, a.countryIn(first, end))
				m.key = "n:" + coreKey(a, first, end)
				return []cand{m}
			case placeHeads[h] && !ambiguousPlaceHeads[h]:
				m := name(doc.EntityPlace, a.countryIn(first, end))
				m.key, m.placeKind = "p:"+key, h
				return []cand{m}
			}
		}
	}
	if country == "" && !single {
		// "Russia's Defence Ministry": a body of the state that owns it.
		country = a.possessor(first)
	}
	if groupHeads[last] && !single {
		if country == "" {
			country = a.countryIn(first, end)
		}
		m := name(doc.EntityGroup, country)
		m.key = "n:" + coreKey(a, first, end)
		return []cand{m}
	}
	// (Not when a body's head opens the name: "Institute for the Study
	// of War".)
	if otherHeads[last] && !single && !(ofHeads[lower(w)] || forHeads[lower(w)]) {
		return []cand{name(doc.EntityOther, country)}
	}
	// (A person is not written as an acronym: "UNICEF" tagged as a
	// person is a body, unless the whole sentence shouts in capitals.)
	if (orgHeads[last] && !single) || (single && isAcronym(w) && !notActors[w] && (nt != "PER" || utf8.RuneCountInString(w) >= 3 && !a.shouting(first)) && nt != "LOC") {
		// "Israel Defense Forces", "Russian Defence Ministry": a body
		// of the state its name names.
		if country == "" && !single {
			country = a.countryIn(first, end)
		}
		m := name(doc.EntityOrganization, country)
		if !single {
			m.key = "n:" + coreKey(a, first, end)
		} else {
			// Capitals alone also mark shouting; a headline in capitals
			// drops it.
			m.strong = nt == "ORG"
		}
		return []cand{m}
	}
	// A name set off after a noun for a person's role or kin is that
	// person's, whatever the recogniser or a gazetteer made of it:
	// "Roussel's mother, Sylvie, had told reporters".
	if a.apposedToPerson(first, end) {
		return []cand{a.mk(first, end, doc.MentionName, doc.EntityPerson, country)}
	}
	if p, ok := geo.PlaceOf(text); ok && nt != "PER" && nt != "ORG" {
		m := name(doc.EntityPlace, p.Country)
		m.key, m.placeKind = "p:"+key, p.Kind
		return []cand{m}
	}
	// "the city of Wad Madani", "the province of Kherson": named as a place.
	if (placeHeads[last] && !single) || nt == "LOC" || a.placeOfPhrase(first) {
		if country == "" {
			country = a.countryIn(first, end)
		}
		m := name(doc.EntityPlace, country)
		m.strong = placeHeads[last]
		m.key = "p:" + key
		if !single {
			m.placeKind = last
		}
		return []cand{m}
	}
	// Titles and party labels before a name are not part of it.
	// ("General Staff", "General Assembly" are bodies.)
	if (titles[lower(w)] || (partyLabels[lower(w)] && nt != "ORG")) && !(end-first > 1 && orgHeads[lower(a.word(end-1))]) {
		k := first
		for k < end && (titles[lower(a.word(k))] || partyLabels[lower(a.word(k))]) {
			k++
		}
		if k < end && isCap(a.word(k)) {
			return []cand{a.mk(k, end, doc.MentionName, doc.EntityPerson, country)}
		}
		return nil
	}
	// Typed by the recogniser alone: not strong, so a headline drops it.
	// After a preposition of place a name is where, not who ("a school
	// in Khan Younis"), unless a possessive follows ("in Putin's view").
	// Nor is the name of a dateline, where the report was filed ("DEIR
	// AL-BALAH, Gaza Strip —").
	if (nt == "PER" || nt == "ORG") && a.dateline(first, end) || nt == "PER" && a.locativeBefore(first) && !(end < a.sentEnd(first) && (a.toks[end].Text == "'s" || a.toks[end].Text == "’s")) {
		m := a.mk(first, end, doc.MentionName, doc.EntityPlace, country)
		m.key = "p:" + key
		return []cand{m}
	}
	if nt == "PER" {
		return []cand{a.mk(first, end, doc.MentionName, doc.EntityPerson, country)}
	}
	// A lower-case noun for a person's role right before names the
	// recogniser missed or took for a body's ("Opposition lawmaker
	// Kateřina Dvořáková, who sits on ...", "Defence lawyer
	// Pierre-Antoine Marchal") makes them a person's.
	if (nt == "" || nt == "ORG") && first > 0 && a.sentOf[first-1] == a.sentOf[first] && a.allPROPN(first, end) && isCap(a.word(first)) {
		if p := a.toks[first-1].Text; p == lower(p) && personRoles[p] {
			return []cand{a.mk(first, end, doc.MentionName, doc.EntityPerson, country)}
		}
	}
	if nt == "ORG" {
		return []cand{a.mk(first, end, doc.MentionName, doc.EntityOrganization, country)}
	}
	// A Dutch, German or Arabic particle between capitalised words is
	// a person's name ("Maarten van der Velde", "Khalid bin Saad"),
	// whatever the recogniser missed; places the gazetteers know have
	// had their say above.
	if nt == "" && end-first >= 3 && isCap(a.word(end-1)) {
		for k := first + 1; k < end-1; k++ {
			if personParticles[a.toks[k].Text] {
				return []cand{a.mk(first, end, doc.MentionName, doc.EntityPerson, country)}
			}
		}
	}
	// A name with an age set off after it is a person's ("Selin
	// Yıldırımer, 31,"), however the recogniser missed or typed it.
	if nt != "PER" && nt != "LOC" && a.allPROPN(first, end) && a.ageAfter(end) {
		return []cand{name(doc.EntityPerson, country)}
	}
	// A title the recogniser missed, with a small word inside it
	// ("Doctors Without Borders", "Committee to Protect Journalists"):
	// persons' and places' names do not read so.
	if nt == "" && end-first >= 3 && isCap(a.word(end-1)) && a.connectiveInside(first, end) && !a.shouting(first) {
		return []cand{name(doc.EntityOrganization, country)}
	}
	if a.hasNER && nt == "" {
		// The recogniser saw no name here and no gazetteer or cue says
		// otherwise: a capitalised word, not a name, unless it turns out
		// to be a variant of a known place.
		if single && a.toks[first].UPOS == "PROPN" {
			c := a.mk(first, end, doc.MentionName, doc.EntityOther, country)
			c.tentative = true
			return []cand{c}
		}
		return nil
	}
	if !single && a.allPROPN(first, end) {
		m := a.mk(first, end, doc.MentionName, doc.EntityPerson, country)
		return []cand{m}
	}
	if single && (!a.hasPOS || a.toks[first].UPOS == "PROPN") {
		return []cand{a.mk(first, end, doc.MentionName, doc.EntityOther, country)}
	}
	return nil
}

// subdivisionAfterPlace reports whether the name at first follows "<place>,"
// and is a subdivision of that place's country.
func (a *analyzer) subdivisionAfterPlace(first int, text string) (geo.Place, bool) {
	if first < 2 || a.toks[first-1].Text != "," || a.sentOf[first-2] != a.sentOf[first] {
		return geo.Place{}, false
	}
	before, ok := geo.PlaceOf(a.word(first - 2))
	if !ok {
		return geo.Place{}, false
	}
	for _, p := range geo.PlacesOf(text) {
		if p.Country == before.Country && p.Kind != "city" && p.Kind != "capital" {
			return p, true
		}
	}
	return geo.Place{}, false
}

// subdivisionAfter is the state, province or region named right after ", "
// at end ("Plymouth, Massachusetts"), if any.
func (a *analyzer) subdivisionAfter(end int) (geo.Place, bool) {
	if end+1 >= len(a.toks) || a.toks[end].Text != "," || a.sentOf[end+1] != a.sentOf[end] {
		return geo.Place{}, false
	}
	k := end + 1
	for k < a.sentEnd(end) && a.nameish(k) {
		k++
	}
	if k == end+1 {
		return geo.Place{}, false
	}
	for _, p := range geo.PlacesOf(a.d.Slice(a.span(end+1, k))) {
		if p.Kind != "city" && p.Kind != "capital" {
			return p, true
		}
	}
	return geo.Place{}, false
}

// outletCue reports whether the words around the run mark it as an
// outlet: a head after it ("the Herat Times newspaper", "Sputnik news
// agency", "TASS agency") or an outlet noun before it ("the newspaper
// Kommersant").
func (a *analyzer) outletCue(first, end int) bool {
	// "the UN-backed broadcaster": a name with a participle is what
	// describes the outlet, not its name.
	if w := a.word(end - 1); strings.Contains(w, "-") {
		if tail := w[strings.LastIndex(w, "-")+1:]; tail != "" && tail == strings.ToLower(tail) {
			return false
		}
	}
	// "Radio Okapi", "TV Rain": a broadcaster named by what it is.
	if end-first >= 2 {
		switch a.word(first) {
		case "Radio", "TV", "Television":
			return true
		}
	}
	// "Radio Okapi, the UN-backed broadcaster", "Rybar, a Telegram
	// channel": an apposition that says what the name is.
	if k := end; k+2 < a.sentEnd(first) && a.toks[k].Text == "," && (lower(a.toks[k+1].Text) == "the" || lower(a.toks[k+1].Text) == "a" || lower(a.toks[k+1].Text) == "an") {
		var words []string
		for j := k + 2; j < a.sentEnd(first) && j <= k+7; j++ {
			if words = append(words, a.toks[j].Text); outlet.IsHead(words...) || a.periodicalEnd(j) {
				return true
			}
			if a.toks[j].UPOS != "ADJ" && a.toks[j].UPOS != "NOUN" && a.toks[j].UPOS != "PROPN" && a.toks[j].Text != "-" && a.toks[j].UPOS != "VERB" {
				break
			}
		}
	}
	var after []string
	for k := end; k < a.sentEnd(first) && len(after) < 2; k++ {
		w := a.toks[k].Text
		if isCap(w) && !(len(after) == 0 && (w == "TV" || w == "Radio")) {
			break
		}
		if !unicode.IsLetter([]rune(w)[0]) {
			break
		}
		after = append(after, w)
		if outlet.IsHead(after...) {
			// "a Central Asian outlet": an adjective is no name.
			if end-first == 1 && a.toks[first].UPOS == "ADJ" && a.hasPOS {
				return false
			}
			// "the Kurdish news agency ANHA": an adjective before the
			// head, and the outlet's name after it.
			// The name may be an acronym the tagger takes for a common
			// noun.
			// So is a word for a region or a people that no gazetteer
			// holds: "the Catalan radio station Ràdio Llevant".
			n := k + 1
			for n < a.sentEnd(first) && a.toks[n].UPOS == "NOUN" && a.toks[n].Text == lower(a.toks[n].Text) {
				n++ // "radio station"
			}
			if end-first == 1 && n < a.sentEnd(first) && isCap(a.toks[n].Text) && (a.toks[n].UPOS == "PROPN" || innerCap(a.toks[n].Text)) && !a.dateWord(n, n+1) {
				if _, dem := geo.ByDemonym(a.word(first)); dem || a.toks[first].UPOS == "ADJ" || strings.HasSuffix(lower(a.word(first)), "ish") || lower(a.word(first)) == "the" || a.toks[first].UPOS == "PROPN" && (first == 0 || lower(a.toks[first-1].Text) == "the" || lower(a.toks[first-1].Text) == "a") {
					return false
				}
			}
			// "the Medellín newspaper (El Centinela)": a city is where
			// the outlet is, not its name, which needs a word of its
			// own ("The Moscow Times").
			if _, city := geo.PlaceOf(a.d.Slice(a.span(first, end))); city {
				return false
			}
			return true
		}
	}
	// "a pro-war Telegram channel, Chernomorsky Front,": the name in
	// apposition after what it is.
	// ("An Urdu-language daily in Peshawar, Roznama Khyber Awaz": with
	// where it is between.)
	// (Quoted too: 'a Telegram channel close to army units, "Sahel
	// Sentinelle",', with a phrase of a few words after the noun.)
	k := first - 1
	if k-1 >= 0 && isQuoteText(a.toks[k].Text) {
		k--
	}
	if k-1 >= 0 && a.toks[k].Text == "," && a.sentOf[k-1] == a.sentOf[first] {
		j := k - 1
		if p := j; a.toks[p].UPOS == "PROPN" {
			for p > 0 && a.toks[p].UPOS == "PROPN" && a.sentOf[p] == a.sentOf[first] {
				p--
			}
			if p > 0 && a.toks[p].UPOS == "ADP" && a.sentOf[p-1] == a.sentOf[first] {
				j = p - 1
			}
		}
		// "channel close to Malian army units": back over an adjective
		// and its phrase to the noun.
		for p := j; p > 0 && p >= k-6 && a.sentOf[p] == a.sentOf[first]; p-- {
			t := a.toks[p]
			if outlet.IsHead(t.Text) && (a.toks[p+1].UPOS == "ADJ" || a.toks[p+1].UPOS == "ADP") {
				j = p
				break
			}
			if t.UPOS == "PUNCT" || t.UPOS == "VERB" || t.UPOS == "AUX" {
				break
			}
		}
		// ("daily" and "weekly" are nouns there, however else they
		// are read.)
		periodical := false
		if w := lower(a.toks[j].Text); (w == "daily" || w == "weekly") && j-1 >= 0 {
			switch a.toks[j-1].UPOS {
			case "DET", "ADJ", "NOUN", "PROPN":
				periodical = true
			}
		}
		if periodical || outlet.IsHead(a.toks[j].Text) || j-1 >= 0 && a.sentOf[j-1] == a.sentOf[first] && outlet.IsHead(a.toks[j-1].Text, a.toks[j].Text) {
			return true
		}
	}
	if first > 0 && a.sentOf[first-1] == a.sentOf[first] {
		switch lower(a.toks[first-1].Text) {
		case "newspaper", "daily", "tabloid", "magazine", "broadcaster", "outlet", "website", "portal", "weekly":
			return true
		case "paper":
			// "the paper Le Héraut"; not "a working paper".
			return first > 1 && lower(a.toks[first-2].Text) == "the"
		case "agency", "channel", "network", "site", "service", "station":
			// "the news agency TASS", "the TV channel Rossiya 1".
			return first > 1 && outlet.IsHead(lower(a.toks[first-2].Text), lower(a.toks[first-1].Text))
		}
	}
	return false
}

// periodicalEnd reports whether token j is "daily", "weekly" or "paper"
// read as a noun that ends its phrase (", the Paris daily,"): there it
// is a newspaper, which the word alone does not say ("daily briefings").
func (a *analyzer) periodicalEnd(j int) bool {
	switch lower(a.toks[j].Text) {
	case "daily", "weekly", "paper":
	default:
		return false
	}
	// (Tagged an adverb, it is still the noun after an article or a
	// modifier: "a weekly,", "the Paris centre-left daily,".)
	if p := a.toks[j-1]; a.toks[j].UPOS != "NOUN" && a.hasPOS && p.UPOS != "DET" && p.UPOS != "ADJ" && p.UPOS != "PROPN" && p.UPOS != "NOUN" && p.XPOS != "VBN" {
		return false
	}
	n := j + 1
	return n >= a.sentEnd(j) || a.toks[n].UPOS == "PUNCT"
}

// apposedToPerson reports whether the run first..end of capitalised
// words stands in apposition right after a lower-case noun for a
// person's role or kin, and closes there: ", Sylvie," of "Roussel's
// mother, Sylvie, had told".
func (a *analyzer) apposedToPerson(first, end int) bool {
	if first < 2 || a.toks[first-1].Text != "," || a.sentOf[first-2] != a.sentOf[first] || !a.allPROPN(first, end) {
		return false
	}
	// (Also a given name: "gave only her first name, Tatyana,".)
	p := a.toks[first-2].Text
	givenName := p == "name" && first >= 3 && (lower(a.toks[first-3].Text) == "first" || lower(a.toks[first-3].Text) == "given")
	if p != lower(p) || !personRoles[p] && !kinNouns[p] && !givenName {
		return false
	}
	return end >= a.sentEnd(first) || a.toks[end].Text == "," || a.toks[end].Text == "."
}

// sayingForms are finite forms of the verbs of saying a government
// speaks with ("Moscow says", "Kyiv denied").
var sayingForms = set("says", "said", "claims", "claimed", "denies", "denied", "insists", "insisted",
	"warns", "warned", "accuses", "accused", "announces", "announced", "rejects", "rejected")

// placePreps say where something is or goes.
var placePreps = set("in", "at", "from", "near", "outside", "across", "to", "into", "inside", "around")

var beForms = set("is", "was", "are", "were", "be", "been", "being", "'s")

// raisingVerbs report an act of their passive subject: "X is said
// (believed, reported) to have done".
var raisingVerbs = set("say", "believe", "think", "report", "allege", "understand", "expect", "know", "rumour",
	"rumor", "suspect", "claim", "presume", "assume", "reckon", "consider", "see")

// actsAsState decides whether a capital stands for its government:
// "official Islamabad", "Moscow's stance", a capital that is the subject
// of a verb ("Moscow could not but know"). After a preposition ("in
// Kabul") or as subject of "be" it stays a place.
func (a *analyzer) actsAsState(first, end int) bool {
	if a.dateline(first, end) {
		return false
	}
	// "the Kyiv regime", "the Tehran government": the capital names the
	// government it is the seat of.
	if end < a.sentEnd(first) && govNouns[a.toks[end].Text] {
		return true
	}
	// "..., as Moscow says 87 were shot down": a capital that says or
	// claims something speaks for its government, whatever word the
	// parse hung it on; not where it is said ("Officials in Kabul
	// said").
	if end < a.sentEnd(first) && sayingForms[lower(a.toks[end].Text)] && (first == 0 || !placePreps[lower(a.toks[first-1].Text)]) {
		return true
	}
	if first > 0 && a.sentOf[first-1] == a.sentOf[first] {
		switch lower(a.toks[first-1].Text) {
		case "official":
			return true
		}
		// "blamed the attack on Moscow": whom an act is blamed on acts.
		if lower(a.toks[first-1].Text) == "on" {
			for k := first - 2; k >= 0 && k >= first-7 && a.sentOf[k] == a.sentOf[first]; k-- {
				if lower(a.toks[k].Lemma) == "blame" || strings.HasPrefix(lower(a.toks[k].Text), "blame") {
					return true
				}
				if a.toks[k].Text == "," || a.toks[k].Text == ";" {
					break
				}
			}
		}
		if a.exchangeWith(first) {
			return true
		}
		// "flights from Moscow and Kyiv": the second of two places
		// after a preposition is a place as the first is.
		if w := lower(a.toks[first-1].Text); (w == "and" || w == "or") && a.conjunctPrep(first) >= 0 {
			return false
		}
		// "on Tehran's orders", "in Moscow's view": a possessive after
		// the preposition is still the state's (read below).
		possessive := end < len(a.toks) && a.sentOf[end] == a.sentOf[first] && (a.toks[end].Text == "'s" || a.toks[end].Text == "’s")
		if a.toks[first-1].UPOS == "ADP" && !possessive {
			return false
		}
		switch lower(a.toks[first-1].Text) {
		case "in", "at", "to", "from", "into", "near", "of", "outside", "across", "via", "around", "over", "toward", "towards", "through", "visit", "visited", "left", "reached", "entered", "arrived":
			if !possessive {
				return false
			}
		}
	}
	// "Kremlin-backed fighters", "Moscow-led alliance": the name is who
	// backs or leads, the state; "Kabul-based" and the like say where.
	if end+1 < len(a.toks) && a.sentOf[end+1] == a.sentOf[first] && a.toks[end].Text == "-" &&
		a.toks[end].Span.Start == a.toks[end-1].Span.End && a.toks[end+1].Span.Start == a.toks[end].Span.End {
		n := a.toks[end+1]
		if (n.XPOS == "VBN" || n.XPOS == "VBD" || strings.HasSuffix(lower(n.Text), "ed")) && !locatedParticiples[lower(n.Text)] {
			return true
		}
	}
	if end < len(a.toks) && a.sentOf[end] == a.sentOf[first] {
		if n := a.toks[end].Text; n == "'s" || n == "’s" {
			// "Moscow's account" is the state's; "Moscow's streets" the
			// city's. The noun after may carry adjectives first.
			for k := end + 1; k < a.sentEnd(first) && k < end+4; k++ {
				t := a.toks[k]
				if placeNouns[lower(t.Text)] {
					return false
				}
				if t.UPOS != "ADJ" && t.UPOS != "ADV" {
					break
				}
			}
			return end+1 < len(a.toks) && a.toks[end+1].UPOS != "VERB" && a.toks[end+1].UPOS != "AUX"
		}
	}
	if a.hasDeps {
		switch a.toks[end-1].Dep {
		case "nsubj":
			return true
		case "obj", "iobj":
			// "accused Yerevan of ...", "urged Kabul to ...": the
			// object of a verb addressed to people.
			if h := a.toks[end-1].Head; h >= 0 && h < len(a.toks) && addressVerbs[lower(a.toks[h].Lemma)] {
				return true
			}
		case "nsubj:pass":
			h := a.toks[end-1].Head
			// "Moscow is said to have deployed troops": the subject
			// of a verb of saying raised from the act said of it.
			if h >= 0 && h < len(a.toks) && raisingVerbs[lower(a.toks[h].Lemma)] {
				for k := h + 1; k < a.sentEnd(h) && k < h+6; k++ {
					if t := a.toks[k]; t.Head == h && t.Dep == "xcomp" {
						return t.UPOS == "VERB" && lower(t.Lemma) != "be"
					}
				}
			}
			// Without a passive auxiliary the tagger took a past
			// tense for a participle ("Baku neither confirmed nor
			// denied").
			if h < 0 || h >= len(a.toks) || a.toks[h].Dep != "root" {
				return false
			}
			for k := range a.toks[a.sentFirst(h):a.sentEnd(h)] {
				if k += a.sentFirst(h); a.toks[k].Head == h && strings.HasPrefix(a.toks[k].Dep, "aux") {
					return false
				}
			}
			return true
		case "obl", "nmod", "compound":
			return false
		}
	}
	// "Moscow, which brokered the truce,": a capital that does things.
	if end+2 < a.sentEnd(first) && a.toks[end].Text == "," && (lower(a.toks[end+1].Text) == "which" || lower(a.toks[end+1].Text) == "who") {
		if t := a.toks[end+2]; (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP") && !beForms[lower(t.Text)] && t.Lemma != "have" {
			return true
		}
	}
	from := end
	// "Baku, in turn, accused ...": over a short aside between commas.
	if from < a.sentEnd(first) && a.toks[from].Text == "," {
		for k := from + 1; k < a.sentEnd(first) && k <= from+4; k++ {
			if a.toks[k].Text == "," {
				from = k + 1
				break
			}
		}
	}
	for k := from; k < a.sentEnd(first) && k < from+3; k++ {
		t := a.toks[k]
		if t.UPOS == "ADV" {
			continue
		}
		if beForms[lower(t.Text)] {
			return false
		}
		return t.UPOS == "VERB" || t.UPOS == "AUX"
	}
	return false
}

// exchangeWith reports whether the capital at first is one side of an
// exchange between governments named by the noun before its preposition:
// "talks between Moscow and Kyiv", "relations with Beijing", "a message to
// Tehran", "pressure from Washington", "protests against Beijing", "aid to
// Kyiv", "funded from Moscow". A
// place has no talks or messages; "troops to Kyiv" and "flights from
// Moscow" stay places.
func (a *analyzer) exchangeWith(first int) bool {
	p := first - 1
	if w := lower(a.toks[p].Text); w == "and" || w == "or" {
		// The second of two: "between Moscow and Kyiv", "called on
		// Washington and Paris".
		p = a.conjunctPrep(first)
	}
	if p < 1 || a.sentOf[p-1] != a.sentOf[first] {
		return false
	}
	prep, noun := lower(a.toks[p].Text), lower(a.toks[p-1].Lemma)
	// "called on Washington and Paris to ...": whom a demand is made of.
	if (prep == "on" || prep == "upon") && strings.HasPrefix(noun, "call") {
		return true
	}
	switch prep {
	case "against":
		// "protests against Beijing", "sanctions against Moscow": what
		// is done against a capital is done against its government.
		return true
	case "between", "with":
		return relationNouns[noun]
	case "to", "from":
		// "budget support to Addis Ababa", "weapons from Tehran": what
		// a government gives or gets; "funded from Moscow": whose
		// money or orders.
		return messageNouns[noun] || relationNouns[noun] || aidNouns[noun] || prep == "from" && steerVerbs[noun]
	}
	return false
}

// shouting reports whether the sentence of token i is written in
// capitals, as some headlines are: most of its longer words are.
func (a *analyzer) shouting(i int) bool {
	upper, long := 0, 0
	for k := a.sentFirst(i); k < a.sentEnd(i); k++ {
		w := a.toks[k].Text
		if utf8.RuneCountInString(w) < 3 {
			continue
		}
		long++
		if w == strings.ToUpper(w) && w != strings.ToLower(w) {
			upper++
		}
	}
	return long > 2 && 2*upper > long
}

// conjunctPrep returns the preposition before the first of two joined
// names when the name at first is the second ("from Moscow and Kyiv",
// "between Moscow and Kyiv"), or -1.
func (a *analyzer) conjunctPrep(first int) int {
	for k := first - 2; k > 0 && k >= first-8 && a.sentOf[k] == a.sentOf[first]; k-- {
		if t := a.toks[k]; t.UPOS == "ADP" {
			return k
		} else if t.UPOS != "PROPN" && t.Text != "," && t.Text != "-" {
			return -1
		}
	}
	return -1
}

// dateline reports whether first..end is the place of a dateline, where
// the report was filed: "BRUSSELS —", "KHARTOUM, March 3 (Reuters) -",
// "Brussels —" at the start of a sentence.
func (a *analyzer) dateline(first, end int) bool {
	// A dateline opens the story, after its headline at most.
	if first != a.sentFirst(first) || end >= a.sentEnd(first) || a.sentOf[first] > 2 {
		return false
	}
	switch a.toks[end].Text {
	case "—", "–", "--":
		return true
	case ",", "-", "(":
		w := a.d.Slice(a.span(first, end))
		return w == strings.ToUpper(w) && w != strings.ToLower(w) && utf8.RuneCountInString(w) > 2
	}
	return false
}

// locatedParticiples after a place and a hyphen say where something is
// ("Kabul-based"), not who acts.
var locatedParticiples = map[string]bool{"based": true, "born": true, "headquartered": true, "located": true,
	"registered": true, "bound": true, "made": true}

// coreKey is an organisation's name without a leading demonym or article
// and without a trailing "of <state>": "Afghan National Resistance Front"
// and "National Resistance Front of Afghanistan" share "national
// resistance front".
func coreKey(a *analyzer, first, end int) string {
	for first < end-1 {
		w := a.word(first)
		if _, ok := geo.ByDemonym(w); ok || lower(w) == "the" {
			first++
			continue
		}
		break
	}
	for k := first + 1; k < end-1; k++ {
		if lower(a.toks[k].Text) == "of" {
			rest := k + 1
			if rest < end && lower(a.toks[rest].Text) == "the" {
				rest++
			}
			if rest < end {
				if _, ok := geo.ByName(a.d.Slice(a.span(rest, end))); ok {
					end = k
				}
			}
			break
		}
	}
	return normKey(a.d.Slice(a.span(first, end)))
}

// placeOfPhrase reports whether the name at first follows "<kind of
// place> of" ("the city of", "the province of"), which makes it a place
// whatever the recogniser read.
func (a *analyzer) placeOfPhrase(first int) bool {
	if first < 2 || a.sentOf[first-2] != a.sentOf[first] || lower(a.toks[first-1].Text) != "of" {
		return false
	}
	return placeKinds[lower(a.toks[first-2].Text)]
}
