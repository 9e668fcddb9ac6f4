package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/storygen"
)

// provenanceDB fills a SQLite store by "hearsay ingest" from a small
// generated corpus: multi-outlet stories with circular retellings,
// independent confirmations and denials, among unrelated reports.
func provenanceDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	corpus := storygen.Generate(storygen.Options{Seed: 7, Stories: 6, Noise: 2})
	if err := corpus.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "hearsay.db")
	if _, errs, code := runCLI(t, "", "ingest", "--db", db, filepath.Join(dir, "articles.jsonl")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	return db
}

// claimsJSON runs "hearsay claims --format json" with args over the
// store db and decodes the listing.
func claimsJSON(t *testing.T, db string, args ...string) []store.Claim {
	t.Helper()
	out, errs, code := runCLI(t, "", append([]string{"claims", "--db", db, "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("claims %v: exit %d: %s", args, code, errs)
	}
	var cs []store.Claim
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatalf("claims %v: %v in %q", args, err, out)
	}
	return cs
}

// TestClaimsProvenance checks the cross-article options of "hearsay
// claims" over the links that ingest made.
func TestClaimsProvenance(t *testing.T) {
	db := provenanceDB(t)
	all := claimsJSON(t, db)
	for _, tc := range []struct {
		flag string
		has  func(store.Claim) bool
	}{
		{"--circular", func(c store.Claim) bool { return c.Circular }},
		{"--contested", func(c store.Claim) bool { return c.Contested }},
	} {
		t.Run(tc.flag, func(t *testing.T) {
			cs := claimsJSON(t, db, tc.flag)
			if len(cs) == 0 {
				t.Fatalf("claims %s listed nothing", tc.flag)
			}
			for _, c := range cs {
				if !tc.has(c) {
					t.Errorf("claims %s listed %s (%q) without the flag set: %+v", tc.flag, c.ID, c.Text, c)
				}
			}
			// The filter keeps a part of the corpus, not all of it.
			if len(cs) >= len(all) {
				t.Errorf("claims %s kept %d of %d claims", tc.flag, len(cs), len(all))
			}
		})
	}

	t.Run("--sort independent-sources", func(t *testing.T) {
		cs := claimsJSON(t, db, "--sort", "independent-sources")
		if len(cs) != len(all) {
			t.Fatalf("sorted listing has %d claims, unsorted %d", len(cs), len(all))
		}
		for i := 1; i < len(cs); i++ {
			if cs[i].Independent > cs[i-1].Independent {
				t.Fatalf("claim %d (%s) has %d independent sources after %d", i, cs[i].ID, cs[i].Independent, cs[i-1].Independent)
			}
		}
		if cs[0].Independent < 2 {
			t.Errorf("first claim has %d independent sources; the corpus has independently confirmed stories", cs[0].Independent)
		}
	})

	t.Run("bad --sort", func(t *testing.T) {
		for _, v := range []string{"dependent-sources", "carriers", "Independent-Sources"} {
			_, errs, code := runCLI(t, "", "claims", "--db", db, "--sort", v)
			if code == 0 || !strings.Contains(errs, `"`+v+`"`) {
				t.Errorf("--sort %s: exit %d, want non-zero and an error naming the value: %s", v, code, errs)
			}
		}
	})
}
