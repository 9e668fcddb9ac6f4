package export

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
)

const (
	schemaNS = "http://schema.org/"
	provNS   = "http://www.w3.org/ns/prov#"
	rdfType  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
)

// quads expands a JSON-LD document with json-gold and returns its RDF
// statements as N-Quads lines, so tests assert on full IRIs.
func quads(t *testing.T, doc string) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	proc := ld.NewJsonLdProcessor()
	opts := ld.NewJsonLdOptions("")
	if _, err := proc.Expand(v, opts); err != nil {
		t.Fatalf("JSON-LD expansion: %v", err)
	}
	opts.Format = "application/n-quads"
	nq, err := proc.ToRDF(v, opts)
	if err != nil {
		t.Fatalf("JSON-LD to RDF: %v", err)
	}
	return strings.Split(strings.TrimSpace(nq.(string)), "\n")
}

// triples keeps the statements with predicate p (and object o, when not
// empty), as subject → objects.
func triples(qs []string, p, o string) map[string][]string {
	out := map[string][]string{}
	for _, q := range qs {
		f := strings.SplitN(q, " ", 3)
		if len(f) < 3 || f[1] != "<"+p+">" {
			continue
		}
		obj := strings.TrimSuffix(strings.TrimSpace(f[2]), " .")
		if o != "" && obj != "<"+o+">" {
			continue
		}
		out[f[0]] = append(out[f[0]], obj)
	}
	return out
}

func TestClaimReview(t *testing.T) {
	st, docs := openFixture(t)
	for _, tc := range []struct {
		name   string
		opts   Options
		shared bool // some claim appears in two documents
	}{
		{"in-document", Options{}, false},
		{"linked", Options{Provenance: &LinkProvenance{L: linker(st)}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs := quads(t, exportString(t, st, "claimreview", Filter{}, tc.opts))
			reviews := triples(qs, rdfType, schemaNS+"ClaimReview")
			if len(reviews) != countClaims(docs) {
				t.Fatalf("%d ClaimReviews, want one per claim (%d)", len(reviews), countClaims(docs))
			}
			if len(triples(qs, rdfType, schemaNS+"Claim")) == 0 {
				t.Fatal("no schema:Claim")
			}
			for _, p := range []string{"itemReviewed", "claimReviewed", "appearance", "firstAppearance", "author"} {
				if len(triples(qs, schemaNS+p, "")) == 0 {
					t.Errorf("no schema:%s statement", p)
				}
			}
			for r := range reviews {
				if len(triples(qs, schemaNS+"itemReviewed", "")[r]) != 1 {
					t.Errorf("%s: want one itemReviewed", r)
				}
			}
			most := 0
			for _, objs := range triples(qs, schemaNS+"appearance", "") {
				most = max(most, len(objs))
			}
			if tc.shared && most < 2 {
				t.Error("linked export: no claim appears in two documents, though two articles of the corpus carry one")
			}
			if !tc.shared && most != 1 {
				t.Errorf("unlinked export: a claim has %d appearances, want 1", most)
			}
		})
	}
}
