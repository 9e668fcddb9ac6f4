package server

import (
	"errors"
	"net/http"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store"
)

// ChainNode is one step of a claim's chain inside its document, outermost
// first: the document, its outlet (and the outlet it retells, if any), each
// source that passes the claim on, and the content itself.
type ChainNode struct {
	Kind        string          `json:"kind"` // document, outlet, source, content
	Label       string          `json:"label"`
	SourceKind  string          `json:"source_kind,omitempty"` // for sources: the attribution's source kind
	Entity      string          `json:"entity,omitempty"`      // for sources: the entity's name
	Cue         string          `json:"cue,omitempty"`
	Attribution string          `json:"attribution,omitempty"`
	Span        *contract.Span  `json:"span,omitempty"` // evidence in the document text
	Certainty   string          `json:"certainty,omitempty"`
	Polarity    string          `json:"polarity,omitempty"`
	Hedges      []contract.Span `json:"hedges,omitempty"`
}

// Chain builds the chain of claim id in a. It returns nil when a has no
// such claim.
func Chain(a *contract.Analysis, id string) []ChainNode {
	var cl *contract.Claim
	for i := range a.Claims {
		if a.Claims[i].ID == id {
			cl = &a.Claims[i]
		}
	}
	if cl == nil {
		return nil
	}
	d := a.Document
	label := val(d.Title)
	if label == "" {
		label = d.ID
	}
	out := []ChainNode{{Kind: "document", Label: label}}
	if o := val(d.Outlet); o != "" {
		out = append(out, ChainNode{Kind: "outlet", Label: o})
	}
	if d.Relays != nil {
		ev := d.Relays.Evidence
		out = append(out, ChainNode{Kind: "outlet", Label: d.Relays.Outlet, Cue: "retells", Span: &ev})
	}
	atts := map[string]*contract.Attribution{}
	for i := range a.Attributions {
		atts[a.Attributions[i].ID] = &a.Attributions[i]
	}
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	// Walk from the claim's attribution out through its parents; the
	// seen set stops a malformed cycle.
	var path []*contract.Attribution
	seen := map[string]bool{}
	for at := cl.Attribution; at != nil && !seen[*at]; {
		t := atts[*at]
		if t == nil {
			break
		}
		seen[*at] = true
		path = append(path, t)
		at = t.Parent
	}
	for i := len(path) - 1; i >= 0; i-- {
		t := path[i]
		n := ChainNode{Kind: "source", Label: "(unnamed source)", Cue: t.Cue.Text, Attribution: t.ID}
		if t.Source != nil {
			sp := t.Source.Span
			n.Label, n.SourceKind, n.Span = t.Source.Text, t.Source.Kind, &sp
			if t.Source.Entity != nil {
				n.Entity = names[*t.Source.Entity]
			}
		}
		out = append(out, n)
	}
	sp := cl.Span
	out = append(out, ChainNode{Kind: "content", Label: cl.Span.Text, Span: &sp, Certainty: cl.Certainty,
		Polarity: cl.Polarity, Hedges: cl.Hedges})
	return out
}

// traceView is a claim's trace: its own chain always, and the
// cross-article provenance when the claim is linked.
type traceView struct {
	Claim  claimView   `json:"claim"`
	Chain  []ChainNode `json:"chain"`
	Linked bool        `json:"linked"`
	// Trace is the link index's provenance tree: the documents carrying
	// the claim, who got it from whom, its contradictions. Null when the
	// claim is not linked.
	Trace *link.Trace `json:"trace"`
	// Note says why Trace is null.
	Note string `json:"note,omitempty"`
}

// traceClaim answers GET /api/v1/claims/{id}/trace.
func (s *Server) traceClaim(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	c, err := s.findClaim(ctx, r.PathValue("id"))
	if err != nil {
		s.failID(w, r, err)
		return
	}
	a, err := s.document(ctx, c.DocID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	views, err := s.claimViews(ctx, []store.Claim{c})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	tv := traceView{Claim: views[0], Chain: Chain(a, c.Local)}
	switch {
	case s.opts.Links == nil:
		tv.Note = "this store keeps no link index: only the claim's own chain is known"
	default:
		t, err := s.opts.Links.Trace(ctx, link.Ref{Doc: c.DocID, Claim: c.Local})
		switch {
		case errors.Is(err, link.ErrNotFound):
			tv.Note = "the claim is not linked (its document not linked yet, or too short to link): only its own chain is known"
		case err != nil:
			s.fail(w, r, err)
			return
		default:
			tv.Trace, tv.Linked = t, true
		}
	}
	writeJSON(w, http.StatusOK, tv)
}
