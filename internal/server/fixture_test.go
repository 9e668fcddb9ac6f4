package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
	"github.com/hearsaynews/hearsay/internal/storygen"
)

// fixture is a real SQLite store holding the example article (analysed by
// the real pipeline), a small synthetic multi-outlet corpus (storygen's
// oracle analyses) and a hostile document, all linked.
type fixture struct {
	st      *sqlite.Store
	links   *link.Linker
	example *contract.Analysis
	hostile *contract.Analysis
	corpus  []*contract.Analysis
}

const hostileText = `Officials said <script>window.__pwned = "script"</script> the talks failed.
The minister claimed <img src=x onerror="window.__pwned='img'"> that the vote was rigged.
Click <a href="javascript:window.__pwned='link'">here</a>, a spokesman said.`

var exampleOnce struct {
	sync.Once
	a   *contract.Analysis
	err error
}

// hostileAnalysis is a stored document whose text and title carry
// markup, with one attribution over it, built by hand so that the test
// does not depend on what the pipeline finds in it.
func hostileAnalysis() *contract.Analysis {
	text := hostileText
	at := func(sub string) contract.Span {
		i := strings.Index(text, sub)
		start := utf8.RuneCountInString(text[:i])
		return contract.Span{Start: start, End: start + utf8.RuneCountInString(sub), Text: sub}
	}
	title := `<b onmouseover="window.__pwned='title'">Hostile</b>`
	content := at(`that the vote was rigged`)
	return &contract.Analysis{
		Document: contract.Document{Title: &title, Language: "en", Text: text},
		Entities: []contract.Entity{},
		Attributions: []contract.Attribution{{ID: "a1", Source: &contract.Source{Span: at("The minister"), Kind: "person"},
			Cue: contract.Cue{Span: at("claimed"), Type: "statement"}, Content: contract.Content{Span: content}}},
		Claims: []contract.Claim{{ID: "c1", Span: content, Attribution: ptr("a1"), Certainty: "probable", Polarity: "positive",
			Hedges: []contract.Span{}}},
		Events: []contract.Event{}, Relations: []contract.Relation{},
	}
}

func ptr(s string) *string { return &s }

// exampleAnalysis runs the pipeline on the repository's example article
// once per test binary.
func exampleAnalysis(t testing.TB) *contract.Analysis {
	exampleOnce.Do(func() {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "panjshir-2021-09.txt"))
		if err != nil {
			exampleOnce.err = err
			return
		}
		exampleOnce.a, exampleOnce.err = defaultAnalyze(context.Background(), AnalyzeInput{Name: "panjshir-2021-09.txt", Data: data})
	})
	if exampleOnce.err != nil {
		t.Fatal(exampleOnce.err)
	}
	// A deep copy: PutAnalysis may set fields.
	b, _ := json.Marshal(exampleOnce.a)
	var a contract.Analysis
	json.Unmarshal(b, &a)
	return &a
}

// newFixture builds the fixture in dir; "" means a directory of t's,
// removed with the store closed when t ends.
func newFixture(t testing.TB, dir string) *fixture {
	t.Helper()
	ctx := context.Background()
	own := dir == ""
	if own {
		dir = t.TempDir()
	}
	st, err := sqlite.Open(ctx, filepath.Join(dir, "hearsay.db"))
	if err != nil {
		t.Fatal(err)
	}
	if own {
		t.Cleanup(func() { st.Close() })
	}
	f := &fixture{st: st, links: link.New(st.LinkIndex(), link.Options{})}
	put := func(a *contract.Analysis, origin string) {
		if _, err := st.PutAnalysis(ctx, a, origin); err != nil {
			t.Fatal(err)
		}
		d, err := contract.ToDoc(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.links.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	c := storygen.Generate(storygen.Options{Seed: 7, Stories: 3, Noise: 3})
	for _, art := range c.Articles {
		a := contract.FromDoc(art.Oracle)
		a.Document.ID = ""
		put(a, "storygen")
		f.corpus = append(f.corpus, a)
	}
	f.example = exampleAnalysis(t)
	f.example.Document.ID = ""
	put(f.example, "example")
	f.hostile = hostileAnalysis()
	f.hostile.Document.ID = ""
	put(f.hostile, "hostile")
	return f
}

func (f *fixture) server(t testing.TB, opts Options) *Server {
	t.Helper()
	if opts.Links == nil {
		opts.Links = f.links
	}
	s, err := New(f.st, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// do sends one request to h and returns the recorded response.
func do(t testing.TB, h http.Handler, method, target string, body io.Reader, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// getJSON requests target and decodes a 200 response into v.
func getJSON(t testing.TB, h http.Handler, target string, v any) {
	t.Helper()
	w := do(t, h, "GET", target, nil)
	if w.Code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, w.Code, w.Body.String())
	}
	if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
}

// multiCarrier returns the ID of a stored claim that the link index says
// more than one document carries.
func (f *fixture) multiCarrier(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	for _, a := range f.corpus {
		refs := make([]link.Ref, 0, len(a.Claims))
		for _, c := range a.Claims {
			refs = append(refs, link.Ref{Doc: a.Document.ID, Claim: c.ID})
		}
		stats, err := f.links.Stats(ctx, refs)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range refs {
			if s, ok := stats[r]; ok && s.Carriers > 1 {
				return store.ClaimID(r.Doc, r.Claim)
			}
		}
	}
	t.Fatal("no claim with more than one carrier in the fixture corpus")
	return ""
}

func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
