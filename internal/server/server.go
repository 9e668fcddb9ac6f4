package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store"
)

// Defaults for the zero Options.
const (
	DefaultMaxBody     = 2 << 20 // bytes
	DefaultTimeout     = 30 * time.Second
	DefaultMaxLimit    = 500
	DefaultLimit       = 50
	DefaultWindow      = 100
	DefaultMaxWindow   = 1000
	DefaultMaxAnalyses = 2
	DefaultMaxScan     = 20000
	DefaultCacheTTL    = 2 * time.Second
	DefaultDocCache    = 1000 // analyses kept in memory
)

// AnalyzeInput is one article posted for ad-hoc analysis.
type AnalyzeInput struct {
	Name      string // what error messages call the input
	Data      []byte // the article, plain text or HTML
	HTML      bool   // Data is HTML (from the Content-Type); false lets the extractor decide
	Title     string
	Outlet    string
	Published string // YYYY-MM-DD, the anchor for relative dates
	URL       string
}

// AnalyzeFunc analyses one article. The default runs the extract stage and
// pipeline.Default.
type AnalyzeFunc func(ctx context.Context, in AnalyzeInput) (*contract.Analysis, error)

// Options configures the handler. The zero value is a valid configuration
// for a loopback server.
type Options struct {
	// Token, when not empty, is required as "Authorization: Bearer TOKEN"
	// on /api/ and /metrics. The UI and /healthz stay open.
	Token string
	// CORSOrigins lists the origins allowed to call the API from another
	// site; empty (the default) sends no CORS headers at all.
	CORSOrigins []string
	// MaxBody is the largest request body accepted, in bytes.
	MaxBody int64
	// Timeout bounds the time one request may take.
	Timeout time.Duration
	// MaxLimit is the largest page size (limit) a listing accepts.
	MaxLimit int
	// MaxWindow is the most documents an events or graph request reads.
	MaxWindow int
	// MaxScan bounds the claims read to fill one page of a claim listing
	// filtered by outlet, date, contested or circular (filters the store
	// cannot apply itself).
	MaxScan int
	// MaxAnalyses bounds the ad-hoc analyses running at once; more wait.
	MaxAnalyses int
	// Links is the cross-article linker over the store's link index; nil
	// means traces show a claim's own chain only and claims carry no
	// independence counts.
	Links *link.Linker
	// Analyze runs ad-hoc analyses; nil means the default pipeline.
	Analyze AnalyzeFunc
	// CacheTTL is how long a successful GET answer of the API is reused
	// for the same URL (concurrent identical requests share one answer
	// either way); 0 means DefaultCacheTTL, a negative value turns the
	// cache off.
	CacheTTL time.Duration
	// Log receives one line per failed request; nil discards.
	Log *slog.Logger
}

// Server is the handler New returns.
type Server struct {
	st      store.Store
	opts    Options
	mux     *http.ServeMux
	handler http.Handler
	metrics *metrics
	sem     chan struct{}
	cache   *cache // nil when off
	docs    *docCache

	analyzeOnce sync.Once
	analyze     AnalyzeFunc
	analyzeErr  error
}

// New returns the HTTP handler over st.
func New(st store.Store, opts Options) (*Server, error) {
	if st == nil {
		return nil, errors.New("server: nil store")
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxLimit <= 0 {
		opts.MaxLimit = DefaultMaxLimit
	}
	if opts.MaxWindow <= 0 {
		opts.MaxWindow = DefaultMaxWindow
	}
	if opts.MaxScan <= 0 {
		opts.MaxScan = DefaultMaxScan
	}
	if opts.MaxAnalyses <= 0 {
		opts.MaxAnalyses = DefaultMaxAnalyses
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.CacheTTL == 0 {
		opts.CacheTTL = DefaultCacheTTL
	}
	s := &Server{st: st, opts: opts, mux: http.NewServeMux(), metrics: newMetrics(),
		sem: make(chan struct{}, opts.MaxAnalyses), docs: newDocCache(DefaultDocCache)}
	if opts.CacheTTL > 0 {
		s.cache = newCache(opts.CacheTTL, 2048, 1<<20)
	}
	for _, r := range s.routes() {
		s.mux.Handle(r.Method+" "+r.Pattern, s.wrap(r))
	}
	s.handler = s.secure(http.HandlerFunc(s.dispatch))
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// secure adds the headers every response carries and handles CORS.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		// default-src 'self' keeps any script or handler that slipped into
		// a page from running; the UI has no inline script or style.
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if o := r.Header.Get("Origin"); o != "" && s.corsAllowed(o) {
			h.Set("Access-Control-Allow-Origin", o)
			h.Set("Vary", "Origin")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			if r.Method == http.MethodOptions {
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) corsAllowed(origin string) bool {
	for _, o := range s.opts.CORSOrigins {
		if o == "*" || strings.EqualFold(o, origin) {
			return true
		}
	}
	return false
}

// wrap applies auth, limits and metrics to one route.
func (s *Server) wrap(rt route) http.Handler {
	var h http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rt.Auth && s.opts.Token != "" && !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="hearsay"`)
			writeError(w, http.StatusUnauthorized, "unauthorized", "this server needs Authorization: Bearer TOKEN (hearsay serve --token)")
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
		defer cancel()
		if s.cache != nil && rt.Method == "GET" && strings.HasPrefix(rt.Pattern, "/api/") {
			s.cache.serve(w, r.WithContext(ctx), rt.Handler)
			return
		}
		rt.Handler(w, r.WithContext(ctx))
	})
	return s.metrics.instrument(rt.Method+" "+rt.Pattern, h)
}

func (s *Server) authorized(r *http.Request) bool {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(got), []byte(s.opts.Token)) == 1
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no route for %s %s", r.Method, r.URL.Path))
}

// dispatch hands r to its route; for a request no route takes it asks the
// mux what it would answer (404, or 405 with Allow) and says so in JSON.
func (s *Server) dispatch(w http.ResponseWriter, r *http.Request) {
	h, pattern := s.mux.Handler(r)
	if pattern != "" {
		s.mux.ServeHTTP(w, r)
		return
	}
	rec := &headerRecorder{h: http.Header{}}
	h.ServeHTTP(rec, r)
	switch rec.code {
	case http.StatusMethodNotAllowed:
		w.Header().Set("Allow", rec.h.Get("Allow"))
		writeError(w, rec.code, "method_not_allowed", fmt.Sprintf("%s %s: allowed: %s", r.Method, r.URL.Path, rec.h.Get("Allow")))
	case http.StatusMovedPermanently, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		http.Redirect(w, r, rec.h.Get("Location"), rec.code)
	default:
		s.notFound(w, r)
	}
}

// headerRecorder keeps the status and headers a handler writes and drops
// the body.
type headerRecorder struct {
	h    http.Header
	code int
}

func (r *headerRecorder) Header() http.Header         { return r.h }
func (r *headerRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *headerRecorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
}

// CheckBind refuses to serve on an address other than loopback without a
// token: the API would otherwise give the corpus to anyone on the network.
func CheckBind(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("serve: --addr %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	if token == "" {
		if host == "" {
			host = "all interfaces"
		}
		return fmt.Errorf("serve: --addr %q listens on %s, not loopback: give --token", addr, host)
	}
	return nil
}

// ---- responses ----

// apiError is the body of every error response.
type apiError struct {
	Error errorBody `json:"error"`
}

type errorBody struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, apiError{errorBody{status, code, msg}})
}

// fail turns an error from the store or a stage into a response.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	switch {
	case errors.Is(err, store.ErrNotFound), errors.Is(err, link.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", err.Error())
	case errors.As(err, &mbe):
		writeError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("request body over %d bytes", mbe.Limit))
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "timeout", fmt.Sprintf("request took longer than %s", s.opts.Timeout))
	case errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, "canceled", "request canceled")
	default:
		s.opts.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal", err.Error())
	}
}

// badRequest answers 400 naming the parameter.
func badRequest(w http.ResponseWriter, msg string, args ...any) {
	writeError(w, http.StatusBadRequest, "bad_request", fmt.Sprintf(msg, args...))
}

// page is the envelope of every listing.
type page[T any] struct {
	Items  []T  `json:"items"`
	Limit  int  `json:"limit"`
	Offset int  `json:"offset"`
	Next   *int `json:"next"`
	// Truncated is set when a filter the store cannot apply stopped
	// after reading MaxScan rows: later pages may still hold matches.
	Truncated bool `json:"truncated,omitempty"`
}

// newPage builds the envelope; more says whether another page follows.
func newPage[T any](items []T, p store.Page, more bool) page[T] {
	if items == nil {
		items = []T{}
	}
	pg := page[T]{Items: items, Limit: p.Limit, Offset: p.Offset}
	if more {
		n := p.Offset + len(items)
		pg.Next = &n
	}
	return pg
}

// pageParams reads limit and offset.
func (s *Server) pageParams(r *http.Request) (store.Page, error) {
	p := store.Page{Limit: DefaultLimit}
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > s.opts.MaxLimit {
			return p, fmt.Errorf("limit %q: want a whole number from 1 to %d", v, s.opts.MaxLimit)
		}
		p.Limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, fmt.Errorf("offset %q: want a whole number, 0 or more", v)
		}
		p.Offset = n
	}
	return p, nil
}

// dateParam reads an ISO date parameter (YYYY-MM-DD, or a longer ISO 8601
// timestamp of which the date is used).
func dateParam(r *http.Request, name string) (string, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return "", nil
	}
	if len(v) < 10 {
		return "", fmt.Errorf("%s %q: want an ISO 8601 date (YYYY-MM-DD)", name, v)
	}
	if _, err := time.Parse("2006-01-02", v[:10]); err != nil {
		return "", fmt.Errorf("%s %q: want an ISO 8601 date (YYYY-MM-DD)", name, v)
	}
	return v, nil
}

// oneOf checks an enumerated parameter.
func oneOf(r *http.Request, name string, allowed ...string) (string, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return "", nil
	}
	for _, a := range allowed {
		if v == a {
			return v, nil
		}
	}
	return "", fmt.Errorf("%s %q: want one of %s", name, v, strings.Join(allowed, ", "))
}

// boolParam reads true/false; "" is unset.
func boolParam(r *http.Request, name string) (*bool, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return nil, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return nil, fmt.Errorf("%s %q: want true or false", name, v)
	}
	return &b, nil
}
