package link

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// TraceNode is one node of a claim's provenance tree: a document of the
// cluster, or an outlet or person that documents cite but that is not in
// the store.
type TraceNode struct {
	Kind       string       `json:"kind"` // "document", "outlet" or "person"
	Key        string       `json:"key"`  // Ref text for documents, node key otherwise
	Ref        *Ref         `json:"ref,omitempty"`
	Outlet     string       `json:"outlet,omitempty"`
	Published  *time.Time   `json:"published,omitempty"`
	Text       string       `json:"text,omitempty"`
	Name       string       `json:"name,omitempty"`
	How        string       `json:"how,omitempty"`        // how this node got the claim from its parent: "cites" or "copies"
	Similarity float64      `json:"similarity,omitempty"` // text similarity to the parent, for "copies"
	Children   []*TraceNode `json:"children,omitempty"`
}

// Contradiction is a claim of another cluster that disagrees with the traced
// one, with its own provenance in brief.
type Contradiction struct {
	Reason      string    `json:"reason"` // polarity, actor, recipient or number
	Claim       Ref       `json:"claim"`
	Text        string    `json:"text"`
	Outlet      string    `json:"outlet"`
	Cluster     ClusterID `json:"cluster"`
	Carriers    int       `json:"carriers"`
	Independent int       `json:"independent"`
	Origin      *Ref      `json:"origin,omitempty"`
}

// Trace is the provenance of one claim.
type Trace struct {
	Claim          Ref             `json:"claim"`
	Text           string          `json:"text"`
	Cluster        ClusterID       `json:"cluster"`
	Carriers       int             `json:"carriers"`    // documents stating the claim
	Independent    int             `json:"independent"` // distinct roots after collapsing citations and copies
	Circular       bool            `json:"circular"`    // MinCarriers or more carriers, one root
	Contested      bool            `json:"contested"`   // some claim elsewhere contradicts it
	Origin         *TraceNode      `json:"origin"`      // earliest document that cites no other carrier
	Roots          []*TraceNode    `json:"roots"`       // the trees of who got it from whom
	Contradictions []Contradiction `json:"contradictions,omitempty"`
}

// Stats is the summary of a claim's provenance that claim lists show.
type Stats struct {
	Cluster     ClusterID `json:"cluster"`
	Carriers    int       `json:"carriers"`
	Independent int       `json:"independent"`
	Circular    bool      `json:"circular"`
	Contested   bool      `json:"contested"`
}

// Trace builds the provenance tree of the claim r.
func (l *Linker) Trace(ctx context.Context, r Ref) (*Trace, error) {
	rec, err := l.idx.ClaimByRef(ctx, r)
	if err != nil {
		return nil, err
	}
	cl, err := l.idx.ClusterOf(ctx, []ClaimID{rec.ID})
	if err != nil {
		return nil, err
	}
	t, members, err := l.cluster(ctx, cl[0])
	if err != nil {
		return nil, err
	}
	t.Claim, t.Text = r, rec.Text
	rels, err := l.idx.Relations(ctx, members)
	if err != nil {
		return nil, err
	}
	seen := map[ClusterID]bool{}
	for _, rel := range rels {
		if rel.Type != "contradicts" {
			continue
		}
		other := rel.To
		if slices.Contains(members, rel.To) {
			other = rel.From
		}
		if slices.Contains(members, other) {
			continue
		}
		ocl, err := l.idx.ClusterOf(ctx, []ClaimID{other})
		if err != nil {
			return nil, err
		}
		if seen[ocl[0]] {
			continue
		}
		seen[ocl[0]] = true
		ot, _, err := l.cluster(ctx, ocl[0])
		if err != nil {
			return nil, err
		}
		orecs, err := l.idx.Claims(ctx, []ClaimID{other})
		if err != nil || len(orecs) == 0 {
			return nil, fmt.Errorf("link: contradicting claim %d: %v", other, err)
		}
		c := Contradiction{Reason: rel.Reason, Claim: orecs[0].Ref, Text: orecs[0].Text, Outlet: orecs[0].OutletName,
			Cluster: ocl[0], Carriers: ot.Carriers, Independent: ot.Independent}
		if ot.Origin != nil {
			c.Origin = ot.Origin.Ref
		}
		t.Contradictions = append(t.Contradictions, c)
	}
	t.Contested = len(t.Contradictions) > 0
	return t, nil
}

// Stats summarises the provenance of each claim; claims that were never
// linked are left out of the map. Each cluster is worked out once.
func (l *Linker) Stats(ctx context.Context, refs []Ref) (map[Ref]Stats, error) {
	out := map[Ref]Stats{}
	byCluster := map[ClusterID]Stats{}
	for _, r := range refs {
		rec, err := l.idx.ClaimByRef(ctx, r)
		if err != nil {
			continue
		}
		cl, err := l.idx.ClusterOf(ctx, []ClaimID{rec.ID})
		if err != nil {
			return nil, err
		}
		s, ok := byCluster[cl[0]]
		if !ok {
			t, members, err := l.cluster(ctx, cl[0])
			if err != nil {
				return nil, err
			}
			rels, err := l.idx.Relations(ctx, members)
			if err != nil {
				return nil, err
			}
			s = Stats{Cluster: cl[0], Carriers: t.Carriers, Independent: t.Independent, Circular: t.Circular}
			for _, rel := range rels {
				if rel.Type == "contradicts" && !(slices.Contains(members, rel.From) && slices.Contains(members, rel.To)) {
					s.Contested = true
				}
			}
			byCluster[cl[0]] = s
		}
		out[r] = s
	}
	return out, nil
}

// StatsByID is Stats for store claim IDs ("DOC:c4", store.ClaimID), the
// form "hearsay claims" lists; IDs that do not parse or were never linked
// are left out.
func (l *Linker) StatsByID(ctx context.Context, ids []string) (map[string]Stats, error) {
	refs := make([]Ref, 0, len(ids))
	for _, id := range ids {
		if r, err := ParseRef(id); err == nil {
			refs = append(refs, r)
		}
	}
	st, err := l.Stats(ctx, refs)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Stats, len(st))
	for r, s := range st {
		out[r.String()] = s
	}
	return out, nil
}

// before orders claims by publication time, then by arrival.
func before(a, b *Record) bool {
	if !a.Published.IsZero() && !b.Published.IsZero() && !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	return a.ID < b.ID
}

// cluster builds the provenance forest of a cluster. Each document's claim
// hangs under the source it names: the earliest earlier document of that
// outlet in the cluster, or else an outlet or person node outside the store
// (which in turn hangs under the next source of the chain). A claim that
// names no source hangs under the earliest earlier claim whose text it
// nearly repeats (a copy), else it is a root. Independent origins are the
// roots.
func (l *Linker) cluster(ctx context.Context, c ClusterID) (*Trace, []ClaimID, error) {
	ids, err := l.idx.Members(ctx, c, l.opts.MaxMembers)
	if err != nil {
		return nil, nil, err
	}
	recs, err := l.idx.Claims(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	// One claim per document: a document that states the claim twice is
	// still one carrier.
	slices.SortFunc(recs, func(a, b *Record) int {
		if before(a, b) {
			return -1
		}
		if before(b, a) {
			return 1
		}
		return 0
	})
	var docs []*Record
	seenDoc := map[string]bool{}
	for _, r := range recs {
		if !seenDoc[r.Ref.Doc] {
			seenDoc[r.Ref.Doc] = true
			docs = append(docs, r)
		}
	}
	nodes := map[string]*TraceNode{}
	parent := map[string]string{}
	docNode := func(r *Record) *TraceNode {
		k := r.Ref.String()
		if n, ok := nodes[k]; ok {
			return n
		}
		ref := r.Ref
		n := &TraceNode{Kind: "document", Key: k, Ref: &ref, Outlet: r.OutletName, Text: r.Text}
		if !r.Published.IsZero() {
			p := r.Published
			n.Published = &p
		}
		nodes[k] = n
		return n
	}
	// earliestOf finds the first carrier from an outlet that came before r.
	earliestOf := func(outlet string, r *Record) *Record {
		for _, o := range docs {
			if o == r || !before(o, r) {
				break
			}
			if o.Outlet == outlet {
				return o
			}
		}
		return nil
	}
	// nameOf finds the first earlier carrier from an outlet whose name holds
	// the cited name as whole words ("News" cut out of "Gulf News" by the
	// analysis), when exactly one outlet of the cluster fits.
	nameOf := func(name string, r *Record) *Record {
		want := " " + normName(name) + " "
		if strings.TrimSpace(want) == "" {
			return nil
		}
		var hit *Record
		for _, o := range docs {
			if o == r || !before(o, r) {
				break
			}
			if !strings.Contains(" "+normName(o.OutletName)+" ", want) {
				continue
			}
			if hit != nil && hit.Outlet != o.Outlet {
				return nil
			}
			if hit == nil {
				hit = o
			}
		}
		return hit
	}
	var resolve func(chain []Node, r *Record) string
	resolve = func(chain []Node, r *Record) string {
		if len(chain) == 0 {
			return ""
		}
		n := chain[0]
		// Whatever kind of source the analysis took it for, a name that is
		// the outlet of an earlier carrier is that carrier ("Balkan Daily"
		// taken for a person).
		if o := earliestOf("o:"+strings.TrimPrefix(strings.TrimPrefix(n.Key, "o:"), "p:"), r); o != nil {
			return o.Ref.String()
		}
		if o := nameOf(n.Name, r); o != nil {
			return o.Ref.String()
		}
		if n.Kind == "name" {
			// A guessed name counts only as an earlier carrier's outlet;
			// otherwise it is passed over.
			return resolve(chain[1:], r)
		}
		if _, ok := nodes[n.Key]; !ok {
			nodes[n.Key] = &TraceNode{Kind: n.Kind, Key: n.Key, Name: n.Name}
			if p := resolve(chain[1:], r); p != "" {
				parent[n.Key] = p
				nodes[n.Key].How = "cites"
			}
		}
		return n.Key
	}
	for _, r := range docs {
		n := docNode(r)
		if p := resolve(r.Chain, r); p != "" {
			parent[n.Key] = p
			n.How = "cites"
			continue
		}
		for _, o := range docs {
			if o == r || !before(o, r) {
				break
			}
			sim := similarity(o.Sig, r.Sig)
			if sim >= l.opts.CopyThreshold || l.contained(o, r, sim) {
				parent[n.Key] = o.Ref.String()
				n.How, n.Similarity = "copies", sim
				break
			}
		}
	}
	// Break any cycle (two outlets each naming the other) at the node where
	// it closes, so that every node reaches a root.
	for k := range nodes {
		seen := map[string]bool{k: true}
		for x := k; parent[x] != ""; x = parent[x] {
			if seen[parent[x]] {
				delete(parent, x)
				nodes[x].How = ""
				break
			}
			seen[parent[x]] = true
		}
	}
	// Keep only nodes that lead to a carrier; link children in time order.
	keep := map[string]bool{}
	for _, r := range docs {
		for x := r.Ref.String(); x != "" && !keep[x]; x = parent[x] {
			keep[x] = true
		}
	}
	t := &Trace{Cluster: c, Carriers: len(docs)}
	for _, r := range docs { // docs are in time order, so children are too
		k := r.Ref.String()
		if p := parent[k]; p != "" {
			nodes[p].Children = append(nodes[p].Children, nodes[k])
		}
	}
	var extKeys []string
	for k := range nodes {
		if keep[k] && nodes[k].Kind != "document" {
			extKeys = append(extKeys, k)
		}
	}
	slices.Sort(extKeys)
	for _, k := range extKeys {
		if p := parent[k]; p != "" {
			nodes[p].Children = append(nodes[p].Children, nodes[k])
		}
	}
	for _, r := range docs {
		if parent[r.Ref.String()] == "" {
			t.Roots = append(t.Roots, nodes[r.Ref.String()])
		}
	}
	for _, k := range extKeys {
		if parent[k] == "" {
			t.Roots = append(t.Roots, nodes[k])
		}
	}
	t.Independent = len(t.Roots)
	t.Circular = t.Carriers >= l.opts.MinCarriers && t.Independent == 1
	// The origin is the earliest carrier that got the claim from no other
	// carrier.
	for _, r := range docs {
		derived := false
		for x := parent[r.Ref.String()]; x != ""; x = parent[x] {
			if nodes[x].Kind == "document" {
				derived = true
				break
			}
		}
		if !derived {
			t.Origin = nodes[r.Ref.String()]
			break
		}
	}
	return t, ids, nil
}
