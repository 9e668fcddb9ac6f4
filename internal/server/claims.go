package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store"
)

// claimView is a stored claim with what the link index knows of it.
// Linked is false when the claim has not been linked (no index, its
// document not linked yet, or too short to link); the counts are then
// unknown and left out.
type claimView struct {
	store.Claim
	Linked         bool `json:"linked"`
	Carriers       *int `json:"carriers,omitempty"`    // documents stating the claim
	Independent    *int `json:"independent,omitempty"` // independent origins
	Circular       bool `json:"circular"`
	Contested      bool `json:"contested"`
	Contradictions int  `json:"contradictions"` // claims elsewhere that contradict it
}

var certainties = []string{"certain", "probable", "possible", "doubtful", "conditional"}

// claimFilter is what the store cannot filter claims by; applied here.
type claimFilter struct {
	outlet, since, until string
	contested, circular  *bool
}

func (f claimFilter) active() bool {
	return f.outlet != "" || f.since != "" || f.until != "" || f.contested != nil || f.circular != nil
}

func (f claimFilter) keep(c claimView) bool {
	if f.outlet != "" && !strings.EqualFold(f.outlet, c.Outlet) {
		return false
	}
	day := c.Published
	if len(day) > 10 {
		day = day[:10]
	}
	if f.since != "" && (day == "" || day < f.since[:10]) {
		return false
	}
	if f.until != "" && (day == "" || day > f.until[:10]) {
		return false
	}
	if f.contested != nil && c.Contested != *f.contested {
		return false
	}
	if f.circular != nil && c.Circular != *f.circular {
		return false
	}
	return true
}

// listClaims answers GET /api/v1/claims with the filters of hearsay
// claims (doc, about, source, certainty, polarity, q) and those the store
// has no index for (outlet, since, until, contested, circular).
func (s *Server) listClaims(w http.ResponseWriter, r *http.Request) {
	p, err := s.pageParams(r)
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	v := r.URL.Query()
	cq := store.ClaimQuery{DocID: v.Get("doc"), About: v.Get("about"), Source: v.Get("source"), Search: v.Get("q")}
	var f claimFilter
	f.outlet = v.Get("outlet")
	if cq.Certainty, err = oneOf(r, "certainty", certainties...); err == nil {
		if cq.Polarity, err = oneOf(r, "polarity", "positive", "negative"); err == nil {
			if f.since, err = dateParam(r, "since"); err == nil {
				if f.until, err = dateParam(r, "until"); err == nil {
					if f.contested, err = boolParam(r, "contested"); err == nil {
						f.circular, err = boolParam(r, "circular")
					}
				}
			}
		}
	}
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	if (f.contested != nil || f.circular != nil) && s.opts.Links == nil {
		badRequest(w, "contested and circular need the link index, which this store does not keep")
		return
	}
	ctx := r.Context()
	if !f.active() {
		cq.Page = store.Page{Limit: p.Limit + 1, Offset: p.Offset}
		cs, err := s.st.Claims(ctx, cq)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		more := len(cs) > p.Limit
		if more {
			cs = cs[:p.Limit]
		}
		views, err := s.claimViews(ctx, cs)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, newPage(views, p, more))
		return
	}
	// Read the store's matches in batches and keep those passing the
	// other filters, until the page (and one more row) is full or
	// MaxScan rows have been read.
	const batch = 500
	var out []claimView
	skip, scanned, truncated := p.Offset, 0, false
	for off := 0; ; off += batch {
		if scanned >= s.opts.MaxScan {
			truncated = true
			break
		}
		cq.Page = store.Page{Limit: batch, Offset: off}
		cs, err := s.st.Claims(ctx, cq)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		scanned += len(cs)
		views, err := s.claimViews(ctx, cs)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, c := range views {
			if !f.keep(c) {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			out = append(out, c)
		}
		if len(out) > p.Limit || len(cs) < batch {
			break
		}
	}
	more := len(out) > p.Limit
	if more {
		out = out[:p.Limit]
	}
	pg := newPage(out, p, more)
	pg.Truncated = truncated
	writeJSON(w, http.StatusOK, pg)
}

// claimViews adds the link index's counts to claims.
func (s *Server) claimViews(ctx context.Context, cs []store.Claim) ([]claimView, error) {
	out := make([]claimView, len(cs))
	for i, c := range cs {
		out[i].Claim = c
	}
	if s.opts.Links == nil || len(cs) == 0 {
		return out, nil
	}
	refs := make([]link.Ref, len(cs))
	for i, c := range cs {
		refs[i] = link.Ref{Doc: c.DocID, Claim: c.Local}
	}
	stats, err := s.opts.Links.Stats(ctx, refs)
	if err != nil {
		return nil, fmt.Errorf("claim stats: %w", err)
	}
	// Contradictions belong to a claim's cluster (any carrier's wording
	// may be the one contradicted), so they are counted from the cluster's
	// trace, once per cluster, and only for contested claims.
	perCluster := map[link.ClusterID]int{}
	for i, ref := range refs {
		st, ok := stats[ref]
		if !ok {
			continue
		}
		v := &out[i]
		v.Linked = true
		v.Carriers, v.Independent = &st.Carriers, &st.Independent
		v.Circular, v.Contested = st.Circular, st.Contested
		if !st.Contested {
			continue
		}
		n, ok := perCluster[st.Cluster]
		if !ok {
			t, err := s.opts.Links.Trace(ctx, ref)
			if err != nil {
				return nil, fmt.Errorf("claim %s: %w", ref, err)
			}
			n = len(t.Contradictions)
			perCluster[st.Cluster] = n
		}
		v.Contradictions = n
	}
	return out, nil
}

// findClaim reads one claim by its corpus-wide ID.
func (s *Server) findClaim(ctx context.Context, id string) (store.Claim, error) {
	ref, err := link.ParseRef(id)
	if err != nil {
		return store.Claim{}, errBadID{err}
	}
	cs, err := s.st.Claims(ctx, store.ClaimQuery{DocID: ref.Doc})
	if err != nil {
		return store.Claim{}, err
	}
	for _, c := range cs {
		if c.Local == ref.Claim {
			return c, nil
		}
	}
	return store.Claim{}, fmt.Errorf("claim %s: %w", id, store.ErrNotFound)
}

// errBadID is a malformed ID in a path.
type errBadID struct{ err error }

func (e errBadID) Error() string { return e.err.Error() }

// getClaim answers GET /api/v1/claims/{id}.
func (s *Server) getClaim(w http.ResponseWriter, r *http.Request) {
	c, err := s.findClaim(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failID(w, r, err)
		return
	}
	views, err := s.claimViews(r.Context(), []store.Claim{c})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, views[0])
}

func (s *Server) failID(w http.ResponseWriter, r *http.Request, err error) {
	if be, ok := err.(errBadID); ok {
		badRequest(w, "%v", be.err)
		return
	}
	s.fail(w, r, err)
}
