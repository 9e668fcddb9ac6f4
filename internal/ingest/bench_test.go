package ingest

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/extract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

// polnearTrain is the PolNeAR training text, read in place (it may not be
// copied into the repository).
const polnearTrain = "../../../shared/data/polnear/train/text"

func extractForBench(name string, data []byte, html bool) (*doc.Doc, error) {
	read := extract.Text
	if html {
		read = extract.HTML
	}
	d, err := read(name, data, extract.Options{})
	var e *extract.Error
	if errors.As(err, &e) {
		return nil, e.Err
	}
	return d, err
}

// peakRSS is the process's peak resident set (VmHWM) in bytes.
func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb * 1024
		}
	}
	return 0
}

// BenchmarkIngestPolNeARTrain ingests the 840 PolNeAR training articles
// into a new SQLite store with the default pipeline on all cores, end to
// end (reading, extraction, analysis, storing). Targets: ≥ 200 articles/s
// on 2 cores, peak RSS ≤ 1 GB. The pipeline is built before the timer
// starts, as a long-running ingest amortises it.
func BenchmarkIngestPolNeARTrain(b *testing.B) {
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchPolNeAR(b, p, false)
}

// BenchmarkIngestPolNeARTrainLinked is BenchmarkIngestPolNeARTrain and
// then the linking across articles that "hearsay ingest" runs once every
// document is stored: the whole command.
func BenchmarkIngestPolNeARTrainLinked(b *testing.B) {
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchPolNeAR(b, p, true)
}

// BenchmarkIngestPolNeARTrainNoAnalysis is the same ingest with an
// analysis that does nothing: the cost of reading, extracting and
// storing alone, the ceiling the analysis stages share.
func BenchmarkIngestPolNeARTrainNoAnalysis(b *testing.B) {
	benchPolNeAR(b, pipeline.StageFunc(func(context.Context, *doc.Doc) error { return nil }), false)
}

func benchPolNeAR(b *testing.B, p Analyzer, linked bool) {
	dir := os.Getenv("HEARSAY_POLNEAR_TRAIN")
	if dir == "" {
		dir = polnearTrain
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Skipf("PolNeAR train text not found at %s", dir)
	}
	ctx := context.Background()
	b.ResetTimer()
	var articles int
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "polnear.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Run(ctx, []string{dir}, Options{Store: s, Analyzer: p, Extract: extractForBench, Workers: runtime.NumCPU()})
		if err != nil {
			b.Fatal(err)
		}
		// PolNeAR holds one article twice.
		if sum.Failed > 0 || sum.Stored+sum.Duplicates != len(entries) {
			b.Fatalf("ingest %+v, want %d stored or duplicates", sum, len(entries))
		}
		articles += sum.Stored
		if linked {
			n, err := LinkStored(ctx, s, link.New(s.LinkIndex(), link.Options{}), nil)
			if err != nil || n != sum.Stored {
				b.Fatalf("linked %d of %d stored documents: %v", n, sum.Stored, err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(peakRSS()/(1<<20), "peakRSS-MiB")
}

// BenchmarkLinkPolNeARTrain is the linking that "hearsay ingest" runs
// after storing the 840 PolNeAR training articles, alone: the articles
// are stored once before the timer starts, and each round links them
// into emptied link tables.
func BenchmarkLinkPolNeARTrain(b *testing.B) {
	dir := os.Getenv("HEARSAY_POLNEAR_TRAIN")
	if dir == "" {
		dir = polnearTrain
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("PolNeAR train text not found at %s", dir)
	}
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "polnear.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	sum, err := Run(ctx, []string{dir}, Options{Store: s, Analyzer: p, Extract: extractForBench, Workers: runtime.NumCPU()})
	if err != nil || sum.Failed > 0 {
		b.Fatalf("ingest %+v: %v", sum, err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		for _, t := range []string{"link_docs", "link_claims", "link_keys", "link_relations", "link_citations"} {
			if _, err := s.DB().ExecContext(ctx, "DELETE FROM "+t); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		n, err := LinkStored(ctx, s, link.New(s.LinkIndex(), link.Options{}), nil)
		if err != nil || n != sum.Stored {
			b.Fatalf("linked %d of %d stored documents: %v", n, sum.Stored, err)
		}
	}
	b.ReportMetric(float64(sum.Stored*b.N)/b.Elapsed().Seconds(), "articles/s")
}
