package link

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/extract"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/storygen"
)

// readArticle reads a testdata article: "key: value" header lines (outlet,
// published as RFC 3339), a line "---", then the text.
func readArticle(t *testing.T, path string) (outlet string, published time.Time, text string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, ok := strings.Cut(string(b), "\n---\n")
	if !ok {
		t.Fatalf("%s: no \"---\" line between header and text", path)
	}
	for _, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "outlet":
			outlet = v
		case "published":
			if published, err = time.Parse(time.RFC3339, v); err != nil {
				t.Fatalf("%s: published: %v", path, err)
			}
		}
	}
	return outlet, published, strings.TrimSpace(body)
}

// TestRetellCorpus links the hand-written articles in testdata/retell
// (a port fire retold by three outlets, one of them reprinting the text;
// arrests in Lima reported independently twice, retold once and denied;
// a flood toll retold once and contradicted; two unrelated reports)
// through the real pipeline and checks the clusters, origins, circular
// flags and contradictions in truth.json.
func TestRetellCorpus(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join("testdata", "retell")
	var truthFile struct {
		Claims []struct {
			Doc, Text, Cluster string
		}
		Clusters       []storygen.TruthCluster
		Contradictions []storygen.TruthContradiction
	}
	b, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &truthFile); err != nil {
		t.Fatalf("truth.json: %v", err)
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	docs := map[string]*doc.Doc{}
	var list []*doc.Doc
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		outlet, pub, text := readArticle(t, f)
		d, err := extract.Read(f, []byte(text), extract.Options{Outlet: outlet, Published: pub.Format("2006-01-02")})
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Run(ctx, d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		d.ID, d.Published = id, pub.Format(time.RFC3339)
		docs[id] = d
		list = append(list, d)
	}
	truth := storygen.Truth{Clusters: truthFile.Clusters, Contradictions: truthFile.Contradictions}
	for _, c := range truthFile.Claims {
		d := docs[c.Doc]
		if d == nil {
			t.Fatalf("truth.json: no article %s", c.Doc)
		}
		i := strings.Index(d.Text, c.Text)
		if i < 0 {
			t.Fatalf("truth.json: %q is not in %s", c.Text, c.Doc)
		}
		start := utf8.RuneCountInString(d.Text[:i])
		span := doc.Span{Start: start, End: start + utf8.RuneCountInString(c.Text)}
		truth.Claims = append(truth.Claims, storygen.TruthClaim{Doc: c.Doc, Span: span, Text: c.Text, Cluster: c.Cluster})
	}
	l := New(NewMemIndex(), Options{})
	rels := linkAll(ctx, t, l, list)
	s := evaluate(ctx, t, l, docs, truth, rels)
	t.Logf("%d articles: %s", len(list), s)
	if s.PairF < 0.8 || s.OriginAcc < 1 || s.CircF < 1 || s.ContraR < 1 {
		t.Errorf("want cluster F1 ≥ 0.8, every origin, every circular flag and every contradiction right")
	}
}
