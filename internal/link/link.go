package link

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Options tunes the linker. The zero value gives the defaults.
type Options struct {
	// DupThreshold is the estimated word-trigram Jaccard similarity above
	// which two claims count as the same text (a reprint). Default 0.5.
	DupThreshold float64
	// CopyThreshold is the similarity above which a later claim that names
	// no source is taken to be copied from an earlier one. Default 0.6.
	CopyThreshold float64
	// Window is how far apart in publication time two claims may be and
	// still be matched as paraphrases or contradictions. Default 14 days.
	Window time.Duration
	// TimeSlack is how far apart two events' dates may be and still be one
	// event. Default 7 days: "on Monday" is resolved against each article's
	// own date and may land a week apart.
	TimeSlack time.Duration
	// PerKey is how many of the most recent claims are read back per
	// blocking key; it bounds the cost of adding a claim. Default 64.
	PerKey int
	// MinTerms is the fewest content words a claim needs to be linked;
	// shorter claims ("This was confirmed") say too little. Default 3.
	MinTerms int
	// MinCarriers is the fewest documents that make a claim with one
	// origin circular. Default 3.
	MinCarriers int
	// Profile is how many of a cluster's first claims a newcomer must agree
	// with (polarity, actors, numbers, dates) to join it. Default 8.
	Profile int
	// MaxMembers bounds the claims read for a trace. Default 5000.
	MaxMembers int
	// Outlets resolves outlet names and web hosts to one key per outlet;
	// nil means Registry. Names the resolver does not know are compared
	// normalised (case, articles, punctuation).
	Outlets Outlets
}

// Outlets maps outlet names and hosts to a canonical outlet key and display
// name. The outlet registry satisfies it through a small adapter.
type Outlets interface {
	// ByName resolves a name or alias ("Fox", "Fox News"); ok is false
	// when the name is unknown.
	ByName(name string) (key, display string, ok bool)
	// ByHost resolves a web host ("www.foxnews.com").
	ByHost(host string) (key, display string, ok bool)
}

func (o Options) withDefaults() Options {
	if o.DupThreshold <= 0 {
		o.DupThreshold = 0.5
	}
	if o.CopyThreshold <= 0 {
		o.CopyThreshold = 0.6
	}
	if o.Window <= 0 {
		o.Window = 14 * 24 * time.Hour
	}
	if o.TimeSlack <= 0 {
		o.TimeSlack = 7 * 24 * time.Hour
	}
	if o.PerKey <= 0 {
		o.PerKey = 64
	}
	if o.MinTerms <= 0 {
		o.MinTerms = 3
	}
	if o.MinCarriers <= 0 {
		o.MinCarriers = 3
	}
	if o.Profile <= 0 {
		o.Profile = 8
	}
	if o.MaxMembers <= 0 {
		o.MaxMembers = 5000
	}
	if o.Outlets == nil {
		o.Outlets = Registry{}
	}
	return o
}

// Linker links the claims of each new document to the claims already in its
// Index. It is not safe for concurrent Add calls: documents are linked one
// at a time, in any order.
type Linker struct {
	idx  Index
	opts Options
}

// New returns a linker over idx.
func New(idx Index, opts Options) *Linker {
	return &Linker{idx: idx, opts: opts.withDefaults()}
}

// Index returns the linker's index.
func (l *Linker) Index() Index { return l.idx }

// With returns a linker with l's options over idx, such as the index of
// one transaction that SQLIndex.Atomic gives.
func (l *Linker) With(idx Index) *Linker { return &Linker{idx: idx, opts: l.opts} }

// Linked is one claim of an added document and where it went.
type Linked struct {
	Ref     Ref
	ID      ClaimID
	Cluster ClusterID
}

// Result reports what Add did with a document.
type Result struct {
	Doc       string
	Claims    []Linked   // claims linked (claims with too few content words are left out)
	Relations []Relation // contradictions found with earlier claims
	Citations []Citation // sources the document names
	Skipped   bool       // the document had been linked before; nothing was done
}

// Linked reports whether the document with this ID has been linked.
func (l *Linker) Linked(ctx context.Context, id string) (bool, error) {
	return l.idx.Linked(ctx, id)
}

// Add links the claims of d, which must have an ID and its claims layer
// (entities, attributions and events are used where present). A document
// already linked is skipped (Result.Skipped).
func (l *Linker) Add(ctx context.Context, d *doc.Doc) (*Result, error) {
	p, err := l.Prepare(d)
	if err != nil {
		return nil, err
	}
	return l.AddPrepared(ctx, p)
}

// Prepared is a document read for linking: the records of its claims, their
// blocking keys, and its citations. Making them needs no index, so a
// caller that links many documents can prepare the next ones on another
// core while one is linked, which is sequential.
type Prepared struct {
	doc       string
	citations []Citation
	recs      []*Record
	keys      [][]uint64
}

// Prepare reads d for AddPrepared; d must have an ID. It does not use the
// index, and may run concurrently with the linker's other methods.
func (l *Linker) Prepare(d *doc.Doc) (*Prepared, error) {
	if d == nil || d.ID == "" {
		return nil, fmt.Errorf("link: document without an ID")
	}
	outletKey, outletName := l.docOutlet(d)
	pub, _ := parseDate(d.Published)
	attrs := make(map[string]*doc.Attribution, len(d.Attributions))
	for i := range d.Attributions {
		attrs[d.Attributions[i].ID] = &d.Attributions[i]
	}
	p := &Prepared{doc: d.ID, citations: l.citations(d, outletKey, pub)}
	relay := l.relayNode(d, outletKey)
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Span.Empty() || c.Span.End > d.Len() {
			continue
		}
		span := linkSpan(d, c)
		f := features(d, c, span, attrs)
		if len(f.Terms) < l.opts.MinTerms {
			continue
		}
		text := d.Slice(span)
		sh := shingles(text)
		rec := &Record{Ref: Ref{d.ID, c.ID}, Outlet: outletKey, OutletName: outletName, Published: pub,
			Sig: minhash(sh), Shingles: len(sh), F: f, Text: text, low: strings.ToLower(text)}
		rec.Chain = l.chain(d, c, attrs, relay, outletKey)
		p.recs = append(p.recs, rec)
		p.keys = append(p.keys, blockKeys(rec.Sig, &rec.F))
	}
	return p, nil
}

// AddPrepared links a document that Prepare has read, as Add does.
func (l *Linker) AddPrepared(ctx context.Context, p *Prepared) (*Result, error) {
	res := &Result{Doc: p.doc}
	// A document is linked once: ingesting it again changes nothing.
	fresh, err := l.idx.AddDoc(ctx, p.doc)
	if err != nil {
		return nil, fmt.Errorf("link %s: %w", p.doc, err)
	}
	if !fresh {
		res.Skipped = true
		return res, nil
	}
	res.Citations = p.citations
	if len(res.Citations) > 0 {
		if err := l.idx.AddCitations(ctx, res.Citations); err != nil {
			return nil, fmt.Errorf("link %s: %w", p.doc, err)
		}
	}
	for i, rec := range p.recs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		linked, rels, err := l.addClaim(ctx, rec, p.keys[i])
		if err != nil {
			return nil, fmt.Errorf("link %s: %w", rec.Ref, err)
		}
		res.Claims = append(res.Claims, linked)
		res.Relations = append(res.Relations, rels...)
	}
	return res, nil
}

func (l *Linker) addClaim(ctx context.Context, rec *Record, keys []uint64) (Linked, []Relation, error) {
	ids, err := l.idx.Candidates(ctx, keys, l.opts.PerKey)
	if err != nil {
		return Linked{}, nil, err
	}
	// Work in claim order whatever order the index returns, so that every
	// index gives the same result.
	slices.Sort(ids)
	cands, err := l.idx.Claims(ctx, ids)
	if err != nil {
		return Linked{}, nil, err
	}
	type match struct {
		rec   *Record
		score float64
	}
	var same, contra []match
	var reasons []string
	for _, o := range cands {
		if o.Ref.Doc == rec.Ref.Doc {
			continue
		}
		jac := similarity(rec.Sig, o.Sig)
		if ok, score := l.same(rec, o, jac); ok {
			same = append(same, match{o, score})
		} else if why := l.contradiction(rec, o, jac); why != "" {
			contra = append(contra, match{o, jac + termJaccard(rec.F.Terms, o.F.Terms)})
			reasons = append(reasons, why)
		}
	}
	id, err := l.idx.AddClaim(ctx, rec, keys)
	if err != nil {
		return Linked{}, nil, err
	}
	own := ClusterID(id)
	// Join the best-matching cluster the claim agrees with, then any other
	// matching cluster that agrees with the result.
	if len(same) > 0 {
		cl, err := l.idx.ClusterOf(ctx, recIDs(same, func(m match) *Record { return m.rec }))
		if err != nil {
			return Linked{}, nil, err
		}
		best := map[ClusterID]float64{}
		for i, m := range same {
			if m.score > best[cl[i]] {
				best[cl[i]] = m.score
			}
		}
		order := make([]ClusterID, 0, len(best))
		for c := range best {
			order = append(order, c)
		}
		slices.SortFunc(order, func(a, b ClusterID) int {
			if best[a] != best[b] {
				if best[a] > best[b] {
					return -1
				}
				return 1
			}
			return int(a - b)
		})
		current := own
		for _, c := range order {
			ok, err := l.clustersAgree(ctx, current, c)
			if err != nil {
				return Linked{}, nil, err
			}
			if !ok {
				continue
			}
			from, into := current, c
			if from < into {
				from, into = into, from
			}
			if err := l.idx.Merge(ctx, from, into); err != nil {
				return Linked{}, nil, err
			}
			current = into
		}
		own = current
	}
	// One contradiction per disagreeing cluster is enough: the cluster's
	// other claims say the same thing.
	var rels []Relation
	if len(contra) > 0 {
		cl, err := l.idx.ClusterOf(ctx, recIDs(contra, func(m match) *Record { return m.rec }))
		if err != nil {
			return Linked{}, nil, err
		}
		seen := map[ClusterID]bool{own: true}
		for i, m := range contra {
			if seen[cl[i]] {
				continue
			}
			seen[cl[i]] = true
			rels = append(rels, Relation{From: id, To: m.rec.ID, Type: doc.Contradicts, Reason: reasons[i]})
		}
		if err := l.idx.AddRelations(ctx, rels); err != nil {
			return Linked{}, nil, err
		}
	}
	return Linked{Ref: rec.Ref, ID: id, Cluster: own}, rels, nil
}

func recIDs[T any](ms []T, get func(T) *Record) []ClaimID {
	out := make([]ClaimID, len(ms))
	for i, m := range ms {
		out[i] = get(m).ID
	}
	return out
}

// clustersAgree checks that the first claims of two clusters do not
// disagree, so that a claim which matches two incompatible clusters (a
// report without numbers matching both "12 killed" and "40 killed") does not
// join them.
func (l *Linker) clustersAgree(ctx context.Context, a, b ClusterID) (bool, error) {
	ma, err := l.idx.Members(ctx, a, l.opts.Profile)
	if err != nil {
		return false, err
	}
	mb, err := l.idx.Members(ctx, b, l.opts.Profile)
	if err != nil {
		return false, err
	}
	ra, err := l.idx.Claims(ctx, ma)
	if err != nil {
		return false, err
	}
	rb, err := l.idx.Claims(ctx, mb)
	if err != nil {
		return false, err
	}
	for _, x := range ra {
		for _, y := range rb {
			if !l.compatible(x, y) {
				return false, nil
			}
		}
	}
	return true, nil
}

// compatible reports whether two claims could state the same thing: same
// polarity, no different actor, number or date.
func (l *Linker) compatible(a, b *Record) bool {
	return a.F.Polarity == b.F.Polarity &&
		!numbersConflict(a.F.Numbers, b.F.Numbers) &&
		!roleConflict(a.F.Actors, b.F.Actors, a, b) &&
		!roleConflict(a.F.Recipients, b.F.Recipients, a, b) &&
		!agentConflict(a, b) &&
		!siteConflict(a, b) &&
		!conflict(a.F.Places, b.F.Places) &&
		!timesConflict(a.F.Times, b.F.Times, l.opts.TimeSlack)
}

// contained reports whether the shorter claim's text nearly all lies in the
// longer one's (at least five word trigrams, 80 per cent).
func (l *Linker) contained(a, b *Record, jac float64) bool {
	return min(a.Shingles, b.Shingles) >= 5 && containment(jac, a.Shingles, b.Shingles) >= 0.8
}

func (l *Linker) inWindow(a, b *Record) bool {
	if a.Published.IsZero() || b.Published.IsZero() {
		return true
	}
	d := a.Published.Sub(b.Published)
	return d <= l.opts.Window && d >= -l.opts.Window
}

// same decides whether two claims state the same thing, and how strongly.
func (l *Linker) same(a, b *Record, jac float64) (bool, float64) {
	if !l.compatible(a, b) {
		return false, 0
	}
	if jac >= l.opts.DupThreshold || l.contained(a, b, jac) {
		return true, 1 + jac
	}
	if !l.inWindow(a, b) {
		return false, 0
	}
	tj := termJaccard(a.F.Terms, b.F.Terms)
	sharedNum := len(a.F.Numbers) > 0 && !numbersConflict(a.F.Numbers, b.F.Numbers) && len(b.F.Numbers) > 0
	// Same event frame: same type of event in the same place, agreeing on
	// who did it or how many, or worded alike.
	if overlap(a.F.Types, b.F.Types) > 0 && overlap(a.F.Places, b.F.Places) > 0 {
		if overlap(a.F.Actors, b.F.Actors) > 0 || sharedNum || tj >= 0.25 {
			return true, 0.5 + tj
		}
	}
	// Without a shared frame: the same names and many of the same words,
	// or the same number and some of the same words.
	shared := sharedNames(a, b)
	if conflict(a.F.Types, b.F.Types) {
		return false, 0
	}
	if foreignName(a, b) && foreignName(b, a) {
		// Each names someone or somewhere the other does not mention.
		return false, 0
	}
	switch {
	case tj >= 0.3 && shared >= 2:
		return true, 0.3 + tj
	case sharedNum && shared >= 1 && tj >= 0.15:
		return true, 0.3 + tj
	case sharedNum && tj >= 0.2 && (len(a.F.Names) == 0 || len(b.F.Names) == 0):
		// One side names nobody (a claim cut short): the number and the
		// words must carry it.
		return true, 0.2 + tj
	}
	return false, 0
}

// roleConflict reports whether two claims name different entities in one
// event role (x from a, y from b), and neither entity appears anywhere in
// the other claim. The second condition keeps a misassigned role ("Djibo"
// taken for the actor of "Djibo came under attack from Burkinabe troops")
// from reading as a disagreement: a real one names someone the other claim
// does not mention at all.
func roleConflict(x, y []string, a, b *Record) bool {
	if !conflict(x, y) {
		return false
	}
	return overlap(x, b.F.Entities) == 0 && overlap(y, a.F.Entities) == 0
}

// agentConflict reports whether each claim names a state, group or
// organisation that the other does not mention at all ("from Japan" and
// "from Kenya", "government forces" and "the Northern Salvation Army"):
// the two disagree about who acted even when no event roles were found.
func agentConflict(a, b *Record) bool {
	return hasForeign(a.F.Agents, b) && hasForeign(b.F.Agents, a)
}

// siteConflict reports whether each claim names a place the other does
// not mention: "in Taiz" and "to Kismayo" are two events.
func siteConflict(a, b *Record) bool {
	return hasForeign(a.F.Sites, b) && hasForeign(b.F.Sites, a)
}

// hasForeign reports whether one of agents (from one claim) is absent from
// claim b: neither its key among b's entities nor any of its forms in b's
// text.
func hasForeign(agents []Agent, b *Record) bool {
	text := b.lower()
	for _, ag := range agents {
		if slices.Contains(b.F.Entities, ag.Key) {
			continue
		}
		found := false
		for _, f := range ag.Forms {
			if f != "" && strings.Contains(text, f) {
				found = true
				break
			}
		}
		if !found {
			return true
		}
	}
	return false
}

// foreignName reports whether a names something (a capitalised name other
// than a known agent) that b's text does not mention. Speakers in a
// trailing attribution are not names of the claim (contentOf drops them).
func foreignName(a, b *Record) bool {
	text := b.lower()
	known := func(list []Agent, name string) bool {
		for _, ag := range list {
			if slices.Contains(ag.Forms, name) {
				return true
			}
		}
		return false
	}
	for _, n := range a.F.Names {
		name := strings.TrimPrefix(n, "n:")
		if strings.Contains(text, name) || known(a.F.Agents, name) {
			continue
		}
		return true
	}
	return false
}

// sharedNames counts the entities two claims share, or the capitalised
// names they share when that is more (the entity layer may be missing).
func sharedNames(a, b *Record) int {
	n := 0
	for _, x := range a.F.Names {
		if x != a.F.Lead && x != b.F.Lead && slices.Contains(b.F.Names, x) {
			n++
		}
	}
	return max(overlap(a.F.Entities, b.F.Entities), n)
}

// contradiction returns why two claims about the same event disagree, or "".
func (l *Linker) contradiction(a, b *Record, jac float64) string {
	// Claims about different places or days are about different events.
	if !l.inWindow(a, b) || timesConflict(a.F.Times, b.F.Times, l.opts.TimeSlack) || conflict(a.F.Places, b.F.Places) || siteConflict(a, b) {
		return ""
	}
	tj := termJaccard(a.F.Terms, b.F.Terms)
	frame := overlap(a.F.Types, b.F.Types) > 0 && overlap(a.F.Places, b.F.Places) > 0
	// The same event: the same text, the same frame, or a shared name and
	// a good part of the same words (more of them when the event types
	// found differ, since those may be about different events).
	shared := sharedNames(a, b)
	sameEvent := jac >= l.opts.DupThreshold || l.contained(a, b, jac) || frame ||
		(shared >= 1 && (tj >= 0.2 || (tj >= 0.15 && !conflict(a.F.Types, b.F.Types))))
	if !sameEvent {
		return ""
	}
	if foreignName(a, b) && foreignName(b, a) && !agentConflict(a, b) {
		// Each names a place or party the other does not: two events.
		return ""
	}
	switch {
	case a.F.Polarity != b.F.Polarity:
		return "polarity"
	case roleConflict(a.F.Actors, b.F.Actors, a, b):
		return "actor"
	case roleConflict(a.F.Recipients, b.F.Recipients, a, b):
		return "recipient"
	case agentConflict(a, b):
		return "actor"
	case numbersConflict(a.F.Numbers, b.F.Numbers):
		return "number"
	}
	return ""
}

// ---- outlets and sources ----

func (l *Linker) outletByName(name string) (key, display string) {
	if l.opts.Outlets != nil {
		if k, disp, ok := l.opts.Outlets.ByName(name); ok {
			return "o:" + k, disp
		}
	}
	return "o:" + normName(name), strings.TrimSpace(name)
}

// docOutlet is the key of the outlet that published d: from its outlet
// metadata, else its URL's host, else the document itself.
func (l *Linker) docOutlet(d *doc.Doc) (string, string) {
	if d.Outlet != "" {
		return l.outletByName(d.Outlet)
	}
	if u, err := url.Parse(d.URL); err == nil && u.Host != "" {
		host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		if l.opts.Outlets != nil {
			if k, disp, ok := l.opts.Outlets.ByHost(host); ok {
				return "o:" + k, disp
			}
		}
		return "h:" + host, host
	}
	return "d:" + d.ID, d.ID
}

// sourceNode turns an attribution's source into a citation-graph node:
// outlets and documents by outlet, people by name. Unnamed sources, groups
// and the author are the reporter's own sourcing, not a citation.
func (l *Linker) sourceNode(d *doc.Doc, s doc.Source) (Node, bool) {
	name := ""
	if e := d.EntityByID(s.Entity); e != nil {
		name = e.Name
	} else if !s.Span.Empty() && s.Span.End <= d.Len() {
		name = d.Slice(widenName(d, s.Span))
	}
	if strings.TrimSpace(name) == "" {
		return Node{}, false
	}
	// A name the outlet registry knows is an outlet, whatever kind of
	// source the analysis took it for.
	if s.Kind != doc.SourceUnnamed && l.opts.Outlets != nil {
		if k, disp, ok := l.opts.Outlets.ByName(name); ok {
			return Node{Kind: "outlet", Key: "o:" + k, Name: disp}, true
		}
	}
	switch s.Kind {
	case doc.SourceOutlet, doc.SourceDocument:
		if s.Entity == "" {
			// "an article published by Svobodnaya Pressa": the outlet is
			// named after the last "by".
			if i := strings.LastIndex(name, " by "); i >= 0 {
				name = name[i+4:]
			}
		}
		k, disp := l.outletByName(name)
		return Node{Kind: "outlet", Key: k, Name: disp}, true
	case doc.SourcePerson, doc.SourceGroup:
		// Only a named person is a person node: "local officials" in one
		// report and in another are not the same people.
		if e := d.EntityByID(s.Entity); e != nil && e.Type == doc.EntityPerson && s.Kind == doc.SourcePerson {
			if i := strings.IndexByte(name, ','); i > 0 {
				name = name[:i]
			}
			return Node{Kind: "person", Key: "p:" + normName(name), Name: strings.TrimSpace(name)}, true
		}
		// A group, or a person the analysis could not name, may be an
		// outlet it did not recognise ("Radio Okapi"): keep the name as a
		// guess that a trace resolves only against outlets of the cluster.
		if unicode.IsUpper([]rune(strings.TrimSpace(name))[0]) {
			return Node{Kind: "name", Key: "o:" + normName(name), Name: strings.TrimSpace(name)}, true
		}
	}
	return Node{}, false
}

// widenName extends a source span leftwards over the capitalised words
// just before it, so that a name the analysis cut short ("Pressa" of
// "Svobodnaya Pressa", "African" of "The East African") is whole again.
func widenName(d *doc.Doc, s doc.Span) doc.Span {
	rs := []rune(d.Text)
	if s.Start >= len(rs) || !unicode.IsUpper(rs[s.Start]) {
		return s
	}
	start := s.Start
	for {
		i := start - 1
		if i < 1 || (rs[i] != ' ' && rs[i] != '-') {
			break
		}
		j := i
		for j > 0 && (unicode.IsLetter(rs[j-1]) || rs[j-1] == '&') {
			j--
		}
		if j == i || !(unicode.IsUpper(rs[j]) || rs[j] == '&') {
			break
		}
		start = j
	}
	return doc.Span{Start: start, End: s.End}
}

func (l *Linker) relayNode(d *doc.Doc, self string) *Node {
	if d.Relays == nil || d.Relays.Outlet == "" {
		return nil
	}
	k, disp := l.outletByName(d.Relays.Outlet)
	if k == self {
		return nil
	}
	return &Node{Kind: "outlet", Key: k, Name: disp}
}

// chain lists the sources a claim passes through, outermost first: "CNN,
// citing El País, reported that X" gives [CNN, El País].
func (l *Linker) chain(d *doc.Doc, c *doc.Claim, attrs map[string]*doc.Attribution, relay *Node, self string) []Node {
	var inner []Node
	seen := map[string]bool{}
	first := attrs[c.Attribution]
	if first == nil {
		first = sentenceAttribution(d, c)
	}
	for a := first; a != nil && !seen[a.ID]; a = attrs[a.Parent] {
		seen[a.ID] = true
		if n, ok := l.sourceNode(d, a.Source); ok {
			inner = append(inner, n)
		}
	}
	if first == nil {
		// No attribution at all: the claim may still open with its source
		// ("Balkan Daily reported that ...", "According to Reuters, ...")
		// where the analysis did not split it off.
		if name := leadSource(d.Slice(linkSpan(d, c))); name != "" {
			if k, disp, ok := l.opts.Outlets.ByName(name); ok {
				inner = append(inner, Node{Kind: "outlet", Key: "o:" + k, Name: disp})
			} else {
				inner = append(inner, Node{Kind: "name", Key: "o:" + normName(name), Name: name})
			}
		}
	}
	slices.Reverse(inner)
	var out []Node
	if relay != nil {
		out = append(out, *relay)
	}
	for _, n := range inner {
		if n.Key == self || (len(out) > 0 && out[len(out)-1].Key == n.Key) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// linkSpan is the stretch of text a claim is linked by: the claim itself,
// or its whole sentence when the claim covers less than half of it. An
// analysis that cuts "Bentiu came under heavy bombardment ..., and 48 people
// died" into "Bentiu came" and the rest would otherwise leave nothing
// whole to compare.
func linkSpan(d *doc.Doc, c *doc.Claim) doc.Span {
	for _, s := range d.Sentences {
		if s.Span.Contains(c.Span) {
			if 2*c.Span.Len() < s.Span.Len() {
				return s.Span
			}
			break
		}
	}
	return c.Span
}

// leadVerbs are the reporting verbs of "X reported that ...".
var leadVerbs = map[string]bool{"reported": true, "said": true, "wrote": true, "reports": true, "says": true, "writes": true, "told": true}

// leadSource returns the capitalised name a claim's text opens with as its
// source: "Balkan Daily reported that ..." or "According to the Black Sea
// Courier, ..."; "" when the text does not open so.
func leadSource(text string) string {
	fs := strings.Fields(text)
	if len(fs) >= 3 && strings.EqualFold(fs[0], "according") && fs[1] == "to" {
		var name []string
		for _, w := range fs[2:] {
			end := strings.HasSuffix(w, ",")
			w = strings.TrimSuffix(w, ",")
			if !(unicode.IsUpper([]rune(w)[0]) || (len(name) == 0 && w == "the")) {
				return ""
			}
			name = append(name, w)
			if end {
				return strings.TrimPrefix(strings.Join(name, " "), "the ")
			}
		}
		return ""
	}
	var name []string
	for i, w := range fs {
		if i > 5 {
			return ""
		}
		if leadVerbs[w] && len(name) > 0 {
			return strings.Join(name, " ")
		}
		if !unicode.IsUpper([]rune(w)[0]) && w != "of" && w != "&" {
			return ""
		}
		name = append(name, w)
	}
	return ""
}

// sentenceAttribution finds, for a claim with no attribution of its own,
// an attribution in the same sentence that names an outlet, document or
// person: "X came under fire, and 27 people died, according to a report by
// Y" scopes Y over the whole sentence even when the analysis gave it only
// the last clause. The first such attribution wins.
func sentenceAttribution(d *doc.Doc, c *doc.Claim) *doc.Attribution {
	var sent doc.Span
	found := false
	for _, s := range d.Sentences {
		if s.Span.Contains(c.Span) {
			sent, found = s.Span, true
			break
		}
	}
	if !found {
		return nil
	}
	for i := range d.Attributions {
		a := &d.Attributions[i]
		if !sent.Contains(a.Cue.Span) || a.Content.Overlaps(c.Span) {
			continue
		}
		switch a.Source.Kind {
		case doc.SourceOutlet, doc.SourceDocument, doc.SourcePerson:
			return a
		}
	}
	return nil
}

func (l *Linker) citations(d *doc.Doc, self string, pub time.Time) []Citation {
	var out []Citation
	seen := map[string]bool{}
	add := func(n Node, via string) {
		if n.Key == self || seen[n.Key+"|"+via] {
			return
		}
		seen[n.Key+"|"+via] = true
		out = append(out, Citation{Doc: d.ID, Outlet: self, Published: pub, Target: n, Via: via})
	}
	if r := l.relayNode(d, self); r != nil {
		add(*r, "relays")
	}
	for _, a := range d.Attributions {
		if n, ok := l.sourceNode(d, a.Source); ok && n.Kind != "name" {
			add(n, a.ID)
		}
	}
	return out
}
