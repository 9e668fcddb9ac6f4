package attribution

import (
	"sort"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/geo"
	"github.com/hearsaynews/hearsay/internal/outlet"
)

// retellNouns are the heads of noun phrases by which a retelling text
// refers back to the publication it retells ("the author", "the article").
var retellNouns = set(`author writer columnist article piece publication newspaper paper report
	story column outlet magazine website`)

// tokenAt returns the index of the token starting at or covering offset.
func tokenAt(d *doc.Doc, off int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.End > off })
	if i < len(d.Tokens) && d.Tokens[i].Span.Start <= off {
		return i
	}
	return -1
}

// sourceHead returns the sentence and head token of an attribution's
// source, or nil.
func sourceHead(d *doc.Doc, sents []*sentence, a *doc.Attribution) (*sentence, int, [2]int) {
	if a.Source.Span.Empty() {
		return nil, -1, [2]int{}
	}
	f := tokenAt(d, a.Source.Span.Start)
	l := tokenAt(d, a.Source.Span.End-1)
	if f < 0 || l < 0 {
		return nil, -1, [2]int{}
	}
	s := sents[d.Tokens[f].Sent]
	if !s.in(f) || !s.in(l) {
		return nil, -1, [2]int{}
	}
	r := [2]int{f, l + 1}
	return s, npHead(s, r), r
}

// relay detects a document that retells another publication: an early
// attribution whose source is an article (or similar) of a named outlet,
// followed later by sources such as "the author" or "the article". It
// sets d.Relays, binds those later sources to the outlet, and makes the
// opening attribution the parent of what the retold text says.
func (st *Stage) relay(d *doc.Doc, sents []*sentence) {
	atts := d.Attributions
	for i := range atts {
		a := &atts[i]
		s, h, r := sourceHead(d, sents, a)
		// An article of a named outlet, or the outlet itself ("The
		// newspaper Izvestia wrote that ..."), with later references
		// to it as "the author", "the article" or "the paper".
		if s == nil || s.idx >= st.relayWindow || a.Source.Kind != doc.SourceDocument && a.Source.Kind != doc.SourceOutlet {
			continue
		}
		name, ent := outletIn(d, s, h, r)
		// The document's own outlet reports; it retells no one.
		if name == "" || ownOutlet(d, name) {
			continue
		}
		// The text must go on retelling it.
		var bound []int
		for j := i + 1; j < len(atts); j++ {
			s2, h2, r2 := sourceHead(d, sents, &atts[j])
			if s2 == nil {
				continue
			}
			// "The author believes X. He also notes Y.": a pronoun right
			// after such a source is that source again.
			if k := len(bound) - 1; k >= 0 && bound[k] == j-1 && r2[1]-r2[0] == 1 && retellPronouns[lower(s2.tok(h2))] {
				if sp, _, _ := sourceHead(d, sents, &atts[j-1]); sp != nil && s2.idx-sp.idx <= 1 {
					bound = append(bound, j)
					atts[j].Source.Kind = atts[j-1].Source.Kind
					continue
				}
			}
			// The outlet named again ("Al-Janoub al-Yawm concluded
			// that ...") is the retold publication as much as "the
			// paper" is.
			if atts[j].Source.Kind == doc.SourceOutlet && (ent != "" && atts[j].Source.Entity == ent || outlet.Key(d.Slice(atts[j].Source.Span)) == outlet.Key(name)) {
				bound = append(bound, j)
				continue
			}
			if !retellNouns[lemma(s2.tok(h2))] || !definiteNP(s2, r2) {
				continue
			}
			// (Another outlet is not the one retold; "the newspaper"
			// found to refer back to it is.)
			if n2, e2 := outletIn(d, s2, h2, r2); n2 != "" && n2 != name && (e2 == "" || e2 != ent) {
				continue
			}
			bound = append(bound, j)
		}
		if len(bound) == 0 {
			continue
		}
		d.Relays = &doc.Relay{Outlet: name, Entity: ent, Evidence: a.Source.Span}
		for _, j := range bound {
			b := &atts[j]
			if ent != "" {
				b.Source.Entity = ent
			}
			// "the paper" taken up after a named outlet is the outlet,
			// as "the newspaper" is; "the article" stays its document.
			if s2, h2, _ := sourceHead(d, sents, b); s2 != nil && b.Source.Kind == doc.SourceDocument && a.Source.Kind == doc.SourceOutlet && lemma(s2.tok(h2)) == "paper" {
				b.Source.Kind = doc.SourceOutlet
			}
			if b.Parent == "" {
				b.Parent = a.ID
			}
		}
		// "A lawyer told the paper that ...": what was told the retold
		// outlet is in its article.
		for j := i + 1; j < len(atts); j++ {
			if atts[j].Parent == "" && atts[j].RefersTo == "" && toldRetold(d, &atts[j], name) {
				atts[j].Parent = a.ID
			}
		}
		// The rest of the paragraph that opens the retelling is the retold
		// text too.
		for j := i + 1; j < len(atts); j++ {
			sj, _, _ := sourceHead(d, sents, &atts[j])
			if sj == nil {
				if t := tokenAt(d, atts[j].Cue.Span.Start); t >= 0 {
					sj = sents[d.Tokens[t].Sent]
				}
			}
			if sj == nil || sj.paragraphID != s.paragraphID {
				break
			}
			if atts[j].Parent == "" && atts[j].RefersTo == "" {
				atts[j].Parent = a.ID
			}
		}
		return
	}
}

// retellPronouns may stand for the author or the article retold.
var retellPronouns = set(`he she it`)

func definiteNP(s *sentence, r [2]int) bool {
	switch lower(s.tok(r[0])) {
	case "the", "this", "that", "its":
		return true
	}
	return false
}

// outletIn finds the publication named inside a document source ("an
// article published by X", "X's report", "a report in the X"): an outlet or
// organisation entity, else a run of proper nouns.
func outletIn(d *doc.Doc, s *sentence, h int, r [2]int) (string, string) {
	span := s.span(r[0], r[1])
	if e, m := entityAt(d, span, doc.Span{}, doc.EntityOutlet, doc.EntityOrganization); e != nil &&
		(e.Type == doc.EntityOutlet || e.Type == doc.EntityOrganization) {
		// ("The portal", referring back to it, is no name.)
		for _, n := range e.Mentions {
			if n.Span == m && n.Kind != doc.MentionName {
				return e.Name, e.ID
			}
		}
		return d.Slice(m), e.ID
	}
	for i := r[0]; i < r[1]; i++ {
		if s.tok(i).UPOS != "PROPN" {
			continue
		}
		j := i
		for j < r[1] && s.tok(j).UPOS == "PROPN" {
			j++
		}
		// "the Finnish paper": a state's adjective names no outlet; nor
		// does a place ("a Paris weekly", "a Tromsø-based newspaper").
		if _, dem := geo.ByDemonym(d.Slice(s.span(i, j))); dem {
			continue
		}
		if e, _ := entityAt(d, s.span(i, j), doc.Span{}); e != nil && (e.Type == doc.EntityPlace || e.Type == doc.EntityCountry) ||
			j < r[1] && s.inWordHyphen(j) {
			i = j - 1
			continue
		}
		return d.Slice(s.span(i, j)), ""
	}
	return "", ""
}

// ownOutlet reports whether name is the outlet the document's metadata
// says it comes from ("The Meridian Ledger" for "Meridian Ledger").
func ownOutlet(d *doc.Doc, name string) bool {
	return d.Outlet != "" && outlet.Key(d.Outlet) == outlet.Key(name)
}

// toldRetold reports whether the hearer of a's cue, between the cue and
// the content, is the retold outlet: by its name, or as "the newspaper",
// "the paper", "the daily".
func toldRetold(d *doc.Doc, a *doc.Attribution, name string) bool {
	if a.Content.Start <= a.Cue.Span.End {
		return false
	}
	h := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(d.Slice(doc.Span{Start: a.Cue.Span.End, End: a.Content.Start})), "that"))
	if h == "" {
		return false
	}
	if outlet.Key(h) == outlet.Key(name) {
		return true
	}
	f := strings.Fields(strings.ToLower(h))
	return len(f) == 2 && f[0] == "the" && (retellNouns[f[1]] && !authorNouns[f[1]] || outletNouns[f[1]])
}
