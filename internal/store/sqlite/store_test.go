package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
)

func openTemp(t *testing.T) store.Store {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "hearsay.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) { storetest.Run(t, openTemp) }

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutAnalysis(ctx, storetest.Synthetic(1, 2), "x"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	s.w.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&v)
	if v != SchemaVersion() {
		t.Errorf("schema version %d, want %d", v, SchemaVersion())
	}
	docs, _ := s.Documents(ctx, store.DocQuery{})
	if len(docs) != 1 {
		t.Errorf("documents after reopen = %d, want 1", len(docs))
	}
	// A newer schema than this program knows is refused, with both numbers.
	s.w.Exec(`INSERT INTO schema_migrations VALUES (999, 'future', '')`)
	s.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "999") {
		t.Errorf("Open of a newer schema: %v, want an error naming version 999", err)
	}
}
