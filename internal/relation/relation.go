// Package relation is the pipeline stage that links claims of one
// doc.Doc: "contradicts" between claims that say different things about
// the same act or thing, "corroborates" between claims that say the same
// from different sources, "contradicts" between sources that give one
// count or amount different values (figures.go), and
// "corroborates"/"contradicts" from a
// confirming or denying attribution to the claim it points back to ("This
// was confirmed by ...").
//
// In: Doc.Claims (certainty), Doc.Attributions (attribution), Doc.Events
// (event), Doc.Entities (entity); any of them may be empty. Out:
// Doc.Relations, each {Type, From, To, Evidence}: From and To are claim
// IDs, except that a confirming or denying attribution is the From of its
// own relation, with Evidence the span from the anaphor to the cue.
//
// The comparison is exported for the cross-article linker: Frames(d)
// turns a Doc's claims into Frame values (event type, roles as entity IDs
// and cross-document keys, quantity, time, the means a claim talks about
// and who it ties them to, what an act was done to when that is no entity,
// polarity) and Compare(a, b) says whether two
// frames contradict, corroborate or are unrelated, and why.
package relation

import (
	"context"
	"errors"
	"regexp"
	"sort"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Options configures the stage; the zero value is the default.
type Options struct {
	// MaxClaims is the most claims compared pairwise in one document
	// (the work grows with its square); claims past it are not compared
	// and a diagnostic says so. Zero means 2000.
	MaxClaims int
}

// Stage fills Doc.Relations. It keeps no mutable state.
type Stage struct {
	max int
}

// New returns the stage.
func New(o Options) (*Stage, error) {
	if o.MaxClaims < 0 {
		return nil, errors.New("relation: MaxClaims is negative")
	}
	if o.MaxClaims == 0 {
		o.MaxClaims = 2000
	}
	return &Stage{max: o.MaxClaims}, nil
}

// correctiveRe finds wording that sets a claim against another account.
var correctiveRe = regexp.MustCompile(`\b(rather than|instead of|instead)\b`)

// forms is read-only after package initialisation.
var forms = meansForms(meansList)

// Run replaces d.Relations.
func (s *Stage) Run(ctx context.Context, d *doc.Doc) error {
	if d == nil {
		return errors.New("relation: nil document")
	}
	var rels []doc.Relation
	seen := map[[3]string]bool{}
	add := func(r doc.Relation) {
		k := [3]string{r.Type, r.From, r.To}
		if !seen[k] {
			seen[k] = true
			rels = append(rels, r)
		}
	}
	// Confirmations and denials that point back to another attribution,
	// or that restate the writer's own clause before them.
	for _, a := range d.Attributions {
		if a.Cue.Type != doc.CueConfirmation && a.Cue.Type != doc.CueDenial {
			continue
		}
		to := ""
		if a.RefersTo != "" {
			to = claimOfAttribution(d, a.RefersTo)
		} else {
			to = restatedClaim(d, a)
		}
		if to == "" {
			continue
		}
		// "did not confirm", "neither confirmed nor denied": the source
		// takes no side.
		if own := claimByID(d, claimOfAttribution(d, a.ID)); own != nil && own.Certainty == doc.Doubtful {
			continue
		}
		ev := a.Content.Union(a.Cue.Span)
		typ := doc.Corroborates
		if a.Cue.Type == doc.CueDenial {
			typ = doc.Contradicts
		}
		add(doc.Relation{Type: typ, From: a.ID, To: to, Evidence: &ev})
	}

	frames := Frames(d)
	claims := map[string]bool{}
	for _, f := range frames {
		claims[f.Claim] = true
	}
	if len(claims) > s.max {
		d.Diag("relation", doc.Span{}, "%d claims with frames, more than MaxClaims=%d; only the first %d compared", len(claims), s.max, s.max)
		keep := map[string]bool{}
		for _, c := range d.Claims {
			if claims[c.ID] && len(keep) < s.max {
				keep[c.ID] = true
			}
		}
		var fs []Frame
		for _, f := range frames {
			if keep[f.Claim] {
				fs = append(fs, f)
			}
		}
		frames = fs
	}
	// Per pair of claims, a contradiction outweighs a corroboration.
	type pair struct{ a, b string }
	verdict := map[pair]string{}
	var order []pair
	for i := range frames {
		if err := ctx.Err(); err != nil {
			return err
		}
		for j := i + 1; j < len(frames); j++ {
			a, b := frames[i], frames[j]
			if a.Claim == b.Claim || a.Span.Contains(b.Span) || b.Span.Contains(a.Span) {
				continue
			}
			if b.Span.Start < a.Span.Start {
				a, b = b, a
			}
			c := Compare(a, b)
			if c.Verdict == doc.Corroborates && a.Source == b.Source {
				continue // one source saying a thing twice is no corroboration
			}
			if c.Verdict != doc.Contradicts && c.Verdict != doc.Corroborates {
				continue
			}
			p := pair{a.Claim, b.Claim}
			if _, ok := verdict[p]; !ok {
				order = append(order, p)
			}
			if verdict[p] != doc.Contradicts {
				verdict[p] = c.Verdict
			}
		}
	}
	for _, p := range order {
		add(doc.Relation{Type: verdict[p], From: p.a, To: p.b})
	}
	for _, c := range competingFigures(d) {
		if p := (pair{c.from, c.to}); verdict[p] != doc.Contradicts {
			add(doc.Relation{Type: doc.Contradicts, From: c.from, To: c.to, Evidence: c.evidence})
		}
	}
	d.Relations = rels
	return nil
}

// claimByID is the claim of d with that ID, or nil.
func claimByID(d *doc.Doc, id string) *doc.Claim {
	for i := range d.Claims {
		if d.Claims[i].ID == id {
			return &d.Claims[i]
		}
	}
	return nil
}

// restatedClaim is the writer's claim that attribution a answers in
// "The group allegedly received drones, a claim Tehran has dismissed":
// a content of at most three words before the cue, right after a comma
// that ends an unattributed claim.
func restatedClaim(d *doc.Doc, a doc.Attribution) string {
	if a.Content.End > a.Cue.Span.Start || len(strings.Fields(d.Slice(a.Content))) > 3 {
		return ""
	}
	comma := a.Content.Start - 1
	for comma > 0 && strings.TrimSpace(d.Slice(doc.Span{Start: comma, End: comma + 1})) == "" {
		comma--
	}
	if comma < 0 || d.Slice(doc.Span{Start: comma, End: comma + 1}) != "," {
		return ""
	}
	for _, c := range d.Claims {
		if c.Attribution == "" && c.Span.End <= comma && strings.TrimSpace(d.Slice(doc.Span{Start: c.Span.End, End: comma})) == "" {
			return c.ID
		}
	}
	return ""
}

// claimOfAttribution is the claim stated by attribution id: the claim
// that names it, or else the claim whose span is its content.
func claimOfAttribution(d *doc.Doc, id string) string {
	for _, c := range d.Claims {
		if c.Attribution == id {
			return c.ID
		}
	}
	for _, a := range d.Attributions {
		if a.ID != id {
			continue
		}
		for _, c := range d.Claims {
			if c.Span == a.Content {
				return c.ID
			}
		}
	}
	return ""
}

// Frames returns the frames of every claim of d: one per event stated in
// the claim, and one per mention of means (vehicles, weapons, forces) in
// it. Claims without either give none.
func Frames(d *doc.Doc) []Frame {
	if d == nil {
		return nil
	}
	var ments []mentionSpan
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			ments = append(ments, mentionSpan{m.Span, e.ID, e.Type})
		}
	}
	means := findMeans(d, forms, ments)
	targets := targetChains(d)
	var out []Frame
	for _, c := range d.Claims {
		base := Frame{Claim: c.ID, Attribution: c.Attribution, Source: sourceKey(d, c.Attribution),
			Polarity: c.Polarity, Certainty: c.Certainty, Span: c.Span}
		if !c.Span.Empty() && c.Span.End <= d.Len() {
			base.Corrective = correctiveRe.MatchString(strings.ToLower(d.Slice(c.Span)))
		}
		var inClaim []meansMention
		for _, m := range means {
			if c.Span.Contains(m.span) {
				inClaim = append(inClaim, m)
			}
		}
		for _, e := range d.Events {
			if e.Claim != c.ID {
				continue
			}
			f := base
			fillEvent(d, &f, e)
			f.Target = targets[e.ID]
			if m, ok := nearest(inClaim, e.Trigger); ok {
				f.Means, f.Owner, f.OwnerKey, f.Referent = m.lemma, m.owner, EntityKey(d, m.owner), m.referent
			}
			out = append(out, f)
		}
		for _, m := range inClaim {
			f := base
			f.Means, f.Owner, f.OwnerKey, f.Referent = m.lemma, m.owner, EntityKey(d, m.owner), m.referent
			out = append(out, f)
		}
	}
	return out
}

// FrameOf is the frame of one event, with the claim it is stated in.
func FrameOf(d *doc.Doc, e doc.Event) Frame {
	f := Frame{Claim: e.Claim, Certainty: e.Certainty}
	if c := claimByID(d, e.Claim); c != nil {
		f.Attribution, f.Source, f.Polarity, f.Span = c.Attribution, sourceKey(d, c.Attribution), c.Polarity, c.Span
	}
	fillEvent(d, &f, e)
	return f
}

func fillEvent(d *doc.Doc, f *Frame, e doc.Event) {
	f.Event, f.Type, f.Mode = e.ID, e.Type, e.Mode
	f.Actor, f.Recipient, f.Location = e.Actor, e.Recipient, e.Location
	f.ActorKey, f.RecipientKey, f.LocationKey = EntityKey(d, e.Actor), EntityKey(d, e.Recipient), EntityKey(d, e.Location)
	if e.Time != nil {
		f.Time = e.Time.Value
	}
	if e.Quantity != nil {
		q := e.Quantity.Value
		f.Quantity, f.Unit = &q, e.Quantity.Unit
	}
}

// nearest is the means mention closest to the trigger, within 80 code
// points.
func nearest(ms []meansMention, trig doc.Span) (meansMention, bool) {
	best, bd := meansMention{}, 81
	for _, m := range ms {
		dist := 0
		switch {
		case m.span.End <= trig.Start:
			dist = trig.Start - m.span.End
		case m.span.Start >= trig.End:
			dist = m.span.Start - trig.End
		}
		if dist < bd {
			best, bd = m, dist
		}
	}
	return best, bd <= 80
}

// sourceKey names who an attribution quotes: the source entity's key,
// else the source text in lower case; "" for the author's own claims.
func sourceKey(d *doc.Doc, attID string) string {
	if attID == "" {
		return ""
	}
	for _, a := range d.Attributions {
		if a.ID != attID {
			continue
		}
		if k := EntityKey(d, a.Source.Entity); k != "" {
			return k
		}
		if !a.Source.Span.Empty() && a.Source.Span.End <= d.Len() {
			return "t:" + strings.ToLower(d.Slice(a.Source.Span))
		}
		return "a:" + attID
	}
	return "a:" + attID
}

// targetChains groups the events of d by what they were done to, when
// that is no entity (doc.Event.Target), and returns each such event's
// chain number (from 1). A pronoun ("destroyed it") continues the
// nearest earlier target of its number in its sentence or the one
// before; a definite noun ("the dam") continues an earlier target of the
// same word. Hand-written because no coreference library for Go is at
// hand; it covers only what the event stage marks as targets.
func targetChains(d *doc.Doc) map[string]int {
	type tgt struct {
		event, word string
		span        doc.Span
		sent        int
		chain       int
	}
	var ts []tgt
	for _, e := range d.Events {
		if e.Target.Empty() || e.Target.End > d.Len() {
			continue
		}
		ts = append(ts, tgt{event: e.ID, word: strings.ToLower(d.Slice(e.Target)), span: e.Target, sent: sentenceOf(d, e.Target.Start)})
	}
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].span.Start < ts[j].span.Start })
	out := map[string]int{}
	next := 0
	for i := range ts {
		t := &ts[i]
		for j := i - 1; j >= 0 && t.chain == 0; j-- {
			p := ts[j]
			if p.span == t.span {
				t.chain = p.chain // two events on one word ("shelled and destroyed it")
				continue
			}
			switch t.word {
			case "it", "them":
				if !targetPronouns[p.word] && p.sent >= t.sent-1 && (t.word == "them") == strings.HasSuffix(p.word, "s") {
					t.chain = p.chain
				}
			default:
				if p.word == t.word && definiteBefore(d, t.span.Start) {
					t.chain = p.chain
				}
			}
		}
		if t.chain == 0 && !targetPronouns[t.word] {
			next++
			t.chain = next
		}
		if t.chain != 0 {
			out[t.event] = t.chain
		}
	}
	return out
}

// targetPronouns stand for an earlier target.
var targetPronouns = map[string]bool{"it": true, "them": true}

// sentenceOf is the index of the sentence of d holding offset at, or -1.
func sentenceOf(d *doc.Doc, at int) int {
	for i, s := range d.Sentences {
		if s.Span.Start <= at && at < s.Span.End {
			return i
		}
	}
	return -1
}

// definiteBefore reports whether "the", "this" or "that" comes right
// before offset at (a noun referring back).
func definiteBefore(d *doc.Doc, at int) bool {
	before := strings.Fields(strings.ToLower(d.Slice(doc.Span{Start: max(0, at-6), End: at})))
	if len(before) == 0 {
		return false
	}
	switch before[len(before)-1] {
	case "the", "this", "that":
		return true
	}
	return false
}
