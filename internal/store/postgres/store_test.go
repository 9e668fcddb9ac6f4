package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"testing"

	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
	"github.com/jackc/pgx/v5"
)

// openFresh gives each test its own schema in the database named by
// HEARSAY_TEST_POSTGRES and drops it afterwards.
func openFresh(t *testing.T) store.Store { return openSchema(t) }

func openSchema(t testing.TB) store.Store {
	s, err := Open(context.Background(), newSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// newSchema creates a schema of its own for the test, dropped afterwards,
// and returns the URL that uses it.
func newSchema(t testing.TB) string {
	base := storetest.PostgresURL(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect %s: %v", base, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "hearsay_test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestStore(t *testing.T) { storetest.Run(t, openFresh) }

// BenchmarkClaimsSearch answers `hearsay claims --search` on a
// 100k-claim PostgreSQL store (see storetest.BenchClaimsSearch); it needs
// HEARSAY_TEST_POSTGRES.
func BenchmarkClaimsSearch(b *testing.B) {
	s := openSchema(b)
	defer s.Close()
	storetest.FillClaims(b, s, 2000)
	storetest.BenchClaimsSearch(b, s)
}

// BenchmarkClaimsAbout answers `hearsay claims --about` on a 100k-claim
// PostgreSQL store (see storetest.BenchClaimsAbout); it needs
// HEARSAY_TEST_POSTGRES.
func BenchmarkClaimsAbout(b *testing.B) {
	s := openSchema(b)
	defer s.Close()
	storetest.FillClaims(b, s, 2000)
	storetest.BenchClaimsAbout(b, s)
}

// BenchmarkActorsName answers `hearsay actors --name` on the same store
// (see storetest.BenchActorsName).
func BenchmarkActorsName(b *testing.B) {
	s := openSchema(b)
	defer s.Close()
	storetest.FillClaims(b, s, 2000)
	storetest.BenchActorsName(b, s)
}
