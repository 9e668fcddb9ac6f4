package export

import (
	"context"
	"io"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// ClaimReview JSON-LD: one schema.org ClaimReview per stored claim, whose
// itemReviewed is the schema.org Claim: its text, its author (the
// innermost source the document names, or the first carrying outlet for
// an unattributed claim), its appearances (every document known to carry
// it) and its first appearance. The Claim's @id is that of its first
// appearance, so the reviews of one claim carried by many documents all
// point at one Claim node.
//
// Hearsay does not judge whether a claim is true, so a review has no
// reviewRating; it records how the document presents the claim
// (hearsay:certainty, hearsay:polarity) and where (hearsay:start,
// hearsay:end, code points into the document text).

type crAgent struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type crWork struct {
	ID            string      `json:"@id"`
	Type          string      `json:"@type"`
	Identifier    string      `json:"identifier"`
	URL           string      `json:"url,omitempty"`
	Headline      string      `json:"headline,omitempty"`
	Publisher     *crAgent    `json:"publisher,omitempty"`
	DatePublished *typedValue `json:"datePublished,omitempty"`
}

type crClaim struct {
	ID              string   `json:"@id"`
	Type            string   `json:"@type"`
	Text            string   `json:"text"`
	Author          *crAgent `json:"author,omitempty"`
	Appearance      []crWork `json:"appearance"`
	FirstAppearance *crWork  `json:"firstAppearance,omitempty"`
}

type crReview struct {
	ID            string      `json:"@id"`
	Type          string      `json:"@type"`
	ClaimReviewed string      `json:"claimReviewed"`
	ItemReviewed  crClaim     `json:"itemReviewed"`
	URL           string      `json:"url,omitempty"`
	DatePublished *typedValue `json:"datePublished,omitempty"`
	Certainty     string      `json:"hearsay:certainty"`
	Polarity      string      `json:"hearsay:polarity"`
	Start         int         `json:"hearsay:start"`
	End           int         `json:"hearsay:end"`
}

type claimReview struct {
	g    *graphWriter
	opts Options
}

// NewClaimReview returns a writer of schema.org ClaimReview JSON-LD.
func NewClaimReview(w io.Writer, opts Options) DocWriter {
	ctx := map[string]any{
		"@vocab":  "http://schema.org/",
		"xsd":     "http://www.w3.org/2001/XMLSchema#",
		"hearsay": opts.base() + "vocab:",
	}
	return &claimReview{g: newGraphWriter(w, ctx), opts: opts}
}

func (c *claimReview) WriteDoc(ctx context.Context, a *contract.Analysis) error {
	x := index(a)
	base := c.opts.base()
	d := a.Document
	for i := range a.Claims {
		cl := &a.Claims[i]
		sp, err := spreadOf(ctx, c.opts.Provenance, x, cl.ID)
		if err != nil {
			return err
		}
		claimID := iri(base, "claim:"+d.ID+":"+cl.ID)
		if sp.Origin != nil {
			claimID = iri(base, "claim:"+sp.Origin.Doc+":"+sp.Origin.Claim)
		}
		item := crClaim{ID: claimID, Type: "Claim", Text: cl.Span.Text, Appearance: make([]crWork, 0, len(sp.Appearances))}
		for _, ap := range sp.Appearances {
			item.Appearance = append(item.Appearance, c.work(ap, d))
		}
		if sp.Origin != nil {
			w := c.work(*sp.Origin, d)
			item.FirstAppearance = &w
		}
		item.Author = claimAuthor(x, cl, sp)
		r := crReview{ID: iri(base, "review:"+d.ID+":"+cl.ID), Type: "ClaimReview", ClaimReviewed: cl.Span.Text,
			ItemReviewed: item, URL: val(d.URL), DatePublished: dateValue(val(d.Published)),
			Certainty: cl.Certainty, Polarity: cl.Polarity, Start: cl.Span.Start, End: cl.Span.End}
		if err := c.g.node(r); err != nil {
			return err
		}
	}
	return nil
}

func (c *claimReview) Close() error { return c.g.close() }

// work describes a carrying document; the document being written lends
// its URL and title, others are known by ID, outlet and date.
func (c *claimReview) work(ap Appearance, d contract.Document) crWork {
	w := crWork{ID: iri(c.opts.base(), "doc:"+ap.Doc), Type: "CreativeWork", Identifier: ap.Doc,
		DatePublished: dateValue(ap.Published)}
	if ap.Outlet != "" {
		w.Publisher = &crAgent{Type: "Organization", Name: ap.Outlet}
	}
	if ap.Doc == d.ID {
		w.URL, w.Headline = val(d.URL), val(d.Title)
	}
	return w
}

// claimAuthor is who the claim comes from: the innermost source its
// first appearance names when that is another document; else the
// innermost source of its attribution chain here; else (an unattributed
// claim) the outlet of its first appearance.
func claimAuthor(x *docIndex, cl *contract.Claim, sp *Spread) *crAgent {
	if o := sp.Origin; o != nil && o.Doc != x.a.Document.ID && sp.OriginSource != nil {
		return &crAgent{Type: schemaAgentType(sp.OriginSource.Kind), Name: sp.OriginSource.Name}
	}
	if ch := x.chain(cl); len(ch) > 0 {
		if s := ch[len(ch)-1].Source; s != nil {
			name, typ := s.Text, s.Kind
			if e := x.entity(s.Entity); e != nil {
				name, typ = e.Name, e.Type
			}
			return &crAgent{Type: schemaAgentType(typ), Name: name}
		}
	}
	if sp.Origin != nil && sp.Origin.Outlet != "" {
		return &crAgent{Type: "Organization", Name: sp.Origin.Outlet}
	}
	return nil
}

// schemaAgentType maps an entity type or source kind to schema.org.
func schemaAgentType(t string) string {
	switch t {
	case "person", "author":
		return "Person"
	case "country":
		return "Country"
	case "outlet", "organization", "group":
		return "Organization"
	case "document":
		return "CreativeWork"
	}
	return "Thing"
}
