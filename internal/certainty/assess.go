package certainty

import (
	"slices"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// rank orders certainty values by how much they weaken a claim; the
// strongest hedge found wins.
var rank = map[string]int{doc.Certain: 0, doc.Probable: 1, doc.Possible: 2, doc.Doubtful: 3, doc.Conditional: 4}

// General English hedging lexicon.
var (
	modals = map[string]string{
		"may": doc.Possible, "might": doc.Possible, "could": doc.Possible, "should": doc.Probable,
		"ought": doc.Probable,
	}
	hedgeAdverbs = map[string]string{
		"perhaps": doc.Possible, "maybe": doc.Possible, "possibly": doc.Possible, "conceivably": doc.Possible,
		"potentially": doc.Possible,
		"apparently":  doc.Probable, "allegedly": doc.Probable, "reportedly": doc.Probable,
		"likely": doc.Probable, "probably": doc.Probable, "presumably": doc.Probable,
		"seemingly": doc.Probable, "supposedly": doc.Probable, "purportedly": doc.Probable,
		"ostensibly": doc.Probable, "indirectly": doc.Probable, "evidently": doc.Probable,
		"unlikely": doc.Doubtful, "hardly": doc.Doubtful, "scarcely": doc.Doubtful, "doubtfully": doc.Doubtful,
	}
	// hedgeAdjectives head raising frames: "it is likely that", "X is
	// unlikely to".
	hedgeAdjectives = map[string]string{
		"possible": doc.Possible, "conceivable": doc.Possible, "plausible": doc.Possible,
		"likely": doc.Probable, "probable": doc.Probable,
		"unlikely": doc.Doubtful, "doubtful": doc.Doubtful, "unclear": doc.Doubtful,
		"uncertain": doc.Doubtful, "questionable": doc.Doubtful, "improbable": doc.Doubtful,
		"implausible": doc.Doubtful, "dubious": doc.Doubtful, "unknown": doc.Doubtful,
		"clear": doc.Certain, "certain": doc.Certain, "evident": doc.Certain, "obvious": doc.Certain, "known": doc.Certain,
	}
	// raisingVerbs weaken what they embed: "seems to", "appears that".
	raisingVerbs = map[string]string{"seem": doc.Probable, "appear": doc.Probable}
	// passiveRaising weaken what they embed as passives: "X is expected
	// to", "is said to", "is rumoured to".
	passiveRaising = map[string]string{
		"expect": doc.Probable, "believe": doc.Probable, "think": doc.Probable, "understand": doc.Probable,
		"say": doc.Probable, "report": doc.Probable, "estimate": doc.Probable, "suppose": doc.Probable,
		"rumour": doc.Possible, "rumor": doc.Possible, "allege": doc.Possible, "suspect": doc.Possible,
		"fear": doc.Possible,
	}
	// beliefCues are cue lemmas that present content as held, not known.
	beliefCues = map[string]string{
		"assume": doc.Probable, "believe": doc.Probable, "suspect": doc.Probable, "think": doc.Probable,
		"suppose": doc.Probable, "presume": doc.Probable, "guess": doc.Probable, "expect": doc.Probable,
		"reckon": doc.Probable, "feel": doc.Probable, "estimate": doc.Probable, "speculate": doc.Possible,
		"fear": doc.Probable, "hope": doc.Possible, "imagine": doc.Possible, "doubt": doc.Doubtful,
		"allege": doc.Probable, "suggest": doc.Possible, "hint": doc.Possible,
	}
	// negators flip polarity when they sit in the claim's verb group.
	// unchecked are the adjectives by which a source says nobody has
	// verified it.
	unchecked = map[string]bool{"unconfirmed": true, "unverified": true, "uncorroborated": true,
		// A rumour is unchecked by what it is.
		"rumour": true, "rumours": true, "rumor": true, "rumors": true}
	negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "nor": true, "neither": true, "cannot": true}
	// negativeSubjects deny the whole clause: "Nobody was hurt".
	negativeSubjects = map[string]bool{"nobody": true, "nothing": true, "none": true, "neither": true, "no-one": true}
	// negativePredicates deny what they govern: "is unwilling to", "refused to".
	negativePredicates = map[string]bool{
		"unwilling": true, "unable": true, "reluctant": true, "refuse": true, "decline": true,
		"fail": true, "deny": true, "reject": true, "incapable": true,
	}
)

// verdict collects what assess finds.
type verdict struct {
	cert     string
	hedges   map[string][]doc.Span // by certainty value
	negative bool
	frame    *doc.Span // the embedded claim of a raising frame
}

func (v *verdict) add(cert string, sp doc.Span) {
	if v.hedges == nil {
		v.hedges = map[string][]doc.Span{}
	}
	if !slices.Contains(v.hedges[cert], sp) {
		v.hedges[cert] = append(v.hedges[cert], sp)
	}
	if rank[cert] > rank[v.cert] {
		v.cert = cert
	}
}

func (v *verdict) claim(span doc.Span, att string) doc.Claim {
	c := doc.Claim{Span: span, Attribution: att, Certainty: v.cert, Polarity: doc.Positive, Hedges: []doc.Span{}}
	if c.Certainty == "" {
		c.Certainty = doc.Certain
	}
	if v.negative {
		c.Polarity = doc.Negative
	}
	if c.Certainty != doc.Certain {
		c.Hedges = append(c.Hedges, v.hedges[c.Certainty]...)
	}
	return c
}

// assess reads the certainty and polarity of the claim in tokens [a, b):
// a raising frame at its start, its first verb group with what precedes
// it, and a conditional clause inside it.
// falsity are the predicates by which a writer calls what was said
// false.
var falsity = map[string]bool{"false": true, "untrue": true, "unfounded": true, "baseless": true, "groundless": true,
	"fabricated": true, "wrong": true, "inaccurate": true, "incorrect": true, "fake": true, "bogus": true}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

func assess(d *doc.Doc, a, b int) verdict {
	v := verdict{cert: doc.Certain}
	if b <= a {
		return v
	}
	tk := func(i int) *doc.Token { return &d.Tokens[i] }
	span := func(i, j int) doc.Span { return doc.Span{Start: tk(i).Span.Start, End: tk(j - 1).Span.End} }

	// "it appears doubtful that X", "it is unclear whether X".
	if fe, cert, ok := raisingFrame(d, a, b); ok {
		v.add(cert, span(a, fe))
		inner := fe
		for inner < b && (low(tk(inner)) == "that" || low(tk(inner)) == "whether" || low(tk(inner)) == "if") {
			inner++
		}
		if inner < b {
			sp := span(inner, b)
			v.frame = &sp
			sub := assess(d, inner, b)
			v.negative = sub.negative
			if rank[sub.cert] > rank[v.cert] {
				v.cert = sub.cert
				v.hedges = sub.hedges
			}
		}
		return v
	}

	// The first verb group and everything before it.
	g0, g1 := -1, -1
	for i := a; i < b; i++ {
		// A relative clause set off by commas describes the subject
		// ("Moscow, which brokered the truce, may oppose it"); the
		// clause's own verb comes after it.
		if tk(i).Text == "," && i+1 < b && relativeWords[low(tk(i+1))] {
			for j := i + 2; j < b; j++ {
				if tk(j).Text == "," {
					i = j
					break
				}
			}
			continue
		}
		// "The notes, she added, were not a record": a report set off
		// by commas ends in its verb, and the clause's own verb
		// comes after it.
		if j := asideReport(d, i, b); j > i {
			i = j
			continue
		}
		// (A past tense read as a participle counts: "some of the
		// aircraft crossed the line, a boundary that Beijing does not
		// recognise" is not negated by the apposition's clause.)
		// Nor is the verb of a relative clause on the subject ("Readers
		// who followed more than one outlet may have come away").
		if i > a+1 && (relativeWords[low(tk(i-1))] || low(tk(i-1)) == "that" && tk(i-1).XPOS == "WDT") && predicate(d, i) {
			continue
		}
		if predicate(d, i) && !(i > a && tk(i).XPOS == "VBN" && relativeWords[low(tk(i-1))]) {
			g0 = i
			break
		}
	}
	if g0 < 0 {
		return v
	}
	// "The army never withdrew": the negation before a verb with no
	// auxiliary is in its group.
	if g0-1 > a && low(tk(g0-1)) == "never" {
		g0--
	}
	g1 = g0 + 1
	for g1 < b {
		t := tk(g1)
		if t.UPOS == "AUX" || t.UPOS == "ADV" || t.UPOS == "PART" || strings.HasPrefix(t.XPOS, "VB") || t.XPOS == "MD" || t.XPOS == "TO" || t.XPOS == "RB" {
			g1++
			continue
		}
		// A predicate adjective after a copula ("is unwilling", "is
		// likely", "appear unlikely to").
		if t.UPOS == "ADJ" && linking[lem(tk(g1-1))] {
			g1++
			continue
		}
		// Quotation marks inside the group: were "most likely" procured.
		if isQuote(t.Text) && g1+1 < b {
			g1++
			continue
		}
		break
	}
	// "there are no plans", "has no role": a "no" right after the verb
	// group denies the clause.
	// ("There is no doubt that", "made no secret of", "It is no
	// surprise" affirm.)
	if g1 < b && low(tk(g1)) == "no" && tk(g1).UPOS == "DET" && !(g1+1 < b && litotes[lem(tk(g1+1))]) && !countsSome(d, g1, b) {
		v.negative = !v.negative
	}
	for i := a; i < g1; i++ {
		t := tk(i)
		w, l := low(t), lem(t)
		switch {
		case t.XPOS == "MD" && modals[w] != "" && !(w == "could" && i+1 < g1 && negators[low(tk(i+1))]):
			// "could not hit anything" says it was not done, not that
			// it may not have been.
			v.add(modals[w], t.Span)
		case hedgeAdverbs[w] != "" && (t.UPOS == "ADV" || t.UPOS == "ADJ" && i >= g0):
			v.add(hedgeAdverbs[w], t.Span)
		case (w == "certainly" || w == "surely") && i > a && (low(tk(i-1)) == "almost" || low(tk(i-1)) == "nearly"):
			// "almost certainly": near certainty is not certainty.
			v.add(doc.Probable, span(i-1, i+1))
		case i >= g0 && t.UPOS == "ADJ" && hedgeAdjectives[w] != "" && hedgeAdjectives[w] != doc.Certain:
			v.add(hedgeAdjectives[w], t.Span)
		// ("The claim first appeared on X": a verb of showing up, not of
		// seeming, unless what it seems follows.)
		case i >= g0 && raisingVerbs[l] != "" && strings.HasPrefix(t.XPOS, "VB") && seemsWhat(d, i+1, b):
			v.add(raisingVerbs[l], t.Span)
		case i > g0 && t.XPOS == "VBN" && passiveRaising[l] != "" && i+1 < b && low(tk(i+1)) == "to" && lem(tk(g0)) == "be":
			// "X is expected to", "is believed to", "is rumoured to".
			v.add(passiveRaising[l], span(g0, i+1))
		}
		if i >= g0 && negators[w] {
			// "cannot but", "could not but": necessity, not negation.
			if i+1 < b && low(tk(i+1)) == "but" {
				continue
			}
			v.negative = !v.negative
		}
		// "failed to", "is unable to": the act did not happen; "the
		// talks will fail" asserts a failure.
		if i >= g0 && negativePredicates[l] && (l == "deny" || l == "reject" || i+1 < b && (low(tk(i+1)) == "to" || low(tk(i+1)) == "of")) {
			v.negative = !v.negative
		}
		if i < g0 && (w == "no" && t.UPOS == "DET" && !countsSome(d, i, b) || negativeSubjects[w]) {
			v.negative = !v.negative
		}
	}
	// A conditional inside the claim: "X would follow if Y", "If Y, X".
	// The claim may open with the quotation mark of what was said.
	first := a
	for first < b && tk(first).UPOS == "PUNCT" {
		first++
	}
	for i := a; i < b; i++ {
		w := low(tk(i))
		if (w == "if" || w == "unless") && !complementIf(d, i) {
			e := b
			if i == first {
				for j := i + 1; j < b; j++ {
					if tk(j).Text == "," {
						e = j
						break
					}
				}
			}
			v.cert = ""
			v.add(doc.Conditional, span(i, e))
			break
		}
	}
	return v
}

// asideReport returns the comma that closes ", she added," or ",
// officials said," opening at comma i (a few words whose last is a
// finite verb, the only verb, and the cue of an attribution), or -1.
func asideReport(d *doc.Doc, i, b int) int {
	if d.Tokens[i].Text != "," {
		return -1
	}
	for j := i + 2; j < b && j <= i+5; j++ {
		if d.Tokens[j].Text != "," {
			continue
		}
		v := &d.Tokens[j-1]
		if !finite(v) || v.UPOS != "VERB" || !isCue(d, v.Span) {
			return -1
		}
		for k := i + 1; k < j-1; k++ {
			if t := &d.Tokens[k]; strings.HasPrefix(t.XPOS, "VB") || t.UPOS == "AUX" || isPunctTok(t) {
				return -1
			}
		}
		return j
	}
	return -1
}

// isCue reports whether span sp lies in the cue of an attribution.
func isCue(d *doc.Doc, sp doc.Span) bool {
	for _, a := range d.Attributions {
		if a.Cue.Span.Start <= sp.Start && sp.End <= a.Cue.Span.End {
			return true
		}
	}
	return false
}

// questionVerbs ask rather than say.
var questionVerbs = map[string]bool{"ask": true, "wonder": true, "question": true, "inquire": true, "enquire": true, "query": true}

// countsSome reports whether the "no" at k begins a bound on a number
// ("no fewer than 14", "no more than a dozen"), which denies nothing.
func countsSome(d *doc.Doc, k, b int) bool {
	if k+2 >= b {
		return false
	}
	switch low(&d.Tokens[k+1]) {
	case "fewer", "less", "more":
		return low(&d.Tokens[k+2]) == "than"
	}
	return false
}

// litotes are the nouns that "no" affirms by denying: "no doubt", "no
// secret", "no surprise".
var litotes = map[string]bool{"doubt": true, "question": true, "deny": true, "denying": true, "secret": true,
	"surprise": true, "wonder": true, "exaggeration": true, "coincidence": true}

// seemsWhat reports whether token k, after "seem" or "appear", says what
// seems so: "to", "that", "as if", "like", an adjective or an adverb
// before one.
func seemsWhat(d *doc.Doc, k, b int) bool {
	for k < b && d.Tokens[k].UPOS == "ADV" {
		k++
	}
	if k >= b {
		return false
	}
	t := &d.Tokens[k]
	switch low(t) {
	case "to", "that", "as", "like":
		return true
	}
	return t.UPOS == "ADJ" || isQuote(t.Text)
}

// linking verbs take a predicate adjective.
var linking = map[string]bool{"be": true, "seem": true, "appear": true, "look": true, "remain": true, "become": true}

// evidenceNouns head "there is no evidence that X" frames.
var evidenceNouns = map[string]bool{"evidence": true, "proof": true, "indication": true, "sign": true, "confirmation": true}

// raisingFrame recognises "it BE/SEEM (adverb) ADJ that|whether|if" at a,
// and "there BE no|little evidence that", and returns the end of the frame
// and the certainty it sets.
func raisingFrame(d *doc.Doc, a, b int) (int, string, bool) {
	if b-a >= 5 && low(&d.Tokens[a]) == "there" {
		i := a + 1
		for i < b && (lem(&d.Tokens[i]) == "be" || d.Tokens[i].XPOS == "MD" || d.Tokens[i].UPOS == "ADV") {
			i++
		}
		if i+2 < b && i > a+1 {
			q := low(&d.Tokens[i])
			if (q == "no" || q == "little" || q == "scant" || q == "scarce") && evidenceNouns[lem(&d.Tokens[i+1])] && low(&d.Tokens[i+2]) == "that" {
				return i + 2, doc.Doubtful, true
			}
			// "There are (growing) indications that X", "there is some
			// evidence that X": pointed to, not established.
			k := i
			for k+1 < b && (d.Tokens[k].UPOS == "ADJ" || d.Tokens[k].XPOS == "VBG" || d.Tokens[k].UPOS == "DET" && q != "no") {
				k++
			}
			if k+1 < b && evidenceNouns[lem(&d.Tokens[k])] && low(&d.Tokens[k+1]) == "that" && lem(&d.Tokens[k]) != "confirmation" && lem(&d.Tokens[k]) != "proof" {
				return k + 1, doc.Probable, true
			}
			// "There is little doubt that X": all but certain.
			if (q == "little" || q == "no") && lem(&d.Tokens[i+1]) == "doubt" && low(&d.Tokens[i+2]) == "that" {
				return i + 2, doc.Certain, true
			}
		}
		return 0, "", false
	}
	if b-a < 4 {
		return 0, "", false
	}
	i, cert, ok := itFrame(d, a, b)
	if !ok {
		return 0, "", false
	}
	if w := low(&d.Tokens[i]); w == "excluded" || w == "ruled" {
		k := i + 1
		if w == "ruled" && k < b && low(&d.Tokens[k]) == "out" {
			k++
		}
		if k < b && low(&d.Tokens[k]) == "that" {
			return k, doc.Possible, true
		}
		return 0, "", false
	}
	if i+1 >= b {
		return 0, "", false
	}
	for i+2 < b && isQuote(d.Tokens[i+1].Text) {
		i++
	}
	switch low(&d.Tokens[i+1]) {
	case "that", "whether", "if":
		return i + 1, cert, true
	case "who", "what", "when", "where", "why", "how", "which":
		// "It remains unclear who fired first": an open question is in
		// doubt, whoever answers it; "it is clear who won" is not.
		if cert == doc.Doubtful {
			return i + 1, cert, true
		}
	}
	return 0, "", false
}

// itFrame reads "it BE/SEEM (adverb) ADJ" from token a, up to b: the
// index of its adjective and the certainty the frame sets, negation
// counted ("it is not clear" doubts). "it is not excluded", "it cannot be
// ruled out" give possible at "excluded" or "ruled" (the caller checks
// what follows).
func itFrame(d *doc.Doc, a, b int) (int, string, bool) {
	if a >= b || low(&d.Tokens[a]) != "it" {
		return 0, "", false
	}
	i := a + 1
	sawVerb := false
	for i < b {
		t := &d.Tokens[i]
		l := lem(t)
		// The adjective, whatever the tag ("likely" read as an adverb).
		if _, adj := hedgeAdjectives[low(t)]; adj && sawVerb {
			break
		}
		// Quotation marks around the adjective: it was "highly likely".
		if l == "be" || l == "seem" || l == "appear" || l == "look" || l == "remain" || t.XPOS == "MD" || t.UPOS == "ADV" || negators[low(t)] || isQuote(t.Text) {
			sawVerb = sawVerb || strings.HasPrefix(t.XPOS, "VB")
			i++
			continue
		}
		break
	}
	if !sawVerb || i >= b {
		return 0, "", false
	}
	neg := false
	for j := a + 1; j < i; j++ {
		if negators[low(&d.Tokens[j])] {
			neg = true
		}
	}
	// "it is not excluded that", "it cannot be ruled out that": what may
	// not be denied is possible.
	if w := low(&d.Tokens[i]); w == "excluded" || w == "ruled" {
		if !neg {
			return 0, "", false
		}
		return i, doc.Possible, true
	}
	cert, ok := hedgeAdjectives[low(&d.Tokens[i])]
	if !ok {
		return 0, "", false
	}
	// "it is not clear whether", "it is not likely that": a negated
	// frame doubts what it embeds.
	if neg && (cert == doc.Certain || cert == doc.Probable) {
		cert = doc.Doubtful
	}
	return i, cert, true
}

// interruptedFrame reads "It is possible, he said, that X" around
// attribution a: the content opens after "that" (or "whether"), the
// source and cue are set off by commas before it, and what comes before
// them, from the sentence's start, is a frame "it BE ADJ" (see itFrame).
// It returns the frame's certainty and span.
func interruptedFrame(d *doc.Doc, a doc.Attribution) (string, doc.Span, bool) {
	cf, _ := tokensIn(d, a.Content)
	sf, _ := tokensIn(d, a.Source.Span)
	f, e := tokensIn(d, a.Cue.Span)
	if a.Source.Span.Empty() || cf < 3 || f >= e || sf >= cf {
		return "", doc.Span{}, false
	}
	if w := low(&d.Tokens[cf-1]); w != "that" && w != "whether" || d.Tokens[cf-2].Text != "," {
		return "", doc.Span{}, false
	}
	first := min(sf, f)
	if first < 1 || d.Tokens[first-1].Text != "," {
		return "", doc.Span{}, false
	}
	s0 := first - 1
	for s0 > 0 && d.Tokens[s0-1].Sent == d.Tokens[first].Sent {
		s0--
	}
	i, cert, ok := itFrame(d, s0, first-1)
	if !ok || i != first-2 {
		return "", doc.Span{}, false
	}
	return cert, doc.Span{Start: d.Tokens[s0].Span.Start, End: d.Tokens[i].Span.End}, true
}

// forborne reports whether the gerund cue at token f is governed by a
// phrase of holding back ("stopped short of", "refrained from",
// "avoided"), and returns that phrase.
func forborne(d *doc.Doc, f int) (doc.Span, bool) {
	if d.Tokens[f].XPOS != "VBG" || f < 2 || d.Tokens[f-2].Sent != d.Tokens[f].Sent {
		return doc.Span{}, false
	}
	p, pp := &d.Tokens[f-1], &d.Tokens[f-2]
	switch {
	case low(p) == "of" && low(pp) == "short":
		if f >= 3 && d.Tokens[f-3].Sent == d.Tokens[f].Sent && lem(&d.Tokens[f-3]) == "stop" {
			pp = &d.Tokens[f-3]
		}
	case low(p) == "from" && forbearing[lem(pp)]:
	case lem(p) == "avoid":
		return p.Span, true
	default:
		return doc.Span{}, false
	}
	return doc.Span{Start: pp.Span.Start, End: p.Span.End}, true
}

// forbearing verbs hold back from what the gerund after "from" names.
var forbearing = map[string]bool{"refrain": true, "abstain": true, "desist": true}

// cueCertainty applies what the attribution's cue says about its content:
// a believing verb or a hedging adverb in the cue ("indirectly confirmed").
func cueCertainty(d *doc.Doc, a doc.Attribution, v *verdict) {
	// "unconfirmed reports", "unverified footage": a source that says of
	// itself that nobody has checked it makes its content possible.
	if !a.Source.Span.Empty() {
		sf, se := tokensIn(d, a.Source.Span)
		for i := sf; i < se; i++ {
			if unchecked[low(&d.Tokens[i])] {
				v.add(doc.Possible, d.Tokens[i].Span)
				break
			}
		}
	}
	// "Reports that X are false": the sentence the report is the subject
	// of says what the writer makes of it.
	if _, ce := tokensIn(d, a.Content); ce > 0 && ce+1 < len(d.Tokens) && lem(&d.Tokens[ce]) == "be" && a.Content.End <= d.Tokens[ce].Span.Start {
		k := ce + 1
		for k < len(d.Tokens) && d.Tokens[k].UPOS == "ADV" && d.Tokens[k].Sent == d.Tokens[ce].Sent {
			k++
		}
		if k < len(d.Tokens) && d.Tokens[k].Sent == d.Tokens[ce].Sent && falsity[low(&d.Tokens[k])] {
			v.add(doc.Doubtful, doc.Span{Start: d.Tokens[ce].Span.Start, End: d.Tokens[k].Span.End})
		}
	}
	f, e := tokensIn(d, a.Cue.Span)
	// "It is possible, he said, that X": the frame the report
	// interrupts hedges what it reports.
	if cert, sp, ok := interruptedFrame(d, a); ok {
		v.add(cert, sp)
	}
	// "If the adviser finds that X, ...": a report inside a condition
	// is one that may or may not be made.
	for i := f - 1; i >= 0 && d.Tokens[i].Sent == d.Tokens[f].Sent && d.Tokens[i].Text != "," && d.Tokens[i].Text != ";"; i-- {
		if w := low(&d.Tokens[i]); (w == "if" || w == "unless") && (i == 0 || d.Tokens[i-1].Sent != d.Tokens[i].Sent || d.Tokens[i-1].Text == "," || isQuote(d.Tokens[i-1].Text)) {
			v.cert = ""
			v.add(doc.Conditional, doc.Span{Start: d.Tokens[i].Span.Start, End: a.Cue.Span.End})
			return
		}
	}
	// "asked whether X", "wondered if X": a question asks, it does not
	// assert; what is asked is open, as what "it is unclear whether"
	// embeds.
	if cf, ce := tokensIn(d, a.Content); cf > 0 && cf < ce && questionVerbs[lem(&d.Tokens[f])] {
		if w := low(&d.Tokens[cf-1]); (w == "whether" || w == "if") && d.Tokens[cf-1].Sent == d.Tokens[cf].Sent {
			v.add(doc.Doubtful, doc.Span{Start: a.Cue.Span.Start, End: d.Tokens[cf-1].Span.End})
			return
		}
	}
	// "Neither claim could be verified": the negation opens the
	// content the cue does not vouch for.
	if cf, ce := tokensIn(d, a.Content); a.Cue.Type == doc.CueConfirmation && cf < ce && (low(&d.Tokens[cf]) == "neither" || low(&d.Tokens[cf]) == "no") {
		v.add(doc.Doubtful, d.Tokens[cf].Span)
		return
	}
	// "appeared to show": the raising verb in the cue hedges what it
	// shows.
	for i := f; i+1 < e; i++ {
		if c := raisingVerbs[lem(&d.Tokens[i])]; c != "" && low(&d.Tokens[i+1]) == "to" {
			v.add(c, doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[i+1].Span.End})
			break
		}
	}
	// "did not rule out that X": the source holds X possible.
	if e-f == 2 && lem(&d.Tokens[f]) == "rule" && low(&d.Tokens[f+1]) == "out" {
		for i := f - 1; i >= 0 && i >= f-4 && d.Tokens[i].Sent == d.Tokens[f].Sent; i-- {
			if negators[low(&d.Tokens[i])] {
				v.add(doc.Possible, doc.Span{Start: d.Tokens[i].Span.Start, End: a.Cue.Span.End})
				return
			}
		}
	}
	// A negated cue ("did not confirm", "could not be verified", "has
	// not said") reports that the source does not vouch for the content:
	// as far as the source goes, it is in doubt. A denial is a source's
	// own negative claim and keeps its certainty.
	if a.Cue.Type != doc.CueDenial {
		// "neither confirmed nor denied": the cue opens with its
		// negation; "could not be confirmed" holds it.
		for i := f; i < e; i++ {
			if negators[low(&d.Tokens[i])] {
				v.add(doc.Doubtful, d.Tokens[i].Span)
				return
			}
		}
		for i := f - 1; i >= 0 && i >= f-4 && d.Tokens[i].Sent == d.Tokens[f].Sent; i-- {
			t := &d.Tokens[i]
			if negators[low(t)] {
				v.add(doc.Doubtful, t.Span)
				return
			}
			// ("It was not possible to verify", "not able to confirm".)
			if t.UPOS != "AUX" && t.UPOS != "PART" && t.UPOS != "ADV" && low(t) != "possible" && low(t) != "able" {
				break
			}
		}
		// "Neither side has confirmed", "No official has said": a
		// negative subject vouches for nothing either.
		if sf, se := tokensIn(d, a.Source.Span); sf < se && (negativeSubjects[low(&d.Tokens[sf])] || low(&d.Tokens[sf]) == "no") {
			v.add(doc.Doubtful, d.Tokens[sf].Span)
			return
		}
		// "stopped short of saying", "refrained from accusing",
		// "avoided naming": the source held back from saying it.
		if sp, ok := forborne(d, f); ok {
			v.add(doc.Doubtful, sp)
			return
		}
	}
	for i := f; i < e; i++ {
		t := &d.Tokens[i]
		// The lemma decides, whatever the tag: taggers often read
		// "assumes" after its subject as a plural noun.
		if c := beliefCues[lem(t)]; c != "" {
			v.add(c, a.Cue.Span)
			return
		}
		if c := hedgeAdverbs[low(t)]; c != "" {
			v.add(c, t.Span)
		}
	}
}
