package server

import (
	"context"
	"net/http"
	"sort"
	"strings"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// GraphNode is a node of the actor or citation graph.
type GraphNode struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Type   string `json:"type"`   // entity type; or document, outlet, person, … in the citation graph
	Weight int    `json:"weight"` // documents (actors) or citations received
}

// GraphEdge is a directed, merged edge: Weight counts the events, claims
// or citations it stands for.
type GraphEdge struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Target string `json:"target"`
	Kind   string `json:"kind"` // event or claim (actor graph); cites or retells (citation graph)
	Type   string `json:"type"` // PLOVER type for events, the claim's certainty for claims, the source kind for citations
	Weight int    `json:"weight"`
}

// Graph is what both graph endpoints answer.
type Graph struct {
	Documents int         `json:"documents"` // documents read
	Nodes     []GraphNode `json:"nodes"`
	Edges     []GraphEdge `json:"edges"`
}

// graphBuilder merges nodes and edges by ID.
type graphBuilder struct {
	nodes map[string]*GraphNode
	edges map[string]*GraphEdge
	docs  map[string]map[string]bool // node → documents it appears in
}

func newGraphBuilder() *graphBuilder {
	return &graphBuilder{nodes: map[string]*GraphNode{}, edges: map[string]*GraphEdge{}, docs: map[string]map[string]bool{}}
}

func (g *graphBuilder) node(id, label, typ, doc string) {
	if g.nodes[id] == nil {
		g.nodes[id] = &GraphNode{ID: id, Label: label, Type: typ}
		g.docs[id] = map[string]bool{}
	}
	g.docs[id][doc] = true
}

func (g *graphBuilder) edge(src, dst, kind, typ string) {
	id := src + "|" + dst + "|" + kind + "|" + typ
	if e := g.edges[id]; e != nil {
		e.Weight++
		return
	}
	g.edges[id] = &GraphEdge{ID: id, Source: src, Target: dst, Kind: kind, Type: typ, Weight: 1}
}

func (g *graphBuilder) graph(docs int, weightByDocs bool) Graph {
	out := Graph{Documents: docs, Nodes: []GraphNode{}, Edges: []GraphEdge{}}
	in := map[string]int{}
	for _, e := range g.edges {
		in[e.Target] += e.Weight
		out.Edges = append(out.Edges, *e)
	}
	for id, n := range g.nodes {
		if weightByDocs {
			n.Weight = len(g.docs[id])
		} else {
			n.Weight = in[id]
		}
		out.Nodes = append(out.Nodes, *n)
	}
	// Sorted so that the same corpus gives the same bytes.
	sort.Slice(out.Nodes, func(i, j int) bool { return out.Nodes[i].ID < out.Nodes[j].ID })
	sort.Slice(out.Edges, func(i, j int) bool { return out.Edges[i].ID < out.Edges[j].ID })
	return out
}

// ActorGraph builds the network of actors in docs: an event edge from each
// event's actor to its recipient, and a claim edge from a claim's source
// to each actor the claim mentions. Only actors on some edge are nodes.
func ActorGraph(docs []*contract.Analysis) Graph {
	g := newGraphBuilder()
	for _, a := range docs {
		ents := map[string]*contract.Entity{}
		for i := range a.Entities {
			ents[a.Entities[i].ID] = &a.Entities[i]
		}
		key := func(id string) string {
			e := ents[id]
			if e == nil {
				return ""
			}
			k := ActorID(e.Type, e.Name)
			g.node(k, e.Name, e.Type, a.Document.ID)
			return k
		}
		for _, ev := range a.Events {
			if ev.Actor == nil || ev.Recipient == nil || *ev.Actor == *ev.Recipient || ents[*ev.Actor] == nil || ents[*ev.Recipient] == nil {
				continue
			}
			g.edge(key(*ev.Actor), key(*ev.Recipient), "event", strings.ToUpper(ev.Type))
		}
		atts := map[string]*contract.Attribution{}
		for i := range a.Attributions {
			atts[a.Attributions[i].ID] = &a.Attributions[i]
		}
		for _, c := range a.Claims {
			if c.Attribution == nil || atts[*c.Attribution] == nil {
				continue
			}
			src := atts[*c.Attribution].Source
			if src == nil || src.Entity == nil || ents[*src.Entity] == nil {
				continue
			}
			for _, e := range a.Entities {
				if e.ID == *src.Entity || !mentionedIn(e, c.Span) {
					continue
				}
				g.edge(key(*src.Entity), key(e.ID), "claim", c.Certainty)
			}
		}
	}
	return g.graph(len(docs), true)
}

func mentionedIn(e contract.Entity, s contract.Span) bool {
	for _, m := range e.Mentions {
		if m.Start >= s.Start && m.End <= s.End {
			return true
		}
	}
	return false
}

// actorGraph answers GET /api/v1/graph/actors.
func (s *Server) actorGraph(w http.ResponseWriter, r *http.Request) {
	docs, err := s.window(r.Context(), r)
	if err != nil {
		s.failID(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ActorGraph(docs))
}

// citationGraph answers GET /api/v1/graph/citations: documents and the
// sources they name. With the link index its citation edges are used
// (outlets and people resolved to one key across documents); without it,
// or for documents not linked, the edges come from each attribution's
// named source.
func (s *Server) citationGraph(w http.ResponseWriter, r *http.Request) {
	docs, err := s.window(r.Context(), r)
	if err != nil {
		s.failID(w, r, err)
		return
	}
	g, err := s.citations(r.Context(), docs)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, g)
}

func (s *Server) citations(ctx context.Context, docs []*contract.Analysis) (Graph, error) {
	g := newGraphBuilder()
	for _, a := range docs {
		d := a.Document
		label := val(d.Outlet)
		if label == "" {
			label = val(d.Title)
		}
		if label == "" {
			label = d.ID
		}
		dn := "doc:" + d.ID
		g.node(dn, label, "document", d.ID)
		if s.opts.Links != nil {
			cs, err := s.opts.Links.Index().Citations(ctx, d.ID)
			if err != nil {
				return Graph{}, err
			}
			if len(cs) > 0 {
				for _, c := range cs {
					k := c.Target.Kind + ":" + c.Target.Key
					g.node(k, c.Target.Name, c.Target.Kind, d.ID)
					how := "cites"
					if c.Via == "relays" {
						how = "retells"
					}
					g.edge(dn, k, how, c.Target.Kind)
				}
				continue
			}
		}
		if d.Relays != nil {
			k := "outlet:" + strings.ToLower(d.Relays.Outlet)
			g.node(k, d.Relays.Outlet, "outlet", d.ID)
			g.edge(dn, k, "retells", "outlet")
		}
		for _, t := range a.Attributions {
			if t.Source == nil || t.Source.Kind == "unnamed" || t.Source.Kind == "author" || t.Source.Text == "" {
				continue
			}
			name := t.Source.Text
			if t.Source.Entity != nil {
				for _, e := range a.Entities {
					if e.ID == *t.Source.Entity {
						name = e.Name
					}
				}
			}
			k := t.Source.Kind + ":" + strings.ToLower(name)
			g.node(k, name, t.Source.Kind, d.ID)
			g.edge(dn, k, "cites", t.Source.Kind)
		}
	}
	return g.graph(len(docs), false), nil
}
