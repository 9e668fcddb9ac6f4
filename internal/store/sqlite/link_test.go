package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hearsaynews/hearsay/internal/link/linktest"
)

func TestLinkIndex(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "hearsay.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	linktest.Run(t, s.LinkIndex())
}

// The writer's page cache grows to linkCachePages once a link index is
// made, and not before: storing documents does not need it.
func TestLinkIndexCache(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "hearsay.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	size := func() int {
		var n int
		if err := s.w.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := size(); n == linkCachePages {
		t.Fatalf("cache_size is %d before any link index", n)
	}
	s.LinkIndex()
	if n := size(); n != linkCachePages {
		t.Errorf("cache_size is %d with a link index, want %d", n, linkCachePages)
	}
}
