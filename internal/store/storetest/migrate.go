package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

// Corpus is the fixture documents and a few synthetic ones, for tests
// that store the same documents twice in different ways (a store filled
// before a migration and one filled after it).
func Corpus() []*contract.Analysis {
	out := []*contract.Analysis{docA(), docB(), docC()}
	for i := range 30 {
		out = append(out, Synthetic(i, 6))
	}
	return out
}

// SameListings checks that got answers the listings that derived tables
// serve (Actors, Claims about a name) as want does. A store migrated
// from an earlier schema is got; one that stored the same documents with
// every table in place is want.
func SameListings(t *testing.T, got, want store.Store) {
	t.Helper()
	ctx := context.Background()
	for _, q := range []store.ActorQuery{{}, {Type: "person"}, {Name: "minister1"}, {Name: "pak"}, {Type: "place", Page: store.Page{Limit: 2, Offset: 1}}} {
		g, err1 := got.Actors(ctx, q)
		w, err2 := want.Actors(ctx, q)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(g, w) {
			t.Errorf("Actors(%+v) after migration =\n %+v (%v)\nwant %+v (%v)", q, g, err1, w, err2)
		}
		if q == (store.ActorQuery{}) && len(w) != 41 {
			t.Errorf("Actors() lists %d actors, want the corpus's 41 (35 synthetic, 6 in the fixtures)", len(w))
		}
	}
	for _, q := range []store.ClaimQuery{{About: "Pakistan"}, {About: "islamabad"}, {About: "Kabul"}, {About: "Minister3"},
		{About: "panjshir", Search: "helicopters"}} {
		g, err1 := got.Claims(ctx, q)
		w, err2 := want.Claims(ctx, q)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(g, w) {
			t.Errorf("Claims(%+v) after migration =\n %+v (%v)\nwant %+v (%v)", q, g, err1, w, err2)
		}
		if q.About == "Pakistan" && len(w) != 2 {
			t.Errorf("Claims(%+v) = %d claims, want 2", q, len(w))
		}
	}
}
