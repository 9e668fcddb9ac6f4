// Package server is Hearsay's HTTP API and web UI. A store.Store (and,
// where the store keeps one, the cross-article link index) goes in through
// New; an http.Handler comes out that answers JSON under /api/v1/ (documents,
// analyses, claims, actors, events, claim traces, the actor and citation
// graphs, ad-hoc analysis of posted text or HTML), describes that API at
// /openapi.json, reports /healthz and Prometheus /metrics, and serves the
// embedded web UI (built from web/ with esbuild) at /.
//
// Every route is one entry of the routes table in routes.go, registered on
// a stdlib ServeMux with its method pattern; the OpenAPI document is
// checked against that table by a test. Handlers live one file per
// resource (documents.go, claims.go, actors.go, events.go, graphs.go,
// analyze.go).
//
// Errors are JSON ({"error": {"status", "code", "message"}}) with the
// matching status code. Listings take limit and offset and answer
// {"items", "limit", "offset", "next"}; next is the offset of the
// following page or null. IDs are stable: a document's ID is the hash of
// its text (store.DocID), a claim's is DOC:cN (store.ClaimID), an actor's
// is TYPE:name in lower case.
//
// Limits are Options fields with their units: request bodies (MaxBody,
// bytes), request time (Timeout), page size (MaxLimit), documents read for
// events and graphs (MaxWindow), concurrent analyses (MaxAnalyses). The
// server only reads the store, so successful GET answers of the API are
// kept for CacheTTL (2 s by default) and concurrent identical requests
// share one answer. Events and graphs are computed over a window of the
// most recent documents (the store keeps no corpus-wide event index), and
// claim filters the store cannot apply (outlet, date, contested, circular)
// are applied here over at most MaxScan claims per page. Article
// text is never interpreted as HTML by the UI: it builds the page with
// textContent only, and every response carries a Content-Security-Policy
// of default-src 'self', so no script in a document can run.
//
//	h, err := server.New(st, server.Options{Token: token})
//	http.ListenAndServe("127.0.0.1:8080", h)
package server
