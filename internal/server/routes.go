package server

import "net/http"

// route is one entry of the API: the method and ServeMux pattern it is
// registered under, whether it needs the token, and its handler. The
// OpenAPI document lists the same method and path for each (a test walks
// this table against it).
type route struct {
	Method  string
	Pattern string
	Auth    bool
	Handler http.HandlerFunc
}

// routes is every route the server answers, in the order /openapi.json
// lists them.
func (s *Server) routes() []route {
	return []route{
		{"GET", "/api/v1/documents", true, s.listDocuments},
		{"GET", "/api/v1/documents/{id}", true, s.getDocument},
		{"GET", "/api/v1/documents/{id}/analysis", true, s.getAnalysis},
		{"GET", "/api/v1/claims", true, s.listClaims},
		{"GET", "/api/v1/claims/{id}", true, s.getClaim},
		{"GET", "/api/v1/claims/{id}/trace", true, s.traceClaim},
		{"GET", "/api/v1/actors", true, s.listActors},
		{"GET", "/api/v1/actors/{id}", true, s.getActor},
		{"GET", "/api/v1/events", true, s.listEvents},
		{"GET", "/api/v1/graph/actors", true, s.actorGraph},
		{"GET", "/api/v1/graph/citations", true, s.citationGraph},
		{"POST", "/api/v1/analyze", true, s.postAnalyze},
		{"GET", "/openapi.json", false, s.openAPI},
		{"GET", "/healthz", false, s.healthz},
		{"GET", "/metrics", true, s.serveMetrics},
		{"GET", "/{$}", false, s.ui},
		{"GET", "/assets/{file}", false, s.asset},
	}
}
