package server

import (
	"embed"
	"net/http"
	"path"
)

// The web UI is built from web/ by esbuild (npm); the output is committed
// under assets/ so that go build needs no npm.
//
//go:generate npm --prefix ../../web ci --no-audit --no-fund
//go:generate npm --prefix ../../web run build

//go:embed assets
var assets embed.FS

// ui answers GET / with the single page of the web UI; its views are
// addressed by the URL fragment (#/claims, #/doc/ID, …).
func (s *Server) ui(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeFileFS(w, r, assets, "assets/index.html")
}

// asset answers GET /assets/{file}.
func (s *Server) asset(w http.ResponseWriter, r *http.Request) {
	name := path.Clean(r.PathValue("file"))
	if name == "index.html" {
		s.ui(w, r)
		return
	}
	f, err := assets.Open("assets/" + name)
	if err != nil {
		s.notFound(w, r)
		return
	}
	f.Close()
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeFileFS(w, r, assets, "assets/"+name)
}
