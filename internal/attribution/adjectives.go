package attribution

import "github.com/hearsaynews/hearsay/internal/doc"

// adjPrepCues are adjectives of stance that, as the predicate of "be" and
// with their preposition, report a position held on something ("is
// critical of X", "were worried about X", "remains skeptical of X"). They
// are general English, by lemma, with the prepositions they take.
var adjPrepCues = map[string]prepCue{
	"critical": {"of", doc.CueStatement}, "supportive": {"of", doc.CueStatement},
	"dismissive": {"of", doc.CueStatement}, "vocal": {"about", doc.CueStatement},
	"coy": {"about", doc.CueStatement}, "adamant": {"about", doc.CueStatement},
	"skeptical": {"of about", doc.CueBelief}, "sceptical": {"of about", doc.CueBelief},
	"wary": {"of about", doc.CueBelief}, "concerned": {"about", doc.CueBelief},
	"worried": {"about", doc.CueBelief}, "optimistic": {"about", doc.CueBelief},
	"pessimistic": {"about", doc.CueBelief}, "confident": {"about of", doc.CueBelief},
	"hopeful": {"about of", doc.CueBelief}, "doubtful": {"about of", doc.CueBelief},
	"passionate": {"about", doc.CueBelief}, "enthusiastic": {"about", doc.CueBelief},
	"bullish": {"on about", doc.CueBelief}, "bearish": {"on about", doc.CueBelief},
}

// copulaBefore returns the token before adjective i past degree and
// negation adverbs ("wasn't too concerned about"), where the copula
// should be; below s.first when there is none.
func copulaBefore(s *sentence, i int) int {
	cop := i - 1
	for cop >= s.first && (s.tok(cop).UPOS == "ADV" || s.tok(cop).UPOS == "PART") && i-cop < 4 {
		cop--
	}
	return cop
}

// adjClause reads "X was sure Y would win" at adjective i: the clause
// right after the adjective is the content.
func adjClause(s *sentence, i int) *cand {
	cop := copulaBefore(s, i)
	if cop < s.first || lemma(s.tok(cop)) != "be" {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{cop, i + 1}, cueType: doc.CueBelief, via: "adj-clause"}
	c.src = subjectByTags(s, cop)
	if c.src[0] == c.src[1] {
		return nil
	}
	c.setRange(s, i+1, s.end, i)
	if c.empty() || s.span(c.src[0], c.src[1]).Overlaps(c.content) {
		return nil
	}
	return c
}

// adjThatCues are adjectives of belief and feeling that take a clause as
// the predicate of "be" ("are afraid that ...", "is convinced that ...",
// "was pleased that ...").
var adjThatCues = set(`afraid worried concerned confident convinced certain sure aware hopeful
	optimistic fearful adamant insistent glad happy proud disappointed upset angry pleased frustrated
	outraged furious sorry grateful relieved surprised shocked`)

// adjPrepCue reads "X is critical of Y" at adjective i: the cue runs from
// the copula to the preposition, the content is the noun phrase after the
// preposition and the source is the copula's subject. Without a source it
// is no attribution ("a critical look at").
func adjPrepCue(s *sentence, i int) *cand {
	t := s.tok(i)
	e, ok := adjPrepCues[lower(t)]
	// "are afraid that ...", "is convinced that ...": a clause instead.
	// "weren't sure if they could help", "is unclear whether".
	w := lower(s.tok(min(i+1, s.end-1)))
	clause := adjThatCues[lower(t)] && i+2 < s.end && (w == "that" || w == "if" || w == "whether") && hasFinite(s, i+2, s.end)
	if clause {
		e, ok = prepCue{w, doc.CueBelief}, true
	}
	// Or with the clause straight after it ("was sure Trump would win").
	if adjThatCues[lower(t)] && !clause && i+2 < s.end && subjectThenVerb(s, i+1, s.end) {
		return adjClause(s, i)
	}
	if !ok || t.UPOS != "ADJ" && t.XPOS != "VBN" || i+2 >= s.end {
		return nil
	}
	p := s.tok(i + 1)
	if !e.takes(lower(p)) {
		return nil
	}
	cop := copulaBefore(s, i)
	if cop < s.first || lemma(s.tok(cop)) != "be" && lemma(s.tok(cop)) != "remain" && lemma(s.tok(cop)) != "become" {
		return nil
	}
	b := i + 2
	for b < s.end && (npTag(s.tok(b)) || s.tok(b).XPOS == "VBG" || lower(s.tok(b)) == "of" && b+1 < s.end && npTag(s.tok(b+1))) {
		b++
	}
	if s.parsed {
		// The parse knows where the object ends ("this shift in
		// strategy", "the party picking up the pace").
		for _, k := range s.children(i) {
			if k > i+1 && s.firstChild(k, "case", "mark") == i+1 {
				if _, e := minmax(s.subtree(k, nil)); e > b {
					b = e
				}
			}
		}
	}
	if clause {
		b = s.end
	}
	if b <= i+2 {
		return nil
	}
	// The cue takes the auxiliaries and adverbs before the copula ("has
	// long been critical of"), as a verb cue does.
	from := cop
	for from-1 >= s.first && (s.tok(from-1).UPOS == "AUX" || s.tok(from-1).XPOS == "MD" || s.tok(from-1).UPOS == "ADV" || s.tok(from-1).UPOS == "PART") {
		from--
	}
	for from < cop && s.tok(from).UPOS == "ADV" {
		from++
	}
	c := &cand{sent: s.idx, cue: [2]int{from, i + 2}, cueType: e.typ, via: "adj-prep"}
	if s.parsed {
		if sub := s.firstChild(i, "nsubj"); sub >= 0 && sub < cop {
			c.src = npRange(s, sub)
		}
	}
	if c.src[0] == c.src[1] {
		c.src = subjectByTags(s, cop)
	}
	if c.src[0] == c.src[1] {
		return nil
	}
	c.setRange(s, i+2, b, i)
	if c.empty() || s.span(c.src[0], c.src[1]).Overlaps(c.content) {
		return nil
	}
	return c
}

// namedAsCue reads a verb of naming or regarding whose object is a
// relative pronoun before its subject ("seized what officials described
// as illegal weapons", "balloons, which Beijing called weather balloons",
// "Lai, whom it regards as a separatist"): the subject is the source and
// what the object is called or held to be, after the verb, the content.
func namedAsCue(s *sentence, i int) *cand {
	l := lemma(s.tok(i))
	if !namingVerbs[l] || !isVerbTag(s.tok(i)) || i+1 >= s.end {
		return nil
	}
	typ := cueVerbs[l].typ
	if typ == "" {
		typ = doc.CueStatement // "term", no verb of saying elsewhere
	}
	j := i - 1
	for j > s.first && (s.tok(j).UPOS == "AUX" || s.tok(j).UPOS == "ADV") {
		j--
	}
	src := chainBack(s, j)
	// ("what officials in Manila described as": a phrase of place or
	// kind on the subject.)
	for src[0] < src[1] && src[0]-2 > s.first && s.tok(src[0]-1).UPOS == "ADP" && lower(s.tok(src[0]-2)) != "what" {
		p := chainBack(s, src[0]-2)
		if p[0] >= p[1] {
			break
		}
		src[0] = p[0]
	}
	// (The tags may read the relative as the subject's determiner:
	// "what officials in Manila".)
	if src[1]-src[0] > 1 {
		if w := lower(s.tok(src[0])); w == "what" || w == "which" {
			src[0]++
		}
	}
	if src[0] >= src[1] || src[0]-1 < s.first {
		return nil
	}
	rel := src[0] - 1
	switch lower(s.tok(rel)) {
	case "what", "which", "whom":
	default:
		return nil
	}
	// ("in which Trump called himself ...": the relative is no object.)
	if k := rel - 1; k >= s.first && s.tok(k).UPOS == "ADP" && lower(s.tok(rel)) != "what" {
		return nil
	}
	a := i + 1
	if lower(s.tok(a)) == "as" {
		a++
	} else if asOnly[l] {
		return nil
	}
	// What it is called runs to the end of the relative clause, with
	// any quotation in it ("what he called the Soviet “Evil Empire,”").
	b, quoted := a, false
	for ; b < s.end; b++ {
		t := s.tok(b)
		if isQuoteTok(t) {
			quoted = !quoted
			if !quoted && b > a && (s.tok(b-1).Text == "," || s.tok(b-1).Text == ".") {
				b++ // “...,” closes after the comma
				break
			}
			continue
		}
		if !quoted && (t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ":" || t.Text == "(" || t.Text == ")" ||
			b > a && (finiteVerb(t) || t.UPOS == "AUX" || relativeWord(t) || t.UPOS == "CCONJ" && b+1 < s.end && isVerbTag(s.tok(b+1)))) {
			break
		}
	}
	if b == a || !hasNoun(s, a, b) {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{i, i + 1}, cueType: typ, src: src, via: "fronted-as"}
	c.setRange(s, a, b, i)
	if c.empty() {
		return nil
	}
	return c
}

// namingVerbs name or regard something as something; asOnly are those
// that need "as" for it ("described as", where "called" needs none).
// Their cue types are the lexicon's (cueVerbs).
var (
	namingVerbs = set(`describe call term label dub brand characterize characterise portray regard see view consider deem`)
	asOnly      = set(`describe characterize characterise portray regard see view`)
)
