package server

import (
	_ "embed"
	"net/http"
)

// openapiJSON is the OpenAPI 3 description of the routes in routes.go;
// openapi_test.go checks one against the other.
//
//go:embed openapi.json
var openapiJSON []byte

// OpenAPI returns the OpenAPI document the server serves.
func OpenAPI() []byte { return append([]byte(nil), openapiJSON...) }

// openAPI answers GET /openapi.json.
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openapiJSON)
}
