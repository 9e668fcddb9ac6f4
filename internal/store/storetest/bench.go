package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/store"
)

// FillClaims stores docs synthetic documents of 50 claims each (2,000 make
// the 100,000-claim store of the search target) and checks the count.
func FillClaims(b *testing.B, s store.Store, docs int) {
	b.Helper()
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < docs; i++ {
		if _, err := s.PutAnalysis(ctx, Synthetic(i, 50), "bench"); err != nil {
			b.Fatal(err)
		}
	}
	all, err := s.Claims(ctx, store.ClaimQuery{})
	if err != nil || len(all) != docs*50 {
		b.Fatalf("store holds %d claims (%v), want %d", len(all), err, docs*50)
	}
	b.Logf("stored %d claims in %v", len(all), time.Since(start))
}

// BenchClaimsSearch times the first page (100 rows) of claim searches on
// a store filled by FillClaims(…, 2000): a word in 18% of the claims, two
// words together, a word with a certainty filter, a word in one document,
// and the worst case, a common word with a filter that matches none of
// its claims. It reports ms/search; the target is ≤ 100 ms.
func BenchClaimsSearch(b *testing.B, s store.Store) {
	ctx := context.Background()
	for _, tc := range []struct {
		q    store.ClaimQuery
		want int
	}{
		{store.ClaimQuery{Search: "helicopters"}, 100},
		{store.ClaimQuery{Search: "election protest"}, 100},
		{store.ClaimQuery{Search: "drought", Certainty: "certain"}, 100},
		{store.ClaimQuery{Search: "number 1999"}, 50},
		{store.ClaimQuery{Search: "helicopters", Certainty: "doubtful"}, 0},
	} {
		q := tc.q
		q.Limit = 100
		b.Run(fmt.Sprintf("%s/%s", q.Search, q.Certainty), func(b *testing.B) {
			for b.Loop() {
				got, err := s.Claims(ctx, q)
				if err != nil || len(got) != tc.want {
					b.Fatalf("Claims(%+v) = %d, %v; want %d", q, len(got), err, tc.want)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/search")
		})
	}
}
