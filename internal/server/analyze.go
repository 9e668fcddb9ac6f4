package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/extract"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/store"
)

// defaultAnalyze runs extract and the default pipeline.
func defaultAnalyze(ctx context.Context, in AnalyzeInput) (*contract.Analysis, error) {
	p, err := pipeline.Default()
	if err != nil {
		return nil, err
	}
	opts := extract.Options{Title: in.Title, Outlet: in.Outlet, Published: in.Published, URL: in.URL, MaxBytes: int64(len(in.Data)) + 1}
	read := extract.Read
	if in.HTML {
		read = extract.HTML
	}
	d, err := read(in.Name, in.Data, opts)
	if err != nil {
		return nil, err
	}
	d.ID = store.DocID(d.Text)
	if err := p.Run(ctx, d); err != nil {
		return nil, fmt.Errorf("analyze %s: %w", in.Name, err)
	}
	return contract.FromDoc(d), nil
}

// postAnalyze answers POST /api/v1/analyze: the body is one article,
// text/plain or text/html (other types are read as either, by content),
// at most MaxBody bytes; title, outlet, published and url parameters set
// its metadata. The analysis is returned, not stored.
func (s *Server) postAnalyze(w http.ResponseWriter, r *http.Request) {
	ct := r.Header.Get("Content-Type")
	html := false
	if ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			badRequest(w, "Content-Type %q: %v", ct, err)
			return
		}
		switch mt {
		case "text/html", "application/xhtml+xml":
			html = true
		case "text/plain", "application/octet-stream":
		default:
			writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type",
				fmt.Sprintf("Content-Type %q: send text/plain or text/html", mt))
			return
		}
	}
	data, err := io.ReadAll(r.Body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := r.URL.Query()
	published, err := dateParam(r, "published")
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	in := AnalyzeInput{Name: "request body", Data: data, HTML: html, Title: v.Get("title"), Outlet: v.Get("outlet"),
		Published: published, URL: v.Get("url")}
	// A bounded number of analyses run at once: each takes a core.
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	case <-r.Context().Done():
		s.fail(w, r, r.Context().Err())
		return
	}
	fn := s.opts.Analyze
	if fn == nil {
		fn = defaultAnalyze
	}
	a, err := fn(r.Context(), in)
	var xe *extract.Error
	switch {
	case errors.As(err, &xe):
		writeError(w, http.StatusUnprocessableEntity, "unreadable_input", err.Error())
		return
	case err != nil:
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}
