package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

var sharedFixture struct {
	f   *fixture
	dir string
}

// apiFixture builds the store once for the API tests; TestMain removes it.
func apiFixture(t *testing.T) *fixture {
	if sharedFixture.f == nil {
		dir, err := os.MkdirTemp("", "hearsay-server-test")
		if err != nil {
			t.Fatal(err)
		}
		sharedFixture.dir = dir
		sharedFixture.f = newFixture(t, dir)
	}
	return sharedFixture.f
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedFixture.f != nil {
		sharedFixture.f.st.Close()
		os.RemoveAll(sharedFixture.dir)
	}
	os.Exit(code)
}

func TestDocuments(t *testing.T) {
	f := apiFixture(t)
	s := f.server(t, Options{})
	total := len(f.corpus) + 2

	var all page[store.DocSummary]
	getJSON(t, s, "/api/v1/documents?limit=500", &all)
	if len(all.Items) != total || all.Next != nil {
		t.Fatalf("documents: %d items, next %v; want %d, null", len(all.Items), all.Next, total)
	}
	// Pages join up to the whole listing, in the same order.
	var seen []string
	for off := 0; off < total; {
		var p page[store.DocSummary]
		getJSON(t, s, "/api/v1/documents?limit=4&offset="+strconv.Itoa(off), &p)
		for _, d := range p.Items {
			seen = append(seen, d.ID)
		}
		if p.Next == nil {
			break
		}
		off = *p.Next
	}
	if len(seen) != total {
		t.Fatalf("paging gave %d documents, want %d", len(seen), total)
	}
	for i := range seen {
		if seen[i] != all.Items[i].ID {
			t.Fatalf("page order differs at %d: %s vs %s", i, seen[i], all.Items[i].ID)
		}
	}

	id := f.example.Document.ID
	var sum store.DocSummary
	getJSON(t, s, "/api/v1/documents/"+id, &sum)
	if sum.ID != id || sum.Claims != len(f.example.Claims) {
		t.Errorf("document summary %+v; want ID %s with %d claims", sum, id, len(f.example.Claims))
	}
	var a contract.Analysis
	getJSON(t, s, "/api/v1/documents/"+id+"/analysis", &a)
	if a.Document.Text != f.example.Document.Text || len(a.Attributions) != len(f.example.Attributions) {
		t.Errorf("analysis differs from what was stored")
	}
}

func TestErrors(t *testing.T) {
	f := apiFixture(t)
	s := f.server(t, Options{MaxBody: 1 << 10})
	for _, tc := range []struct {
		method, target, ctype, body string
		status                      int
		code, mentions              string
	}{
		{"GET", "/api/v1/documents?limit=0", "", "", 400, "bad_request", "limit"},
		{"GET", "/api/v1/documents?limit=100000", "", "", 400, "bad_request", "limit"},
		{"GET", "/api/v1/documents?offset=-1", "", "", 400, "bad_request", "offset"},
		{"GET", "/api/v1/documents?since=yesterday", "", "", 400, "bad_request", "since"},
		{"GET", "/api/v1/documents/0000000000000000", "", "", 404, "not_found", "not found"},
		{"GET", "/api/v1/documents/0000000000000000/analysis", "", "", 404, "not_found", "not found"},
		{"GET", "/api/v1/claims?certainty=sure", "", "", 400, "bad_request", "certainty"},
		{"GET", "/api/v1/claims?contested=maybe", "", "", 400, "bad_request", "contested"},
		{"GET", "/api/v1/claims/nocolon", "", "", 400, "bad_request", "nocolon"},
		{"GET", "/api/v1/claims/0000000000000000:c1", "", "", 404, "not_found", "not found"},
		{"GET", "/api/v1/claims/0000000000000000:c1/trace", "", "", 404, "not_found", "not found"},
		{"GET", "/api/v1/actors?type=planet", "", "", 400, "bad_request", "type"},
		{"GET", "/api/v1/actors/nobody", "", "", 400, "bad_request", "TYPE:name"},
		{"GET", "/api/v1/actors/person:nobody%20at%20all", "", "", 404, "not_found", "not found"},
		{"GET", "/api/v1/events?docs=5000", "", "", 400, "bad_request", "docs"},
		{"GET", "/api/v1/graph/actors?doc=0000000000000000", "", "", 404, "not_found", "not found"},
		{"GET", "/api/v1/nothing", "", "", 404, "not_found", "/api/v1/nothing"},
		{"DELETE", "/api/v1/documents", "", "", 405, "method_not_allowed", "GET"},
		{"POST", "/api/v1/analyze", "text/plain", strings.Repeat("Officials said the talks failed. ", 100), 413, "too_large", "1024"},
		{"POST", "/api/v1/analyze", "application/pdf", "x", 415, "unsupported_media_type", "application/pdf"},
		{"POST", "/api/v1/analyze", "text/plain", "", 422, "unreadable_input", "empty"},
		{"POST", "/api/v1/analyze", "text/html", "<html><body><nav>menu</nav></body></html>", 422, "unreadable_input", ""},
		{"POST", "/api/v1/analyze?published=soon", "text/plain", "Officials said the talks failed.", 400, "bad_request", "published"},
	} {
		w := do(t, s, tc.method, tc.target, strings.NewReader(tc.body), "Content-Type", tc.ctype)
		if w.Code != tc.status {
			t.Errorf("%s %s: status %d, want %d (%s)", tc.method, tc.target, w.Code, tc.status, w.Body.String())
			continue
		}
		if tc.code == "" {
			continue
		}
		var e apiError
		if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
			t.Errorf("%s %s: error body is not JSON: %q", tc.method, tc.target, w.Body.String())
			continue
		}
		if e.Error.Status != tc.status || e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.mentions) {
			t.Errorf("%s %s: error %+v; want status %d, code %s, message naming %q", tc.method, tc.target, e.Error, tc.status, tc.code, tc.mentions)
		}
	}
}

func TestClaims(t *testing.T) {
	f := apiFixture(t)
	s := f.server(t, Options{})
	list := func(q string) page[claimView] {
		var p page[claimView]
		getJSON(t, s, "/api/v1/claims?limit=500&"+q, &p)
		return p
	}
	all := list("")
	if len(all.Items) == 0 {
		t.Fatal("no claims")
	}
	for _, tc := range []struct {
		q    string
		keep func(c claimView) bool
	}{
		{"certainty=certain", func(c claimView) bool { return c.Certainty == "certain" }},
		{"polarity=negative", func(c claimView) bool { return c.Polarity == "negative" }},
		{"doc=" + f.example.Document.ID, func(c claimView) bool { return c.DocID == f.example.Document.ID }},
		{"outlet=" + url.QueryEscape(val(f.corpus[0].Document.Outlet)), func(c claimView) bool {
			return strings.EqualFold(c.Outlet, val(f.corpus[0].Document.Outlet))
		}},
		{"since=2024-03-05", func(c claimView) bool { return c.Published >= "2024-03-05" }},
		{"contested=true", func(c claimView) bool { return c.Contested }},
		{"circular=false", func(c claimView) bool { return !c.Circular }},
	} {
		got := list(tc.q)
		want := 0
		for _, c := range all.Items {
			if tc.keep(c) {
				want++
			}
		}
		if len(got.Items) != want {
			t.Errorf("claims?%s: %d claims, want %d", tc.q, len(got.Items), want)
		}
		for _, c := range got.Items {
			if !tc.keep(c) {
				t.Errorf("claims?%s: kept %s (%+v)", tc.q, c.ID, c)
			}
		}
	}
	// The post-filtered listing pages like the plain one.
	var p page[claimView]
	getJSON(t, s, "/api/v1/claims?contested=false&limit=3", &p)
	if len(p.Items) != 3 || p.Next == nil || *p.Next != 3 {
		t.Errorf("filtered page: %d items, next %v; want 3, 3", len(p.Items), p.Next)
	}
	var p2 page[claimView]
	getJSON(t, s, "/api/v1/claims?contested=false&limit=3&offset=3", &p2)
	if len(p2.Items) == 0 || p2.Items[0].ID == p.Items[0].ID {
		t.Errorf("second filtered page repeats the first")
	}

	id := f.multiCarrier(t)
	var c claimView
	getJSON(t, s, "/api/v1/claims/"+id, &c)
	if c.ID != id || !c.Linked || c.Carriers == nil || *c.Carriers < 2 || c.Independent == nil || *c.Independent < 1 {
		t.Errorf("claim %s: %+v; want linked with ≥2 carriers and ≥1 independent origin", id, c)
	}
	contested := list("contested=true")
	for _, c := range contested.Items {
		if c.Contradictions < 1 {
			t.Errorf("contested claim %s counts %d contradictions", c.ID, c.Contradictions)
		}
	}
}

func TestTrace(t *testing.T) {
	f := apiFixture(t)
	s := f.server(t, Options{})
	id := f.multiCarrier(t)
	var tv traceView
	getJSON(t, s, "/api/v1/claims/"+id+"/trace", &tv)
	if !tv.Linked || tv.Trace == nil || tv.Trace.Carriers < 2 || len(tv.Trace.Roots) == 0 {
		t.Fatalf("trace of %s: %+v; want linked, ≥2 carriers, roots", id, tv)
	}
	if n := len(tv.Chain); n < 2 || tv.Chain[0].Kind != "document" || tv.Chain[n-1].Kind != "content" {
		t.Errorf("chain %+v: want document … content", tv.Chain)
	}

	// The example's claim of "Massoud also accused official Islamabad …"
	// is reported by an outlet (Svobodnaya Pressa) citing a person: its
	// chain has the document, each source and the content.
	var nested string
	for _, c := range f.example.Claims {
		if c.Attribution == nil {
			continue
		}
		for _, at := range f.example.Attributions {
			if at.ID == *c.Attribution && at.Parent != nil {
				nested = c.ID
			}
		}
	}
	if nested == "" {
		t.Skip("the pipeline found no nested attribution in the example")
	}
	chain := Chain(f.example, nested)
	sources := 0
	for _, n := range chain {
		if n.Kind == "source" {
			sources++
		}
	}
	if sources < 2 {
		t.Errorf("nested claim %s: chain %+v has %d sources, want ≥2", nested, chain, sources)
	}
	// Without a link index the trace degrades to the chain.
	s2, _ := New(f.st, Options{})
	var tv2 traceView
	getJSON(t, s2, "/api/v1/claims/"+store.ClaimID(f.example.Document.ID, nested)+"/trace", &tv2)
	if tv2.Linked || tv2.Trace != nil || tv2.Note == "" || len(tv2.Chain) != len(chain) {
		t.Errorf("unlinked trace: %+v; want the chain of %d nodes, a note and no trace", tv2, len(chain))
	}
}

func TestActorsEventsGraphs(t *testing.T) {
	f := apiFixture(t)
	s := f.server(t, Options{})
	var actors page[actorView]
	getJSON(t, s, "/api/v1/actors?limit=500", &actors)
	if len(actors.Items) == 0 {
		t.Fatal("no actors")
	}
	var src *actorView
	for i, a := range actors.Items {
		if a.ID != ActorID(a.Type, a.Name) {
			t.Errorf("actor %+v: ID %q", a, a.ID)
		}
		if a.Claims > 0 && src == nil {
			src = &actors.Items[i]
		}
	}
	if src == nil {
		t.Fatal("no actor is the source of a claim")
	}
	var d actorDetail
	getJSON(t, s, "/api/v1/actors/"+url.PathEscape(src.ID), &d)
	if d.ID != src.ID || len(d.ClaimsBy) == 0 {
		t.Errorf("actor %s: %d claims by it, want ≥1", src.ID, len(d.ClaimsBy))
	}

	var evs page[eventView]
	getJSON(t, s, "/api/v1/events?limit=500", &evs)
	want := 0
	for _, a := range append(append([]*contract.Analysis{}, f.corpus...), f.example, f.hostile) {
		want += len(a.Events)
	}
	if len(evs.Items) != want {
		t.Errorf("events: %d, want %d", len(evs.Items), want)
	}
	for i := 1; i < len(evs.Items); i++ {
		a, b := evs.Items[i-1].Date, evs.Items[i].Date
		if a != "" && b != "" && a > b {
			t.Errorf("events out of date order at %d: %s > %s", i, a, b)
		}
	}
	var exEvs page[eventView]
	getJSON(t, s, "/api/v1/events?doc="+f.example.Document.ID, &exEvs)
	if len(exEvs.Items) != min(len(f.example.Events), DefaultLimit) {
		t.Errorf("example events: %d, want %d", len(exEvs.Items), len(f.example.Events))
	}

	for _, path := range []string{"/api/v1/graph/actors", "/api/v1/graph/citations"} {
		var g Graph
		getJSON(t, s, path, &g)
		if g.Documents != len(f.corpus)+2 || len(g.Nodes) == 0 || len(g.Edges) == 0 {
			t.Errorf("%s: %d documents, %d nodes, %d edges", path, g.Documents, len(g.Nodes), len(g.Edges))
		}
		ids := map[string]bool{}
		for _, n := range g.Nodes {
			ids[n.ID] = true
		}
		for _, e := range g.Edges {
			if !ids[e.Source] || !ids[e.Target] || e.Weight < 1 {
				t.Errorf("%s: edge %+v points outside the nodes", path, e)
			}
		}
	}
}

func TestAnalyze(t *testing.T) {
	f := apiFixture(t)
	s := f.server(t, Options{})
	body := "The minister said on Monday that the talks would probably fail, according to Reuters."
	w := do(t, s, "POST", "/api/v1/analyze?published=2024-03-04&outlet=Example+Times", strings.NewReader(body), "Content-Type", "text/plain")
	if w.Code != 200 {
		t.Fatalf("analyze: %d %s", w.Code, w.Body.String())
	}
	var a contract.Analysis
	json.Unmarshal(w.Body.Bytes(), &a)
	if a.Document.Text != body || a.Document.ID != store.DocID(body) || val(a.Document.Outlet) != "Example Times" || len(a.Claims) == 0 {
		t.Errorf("analysis: %+v", a.Document)
	}
	// HTML input: scripts and handlers are dropped from the text.
	html := `<html><head><title>T</title><script>alert(1)</script></head><body><article><p>The minister said the talks failed.</p>
<p onclick="alert(2)">Officials said <a href="javascript:alert(3)">the vote</a> was delayed.</p></article></body></html>`
	w = do(t, s, "POST", "/api/v1/analyze", strings.NewReader(html), "Content-Type", "text/html; charset=utf-8")
	if w.Code != 200 {
		t.Fatalf("analyze HTML: %d %s", w.Code, w.Body.String())
	}
	json.Unmarshal(w.Body.Bytes(), &a)
	if strings.Contains(a.Document.Text, "alert") || !strings.Contains(a.Document.Text, "the vote was delayed") {
		t.Errorf("HTML text: %q", a.Document.Text)
	}
}

func TestAuthHeadersCORS(t *testing.T) {
	f := apiFixture(t)
	open := f.server(t, Options{})
	locked := f.server(t, Options{Token: "s3cret", CORSOrigins: []string{"https://desk.example"}})
	for _, tc := range []struct {
		h      http.Handler
		target string
		hdr    []string
		status int
	}{
		{locked, "/api/v1/documents", nil, 401},
		{locked, "/api/v1/documents", []string{"Authorization", "Bearer wrong"}, 401},
		{locked, "/api/v1/documents", []string{"Authorization", "Bearer s3cret"}, 200},
		{locked, "/metrics", nil, 401},
		{locked, "/healthz", nil, 200},
		{locked, "/", nil, 200},
		{locked, "/openapi.json", nil, 200},
		{open, "/api/v1/documents", nil, 200},
	} {
		w := do(t, tc.h, "GET", tc.target, nil, tc.hdr...)
		if w.Code != tc.status {
			t.Errorf("GET %s %v: %d, want %d", tc.target, tc.hdr, w.Code, tc.status)
		}
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: CSP %q", tc.target, csp)
		}
	}
	// CORS is off by default and answers only the listed origins.
	w := do(t, open, "GET", "/api/v1/documents", nil, "Origin", "https://desk.example")
	if v := w.Header().Get("Access-Control-Allow-Origin"); v != "" {
		t.Errorf("CORS off: Access-Control-Allow-Origin %q", v)
	}
	w = do(t, locked, "OPTIONS", "/api/v1/documents", nil, "Origin", "https://desk.example")
	if w.Code != 204 || w.Header().Get("Access-Control-Allow-Origin") != "https://desk.example" {
		t.Errorf("CORS preflight: %d %v", w.Code, w.Header())
	}
	w = do(t, locked, "GET", "/api/v1/documents", nil, "Origin", "https://evil.example", "Authorization", "Bearer s3cret")
	if v := w.Header().Get("Access-Control-Allow-Origin"); v != "" {
		t.Errorf("unlisted origin allowed: %q", v)
	}
}

func TestHealthMetrics(t *testing.T) {
	f := apiFixture(t)
	s := f.server(t, Options{})
	do(t, s, "GET", "/api/v1/documents", nil)
	do(t, s, "GET", "/api/v1/documents/0000000000000000", nil)
	w := do(t, s, "GET", "/healthz", nil)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"ok"`) {
		t.Errorf("healthz: %d %s", w.Code, w.Body.String())
	}
	w = do(t, s, "GET", "/metrics", nil)
	body := w.Body.String()
	for _, want := range []string{
		`hearsay_http_requests_total{code="200",route="GET /api/v1/documents"} 1`,
		`hearsay_http_requests_total{code="404",route="GET /api/v1/documents/{id}"} 1`,
		`hearsay_http_request_duration_seconds_bucket`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	// A store that fails makes the health check fail.
	closed, _ := New(brokenStore{f.st}, Options{})
	if w := do(t, closed, "GET", "/healthz", nil); w.Code != 503 {
		t.Errorf("healthz on a broken store: %d", w.Code)
	}
}

// brokenStore fails every listing.
type brokenStore struct{ store.Store }

func (brokenStore) Documents(context.Context, store.DocQuery) ([]store.DocSummary, error) {
	return nil, context.DeadlineExceeded
}

func TestCheckBind(t *testing.T) {
	for _, tc := range []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"[::1]:8080", "", true},
		{"localhost:0", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.168.1.5:8080", "", false},
		{"0.0.0.0:8080", "t", true},
		{"nonsense", "", false},
	} {
		err := CheckBind(tc.addr, tc.token)
		if (err == nil) != tc.ok {
			t.Errorf("CheckBind(%q, %q) = %v, want ok %v", tc.addr, tc.token, err, tc.ok)
		}
	}
}

func TestUIAssets(t *testing.T) {
	f := apiFixture(t)
	s := f.server(t, Options{})
	for _, tc := range []struct{ path, ctype, contains string }{
		{"/", "text/html", `src="/assets/app.js"`},
		{"/assets/app.js", "javascript", "cytoscape"},
		{"/assets/app.css", "text/css", ".mark-src"},
		{"/assets/example.txt", "text/plain", "Massoud"},
	} {
		w := do(t, s, "GET", tc.path, nil)
		if w.Code != 200 || !strings.Contains(w.Header().Get("Content-Type"), tc.ctype) || !strings.Contains(w.Body.String(), tc.contains) {
			t.Errorf("GET %s: %d %q", tc.path, w.Code, w.Header().Get("Content-Type"))
		}
	}
	if w := do(t, s, "GET", "/assets/nothing.js", nil); w.Code != 404 {
		t.Errorf("missing asset: %d", w.Code)
	}
	// The page has no inline script or style for the CSP to block.
	w := do(t, s, "GET", "/", nil)
	if strings.Contains(w.Body.String(), "<script>") || strings.Contains(w.Body.String(), "style=") {
		t.Error("index.html has inline script or style")
	}
}
