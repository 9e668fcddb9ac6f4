package attribution

import (
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// accordingTo finds "according to X" (and "as reported by X" is left to
// the verb rules): the source is X, the cue is "according to", and the
// content is the clause the phrase modifies, without the phrase.
func accordingTo(s *sentence, i int) *cand {
	if lower(s.tok(i)) != "according" || i+1 >= s.end || lower(s.tok(i+1)) != "to" {
		return nil
	}
	c := &cand{sent: s.idx, cue: [2]int{i, i + 2}, via: "according"}
	c.cueType = "statement"

	// The source: the noun the phrase marks, by the parse when it agrees
	// with the words, else the noun phrase after "to".
	np := -1
	if h := s.head(i); h > i+1 && (s.tok(i).Dep == "case" || s.tok(i+1).Dep == "case" || s.tok(i+1).Dep == "fixed") {
		np = h
	}
	if np < 0 {
		if h := s.head(i + 1); h > i+1 {
			np = h
		}
	}
	var phraseEnd int
	if np >= 0 {
		r := npRange(s, np)
		if r[0] < i+2 {
			r[0] = i + 2
		}
		// The phrase ends at a comma unless an example list follows
		// ("media, such as X"); a parse that runs on past it has
		// swallowed the clause's subject and is not trusted.
		for j := r[0]; j < r[1]; j++ {
			if s.tok(j).Text == "," && !(j+1 < r[1] && (lower(s.tok(j+1)) == "such" || lower(s.tok(j+1)) == "including")) {
				r[1] = j
				np = -1
				break
			}
		}
		c.src = r
		phraseEnd = r[1]
	}
	if c.src[0] >= c.src[1] {
		// Tags only: up to the next comma, clause punctuation or verb.
		b := i + 2
		// (A word joined by a hyphen is no verb: "Park Sun-won".)
		for b < s.end && s.tok(b).Text != "," && s.tok(b).Text != ";" && s.tok(b).Text != ":" && !(isVerbTag(s.tok(b)) && s.tok(b).UPOS != "VERB" || s.tok(b).XPOS == "VBD" || s.tok(b).XPOS == "VBZ" || s.tok(b).XPOS == "VBP" || s.tok(b).XPOS == "MD") && !(isPunct(s.tok(b)) && s.words(b, s.end) == 0) ||
			b < s.end && b > i+2 && s.inWordHyphen(b-1) {
			b++
		}
		c.src = [2]int{i + 2, b}
		phraseEnd = b
	}
	if c.src[0] >= c.src[1] {
		return nil
	}
	// "according to a relative who spoke to the agency": a relative
	// clause with no comma before it tells which one, up to the comma
	// that ends the phrase.
	if k := c.src[1] - 1; k > c.src[0] && relativeWord(s.tok(k)) && (s.tok(k).XPOS == "WP" || s.tok(k).XPOS == "WDT") {
		b := k + 1
		for b < s.end && s.tok(b).Text != "," && s.tok(b).Text != ";" && !isQuoteTok(s.tok(b)) && !(isPunct(s.tok(b)) && s.words(b, s.end) == 0) {
			b++
		}
		if b > k+1 && (s.words(b, s.end) >= 2 || s.words(s.first, i) >= 2) {
			c.src, phraseEnd = [2]int{c.src[0], b}, b
		}
	}
	if r := extendNamed(s, extendExamples(s, c.src)); r[1] > c.src[1] {
		c.src, phraseEnd, np = r, r[1], -1
	}
	// "according to Uzi Arad, Mr. Netanyahu's adviser, ...": the
	// description after the name is part of the phrase.
	// Not when it leaves no clause to report ("According to a report,
	// the drills involved 30 warships" with "involved" read as an
	// adjective).
	if r := extendAppositive(s, c.src); r[1] > c.src[1] && (s.words(r[1], s.end) >= 2 || s.words(s.first, i) >= 2) && !namedSubjectAt(s, r[1]) {
		c.src, phraseEnd, np = r, r[1], -1
	}
	// "According to Al Arabiya, which cited unnamed sources, ...": whom
	// the source cites (see citing) is no part of what it reports.
	if k := citedRelative(s, phraseEnd); k > phraseEnd {
		phraseEnd, np = k, -1
	}
	// "According to the article, which appeared on Monday, warships
	// ...": a relative clause set off on the source, opening the
	// sentence, describes the source; the clause after it is what it
	// reports.
	if k := phraseEnd; s.words(s.first, i) <= 1 && k+2 < s.end && s.tok(k).Text == "," && relativeWord(s.tok(k+1)) && (s.tok(k+1).XPOS == "WDT" || s.tok(k+1).XPOS == "WP") {
		for j := k + 2; j < s.end; j++ {
			if t := s.tok(j); t.Text == ";" || isQuoteTok(t) {
				break
			}
			if s.tok(j).Text == "," {
				if hasFinite(s, j+1, s.end) {
					phraseEnd, np = j, -1
				}
				break
			}
		}
	}

	// The content: the clause the phrase attaches to, minus the phrase.
	skip := map[int]bool{}
	for t := i; t < phraseEnd; t++ {
		skip[t] = true
	}
	var clause []int
	if np >= 0 {
		if h := s.head(np); h >= 0 && !skip[h] {
			clause = s.subtree(h, skip)
		}
	}
	// A parse that puts the phrase under a noun, or under a clause that
	// does not reach past the phrase, is not trusted: fall back on the
	// words on either side of the phrase up to the clause boundary.
	if len(clause) == 0 || s.words(minmax(clause)) < 2 {
		clause = nil
		if s.words(s.first, i) <= 1 {
			for t := phraseEnd; t < s.end; t++ {
				clause = append(clause, t)
			}
		} else {
			from := s.first
			for t := i - 1; t > s.first; t-- {
				// (Not before a participle: "killing 1,200 people, and
				// taking 250 hostages, according to X" reports both.)
				if s.tok(t).Text == ";" || (s.tok(t).Text == "," && t+1 < i && (s.tok(t+1).UPOS == "CCONJ") && hasFinite(s, t+2, i)) {
					from = t + 1
					break
				}
			}
			for t := from; t < i; t++ {
				clause = append(clause, t)
			}
			// "X and, according to Y, Z": the phrase opens Z.
			k := i - 1
			for k > s.first && s.tok(k).Text == "," {
				k--
			}
			// A contrast after the phrase is the writer's ("..., according
			// to the UN, though activists say ...").
			contrast := phraseEnd < s.end && s.tok(phraseEnd).Text == "," && phraseEnd+1 < s.end && (concessive[lower(s.tok(phraseEnd+1))] || lower(s.tok(phraseEnd+1)) == "while" || lower(s.tok(phraseEnd+1)) == "but")
			if s.words(phraseEnd, s.end) > s.words(from, i) && !contrast || s.tok(k).UPOS == "CCONJ" && hasFinite(s, phraseEnd, s.end) {
				clause = nil
				for t := phraseEnd; t < s.end; t++ {
					clause = append(clause, t)
				}
			}
		}
	}
	// "its economy, which grew by 3.6% last year according to official
	// data": at the end of a relative clause set off by a comma, the
	// phrase reports that clause.
	if k := relativeBefore(s, i); k >= 0 && (phraseEnd >= s.end || isPunct(s.tok(phraseEnd))) {
		clause = clause[:0]
		for t := k; t < i; t++ {
			clause = append(clause, t)
		}
	}
	// A relative clause the phrase interrupts. "an attack, which,
	// according to the ministry, was carried out by militants": the
	// relative clause, as with a verb (see parenthetical). "a summit
	// where, according to the readout, the two sides signed X", "an
	// attack in which, according to a statement, dozens were killed": a
	// clause with a subject of its own after the phrase is all it
	// reports.
	if k := i - 2; k > s.first && s.tok(i-1).Text == "," && phraseEnd+1 < s.end && s.tok(phraseEnd).Text == "," {
		switch {
		case relativeWord(s.tok(k)) && s.tok(k-1).Text == "," && hasFinite(s, phraseEnd+1, s.end):
			c.setRange(s, k, s.end, -1)
			c.around = true
			return c
		case (s.tok(k).XPOS == "WRB" && (lower(s.tok(k)) == "where" || lower(s.tok(k)) == "when") ||
			relativeWord(s.tok(k)) && s.tok(k-1).UPOS == "ADP") && (hasFinite(s, phraseEnd+1, s.end) || pastAfterSubjectIn(s, phraseEnd+1, s.end)):
			c.setRange(s, phraseEnd+1, s.end, -1)
			c.around = true
			return c
		}
	}
	cue := i
	if a, _ := minmax(clause); len(clause) > 0 && a >= phraseEnd {
		// The phrase opens the sentence and the clause after it is
		// what it reports, whatever setRange would make of a cue in an
		// opening clause ("According to X, the drills involved ...",
		// with "involved" read as an adjective).
		cue = -1
	}
	c.setRun(s, clause, cue)
	if c.empty() {
		return nil
	}
	return c
}

// relativeBefore returns the relative pronoun of ", which ..." or ", who
// ..." that opens the stretch right before token i (no comma between), or
// -1.
func relativeBefore(s *sentence, i int) int {
	for k := i - 1; k > s.first+1; k-- {
		t := s.tok(k)
		if t.Text == "," || t.Text == ";" || isQuoteTok(t) {
			return -1
		}
		if (lower(t) == "which" || lower(t) == "who") && s.tok(k-1).Text == "," && hasFinite(s, k+1, i) {
			return k
		}
	}
	return -1
}

// asReported reads "As reported by X, CLAUSE" and "As X reported, CLAUSE"
// (and the same after the clause: "CLAUSE, as X noted.") at token i, the
// "as": X is the source, the verb the cue, and the clause the content,
// as with "according to".
func asReported(s *sentence, i int) *cand {
	if lower(s.tok(i)) != "as" || i+2 >= s.end {
		return nil
	}
	var c *cand
	phrase := false // "put it", "pointed out"
	j := i + 1
	for j < s.end && s.tok(j).UPOS == "ADV" {
		j++
	}
	if j+2 < s.end && s.tok(j).XPOS == "VBN" && (cueLemma(s.tok(j)) != "" || citingLemmas[lemma(s.tok(j))]) && lower(s.tok(j+1)) == "by" {
		// "as reported by X", "as quoted by X"
		np := extendNamed(s, npAfter(s, j+2))
		if np[0] == np[1] {
			return nil
		}
		c = &cand{sent: s.idx, cue: [2]int{i, j + 1}, src: np, via: "as-reported"}
		j = np[1]
	} else if np := npAfter(s, j); np[0] < np[1] {
		// "as X reported", "as X has noted"; the subject may have an
		// aside ("as many experts, including Mr. Roe, have noted").
		// "As Tasnim reports,": the verb read as the noun phrase's last
		// plural noun.
		if l := np[1] - 1; l > np[0] && np[1] < s.end && s.tok(np[1]).Text == "," && s.tok(l).XPOS == "NNS" && lexLemma(s.tok(l)) != "" && s.tok(l-1).UPOS == "PROPN" {
			np[1] = l
		}
		k := np[1]
		// "as the spokesman for the coast guard noted": the phrases of
		// the head are part of the subject.
		for k+1 < s.end && (lower(s.tok(k)) == "of" || lower(s.tok(k)) == "for") {
			pp := npAfter(s, k+1)
			if pp[0] == pp[1] {
				break
			}
			k = pp[1]
		}
		src := [2]int{np[0], k}
		if k < s.end && s.tok(k).Text == "," {
			m := k + 1
			for m < s.end && m-k < 12 && s.tok(m).Text != "," && !finiteVerb(s.tok(m)) {
				m++
			}
			if m < s.end && s.tok(m).Text == "," {
				// ("as the spokesman, Jay Tarriela, noted": a name set off
				// after the subject is who it is.)
				if hasName(s, k+1, m) && !listsMembers(s.tok(k+1)) {
					src[1] = m
				}
				k = m + 1
			}
		}
		np = src
		for k < s.end && (s.tok(k).UPOS == "AUX" || s.tok(k).UPOS == "ADV") {
			k++
		}
		// "as X put it": the idiom is a verb of saying.
		putIt := k+1 < s.end && (lower(s.tok(k)) == "put" || lower(s.tok(k)) == "puts") && lower(s.tok(k+1)) == "it"
		// ("As Tasnim reports," with the verb read as a plural noun.)
		misread := k+1 < s.end && s.tok(k).XPOS == "NNS" && s.tok(k+1).Text == "," && strings.HasSuffix(lower(s.tok(k)), "s") && lexLemma(s.tok(k)) != ""
		if k >= s.end || !putIt && !misread && (!finiteVerb(s.tok(k)) && s.tok(k).XPOS != "VBN" || cueLemma(s.tok(k)) == "") {
			return nil
		}
		c = &cand{sent: s.idx, cue: [2]int{k, k + 1}, src: np, via: "as-reported"}
		// "as X pointed out": the particle makes it a report.
		if phrase = putIt || cueLemma(s.tok(k)) == "point" && k+1 < s.end && lower(s.tok(k+1)) == "out"; phrase {
			c.cue[1] = k + 2
		}
		j = c.cue[1]
	} else {
		return nil
	}
	// Verbs of reporting only: "as he spoke", "as you know", "as X
	// holds" are times and common ground, not sources.
	l := lexLemma(s.tok(c.cue[1] - 1))
	switch {
	case phrase || citingLemmas[lemma(s.tok(c.cue[1]-1))]:
		// ("as quoted by X": X reports what it quotes.)
		l = "say"
	case weakCues[l] || prepOnly[l] || stanceVerbs[l] || cueVerbs[l].typ != doc.CueStatement && cueVerbs[l].typ != doc.CueConfirmation:
		return nil
	}
	c.cueType = cueVerbs[l].typ
	// The phrase ends at a comma or the end of the sentence; the
	// content is the clause on the other side.
	for j < s.end && !isPunct(s.tok(j)) {
		j++
	}
	switch {
	case i == s.first || isPunct(s.tok(i-1)) && i-1 == s.first:
		// The construction itself says a clause follows; the tagger
		// may not find its verb ("the army lost" read as nouns).
		if j >= s.end || s.tok(j).Text != "," || s.words(j+1, s.end) < 3 {
			return nil
		}
		// "As reported by X, citing its sources, Y": whom X cites (see
		// citing) is no part of the clause.
		if k := asideEnd(s, j+1); k > j && citingCue(s, j+1) >= 0 {
			j = k
		}
		c.setRange(s, j+1, s.end, -1)
	case i > s.first && s.tok(i-1).Text == "," && (j >= s.end || s.words(j, s.end) == 0):
		if !hasFinite(s, s.first, i-1) {
			return nil
		}
		c.setRange(s, s.first, i-1, -1)
	default:
		return nil
	}
	if c.empty() {
		return nil
	}
	return c
}

// namedSubjectAt reports whether a name set off by commas and then a verb
// follow k: the noun phrase before k is then the clause's subject with
// its name ("According to Mediterranean Wire, the ship's operator, Aegean
// Lines, had been fined"), not a description of the source.
func namedSubjectAt(s *sentence, k int) bool {
	if k < s.end && s.tok(k).Text == "," {
		k++
	}
	j := k
	for j < s.end && (s.tok(j).UPOS == "PROPN" || capitalised(s.tok(j)) && (s.tok(j).UPOS == "NOUN" || s.tok(j).UPOS == "ADJ")) {
		j++
	}
	if j == k || j+1 >= s.end || s.tok(j).Text != "," {
		return false
	}
	n := s.tok(j + 1)
	return finiteVerb(n) || n.UPOS == "AUX"
}
