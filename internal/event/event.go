package event

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Options configures the stage. The zero value uses the embedded lexicon.
type Options struct {
	// Lexicon, when not empty, replaces the embedded trigger lexicon; it
	// uses the format described at the top of lexicon.tsv.
	Lexicon string
	// MaxSentenceTokens is the longest sentence, in tokens, searched for
	// events; longer ones (usually lists or tables) are skipped with a
	// diagnostic. Zero means 200.
	MaxSentenceTokens int
}

// Stage finds PLOVER events. It keeps no mutable state.
type Stage struct {
	lx     *lexicon
	maxLen int
}

// New loads the lexicon once.
func New(o Options) (*Stage, error) {
	name, text := "lexicon.tsv (embedded)", defaultLexicon
	if o.Lexicon != "" {
		name, text = "Options.Lexicon", o.Lexicon
	}
	lx, err := parseLexicon(name, text)
	if err != nil {
		return nil, err
	}
	if o.MaxSentenceTokens <= 0 {
		o.MaxSentenceTokens = 200
	}
	return &Stage{lx: lx, maxLen: o.MaxSentenceTokens}, nil
}

// cand is a trigger found in the text.
type cand struct {
	first, last int // token range of the phrase, inclusive
	head        int // the token that carries the arguments
	e           *entry
	verb        bool
	noun        *cand // a trigger noun merged into this (support) verb
	absorbed    bool
}

// Run fills d.Events, replacing any events already there.
func (s *Stage) Run(ctx context.Context, d *doc.Doc) error {
	if d == nil {
		return errors.New("event: nil document")
	}
	v := newView(d, s.lx)
	var cands []*cand
	for _, sent := range v.sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		if sent[1]-sent[0] > s.maxLen {
			d.Diag("event", doc.Span{Start: v.toks[sent[0]].span.Start, End: v.toks[sent[1]-1].span.End},
				"sentence of %d tokens is longer than MaxSentenceTokens=%d; not searched for events", sent[1]-sent[0], s.maxLen)
			continue
		}
		cands = append(cands, v.triggers(sent)...)
	}
	v.mergeLight(cands)
	v.dropIntended(cands)
	// A designation footnote ("*banned in Russia") labels an entity; it
	// narrates no event.
	for _, e := range d.Entities {
		for _, g := range e.Designations {
			for _, c := range cands {
				if g.Evidence.Contains(v.toks[c.head].span) {
					c.absorbed = true
				}
			}
		}
	}
	// A word of a name ("Rapid Support Forces", "Operation Iron
	// Swords") names nothing that happened.
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Kind != doc.MentionName {
				continue
			}
			for _, c := range cands {
				if trig := (doc.Span{Start: v.toks[c.first].span.Start, End: v.toks[c.last].span.End}); m.Span.Contains(trig) && m.Span != trig {
					c.absorbed = true
				}
			}
		}
	}
	var events []doc.Event
	var from []*cand             // the candidate each event was built from
	verbType := map[int]string{} // head token of a verb trigger → its event type
	unsure := map[int]string{}   // trigger start → certainty its verb's controller sets
	for _, c := range cands {
		if c.absorbed {
			continue
		}
		v.useSentence(c.head)
		if ev, ok := v.build(c); ok {
			if c.verb {
				verbType[c.head] = ev.Type
				if cert := v.prospective(c.head); cert != "" {
					unsure[ev.Trigger.Start] = cert
				}
			}
			events, from = append(events, ev), append(from, c)
		}
	}
	// "were killed in the clashes", "Israeli airstrikes killed 12
	// people": an event noun in a phrase hung on a verb event of the same
	// type, or its subject, names that event again.
	kept := events[:0]
	for k, ev := range events {
		if c := from[k]; !c.verb {
			t := v.toks[c.head]
			if t.head >= 0 && (strings.HasPrefix(t.dep, "obl") || t.dep == "nsubj") && verbType[t.head] == ev.Type {
				continue
			}
		}
		kept = append(kept, ev)
	}
	events = kept
	sort.SliceStable(events, func(i, j int) bool { return events[i].Trigger.Start < events[j].Trigger.Start })
	for i := range events {
		events[i].ID = fmt.Sprintf("v%d", i+1)
		events[i].Certainty = doc.Certain
		if c := claimOf(d, events[i].Trigger); c != nil {
			events[i].Claim = c.ID
			if c.Certainty != "" {
				events[i].Certainty = c.Certainty
			}
			// "Kyiv denied attacking the convoy": the one who reports
			// the act says it did not happen.
			if deniedBy(d, c) && events[i].Certainty != doc.Conditional {
				events[i].Certainty = doc.Doubtful
			}
		}
		// "would encourage Tehran to detain more foreigners", "refused
		// to sign": an act a verb looks ahead to, or declines, is not
		// told as done.
		if cert := unsure[events[i].Trigger.Start]; cert != "" && events[i].Certainty != doc.Conditional && events[i].Certainty != doc.Doubtful {
			events[i].Certainty = cert
		}
	}
	d.Events = events
	return nil
}

// prospective is the certainty of the act of verb h when h is the "to"
// infinitive of a verb that looks ahead to it (possible: "encourage X to
// detain", "plans to attack") or declines it (doubtful: "refused to
// sign", "failed to stop"); "" otherwise.
func (v *view) prospective(h int) string {
	if !v.hasSyntax || v.toks[h].dep != "xcomp" {
		return ""
	}
	to := false
	for _, k := range v.kids[h] {
		to = to || v.toks[k].dep == "mark" && v.toks[k].lower == "to"
	}
	if !to {
		return ""
	}
	switch g := v.toks[h].head; {
	case g < 0:
	case declineVerbs[v.toks[g].lemma]:
		return doc.Doubtful
	case aheadVerbs[v.toks[g].lemma]:
		return doc.Possible
	}
	return ""
}

// aheadVerbs look ahead to an act their infinitive names; declineVerbs
// say it was not done.
var (
	aheadVerbs = map[string]bool{"encourage": true, "urge": true, "ask": true, "want": true, "plan": true,
		"intend": true, "hope": true, "seek": true, "try": true, "attempt": true, "threaten": true,
		"promise": true, "pledge": true, "vow": true, "agree": true, "decide": true, "expect": true,
		"aim": true, "prepare": true, "offer": true, "propose": true, "allow": true, "permit": true,
		"order": true, "invite": true, "persuade": true, "press": true, "push": true, "need": true,
		"wish": true, "consider": true}
	declineVerbs = map[string]bool{"refuse": true, "decline": true, "fail": true}
)

// deniedBy reports whether claim c is what a denial reports, as its
// content, not an anaphor that refers back ("denied the report").
func deniedBy(d *doc.Doc, c *doc.Claim) bool {
	for _, a := range d.Attributions {
		if a.ID == c.Attribution {
			return a.Cue.Type == doc.CueDenial && a.RefersTo == ""
		}
	}
	return false
}

// claimOf is the smallest claim whose span holds the trigger.
func claimOf(d *doc.Doc, trig doc.Span) *doc.Claim {
	var best *doc.Claim
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Span.Contains(trig) && (best == nil || c.Span.Len() < best.Span.Len()) {
			best = c
		}
	}
	return best
}

// ---- triggers ----

func (v *view) triggers(sent [2]int) []*cand {
	var out []*cand
	for i := sent[0]; i < sent[1]; i++ {
		entries := v.lx.byFirst[v.toks[i].lemma]
		for ei, e := range entries {
			n := len(e.words)
			if i+n > sent[1] {
				continue
			}
			ok := true
			for k := 1; k < n; k++ {
				t := v.toks[i+k]
				if t.lemma != e.words[k] && t.lower != e.words[k] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			c := &cand{first: i, last: i + n - 1, e: e}
			// A verb phrase ("call for") carries its arguments on its first
			// word, a noun phrase ("air strike") on its last.
			if e.verb && !e.noun {
				c.head, c.verb = i, true
			} else if e.noun && !e.verb {
				c.head = i + n - 1
			} else {
				c.head = i
				c.verb = v.isVerbal(i)
			}
			if !v.posFits(c) {
				continue
			}
			// A word of several rows told apart by their objects ("fire
			// shells" an assault, "fire tear gas" repression, "exchange
			// fire" and "exchange prisoners") takes the row whose objects
			// it has.
			if e.objs != nil && sameWordsLater(entries[ei+1:], e) {
				v.useSentence(i)
				if !v.objectIn(c, e.objs) {
					continue
				}
			}
			out = append(out, c)
			i += n - 1
			break
		}
	}
	return out
}

// sameWordsLater reports whether one of rest is a row of the same words
// as e that also names its objects.
func sameWordsLater(rest []*entry, e *entry) bool {
	for _, o := range rest {
		if o.objs != nil && slices.Equal(o.words, e.words) {
			return true
		}
	}
	return false
}

// posFits checks the parser's tag against the entry: "attack" the noun
// and the verb are both events, "armed" the adjective and "Strike" in a
// name are not.
func (v *view) posFits(c *cand) bool {
	t := v.toks[c.head]
	switch t.upos {
	case "":
		if c.e.verb && !c.e.noun && c.head > 0 && nounContext[v.toks[c.head-1].lower] && !strings.HasSuffix(v.toks[c.head].lower, "ing") {
			// "calls for strikes": a noun after a preposition or determiner
			// (but "of arming" is a verb).
			return false
		}
		return (c.verb && c.e.verb) || (!c.verb && c.e.noun) || len(c.e.words) > 1
	case "VERB":
		if t.dep == "amod" {
			return false
		}
		c.verb = true
		return c.e.verb
	case "NOUN":
		c.verb = false
		return c.e.noun
	}
	return false
}

// nounContext are words after which a verb-only trigger form is taken to be
// a noun when no tagger ran.
var nounContext = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "for": true, "of": true, "in": true, "on": true, "with": true, "from": true,
	"no": true, "new": true, "these": true, "those": true, "such": true}

// mergeLight joins a trigger noun with the support verb whose object it is:
// "sending assistance", "expanding cooperation", "imposed sanctions".
func (v *view) mergeLight(cands []*cand) {
	for _, n := range cands {
		if n.verb || n.e.typ == "" {
			continue
		}
		v.useSentence(n.head)
		var host *cand
		for _, c := range cands {
			if c == n || !c.verb || !c.e.light || c.noun != nil || v.toks[c.head].sent != v.toks[n.head].sent {
				continue
			}
			if v.hasSyntax {
				h := v.toks[n.head].head
				b, _, _ := strings.Cut(v.toks[n.head].dep, ":")
				// The noun may also hang one level up when the parse
				// attached it to the verb governing the host ("willing to
				// provide X with support").
				up := v.toks[c.head].head
				if (h == c.head || h == up && up >= 0 && n.head > c.head && v.toks[c.head].dep == "xcomp") &&
					(b == "obj" || b == "obl" || v.toks[n.head].dep == "nsubj:pass") {
					host = c
				} else if n.head > c.head && n.head-c.head <= 8 && v.under(n.head, c.head, 3) && c.e.material && materialWords[n.e.words[0]] != "" {
					// "provide $400 million in military aid": the aid noun
					// sits deeper in the object.
					host = c
				}
			} else if c.head < n.first && n.first-c.head <= 8 && v.plainBetween(c.head, n.first) {
				host = c
			}
		}
		if host != nil {
			host.noun = n
			n.absorbed = true
		}
	}
}

// intentTypes are events whose object is an act not (yet) done: what is
// demanded, refused, threatened or agreed to.
var intentTypes = map[string]bool{"REQUEST": true, "REJECT": true, "THREATEN": true, "AGREE": true}

// dropIntended removes triggers that are the object of a demand, refusal,
// threat or agreement ("called for talks", "refused to sign", "threatened
// to close"): the text reports the demand, not the act. Accusations are
// not among them: "accused X of supporting Y" reports the support as
// alleged fact.
func (v *view) dropIntended(cands []*cand) {
	for _, n := range cands {
		if n.absorbed {
			continue
		}
		v.useSentence(n.head)
		for _, c := range cands {
			if c == n || c.absorbed || !intentTypes[c.e.typ] || !c.verb || v.toks[c.head].sent != v.toks[n.head].sent {
				continue
			}
			if v.hasSyntax {
				if n.head > c.head && v.complementOf(n.head, c.head) {
					n.absorbed = true
				}
			} else if c.last < n.first && n.first-c.last <= 4 && v.plainBetween(c.last, n.first) {
				n.absorbed = true
			}
		}
	}
}

// complementOf reports whether token i is the object or complement of verb
// c, directly or through one more such link ("refused to sign", "called
// for talks", "demanded the release of X"), not a coordinated act ("rejected
// X and threatened Y").
func (v *view) complementOf(i, c int) bool {
	for k, steps := i, 0; k >= 0 && steps < 2; k, steps = v.toks[k].head, steps+1 {
		base, _, _ := strings.Cut(v.toks[k].dep, ":")
		switch base {
		case "xcomp", "ccomp", "obj", "obl", "nmod", "acl", "advcl":
		default:
			return false
		}
		if v.toks[k].head == c {
			return true
		}
	}
	return false
}

// under reports whether token i lies below token anc within depth steps.
func (v *view) under(i, anc, depth int) bool {
	for h, s := v.toks[i].head, 0; h >= 0 && s < depth; h, s = v.toks[h].head, s+1 {
		if h == anc {
			return true
		}
	}
	return false
}

// useSentence reads the sentence of token i with its parse, if it has a
// plausible one, or by position.
func (v *view) useSentence(i int) {
	v.hasSyntax = v.sentOK[v.toks[i].sent]
}

// plainBetween reports whether tokens strictly between i and j contain no
// punctuation (other than an asterisk) and no "that" or "and", which would
// start another clause or phrase.
func (v *view) plainBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		t := v.toks[k]
		if t.lower == "*" {
			continue
		}
		if isPunct(t.text) || t.lower == "that" || t.lower == "and" {
			return false
		}
	}
	return true
}

func isPunct(s string) bool {
	for _, r := range s {
		if strings.ContainsRune(".,;:!?()[]\"“”—–", r) {
			return true
		}
	}
	return false
}

// ---- building an event ----

func (v *view) build(c *cand) (doc.Event, bool) {
	e := c.e
	typ, mode := e.typ, e.mode
	anchor := c.head
	if c.noun != nil {
		if typ == "" || (c.noun.e.typ != "SUPPORT" && c.noun.e.typ != typ) {
			typ = c.noun.e.typ
			if c.noun.e.mode != "" {
				mode = c.noun.e.mode
			}
		}
	} else if e.typ == "" {
		return doc.Event{}, false
	}
	if v.negated(c.head) || v.conditional(c.head) {
		return doc.Event{}, false
	}
	// "an arrest warrant", "attack helicopters", "supply boats": a noun
	// of force or provision that modifies another noun names a kind of
	// thing, no act.
	if !c.verb && c.noun == nil && v.hasSyntax && v.toks[c.last].dep == "compound" && (typ == "ASSAULT" || typ == "COERCE" || typ == "AID") {
		return doc.Event{}, false
	}
	// "Russia is a threat to Europe", "poses a threat", "what Washington
	// called a threat": a noun that says what something is, no act.
	if !c.verb && c.noun == nil && v.hasSyntax && v.predicateNoun(c.last) {
		return doc.Event{}, false
	}
	if e.intrans && v.hasSyntax && v.firstChild(c.head, "obj") >= 0 {
		return doc.Event{}, false
	}
	if e.objs != nil && !v.objectIn(c, e.objs) {
		return doc.Event{}, false
	}
	if e.not != nil && v.argumentIn(c, e.not) {
		return doc.Event{}, false
	}
	if e.subjs != nil && !v.subjectIn(c, e.subjs) {
		return doc.Event{}, false
	}
	mat := v.materialCue(c, false)
	if e.material && c.noun == nil && mat == "" && v.hasSyntax {
		// The parse may have hung the thing given elsewhere ("willing to
		// provide X with military support"): look around in the clause.
		mat = v.materialCue(c, true)
	}
	if e.material && c.noun == nil && mat == "" {
		return doc.Event{}, false
	}
	if c.noun != nil && mat == "" {
		mat = v.materialCue(c.noun, false)
	}
	if typ == "SUPPORT" && mat != "" {
		typ = "AID"
	}
	if typ == "AID" && mode == "" && mat != "-" {
		mode = mat
	}

	v.scope = v.contentAround(c)
	r := v.roles(c, anchor, typ, e.recipSub)
	v.scope = doc.Span{}
	if typ == "ASSAULT" && (mode == "" || mode == "heavy-weapons") && r.air {
		mode = "air"
	}
	// Words that are events only when someone known does them ("kill")
	// need their actor, unless the passive names who suffered it ("49
	// Armenian soldiers were killed") or the act is counted ("the strike
	// killed at least 14 civilians").
	if e.actor && r.actor == "" && !(c.verb && v.hasSyntax && v.isPassive(anchor) && r.recipient != "") && r.quantity == nil {
		return doc.Event{}, false
	}
	if c.noun == nil && !c.verb && r.actor == "" && r.recipient == "" && r.location == "" {
		// A bare event noun with no participant ("the talks", "an attack")
		// is most often generic or a back-reference; it adds no event.
		return doc.Event{}, false
	}
	if c.verb && v.hasSyntax && r.actor == "" && r.recipient == "" && r.location == "" && !r.hasArg {
		return doc.Event{}, false
	}
	if c.verb && (r.actor == "" && r.recipient == "" || e.stative) && v.participleModifier(c) &&
		(e.stative || r.quantity == nil && v.timeOf(c, anchor) == nil && !v.spanOfTime(c.head)) {
		// A participle with no participant that modifies a noun ("an
		// organisation banned in X") describes, it reports no act; nor
		// does a stative one with participants ("the Russian division
		// stationed in the country"). One dated or counted does
		// ("protesters arrested in the past two days").
		return doc.Event{}, false
	}
	if r.actor != "" && r.actor == r.recipient {
		r.recipient = ""
	}
	// A capital that acts for its state is who, not where.
	if r.location != "" && (r.location == r.actor || r.location == r.recipient) {
		r.location = ""
	}

	trig := doc.Span{Start: v.toks[c.first].span.Start, End: v.toks[c.last].span.End}
	if c.noun != nil && c.noun.first > c.last && c.noun.first-c.last <= 3 && v.onlyModifiers(c.last, c.noun.first) {
		trig.End = v.toks[c.noun.last].span.End
	}
	ev := doc.Event{Type: typ, Mode: mode, Trigger: trig, Actor: r.actor, Recipient: r.recipient,
		Location: r.location, Quantity: r.quantity}
	// Only for acts of force, and not when the object is the means the
	// trigger needs ("launched drones").
	if r.target > 0 && r.recipient == "" && (typ == "ASSAULT" || typ == "COERCE") && e.objs == nil {
		ev.Target = v.toks[r.target-1].span
	}
	ev.Time = v.timeOf(c, anchor)
	return ev, true
}

// predicateVerbs take a noun that says what their subject or object is.
var predicateVerbs = map[string]bool{"pose": true, "represent": true, "constitute": true, "call": true,
	"label": true, "brand": true, "term": true, "dub": true, "remain": true, "become": true}

// predicateNoun reports whether noun n is a predicate: with a copula, or
// the object of a verb of being or naming.
func (v *view) predicateNoun(n int) bool {
	if v.firstChild(n, "cop") >= 0 {
		return true
	}
	h := v.toks[n].head
	return h >= 0 && v.toks[n].dep == "obj" && predicateVerbs[v.lx.lemmaOfWord(v.toks[h])]
}

// contentAround is the smallest attribution content holding the whole
// trigger, or the empty span.
func (v *view) contentAround(c *cand) doc.Span {
	trig := doc.Span{Start: v.toks[c.first].span.Start, End: v.toks[c.last].span.End}
	var best doc.Span
	for _, a := range v.d.Attributions {
		if a.Content.Contains(trig) && (best.Empty() || a.Content.Len() < best.Len()) {
			best = a.Content
		}
	}
	return best
}

// onlyModifiers reports whether the tokens strictly between i and j are
// determiners, adjectives or adverbs (so "providing military assistance"
// is one trigger phrase).
func (v *view) onlyModifiers(i, j int) bool {
	for k := i + 1; k < j; k++ {
		t := v.toks[k]
		switch t.upos {
		case "DET", "ADJ", "ADV", "NUM":
			continue
		case "":
			if isPunct(t.text) {
				return false
			}
			continue
		}
		return false
	}
	return true
}

// participleModifier reports whether the trigger verb modifies a noun:
// by the parse (acl, amod), or without one, a past participle right after
// a comma or bracket.
func (v *view) participleModifier(c *cand) bool {
	if v.hasSyntax {
		if len(v.children(c.head, "aux", "aux:pass")) > 0 {
			return false // "have been shipped" is a clause of its own
		}
		d := v.toks[c.head].dep
		if (d == "acl" || d == "amod") && !v.clauseOnNoun(c.head) {
			return true
		}
		// A bare past participle with no subject is no clause either, even
		// where the parse made it the root ("*terrorist organisation,
		// banned in X").
		return v.toks[c.head].xpos == "VBN" && v.subjectOf(c.head) < 0 && v.controller(c.head) < 0
	}
	i := c.first
	if i == 0 || v.toks[i-1].sent != v.toks[i].sent {
		return false
	}
	p := v.toks[i-1].text
	return (p == "," || p == "(") && (strings.HasSuffix(v.toks[i].lower, "ed") || v.lx.irregular[v.toks[i].lower] != "")
}

// timeUnits name stretches of time ("in the past two days").
var timeUnits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true,
	"night": true, "weekend": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true}

// spanOfTime reports whether verb h has an oblique naming a stretch of
// time ("arrested in the past two days", "killed over the weekend"),
// which makes a participle an act that happened, not a description.
func (v *view) spanOfTime(h int) bool {
	if !v.hasSyntax {
		return false
	}
	for _, k := range v.childrenBase(h, "obl") {
		if timeUnits[v.toks[k].lower] {
			return true
		}
	}
	return false
}

var negWords = map[string]bool{"not": true, "never": true, "n't": true, "no": true, "without": true}

// noneWords stand for no one and nothing as a verb's argument.
var noneWords = map[string]bool{"nobody": true, "nothing": true, "none": true, "no-one": true}

// negated reports whether the trigger is negated ("did not attack", "no
// talks"), or denied by an argument that is no one or nothing ("received
// no aid", "No soldiers were arrested", "Nobody was detained"): a denied
// act is not an event; the claim's polarity carries it.
func (v *view) negated(i int) bool {
	if v.hasSyntax {
		for _, c := range v.kids[i] {
			t := v.toks[c]
			if (t.dep == "advmod" || t.dep == "det" || t.dep == "neg") && negWords[t.lower] {
				return true
			}
			if v.toks[i].upos == "VERB" && coreArg(t.dep) && v.noneArgument(c) {
				return true
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && v.toks[k].sent == v.toks[i].sent; k-- {
		if isPunct(v.toks[k].text) {
			break
		}
		if negWords[v.toks[k].lower] {
			return true
		}
	}
	if k := i + 1; k < len(v.toks) && v.toks[k].sent == v.toks[i].sent && v.toks[k].lower == "no" && !comparative(v, k+1) {
		return true
	}
	return false
}

// coreArg reports whether dep links a verb's subject or object.
func coreArg(dep string) bool {
	switch dep {
	case "nsubj", "nsubj:pass", "obj":
		return true
	}
	return false
}

// noneArgument reports whether the nominal at a is no one or nothing:
// "nobody", or a noun with the determiner "no" ("no aid"), but not "no
// fewer than 14 civilians", which counts some.
func (v *view) noneArgument(a int) bool {
	if noneWords[v.toks[a].lower] {
		return true
	}
	for _, c := range v.kids[a] {
		if t := v.toks[c]; t.dep == "det" && t.lower == "no" && !comparative(v, c+1) {
			return true
		}
	}
	return false
}

// comparative reports whether the token at k is a comparative that makes
// "no" before it a bound on a number ("no fewer than", "no more than").
func comparative(v *view, k int) bool {
	if k+1 >= len(v.toks) {
		return false
	}
	switch v.toks[k].lower {
	case "fewer", "less", "more":
		return v.toks[k+1].lower == "than"
	}
	return false
}

// conditional reports whether the trigger sits in the antecedent of a
// condition ("If it was X that struck Y, ..."): the text states no such
// event, only a supposition.
func (v *view) conditional(i int) bool {
	if v.hasSyntax {
		for k, steps := i, 0; k >= 0 && steps < 6; k, steps = v.toks[k].head, steps+1 {
			for _, c := range v.kids[k] {
				if v.toks[c].dep == "mark" && (v.toks[c].lower == "if" || v.toks[c].lower == "unless") {
					return true
				}
			}
			if v.toks[k].dep == "root" {
				break
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && v.toks[k].sent == v.toks[i].sent; k-- {
		t := v.toks[k].lower
		if t == "," || t == ";" || t == ":" {
			return false
		}
		if t == "if" || t == "unless" {
			return true
		}
	}
	return false
}

// objectIn reports whether the trigger's object is one of the lemmas.
func (v *view) objectIn(c *cand, set map[string]bool) bool {
	if v.hasSyntax {
		for _, o := range v.childrenBase(c.head, "obj") {
			if set[v.lx.lemmaOfWord(v.toks[o])] {
				return true
			}
			if m, ok := v.entityOf(o); ok && set["@"+m.typ] {
				return true // "released Navalny": obj=...|@person
			}
		}
		return false
	}
	for k := c.last + 1; k < len(v.toks) && k <= c.last+4; k++ {
		if set[v.lx.lemmaOfWord(v.toks[k])] {
			return true
		}
	}
	return false
}

// argumentIn reports whether the trigger's subject or object (or, without
// syntax, a word within three of it in the clause) is one of the lemmas:
// "struck a deal", "stocks rallied".
func (v *view) argumentIn(c *cand, set map[string]bool) bool {
	if v.hasSyntax {
		for _, o := range v.childrenBase(c.head, "obj", "nsubj") {
			if set[v.lx.lemmaOfWord(v.toks[o])] {
				return true
			}
		}
		return false
	}
	s := v.toks[c.head].sent
	for k := c.first - 3; k <= c.last+3; k++ {
		if k < 0 || k >= len(v.toks) || v.toks[k].sent != s || (k >= c.first && k <= c.last) {
			continue
		}
		if set[v.lx.lemmaOfWord(v.toks[k])] {
			return true
		}
	}
	return false
}

// subjectIn reports whether the trigger's subject (or, without syntax, the
// word before it) is one of the lemmas, or an entity of a listed @type.
func (v *view) subjectIn(c *cand, set map[string]bool) bool {
	var subj []int
	if v.hasSyntax {
		subj = v.children(c.head, "nsubj")
	} else if c.first > 0 && v.toks[c.first-1].sent == v.toks[c.first].sent {
		subj = []int{c.first - 1}
		// "An airstrike by Russian jets hit": the noun before a phrase
		// that describes it is the subject.
		for j := c.first - 2; j > 0 && j >= c.first-5 && v.toks[j].sent == v.toks[c.first].sent && !isPunct(v.toks[j].text); j-- {
			if w := v.toks[j].lower; w == "by" || w == "of" || w == "from" {
				subj = []int{j - 1}
				break
			}
		}
	}
	for _, k := range subj {
		if set[v.lx.lemmaOfWord(v.toks[k])] || set[v.toks[k].lower] {
			return true
		}
		if m, ok := v.entityOf(k); ok && set["@"+m.typ] {
			return true
		}
	}
	return false
}

// lemmaOfWord is the token's lemma for word lists: the parser's lemma
// or a plural stripped by the lexicon's rules.
func (lx *lexicon) lemmaOfWord(t tk) string {
	l := t.lemma
	if strings.HasSuffix(l, "ies") {
		return strings.TrimSuffix(l, "ies") + "y"
	}
	if strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && len(l) > 3 {
		return strings.TrimSuffix(l, "s")
	}
	return l
}

// Material words and the AID mode they imply.
var materialWords = map[string]string{
	"weapon": "military", "arm": "military", "ammunition": "military", "munition": "military", "ammo": "military",
	"military": "military", "troop": "military", "soldier": "military", "equipment": "military", "tank": "military",
	"missile": "military", "rocket": "military", "drone": "military", "helicopter": "military", "aircraft": "military",
	"jet": "military", "artillery": "military", "rifle": "military", "gun": "military", "vehicle": "military",
	"armour": "military", "armor": "military", "militarily": "military", "instructor": "military", "mercenary": "military",
	"food": "humanitarian", "medicine": "humanitarian", "medical": "humanitarian", "humanitarian": "humanitarian",
	"shelter": "humanitarian", "water": "humanitarian", "vaccine": "humanitarian", "fuel": "humanitarian", "tent": "humanitarian",
	"money": "economic", "fund": "economic", "funding": "economic", "loan": "economic", "grant": "economic",
	"cash": "economic", "financial": "economic", "financially": "economic", "credit": "economic", "dollar": "economic",
	"economic": "economic", "investment": "economic",
	"asylum": "asylum",
	"aid":    "-", "assistance": "-", "supply": "-", "support": "-", "help": "-", "ammunitions": "military",
}

// materialCue looks for a material word among the trigger's object,
// oblique and modifier subtrees (or, without syntax, near it) and
// returns the AID mode it implies ("military"), "-" for material with no
// mode, or "" for none.
func (v *view) materialCue(c *cand, positional bool) string {
	var toks []int
	if v.hasSyntax && !positional {
		for _, k := range v.childrenBase(c.head, "obj", "iobj", "obl", "amod", "advmod", "compound", "nmod") {
			toks = append(toks, v.subtree(k, 2)...)
		}
		// "weapons have been shipped": the passive subject is the thing sent.
		for _, k := range v.children(c.head, "nsubj:pass") {
			toks = append(toks, v.subtree(k, 2)...)
		}
	} else {
		s := v.toks[c.head].sent
		// Within the clause: up to 6 words back and 8 ahead, not across
		// punctuation (an asterisk aside).
		for k := c.first - 1; k >= 0 && k >= c.first-6 && v.toks[k].sent == s; k-- {
			if isPunct(v.toks[k].text) {
				break
			}
			toks = append(toks, k)
		}
		for k := c.last + 1; k < len(v.toks) && k <= c.last+8 && v.toks[k].sent == s; k++ {
			if isPunct(v.toks[k].text) {
				break
			}
			toks = append(toks, k)
		}
	}
	best := ""
	for _, k := range toks {
		if k == c.head {
			continue
		}
		m := materialWords[v.lx.lemmaOfWord(v.toks[k])]
		if m == "" {
			m = materialWords[v.toks[k].lower]
		}
		if m != "" && (best == "" || best == "-") {
			best = m
		}
	}
	if best == "-" && c.e.typ == "SUPPORT" {
		// "support" for "support" is no material cue.
		return ""
	}
	return best
}
