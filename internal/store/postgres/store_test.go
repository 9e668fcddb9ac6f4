package postgres

import (
	"context"
	"testing"

	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
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
	return storetest.PostgresSchema(t, storetest.PostgresURL(t), "hearsay_test_")
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
