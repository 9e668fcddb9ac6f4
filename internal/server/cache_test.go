package server

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCache(t *testing.T) {
	var calls atomic.Int32
	release := make(chan struct{})
	h := func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		<-release
		if r.URL.Query().Get("fail") != "" {
			writeError(w, http.StatusNotFound, "not_found", "no")
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"q": r.URL.RawQuery})
	}
	c := newCache(50*time.Millisecond, 10, 1<<10)
	get := func(target string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		c.serve(w, httptest.NewRequest("GET", target, nil), h)
		return w
	}
	// Ten concurrent identical requests: one call, ten equal answers.
	var wg sync.WaitGroup
	out := make([]*httptest.ResponseRecorder, 10)
	for i := range out {
		wg.Add(1)
		go func() { defer wg.Done(); out[i] = get("/api/v1/x?a=1") }()
	}
	time.Sleep(20 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("concurrent identical requests: %d calls, want 1", n)
	}
	for _, w := range out {
		if w.Code != 200 || w.Body.String() != out[0].Body.String() {
			t.Errorf("answer %d %q", w.Code, w.Body.String())
		}
	}
	// Within the TTL the answer is reused; after it, recomputed.
	if w := get("/api/v1/x?a=1"); w.Header().Get("X-Cache") != "hit" || calls.Load() != 1 {
		t.Errorf("second request not served from the cache (calls %d)", calls.Load())
	}
	time.Sleep(60 * time.Millisecond)
	get("/api/v1/x?a=1")
	if n := calls.Load(); n != 2 {
		t.Errorf("after the TTL: %d calls, want 2", n)
	}
	// Errors are not kept.
	get("/api/v1/x?fail=1")
	if w := get("/api/v1/x?fail=1"); w.Code != 404 || calls.Load() != 4 {
		t.Errorf("error answer cached: %d, calls %d", w.Code, calls.Load())
	}
	// A different URL is a different entry.
	if w := get("/api/v1/x?a=2"); w.Body.String() == out[0].Body.String() {
		t.Error("different query got the same answer")
	}
}
