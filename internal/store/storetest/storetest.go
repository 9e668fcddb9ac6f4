// Package storetest is the one conformance suite every store.Store runs:
// Run(t, open) calls open for a fresh, empty store in each subtest and
// checks idempotency, transactions, search, filters, paging and
// streaming. store/sqlite runs it always; store/postgres runs it when
// HEARSAY_TEST_POSTGRES names a server, and SkipUnlessPostgres turns the
// skip into a failure when HEARSAY_REQUIRE_POSTGRES=1 (CI sets it).
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"sync"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

// Open returns a fresh, empty store; the suite closes it.
type Open func(t *testing.T) store.Store

// PostgresURL returns HEARSAY_TEST_POSTGRES, skipping the test when it is
// unset, or failing it when HEARSAY_REQUIRE_POSTGRES=1.
func PostgresURL(t testing.TB) string {
	u := os.Getenv("HEARSAY_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("HEARSAY_REQUIRE_POSTGRES") == "1" {
			t.Fatal("HEARSAY_REQUIRE_POSTGRES=1 but HEARSAY_TEST_POSTGRES is not set")
		}
		t.Skip("HEARSAY_TEST_POSTGRES not set (postgres://user:pass@127.0.0.1/db)")
	}
	return u
}

// Run runs the suite.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutAndGet", testPutAndGet},
		{"Idempotent", testIdempotent},
		{"RefusesForeignID", testRefusesForeignID},
		{"FailedPutLeavesNothing", testFailedPutLeavesNothing},
		{"Documents", testDocuments},
		{"Claims", testClaims},
		{"Actors", testActors},
		{"ActorTotals", testActorTotals},
		{"Each", testEach},
		{"ConcurrentPuts", testConcurrentPuts},
		{"ConcurrentFailedPuts", testConcurrentFailedPuts},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

func put(t *testing.T, s store.Store, as ...*contract.Analysis) {
	t.Helper()
	for _, a := range as {
		r, err := s.PutAnalysis(context.Background(), a, "test")
		if err != nil {
			t.Fatalf("PutAnalysis: %v", err)
		}
		if r.Duplicate {
			t.Fatalf("PutAnalysis(%s): duplicate on first put", r.ID)
		}
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testPutAndGet(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, mk := range []func() *contract.Analysis{docA, docB, docC} {
		a := mk()
		want := jsonOf(t, mk())
		r, err := s.PutAnalysis(ctx, a, "fixture.txt")
		if err != nil {
			t.Fatal(err)
		}
		if id := store.DocID(a.Document.Text); r.ID != id || r.Duplicate {
			t.Fatalf("PutAnalysis = %+v, want ID %s, not duplicate", r, id)
		}
		got, err := s.Document(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		// The stored analysis is the input with its ID filled in.
		var w contract.Analysis
		json.Unmarshal([]byte(want), &w)
		w.Document.ID = r.ID
		if g, w := jsonOf(t, got), jsonOf(t, &w); g != w {
			t.Errorf("Document(%s) round trip differs:\n got %s\nwant %s", r.ID, g, w)
		}
	}
	if _, err := s.Document(ctx, "0000000000000000"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(missing) error = %v, want ErrNotFound", err)
	}
	docs, err := s.Documents(ctx, store.DocQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("Documents = %d, want 3", len(docs))
	}
	var a store.DocSummary
	for _, d := range docs {
		if d.ID == store.DocID(textA) {
			a = d
		}
	}
	want := store.DocSummary{ID: store.DocID(textA), URL: "https://example.org/a", Outlet: "Example Times",
		Title: "Helicopters over Panjshir", Published: "2021-09-09", Language: "en", Origin: "fixture.txt",
		Chars: len([]rune(textA)), Entities: 5, Attributions: 3, Claims: 4, Events: 1}
	if a.Ingested.IsZero() {
		t.Errorf("summary has no ingestion time")
	}
	a.Ingested = want.Ingested
	if !reflect.DeepEqual(a, want) {
		t.Errorf("summary of A:\n got %+v\nwant %+v", a, want)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	id := store.DocID(textA)
	r, err := s.PutAnalysis(ctx, docA(), "again")
	if err != nil || !r.Duplicate || r.ID != id {
		t.Fatalf("second put = %+v, %v; want duplicate of %s", r, err, id)
	}
	// Same URL, different text: the URL identifies it too.
	b := docB()
	b.Document.URL = docA().Document.URL
	r, err = s.PutAnalysis(ctx, b, "moved")
	if err != nil || !r.Duplicate || r.ID != id {
		t.Fatalf("put with a stored URL = %+v, %v; want duplicate of %s", r, err, id)
	}
	for _, c := range []struct{ id, url, want string }{
		{id, "", id},
		{"ffffffffffffffff", "https://example.org/a", id},
		{"ffffffffffffffff", "", ""},
		{"ffffffffffffffff", "https://example.org/other", ""},
	} {
		got, err := s.Has(ctx, c.id, c.url)
		if err != nil || got != c.want {
			t.Errorf("Has(%q, %q) = %q, %v; want %q", c.id, c.url, got, err, c.want)
		}
	}
	docs, _ := s.Documents(ctx, store.DocQuery{})
	claims, _ := s.Claims(ctx, store.ClaimQuery{})
	if len(docs) != 1 || len(claims) != 4 {
		t.Errorf("after duplicates: %d documents, %d claims; want 1, 4", len(docs), len(claims))
	}
}

func testRefusesForeignID(t *testing.T, s store.Store) {
	a := docA()
	a.Document.ID = "not-the-hash"
	if _, err := s.PutAnalysis(context.Background(), a, "x"); err == nil {
		t.Fatal("PutAnalysis accepted an ID that is not the text's hash")
	}
}

func testFailedPutLeavesNothing(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := docA()
	// Two claims with one ID pass the checks made before writing and
	// break the claims table's key halfway through the transaction,
	// after the document, entities and attributions rows went in.
	a.Claims[3].ID = a.Claims[0].ID
	if _, err := s.PutAnalysis(ctx, a, "bad"); err == nil {
		t.Fatal("PutAnalysis with a repeated claim ID succeeded")
	}
	id := store.DocID(textA)
	if got, err := s.Has(ctx, id, "https://example.org/a"); err != nil || got != "" {
		t.Errorf("Has after failed put = %q, %v", got, err)
	}
	if _, err := s.Document(ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document after failed put: %v, want ErrNotFound", err)
	}
	docs, _ := s.Documents(ctx, store.DocQuery{})
	claims, _ := s.Claims(ctx, store.ClaimQuery{})
	actors, _ := s.Actors(ctx, store.ActorQuery{})
	if len(docs)+len(claims)+len(actors) != 0 {
		t.Errorf("failed put left %d documents, %d claims, %d actors", len(docs), len(claims), len(actors))
	}
	// And the good version still goes in afterwards.
	put(t, s, docA())
	if claims, _ := s.Claims(ctx, store.ClaimQuery{}); len(claims) != 4 {
		t.Errorf("claims after retry = %d, want 4", len(claims))
	}
}

func docIDs(ds []store.DocSummary) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, d.ID)
	}
	return out
}

func testDocuments(t *testing.T, s store.Store) {
	put(t, s, docA(), docB(), docC())
	a, b, c := store.DocID(textA), store.DocID(textB), docC().Document.Text
	c = store.DocID(c)
	tests := []struct {
		q       store.DocQuery
		want    []string
		ordered bool
	}{
		{store.DocQuery{}, []string{b, a, c}, true}, // newest first, undated last
		{store.DocQuery{Outlet: "example times"}, []string{a}, true},
		{store.DocQuery{Outlet: "Nobody"}, []string{}, true},
		{store.DocQuery{Since: "2021-09-10"}, []string{b}, true},
		{store.DocQuery{Since: "2021-09"}, []string{b, a}, true},
		{store.DocQuery{Until: "2021-09"}, []string{a}, true},
		{store.DocQuery{Until: "2021-09-09"}, []string{a}, true},
		{store.DocQuery{Since: "2021-09-01", Until: "2021-12-31"}, []string{b, a}, true},
		{store.DocQuery{Search: "helicopter"}, []string{a, b}, false}, // stemmed
		{store.DocQuery{Search: "valley"}, []string{a}, true},
		{store.DocQuery{Search: "quiet streets"}, []string{b}, true},   // title and text, every word
		{store.DocQuery{Search: "valley streets"}, []string{}, true},   // no document has both
		{store.DocQuery{Search: `valley: "cut* -`}, []string{a}, true}, // syntax is not syntax
		{store.DocQuery{Search: "?!"}, []string{}, true},
		{store.DocQuery{Search: "helicopters", Outlet: "daily sample"}, []string{b}, true},
		{store.DocQuery{Page: store.Page{Limit: 1}}, []string{b}, true},
		{store.DocQuery{Page: store.Page{Limit: 1, Offset: 1}}, []string{a}, true},
		{store.DocQuery{Page: store.Page{Offset: 2}}, []string{c}, true},
		{store.DocQuery{Page: store.Page{Offset: 5}}, []string{}, true},
	}
	for _, tc := range tests {
		got, err := s.Documents(context.Background(), tc.q)
		if err != nil {
			t.Errorf("Documents(%+v): %v", tc.q, err)
			continue
		}
		g := docIDs(got)
		if !tc.ordered {
			sort.Strings(g)
			sort.Strings(tc.want)
		}
		if !reflect.DeepEqual(g, tc.want) {
			t.Errorf("Documents(%+v) = %v, want %v", tc.q, g, tc.want)
		}
	}
}

func claimIDs(cs []store.Claim) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func testClaims(t *testing.T, s store.Store) {
	put(t, s, docA(), docB(), docC())
	a, b := store.DocID(textA), store.DocID(textB)
	ca := func(n int) string { return fmt.Sprintf("%s:c%d", a, n) }
	cb := func(n int) string { return fmt.Sprintf("%s:c%d", b, n) }
	tests := []struct {
		q       store.ClaimQuery
		want    []string
		ordered bool
	}{
		{store.ClaimQuery{}, []string{cb(1), cb(2), ca(1), ca(2), ca(3), ca(4)}, true},
		{store.ClaimQuery{DocID: a}, []string{ca(1), ca(2), ca(3), ca(4)}, true},
		{store.ClaimQuery{Certainty: "doubtful"}, []string{cb(1)}, true},
		{store.ClaimQuery{Certainty: "possible"}, []string{ca(3)}, true},
		{store.ClaimQuery{Polarity: "negative"}, []string{cb(1), ca(2)}, true},
		// About: a mention inside the claim's span, by name, alias,
		// demonym or metonym; the Taliban is only the source of c2.
		{store.ClaimQuery{About: "Pakistan"}, []string{cb(1), ca(1)}, true},
		{store.ClaimQuery{About: "islamabad"}, []string{cb(1)}, true},
		{store.ClaimQuery{About: "Kabul"}, []string{cb(2)}, true},
		{store.ClaimQuery{About: "Taliban"}, []string{}, true},
		// Source: entity name or alias, source text, or the outlet for its
		// own unattributed claims.
		{store.ClaimQuery{Source: "Ahmad Massoud"}, []string{ca(1)}, true},
		{store.ClaimQuery{Source: "massoud"}, []string{ca(1)}, true},
		{store.ClaimQuery{Source: "The Taliban"}, []string{ca(2)}, true},
		{store.ClaimQuery{Source: "Reuters"}, []string{ca(3)}, true},
		{store.ClaimQuery{Source: "officials"}, []string{cb(1)}, true},
		{store.ClaimQuery{Source: "Example Times"}, []string{ca(4)}, true},
		{store.ClaimQuery{Search: "helicopter"}, []string{ca(1), cb(1)}, false},
		{store.ClaimQuery{Search: "resume"}, []string{ca(3)}, true},
		{store.ClaimQuery{Search: "helicopters", Certainty: "doubtful"}, []string{cb(1)}, true},
		{store.ClaimQuery{Search: "helicopters", About: "panjshir", Source: "Ahmad Massoud"}, []string{ca(1)}, true},
		{store.ClaimQuery{Search: "&&"}, []string{}, true},
		{store.ClaimQuery{Page: store.Page{Limit: 2, Offset: 1}}, []string{cb(2), ca(1)}, true},
	}
	for _, tc := range tests {
		got, err := s.Claims(context.Background(), tc.q)
		if err != nil {
			t.Errorf("Claims(%+v): %v", tc.q, err)
			continue
		}
		g := claimIDs(got)
		if !tc.ordered {
			sort.Strings(g)
			sort.Strings(tc.want)
		}
		if !reflect.DeepEqual(g, tc.want) {
			t.Errorf("Claims(%+v) = %v, want %v", tc.q, g, tc.want)
		}
	}
	got, err := s.Claims(context.Background(), store.ClaimQuery{DocID: a, Certainty: "certain", Source: "massoud"})
	if err != nil || len(got) != 1 {
		t.Fatalf("Claims = %v, %v", got, err)
	}
	want := store.Claim{ID: ca(1), DocID: a, Local: "c1", Text: "Pakistani helicopters bombed Panjshir", Start: 0, End: 37,
		Certainty: "certain", Polarity: "positive", Attribution: "a1", Source: "Ahmad Massoud", SourceKind: "person",
		SourceName: "Ahmad Massoud", Cue: "said", Outlet: "Example Times", Title: "Helicopters over Panjshir", Published: "2021-09-09"}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("claim row:\n got %+v\nwant %+v", got[0], want)
	}
	// Offsets count code points: B's second claim follows a "’".
	got, _ = s.Claims(context.Background(), store.ClaimQuery{DocID: b, Search: "quiet"})
	if len(got) != 1 || got[0].Start != 61 || got[0].End != 87 {
		t.Errorf("claim offsets = %+v, want 61..87", got)
	}
}

func testActors(t *testing.T, s store.Store) {
	put(t, s, docA(), docB(), docC())
	tests := []struct {
		q    store.ActorQuery
		want []store.Actor
	}{
		{store.ActorQuery{Type: "country"}, []store.Actor{{Name: "Pakistan", Type: "country", Country: "PK", Documents: 2, Mentions: 2}}},
		{store.ActorQuery{Type: "place"}, []store.Actor{
			{Name: "Panjshir", Type: "place", Country: "AF", Documents: 2, Mentions: 2},
			{Name: "Kabul", Type: "place", Country: "AF", Documents: 1, Mentions: 1}}},
		{store.ActorQuery{Name: "MASS"}, []store.Actor{{Name: "Ahmad Massoud", Type: "person", Country: "AF", Documents: 1, Mentions: 1, Claims: 1}}},
		{store.ActorQuery{Name: "%"}, []store.Actor{}},
		{store.ActorQuery{Type: "place", Page: store.Page{Limit: 1, Offset: 1}}, []store.Actor{{Name: "Kabul", Type: "place", Country: "AF", Documents: 1, Mentions: 1}}},
	}
	for _, tc := range tests {
		got, err := s.Actors(context.Background(), tc.q)
		if err != nil {
			t.Errorf("Actors(%+v): %v", tc.q, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Actors(%+v) =\n %+v\nwant %+v", tc.q, got, tc.want)
		}
	}
	all, _ := s.Actors(context.Background(), store.ActorQuery{})
	if len(all) != 6 { // Pakistan and Panjshir, named in A and B, count once
		t.Errorf("all actors = %d (%+v), want 6", len(all), all)
	}
}

// testActorTotals checks how Actors totals entities that share a name
// (in any case) and type: within one document and across documents, the
// least spelling (as bytes) and greatest country, each document once, and
// nothing added by a duplicate put.
func testActorTotals(t *testing.T, s store.Store) {
	b := newDoc("Kabul said KABUL was calm. kabul denied it.", "", "", "", "")
	b.entity("e1", "KABUL", "place", "", nil, b.mention("KABUL", "name")).
		entity("e2", "kabul", "place", "AF", nil, b.mention("kabul", "name")).
		entity("e3", "Kabul", "organization", "", nil, b.mention("Kabul", "name"))
	b.attribution("a1", "Kabul", "organization", "e3", "said", "statement", "KABUL was calm").
		attribution("a2", "kabul", "place", "e2", "denied", "denial", "it")
	b.claim("c1", "KABUL was calm", "a1", "certain", "positive").
		claim("c2", "it", "a2", "certain", "negative")
	put(t, s, docB(), b.a)
	if r, err := s.PutAnalysis(context.Background(), docB(), "again"); err != nil || !r.Duplicate {
		t.Fatalf("PutAnalysis(docB again) = %+v, %v; want a duplicate", r, err)
	}
	got, err := s.Actors(context.Background(), store.ActorQuery{Name: "kabul"})
	want := []store.Actor{
		{Name: "KABUL", Type: "place", Country: "AF", Documents: 2, Mentions: 3, Claims: 1},
		{Name: "Kabul", Type: "organization", Documents: 1, Mentions: 1, Claims: 1},
	}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Actors(kabul) =\n %+v (%v)\nwant %+v", got, err, want)
	}
	// Claims about a name: the place mentioned inside c1 (by name) and
	// no claim for the organization, mentioned outside every claim.
	claims, err := s.Claims(context.Background(), store.ClaimQuery{About: "Kabul"})
	if err != nil || len(claims) != 2 || claims[0].Local != "c1" || claims[1].Local != "c2" {
		t.Errorf("Claims(about Kabul) = %+v (%v), want c1 of the new document, then c2 of docB", claims, err)
	}
}

func testEach(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA(), docB(), docC())
	var ids []string
	err := s.Each(ctx, store.DocQuery{}, func(a *contract.Analysis) error {
		if a.Document.Text == "" {
			t.Errorf("Each gave %s without text", a.Document.ID)
		}
		ids = append(ids, a.Document.ID)
		return nil
	})
	want := []string{store.DocID(textA), store.DocID(textB), store.DocID(docC().Document.Text)}
	sort.Strings(want)
	if err != nil || !reflect.DeepEqual(ids, want) {
		t.Errorf("Each = %v, %v; want %v in ID order", ids, err, want)
	}
	stop := errors.New("stop")
	n := 0
	err = s.Each(ctx, store.DocQuery{}, func(*contract.Analysis) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Each with failing fn: err %v after %d calls, want stop after 1", err, n)
	}
	n = 0
	s.Each(ctx, store.DocQuery{Search: "valley"}, func(*contract.Analysis) error { n++; return nil })
	if n != 1 {
		t.Errorf("Each(search valley) = %d documents, want 1", n)
	}
}

func testConcurrentPuts(t *testing.T, s store.Store) {
	ctx := context.Background()
	const workers, each = 8, 10
	var mu sync.Mutex
	stored, dups := 0, 0
	concurrently(workers, each, func(n int) {
		// Every worker puts the same shared document and its own ones.
		for _, a := range []*contract.Analysis{Synthetic(1000, 3), Synthetic(n, 3)} {
			r, err := s.PutAnalysis(ctx, a, "concurrent")
			mu.Lock()
			if err != nil {
				t.Errorf("PutAnalysis: %v", err)
			} else if r.Duplicate {
				dups++
			} else {
				stored++
			}
			mu.Unlock()
		}
	})
	if stored != workers*each+1 || dups != workers*each-1 {
		t.Errorf("stored %d, duplicates %d; want %d, %d", stored, dups, workers*each+1, workers*each-1)
	}
	claims, err := s.Claims(ctx, store.ClaimQuery{})
	if err != nil || len(claims) != 3*(workers*each+1) {
		t.Errorf("claims = %d, %v; want %d", len(claims), err, 3*(workers*each+1))
	}
}

// A document that fails among others stored at the same time (which a
// store may commit together) is refused alone: the others are stored
// whole, it leaves nothing.
func testConcurrentFailedPuts(t *testing.T, s store.Store) {
	ctx := context.Background()
	var mu sync.Mutex
	stored, failed := 0, 0
	concurrently(8, 10, func(n int) {
		a := Synthetic(n, 3)
		bad := n%7 == 3
		if bad {
			// Passes the checks made before writing; breaks the claims
			// table's key once rows are going in.
			a.Claims[2].ID = a.Claims[0].ID
		}
		_, err := s.PutAnalysis(ctx, a, "concurrent")
		mu.Lock()
		defer mu.Unlock()
		switch {
		case bad && err == nil:
			t.Errorf("document %d with a repeated claim ID was stored", n)
		case !bad && err != nil:
			t.Errorf("document %d: %v", n, err)
		case bad:
			failed++
		default:
			stored++
		}
	})
	docs, err := s.Documents(ctx, store.DocQuery{})
	if err != nil || len(docs) != stored {
		t.Errorf("documents = %d, %v; want %d (and %d refused)", len(docs), err, stored, failed)
	}
	claims, err := s.Claims(ctx, store.ClaimQuery{})
	if err != nil || len(claims) != 3*stored {
		t.Errorf("claims = %d, %v; want %d", len(claims), err, 3*stored)
	}
}

// concurrently runs f for the numbers 0 to workers*each-1, each of workers
// goroutines taking each numbers in turn, and waits for all.
func concurrently(workers, each int, f func(n int)) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < each; k++ {
				f(w*each + k)
			}
		}()
	}
	wg.Wait()
}
