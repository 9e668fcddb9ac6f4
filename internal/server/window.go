package server

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

// window reads the analyses that events and graphs are computed over: the
// one document named by doc, or the most recent documents matching the
// document filters, at most docs of them (default DefaultWindow, at most
// MaxWindow). The store keeps no corpus-wide event or edge index, so these
// views are bounded by the number of documents they read.
func (s *Server) window(ctx context.Context, r *http.Request) ([]*contract.Analysis, error) {
	v := r.URL.Query()
	if id := v.Get("doc"); id != "" {
		a, err := s.document(ctx, id)
		if err != nil {
			return nil, err
		}
		return []*contract.Analysis{a}, nil
	}
	n := DefaultWindow
	if d := v.Get("docs"); d != "" {
		k, err := strconv.Atoi(d)
		if err != nil || k < 1 || k > s.opts.MaxWindow {
			return nil, errBadID{fmt.Errorf("docs %q: want a whole number from 1 to %d", d, s.opts.MaxWindow)}
		}
		n = k
	}
	since, err := dateParam(r, "since")
	if err != nil {
		return nil, errBadID{err}
	}
	until, err := dateParam(r, "until")
	if err != nil {
		return nil, errBadID{err}
	}
	sums, err := s.st.Documents(ctx, store.DocQuery{Outlet: v.Get("outlet"), Since: since, Until: until,
		Search: v.Get("q"), Page: store.Page{Limit: n}})
	if err != nil {
		return nil, err
	}
	out := make([]*contract.Analysis, 0, len(sums))
	for _, d := range sums {
		a, err := s.document(ctx, d.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
