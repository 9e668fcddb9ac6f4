package storygen

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestDeterministic(t *testing.T) {
	a := Generate(Options{Seed: 3, Stories: 10})
	b := Generate(Options{Seed: 3, Stories: 10})
	c := Generate(Options{Seed: 4, Stories: 10})
	if len(a.Articles) == 0 {
		t.Fatal("no articles")
	}
	for i := range a.Articles {
		if a.Articles[i].Text != b.Articles[i].Text || !a.Articles[i].Published.Equal(b.Articles[i].Published) {
			t.Fatalf("seed 3 gave two different article %d", i)
		}
	}
	if !reflect.DeepEqual(a.Truth, b.Truth) {
		t.Error("seed 3 gave two different truths")
	}
	if a.Articles[0].Text == c.Articles[0].Text {
		t.Error("seeds 3 and 4 gave the same first article")
	}
}

// TestTruthConsistent checks that every truth span is the text it claims,
// that clusters list their claims' documents with the origin first in time,
// and that circular flags follow from carriers and origins.
func TestTruthConsistent(t *testing.T) {
	c := Generate(Options{Seed: 1, Stories: 30, Noise: 20})
	byID := map[string]Article{}
	for _, a := range c.Articles {
		byID[a.ID] = a
		if a.Oracle.Text != a.Text || a.Oracle.ID != a.ID {
			t.Fatalf("%s: oracle does not match the article", a.ID)
		}
		for _, cl := range a.Oracle.Claims {
			if cl.Span.End > a.Oracle.Len() || cl.Span.Empty() {
				t.Errorf("%s: claim %s span %v outside the text", a.ID, cl.ID, cl.Span)
			}
		}
	}
	docCluster := map[string]string{}
	for _, tc := range c.Truth.Claims {
		a, ok := byID[tc.Doc]
		if !ok {
			t.Fatalf("truth claim in unknown document %s", tc.Doc)
		}
		if got := a.Oracle.Slice(tc.Span); got != tc.Text {
			t.Errorf("%s: span %v is %q, truth says %q", tc.Doc, tc.Span, got, tc.Text)
		}
		docCluster[tc.Doc] = tc.Cluster
	}
	circular := 0
	for _, cl := range c.Truth.Clusters {
		o := byID[cl.Origin]
		for _, d := range cl.Docs {
			if docCluster[d] != cl.ID {
				t.Errorf("cluster %s lists %s, whose claim is in %s", cl.ID, d, docCluster[d])
			}
			if byID[d].Published.Before(o.Published) {
				t.Errorf("cluster %s: %s is earlier than the origin %s", cl.ID, d, cl.Origin)
			}
		}
		if want := len(cl.Docs) >= MinCarriers && cl.Independent == 1; cl.Circular != want {
			t.Errorf("cluster %s: circular %v with %d carriers and %d origins", cl.ID, cl.Circular, len(cl.Docs), cl.Independent)
		}
		if cl.Circular {
			circular++
		}
	}
	if circular == 0 || len(c.Truth.Contradictions) == 0 {
		t.Errorf("%d circular clusters, %d contradictions: the corpus should have both", circular, len(c.Truth.Contradictions))
	}
}

// TestVariety checks that the corpus is not one template: many distinct
// opening words, verbs of attribution and event types.
func TestVariety(t *testing.T) {
	c := Generate(Options{Seed: 2, Stories: 40})
	openings := map[string]bool{}
	roles := map[string]int{}
	types := map[string]bool{}
	for _, a := range c.Articles {
		openings[strings.Fields(a.Text)[0]] = true
		for _, v := range a.Oracle.Events {
			types[v.Type] = true
		}
	}
	for _, tc := range c.Truth.Claims {
		roles[tc.Role]++
	}
	if len(openings) < 30 {
		t.Errorf("only %d distinct first words", len(openings))
	}
	if len(types) < 3 {
		t.Errorf("event types %v", types)
	}
	for _, r := range []string{RoleOrigin, RoleCite, RoleChain, RoleReprint, RoleIndependent, RoleContradict, RoleNoise} {
		if roles[r] == 0 {
			t.Errorf("no %s claims", r)
		}
	}
}

func TestWriteDir(t *testing.T) {
	c := Generate(Options{Seed: 5, Stories: 3})
	dir := t.TempDir()
	if err := c.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	arts, err := ReadArticles(filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != len(c.Articles) || arts[0].Text != c.Articles[0].Text || !arts[0].Published.Equal(c.Articles[0].Published) {
		t.Errorf("read back %d articles, want %d the same", len(arts), len(c.Articles))
	}
	for _, f := range []string{"truth.json", "oracle.jsonl", filepath.Join("texts", c.Articles[0].ID+".txt")} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte(`{"id":"x"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadArticles(filepath.Join(dir, "bad.jsonl")); err == nil || !strings.Contains(err.Error(), "bad.jsonl") {
		t.Errorf("bad article: %v, want an error naming the file", err)
	}
}

// TestWriteCorpus writes a corpus to disk when HEARSAY_STORYGEN_OUT names a
// folder, for use outside Go tests:
//
//	HEARSAY_STORYGEN_OUT=/tmp/corpus HEARSAY_STORYGEN_STORIES=500 HEARSAY_STORYGEN_SEED=1 \
//	    go test ./internal/storygen -run TestWriteCorpus
func TestWriteCorpus(t *testing.T) {
	out := os.Getenv("HEARSAY_STORYGEN_OUT")
	if out == "" {
		t.Skip("HEARSAY_STORYGEN_OUT not set")
	}
	opts := Options{Seed: 1, Stories: 100}
	for name, p := range map[string]*int{"HEARSAY_STORYGEN_STORIES": &opts.Stories} {
		if v := os.Getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n <= 0 {
				t.Fatalf("%s=%q: want a positive number", name, v)
			}
			*p = n
		}
	}
	if v := os.Getenv("HEARSAY_STORYGEN_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("HEARSAY_STORYGEN_SEED=%q: want a number", v)
		}
		opts.Seed = n
	}
	c := Generate(opts)
	if err := c.WriteDir(out); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d articles to %s", len(c.Articles), out)
}
