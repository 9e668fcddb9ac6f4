package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
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

// BenchClaimsAbout times the first page (100 rows) of claims about a name
// on a store filled by FillClaims(…, 2000), to which it adds the two
// fixture documents that mention actors inside claims: a name in claims
// of both (by name in one, by alias in the other), an alias, and the
// worst case of the old plan, a name mentioned in 2,000 documents but in
// none of their claims, with and without a certainty filter. It reports
// ms/query.
func BenchClaimsAbout(b *testing.B, s store.Store) {
	ctx := context.Background()
	for _, a := range []*contract.Analysis{docA(), docB()} {
		if _, err := s.PutAnalysis(ctx, a, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	for _, tc := range []struct {
		q    store.ClaimQuery
		want int
	}{
		{store.ClaimQuery{About: "Pakistan"}, 2},
		{store.ClaimQuery{About: "Islamabad"}, 1},
		{store.ClaimQuery{About: "Minister7"}, 0},
		{store.ClaimQuery{About: "Minister7", Certainty: "probable"}, 0},
	} {
		q := tc.q
		q.Limit = 100
		b.Run(fmt.Sprintf("%s/%s", q.About, q.Certainty), func(b *testing.B) {
			for b.Loop() {
				got, err := s.Claims(ctx, q)
				if err != nil || len(got) != tc.want {
					b.Fatalf("Claims(%+v) = %d, %v; want %d", q, len(got), err, tc.want)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/query")
		})
	}
}

// BenchActorsName times the first page (50 rows) of an actor search by
// part of a name on a store filled by FillClaims(…, 2000) (50 actors,
// each in 2,000 documents): a part every actor's name has, one that 11
// have, one that one has, and one none has. It reports ms/query.
func BenchActorsName(b *testing.B, s store.Store) {
	ctx := context.Background()
	for _, tc := range []struct {
		q    store.ActorQuery
		want int
	}{
		{store.ActorQuery{Name: "min"}, 50},
		{store.ActorQuery{Name: "minister1"}, 11},
		{store.ActorQuery{Name: "ster42", Type: "person"}, 1},
		{store.ActorQuery{Name: "nobody"}, 0},
	} {
		q := tc.q
		q.Limit = 50
		b.Run(fmt.Sprintf("%s/%s", q.Name, q.Type), func(b *testing.B) {
			for b.Loop() {
				got, err := s.Actors(ctx, q)
				if err != nil || len(got) != tc.want {
					b.Fatalf("Actors(%+v) = %d, %v; want %d", q, len(got), err, tc.want)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/query")
		})
	}
}
