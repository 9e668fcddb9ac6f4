package attribution

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/timex"
)

// Options configures the stage. The zero value is the default.
type Options struct {
	// MaxSentenceTokens skips sentences longer than this many tokens (their
	// parse is too unreliable to read attributions from). Zero means 300.
	MaxSentenceTokens int
	// RelayWindow is how many sentences from the start of a document an
	// attribution to another publication's article may open a retelling
	// (Doc.Relays). Zero means 6.
	RelayWindow int
}

// Stage finds attributions. It keeps no state between documents.
type Stage struct {
	maxTokens   int
	relayWindow int
}

// New returns the stage.
func New(o Options) (*Stage, error) {
	if o.MaxSentenceTokens < 0 || o.RelayWindow < 0 {
		return nil, fmt.Errorf("attribution: negative limit in options %+v", o)
	}
	if o.MaxSentenceTokens == 0 {
		o.MaxSentenceTokens = 300
	}
	if o.RelayWindow == 0 {
		o.RelayWindow = 6
	}
	return &Stage{maxTokens: o.MaxSentenceTokens, relayWindow: o.RelayWindow}, nil
}

// ErrNoSentences is returned for a non-empty document that was not
// segmented first.
var ErrNoSentences = errors.New("attribution: document has text but no sentences (run the segment stage first)")

// Run fills d.Attributions (IDs a1, a2, ... in text order of their cues) and
// d.Relays.
func (st *Stage) Run(ctx context.Context, d *doc.Doc) error {
	d.Attributions = nil
	d.Relays = nil
	if len(d.Sentences) == 0 {
		if strings.TrimSpace(d.Text) != "" {
			return ErrNoSentences
		}
		return nil
	}
	sents := make([]*sentence, len(d.Sentences))
	para := 0
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.First < 0 || s.End > len(d.Tokens) || s.First > s.End {
			return fmt.Errorf("attribution: sentence %d has token range [%d, %d) outside the %d tokens", i, s.First, s.End, len(d.Tokens))
		}
		if s.First < s.End {
			start := d.Tokens[s.First].Span.Start
			if start >= prevEnd && strings.Contains(d.Slice(doc.Span{Start: prevEnd, End: start}), "\n") {
				para++
			}
			prevEnd = d.Tokens[s.End-1].Span.End
		}
		sents[i] = newSentence(d, i, para)
	}
	q := findQuotes(d)
	var cands []*cand
	flats := make([]*sentence, len(sents))
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		if s.end-s.first > st.maxTokens || s.end == s.first {
			continue
		}
		taken := map[int]bool{}
		if c := speakerColon(sents, s.idx); c != nil {
			cands = append(cands, c)
		} else if c := quoteColon(s, q); c != nil {
			cands = append(cands, c)
		}
		if c := speakerByline(sents, s.idx, q); c != nil {
			cands = append(cands, c)
		}
		// The tags are read first and the tree only fills what they
		// leave open: a parser's errors cost more than its gains where
		// the tags already decide (measured on news text).
		fs := s.flat()
		flats[s.idx] = fs
		for i := s.first; i < s.end; i++ {
			c := accordingTo(fs, i)
			if c == nil {
				c = inSource(fs, i)
			}
			if c == nil {
				c = asReported(fs, i)
			}
			if c == nil && s.parsed {
				c = accordingTo(s, i)
			}
			if c != nil {
				cands = append(cands, c)
				taken[i], taken[i+1] = true, true
			}
		}
		for i := s.first; i < s.end; i++ {
			if taken[i] || noActCue(fs, i) {
				continue
			}
			if c := namedAsCue(fs, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := raisingCue(s, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := adverbCue(s, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := passiveReport(s, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := headlinePassiveReport(s, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := nounPrepCue(s, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := adjPrepCue(s, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := nounCue(fs, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := existentialReport(fs, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := subjectReport(fs, i); c != nil {
				cands = append(cands, c)
				continue
			}
			if c := figureCue(fs, i); c != nil {
				cands = append(cands, c)
				// "put support for X at 31%": what the figure measures
				// is no one's support.
				taken[c.contentTok[0]] = true
				continue
			}
			if lem := fs.verbAt(i); lem != "" {
				c := st.verbCue(fs, i, lem, sents, q)
				if s.parsed {
					// A tag reading that found no source has likely
					// misread the clause: a tree reading with one wins.
					p := st.verbCue(s, i, lem, sents, q)
					if c != nil && c.unsure && p != nil && !p.unsure {
						c = p
					} else {
						c = merge(c, p, s)
					}
				}
				if c != nil {
					trimDangling(s, c)
					trimComplementiser(s, c)
					pronounObject(s, c)
					trimObjectTail(s, c)
					hearerThenClause(s, c, lem)
					headlineAs(s, c)
				}
				if c != nil && c.unsure && !keepUnsure[c.via] || c != nil && (frontedIntransitive(s, c) || danglingContent(s, c) || freeRelative(s, c)) {
					c = nil
				}
				if c != nil {
					cands = append(cands, c)
				}
			}
		}
	}
	// Sources cited for a report, once the reports are known.
	for _, fs := range flats {
		if fs == nil {
			continue // skipped above
		}
		for i := fs.first; i < fs.end; i++ {
			if c := citing(fs, i, cands); c != nil {
				// ", which cited X,": the verb's own reading, with the
				// relative as its source, gives way.
				// A cue inside the source cited is a word of its name
				// ("citing intelligence reports").
				cands = slices.DeleteFunc(cands, func(o *cand) bool {
					return o.sent == c.sent && (o.cue[0] == c.cue[0] || o.cue[0] >= c.src[0] && o.cue[0] < c.src[1])
				})
				cands = append(cands, c)
			}
		}
		cands = append(cands, quotedBy(fs, cands)...)
	}
	for _, c := range cands {
		relativeEnd(sents[c.sent], c)
		subjectRelativeEnd(sents[c.sent], c)
	}
	cands = applyQuotes(d, sents, cands, q)
	cands = slices.DeleteFunc(cands, func(c *cand) bool { return mannerOnly(d, c) || timesOnly(d, c) || joinedAfter(d, c) })
	// Quotations found whole only now may be quoted by someone too
	// ("“...,” he was quoted as saying by RTS").
	for _, c := range cands {
		if c.parent == nil && !c.content.Empty() && c.via != "quoted-by" {
			if outer := quotedAsPassive(sents[c.sent], c); outer != nil {
				cands = append(cands, outer)
			}
		}
	}
	describedAs(sents, cands)
	st.finish(d, sents, cands, q)
	return nil
}

// balanceSource mends the edges of source r: a bracket opened in it is
// closed ("Chanda Mwale of the Alliance for Democratic Renewal (ADR)"),
// and "a claim" the source was run into is dropped ("a claim police
// spokesperson Rita Mwanza denied, saying ...": the spokesperson says).
func balanceSource(s *sentence, r [2]int) [2]int {
	if r[0] >= r[1] {
		return r
	}
	open := 0
	for k := r[0]; k < r[1]; k++ {
		switch s.tok(k).Text {
		case "(":
			open++
		case ")":
			open--
		}
	}
	if open == 1 && r[1] < s.end && s.tok(r[1]).Text == ")" {
		r[1]++
	}
	if r[1]-r[0] > 3 && s.tok(r[0]).UPOS == "DET" && glossNouns[lemma(s.tok(r[0]+1))] {
		if n := s.tok(r[0] + 2); n.UPOS == "NOUN" || n.UPOS == "PROPN" {
			r[0] += 2
		}
	}
	return r
}

// glossNouns are the nouns by which a writer restates a claim for
// another to answer (", a claim X denied", ", an allegation Y rejects").
var glossNouns = set(`claim allegation accusation charge assertion contention`)

// relativeEnd ends the content of a report in a relative clause set off
// by commas ("According to the paper, which said it had seen his
// statement, he told them ...") where the main clause resumes: at a comma
// followed by a subject and its verb.
func relativeEnd(s *sentence, c *cand) {
	if c.src[1]-c.src[0] != 1 || !relativeWord(s.tok(c.src[0])) || c.src[0]-1 < s.first || s.tok(c.src[0]-1).Text != "," || c.contentTok[0] <= c.cue[0] {
		return
	}
	// (Not after a clause the content opens with: "who recalled that
	// before the book was published, Trump sent an attorney".)
	if first := s.tok(c.contentTok[0]); first.UPOS == "SCONJ" || frontedLinks[lower(first)] {
		return
	}
	for k := c.contentTok[0] + 1; k+1 < c.contentTok[1]; k++ {
		if s.tok(k).Text != "," {
			continue
		}
		np := npAfter(s, k+1)
		if np[0] == np[1] {
			continue
		}
		v := np[1]
		for v < c.contentTok[1] && (s.tok(v).UPOS == "ADV" || s.tok(v).UPOS == "AUX" && !finiteVerb(s.tok(v))) {
			v++
		}
		if v < c.contentTok[1] && (finiteVerb(s.tok(v)) || s.tok(v).UPOS == "AUX") {
			c.setRange(s, c.contentTok[0], k, c.cue[0])
			return
		}
	}
}

// subjectRelativeEnd ends the content of a report inside a relative
// clause set off by commas after the sentence's subject ("The paper,
// which cited relatives who said the men were beaten, reported the
// arrests") at the comma before the main verb, which has no subject of
// its own. A verb after a comma that another joins ("attacked, looted and
// burned") is one of a list and ends nothing.
func subjectRelativeEnd(s *sentence, c *cand) {
	r := -1
	if np := npAfter(s, s.first); np[1] > np[0] && np[1]+1 < s.end && s.tok(np[1]).Text == "," && relativeWord(s.tok(np[1]+1)) {
		r = np[1] + 1
	}
	// (Only a cue inside the relative clause, not one after it: "Jane,
	// who is 40, told them the site, X, was down".)
	if r < 0 || c.cue[0] <= r || c.contentTok[0] <= c.cue[0] || commaBetween(s, r, c.cue[0]) {
		return
	}
	for k := c.contentTok[0] + 1; k+1 < c.contentTok[1]; k++ {
		if s.tok(k).Text != "," || finiteVerb(s.tok(k-1)) {
			continue
		}
		v := k + 1
		for v < c.contentTok[1] && s.tok(v).UPOS == "ADV" {
			v++
		}
		// (The tagger may read a verb of saying there as a participle:
		// ", told reporters".)
		if v >= c.contentTok[1] || !finiteVerb(s.tok(v)) && !(s.tok(v).XPOS == "VBN" && cueLemma(s.tok(v)) != "") || listedVerb(s, v) {
			continue
		}
		c.setRange(s, c.contentTok[0], k, c.cue[0])
		return
	}
}

// listedVerb reports whether the verb at v is joined by a conjunction to
// another before the next comma ("looted and burned").
func listedVerb(s *sentence, v int) bool {
	for k := v + 1; k+1 < s.end && s.tok(k).Text != ","; k++ {
		if s.tok(k).UPOS == "CCONJ" {
			return finiteVerb(s.tok(k + 1))
		}
	}
	return false
}

// frontedIntransitive reports whether cand c is a verb ending a clause
// fronted before the main one, read as taking the main clause for its
// content ("Asked whether she would stay until the adviser reported, the
// spokesman said ..."): the comma closes the fronted clause, and what
// comes after it is no one's report of it.
func frontedIntransitive(s *sentence, c *cand) bool {
	if c.contentTok[0] != c.cue[1]+1 || c.cue[1] >= s.end || s.tok(c.cue[1]).Text != "," {
		return false
	}
	for k := c.cue[0] - 1; k >= s.first; k-- {
		t := s.tok(k)
		// ("as Tuesday's results show, X": the clause reports X.)
		if t.Text == "," || t.Text == ";" || isQuoteTok(t) || lower(t) == "as" {
			return false
		}
		if k == s.first && (lower(t) == "asked" || frontedLinks[lower(t)] && (t.UPOS == "SCONJ" || t.UPOS == "ADP")) {
			return true
		}
	}
	return false
}

// danglingContent reports whether cand c's content comes before its cue
// and ends on the word that opens the clause the cue is in ("They met in
// March, when, according to aides, the leaders agreed to a truce"): a
// clause cut before its verb is no one's report.
func danglingContent(s *sentence, c *cand) bool {
	if c.contentTok[1] > c.cue[0] || c.contentTok[0] >= c.contentTok[1] {
		return false
	}
	k := c.contentTok[1] - 1
	for k > c.contentTok[0] && isPunct(s.tok(k)) {
		k--
	}
	// (A relative pronoun alone stands for what it refers to: "...,
	// which the army rejects".)
	if k == c.contentTok[0] {
		return false
	}
	return opensRelative(s.tok(k))
}

// opensRelative reports whether t is a word that opens a relative clause
// ("which", "where"; not "whatever", "how").
func opensRelative(t *doc.Token) bool {
	switch t.XPOS {
	case "WRB", "WDT", "WP":
		return relativeOpeners[lower(t)]
	}
	return false
}

var relativeOpeners = set(`which who whom where when that whereby`)

// freeRelative reports whether cand c's cue is the verb of a free
// relative ("What they announced in Lusaka is not what was counted"): what
// was announced is the "what", a thing the sentence speaks of, and the
// words after the cue are no content of it.
func freeRelative(s *sentence, c *cand) bool {
	k := c.src[0] - 1
	return c.src[0] < c.src[1] && c.src[1] <= c.cue[0] && k >= s.first && (lower(s.tok(k)) == "what" || lower(s.tok(k)) == "whatever") &&
		(k == s.first || isPunct(s.tok(k-1)) || s.tok(k-1).UPOS == "CCONJ") && c.contentTok[0] >= c.cue[1]
}

// mannerOnly reports whether cand c is an act yet to come whose content
// is only adverbs ("would respond “swiftly and firmly”"): how it will be
// done, not what was said. ("“Never,” he said" answers.)
func mannerOnly(d *doc.Doc, c *cand) bool {
	if cf := c.cue[0]; cf < 1 || d.Tokens[cf-1].XPOS != "MD" {
		return false
	}
	f, e := d.TokensIn(c.content)
	words := 0
	for k := f; k < e; k++ {
		t := &d.Tokens[k]
		if t.UPOS == "PUNCT" {
			continue
		}
		if t.UPOS != "ADV" && t.UPOS != "CCONJ" {
			return false
		}
		// (Of manner: "I should hope so" answers with a pro-form.)
		if strings.HasSuffix(lower(t), "ly") {
			words++
		}
	}
	return words > 0
}

// timesOnly reports whether the content of cand c says only how often
// ("has been viewed more than four million times"): a count of
// occasions, not what was said or thought.
func timesOnly(d *doc.Doc, c *cand) bool {
	f, e := d.TokensIn(c.content)
	if e-f < 2 || lower(&d.Tokens[e-1]) != "times" {
		return false
	}
	for k := f; k < e-1; k++ {
		switch t := &d.Tokens[k]; t.UPOS {
		case "NUM", "ADV", "ADJ", "DET":
		default:
			if w := lower(t); w != "than" && w != "million" && w != "thousand" {
				return false
			}
		}
	}
	return true
}

// joinedAfter reports whether the content of cand c comes after the cue
// and only a conjunction between: "Russia voted against and China
// abstained" joins a second clause to a cue that took no complement, and
// that clause was not said.
func joinedAfter(d *doc.Doc, c *cand) bool {
	k := c.cue[1]
	// (Not after a speaker's colon: "TAPPER: And obviously ...".)
	if k+1 >= len(d.Tokens) || tokenAt(d, c.content.Start) != k+1 || d.Tokens[k-1].UPOS == "PUNCT" {
		return false
	}
	// (Not "said both X and Y", where "both" opens the content.)
	switch lower(&d.Tokens[k]) {
	case "and", "but", "or":
		return true
	}
	return false
}

// pronounObject makes the pronoun right after the cue, and a comma after
// it, the content ("Kosovo police denied that, saying ..."): what comes
// after the comma is another act, not the clause of a "that".
func pronounObject(s *sentence, c *cand) {
	k := c.cue[1]
	if k+1 >= s.end || c.contentTok[0] <= k+1 || s.tok(k+1).Text != "," {
		return
	}
	// ("reported that, according to X, Y" and "said that, given X, Y":
	// a "that" before a phrase set off opens the clause after it.)
	if k+2 >= s.end || s.tok(k+2).XPOS != "VBG" {
		return
	}
	if w := lower(s.tok(k)); w == "this" || w == "it" || w == "that" && (c.cueType == doc.CueDenial || c.cueType == doc.CueConfirmation) {
		c.setRange(s, k, k+1, c.cue[0])
	}
}

// headlineAs ends the content of a headline's report before an
// "as"-clause with a subject of its own ("UN agencies warn famine is
// spreading as government disputes figures", "Minister denies misleading
// parliament as leaked notes surface"): the headline's writer sets the
// report against what else is happening.
func headlineAs(s *sentence, c *cand) {
	if s.idx > 1 || !unpunctuated(s) || c.contentTok[0] <= c.cue[0] {
		return
	}
	for k := c.contentTok[0] + 2; k+2 < c.contentTok[1]; k++ {
		if lower(s.tok(k)) != "as" {
			continue
		}
		if np := npAfter(s, k+1); np[0] < np[1] && np[1] < c.contentTok[1] && (finiteVerb(s.tok(np[1])) || s.tok(np[1]).XPOS == "VBP") {
			c.setRange(s, c.contentTok[0], k, c.cue[0])
		}
		return
	}
}

// unpunctuated reports whether sentence s ends with no closing
// punctuation, as a headline does.
func unpunctuated(s *sentence) bool {
	last := s.end - 1
	for last > s.first && isQuoteTok(s.tok(last)) {
		last--
	}
	t := s.tok(last)
	return !(isPunct(t) && t.Text != ")" || strings.HasSuffix(t.Text, "."))
}

// trimObjectTail ends a content that is the cue's object, a noun phrase
// with no clause, before what tells how it was said or to which press:
// "rejected the report outright", "confirmed the outlines of the report
// to the Chronicle".
func trimObjectTail(s *sentence, c *cand) {
	a, b := c.contentTok[0], c.contentTok[1]
	if a <= c.cue[0] || b-a < 2 || isQuoteTok(s.tok(a)) {
		return
	}
	for k := a; k < b; k++ {
		if isVerbTag(s.tok(k)) {
			return // a clause or a verb in the object: the adverb may be its
		}
	}
	// (Only adverbs of how a thing is said: "supports a $12 wage
	// nationally" says which wage. "outright" whatever its tag: taggers
	// read it as a noun there.)
	if t := s.tok(b - 1); sayingManner[lower(t)] && npTag(s.tok(b-2)) {
		b--
	}
	for k := b - 2; k > a; k-- {
		if lower(s.tok(k)) == "to" && s.tok(k).UPOS == "ADP" {
			if np := npAfter(s, k+1); np[1] == b && s.words(a, k) >= 1 && pressHearer(s, np) {
				b = k
			}
			break
		}
	}
	if b < c.contentTok[1] {
		c.setRange(s, a, b, c.cue[0])
	}
}

// hearerThenClause cuts whom a verb of telling addressed from what it
// said: "warned the government that talks would fail" said "talks would
// fail", as "told the court that" does.
func hearerThenClause(s *sentence, c *cand, lem string) {
	a, b := c.contentTok[0], c.contentTok[1]
	if cueVerbs[lem].frame&fAddressee == 0 || a <= c.cue[0] || a >= b {
		return
	}
	np := npAfter(s, a)
	if np[0] != a || np[1]+1 >= b || lower(s.tok(np[1])) != "that" || !hearerOnlyContent(s, np) || !hasFinite(s, np[1]+1, b) {
		return
	}
	c.setRange(s, np[1]+1, b, c.cue[0])
}

// sayingManner are the adverbs that tell how a thing was said or denied.
var sayingManner = set(`outright flatly categorically strongly vehemently publicly privately firmly
	repeatedly emphatically angrily bluntly`)

// pressHearer reports whether noun phrase np is the press an account was
// given to: an outlet ("the Chronicle") or reporters. (A state or a group
// after "to" is more often where something goes: "the sale of arms to
// Russia".)
func pressHearer(s *sentence, np [2]int) bool {
	if l := lemma(s.tok(np[1] - 1)); l == "reporter" || l == "journalist" || outletNouns[l] {
		return true
	}
	kind, _ := sourceKind(s.d, s, np)
	return kind == doc.SourceOutlet
}

// trimDangling ends cand c's content, when it comes after the cue, before
// a relative word it ends on and the preposition that governs it ("claimed
// an attack on Thursday in which, according to a statement, dozens were
// killed"): the relative clause is another's report.
func trimDangling(s *sentence, c *cand) {
	a, b := c.contentTok[0], c.contentTok[1]
	// (Not a question word that ends the sentence: "it was clear why.")
	if a <= c.cue[0] || b-a < 3 || s.words(b, s.end) == 0 {
		return
	}
	k := b - 1
	for k > a && isPunct(s.tok(k)) {
		k--
	}
	if !opensRelative(s.tok(k)) {
		return
	}
	if k-1 > a && s.tok(k-1).UPOS == "ADP" {
		k--
	}
	for k-1 > a && isPunct(s.tok(k-1)) {
		k--
	}
	if k-a >= 2 {
		c.setRange(s, a, k, c.cue[0])
	}
}

// trimComplementiser drops a "that" opening the content after the cue
// when a name, pronoun, determiner or number follows it, which opens the
// clause it introduces: "quotes a diplomat as saying that Berlin fears
// contagion", where a parse that read "that" as a determiner left it in.
// ("that language was removed" keeps its determiner.)
func trimComplementiser(s *sentence, c *cand) {
	a, b := c.contentTok[0], c.contentTok[1]
	if a <= c.cue[0] || b-a < 3 || lower(s.tok(a)) != "that" {
		return
	}
	switch s.tok(a + 1).UPOS {
	case "PROPN", "PRON", "DET", "NUM":
		c.setRange(s, a+1, b, c.cue[0])
	}
}

// frontedLinks open a clause that may stand before the main one.
var frontedLinks = set(`until when after before once since while if unless because although though whether`)

// describedAs gives a verb joined after "described X as “Y” and" the
// subject of the verb before it: the quoted words after "as" are what X
// was described as, which the parse may take for the next verb's
// subject ("described the reporting as “a provocation” and maintained
// that ...").
func describedAs(sents []*sentence, cands []*cand) {
	for _, c := range cands {
		s := sents[c.sent]
		if c.src[0] >= c.src[1] || c.src[0]-2 < s.first || c.src[1]+1 >= c.cue[0]+1 {
			continue
		}
		k := c.src[1]
		for k < c.cue[0] && isQuoteTok(s.tok(k)) {
			k++
		}
		if !isQuoteTok(s.tok(c.src[0]-1)) || lower(s.tok(c.src[0]-2)) != "as" || k >= c.cue[0] || s.tok(k).UPOS != "CCONJ" {
			continue
		}
		for _, p := range cands {
			if p != c && p.sent == c.sent && p.cue[1] <= c.src[0] && p.src[0] < p.src[1] && p.src[1] <= p.cue[0] {
				c.src = p.src
			}
		}
	}
}

// finish turns candidates into attributions: spans, kinds, entities,
// dates, parents, anaphora and the relay.
func (st *Stage) finish(d *doc.Doc, sents []*sentence, cands []*cand, qs []quote) {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].cue[0] < cands[j].cue[0] })
	cands = dropControlled(sents, cands)
	cands = dropEchoes(cands)
	out := make([]doc.Attribution, 0, len(cands))
	seen := map[int]bool{}
	index := map[*cand]int{}
	inAnswer, answerer := answers(sents), interviewee(d, sents)
	for _, c := range cands {
		if seen[c.cue[0]] || c.content.Empty() {
			continue
		}
		seen[c.cue[0]] = true
		index[c] = len(out)
		s := sents[c.sent]
		// Whom a report cites is cited for what the report says, as the
		// report's content was finally drawn ("reported the arrests,
		// citing X": not the arrests and the citing).
		if c.via == "citing" && c.parent != nil && !c.parent.content.Empty() && c.content.Contains(c.parent.content) {
			c.content, c.contentTok = c.parent.content, c.parent.contentTok
		}
		a := doc.Attribution{
			Cue:     doc.Cue{Span: s.span(c.cue[0], c.cue[1]), Type: c.cueType},
			Content: c.content,
		}
		// "PHILADELPHIA ― The campaign said": the dateline is the
		// writer's, not part of the source, even where the parse took
		// only part of it in ("ADEN/DUBAI - A tanker reported").
		if dl := skipDateline(s, s.first); c.src[0] < dl && c.src[1] > dl {
			c.src[0] = dl
		}
		c.src = balanceSource(s, c.src)
		// A semicolon ends a clause: a source before it is not the
		// subject of a cue after it ("…claim “direct hit”; crew says
		// ship undamaged").
		if c.src[0] < c.src[1] && c.src[1] <= c.cue[0] && !c.around {
			for k := c.cue[0] - 1; k >= c.src[1]; k-- {
				if s.tok(k).Text == ";" {
					if np := chainBack(s, auxBack(s, c.cue[0]-1)); np[0] > k && np[0] < np[1] {
						c.src = np
					}
					break
				}
			}
		}
		// "Officials, speaking on condition of anonymity, said": a
		// participle set off after the subject tells the circumstances,
		// not who the speaker is.
		for k := c.src[0] + 1; k+1 < c.src[1] && !c.around; k++ {
			// But "including X" lists who, and in "managing director"
			// the participle is a noun's modifier.
			if p := s.tok(k + 1); s.tok(k).Text == "," && p.XPOS == "VBG" && lemma(p) != "include" &&
				(k+2 >= s.end || s.tok(k+2).UPOS != "NOUN" && s.tok(k+2).UPOS != "PROPN") {
				c.src[1] = k
				break
			}
		}
		// "One diplomat, asked whether ..., replied": he was asked; the
		// question has no source, as when it opens the sentence.
		if c.cue[0]-1 > s.first && s.tok(c.cue[0]-1).Text == "," && askedAside(s, c.cue[0]) {
			c.src = [2]int{}
		}
		if c.src[0] < c.src[1] {
			c.src[0] = nameStart(d, s, c.src)
			a.Source.Span = s.span(c.src[0], c.src[1])
			a.Source.Kind, a.Source.Entity = sourceKind(d, s, antecedent(s, c.src))
			// "I suspect ...": outside a quotation the first person is
			// the writer of the piece.
			// In an interview's answer it is the person interviewed.
			if _, in := holding(qs, a.Source.Span); !in && c.src[1]-c.src[0] == 1 && (lower(s.tok(c.src[0])) == "i" || lower(s.tok(c.src[0])) == "my") {
				a.Source.Kind, a.Source.Entity = doc.SourceAuthor, ""
				if inAnswer[s.idx] {
					a.Source.Kind, a.Source.Entity = doc.SourcePerson, answerer
				}
			}
		}
		a.Date = cueDate(d, s, c)
		a.ContentParts = contentParts(d, qs, a.Content, a.Cue.Span.Union(a.Source.Span))
		out = append(out, a)
	}
	for i := range out {
		out[i].ID = "a" + strconv.Itoa(i+1)
	}
	trimFinalCues(d, out)
	// Parent: the smallest other content that holds this cue, unless
	// that one's cue lies in this content (two readings of one clause
	// would otherwise hold each other).
	for i := range out {
		best := -1
		for j := range out {
			if i == j || !out[j].Holds(out[i].Cue.Span) || out[i].Holds(out[j].Cue.Span) {
				continue
			}
			if best < 0 || out[j].Content.Len() < out[best].Content.Len() {
				best = j
			}
		}
		if best >= 0 {
			out[i].Parent = out[best].ID
		}
	}
	// A cited source hangs from the report that cites it.
	for c, i := range index {
		if c.parent == nil {
			continue
		}
		if j, ok := index[c.parent]; ok {
			out[i].Parent = out[j].ID
		}
	}
	sourcesTakenUp(d, out)
	headlineSources(d, out)
	bodiesTakenUp(d, out)
	shareDates(d, out)
	outletsSources(d, out)
	toldOutlet(d, out)
	// Anaphoric contents ("This was confirmed by ...") point back to the
	// nearest attribution before them, in the same sentence or the one
	// before.
	for i := range out {
		// "could not verify the FT report": the report of the source
		// named, however far back.
		if j := namedReport(d, out, i); j >= 0 {
			out[i].RefersTo = out[j].ID
			continue
		}
		if !isAnaphor(d, out[i].Content) {
			continue
		}
		from := 0
		if k := tokenAt(d, out[i].Content.Start); k >= 0 && d.Tokens[k].Sent > 0 {
			from = d.Sentences[d.Tokens[k].Sent-1].Span.Start
			// After a clause of its own sentence (", a claim Tehran
			// dismissed", ", which Kyiv denies") the anaphor restates
			// that clause; when no one is said to have said it, it
			// refers to no attribution.
			if st := d.Sentences[d.Tokens[k].Sent]; hasWord(d.Slice(doc.Span{Start: st.Span.Start, End: out[i].Content.Start})) &&
				out[i].Cue.Span.Start > out[i].Content.Start {
				from = st.Span.Start
			}
		}
		// "denied the accusation": an accusation, if one was made in
		// reach, before any other report.
		if want := anaphorType(d, out[i].Content); want == doc.CueAccusation {
			for j := i - 1; j >= 0 && out[j].Content.End > from; j-- {
				if out[j].Cue.Type == want && out[j].Content.End <= out[i].Content.Start && out[j].ID != out[i].Parent {
					out[i].RefersTo = out[j].ID
					break
				}
			}
			if out[i].RefersTo != "" {
				continue
			}
		}
		// "denied the report": an outlet's report, if one is in reach
		// or a few sentences back, before any other report.
		if j := outletReport(d, out, i, from); j >= 0 {
			out[i].RefersTo = out[j].ID
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if out[j].Content.End <= from {
				break
			}
			if out[j].Content.End <= out[i].Content.Start && out[j].ID != out[i].Parent {
				// The outermost report of what was said: "The paper
				// reported that Serbia had agreed to X. The ministry
				// confirmed that" confirms the report, not the agreeing.
				for p := parentIndex(out, j); p >= 0 && p < i && out[p].Content.End <= out[i].Content.Start && out[p].Content.End > from && out[p].ID != out[i].Parent; p = parentIndex(out, p) {
					j = p
				}
				out[i].RefersTo = out[j].ID
				break
			}
		}
	}
	d.Attributions = out
	st.relay(d, sents)
	breakCycles(d.Attributions)
}

// sourcesTakenUp makes a source unnamed that takes up an unnamed one with
// a definite article and the same noun: "unnamed European officials ...
// The officials said" and "a senior official ... The official said" are
// still not named, and whoever cited them (an outlet that retells them:
// "a source in the SBU ... The source claimed") cites them again. So is
// an outlet taken up by the noun it was named with ("the agency Tasnim
// ... The agency claims").
func sourcesTakenUp(d *doc.Doc, out []doc.Attribution) {
	for i := range out {
		src := out[i].Source
		if src.Entity != "" || src.Span.Empty() {
			continue
		}
		f, l := tokenAt(d, src.Span.Start), tokenAt(d, src.Span.End-1)
		if f < 0 || l != f+1 {
			continue
		}
		switch lower(&d.Tokens[f]) {
		case "the", "these", "those":
		default:
			continue
		}
		head := lemma(&d.Tokens[l])
		// (Also one person taken up again: "a senior official ... The
		// official said".)
		if !unnamedNouns[head] && !unnamedNouns[lower(&d.Tokens[l])] && !outletNouns[head] && head != "agency" && !personNouns[head] {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := out[j].Source
			named := p.Entity != "" && (p.Kind == doc.SourcePerson || p.Kind == doc.SourceGroup)
			// "the Qatari broadcaster Al-Wajba ... According to the
			// channel": a noun for an outlet takes up the latest outlet
			// named, whatever noun named it first.
			anyOutlet := outletNouns[head] && p.Kind == doc.SourceOutlet && p.Entity != ""
			if p.Kind != doc.SourceOutlet && p.Kind != doc.SourceUnnamed && !named || !headIn(d, p.Span, head) && !anyOutlet {
				continue
			}
			out[i].Source.Kind = p.Kind
			// "the Iranian agency Tasnim ... The agency claims": an
			// outlet taken up again is that outlet; "An ONS
			// spokesperson said ... The spokesperson added" the same
			// speaker, of the same body; "A source in the SBU ... The
			// source said" of the same body still.
			out[i].Source.Entity = p.Entity
			if p.Kind == doc.SourceUnnamed && out[i].Parent == "" && out[j].Parent != out[i].ID {
				// Whoever cited unnamed sources cites them again.
				out[i].Parent = out[j].Parent
			}
			break
		}
	}
}

// headlineSources gives a source of the headline or the lead (the first
// two sentences) that no entity names ("..., Qatari broadcaster says",
// "what the regional governor described as") the entity of the first
// report after it, within three sentences, whose source has the same
// head noun and is named ("the Qatari broadcaster Al-Wajba reported",
// "Governor Alexei Fomichev wrote"): a headline or a lead names its
// source by what it is, and the text after says who.
func headlineSources(d *doc.Doc, out []doc.Attribution) {
	for i := range out {
		a := &out[i]
		f, l := tokenAt(d, a.Source.Span.Start), tokenAt(d, a.Source.Span.End-1)
		if a.Source.Entity != "" || f < 0 || l < 0 || d.Tokens[f].Sent > 1 || d.Tokens[l].UPOS != "NOUN" {
			continue
		}
		head := lemma(&d.Tokens[l])
		for j := i + 1; j < len(out); j++ {
			p := out[j].Source
			g := tokenAt(d, p.Span.Start)
			if g < 0 || d.Tokens[g].Sent > d.Tokens[f].Sent+3 {
				break
			}
			if p.Entity != "" && p.Kind == a.Source.Kind && headIn(d, p.Span, head) {
				a.Source.Entity = p.Entity
				break
			}
		}
	}
}

// bodiesTakenUp gives a source "it" the body, outlet or state that the
// nearest report before it, in the same sentence or the two before, has
// as its source: "The observer mission said ..., although it noted";
// "The ministry said ... It added". The entity stage links "it" where the
// parse ties it to the subject of a report ("The ministry said it ...",
// "It said" after that subject); a source "it" in a clause of its own or
// further on is left to this pass, which looks to the sources of the
// reports before it: a report's "it" is most often the body that spoke
// last.
func bodiesTakenUp(d *doc.Doc, out []doc.Attribution) {
	types := make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		types[e.ID] = e.Type
	}
	for i := range out {
		src := out[i].Source
		if src.Entity != "" || strings.ToLower(d.Slice(src.Span)) != "it" {
			continue
		}
		f := tokenAt(d, src.Span.Start)
		if f < 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := out[j].Source
			g := tokenAt(d, p.Span.Start)
			if g < 0 || p.Span.Start >= src.Span.Start {
				continue
			}
			if d.Tokens[f].Sent-d.Tokens[g].Sent > 2 {
				break
			}
			switch types[p.Entity] {
			case doc.EntityOrganization, doc.EntityOutlet, doc.EntityGroup, doc.EntityCountry:
				out[i].Source.Entity, out[i].Source.Kind = p.Entity, p.Kind
			case "":
				continue
			}
			break
		}
	}
}

// headIn reports whether a noun of lemma head lies in span sp ("a source
// in the Security Service (SBU)" holds "source").
func headIn(d *doc.Doc, sp doc.Span, head string) bool {
	for k := tokenAt(d, sp.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].Span.End <= sp.End; k++ {
		// (A title in a name is a proper noun: "Defence Minister John
		// Smith ... The minister".)
		if t := &d.Tokens[k]; (t.UPOS == "NOUN" || t.UPOS == "PROPN") && lemma(t) == head {
			return true
		}
	}
	return false
}

// outletsSources hangs what "the newspaper's source" or "the agency's
// sources" say, with no parent of their own, from the nearest report
// before them by an outlet: the outlet cites them.
func outletsSources(d *doc.Doc, out []doc.Attribution) {
	for i := range out {
		src := out[i].Source
		if out[i].Parent != "" || src.Kind != doc.SourceUnnamed || src.Span.Empty() {
			continue
		}
		f, l := tokenAt(d, src.Span.Start), tokenAt(d, src.Span.End-1)
		if f < 0 || l < f+2 || !anonymousNouns[lemma(&d.Tokens[l])] || d.Tokens[l-1].XPOS != "POS" || !outletNouns[lemma(&d.Tokens[l-2])] {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if out[j].Source.Kind == doc.SourceOutlet {
				out[i].Parent = out[j].ID
				break
			}
		}
	}
}

// toldOutlet hangs what someone told an outlet ("One of them told the
// paper that …"), with no parent of its own, from the latest report
// before it by that outlet: the outlet reports what it was told.
func toldOutlet(d *doc.Doc, out []doc.Attribution) {
	for i := range out {
		a := &out[i]
		if a.Parent != "" || a.Content.Start <= a.Cue.Span.End {
			continue
		}
		hearer := doc.Span{Start: a.Cue.Span.End, End: a.Content.Start}
		var outletID string
		for _, e := range d.Entities {
			// (What was told the document's own outlet is its own
			// reporting: "told Continental Press Agency" in its story.)
			if e.Type != doc.EntityOutlet || a.Source.Entity == e.ID || ownOutlet(d, e.Name) {
				continue
			}
			for _, m := range e.Mentions {
				if hearer.Contains(m.Span) || m.Span.End <= a.Cue.Span.Start && spokeTo(d, m.Span, a.Cue.Span) {
					outletID = e.ID
				}
			}
		}
		if outletID == "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if out[j].Source.Entity == outletID {
				a.Parent = out[j].ID
				break
			}
		}
	}
}

// spokeTo reports whether the outlet named at m, before cue in its
// sentence, is the one a speaker spoke to or was quoted by: "A US
// official, quoted anonymously by El Centinela, said", "Speaking to
// Al-Wajba by telephone, she said", "In an interview with the paper,
// the minister said".
func spokeTo(d *doc.Doc, m, cue doc.Span) bool {
	k := tokenAt(d, m.Start)
	c := tokenAt(d, cue.Start)
	if k < 2 || c < 0 || d.Tokens[k].Sent != d.Tokens[c].Sent {
		return false
	}
	j := k - 1
	if w := lower(&d.Tokens[j]); w == "the" || w == "a" {
		j--
	}
	if j < 1 {
		return false
	}
	var verbs map[string]bool
	switch lower(&d.Tokens[j]) {
	case "by":
		verbs = quotedByVerbs
	case "to", "with":
		verbs = spokeToWords
	default:
		return false
	}
	for i := j - 1; i >= 0 && i >= j-3 && d.Tokens[i].Sent == d.Tokens[k].Sent; i-- {
		if verbs[lower(&d.Tokens[i])] {
			return true
		}
	}
	return false
}

var (
	quotedByVerbs = set("quoted cited consulted interviewed contacted reached")
	spokeToWords  = set("speaking spoke talking talked interview interviews")
)

// breakCycles clears the parent that closes a cycle of parents, which
// separate readings (nesting, the relay of a retold article) can make
// between a headline and its own speaker: chains of hearsay are trees.
func breakCycles(out []doc.Attribution) {
	index := make(map[string]int, len(out))
	for i := range out {
		index[out[i].ID] = i
	}
	for i := range out {
		seen := map[int]bool{i: true}
		for k := i; out[k].Parent != ""; {
			p, ok := index[out[k].Parent]
			if !ok {
				break
			}
			if seen[p] {
				out[k].Parent = ""
				break
			}
			seen[p] = true
			k = p
		}
	}
}

// trimFinalCues ends a content before another attribution's cue that
// closes it: in "X said that Y “...,” he said." the writer names the
// speaker again after the quotation, and "he said" is no part of what X
// said. Only a cue whose own content comes before it and after which the
// content has nothing but punctuation counts.
func trimFinalCues(d *doc.Doc, out []doc.Attribution) {
	for i := range out {
		a := &out[i]
		for j := range out {
			b := &out[j]
			if i == j || !a.Content.Contains(b.Cue.Span) || b.Content.End > b.Cue.Span.Start || b.Content.End <= a.Content.Start {
				continue
			}
			// b is a parenthetical: its source and cue come right after
			// its content, past punctuation only, and end a's content.
			if b.Source.Span.Empty() {
				continue
			}
			frameStart := min(b.Cue.Span.Start, b.Source.Span.Start)
			frameEnd := max(b.Cue.Span.End, b.Source.Span.End)
			if frameStart < b.Content.End || frameEnd > a.Content.End ||
				hasWord(d.Slice(doc.Span{Start: b.Content.End, End: frameStart})) || hasWord(d.Slice(doc.Span{Start: frameEnd, End: a.Content.End})) {
				continue
			}
			a.Content.End = b.Content.End
			var parts []doc.Span
			for _, p := range a.ContentParts {
				if p.Start < a.Content.End {
					p.End = min(p.End, a.Content.End)
					parts = append(parts, p)
				}
			}
			if len(parts) < 2 {
				parts = nil
			}
			a.ContentParts = parts
		}
	}
}

// hasWord reports whether text holds a letter or a digit.
func hasWord(text string) bool {
	return strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// contentParts returns the pieces of content that lie either side of
// frame, the attribution's own cue and source, when frame interrupts it;
// nil when it does not. Between two quotations the whole stretch from
// the end of the first to the start of the second is left out (“...,”
// said Smith, a spokesman. “...”); elsewhere the frame and the
// punctuation around it ("the plan, he said, would fail").
func contentParts(d *doc.Doc, qs []quote, content, frame doc.Span) []doc.Span {
	if frame.Empty() || frame.Start <= content.Start || frame.End >= content.End {
		return nil
	}
	gap := frame
	before, after := -1, -1
	for i, q := range qs {
		if content.Contains(q.span) && q.span.End <= frame.Start {
			before = i
		}
		if content.Contains(q.span) && q.span.Start >= frame.End && after < 0 {
			after = i
		}
	}
	if before >= 0 && after >= 0 && after == before+1 {
		gap = doc.Span{Start: qs[before].span.End, End: qs[after].span.Start}
	} else {
		at := func(i int) rune {
			r, _ := utf8.DecodeRuneInString(d.Slice(doc.Span{Start: i, End: i + 1}))
			return r
		}
		for gap.Start > content.Start && framing(at(gap.Start-1)) {
			gap.Start--
		}
		for gap.End < content.End && framing(at(gap.End)) {
			gap.End++
		}
	}
	if gap.Start <= content.Start || gap.End >= content.End {
		return nil
	}
	return []doc.Span{{Start: content.Start, End: gap.Start}, {Start: gap.End, End: content.End}}
}

// framing reports whether r may stand between a content and the cue that
// interrupts it: spaces and punctuation other than quotation marks.
func framing(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && !isQuoteRune(r)
}

// anaphorType is the kind of report an anaphoric noun of saying names
// ("the accusation" an accusation), or "".
func anaphorType(d *doc.Doc, s doc.Span) string {
	f := strings.Fields(strings.ToLower(d.Slice(s)))
	if len(f) == 0 {
		return ""
	}
	return nounCues[strings.TrimSuffix(f[len(f)-1], "s")]
}

// reportBack is how many sentences back a bare "the report" may point
// to an outlet's report.
const reportBack = 5

// outletReport returns the index of the attribution a content that is a
// bare "the report" or "the article" (out[i]) refers to when that is an
// outlet's: the nearest outlet report in reach (from on), or else within
// reportBack sentences; -1 when there is none. Only outermost reports
// count: what an outlet cites is part of its report.
func outletReport(d *doc.Doc, out []doc.Attribution, i, from int) int {
	f := strings.Fields(strings.ToLower(d.Slice(out[i].Content)))
	if len(f) != 2 || f[0] != "the" {
		return -1
	}
	switch strings.Trim(f[1], ".,;:") {
	case "report", "reports", "article", "story":
	default:
		return -1
	}
	k := tokenAt(d, out[i].Content.Start)
	if k < 0 {
		return -1
	}
	limit := d.Sentences[max(0, d.Tokens[k].Sent-reportBack)].Span.Start
	for j := i - 1; j >= 0 && out[j].Content.End > min(from, limit); j-- {
		if out[j].Source.Kind == doc.SourceOutlet && out[j].Parent == "" && out[j].Content.End <= out[i].Content.Start {
			return j
		}
	}
	return -1
}

// parentIndex is the index in out of out[i]'s parent, or -1.
func parentIndex(out []doc.Attribution, i int) int {
	if out[i].Parent == "" {
		return -1
	}
	for k := range out {
		if out[k].ID == out[i].Parent {
			return k
		}
	}
	return -1
}

// namedReport reads the content of attribution i as a noun of saying of
// a named source ("the FT report", "Kyiv's claims", "the Post's
// account") and returns the latest attribution before it whose source is
// that entity, or -1.
func namedReport(d *doc.Doc, out []doc.Attribution, i int) int {
	f := strings.Fields(strings.ToLower(d.Slice(out[i].Content)))
	if len(f) < 2 || len(f) > 8 {
		return -1
	}
	// The noun of saying ends the phrase ("the FT report"), or an "of"
	// phrase follows it ("the RSF's claim of 89 deaths").
	at := len(f) - 1
	for k := 1; k < len(f)-1 && k <= 4; k++ {
		if f[k+1] == "of" {
			if _, ok := nounCues[f[k]]; ok {
				at = k
				break
			}
		}
	}
	if at == len(f)-1 && len(f) > 5 {
		return -1
	}
	last := strings.Trim(f[at], ".,;:")
	if _, ok := nounCues[last]; !ok && !pluralSayingNoun(last) {
		return -1
	}
	// The source is named before the noun.
	head := out[i].Content
	if a, b := d.TokensIn(head); a < b {
		for k := a + 1; k < b; k++ {
			if strings.ToLower(d.Tokens[k].Text) == last {
				head.End = d.Tokens[k].Span.Start
				break
			}
		}
	}
	e, _ := entityAt(d, head, head)
	if e == nil {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if out[j].Source.Entity == e.ID && out[j].Content.End <= out[i].Content.Start {
			for out[j].Parent != "" {
				p := parentIndex(out, j)
				if p < 0 || out[p].Source.Entity != e.ID {
					break
				}
				j = p
			}
			return j
		}
	}
	return -1
}

func isAnaphor(d *doc.Doc, s doc.Span) bool {
	// "rejected the claim as a fabrication": what is taken up comes
	// before what it is called. (Searched rune by rune in the text as
	// it is: lower-casing may change the number of code points.)
	r := []rune(d.Slice(s))
	for n := 1; n+4 <= len(r); n++ {
		if r[n] == ' ' && r[n+3] == ' ' && unicode.ToLower(r[n+1]) == 'a' && unicode.ToLower(r[n+2]) == 's' {
			if isAnaphor(d, doc.Span{Start: s.Start, End: s.Start + n}) {
				return true
			}
			break
		}
	}
	f := strings.Fields(strings.ToLower(d.Slice(s)))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	if len(f) == 2 && (f[0] == "neither" || f[0] == "either" || f[0] == "both") {
		// "Neither claim could be verified": the two before.
		_, cue := nounCues[strings.TrimSuffix(f[1], "s")]
		return cue
	}
	if len(f) == 2 && (f[0] == "a" || f[0] == "an" || f[0] == "the") {
		// "a charge Abu Dhabi rejects", "the claim": a noun of saying
		// alone stands for what was said before; so does a figure
		// ("The figure could not be confirmed").
		// So does a ruling or a name given (", a term Yerevan rejects").
		_, cue := nounCues[f[1]]
		return cue || figureNouns[f[1]] && f[0] == "the" || rulingNouns[f[1]] && f[0] == "a"
	}
	if len(f) == 1 && pluralSayingNoun(f[0]) {
		// ", allegations it denies".
		return true
	}
	// "whether it included missiles": "it" with a verb after it opens a
	// clause ("calling it a fabrication" takes up what was said).
	if k := tokenAt(d, s.Start); f[0] == "it" && len(f) > 1 && k >= 0 && k+1 < len(d.Tokens) {
		if n := &d.Tokens[k+1]; n.UPOS == "VERB" || n.UPOS == "AUX" {
			return false
		}
	}
	return anaphors[f[0]]
}

// cueDate is the date of the act of saying, from a temporal expression
// next to the cue ("said on September 8", "said Thursday").
func cueDate(d *doc.Doc, s *sentence, c *cand) string {
	type region struct {
		span     doc.Span
		adjacent bool // right after the cue
	}
	var regions []region
	i := c.cue[0]
	for _, k := range s.children(i) {
		// "Speaking to local radio on Wednesday, he insisted": when the
		// speaker spoke is when the words were said.
		if t := s.tok(k); t.Dep == "advcl" && (t.XPOS == "VBG" || t.XPOS == "VBN") && occasionVerbs[lemma(t)] {
			for _, o := range s.children(k) {
				if dep := s.tok(o).Dep; dep == "obl" || dep == "obl:unmarked" {
					a, b := minmax(s.subtree(o, nil))
					regions = append(regions, region{s.span(a, b), false})
				}
			}
			continue
		}
		switch s.tok(k).Dep {
		// ("obl:unmarked" is a bare noun phrase of time: "Earlier this
		// month, X warned".)
		case "obl", "obl:unmarked", "advmod":
			a, b := minmax(s.subtree(k, nil))
			// A phrase the parse hung on the cue from inside a clause it
			// reports, after that clause's verb, is the clause's ("said
			// she would rule on Friday"); after an object it is the
			// cue's ("chided Obama on Aug. 17").
			if !c.around && a >= c.contentTok[0] && b <= c.contentTok[1] && hasFinite(s, c.contentTok[0], a) {
				continue
			}
			regions = append(regions, region{s.span(a, b), a == c.cue[1]})
		}
	}
	// An aside between the source and the cue ("The governor, in a post
	// on Telegram early on Wednesday, said").
	if c.src[0] < c.src[1] && c.src[1] < c.cue[0] && s.tok(c.src[1]).Text == "," {
		regions = append(regions, region{doc.Span{Start: s.tok(c.src[1]).Span.End, End: s.tok(c.cue[0]).Span.Start}, true})
	}
	// A phrase before the source naming the occasion of saying ("In a
	// statement released late on Wednesday, the ministry said").
	if k := c.src[0] - 1; c.src[0] < c.src[1] && k > s.first && s.tok(k).Text == "," && occasionBefore(s, s.first, k) {
		regions = append(regions, region{s.span(s.first, k), true})
	}
	// Between the cue and a content that follows it ("said on May 3 that").
	if c.contentTok[0] > c.cue[1] && c.contentTok[0] < s.end {
		regions = append(regions, region{doc.Span{Start: s.tok(c.cue[1] - 1).Span.End, End: s.tok(c.contentTok[0]).Span.Start}, true})
	}
	// A verb in the past tense dates a past act: "said in December" in a
	// November article is last December. (Only right after the verb:
	// further on, the parse hangs on it as often the date of something
	// reported, which may lie ahead: "proposed they debate on April 15".)
	past := pastTense(s, i)
	for _, r := range regions {
		if r.span.Empty() {
			continue
		}
		find := timex.Find
		if past && r.adjacent {
			find = timex.FindPast
		}
		for _, e := range find(d, r.span) {
			if e.Value != "" && !inReported(d, s, c, e.Span) {
				return e.Value
			}
		}
	}
	return ""
}

// inReported reports whether a time at span sp lies in the clause cand
// c reports, after its verb: then it is when the thing said happened
// ("widened on Monday to its highest level since October, the paper
// said"), not when it was said. Before the reported verb it may still be
// the cue's, which an object frame puts inside the content ("accused each
// other on Thursday of starting"), and a content that holds the cue is a
// quotation the cue splits, whose words around the cue are the frame's.
func inReported(d *doc.Doc, s *sentence, c *cand, sp doc.Span) bool {
	if c.around || !c.content.Contains(sp) || c.content.Contains(s.span(c.cue[0], c.cue[1])) {
		return false
	}
	a, b := max(tokenAt(d, c.content.Start), s.first), tokenAt(d, sp.Start)
	return a >= 0 && b > a && b <= s.end && hasFinite(s, a, b)
}

// occasionVerbs are the participles that tell the occasion on which a
// speaker spoke ("speaking at a rally", "asked about it", "reached by
// telephone", "interviewed on Tuesday").
var occasionVerbs = set(`speak talk ask reach address interview write testify brief appear question contact respond`)

// pastTense reports whether verb i is in a past tense: a simple past, or
// a participle after "has", "had" or "was" ("has said", "was told"; not
// "will be announced").
func pastTense(s *sentence, i int) bool {
	switch s.tok(i).XPOS {
	case "VBD":
		return true
	case "VBN":
		for j := i - 1; j >= s.first; j-- {
			t := s.tok(j)
			if t.UPOS == "ADV" || t.UPOS == "PART" {
				continue
			}
			switch lower(t) {
			case "has", "have", "had", "was", "were", "'s", "'ve", "'d":
				return true
			}
			return false
		}
	}
	return false
}

// merge combines the tag reading t and the tree reading p of one cue:
// the tag reading wins, and the tree supplies a source it could not find.
func merge(t, p *cand, s *sentence) *cand {
	if t == nil {
		return p
	}
	if p != nil && t.src[0] == t.src[1] && p.src[0] < p.src[1] && !s.span(p.src[0], p.src[1]).Overlaps(t.content) {
		t.src = p.src
	}
	if p != nil && p.src[0] < p.src[1] && p.src[1] <= t.src[0] && t.src[0] < t.src[1] && inPhrase(s, p.src, t.src[1]) {
		// "A Mexican official who was not authorized to speak on this
		// issue said": the noun nearest the cue belongs to the
		// subject's relative clause; the subject is the speaker, the
		// clause telling who the speaker is.
		t.src = trimSourceStart(s, [2]int{p.src[0], t.src[1]})
	}
	return t
}

// inPhrase reports whether every token from the start of noun phrase r
// to end lies in the subtree of r's head.
func inPhrase(s *sentence, r [2]int, end int) bool {
	if !s.parsed {
		return false
	}
	in := map[int]bool{}
	for _, k := range s.subtree(npHead(s, r), nil) {
		in[k] = true
	}
	for k := r[0]; k < end; k++ {
		if !in[k] {
			return false
		}
	}
	return true
}

// antecedent is the noun phrase a relative pronoun source stands for
// ("ANHA, which said", "the minister, who said"); the source keeps its
// own words, but its kind and entity are the antecedent's. Other sources
// are returned as they are.
func antecedent(s *sentence, r [2]int) [2]int {
	if r[1]-r[0] != 1 || !relativeWord(s.tok(r[0])) {
		return r
	}
	j := r[0] - 1
	if j >= s.first && s.tok(j).Text == "," {
		j--
	}
	// "Sen. Chris Murphy (D-Conn.), who": the bracket tells more of the
	// name before it.
	if j > s.first && s.tok(j).Text == ")" {
		k := j - 1
		for k > s.first && s.tok(k).Text != "(" && j-k <= 8 {
			k--
		}
		if s.tok(k).Text == "(" {
			j = k - 1
		}
	}
	np := chainBack(s, j)
	if np[0] >= np[1] {
		return r
	}
	// "Bernie Sanders, the independent Vermont senator who": the name
	// the description is set off after is whom it describes.
	if a := np[0] - 1; a-1 >= s.first && s.tok(a).Text == "," && s.tok(np[0]).UPOS == "DET" && s.tok(a-1).UPOS == "PROPN" {
		k := a - 1
		for k-1 >= s.first && s.tok(k-1).UPOS == "PROPN" {
			k--
		}
		np[0] = k
	}
	return np
}

// dropEchoes drops a report with no source whose content another report
// with a source holds exactly ("Hungary is expected to block it,
// diplomats say"): the raising frame is how the source put it, not a
// second report.
func dropEchoes(cands []*cand) []*cand {
	// The contents that reports with a source hold, collected first:
	// the deletion below moves the slice under its own feet.
	sourced := map[doc.Span]bool{}
	for _, o := range cands {
		if o.src[0] < o.src[1] {
			sourced[o.content] = true
		}
	}
	return slices.DeleteFunc(cands, func(c *cand) bool {
		// (Not a writer's "has not been confirmed" of another's claim,
		// which is a report of its own.)
		return c.src[0] == c.src[1] && !c.content.Empty() && c.cueType != doc.CueConfirmation && c.cueType != doc.CueDenial && sourced[c.content]
	})
}

// dropControlled drops the reports whose verb is the complement of
// another report's verb ("refused to discuss X", "decided not to
// recommend charges", "urged them to ask why"): the act named by the
// complement is one that was decided, refused or urged, not one that
// took place, and the outer report already holds it as its content.
func dropControlled(sents []*sentence, cands []*cand) []*cand {
	cueAt := map[[2]int]*cand{}
	for _, c := range cands {
		for t := c.cue[0]; t < c.cue[1]; t++ {
			cueAt[[2]int{c.sent, t}] = c
		}
	}
	out := cands[:0]
	for _, c := range cands {
		if controlled(sents[c.sent], c, cueAt) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// permissionWords govern an act one is allowed to do ("authorized to
// speak"), not one done.
var permissionWords = set(`authorize authorise authorized authorised allow allowed permit permitted
	empower empowered clear cleared entitle entitled`)

// toMarked reports whether verb t is an infinitive with "to".
func toMarked(s *sentence, t int) bool {
	m := s.firstChild(t, "mark")
	return m >= 0 && lower(s.tok(m)) == "to"
}

func controlled(s *sentence, c *cand, cueAt map[[2]int]*cand) bool {
	if k := c.cue[0]; k-2 >= s.first && s.tok(k-1).XPOS == "TO" && permissionWords[lower(s.tok(k-2))] {
		// The same off the tags: "authorised to discuss".
		return true
	}
	if !s.parsed {
		return false
	}
	for t := c.cue[0]; t < c.cue[1]; t++ {
		if !s.in(t) {
			continue
		}
		h := s.head(t)
		// "not authorized to discuss the investigation": what one is
		// (not) allowed to say is not something said.
		// Only the one permitted speaks so: an act another is let do
		// ("allowed him to reassure Russians that ...") is reported.
		if h >= 0 && permissionWords[lemma(s.tok(h))] && (s.tok(h).XPOS == "VBN" || s.tok(h).XPOS == "JJ") &&
			(s.tok(t).Dep == "xcomp" || strings.HasPrefix(s.tok(t).Dep, "advcl") && toMarked(s, t)) {
			return true
		}
		// Also the charge of an accusation ("accused France of
		// planning an intervention").
		if h < 0 || s.tok(t).Dep != "xcomp" && !(strings.HasPrefix(s.tok(t).Dep, "advcl") && isCharge(s, h, t, "mark")) {
			continue
		}
		if o := cueAt[[2]int{c.sent, h}]; o != nil && o != c && o.content.Contains(s.span(c.cue[0], c.cue[1])) {
			return true
		}
	}
	return false
}

// nameStart moves the start of source r back to the start of the name
// it begins inside: the rules that read a noun phrase off the tags stop
// at a small word ("Reporters Without Borders", "Committee to Protect
// Journalists"), the entity stage does not.
func nameStart(d *doc.Doc, s *sentence, r [2]int) int {
	first := s.tok(r[0]).Span
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Kind != doc.MentionName || m.Span.Start >= first.Start || m.Span.End <= first.Start || m.Span.End > s.tok(r[1]-1).Span.End {
				continue
			}
			for k := r[0] - 1; k >= s.first; k-- {
				if s.tok(k).Span.Start == m.Span.Start {
					if k-1 >= s.first && s.tok(k-1).UPOS == "DET" {
						k-- // "The Committee to Protect Journalists"
					}
					return k
				}
			}
		}
	}
	return r[0]
}

// shareDates gives an undated act the date of the act it goes on from:
//
//   - an earlier act of the very same source span, the one it is joined
//     to ("The ministry said on Tuesday that X and denied that Y" dates
//     the denial too; acts of one source are joined only within a
//     sentence, where the span is shared);
//   - otherwise the act right before it when that one's source is the
//     same entity, in the same sentence ("The mission said on Monday
//     that ..., although it noted ...") or in the sentence before when
//     the act adds to it ("He added"): what was added was said then.
//
// It runs once the sources taken up again have their entities.
func shareDates(d *doc.Doc, out []doc.Attribution) {
	for i := 1; i < len(out); i++ {
		a := &out[i]
		if a.Date != "" {
			continue
		}
		for j := i - 1; j >= 0 && !a.Source.Span.Empty(); j-- {
			if b := out[j]; b.Source.Span == a.Source.Span && b.Cue.Span.End <= a.Cue.Span.Start {
				a.Date = b.Date
				break
			}
		}
		if a.Date != "" {
			continue
		}
		b := out[i-1]
		cue := strings.Fields(strings.ToLower(d.Slice(a.Cue.Span)))
		if b.Date == "" || a.Source.Entity == "" || a.Source.Entity != b.Source.Entity || len(cue) == 0 {
			continue
		}
		ta, tb := tokenAt(d, a.Cue.Span.Start), tokenAt(d, b.Cue.Span.Start)
		if ta < 0 || tb < 0 {
			continue
		}
		if gap := d.Tokens[ta].Sent - d.Tokens[tb].Sent; gap == 0 || gap == 1 && continuingCues[cue[0]] {
			a.Date = b.Date
		}
	}
}

// continuingCues open a report that goes on from the one before ("went on
// to say").
var continuingCues = set("added adds adding continued continues went concluded concludes")

// occasionBefore reports whether tokens [a, b) are a phrase of a
// preposition and a noun for an occasion of saying ("In a statement
// released on Wednesday", "In an interview with CNN on Sunday"), or a
// participle of one ("Asked about the clash on Tuesday", "Speaking to
// reporters on Monday"), whatever the parse made of it.
func occasionBefore(s *sentence, a, b int) bool {
	if t := s.tok(a); (t.XPOS == "VBN" || t.XPOS == "VBG" || t.XPOS == "VBD") && occasionVerbs[lemma(t)] {
		return true
	}
	if s.tok(a).UPOS != "ADP" {
		return false
	}
	for k := a + 1; k < b && k <= a+3; k++ {
		if sayingNouns[lemma(s.tok(k))] {
			return true
		}
	}
	return false
}
