package certainty

import (
	"context"
	"errors"
	"sort"
	"strconv"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/timex"
)

// Options configures the stage. The zero value is the default.
type Options struct {
	// MinClaimWords is the fewest words an unattributed clause needs to
	// count as a claim. Zero means 3.
	MinClaimWords int
}

// Stage finds claims and their certainty. It keeps no state between
// documents.
type Stage struct {
	minWords int
}

// New returns the stage.
func New(o Options) (*Stage, error) {
	if o.MinClaimWords < 0 {
		return nil, errors.New("certainty: MinClaimWords is negative")
	}
	if o.MinClaimWords == 0 {
		o.MinClaimWords = 3
	}
	return &Stage{minWords: o.MinClaimWords}, nil
}

// ErrNoSentences is returned for a non-empty document that was not
// segmented first.
var ErrNoSentences = errors.New("certainty: document has text but no sentences (run the segment stage first)")

// Run fills d.Claims.
func (st *Stage) Run(ctx context.Context, d *doc.Doc) error {
	d.Claims = nil
	if len(d.Sentences) == 0 {
		if strings.TrimSpace(d.Text) != "" {
			return ErrNoSentences
		}
		return nil
	}
	var claims []doc.Claim
	for _, a := range d.Attributions {
		if a.Content.Empty() {
			continue
		}
		f, e := tokensIn(d, a.Content)
		if f >= e {
			continue
		}
		// A concessive or contrastive clause (", although P") puts forward
		// a proposition of its own.
		for _, r := range splitContrast(d, f, e) {
			v := assess(d, r[0], r[1])
			cueCertainty(d, a, &v)
			sp := a.Content
			if r[0] != f || r[1] != e {
				sp = doc.Span{Start: d.Tokens[r[0]].Span.Start, End: d.Tokens[r[1]-1].Span.End}
			}
			claims = append(claims, v.claim(sp, a.ID))
		}
	}
	covered := make([]bool, len(d.Tokens))
	for _, a := range d.Attributions {
		for _, sp := range []doc.Span{a.Content, a.Cue.Span, a.Source.Span} {
			if sp.Empty() {
				continue
			}
			f, e := tokensIn(d, sp)
			for i := f; i < e; i++ {
				covered[i] = true
			}
		}
	}
	for si, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		if skipSentence(d, si) {
			continue
		}
		claims = append(claims, st.authorClaims(d, s, covered)...)
	}
	sort.SliceStable(claims, func(i, j int) bool { return claims[i].Span.Start < claims[j].Span.Start })
	for i := range claims {
		claims[i].ID = "c" + strconv.Itoa(i+1)
	}
	d.Claims = claims
	return nil
}

// tokensIn is the token range [f, e) lying inside span (binary search over
// the ordered tokens).
func tokensIn(d *doc.Doc, sp doc.Span) (int, int) {
	f := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.Start })
	e := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.End > sp.End })
	return f, e
}

// skipSentence: questions, footnotes and headlines assert nothing.
func skipSentence(d *doc.Doc, si int) bool {
	s := d.Sentences[si]
	if s.End <= s.First {
		return true
	}
	first := d.Tokens[s.First].Text
	if first == "*" || first == "†" {
		return true
	}
	terminal := false
	for i := s.End - 1; i >= s.First && i >= s.End-3; i-- {
		switch t := d.Tokens[i].Text; {
		case t == "?":
			return true
		case t == "." || t == "!" || t == "…" || strings.HasSuffix(t, "."):
			terminal = true
		case isQuote(t) || t == ")":
			continue
		}
		break
	}
	return !terminal
}

func isQuote(t string) bool {
	switch t {
	case "\"", "'", "“", "”", "‘", "’", "«", "»", "``", "''":
		return true
	}
	return false
}

func isPunctTok(t *doc.Token) bool {
	if t.UPOS == "PUNCT" || t.UPOS == "SYM" {
		return true
	}
	for _, r := range t.Text {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x2FF && !isQuote(string(r)) && r != '—' && r != '–' {
			return false
		}
	}
	return true
}

func low(t *doc.Token) string { return strings.ToLower(t.Text) }

func lem(t *doc.Token) string {
	if t.Lemma != "" && t.Lemma != "_" {
		return strings.ToLower(t.Lemma)
	}
	return low(t)
}

func finite(t *doc.Token) bool {
	switch t.XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// predicate is a finite verb, or a past form right after its subject that
// the tagger read as a participle ("The talks collapsed" tagged VBN).
func predicate(d *doc.Doc, i int) bool {
	t := &d.Tokens[i]
	// A word inside a name the recogniser found is no verb, whatever
	// its tag ("Human Rights Watch").
	if d.InName(i) {
		return false
	}
	if finite(t) {
		return true
	}
	if t.XPOS != "VBN" || t.UPOS != "VERB" || i == 0 {
		return false
	}
	// (Over an adverb of frequency or negation: "Prices never
	// recovered".)
	j := i - 1
	if j > 0 && d.Tokens[j].UPOS == "ADV" && (negators[low(&d.Tokens[j])] || frequencyAdverbs[low(&d.Tokens[j])]) {
		j--
	}
	switch d.Tokens[j].UPOS {
	case "NOUN", "PROPN", "PRON":
		return d.Tokens[j].Sent == t.Sent
	}
	return false
}

// whBefore reports whether a question or relative word stands in [a, b):
// a preposition at the end is then stranded ("what the claim was based
// on"), not cut off.
func whBefore(d *doc.Doc, a, b int) bool {
	for i := a; i < b; i++ {
		switch low(&d.Tokens[i]) {
		case "what", "which", "who", "whom", "where":
			return true
		}
	}
	return false
}

// particles end a phrasal verb ("go on", "hold out", "back down").
var particles = map[string]bool{"on": true, "off": true, "out": true, "up": true, "down": true, "back": true,
	"away": true, "over": true, "in": true}

// relevanceVerbs after "if you" point the listener somewhere ("if you
// look at", "if you ask me", "if you compare").
var relevanceVerbs = map[string]bool{"look": true, "ask": true, "compare": true, "consider": true,
	"think": true, "listen": true, "check": true, "read": true, "watch": true}

// frequencyAdverbs stand between a subject and its verb: "prices never
// recovered", "talks repeatedly stalled".
var frequencyAdverbs = map[string]bool{"always": true, "often": true, "repeatedly": true, "rarely": true,
	"seldom": true, "also": true, "already": true, "reportedly": true, "allegedly": true, "apparently": true}

// authorClaims returns the main clauses of sentence s that no attribution
// covers.
func (st *Stage) authorClaims(d *doc.Doc, s doc.Sentence, covered []bool) []doc.Claim {
	var out []doc.Claim
	// A fronted if-clause is the hedge of the rest of the sentence.
	var cond *doc.Span
	from := s.First
	if w := low(&d.Tokens[from]); ((w == "if" || w == "unless") && !complementIf(d, from) || invertedCondition(d, from, s.End)) && !covered[from] {
		for i := from + 1; i < s.End; i++ {
			if d.Tokens[i].Text == "," {
				sp := doc.Span{Start: d.Tokens[from].Span.Start, End: d.Tokens[i-1].Span.End}
				cond = &sp
				from = i + 1
				break
			}
		}
	}
	// Units: stretches of uncovered tokens, cut at semicolons and at
	// contrastive clause links (", whereas", ", while", ", but").
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		a, b := trimUnit(d, start, end)
		start = -1
		if b-a <= 0 {
			return
		}
		words, fin, nominal := 0, false, false
		for i := a; i < b; i++ {
			if !isPunctTok(&d.Tokens[i]) {
				words++
			}
			// A participle on the noun of a phrase that opens with a
			// preposition describes it ("in a report published
			// Tuesday"); only a finite verb makes that a clause.
			// (An auxiliary that ends the unit is the verb group of the
			// cue after it: "for their part, have" of "Officials, for
			// their part, have made clear that ...".)
			if predicate(d, i) && (finite(&d.Tokens[i]) || d.Tokens[a].UPOS != "ADP") && !(i == b-1 && d.Tokens[i].UPOS == "AUX") {
				fin = true
			}
			switch d.Tokens[i].UPOS {
			case "NOUN", "PROPN", "PRON", "NUM":
				nominal = true
			}
		}
		// What is left of a clause around an attribution may hold no
		// noun phrase, only its auxiliaries ("could not be" of "The
		// claims could not be verified by Reuters") or a verb's frame
		// ("went on to" of "X went on to say that ..."): it asserts
		// nothing.
		if words < st.minWords || !fin || !nominal {
			return
		}
		// Nor does a frame whose clause an attribution holds ("It is
		// noteworthy that" of "It is noteworthy that, according to some
		// experts, ...").
		if t := &d.Tokens[b-1]; low(t) == "that" && (t.UPOS == "SCONJ" || t.Dep == "mark") {
			return
		}
		if fragment(d, a, b) {
			return
		}
		// A trailing if-clause is the hedge of the unit.
		var hedge *doc.Span
		for i := a + 1; i < b; i++ {
			w := low(&d.Tokens[i])
			if (w == "if" || w == "unless") && !complementIf(d, i) {
				sp := doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[b-1].Span.End}
				hedge = &sp
				b = i
				for b > a && isPunctTok(&d.Tokens[b-1]) {
					b--
				}
				break
			}
		}
		v := assess(d, a, b)
		span := doc.Span{Start: d.Tokens[a].Span.Start, End: d.Tokens[b-1].Span.End}
		if v.frame != nil {
			span = *v.frame
		}
		for _, h := range []*doc.Span{cond, hedge} {
			if h != nil {
				v.cert = doc.Conditional
				v.hedges = map[string][]doc.Span{doc.Conditional: {*h}}
			}
		}
		out = append(out, v.claim(span, ""))
	}
	for i := from; i < s.End; i++ {
		t := &d.Tokens[i]
		if covered[i] || t.Text == ";" || t.Text == ":" {
			flush(i)
			continue
		}
		if t.Text == "," && i+1 < s.End && contrastLinks[low(&d.Tokens[i+1])] {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(s.End)
	return out
}

// fragment reports whether unit [a, b) is what an attribution left of a
// clause rather than a clause: it ends in a word that needs more after it
// ("mediators are trying to", "quoted the head of the community as",
// "voted in a referendum to", "reportedly did not"); its only verbs are auxiliaries other than
// "be" ("have in the past" of "have in the past announced arrests"); or
// it opens with a preposition or a participle and has finite verbs only
// in a clause inside ("by telephone from a church where he had taken
// shelter", "on its Facebook page that residents had counted ...").
func fragment(d *doc.Doc, a, b int) bool {
	switch t := &d.Tokens[b-1]; {
	// ("The fighting will go on": a particle right after its verb ends
	// a clause.)
	case t.UPOS == "ADP" && b-2 >= a && d.Tokens[b-2].UPOS == "VERB" && (t.Dep == "compound:prt" || t.Dep == "advmod" || t.Dep == "" && particles[low(t)] || whBefore(d, a, b-2)):
	case t.UPOS == "ADP" || t.UPOS == "DET" || t.UPOS == "SCONJ" || t.XPOS == "TO" || low(t) == "not" || low(t) == "n't":
		return true
	}
	verb, be, otherAux := false, false, false
	for i := a; i < b; i++ {
		t := &d.Tokens[i]
		verb = verb || t.UPOS == "VERB"
		be = be || t.UPOS == "AUX" && lem(t) == "be"
		otherAux = otherAux || t.UPOS == "AUX" && lem(t) != "be"
	}
	if !verb && !be && otherAux {
		return true
	}
	// (Also where the tagger read that auxiliary as a verb: "has in
	// recent weeks".)
	if t := &d.Tokens[a]; lem(t) == "have" && a+1 < b && d.Tokens[a+1].UPOS == "ADP" {
		return true
	}
	// A relative clause left of a source ("who spoke on condition of
	// anonymity") describes it, and asserts nothing of its own.
	if t := &d.Tokens[a]; t.XPOS == "WP" || t.XPOS == "WDT" || t.XPOS == "WP$" {
		return true
	}
	// A verb group that ends in its auxiliary goes on in the cue after
	// it ("An earlier version, circulated last week, had also").
	k := b - 1
	for k > a && d.Tokens[k].UPOS == "ADV" {
		k--
	}
	if d.Tokens[k].UPOS == "AUX" && k < b-1 {
		return true
	}
	if t := &d.Tokens[a]; t.UPOS == "ADP" || t.XPOS == "VBN" || t.XPOS == "VBG" {
		for i := a + 1; i < b; i++ {
			t := &d.Tokens[i]
			switch {
			case t.UPOS == "SCONJ" || t.XPOS == "WDT" || t.XPOS == "WP" || t.XPOS == "WRB":
				return true
			case finite(t) && (t.UPOS == "VERB" || t.UPOS == "AUX"):
				return false
			}
		}
		// A participle with no finite verb after it is a phrase on a
		// noun outside ("published on Monday evening", "quoted
		// anonymously by El Centinela").
		return t.UPOS != "ADP"
	}
	return false
}

// invertedCondition reports whether the sentence opens with a condition
// put by inversion, an auxiliary before its subject: "Had the brigades
// been given more time, ...", "Were the truce to collapse, ...", "Should
// talks fail, ...".
func invertedCondition(d *doc.Doc, i, end int) bool {
	switch low(&d.Tokens[i]) {
	case "had", "were", "should":
	default:
		return false
	}
	if i+1 >= end {
		return false
	}
	switch n := &d.Tokens[i+1]; n.UPOS {
	case "DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM":
	case "VERB":
		// "Should talks fail": the tagger may read the subject as a
		// verb; never one in its base form.
		if n.XPOS == "VB" {
			return false
		}
	default:
		return false
	}
	for k := i + 2; k < end; k++ {
		if d.Tokens[k].Text == "," {
			return true
		}
		if d.Tokens[k].Text == "?" {
			return false
		}
	}
	return false
}

// contrastLinks start a second main clause after a comma.
var contrastLinks = map[string]bool{"whereas": true, "while": true, "but": true, "yet": true, "although": true, "though": true}

// splitContrast cuts tokens [f, e) at ", although", ", whereas" and the like
// into parts of at least three words each; it returns [f, e) alone when
// there is no such cut.
func splitContrast(d *doc.Doc, f, e int) [][2]int {
	var out [][2]int
	start := f
	for i := f + 1; i+1 < e; i++ {
		if d.Tokens[i].Text != "," || !contrastLinks[low(&d.Tokens[i+1])] {
			continue
		}
		a, b := trimUnit(d, start, i)
		if words(d, a, b) >= 3 && words(d, i+1, e) >= 4 {
			out = append(out, [2]int{a, b})
			start = i + 1
		}
	}
	if len(out) == 0 {
		return [][2]int{{f, e}}
	}
	if a, b := trimUnit(d, start, e); b > a {
		out = append(out, [2]int{a, b})
	}
	return out
}

func words(d *doc.Doc, a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if !isPunctTok(&d.Tokens[i]) {
			n++
		}
	}
	return n
}

// complementIf tells "asked if", "wonder if" (an indirect question), the
// connective "if anything,", the pointer "if you look at" and the
// comparison "as if" from a conditional "if".
func complementIf(d *doc.Doc, i int) bool {
	if i+1 < len(d.Tokens) && d.Tokens[i+1].Sent == d.Tokens[i].Sent {
		// "if anything, they control more": a connective set off by
		// commas strengthens what follows; it sets no condition.
		if n := low(&d.Tokens[i+1]); (n == "anything" || n == "any") && i+2 < len(d.Tokens) && d.Tokens[i+2].Text == "," {
			return true
		}
		// "If you look at the wake, the ship is clearly the one
		// turning": the listener is told where to look; what follows
		// holds whether or not they do.
		if n := low(&d.Tokens[i+1]); (n == "you" || n == "one") && i+2 < len(d.Tokens) && relevanceVerbs[lem(&d.Tokens[i+2])] {
			return true
		}
	}
	if i == 0 || d.Tokens[i-1].Sent != d.Tokens[i].Sent {
		return false
	}
	if low(&d.Tokens[i-1]) == "as" {
		return true // "as if": a comparison
	}
	p := &d.Tokens[i-1]
	switch lem(p) {
	case "ask", "wonder", "know", "see", "decide", "check", "determine", "unclear", "doubt", "question":
		return true
	}
	return false
}

// trimUnit drops edge punctuation, conjunctions and a fronted connective
// ("However,", "Therefore,") from a unit.
func trimUnit(d *doc.Doc, a, b int) (int, int) {
	for a < b {
		t := &d.Tokens[a]
		if isPunctTok(t) || t.UPOS == "CCONJ" || t.Dep == "cc" || contrastLinks[low(t)] && a+1 < b {
			a++
			continue
		}
		// (Not a hedge: "Presumably, the strike was a response" is the
		// writer's guess.)
		if (t.UPOS == "ADV" && hedgeAdverbs[low(t)] == "" || connectives[low(t)]) && a+1 < b && d.Tokens[a+1].Text == "," {
			a += 2
			continue
		}
		if a+2 < b && connectives[low(t)+" "+low(&d.Tokens[a+1])] && d.Tokens[a+2].Text == "," {
			a += 3
			continue
		}
		// A live report's time stamp: "10:30 – The prosecutor opened
		// the session".
		if a+2 < b && timex.ClockTime(t.Text) && isDash(d.Tokens[a+1].Text) {
			a += 2
			continue
		}
		break
	}
	for b > a && (isPunctTok(&d.Tokens[b-1]) || d.Tokens[b-1].UPOS == "CCONJ") {
		if t := d.Tokens[b-1].Text; (t == ")" || t == "]") && opens(d, a, b-1, t) {
			break
		}
		b--
	}
	// What opens a clause an attribution took ("…, in which", "…
	// after what", "…, when") belongs to that clause.
	for b-1 > a {
		t := &d.Tokens[b-1]
		if t.XPOS != "WDT" && t.XPOS != "WP" && t.XPOS != "WRB" {
			break
		}
		b--
		if d.Tokens[b-1].UPOS == "ADP" && b-1 > a {
			b--
		}
		for b > a && (isPunctTok(&d.Tokens[b-1]) || d.Tokens[b-1].UPOS == "CCONJ") {
			b--
		}
	}
	return a, b
}

// opens reports whether the bracket closed by t opens in [a, b).
func opens(d *doc.Doc, a, b int, t string) bool {
	o := "("
	if t == "]" {
		o = "["
	}
	for i := a; i < b; i++ {
		if d.Tokens[i].Text == o {
			return true
		}
	}
	return false
}

// connectives are general English discourse markers that open a sentence.
var connectives = map[string]bool{
	"however": true, "therefore": true, "moreover": true, "furthermore": true, "thus": true,
	"meanwhile": true, "nevertheless": true, "nonetheless": true, "besides": true, "still": true,
	"after all": true, "in addition": true, "of course": true, "in fact": true,
	"indeed": true, "consequently": true, "hence": true, "also": true, "instead": true,
}

// isDash reports whether w is a dash that sets off a time stamp.
func isDash(w string) bool {
	return w == "-" || w == "–" || w == "—" || w == "--"
}
