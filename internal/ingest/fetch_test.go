package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/store"
)

const page = `<!DOCTYPE html><html><head><title>Served page</title></head><body><p>The full article says the bridge reopened on Monday, engineers said.</p></body></html>`

// testServer serves pages, a feed whose items point back at it, and the
// troublesome cases; it records the User-Agent it saw.
func testServer(t *testing.T) (*httptest.Server, *string) {
	ua := new(string)
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		*ua = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
<item><title>Bridge</title><link>%s/story</link><description>Short summary only.</description></item>
<item><title>Gone</title><link>%s/gone</link><description>The summary of a page that is gone, reporters said.</description></item>
</channel></rss>`, srv.URL, srv.URL)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, strings.Repeat("<p>word</p>", 10000))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, ua
}

func TestFetchLimits(t *testing.T) {
	srv, ua := testServer(t)
	ctx := context.Background()
	open := NewFetcher(FetchOptions{AllowPrivate: true, MaxBytes: 50000, Timeout: 500 * time.Millisecond, MaxRedirects: 3})
	p, err := open.Get(ctx, srv.URL+"/story")
	if err != nil || p.ContentType != "text/html" || string(p.Body) != page {
		t.Fatalf("Get /story = %+v, %v", p, err)
	}
	if *ua != UserAgent {
		t.Errorf("server saw User-Agent %q, want %q", *ua, UserAgent)
	}
	tests := []struct {
		f      *Fetcher
		path   string
		reason error
		msg    string
	}{
		{NewFetcher(FetchOptions{}), "/story", ErrRefused, "127.0.0.1 is a private, loopback or link-local address"},
		{open, "/loop", ErrRefused, "more than 3 redirects"},
		{open, "/big", ErrTooLarge, "50000-byte limit"},
		{open, "/slow", ErrUnreadable, "Timeout"},
		{open, "/gone", ErrUnreadable, "404"},
	}
	for _, tc := range tests {
		_, err := tc.f.Get(ctx, srv.URL+tc.path)
		if !errors.Is(err, tc.reason) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Get %s: %v, want %v mentioning %q", tc.path, err, tc.reason, tc.msg)
		}
	}
	if _, err := open.Get(ctx, "file:///etc/passwd"); !errors.Is(err, ErrMalformed) {
		t.Errorf("Get file URL: %v", err)
	}
}

func TestPublicAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"93.184.216.34": true, "2606:2800:220:1::1": true,
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false, "169.254.169.254": false,
		"100.64.0.1": false, "0.0.0.0": false, "::1": false, "fe80::1": false, "fc00::1": false, "::ffff:127.0.0.1": false,
		"224.0.0.1": false,
	} {
		if got := publicAddr(netip.MustParseAddr(addr)); got != want {
			t.Errorf("publicAddr(%s) = %v, want %v", addr, got, want)
		}
	}
}

func TestRunURLs(t *testing.T) {
	srv, _ := testServer(t)
	ctx := context.Background()

	// Without --allow-private every loopback URL is refused, by name.
	s := openStore(t)
	rec := &recorder{}
	sum, err := Run(ctx, []string{srv.URL + "/story", srv.URL + "/feed"}, Options{Store: s, Analyzer: &sentenceClaims{}, Extract: testExtract, Progress: rec})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 2 || sum.Stored != 0 {
		t.Errorf("refused run: %+v", sum)
	}
	for _, f := range rec.failures() {
		if !strings.Contains(f, "refused") || !strings.HasPrefix(f, srv.URL) {
			t.Errorf("failure %q does not name the URL and the refusal", f)
		}
	}

	// With it: the page, and the feed whose summary-only items are
	// fetched; the gone page falls back to its summary.
	rec = &recorder{}
	o := Options{Store: s, Analyzer: &sentenceClaims{}, Extract: testExtract, Progress: rec, Fetch: FetchOptions{AllowPrivate: true}}
	sum, err = Run(ctx, []string{srv.URL + "/story", srv.URL + "/feed"}, o)
	if err != nil {
		t.Fatal(err)
	}
	// The feed's first item is the page already stored from /story.
	if sum.Stored != 2 || sum.Duplicates != 1 || sum.Failed != 0 {
		t.Errorf("summary %+v (failures %v), want 2 stored, 1 duplicate", sum, rec.failures())
	}
	docs, _ := s.Documents(ctx, store.DocQuery{})
	got := map[string]string{}
	for _, d := range docs {
		a, _ := s.Document(ctx, d.ID)
		got[d.URL] = a.Document.Text
	}
	if !strings.HasPrefix(got[srv.URL+"/story"], "The full article says") {
		t.Errorf("story stored as %q", got[srv.URL+"/story"])
	}
	if got[srv.URL+"/gone"] != "The summary of a page that is gone, reporters said." {
		t.Errorf("gone page stored as %q", got[srv.URL+"/gone"])
	}
}

func TestMain(m *testing.M) {
	// Tests must never reach beyond loopback; a proxy from the
	// environment would hide what the address check sees.
	os.Unsetenv("HTTP_PROXY")
	os.Unsetenv("HTTPS_PROXY")
	os.Exit(m.Run())
}
