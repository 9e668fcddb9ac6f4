package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

var (
	tagRE     = regexp.MustCompile(`(?s)<[^>]*>`)
	titleRE   = regexp.MustCompile(`(?s)<title>(.*?)</title>`)
	errNoText = errors.New("no article text")
)

// testExtract stands in for extract.Read so these tests check ingestion
// alone: plain text passes as it is, HTML loses its tags and gives its
// <title>.
func testExtract(name string, data []byte, html bool) (*doc.Doc, error) {
	if !utf8.Valid(data) {
		return nil, ErrNotUTF8
	}
	s, title := string(data), ""
	if html {
		if m := titleRE.FindStringSubmatch(s); m != nil {
			title = m[1]
			s = strings.Replace(s, m[0], "", 1)
		}
		s = tagRE.ReplaceAllString(s, " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return nil, errNoText
	}
	d := doc.New(s)
	d.Title = title
	return d, nil
}

// sentenceClaims is a stand-in analysis: one claim per sentence, so the
// stored rows show that what the analyzer found reached the store.
type sentenceClaims struct{ runs atomic.Int64 }

func (a *sentenceClaims) Run(_ context.Context, d *doc.Doc) error {
	a.runs.Add(1)
	start := 0
	runes := []rune(d.Text)
	for i, r := range runes {
		if r == '.' && (i+1 == len(runes) || runes[i+1] == ' ') {
			d.Claims = append(d.Claims, doc.Claim{ID: fmt.Sprintf("c%d", len(d.Claims)+1), Span: doc.Span{Start: start, End: i + 1},
				Certainty: "certain", Polarity: "positive"})
			start = i + 2
		}
	}
	return nil
}

type recorder struct {
	found   int
	results []Result
	summary Summary
}

func (r *recorder) Found(n int)      { r.found = n }
func (r *recorder) Done(x Result)    { r.results = append(r.results, x) }
func (r *recorder) Finish(s Summary) { r.summary = s }

func (r *recorder) failures() []string {
	var out []string
	for _, x := range r.results {
		if x.Status == Failed {
			out = append(out, x.Err.Error())
		}
	}
	sort.Strings(out)
	return out
}

func openStore(t *testing.T) store.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestRunAllFormats(t *testing.T) {
	s := openStore(t)
	an := &sentenceClaims{}
	rec := &recorder{}
	o := Options{Store: s, Analyzer: an, Extract: testExtract, Workers: 3, NoFetch: true, Progress: rec}
	inputs := []string{"testdata/corpus", "testdata/feed.rss", "testdata/feed.atom", "testdata/articles.jsonl",
		"testdata/crawl.warc.gz", "testdata/missing.txt"}
	sum, err := Run(context.Background(), inputs, o)
	if err != nil {
		t.Fatal(err)
	}
	// corpus: 3 good files, latin1 and blank fail, the hidden folder is
	// skipped; rss 3; atom 2; jsonl 3 good of which one repeats the
	// first, 3 bad; warc 2; one missing file.
	wantFail := []string{
		"testdata/articles.jsonl:4: malformed: JSON: the line ends inside a value",
		`testdata/articles.jsonl:5: malformed: no "text" or "html" field`,
		`testdata/articles.jsonl:6: malformed: JSON: field "text" is number, want string`,
		"testdata/corpus/empty/blank.txt: no article text",
		"testdata/corpus/world/latin1.txt: not UTF-8",
		"testdata/missing.txt: unreadable: no such file or directory",
	}
	if got := rec.failures(); strings.Join(got, "\n") != strings.Join(wantFail, "\n") {
		t.Errorf("failures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantFail, "\n"))
	}
	want := Summary{Stored: 12, Duplicates: 1, Failed: 6}
	if sum.Stored != want.Stored || sum.Duplicates != want.Duplicates || sum.Failed != want.Failed {
		t.Errorf("summary %+v, want %+v", sum, want)
	}
	if rec.found != 19 || rec.summary != sum {
		t.Errorf("reporter saw %d found, summary %+v", rec.found, rec.summary)
	}
	ctx := context.Background()
	docs, _ := s.Documents(ctx, store.DocQuery{})
	if len(docs) != 12 {
		t.Fatalf("stored %d documents, want 12", len(docs))
	}
	// Metadata from the container wins; the page's own fills the gaps.
	rss, _ := s.Documents(ctx, store.DocQuery{Outlet: "example wire"})
	if len(rss) != 3 {
		t.Fatalf("example wire documents = %d", len(rss))
	}
	byTitle := map[string]store.DocSummary{}
	for _, d := range docs {
		byTitle[d.Title] = d
	}
	talks := byTitle["Talks resume in Doha"]
	if talks.URL != "https://wire.example.org/2021/09/talks" || talks.Author != "Jane Reporter" || talks.Published != "2021-09-09" ||
		talks.Origin != "testdata/feed.rss#1" {
		t.Errorf("feed item stored as %+v", talks)
	}
	if v := byTitle["Vote count"]; v.URL != "https://crawl.example.org/vote" {
		t.Errorf("WARC page stored as %+v", v)
	}
	if v := byTitle["Valley under pressure"]; v.Origin != "testdata/corpus/world/asia/panjshir.html" {
		t.Errorf("HTML file stored as %+v", v)
	}
	claims, _ := s.Claims(ctx, store.ClaimQuery{Search: "ceasefire"})
	if len(claims) != 1 || claims[0].Text != "The ceasefire held overnight, monitors said on Tuesday." {
		t.Errorf("claims about the ceasefire = %+v", claims)
	}

	// The same inputs again: nothing new, nothing re-analysed.
	before := an.runs.Load()
	rec2 := &recorder{}
	o.Progress = rec2
	sum2, err := Run(context.Background(), inputs, o)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Stored != 0 || sum2.Duplicates != 13 || sum2.Failed != 6 {
		t.Errorf("second run %+v, want 0 stored, 13 duplicates, 6 failed", sum2)
	}
	if an.runs.Load() != before {
		t.Errorf("second run analysed %d documents again", an.runs.Load()-before)
	}
	if !strings.Contains(sum2.Line(), "nothing new") {
		t.Errorf("summary line %q does not say nothing new was stored", sum2.Line())
	}
}

// failingStage fails or panics on chosen documents.
type failingStage struct{}

func (failingStage) Run(_ context.Context, d *doc.Doc) error {
	switch {
	case strings.Contains(d.Text, "border"):
		return errors.New("stage exploded")
	case strings.Contains(d.Text, "Kabul"):
		panic("index out of range")
	}
	return nil
}

func TestRunAnalysisFailuresAreItemFailures(t *testing.T) {
	s := openStore(t)
	rec := &recorder{}
	sum, err := Run(context.Background(), []string{"testdata/corpus/kabul.txt", "testdata/corpus/world"},
		Options{Store: s, Analyzer: failingStage{}, Extract: testExtract, Progress: rec})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"testdata/corpus/kabul.txt: analysis failed unexpectedly: index out of range",
		"testdata/corpus/world/border.txt: analysis: stage exploded",
		"testdata/corpus/world/latin1.txt: not UTF-8",
	}
	if got := rec.failures(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("failures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if sum.Stored != 1 || sum.Failed != 3 {
		t.Errorf("summary %+v, want 1 stored, 3 failed", sum)
	}
}

// stuckStore takes documents but never finishes storing one before its
// caller's context ends, as a store on a stalled disk would.
type stuckStore struct {
	store.Store
	first chan struct{}
	once  atomic.Bool
}

func (s *stuckStore) PutAnalysis(ctx context.Context, _ *contract.Analysis, _ string) (store.PutResult, error) {
	if s.once.CompareAndSwap(false, true) {
		close(s.first)
	}
	<-ctx.Done()
	return store.PutResult{}, ctx.Err()
}

// Cancelling a run whose store callers are all waiting on the store, with
// more analyses queued behind them, ends the run: the workers stop
// waiting for a store caller too.
func TestRunCancelledWhileStoring(t *testing.T) {
	dir := t.TempDir()
	for i := range 3 * storeCallers {
		text := fmt.Sprintf("Report number %d says the river rose overnight.", i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := &stuckStore{Store: openStore(t), first: make(chan struct{})}
	an := &sentenceClaims{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := Run(ctx, []string{dir}, Options{Store: s, Analyzer: an, Extract: testExtract, Workers: 1})
		done <- err
	}()
	<-s.first
	// Every store caller holds a document, the queue to them is full,
	// and the worker has analysed one more that it cannot hand on.
	for an.runs.Load() < 2*storeCallers+1 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Run cancelled while storing: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Run did not return after its context was cancelled")
	}
}

func TestRunCancelled(t *testing.T) {
	s := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, []string{"testdata/corpus"}, Options{Store: s, Analyzer: &sentenceClaims{}, Extract: testExtract})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: %v", err)
	}
}
