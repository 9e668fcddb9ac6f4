package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/extract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

// The fixture store holds testdata/corpus.jsonl (short articles written
// for these tests) analysed by the real pipeline, in a SQLite store in a
// temporary folder, with its claims linked across documents. It is built
// once per test binary.
var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureErr  error
	fixture     *sqlite.Store
	fixtureDocs []*contract.Analysis // as stored, in ID order
)

func TestMain(m *testing.M) {
	code := m.Run()
	if fixture != nil {
		fixture.Close()
	}
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

type corpusItem struct {
	Text, URL, Outlet, Title, Published string
}

func openFixture(t testing.TB) (*sqlite.Store, []*contract.Analysis) {
	t.Helper()
	fixtureOnce.Do(func() { fixtureErr = buildFixture() })
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixture, fixtureDocs
}

func buildFixture() error {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "hearsay-export-")
	if err != nil {
		return err
	}
	fixtureDir = dir
	data, err := os.ReadFile(filepath.Join("testdata", "corpus.jsonl"))
	if err != nil {
		return err
	}
	p, err := pipeline.Default()
	if err != nil {
		return err
	}
	st, err := sqlite.Open(ctx, filepath.Join(dir, "hearsay.db"))
	if err != nil {
		return err
	}
	fixture = st
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		var it corpusItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return fmt.Errorf("corpus.jsonl:%d: %w", n, err)
		}
		d, err := extract.Text(fmt.Sprintf("corpus.jsonl:%d", n), []byte(it.Text),
			extract.Options{URL: it.URL, Outlet: it.Outlet, Title: it.Title, Published: it.Published})
		if err != nil {
			return err
		}
		if err := p.Run(ctx, d); err != nil {
			return err
		}
		if _, err := st.PutAnalysis(ctx, contract.FromDoc(d), fmt.Sprintf("corpus.jsonl:%d", n)); err != nil {
			return err
		}
	}
	l := link.New(st.LinkIndex(), link.Options{})
	err = st.Each(ctx, store.DocQuery{}, func(a *contract.Analysis) error {
		fixtureDocs = append(fixtureDocs, a)
		d, err := contract.ToDoc(a)
		if err != nil {
			return err
		}
		_, err = l.Add(ctx, d)
		return err
	})
	return err
}

// exportString runs one format over src with filter f.
func exportString(t testing.TB, src Source, format string, f Filter, opts Options) string {
	t.Helper()
	var b bytes.Buffer
	w, err := New(format, &b, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := Export(context.Background(), src, f, w); err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	return b.String()
}

func countEvents(docs []*contract.Analysis) (n int) {
	for _, a := range docs {
		n += len(a.Events)
	}
	return n
}

func countClaims(docs []*contract.Analysis) (n int) {
	for _, a := range docs {
		n += len(a.Claims)
	}
	return n
}
