package export

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
)

// genSource is a Source that makes its analyses as it goes, the way a
// store decodes them row by row: Docs documents of ClaimsPerDoc
// attributed claims each, with entities and an event per claim. Nothing
// is kept between documents, so the memory an export uses is its own.
type genSource struct {
	Docs, ClaimsPerDoc int
}

func (g genSource) Each(ctx context.Context, _ store.DocQuery, fn func(*contract.Analysis) error) error {
	sentence := "Officials in Kabul said that Pakistani helicopters attacked the valley, according to the Example Front. "
	for i := 0; i < g.Docs; i++ {
		var b strings.Builder
		for range g.ClaimsPerDoc {
			b.WriteString(sentence)
		}
		outlet, pub := fmt.Sprintf("Outlet %d", i%50), "2021-09-09"
		a := &contract.Analysis{Document: contract.Document{ID: fmt.Sprintf("%016x", i), Outlet: &outlet, Published: &pub, Language: "en", Text: b.String()}}
		pk, af := "PK", "AF"
		a.Entities = []contract.Entity{{ID: "e1", Name: "Pakistan", Type: "country", Country: &pk}, {ID: "e2", Name: "Example Front", Type: "group", Country: &af}}
		for j := range g.ClaimsPerDoc {
			off := j * len(sentence)
			at, c, v := fmt.Sprintf("a%d", j+1), fmt.Sprintf("c%d", j+1), fmt.Sprintf("v%d", j+1)
			e1, e2 := "e1", "e2"
			a.Entities[0].Mentions = append(a.Entities[0].Mentions, contract.Mention{Span: contract.Span{Start: off + 29, End: off + 38, Text: "Pakistani"}, Kind: "demonym"})
			a.Entities[1].Mentions = append(a.Entities[1].Mentions, contract.Mention{Span: contract.Span{Start: off + 88, End: off + 101, Text: "Example Front"}, Kind: "name"})
			content := contract.Span{Start: off + 29, End: off + 70, Text: sentence[29:70]}
			a.Attributions = append(a.Attributions, contract.Attribution{ID: at,
				Source: &contract.Source{Span: contract.Span{Start: off + 84, End: off + 101, Text: "the Example Front"}, Kind: "group", Entity: &e2},
				Cue:    contract.Cue{Span: contract.Span{Start: off + 72, End: off + 84, Text: "according to"}, Type: "statement"}, Content: contract.Content{Span: content}})
			a.Claims = append(a.Claims, contract.Claim{ID: c, Span: content, Attribution: &at, Certainty: "certain", Polarity: "positive", Hedges: []contract.Span{}})
			a.Events = append(a.Events, contract.Event{ID: v, Type: "ASSAULT", Trigger: contract.Span{Start: off + 51, End: off + 59, Text: "attacked"}, Actor: &e1, Recipient: &e2, Claim: &c, Certainty: "certain"})
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

type discardDocs struct{}

func (discardDocs) WriteDoc(context.Context, *contract.Analysis) error { return nil }
func (discardDocs) Close() error                                       { return nil }

// peakHeap samples HeapInuse every 10 ms until stop is called, and
// returns the largest value seen.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.HeapInuse > peak.Load() {
			peak.Store(m.HeapInuse)
		}
	}
	go func() {
		defer wg.Done()
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		sample()
		return peak.Load()
	}
}

// BenchmarkExportClaims streams 1,000,000 claims (100,000 documents of 10
// claims, one event each; HEARSAY_BENCH_DOCS sets the number of
// documents) through each streaming format and reports the peak heap in
// use and its rise over the heap in use before the export (the packages'
// tables, such as the geography, are loaded first). The rise stays flat
// whatever the number of documents, because writers keep nothing across
// documents. "none" runs the generator alone.
//
//	go test ./internal/export -run '^$' -bench ExportClaims -benchtime 1x
func BenchmarkExportClaims(b *testing.B) {
	src := genSource{Docs: 100_000, ClaimsPerDoc: 10}
	if n, err := strconv.Atoi(os.Getenv("HEARSAY_BENCH_DOCS")); err == nil && n > 0 {
		src.Docs = n
	}
	for _, format := range []string{"none", "csv-claims", "claimreview", "prov", "plover", "gdelt"} {
		b.Run(format, func(b *testing.B) {
			alpha3("PK") // load the geography table before measuring
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			base := m.HeapInuse
			stop := peakHeap()
			start := time.Now()
			for range b.N {
				// "none" measures the generator alone.
				var w DocWriter = discardDocs{}
				if format != "none" {
					var err error
					if w, err = New(format, io.Discard, Options{}); err != nil {
						b.Fatal(err)
					}
				}
				if err := Export(context.Background(), src, Filter{}, w); err != nil {
					b.Fatal(err)
				}
			}
			el := time.Since(start)
			peak := stop()
			claims := float64(src.Docs * src.ClaimsPerDoc * b.N)
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(peak-min(peak, base))/(1<<20), "rise-heap-MB")
			b.ReportMetric(claims/el.Seconds(), "claims/s")
			b.ReportMetric(claims/float64(b.N), "claims/op")
		})
	}
}

// BenchmarkExportStore exports from a real SQLite store: 10,000 documents
// of 100 claims (1,000,000 claims; HEARSAY_BENCH_STORE_DOCS sets the
// number of documents), stored first (that takes minutes and is not
// timed), then streamed out through store.Each.
//
//	go test ./internal/export -run '^$' -bench ExportStore -benchtime 1x -timeout 30m
func BenchmarkExportStore(b *testing.B) {
	ctx := context.Background()
	docs := 10_000
	if n, err := strconv.Atoi(os.Getenv("HEARSAY_BENCH_STORE_DOCS")); err == nil && n > 0 {
		docs = n
	}
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	claims := 0
	for i := range docs {
		a := storetest.Synthetic(i, 100)
		claims += len(a.Claims)
		if _, err := st.PutAnalysis(ctx, a, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	for _, format := range []string{"csv-claims", "claimreview"} {
		b.Run(format, func(b *testing.B) {
			alpha3("PK")
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			base := m.HeapInuse
			stop := peakHeap()
			start := time.Now()
			for range b.N {
				w, err := New(format, io.Discard, Options{})
				if err != nil {
					b.Fatal(err)
				}
				if err := Export(ctx, st, Filter{}, w); err != nil {
					b.Fatal(err)
				}
			}
			el := time.Since(start)
			peak := stop()
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(peak-min(peak, base))/(1<<20), "rise-heap-MB")
			b.ReportMetric(float64(claims*b.N)/el.Seconds(), "claims/s")
			b.ReportMetric(float64(claims), "claims/op")
		})
	}
}
