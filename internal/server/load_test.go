package server

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
	"github.com/hearsaynews/hearsay/internal/storygen"
)

// TestLoad runs 50 clients for 30 s over loopback against a store of 10,000
// documents and fails on any error; it reports requests per second and
// latency percentiles. It runs only with HEARSAY_LOAD=1. HEARSAY_LOAD_DB
// names a store file to build once and reuse; HEARSAY_LOAD_DOCS,
// HEARSAY_LOAD_CLIENTS and HEARSAY_LOAD_SECONDS change the sizes.
//
//	HEARSAY_LOAD=1 go test ./internal/server -run TestLoad -v -timeout 20m
func TestLoad(t *testing.T) {
	if os.Getenv("HEARSAY_LOAD") != "1" {
		t.Skip("load test: set HEARSAY_LOAD=1")
	}
	docs := envInt(t, "HEARSAY_LOAD_DOCS", 10000)
	clients := envInt(t, "HEARSAY_LOAD_CLIENTS", 50)
	seconds := envInt(t, "HEARSAY_LOAD_SECONDS", 30)
	ctx := context.Background()
	path := os.Getenv("HEARSAY_LOAD_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "load.db")
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	links := link.New(st.LinkIndex(), link.Options{})
	have, err := st.Documents(ctx, store.DocQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(have) < docs {
		start := time.Now()
		// A linked multi-outlet corpus, so traces have carriers, then
		// synthetic documents up to the size asked for.
		c := storygen.Generate(storygen.Options{Seed: 11, Stories: 40, Noise: 40})
		for _, art := range c.Articles {
			a := contract.FromDoc(art.Oracle)
			a.Document.ID = ""
			if _, err := st.PutAnalysis(ctx, a, "storygen"); err != nil {
				t.Fatal(err)
			}
			d, err := contract.ToDoc(a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := links.Add(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		have, err = st.Documents(ctx, store.DocQuery{})
		if err != nil {
			t.Fatal(err)
		}
		for i, n := 0, len(have); n < docs; i++ {
			res, err := st.PutAnalysis(ctx, storetest.Synthetic(i, 10), "load")
			if err != nil {
				t.Fatal(err)
			}
			if !res.Duplicate {
				n++
			}
		}
		have, err = st.Documents(ctx, store.DocQuery{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("built a store of %d documents in %v", len(have), time.Since(start).Round(time.Second))
	}
	if len(have) < docs {
		t.Fatalf("store holds %d documents, want %d", len(have), docs)
	}
	claims, err := st.Claims(ctx, store.ClaimQuery{Source: "", Page: store.Page{Limit: 2000}})
	if err != nil || len(claims) == 0 {
		t.Fatalf("claims: %d, %v", len(claims), err)
	}
	actors, err := st.Actors(ctx, store.ActorQuery{Page: store.Page{Limit: 200}})
	if err != nil || len(actors) == 0 {
		t.Fatalf("actors: %d, %v", len(actors), err)
	}
	ridx, rdb, err := SQLiteReadIndex(path)
	if err != nil {
		t.Fatal(err)
	}
	defer rdb.Close()
	s, err := New(st, Options{Links: link.New(ridx, link.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s) // loopback only
	defer ts.Close()

	words := []string{"helicopters", "ceasefire", "election", "sanctions", "protest", "talks", "border", "drought"}
	certs := []string{"certain", "probable", "possible"}
	type req struct{ name, path string }
	pick := func(r *rand.Rand) req {
		d := have[r.IntN(len(have))]
		c := claims[r.IntN(len(claims))]
		a := actors[r.IntN(len(actors))]
		// The mix of a reading session: mostly documents, claims and
		// traces; one request in ten is an aggregate over the corpus
		// (claims about an actor, an actor search, the actor graph),
		// which costs the store a scan of its entity rows.
		switch n := r.IntN(100); {
		case n < 15:
			return req{"documents", "/api/v1/documents?limit=50&offset=" + strconv.Itoa(50*r.IntN(10))} // the first ten pages
		case n < 30:
			return req{"analysis", "/api/v1/documents/" + d.ID + "/analysis"}
		case n < 45:
			return req{"claims search", "/api/v1/claims?limit=50&q=" + words[r.IntN(len(words))]}
		case n < 60:
			return req{"claim", "/api/v1/claims/" + url.PathEscape(c.ID)}
		case n < 70:
			return req{"trace", "/api/v1/claims/" + url.PathEscape(c.ID) + "/trace"}
		case n < 80:
			return req{"events", "/api/v1/events?doc=" + d.ID}
		case n < 90:
			return req{"document", "/api/v1/documents/" + d.ID}
		case n < 94:
			return req{"claims about", "/api/v1/claims?limit=50&certainty=" + certs[r.IntN(len(certs))] + "&about=" + url.QueryEscape(a.Name)}
		case n < 97:
			return req{"actors search", "/api/v1/actors?limit=50&name=" + url.QueryEscape(a.Name[:min(3, len(a.Name))])}
		default:
			return req{"actor graph", "/api/v1/graph/actors?docs=20"}
		}
	}
	type sample struct {
		name string
		dur  time.Duration
		err  string
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 30 * time.Second}
	deadline := time.Now().Add(time.Duration(seconds) * time.Second)
	results := make([][]sample, clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(i), 42))
			for time.Now().Before(deadline) {
				q := pick(r)
				t0 := time.Now()
				resp, err := client.Get(ts.URL + q.path)
				sm := sample{name: q.name}
				if err != nil {
					sm.err = err.Error()
				} else {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						sm.err = fmt.Sprintf("%s: status %d", q.path, resp.StatusCode)
					}
				}
				sm.dur = time.Since(t0)
				results[i] = append(results[i], sm)
			}
		}()
	}
	wg.Wait()
	byName := map[string][]time.Duration{}
	var all []time.Duration
	var errs []string
	for _, rs := range results {
		for _, sm := range rs {
			if sm.err != "" {
				errs = append(errs, sm.err)
			}
			byName[sm.name] = append(byName[sm.name], sm.dur)
			all = append(all, sm.dur)
		}
	}
	pct := func(ds []time.Duration, p float64) time.Duration {
		slices.Sort(ds)
		return ds[min(len(ds)-1, int(float64(len(ds))*p))]
	}
	t.Logf("%d documents, %d clients, %d s: %d requests (%.0f/s), %d errors; p50 %v, p99 %v, max %v",
		len(have), clients, seconds, len(all), float64(len(all))/float64(seconds), len(errs),
		pct(all, 0.5), pct(all, 0.99), pct(all, 1))
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		ds := byName[n]
		t.Logf("  %-14s %6d requests  p50 %-10v p99 %v", n, len(ds), pct(ds, 0.5).Round(time.Microsecond), pct(ds, 0.99).Round(time.Microsecond))
	}
	if len(errs) > 0 {
		t.Errorf("%d errors, first: %s", len(errs), errs[0])
	}
}

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive whole number", name, v)
	}
	return n
}
