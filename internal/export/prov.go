package export

import (
	"context"
	"io"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// PROV-O JSON-LD for attribution chains. Each document is a prov:Entity
// attributed to its outlet (a prov:Agent and prov:Organization). Each
// claim is a prov:Entity derived from its document. An attributed claim
// "A said that B said C" is quoted from A's statement, which is quoted
// from B's: each attribution of the chain becomes a statement entity
// attributed to its source agent, linked outermost to innermost by
// prov:wasQuotedFrom, and the claim's prov:hadPrimarySource is the
// innermost statement. When the linker knows the claim's first appearance
// in another document, that claim is a primary source too. A document
// that retells another publication's article is derived from it, and has
// it as primary source, as have the document's unattributed claims. An
// unattributed claim is attributed to the document's outlet.

type provNode struct {
	ID              string      `json:"@id"`
	Type            []string    `json:"@type"`
	Label           string      `json:"rdfs:label,omitempty"`
	Value           string      `json:"prov:value,omitempty"`
	URL             string      `json:"schema:url,omitempty"`
	Published       *typedValue `json:"schema:datePublished,omitempty"`
	AttributedTo    []ref       `json:"prov:wasAttributedTo,omitempty"`
	DerivedFrom     []ref       `json:"prov:wasDerivedFrom,omitempty"`
	QuotedFrom      []ref       `json:"prov:wasQuotedFrom,omitempty"`
	PrimarySource   []ref       `json:"prov:hadPrimarySource,omitempty"`
	CueType         string      `json:"hearsay:cueType,omitempty"`
	Certainty       string      `json:"hearsay:certainty,omitempty"`
	Polarity        string      `json:"hearsay:polarity,omitempty"`
	Start           *int        `json:"hearsay:start,omitempty"`
	End             *int        `json:"hearsay:end,omitempty"`
	AttributionDate *typedValue `json:"hearsay:statedOn,omitempty"`
}

type provWriter struct {
	g    *graphWriter
	opts Options
}

// NewPROV returns a writer of W3C PROV-O JSON-LD.
func NewPROV(w io.Writer, opts Options) DocWriter {
	ctx := map[string]any{
		"prov":    "http://www.w3.org/ns/prov#",
		"rdfs":    "http://www.w3.org/2000/01/rdf-schema#",
		"schema":  "http://schema.org/",
		"xsd":     "http://www.w3.org/2001/XMLSchema#",
		"hearsay": opts.base() + "vocab:",
	}
	return &provWriter{g: newGraphWriter(w, ctx), opts: opts}
}

func (p *provWriter) Close() error { return p.g.close() }

func (p *provWriter) WriteDoc(ctx context.Context, a *contract.Analysis) error {
	x := index(a)
	base := p.opts.base()
	d := a.Document
	docID := iri(base, "doc:"+d.ID)
	agents := map[string]provNode{}
	agent := func(k, name, typ string) ref {
		id := iri(base, "agent:"+k)
		if _, ok := agents[id]; !ok {
			agents[id] = provNode{ID: id, Type: provAgentTypes(typ), Label: name}
		}
		return ref{id}
	}
	doc := provNode{ID: docID, Type: []string{"prov:Entity"}, Label: val(d.Title), URL: val(d.URL), Published: dateValue(val(d.Published))}
	if doc.Label == "" {
		doc.Label = d.ID
	}
	var outlet, relayed *ref
	if o := val(d.Outlet); o != "" {
		r := agent(key("outlet", o), o, "outlet")
		outlet = &r
		doc.AttributedTo = []ref{r}
	}
	if rl := d.Relays; rl != nil && rl.Outlet != "" {
		src := provNode{ID: iri(base, "relayed:"+d.ID), Type: []string{"prov:Entity"},
			Label:        "the article of " + rl.Outlet + " that " + d.ID + " retells",
			AttributedTo: []ref{agent(key("outlet", rl.Outlet), rl.Outlet, "outlet")}}
		if err := p.g.node(src); err != nil {
			return err
		}
		doc.DerivedFrom = []ref{{src.ID}}
		doc.PrimarySource = []ref{{src.ID}}
		relayed = &ref{src.ID}
	}
	if err := p.g.node(doc); err != nil {
		return err
	}
	// Each attribution is a statement by its source, quoted from the
	// statements nested in its content.
	inner := map[string][]ref{}
	for _, at := range a.Attributions {
		if p := val(at.Parent); p != "" {
			inner[p] = append(inner[p], ref{iri(base, "statement:"+d.ID+":"+at.ID)})
		}
	}
	for _, at := range a.Attributions {
		s := provNode{ID: iri(base, "statement:"+d.ID+":"+at.ID), Type: []string{"prov:Entity"}, Value: at.Content.Text,
			CueType: at.Cue.Type, AttributionDate: dateValue(val(at.Date)), QuotedFrom: inner[at.ID]}
		if at.Source != nil {
			k, name, typ := sourceAgent(x, at.Source)
			s.AttributedTo = []ref{agent(k, name, typ)}
			s.Label = at.Source.Text + " " + at.Cue.Text
		}
		if err := p.g.node(s); err != nil {
			return err
		}
	}
	for i := range a.Claims {
		cl := &a.Claims[i]
		start, end := cl.Span.Start, cl.Span.End
		n := provNode{ID: iri(base, "claim:"+d.ID+":"+cl.ID), Type: []string{"prov:Entity"}, Value: cl.Span.Text,
			DerivedFrom: []ref{{docID}}, Certainty: cl.Certainty, Polarity: cl.Polarity, Start: &start, End: &end}
		chain := x.chain(cl)
		if len(chain) > 0 {
			n.QuotedFrom = []ref{{iri(base, "statement:"+d.ID+":"+chain[0].ID)}}
			n.PrimarySource = []ref{{iri(base, "statement:"+d.ID+":"+chain[len(chain)-1].ID)}}
		}
		if len(chain) == 0 && outlet != nil {
			n.AttributedTo = []ref{*outlet}
		}
		if len(chain) == 0 && relayed != nil {
			// What a retelling document states on its own comes from the
			// article it retells.
			n.PrimarySource = append(n.PrimarySource, *relayed)
		}
		sp, err := spreadOf(ctx, p.opts.Provenance, x, cl.ID)
		if err != nil {
			return err
		}
		if o := sp.Origin; o != nil && (o.Doc != d.ID || o.Claim != cl.ID) {
			oid := iri(base, "claim:"+o.Doc+":"+o.Claim)
			n.PrimarySource = append(n.PrimarySource, ref{oid})
			n.DerivedFrom = append(n.DerivedFrom, ref{oid})
		}
		if err := p.g.node(n); err != nil {
			return err
		}
	}
	for _, id := range sortedKeys(agents) {
		if err := p.g.node(agents[id]); err != nil {
			return err
		}
	}
	return nil
}

// sourceAgent names the agent behind an attribution's source: its entity
// when it has one, else the words of the source span.
func sourceAgent(x *docIndex, s *contract.Source) (k, name, typ string) {
	if e := x.entity(s.Entity); e != nil {
		return entityKey(e), e.Name, e.Type
	}
	return key(s.Kind, s.Text), s.Text, s.Kind
}

func provAgentTypes(t string) []string {
	switch t {
	case "person", "author":
		return []string{"prov:Agent", "prov:Person"}
	case "outlet", "organization", "group", "country":
		return []string{"prov:Agent", "prov:Organization"}
	}
	return []string{"prov:Agent"}
}
