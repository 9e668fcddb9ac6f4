package server

import (
	"net/http"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

// listDocuments answers GET /api/v1/documents?outlet&since&until&q.
func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) {
	q, err := s.docQuery(r)
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	want := q.Page
	q.Limit++ // one more than asked tells whether a next page exists
	docs, err := s.st.Documents(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	more := len(docs) > want.Limit
	if more {
		docs = docs[:want.Limit]
	}
	writeJSON(w, http.StatusOK, newPage(docs, want, more))
}

// docQuery reads the document filters and page.
func (s *Server) docQuery(r *http.Request) (store.DocQuery, error) {
	p, err := s.pageParams(r)
	if err != nil {
		return store.DocQuery{}, err
	}
	since, err := dateParam(r, "since")
	if err != nil {
		return store.DocQuery{}, err
	}
	until, err := dateParam(r, "until")
	if err != nil {
		return store.DocQuery{}, err
	}
	v := r.URL.Query()
	return store.DocQuery{Outlet: v.Get("outlet"), Since: since, Until: until, Search: v.Get("q"), Page: p}, nil
}

// getDocument answers GET /api/v1/documents/{id}: the document's metadata
// and counts, without the analysis.
func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) {
	a, err := s.document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, summarize(a))
}

// getAnalysis answers GET /api/v1/documents/{id}/analysis with the
// contract JSON, the same as hearsay analyze --format json.
func (s *Server) getAnalysis(w http.ResponseWriter, r *http.Request) {
	a, err := s.document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func summarize(a *contract.Analysis) store.DocSummary {
	d := a.Document
	return store.DocSummary{ID: d.ID, URL: val(d.URL), Outlet: val(d.Outlet), Title: val(d.Title),
		Author: val(d.Author), Published: val(d.Published), Language: d.Language,
		Chars: utf8.RuneCountInString(d.Text), Entities: len(a.Entities), Attributions: len(a.Attributions),
		Claims: len(a.Claims), Events: len(a.Events)}
}

func val(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
