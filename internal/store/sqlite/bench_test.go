package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
)

// BenchmarkPutAnalysis measures storing small documents (10 claims each),
// one transaction per document, as ingest does.
func BenchmarkPutAnalysis(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "put.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := make([]*contract.Analysis, b.N)
	for i := range docs {
		docs[i] = storetest.Synthetic(i, 10)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.PutAnalysis(ctx, docs[i], "bench"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkClaimsSearch answers `hearsay claims --search` on a
// 100k-claim SQLite store (see storetest.BenchClaimsSearch).
func BenchmarkClaimsSearch(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "claims.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.FillClaims(b, s, 2000)
	storetest.BenchClaimsSearch(b, s)
}

// BenchmarkClaimsAbout answers `hearsay claims --about` on a 100k-claim
// SQLite store (see storetest.BenchClaimsAbout).
func BenchmarkClaimsAbout(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "claims.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.FillClaims(b, s, 2000)
	storetest.BenchClaimsAbout(b, s)
}

// BenchmarkActorsName answers `hearsay actors --name` on the same store
// (see storetest.BenchActorsName).
func BenchmarkActorsName(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "claims.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.FillClaims(b, s, 2000)
	storetest.BenchActorsName(b, s)
}
