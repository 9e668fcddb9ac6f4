package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

// BenchmarkPutAnalysisReplay stores again the analyses of an existing
// store named by HEARSAY_REPLAY_DB (for instance one filled by ingesting
// PolNeAR): the store's own cost for real analyses, without analysis.
func BenchmarkPutAnalysisReplay(b *testing.B) {
	src := os.Getenv("HEARSAY_REPLAY_DB")
	if src == "" {
		b.Skip("HEARSAY_REPLAY_DB not set")
	}
	ctx := context.Background()
	from, err := Open(ctx, src)
	if err != nil {
		b.Fatal(err)
	}
	var as []*contract.Analysis
	from.Each(ctx, store.DocQuery{}, func(a *contract.Analysis) error { as = append(as, a); return nil })
	from.Close()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		to, err := Open(ctx, filepath.Join(b.TempDir(), "replay.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		// As many callers as ingest has workers.
		next := make(chan *contract.Analysis)
		var wg sync.WaitGroup
		for w := 0; w < runtime.NumCPU(); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for a := range next {
					if _, err := to.PutAnalysis(ctx, a, "replay"); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		for _, a := range as {
			next <- a
			n++
		}
		close(next)
		wg.Wait()
		b.StopTimer()
		to.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}
