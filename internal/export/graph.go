package export

import (
	"context"
	"sort"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// Node is a node of an exported graph.
type Node struct {
	ID        string // corpus-wide key: "person:ahmad-massoud", "country:pak", "doc:3f2a…"
	Label     string // name as first seen, or a document's title
	Kind      string // entity type, source kind, "document" or "outlet"
	Country   string // ISO 3166-1 alpha-3, "" when unknown
	Outlet    string // documents: their outlet
	Published string // documents: their date
	Documents int    // documents that mention or contain it
	Mentions  int    // mentions across those documents
}

// Edge is a directed edge, merged across documents: Weight counts them.
type Edge struct {
	Source, Target string
	Kind           string // actors: "event" or "attribution"; citations: "cites", "relays" or "publishes"
	Label          string // the event type or the attribution cue type; the kind for the others
	Weight         int
}

type edgeKey struct{ s, t, kind, label string }

// Graph is the actor graph or the citation graph of a corpus, built one
// document at a time. Its size is the number of distinct nodes and edges,
// whatever the number of documents.
//
// The actor graph has a node per entity (states by alpha-3 code, others
// by type and name) and edges actor → recipient for each event, typed by
// the event type, and source → every entity mentioned in the content for
// each attribution, typed by the cue type.
//
// The citation graph has a node per document, per outlet and per named
// source (person, group, organization, outlet or document cited), and
// edges outlet → document ("publishes"), citer → cited source ("cites",
// from attributions: the citer is the document, or for a nested
// attribution the source that quotes this one) and document → outlet
// ("relays", when the document retells another publication's article),
// and, where the linker traced a claim of the document to an earlier
// carrier, document → earlier document ("derives", labelled "cites" or
// "copies" after how the claim got there).
// Unnamed sources ("officials said") are left out: they have no identity
// across documents.
type Graph struct {
	Name  string // "actors" or "citations"
	prov  Provenance
	nodes map[string]*Node
	edges map[edgeKey]*Edge
}

// NewGraph returns an empty graph of the named kind; prov (may be nil)
// gives the citation graph its document → document edges.
func NewGraph(name string, prov Provenance) *Graph {
	if name == "" {
		name = "actors"
	}
	return &Graph{Name: name, prov: prov, nodes: map[string]*Node{}, edges: map[edgeKey]*Edge{}}
}

// Add records what document a contributes.
func (g *Graph) Add(ctx context.Context, a *contract.Analysis) error {
	if g.Name == "citations" {
		return g.addCitations(ctx, a)
	}
	g.addActors(a)
	return nil
}

func (g *Graph) node(id, label, kind string, seen map[string]bool) *Node {
	n := g.nodes[id]
	if n == nil {
		n = &Node{ID: id, Label: label, Kind: kind}
		g.nodes[id] = n
	}
	if !seen[id] {
		seen[id] = true
		n.Documents++
	}
	return n
}

func (g *Graph) edge(s, t, kind, label string) {
	if s == t {
		return
	}
	k := edgeKey{s, t, kind, label}
	e := g.edges[k]
	if e == nil {
		e = &Edge{Source: s, Target: t, Kind: kind, Label: label}
		g.edges[k] = e
	}
	e.Weight++
}

func (g *Graph) addActors(a *contract.Analysis) {
	seen := map[string]bool{}
	keys := make(map[string]string, len(a.Entities))
	for i := range a.Entities {
		e := &a.Entities[i]
		k := entityKey(e)
		keys[e.ID] = k
		n := g.node(k, e.Name, e.Type, seen)
		n.Mentions += len(e.Mentions)
		if n.Country == "" {
			n.Country = entityA3(e)
		}
	}
	for _, v := range a.Events {
		if v.Actor != nil && v.Recipient != nil && keys[*v.Actor] != "" && keys[*v.Recipient] != "" {
			g.edge(keys[*v.Actor], keys[*v.Recipient], "event", v.Type)
		}
	}
	for _, at := range a.Attributions {
		if at.Source == nil || at.Source.Entity == nil || keys[*at.Source.Entity] == "" {
			continue
		}
		src := keys[*at.Source.Entity]
		for i := range a.Entities {
			e := &a.Entities[i]
			if mentionedIn(*e, at.Content.Pieces()) {
				g.edge(src, keys[e.ID], "attribution", at.Cue.Type)
			}
		}
	}
}

func (g *Graph) addCitations(ctx context.Context, a *contract.Analysis) error {
	x := index(a)
	d := a.Document
	seen := map[string]bool{}
	docKey := "doc:" + d.ID
	label := val(d.Title)
	if label == "" {
		label = d.ID
	}
	dn := g.node(docKey, label, "document", seen)
	dn.Label, dn.Outlet, dn.Published = label, val(d.Outlet), val(d.Published)
	if o := val(d.Outlet); o != "" {
		ok := key("outlet", o)
		g.node(ok, o, "outlet", seen)
		g.edge(ok, docKey, "publishes", "publishes")
	}
	if rl := d.Relays; rl != nil && rl.Outlet != "" {
		ok := key("outlet", rl.Outlet)
		g.node(ok, rl.Outlet, "outlet", seen)
		g.edge(docKey, ok, "relays", "relays")
	}
	// sourceNode is the node of an attribution's source, "" for sources
	// with no identity across documents.
	sourceNode := func(at *contract.Attribution) string {
		if at.Source == nil || at.Source.Kind == "unnamed" || at.Source.Kind == "author" {
			return ""
		}
		k, name, typ := sourceAgent(x, at.Source)
		n := g.node(k, name, typ, seen)
		if e := x.entity(at.Source.Entity); e != nil {
			if n.Country == "" {
				n.Country = entityA3(e)
			}
		}
		n.Mentions++
		return k
	}
	for i := range a.Attributions {
		at := &a.Attributions[i]
		cited := sourceNode(at)
		if cited == "" {
			continue
		}
		citer := docKey
		if p := x.atts[val(at.Parent)]; p != nil && p.Source != nil && p.Source.Kind != "unnamed" && p.Source.Kind != "author" {
			citer, _, _ = sourceAgent(x, p.Source)
		}
		g.edge(citer, cited, "cites", at.Cue.Type)
	}
	if g.prov == nil {
		return nil
	}
	for _, c := range a.Claims {
		sp, err := g.prov.Spread(ctx, d.ID, c.ID)
		if err != nil {
			return err
		}
		if sp == nil {
			continue
		}
		for _, ap := range sp.Appearances {
			if ap.Doc != d.ID || ap.Claim != c.ID || ap.From == "" || ap.From == d.ID {
				continue
			}
			from := "doc:" + ap.From
			if g.nodes[from] == nil {
				// Known so far only as the earlier carrier; its own
				// document, when exported, fills in the rest.
				g.nodes[from] = &Node{ID: from, Label: ap.From, Kind: "document"}
			}
			g.edge(docKey, from, "derives", ap.How)
		}
	}
	return nil
}

// Nodes returns the nodes sorted by ID.
func (g *Graph) Nodes() []*Node {
	out := make([]*Node, 0, len(g.nodes))
	for _, n := range g.nodes {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Edges returns the edges sorted by source, target, kind and label.
func (g *Graph) Edges() []*Edge {
	out := make([]*Edge, 0, len(g.edges))
	for _, e := range g.edges {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Label < b.Label
	})
	return out
}

// graphDoc feeds a Graph from documents; the format writes it on Close.
type graphDoc struct {
	g     *Graph
	write func(*Graph) error
}

func (d *graphDoc) WriteDoc(ctx context.Context, a *contract.Analysis) error {
	return d.g.Add(ctx, a)
}

func (d *graphDoc) Close() error { return d.write(d.g) }
