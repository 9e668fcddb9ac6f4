package attribution

import "github.com/hearsaynews/hearsay/internal/doc"

// citingLemmas are the participles that name where a report comes from:
// "X reported Y, citing officials", "Quoting a diplomat, the paper says
// Y".
var citingLemmas = set(`cite quote`)

// citing reads a participle "citing X" set off from the clause it
// modifies (after a comma or opening the sentence): X is not what was
// said but whom it was taken from. The report of the clause (the
// attribution cand whose cue lies in the sentence outside the phrase) gets
// a child: X as source, "citing" as cue, the same content, so that the
// chain runs document → reporter → the source it cites. Where the clause
// reports nothing, its own words are the content X is cited for. It
// returns the new cand, or nil.
func citing(s *sentence, i int, cands []*cand) *cand {
	cueEnd := citingCue(s, i)
	if cueEnd < 0 {
		return nil
	}
	relative := i-2 > s.first && citedAfterRelative(s, i)
	if relative {
		// ", which cited X,": the relative opens the phrase.
		i--
	}
	if i > s.first && s.tok(i-1).Text != "," && !isPunct(s.tok(i-1)) {
		return nil
	}
	src := citedSource(s, cueEnd)
	if src[0] == src[1] || !sourceLike(s, src) || relative && reportsOwn(s, src) {
		return nil
	}
	// "referring to" names a source only when what it names is one
	// ("referring to military sources"); mostly it names a topic
	// ("referring to the report", "referring to the protests").
	if !relative && cueEnd == i+2 && !referredSource(s, src) {
		return nil
	}
	phrase := [2]int{i, src[1]}
	if i > s.first && s.tok(i-1).Text == "," {
		phrase[0] = i - 1
	}
	if src[1] < s.end && s.tok(src[1]).Text == "," {
		phrase[1] = src[1] + 1
	}
	// The report whose content the phrase follows ("said that X,
	// citing Y, and urged Z": X is what Y is cited for), else the
	// report nearest to it.
	var main *cand
	for _, c := range cands {
		if c.sent != s.idx || c.cue[0] >= phrase[0] && c.cue[0] < phrase[1] || c.content.Empty() {
			continue
		}
		if c.contentTok[1] == phrase[0] && c.cue[0] < phrase[0] && !quotedAt(s, c.cue[0]) {
			main = c
			break
		}
		if main == nil || abs(c.cue[0]-i) < abs(main.cue[0]-i) {
			main = c
		}
	}
	c := &cand{sent: s.idx, cue: [2]int{i, cueEnd}, cueType: doc.CueStatement, src: src, via: "citing"}
	if relative {
		c.cue[0] = i + 1
	}
	if main != nil {
		c.content, c.contentTok, c.parent = main.content, main.contentTok, main
		return c
	}
	// No report: the clause outside the phrase is what the source is
	// cited for.
	var rest []int
	for k := s.first; k < s.end; k++ {
		if k < phrase[0] || k >= phrase[1] {
			rest = append(rest, k)
		}
	}
	c.setRun(s, rest, -1)
	if c.empty() {
		return nil
	}
	return c
}

// citingCue returns the end of a citing participle at token i ("citing",
// "quoting", "referring to"), or -1.
func citingCue(s *sentence, i int) int {
	t := s.tok(i)
	// The tagger may read "citing" before a plural as a noun ("citing
	// sources in the government"); no noun is spelt so.
	nounRead := t.XPOS == "NN" && (lower(t) == "citing" || lower(t) == "quoting")
	switch {
	case i-2 > s.first && citedAfterRelative(s, i):
		return i + 1
	case t.XPOS != "VBG" && !nounRead:
		return -1
	case nounRead:
		return i + 1
	case citingLemmas[lemma(t)]:
		return i + 1
	case lemma(t) == "refer" && i+1 < s.end && lower(s.tok(i+1)) == "to":
		return i + 2
	}
	return -1
}

// citedAfterRelative reports whether token i is "cited" or "quoted" in
// ", which cited X,": a relative clause that names whom the noun before
// it took its report from.
func citedAfterRelative(s *sentence, i int) bool {
	t := s.tok(i)
	if !citingLemmas[lemma(t)] || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBN" {
		return false
	}
	// "which" only: an outlet or a document that cites. A person "who
	// quoted the report" is mostly speaking about it.
	return lower(s.tok(i-1)) == "which" && s.tok(i-2).Text == ","
}

// citedRelative returns the comma that closes ", which cited X," at token
// k, where X is a source (see citing), or -1 when no such relative clause
// starts there.
func citedRelative(s *sentence, k int) int {
	if k+3 >= s.end || s.tok(k).Text != "," || !citedAfterRelative(s, k+2) {
		return -1
	}
	if src := citedSource(s, k+3); src[0] == src[1] || !sourceLike(s, src) || reportsOwn(s, src) {
		return -1
	}
	for j := k + 3; j < s.end; j++ {
		if s.tok(j).Text == "," {
			return j
		}
		if s.tok(j).Text == ";" || isQuoteTok(s.tok(j)) {
			break
		}
	}
	return -1
}

// reportsOwn reports whether the source cited at src says what it says in
// a relative clause of its own (", which cited relatives who said that
// ..."): the citing verb then reports that report, as any verb would.
func reportsOwn(s *sentence, src [2]int) bool {
	return src[1]+1 < s.end && relativeWord(s.tok(src[1])) && cueLemma(s.tok(src[1]+1)) != ""
}

// referredSource reports whether the noun phrase r after "referring to"
// names sources as such ("military sources", "its own data"): people,
// outlets and documents after "referring to" are mostly what a speaker
// talks about ("..., referring to Mr. Obama").
func referredSource(s *sentence, r [2]int) bool {
	np := [2]int{r[0], npAfter(s, r[0])[1]}
	if np[1] <= np[0] {
		return false
	}
	switch lemma(s.tok(tagHead(s, np))) {
	case "source", "data", "information", "intelligence":
		return true
	}
	return false
}

// quotedBy reads a source named as quoted by another ("Eyewitnesses
// quoted by AFP said ...", "a diplomat cited by the newspaper"): the
// agent is the reporter, the noun before the participle the source it
// quotes. For each cand of sentence s whose source holds such a phrase it
// returns a new cand, the agent as source and "quoted by" as cue, with the
// same content; the cand's source shrinks to the quoted one and its parent
// becomes the new cand, so that the chain runs document → reporter →
// quoted source.
func quotedBy(s *sentence, cands []*cand) []*cand {
	var out []*cand
	for _, c := range cands {
		if c.sent != s.idx || c.parent != nil || c.content.Empty() {
			continue
		}
		// "State media quoted experts as saying": the experts say, as
		// the media report.
		if outer := quotedAsActive(s, c); outer != nil {
			out = append(out, outer)
			continue
		}
		if outer := quotedAsPassive(s, c); outer != nil {
			out = append(out, outer)
			continue
		}
		if c.src[0] == c.src[1] {
			continue
		}
		// The phrase may be set off by commas after the source
		// ("Residents, quoted by local media, said").
		end := c.src[1]
		if c.cue[0] > end && c.src[1] < s.end && s.tok(c.src[1]).Text == "," {
			end = c.cue[0]
		}
		for k := c.src[0] + 1; k+2 < end; k++ {
			t := s.tok(k)
			// (Or interviewed: "A resident interviewed by the channel
			// said".)
			if t.XPOS != "VBN" || !citingLemmas[lemma(t)] && lemma(t) != "interview" || lower(s.tok(k+1)) != "by" || !npTag(s.tok(k-1)) && s.tok(k-1).Text != "," {
				continue
			}
			agent := npAfter(s, k+2)
			if agent[0] == agent[1] || agent[1] > end || !sourceLike(s, agent) {
				break
			}
			outer := &cand{sent: s.idx, cue: [2]int{k, k + 2}, cueType: doc.CueStatement, src: agent, via: "quoted-by",
				content: c.content, contentTok: c.contentTok}
			c.src[1] = min(c.src[1], k)
			for c.src[1] > c.src[0] && s.tok(c.src[1]-1).Text == "," {
				c.src[1]--
			}
			c.parent = outer
			out = append(out, outer)
			break
		}
	}
	return out
}

// quotedAsPassive reads the agent of "Y was quoted by X as saying" and
// "Y was quoted as saying by X" in or after cand c's cue: c keeps Y and
// "as saying", and the report of X quoting, cue "quoted (by)", becomes
// c's parent; nil when the words are not so.
func quotedAsPassive(s *sentence, c *cand) *cand {
	k := c.cue[0]
	for k < c.cue[1] && !(citingLemmas[lemma(s.tok(k))] && s.tok(k).XPOS == "VBN") {
		k++
	}
	as := c.cue[1] - 2
	if k+1 >= c.cue[1] || as <= k || lower(s.tok(as)) != "as" || s.tok(c.cue[1]-1).XPOS != "VBG" {
		return nil
	}
	var agent, cue [2]int
	switch {
	case lower(s.tok(k+1)) == "by":
		// (All the words up to "as" are the agent, whatever their tags:
		// "the outlet Myanmar Now".)
		agent, cue = [2]int{k + 2, as}, [2]int{k, k + 2}
		if hasFinite(s, agent[0], agent[1]) || npAfter(s, k+2)[0] != k+2 {
			return nil
		}
	case as == k+1 && c.cue[1]+1 < s.end && lower(s.tok(c.cue[1])) == "by":
		agent, cue = extendNamed(s, npAfter(s, c.cue[1]+1)), [2]int{k, k + 1}
	default:
		return nil
	}
	if agent[0] == agent[1] || !sourceLike(s, agent) {
		return nil
	}
	outer := &cand{sent: s.idx, cue: cue, cueType: doc.CueStatement, src: agent, via: "quoted-by",
		content: c.content, contentTok: c.contentTok}
	c.cue[0], c.parent = as, outer
	return outer
}

// quotedAsActive reads "X quoted Y as saying" before cand c's cue: it
// makes Y c's source and returns the report of X quoting, which becomes
// c's parent; nil when the words are not so.
func quotedAsActive(s *sentence, c *cand) *cand {
	as := c.cue[0] - 1
	if as <= s.first || lower(s.tok(as)) != "as" || s.tok(c.cue[0]).XPOS != "VBG" {
		return nil
	}
	// A relative clause set off on whom is quoted ("quotes an SDF
	// commander, who spoke on condition of anonymity, as saying"), or a
	// participle naming them ("a field commander, identified only as Abu
	// Hussein, as saying"), lies between the quoting and "as".
	end := as
	if as-1 > s.first && s.tok(as-1).Text == "," {
		for j := as - 2; j > s.first && j >= as-20; j-- {
			// (Or a description: "Song Lixin, a Beijing-based military
			// analyst, as saying".)
			if s.tok(j).Text == "," && (relativeWord(s.tok(j+1)) || naming[lemma(s.tok(j+1))] && (s.tok(j+1).XPOS == "VBN" || s.tok(j+1).XPOS == "VBD") ||
				s.tok(j+1).UPOS == "DET" && hasNoun(s, j+1, as-1) && !hasFinite(s, j+1, as-1)) {
				end = j
				break
			}
		}
	}
	for k := end - 2; k >= s.first && k >= end-14; k-- {
		t := s.tok(k)
		if t.UPOS != "VERB" {
			continue
		}
		// (A participle describes whom is quoted: "an official of the
		// internationally recognised government".)
		if !citingLemmas[lemma(t)] && (t.XPOS == "VBN" || t.XPOS == "VBG") {
			continue
		}
		if !citingLemmas[lemma(t)] || !finiteVerb(t) {
			return nil
		}
		// With the phrases that place it: "quoted a source in the
		// regional administration as saying".
		quoted := withPhrases(s, npQuoted(s, k+1), end)
		if named := withName(s, quoted); named[1] == as && named != quoted {
			// "cites a council member, Bakyt Usenaliev, as saying".
			quoted = [2]int{quoted[0], as - 1}
		}
		// (Whoever is quoted as saying something speaks: no need for a
		// noun that names speakers, "quotes the skipper as saying".)
		if quoted[0] == quoted[1] || quoted[1] != end && quoted[1] != as-1 || !hasNoun(s, quoted[0], quoted[1]) {
			return nil
		}
		if end < as {
			quoted[1] = as - 1 // the relative clause tells who
		}
		src := c.src
		if src[0] == src[1] || src[1] > k {
			src = subjectByTags(s, k)
		}
		if src[0] == src[1] {
			return nil
		}
		outer := &cand{sent: s.idx, cue: [2]int{k, k + 1}, cueType: doc.CueStatement, src: src, via: "quoted-as",
			content: c.content, contentTok: c.contentTok}
		c.src, c.parent = quoted, outer
		return outer
	}
	return nil
}

// citedSource reads the noun phrase after a citing participle, with the
// prepositional phrases that place it ("sources in the ministry", "a
// spokesman for the army", "people familiar with the matter"), up to a
// comma or the end of the sentence.
func citedSource(s *sentence, j int) [2]int {
	np := npAfter(s, j)
	// "citing “informed sources” within the militia": the noun phrase
	// in quotation marks, the marks with it.
	// (Words may describe them before the marks: "citing unnamed
	// “sources in the security services”".)
	if q := quotedSource(s, pastDescription(s, j, s.end)); q[0] < q[1] {
		np = [2]int{j, q[1]}
	}
	// "citing leaked documents": a participle before the noun, which
	// the tagger may read as a past tense.
	if np[0] == np[1] && j+1 < s.end && (s.tok(j).XPOS == "VBN" || s.tok(j).XPOS == "VBD") && npTag(s.tok(j+1)) {
		if rest := npAfter(s, j+1); rest[0] < rest[1] {
			np = [2]int{j, rest[1]}
		}
	}
	if np[0] == np[1] {
		return np
	}
	b := np[1]
	for b+1 < s.end {
		t := s.tok(b)
		next := b + 1
		if lower(t) == "close" && next < s.end && lower(s.tok(next)) == "to" || lower(t) == "familiar" && next < s.end && lower(s.tok(next)) == "with" {
			next++
		} else if t.UPOS != "ADP" && !(lower(t) == "and" && sourceLike(s, npAfter(s, next))) {
			// ("citing local sources and a Lebanese security
			// official": a second source joined to the first.)
			break
		}
		more := npAfter(s, next)
		if more[0] == more[1] {
			break
		}
		b = more[1]
	}
	return [2]int{np[0], b}
}

// pastDescription returns the first token from j (before limit) after at
// most three words that describe what follows: a determiner, an
// adjective, a number or a participle ("unnamed", "two informed").
func pastDescription(s *sentence, j, limit int) int {
	k := j
	for k < limit && k < j+3 && (s.tok(k).UPOS == "DET" || s.tok(k).UPOS == "ADJ" || s.tok(k).UPOS == "NUM" || s.tok(k).XPOS == "VBN") {
		k++
	}
	return k
}

// quotedSource is the phrase in quotation marks opening at j, the marks
// with it, when it names sources by a common noun ("citing “informed
// sources”"), else an empty range. A name or anything else quoted after
// "citing" is what is cited ("citing “Bill Maher” as his guilty
// pleasure", "Citing “obligations in Tennessee,”").
func quotedSource(s *sentence, j int) [2]int {
	if j+1 >= s.end || !isQuoteTok(s.tok(j)) {
		return [2]int{}
	}
	q := npAfter(s, j+1)
	if q[0] == q[1] && j+2 < s.end && (s.tok(j+1).XPOS == "VBN" || s.tok(j+1).XPOS == "VBD") {
		q = [2]int{j + 1, npAfter(s, j+2)[1]} // a participle first: “informed sources”
	}
	head := q
	q = withPhrases(s, q, s.end)
	if q[0] >= q[1] || q[1] >= s.end || !isQuoteTok(s.tok(q[1])) {
		return [2]int{}
	}
	if h := s.tok(tagHead(s, head)); h.UPOS != "NOUN" || !actorNoun(lemma(h)) && !documentNouns[lemma(h)] {
		return [2]int{}
	}
	return [2]int{j, q[1] + 1}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sourceLike reports whether a cited noun phrase names who or what a
// report comes from (people, bodies, outlets, documents, a name: "citing
// officials", "citing the Associated Press", "citing internal documents")
// rather than a reason given ("citing legal risks", "citing the economy"),
// which is what was said.
func sourceLike(s *sentence, r [2]int) bool {
	if k := pastDescription(s, r[0], r[1]); k < r[1] && isQuoteTok(s.tok(k)) {
		r[0] = k + 1 // (unnamed) “informed sources”
	}
	if r[0] >= r[1] {
		return false
	}
	np := [2]int{r[0], npAfter(s, r[0])[1]}
	if np[1] <= np[0] && r[0]+1 < r[1] {
		// A participle before the noun (see citedSource).
		np[1] = npAfter(s, r[0]+1)[1]
	}
	if np[1] <= np[0] {
		return false
	}
	// The head by the tree and by the tags ("the defence ministry" may
	// be parsed with "defence" as the head), either will do.
	for _, head := range []int{npHead(s, np), tagHead(s, np)} {
		t := s.tok(head)
		// (An acronym is a name whatever its tag: "the state
		// broadcaster RTS".)
		if l := lemma(t); t.UPOS == "PROPN" || t.UPOS == "PRON" || actorNoun(l) || documentNouns[l] || isUpperWord(t.Text) {
			return true
		}
	}
	return false
}

// npQuoted is npAfter over words in quotation marks inside the noun
// phrase, marks included: unnamed “military experts”.
func npQuoted(s *sentence, j int) [2]int {
	k := j
	for k < s.end && (s.tok(k).UPOS == "DET" || s.tok(k).UPOS == "ADJ" || s.tok(k).UPOS == "NUM") {
		k++
	}
	if k+1 < s.end && isQuoteTok(s.tok(k)) {
		if in := npAfter(s, k+1); in[0] == k+1 && in[0] < in[1] && in[1] < s.end && isQuoteTok(s.tok(in[1])) {
			return [2]int{j, in[1] + 1}
		}
	}
	return npAfter(s, j)
}

// naming are the participles of an aside that tells who someone is ("a
// commander, identified only as Abu Hussein,").
var naming = set(`identify describe name know list`)
