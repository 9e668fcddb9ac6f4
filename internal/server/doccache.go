package server

import (
	"container/list"
	"context"
	"sync"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// docCache keeps recently read analyses by document ID. A document's ID is
// the hash of its text and a stored analysis is never rewritten, so an
// entry cannot go stale; the cache only bounds memory (least recently used
// out first). Events and graphs read the same recent documents again and
// again, and this spares the store those reads. Cached analyses are
// shared: handlers must not modify them.
type docCache struct {
	max   int
	mu    sync.Mutex
	ll    *list.List // front: most recently used
	items map[string]*list.Element
}

type docEntry struct {
	id string
	a  *contract.Analysis
}

func newDocCache(max int) *docCache {
	return &docCache{max: max, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *docCache) get(id string) *contract.Analysis {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[id]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*docEntry).a
	}
	return nil
}

func (c *docCache) put(id string, a *contract.Analysis) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[id]; ok {
		c.ll.MoveToFront(e)
		return
	}
	c.items[id] = c.ll.PushFront(&docEntry{id, a})
	for c.ll.Len() > c.max {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*docEntry).id)
	}
}

// document reads one analysis through the cache.
func (s *Server) document(ctx context.Context, id string) (*contract.Analysis, error) {
	if a := s.docs.get(id); a != nil {
		return a, nil
	}
	a, err := s.st.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	s.docs.put(id, a)
	return a, nil
}
