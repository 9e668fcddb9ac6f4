package export

import (
	"context"
	"errors"

	"github.com/hearsaynews/hearsay/internal/link"
)

// Appearance is one document that carries a claim.
type Appearance struct {
	Doc       string // document ID
	Claim     string // the claim's ID in that document ("c4")
	Outlet    string
	Published string // YYYY-MM-DD, "" when unknown
	// From is the earlier carrying document this one took the claim from,
	// when the linker found one ("" otherwise), and How says how: "cites"
	// (it names that document's outlet) or "copies" (its text repeats it).
	From, How string
}

// Agent is a source named by a claim's first appearance.
type Agent struct {
	Name string
	Kind string // "person", "outlet", or "name" for a name of unknown kind
}

// Spread is where a claim appears across the corpus.
type Spread struct {
	Appearances []Appearance // every carrying document known, the origin first
	Origin      *Appearance  // the first appearance; nil when unknown
	// OriginSource is the innermost source the first appearance names
	// for the claim; nil when it names none or is unknown.
	OriginSource *Agent
}

// Provenance answers where a claim appears across documents. A nil
// Spread with a nil error means the claim is not known across documents.
type Provenance interface {
	Spread(ctx context.Context, doc, claim string) (*Spread, error)
}

// LinkProvenance reads claim clusters and origins from the cross-article
// linker: the carriers of a claim are the documents of its cluster, the
// origin is the linker's (the earliest carrier that cites no other
// carrier). Claims the linker has not seen are unknown.
type LinkProvenance struct {
	L *link.Linker
	// MaxCached bounds the clusters kept between calls (default 4096), so
	// memory stays flat however many claims are exported.
	MaxCached int

	cache map[link.ClusterID]*Spread
}

// Spread implements Provenance.
func (p *LinkProvenance) Spread(ctx context.Context, doc, claim string) (*Spread, error) {
	idx := p.L.Index()
	rec, err := idx.ClaimByRef(ctx, link.Ref{Doc: doc, Claim: claim})
	if errors.Is(err, link.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	cl, err := idx.ClusterOf(ctx, []link.ClaimID{rec.ID})
	if err != nil {
		return nil, err
	}
	if s, ok := p.cache[cl[0]]; ok {
		return s, nil
	}
	t, err := p.L.Trace(ctx, link.Ref{Doc: doc, Claim: claim})
	if errors.Is(err, link.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	s := &Spread{}
	var origin *link.Ref
	if t.Origin != nil && t.Origin.Ref != nil {
		origin = t.Origin.Ref
		if orec, err := idx.ClaimByRef(ctx, *origin); err == nil && len(orec.Chain) > 0 {
			n := orec.Chain[len(orec.Chain)-1]
			s.OriginSource = &Agent{Name: n.Name, Kind: n.Kind}
		} else if err != nil && !errors.Is(err, link.ErrNotFound) {
			return nil, err
		}
	}
	var walk func(n, parent *link.TraceNode)
	walk = func(n, parent *link.TraceNode) {
		if n.Kind == "document" && n.Ref != nil {
			ap := appearanceOf(n)
			if parent != nil && parent.Kind == "document" && parent.Ref != nil {
				ap.From, ap.How = parent.Ref.Doc, n.How
			}
			if origin != nil && *n.Ref == *origin {
				s.Origin = &ap
				s.Appearances = append([]Appearance{ap}, s.Appearances...)
			} else {
				s.Appearances = append(s.Appearances, ap)
			}
		}
		for _, c := range n.Children {
			walk(c, n)
		}
	}
	for _, r := range t.Roots {
		walk(r, nil)
	}
	if s.Origin == nil && origin != nil {
		o := appearanceOf(t.Origin)
		s.Origin = &o
		s.Appearances = append([]Appearance{o}, s.Appearances...)
	}
	if p.cache == nil || len(p.cache) >= p.maxCached() {
		p.cache = map[link.ClusterID]*Spread{}
	}
	p.cache[cl[0]] = s
	return s, nil
}

func (p *LinkProvenance) maxCached() int {
	if p.MaxCached > 0 {
		return p.MaxCached
	}
	return 4096
}

func appearanceOf(n *link.TraceNode) Appearance {
	a := Appearance{Doc: n.Ref.Doc, Claim: n.Ref.Claim, Outlet: n.Outlet}
	if n.Published != nil && !n.Published.IsZero() {
		a.Published = n.Published.Format("2006-01-02")
	}
	return a
}

// spreadOf asks p for the spread of a claim of document a, and falls back
// to the document alone.
func spreadOf(ctx context.Context, p Provenance, a *docIndex, claim string) (*Spread, error) {
	if p != nil {
		s, err := p.Spread(ctx, a.a.Document.ID, claim)
		if err != nil {
			return nil, err
		}
		if s != nil && len(s.Appearances) > 0 {
			return s, nil
		}
	}
	self := Appearance{Doc: a.a.Document.ID, Claim: claim, Outlet: val(a.a.Document.Outlet), Published: val(a.a.Document.Published)}
	return &Spread{Appearances: []Appearance{self}, Origin: &self}, nil
}
