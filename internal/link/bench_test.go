package link

import (
	"context"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/storygen"
)

// BenchmarkLink100k links 100,000 generated documents into an in-memory
// index. The documents come with the generator's oracle analyses, so the
// benchmark measures linking alone, not the analysis pipeline (which runs
// once per document whether or not linking follows). It reports
// documents per second (linking time only, generation excluded), the peak
// heap sampled every 5,000 documents and the heap the index keeps at the
// end. The in-memory index grows linearly with the documents (their
// claims' records and blocking keys); the cost of each Add does not.
//
//	go test ./internal/link -run '^$' -bench Link100k -benchtime 1x
func BenchmarkLink100k(b *testing.B) {
	benchLink(b, 100_000)
}

// BenchmarkLink10k is the same at a tenth of the size, to compare per
// document cost across index sizes.
func BenchmarkLink10k(b *testing.B) {
	benchLink(b, 10_000)
}

func benchLink(b *testing.B, n int) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		l := New(NewMemIndex(), Options{})
		docs := 0
		var linkTime time.Duration
		var peak uint64
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		// About 5.5 documents per story on average; noise adds one each.
		stories := n * 10 / 65
		storygen.Stream(storygen.Options{Seed: uint64(i + 1), Stories: stories, Noise: stories}, func(arts []storygen.Article, _ storygen.Truth) bool {
			for _, a := range arts {
				if docs == n {
					return false
				}
				start := time.Now()
				if _, err := l.Add(ctx, a.Oracle); err != nil {
					b.Fatal(err)
				}
				linkTime += time.Since(start)
				docs++
				if docs%5000 == 0 {
					metrics.Read(sample)
					peak = max(peak, sample[0].Value.Uint64())
				}
			}
			return true
		})
		metrics.Read(sample)
		peak = max(peak, sample[0].Value.Uint64())
		// What the index keeps: the heap after a collection, with the
		// linker still reachable.
		runtime.GC()
		metrics.Read(sample)
		live := sample[0].Value.Uint64()
		runtime.KeepAlive(l)
		b.ReportMetric(float64(docs)/linkTime.Seconds(), "docs/s")
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		b.ReportMetric(float64(live)/(1<<20), "live-heap-MiB")
		b.ReportMetric(float64(docs), "docs")
	}
}
