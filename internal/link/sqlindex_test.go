package link_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store/postgres"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

// TestSQLCandidates checks the batched lookups of the SQL index against
// the memory index where the conformance suite's small corpus does not
// reach: keys holding more claims than perKey (only the newest perKey of
// each key may come back, however many keys are asked at once), keys asked
// twice, unknown keys, and keys at the ends of the 64-bit range (stored as
// signed integers). A claim's own keys are distinct, as blockKeys makes
// them.
func TestSQLCandidates(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hearsay.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		checkCandidates(t, s.LinkIndex())
	})
	t.Run("postgres", func(t *testing.T) {
		base := os.Getenv("HEARSAY_TEST_POSTGRES")
		if base == "" {
			if os.Getenv("HEARSAY_REQUIRE_POSTGRES") == "1" {
				t.Fatal("HEARSAY_REQUIRE_POSTGRES=1 but HEARSAY_TEST_POSTGRES is not set")
			}
			t.Skip("HEARSAY_TEST_POSTGRES not set (postgres://user:pass@127.0.0.1/db)")
		}
		s, err := postgres.Open(context.Background(), freshSchema(t, base))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		checkCandidates(t, s.LinkIndex())
	})
}

func checkCandidates(t *testing.T, idx link.Index) {
	ctx := context.Background()
	mem := link.NewMemIndex()
	const (
		hot  = uint64(7)              // every claim
		even = uint64(math.MaxUint64) // even claims; negative when stored
		low  = uint64(1 << 63)        // the smallest signed value
		zero = uint64(0)              // claims 1 to 3
	)
	for i := 1; i <= 40; i++ {
		keys := []uint64{hot, 1000 + uint64(i)}
		if i%2 == 0 {
			keys = append(keys, even)
		}
		if i%5 == 0 {
			keys = append(keys, low)
		}
		if i <= 3 {
			keys = append(keys, zero)
		}
		for _, x := range []link.Index{idx, mem} {
			rec := &link.Record{Ref: link.Ref{Doc: fmt.Sprintf("d%d", i), Claim: "c1"}, Outlet: "o", Text: fmt.Sprintf("claim %d", i)}
			id, err := x.AddClaim(ctx, rec, keys)
			if err != nil {
				t.Fatal(err)
			}
			if id != link.ClaimID(i) {
				t.Fatalf("claim %d got ID %d", i, id)
			}
		}
	}
	tests := []struct {
		name   string
		keys   []uint64
		perKey int
		want   int // number of claims expected
	}{
		{"one hot key", []uint64{hot}, 5, 5},
		{"hot and even", []uint64{hot, even}, 3, 4},        // 38-40 and 36
		{"ends of range", []uint64{even, low, zero}, 2, 5}, // 38, 40; 35, 40; 2, 3
		{"repeated and unknown", []uint64{hot, hot, 99999, 1001, 1002}, 2, 4},
		{"limit above count", []uint64{zero, 1040}, 64, 4},
		{"all of a key", []uint64{hot}, 1000, 40},
		{"none", []uint64{424242}, 10, 0},
		{"no keys", nil, 10, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := idx.Candidates(ctx, tc.keys, tc.perKey)
			if err != nil {
				t.Fatal(err)
			}
			want, err := mem.Candidates(ctx, tc.keys, tc.perKey)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 && len(want) == 0 {
				got, want = nil, nil
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Candidates(%v, %d) = %v, memory index gives %v", tc.keys, tc.perKey, got, want)
			}
			if len(got) != tc.want {
				t.Errorf("Candidates(%v, %d) gave %d claims, want %d", tc.keys, tc.perKey, len(got), tc.want)
			}
			recs, err := idx.Claims(ctx, got)
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != len(got) {
				t.Fatalf("Claims gave %d records for %d IDs", len(recs), len(got))
			}
			for i, r := range recs {
				if r.ID != got[i] || r.Text != fmt.Sprintf("claim %d", got[i]) {
					t.Errorf("Claims[%d] = %d %q, want claim %d", i, r.ID, r.Text, got[i])
				}
			}
		})
	}
}

// TestSQLAtomic checks that what is linked through Atomic is kept whole
// when the function succeeds and leaves nothing when it fails: not the
// document, not its claims or keys, and not the records the index cached
// (SQLite gives a rolled-back claim's ID to the next claim, here one that
// another index over the same database adds).
func TestSQLAtomic(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hearsay.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		checkAtomic(t, s.LinkIndex)
	})
	t.Run("postgres", func(t *testing.T) {
		base := os.Getenv("HEARSAY_TEST_POSTGRES")
		if base == "" {
			t.Skip("HEARSAY_TEST_POSTGRES not set (postgres://user:pass@127.0.0.1/db)")
		}
		s, err := postgres.Open(context.Background(), freshSchema(t, base))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		checkAtomic(t, s.LinkIndex)
	})
}

func checkAtomic(t *testing.T, open func() *link.SQLIndex) {
	ctx := context.Background()
	idx := open()
	key := []uint64{42}
	add := func(ix *link.SQLIndex, doc, text string) link.ClaimID {
		t.Helper()
		if fresh, err := ix.AddDoc(ctx, doc); err != nil || !fresh {
			t.Fatalf("AddDoc(%s) = %v, %v", doc, fresh, err)
		}
		id, err := ix.AddClaim(ctx, &link.Record{Ref: link.Ref{Doc: doc, Claim: "c1"}, Text: text}, key)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	text := func(ix *link.SQLIndex, id link.ClaimID) string {
		t.Helper()
		recs, err := ix.Claims(ctx, []link.ClaimID{id})
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1 {
			return ""
		}
		return recs[0].Text
	}
	var first link.ClaimID
	if err := idx.Atomic(ctx, func(ix *link.SQLIndex) error {
		first = add(ix, "d1", "kept first")
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := idx.Atomic(ctx, func(ix *link.SQLIndex) error {
		id := add(ix, "d2", "rolled back")
		if got := text(ix, id); got != "rolled back" {
			t.Errorf("inside the transaction claim %d reads %q", id, got)
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Atomic returned %v, want the function's error", err)
	}
	if done, err := idx.Linked(ctx, "d2"); err != nil || done {
		t.Errorf("after a rollback Linked(d2) = %v, %v; want false", done, err)
	}
	if _, err := idx.ClaimByRef(ctx, link.Ref{Doc: "d2", Claim: "c1"}); !errors.Is(err, link.ErrNotFound) {
		t.Errorf("after a rollback the claim of d2 is found (%v)", err)
	}
	if got, err := idx.Candidates(ctx, key, 10); err != nil || !reflect.DeepEqual(got, []link.ClaimID{first}) {
		t.Errorf("after a rollback Candidates = %v, %v; want [%d]", got, err, first)
	}
	var third link.ClaimID
	if err := open().Atomic(ctx, func(ix *link.SQLIndex) error {
		third = add(ix, "d3", "kept third")
		if got := text(ix, third); got != "kept third" {
			t.Errorf("claim %d reads %q inside its transaction, want %q", third, got, "kept third")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[link.ClaimID]string{first: "kept first", third: "kept third"} {
		if got := text(idx, id); got != want {
			t.Errorf("claim %d reads %q, want %q", id, got, want)
		}
	}
}

// TestSQLKeyCache checks that the blocking keys an SQLite index keeps
// between its transactions never hide a claim the key table holds, nor
// show one it does not: after another process (here another store on
// the same file) added a claim, after a claim added outside Atomic, after
// a rollback, and for another perKey.
func TestSQLKeyCache(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hearsay.db")
	open := func() *sqlite.Store {
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	mine, other := open().LinkIndex(), open().LinkIndex()
	key := []uint64{42}
	n := 0
	add := func(ix *link.SQLIndex) link.ClaimID {
		t.Helper()
		n++
		id, err := ix.AddClaim(ctx, &link.Record{Ref: link.Ref{Doc: fmt.Sprintf("d%d", n), Claim: "c1"}, Text: "t"}, key)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	candidates := func(perKey int) []link.ClaimID {
		t.Helper()
		var got []link.ClaimID
		if err := mine.Atomic(ctx, func(ix *link.SQLIndex) error {
			var err error
			got, err = ix.Candidates(ctx, key, perKey)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	var want []link.ClaimID
	if err := mine.Atomic(ctx, func(ix *link.SQLIndex) error {
		if got, err := ix.Candidates(ctx, key, 10); err != nil || len(got) != 0 {
			t.Errorf("Candidates of an empty index = %v, %v", got, err)
		}
		want = append(want, add(ix))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func()
	}{
		{"added by another connection", func() {
			if err := other.Atomic(ctx, func(ix *link.SQLIndex) error { want = append(want, add(ix)); return nil }); err != nil {
				t.Fatal(err)
			}
		}},
		{"added outside Atomic", func() { want = append(want, add(mine)) }},
		{"rolled back", func() {
			boom := errors.New("boom")
			if err := mine.Atomic(ctx, func(ix *link.SQLIndex) error { add(ix); return boom }); !errors.Is(err, boom) {
				t.Fatalf("Atomic returned %v", err)
			}
		}},
	}
	for _, st := range steps {
		st.do()
		if got := candidates(10); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Candidates = %v, want %v", st.name, got, want)
		}
	}
	if got := candidates(2); !reflect.DeepEqual(got, want[len(want)-2:]) {
		t.Errorf("perKey 2: Candidates = %v, want %v", got, want[len(want)-2:])
	}
	if got := candidates(10); !reflect.DeepEqual(got, want) {
		t.Errorf("perKey 10 again: Candidates = %v, want %v", got, want)
	}
}
