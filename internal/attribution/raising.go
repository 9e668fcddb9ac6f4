package attribution

import "github.com/hearsaynews/hearsay/internal/doc"

// raisingLemmas are verbs that present their clause as an impression or an
// expectation without naming whose ("the plan seems to work", "the vote
// is expected to pass"). Expect counts only in the passive.
var raisingLemmas = map[string]bool{"seem": true, "appear": true, "expect": true}

// raisingCue finds "X seems to Y", "X appears ADJ", "X is expected to Y"
// at verb i through the tree: an attribution without a source whose
// content is the whole clause, subject and cue included, since the
// impression is of X doing Y. An expletive subject ("it appears that")
// is left to the frames of package certainty.
func raisingCue(s *sentence, i int) *cand {
	if !s.parsed {
		return nil
	}
	t := s.tok(i)
	l := lemma(t)
	if !raisingLemmas[l] || !isVerbTag(t) {
		return nil
	}
	xc := s.firstChild(i, "xcomp")
	if l == "seem" && xc <= i {
		// "seemed like an impossible task", "seemed beside the point":
		// whatever follows "seem" is the impression.
		for _, k := range s.childrenDep(i, "obl", "advcl", "ccomp", "obj") {
			if k > i {
				xc = k
				break
			}
		}
	}
	if xc <= i {
		return nil
	}
	subj := s.firstChild(i, "nsubj", "nsubj:pass")
	if subj < 0 {
		// A subject the parser hung elsewhere, read off the tags
		// ("Clinton, casting herself as ..., appeared to").
		if r := subjectByTags(s, i); r[0] < r[1] && r[1] <= i {
			subj = r[0]
		}
	}
	if subj < 0 || subj > i || s.tok(subj).Dep == "expl" || lower(s.tok(subj)) == "it" {
		return nil
	}
	if l == "expect" && !isPassive(s, i) {
		return nil
	}
	// "Photographs appeared to show ...": a document or evidence that
	// seems to show something is the source of what it shows, the raising
	// verb part of the cue (see verbCue); so for a relative pronoun on
	// one ("photographs that appeared to show").
	// The tags may know the subject better than a parse that took a name
	// inside it for the subject ("Satellite images published by the
	// outlet Astra appeared to show").
	if x := s.tok(xc); l != "expect" && (lexLemma(x) == "show" || lexLemma(x) == "suggest" || lexLemma(x) == "indicate" || lexLemma(x) == "confirm") {
		h := lemma(s.tok(subj))
		if relativeWord(s.tok(subj)) && subj > s.first {
			h = lemma(s.tok(subj - 1))
		}
		th := ""
		if r := subjectByTags(s, i); r[0] < r[1] {
			th = lemma(s.tok(tagHead(s, r)))
		}
		if documentNouns[h] || evidenceNouns[h] || documentNouns[th] || evidenceNouns[th] {
			return nil
		}
	}
	if l == "appear" && s.tok(xc).UPOS != "ADJ" && !(s.tok(xc).XPOS == "VBN" && s.tok(xc).Dep == "xcomp") && s.firstChild(xc, "mark") < 0 {
		// "appeared at the rally", "appeared on television": only an
		// infinitive or an adjectival predicate ("appeared poised")
		// makes the raising reading of "appear".
		return nil
	}
	// The cue is the verb with its auxiliaries after the subject ("could
	// be expected").
	a := i
	for _, k := range s.childrenDep(i, "aux", "aux:pass") {
		if k > subj && k < a {
			a = k
		}
	}
	for k := a; k < i; k++ {
		if u := s.tok(k); u.Head != i || (u.Dep != "aux" && u.Dep != "aux:pass" && u.Dep != "advmod") {
			return nil
		}
	}
	skip := map[int]bool{}
	for _, k := range s.children(i) {
		switch s.tok(k).Dep {
		case "conj", "cc", "parataxis", "advcl", "punct", "obl", "advmod", "mark":
			if k < subj || s.tok(k).Dep == "conj" || s.tok(k).Dep == "parataxis" || s.tok(k).Dep == "cc" || s.tok(k).Dep == "punct" {
				for _, u := range s.subtree(k, nil) {
					skip[u] = true
				}
			}
		}
	}
	c := &cand{sent: s.idx, cue: [2]int{a, i + 1}, cueType: doc.CueBelief, via: "raising"}
	c.setRange(s, firstOf(s.subtree(i, skip)), lastOf(s.subtree(i, skip))+1, -1)
	if c.empty() || c.contentTok[0] > subj || c.contentTok[1] <= xc {
		return nil
	}
	c.around = true
	return c
}

// hearsayAdverbs present their clause as what others report, without
// saying who ("Google has reportedly looked at Twitter"). "Allegedly"
// is left to the certainty stage as a hedge: it doubts a charge more
// than it reports one.
var hearsayAdverbs = set(`reportedly`)

// adverbCue finds such an adverb at i: an attribution without a source
// whose content is the clause the adverb modifies, subject and adverb
// included. On a verb of saying ("reportedly said") the adverb is part
// of that verb's cue instead (cueExtent).
func adverbCue(s *sentence, i int) *cand {
	if !hearsayAdverbs[lower(s.tok(i))] {
		return nil
	}
	a, b := s.first, s.end
	// "Reportedly, investigators have opened a case": set off at the
	// start of the sentence, the adverb reports the whole clause after
	// it, whatever word the parse hung it on.
	opening := i == skipDateline(s, s.first) && i+1 < s.end && s.tok(i+1).Text == ","
	if h := s.head(i); s.parsed && h >= 0 && !opening {
		if lexLemma(s.tok(h)) != "" && isVerbTag(s.tok(h)) {
			return nil
		}
		skip := map[int]bool{}
		for _, k := range s.children(h) {
			switch s.tok(k).Dep {
			case "parataxis", "punct":
				for _, u := range s.subtree(k, nil) {
					skip[u] = true
				}
			}
		}
		t := s.subtree(h, skip)
		a, b = firstOf(t), lastOf(t)+1
	} else {
		if i+1 < s.end && lexLemma(s.tok(i+1)) != "" && isVerbTag(s.tok(i+1)) {
			return nil
		}
		// Tags only: the clause runs between the commas or semicolons
		// around the adverb.
		for k := i - 1; k > s.first; k-- {
			if t := s.tok(k).Text; t == ";" || t == ":" {
				a = k + 1
				break
			}
		}
		for k := i + 1; k < s.end; k++ {
			if t := s.tok(k).Text; t == ";" || t == ":" {
				b = k
				break
			}
		}
	}
	if opening {
		a = i + 2
	}
	if a > i && !opening || b <= i+1 {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{i, i + 1}, cueType: doc.CueStatement, via: "hearsay-adverb"}
	c.setRange(s, a, b, -1)
	if c.empty() {
		return nil
	}
	c.around = true
	return c
}

func firstOf(t []int) int { return t[0] }
func lastOf(t []int) int  { return t[len(t)-1] }

// passiveReportLemmas are verbs of saying and believing whose agentless
// passive reports what unnamed others say or think of the subject ("X is
// said to ...", "X is widely believed to ...", "X is accused of ...").
var passiveReportLemmas = set(`say report believe think know understand allege rumour rumor suspect
	accuse fear reckon claim consider blame criticize criticise`)

// forCharge are the verbs whose charge comes after "for" ("blamed for
// introducing cholera", "criticized for being slow"), ofCharge those
// whose charge comes after "of" ("accused of arming").
var (
	forCharge = set(`blame criticize criticise`)
	ofCharge  = set(`accuse suspect`)
)

// isCharge reports whether k, a dependent of verb i of accusing or
// blaming, is the charge: a phrase after i opened by a dep of k ("case",
// "mark") that is the verb's preposition ("accused of arming", "blamed
// for the attack").
func isCharge(s *sentence, i, k int, deps ...string) bool {
	m := s.firstChild(k, deps...)
	if m <= i {
		return false
	}
	return chargePrep(lemma(s.tok(i)), lower(s.tok(m)))
}

// chargePrep reports whether prep opens the charge of verb lemma l.
func chargePrep(l, prep string) bool {
	return ofCharge[l] && prep == "of" || forCharge[l] && prep == "for"
}

// chargeAfter returns the charge of verb i after token from, -1 if
// there is none.
func chargeAfter(s *sentence, i, from int) int {
	for _, k := range s.childrenDep(i, "obl", "advcl", "xcomp", "ccomp") {
		if k > from && isCharge(s, i, k, "case", "mark") {
			return k
		}
	}
	return -1
}

// auxStart returns where verb i begins with its auxiliaries after its
// subject subj ("has been accused").
func auxStart(s *sentence, i, subj int) int {
	a := i
	for _, k := range s.childrenDep(i, "aux", "aux:pass") {
		if k > subj && k < a {
			a = k
		}
	}
	return a
}

// asViewLemmas report a view only with "as" ("X is widely seen as a
// threat", "is regarded as"); without it they name seeing or looking.
var asViewLemmas = set(`see view regard`)

// passiveReport finds "X is said to Y" / "X is accused of Y" at verb i
// through the tree: a passive with no agent whose subject comes with a
// to-infinitive or an of-phrase. Like a raising verb, it is an
// attribution to no one named whose content is the whole clause, subject
// and cue included. With an agent ("is accused by Y of"), the verb rules
// read it.
func passiveReport(s *sentence, i int) *cand {
	if !s.parsed {
		return nil
	}
	t := s.tok(i)
	l := lemma(t)
	if !passiveReportLemmas[l] && !asViewLemmas[l] || t.XPOS != "VBN" || !isPassive(s, i) || s.firstChild(i, "obl:agent") >= 0 {
		return nil
	}
	subj := s.firstChild(i, "nsubj:pass")
	if subj < 0 || subj > i || lower(s.tok(subj)) == "it" {
		return nil
	}
	comp := -1
	for _, k := range s.childrenDep(i, "xcomp", "advcl", "ccomp", "obl") {
		if k < i {
			continue
		}
		if asViewLemmas[l] {
			// Only the "as" phrase: "seen as a threat".
			if m := s.firstChild(k, "case", "mark"); m > i && lower(s.tok(m)) == "as" {
				comp = k
				break
			}
			continue
		}
		if s.tok(k).Dep == "obl" {
			// The charge as a noun phrase, or a gerund the parser read
			// as an adjective on one ("accused of [supplying drones]",
			// "blamed for the attack").
			if isCharge(s, i, k, "case") {
				comp = k
				break
			}
			continue
		}
		if m := s.firstChild(k, "mark"); m >= 0 && (lower(s.tok(m)) == "to" || lower(s.tok(m)) == "of" || forCharge[l] && lower(s.tok(m)) == "for") {
			comp = k
			break
		}
		if s.tok(k).Dep == "xcomp" {
			comp = k
			break
		}
	}
	if comp < 0 {
		return nil
	}
	a := auxStart(s, i, subj)
	typ := cueVerbs[l].typ
	if typ == "" {
		typ = doc.CueStatement
	}
	c := &cand{sent: s.idx, cue: [2]int{a, i + 1}, cueType: typ, via: "passive-report"}
	// An aside hung on the clause (", a charge the ministry denies") is
	// not part of what is reported.
	skip := map[int]bool{}
	for _, k := range s.subtree(comp, nil) {
		if d := s.tok(k).Dep; d == "appos" || d == "parataxis" {
			for _, u := range s.subtree(k, nil) {
				skip[u] = true
			}
		}
	}
	sa, _ := minmax(s.subtree(subj, nil))
	_, cb := minmax(s.subtree(comp, skip))
	// A relative clause with no relative word that the parser hung
	// elsewhere still ends the noun before it ("hurting the civilians
	// they were sent to protect").
	if cb < s.end && zeroRelativeAt(s, cb) && hasFinite(s, cb, min(cb+3, s.end)) {
		for cb < s.end && !isPunct(s.tok(cb)) {
			cb++
		}
	}
	c.setRange(s, sa, cb, -1)
	if c.empty() {
		return nil
	}
	c.around = true
	return c
}

// headlinePassiveReport finds a headline's "X said to have done Y" at
// verb i, a passive report with its "is" dropped ("Iran's navy said to
// have seized tanker, U.S. says"): like passiveReport, an attribution to
// no one named of the clause from the headline's start, read off the
// tags since a parser takes the verb for a past tense with X its
// subject. A perfect or "be" infinitive makes it a report; a headline
// has no final stop.
func headlinePassiveReport(s *sentence, i int) *cand {
	t := s.tok(i)
	if t.XPOS != "VBD" && t.XPOS != "VBN" || i-1 < s.first || i+3 >= s.end {
		return nil
	}
	report := passiveReportLemmas[lemma(t)] && lower(s.tok(i+1)) == "to" &&
		(lower(s.tok(i+2)) == "have" && s.tok(i+3).XPOS == "VBN" || lower(s.tok(i+2)) == "be")
	// Or a charge: "Sudan's RSF accused of killing dozens".
	charge := (lemma(t) == "accuse" || lemma(t) == "suspect") && lower(s.tok(i+1)) == "of" && (s.tok(i+2).XPOS == "VBG" || npTag(s.tok(i+2)))
	if !report && !charge {
		return nil
	}
	last := s.end - 1
	if isPunct(s.tok(last)) && s.tok(last).Text != ")" && !isQuoteTok(s.tok(last)) {
		return nil
	}
	a := skipDateline(s, s.first)
	np := chainBack(s, i-1)
	if np[0] != a || np[1] != i || s.tok(i-1).UPOS == "AUX" {
		return nil
	}
	b := i + 2
	for b < s.end && s.tok(b).Text != "," && s.tok(b).Text != ";" && s.tok(b).Text != ":" {
		b++
	}
	if hasFinite(s, i+2, b) {
		return nil
	}
	typ := cueVerbs[lemma(t)].typ
	if typ == "" {
		typ = doc.CueStatement
	}
	c := &cand{sent: s.idx, cue: [2]int{i, i + 1}, cueType: typ, via: "headline-passive-report"}
	c.setRange(s, a, b, -1)
	if c.empty() {
		return nil
	}
	c.around = true
	return c
}
