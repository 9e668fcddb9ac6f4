package link_test

import (
	"context"
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
