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
