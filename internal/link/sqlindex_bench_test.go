package link_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store/postgres"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
	"github.com/hearsaynews/hearsay/internal/storygen"
)

// sqlBenchDocs is how many generated documents BenchmarkSQLIndexAdd
// links: enough that most blocking keys already hold earlier claims, few
// enough to run in seconds.
const sqlBenchDocs = 1000

// BenchmarkSQLIndexAdd links sqlBenchDocs generated documents (their
// oracle analyses, so linking alone is timed) through the SQL index of a
// fresh SQLite store, of a fresh PostgreSQL schema when
// HEARSAY_TEST_POSTGRES is set (with durable commits, as the store's
// LinkIndex runs, and without, as the queue does), and through the
// in-memory index for comparison. It reports milliseconds per document,
// wall time and this process's CPU time.
//
//	go test ./internal/link -run '^$' -bench SQLIndexAdd -benchtime 1x
func BenchmarkSQLIndexAdd(b *testing.B) {
	var docs []storygen.Article
	stories := sqlBenchDocs * 10 / 65
	storygen.Stream(storygen.Options{Seed: 5, Stories: stories, Noise: stories}, func(arts []storygen.Article, _ storygen.Truth) bool {
		for _, a := range arts {
			if len(docs) == sqlBenchDocs {
				return false
			}
			docs = append(docs, a)
		}
		return true
	})
	b.Run("memory", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			benchAdd(b, link.NewMemIndex(), docs)
		}
	})
	b.Run("sqlite", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "hearsay.db"))
			if err != nil {
				b.Fatal(err)
			}
			benchAdd(b, s.LinkIndex(), docs)
			s.Close()
		}
	})
	b.Run("postgres", func(b *testing.B) {
		base := os.Getenv("HEARSAY_TEST_POSTGRES")
		if base == "" {
			b.Skip("HEARSAY_TEST_POSTGRES not set (postgres://user:pass@127.0.0.1/db)")
		}
		for i := 0; i < b.N; i++ {
			s, err := postgres.Open(context.Background(), freshSchema(b, base))
			if err != nil {
				b.Fatal(err)
			}
			benchAdd(b, s.LinkIndex(), docs)
			s.Close()
		}
	})
	// As the queue's linker runs it: commits not waiting for the disk
	// (the queue links each document in one transaction with
	// synchronous_commit off), so round trips are what is measured.
	b.Run("postgres-async", func(b *testing.B) {
		base := os.Getenv("HEARSAY_TEST_POSTGRES")
		if base == "" {
			b.Skip("HEARSAY_TEST_POSTGRES not set (postgres://user:pass@127.0.0.1/db)")
		}
		for i := 0; i < b.N; i++ {
			u, err := url.Parse(freshSchema(b, base))
			if err != nil {
				b.Fatal(err)
			}
			q := u.Query()
			q.Set("synchronous_commit", "off")
			u.RawQuery = q.Encode()
			s, err := postgres.Open(context.Background(), u.String())
			if err != nil {
				b.Fatal(err)
			}
			benchAdd(b, s.LinkIndex(), docs)
			s.Close()
		}
	})
}

func benchAdd(b *testing.B, idx link.Index, docs []storygen.Article) {
	ctx := context.Background()
	l := link.New(idx, link.Options{})
	claims := 0
	cpu0 := cpuTime(b)
	start := time.Now()
	for _, a := range docs {
		res, err := l.Add(ctx, a.Oracle)
		if err != nil {
			b.Fatal(err)
		}
		claims += len(res.Claims)
	}
	took := time.Since(start)
	cpu := cpuTime(b) - cpu0
	b.ReportMetric(float64(took.Microseconds())/1000/float64(len(docs)), "ms/doc")
	// On a shared machine the wall time mostly measures the other load;
	// this process's CPU time does not (it leaves out the PostgreSQL
	// server's work).
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(docs)), "cpu-ms/doc")
	b.ReportMetric(float64(claims)/float64(len(docs)), "claims/doc")
}

// cpuTime is the CPU time this process has used (user and system).
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// freshSchema creates a schema of its own in the database at base,
// dropped when the test or benchmark ends, and returns the URL that uses it.
func freshSchema(b testing.TB, base string) string {
	return storetest.PostgresSchema(b, base, "hearsay_bench_")
}
