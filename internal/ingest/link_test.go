package ingest

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

// LinkStored links every stored document once, a batch at a time, and
// reports each batch; a second call finds nothing left to link.
func TestLinkStored(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	const docs = linkBatch + 6
	writeCrashCorpus(t, corpus, docs)
	s, err := sqlite.Open(ctx, filepath.Join(dir, "hearsay.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Run(ctx, []string{corpus}, Options{Store: s, Analyzer: p, Extract: extractForBench})
	if err != nil || sum.Stored != docs {
		t.Fatalf("ingest: %+v, %v", sum, err)
	}
	l := link.New(s.LinkIndex(), link.Options{})
	type call struct{ linked, total int }
	var calls []call
	n, err := LinkStored(ctx, s, l, func(linked, total int) { calls = append(calls, call{linked, total}) })
	if err != nil || n != docs {
		t.Fatalf("LinkStored = %d, %v; want %d", n, err, docs)
	}
	if want := []call{{linkBatch, docs}, {docs, docs}}; !reflect.DeepEqual(calls, want) {
		t.Errorf("progress calls %v, want %v", calls, want)
	}
	calls = nil
	if n, err := LinkStored(ctx, s, l, func(linked, total int) { calls = append(calls, call{linked, total}) }); err != nil || n != 0 || calls != nil {
		t.Errorf("second LinkStored = %d, %v with progress %v; want 0 and none", n, err, calls)
	}
}
