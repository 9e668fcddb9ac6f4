package server

import (
	"bytes"
	"net/http"
	"sync"
	"time"
)

// cache keeps successful GET responses of the API for a short time and
// lets concurrent identical requests share one computation. The server
// only reads the store; another process (hearsay ingest) may write it, so
// entries live for Options.CacheTTL and no longer. Popular views (the
// actor graph, an actor search being typed, the first page of claims)
// then cost the store one query per TTL however many clients ask.
type cache struct {
	ttl     time.Duration
	max     int // entries
	maxSize int // bytes per entry
	mu      sync.Mutex
	entries map[string]*cacheEntry
	flights map[string]*flight
}

type cacheEntry struct {
	expires time.Time
	header  http.Header
	body    []byte
}

type flight struct {
	done  chan struct{}
	entry *cacheEntry // nil when the response was not cacheable
}

func newCache(ttl time.Duration, max, maxSize int) *cache {
	return &cache{ttl: ttl, max: max, maxSize: maxSize, entries: map[string]*cacheEntry{}, flights: map[string]*flight{}}
}

// bufferWriter records a response.
type bufferWriter struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (b *bufferWriter) Header() http.Header { return b.header }
func (b *bufferWriter) Write(p []byte) (int, error) {
	if b.code == 0 {
		b.code = http.StatusOK
	}
	return b.body.Write(p)
}
func (b *bufferWriter) WriteHeader(code int) {
	if b.code == 0 {
		b.code = code
	}
}

func (e *cacheEntry) write(w http.ResponseWriter) {
	for k, v := range e.header {
		w.Header()[k] = v
	}
	w.Header().Set("X-Cache", "hit")
	w.WriteHeader(http.StatusOK)
	w.Write(e.body)
}

// serve answers r from the cache, or runs h once for all concurrent
// requests of the same URL.
func (c *cache) serve(w http.ResponseWriter, r *http.Request, h http.HandlerFunc) {
	key := r.URL.RequestURI()
	now := time.Now()
	c.mu.Lock()
	if e, ok := c.entries[key]; ok && now.Before(e.expires) {
		c.mu.Unlock()
		e.write(w)
		return
	}
	if f, ok := c.flights[key]; ok {
		c.mu.Unlock()
		select {
		case <-f.done:
			if f.entry != nil {
				f.entry.write(w)
				return
			}
		case <-r.Context().Done():
		}
		h(w, r) // not cacheable (an error) or canceled: answer for itself
		return
	}
	f := &flight{done: make(chan struct{})}
	c.flights[key] = f
	c.mu.Unlock()

	bw := &bufferWriter{header: http.Header{}}
	h(bw, r)
	var e *cacheEntry
	if bw.code == http.StatusOK && bw.body.Len() <= c.maxSize {
		e = &cacheEntry{expires: time.Now().Add(c.ttl), header: bw.header, body: bw.body.Bytes()}
	}
	c.mu.Lock()
	delete(c.flights, key)
	if e != nil {
		if len(c.entries) >= c.max {
			// Drop the expired entries, or all of them if none has
			// expired: simpler than an LRU and the TTL is short.
			for k, old := range c.entries {
				if now.After(old.expires) {
					delete(c.entries, k)
				}
			}
			if len(c.entries) >= c.max {
				clear(c.entries)
			}
		}
		c.entries[key] = e
	}
	f.entry = e
	close(f.done)
	c.mu.Unlock()

	for k, v := range bw.header {
		w.Header()[k] = v
	}
	if bw.code == 0 {
		bw.code = http.StatusOK
	}
	w.WriteHeader(bw.code)
	w.Write(bw.body.Bytes())
}
