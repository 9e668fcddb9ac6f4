package queue_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/queue"
	"github.com/hearsaynews/hearsay/internal/store/postgres"
	"github.com/hearsaynews/hearsay/internal/storygen"
)

// adminURL is the PostgreSQL server the tests create their databases on,
// from HEARSAY_TEST_POSTGRES. Without it the test is skipped, or fails when
// HEARSAY_REQUIRE_POSTGRES=1 (CI counts a skip as a failure).
func adminURL(t testing.TB) string {
	u := os.Getenv("HEARSAY_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("HEARSAY_REQUIRE_POSTGRES") == "1" {
			t.Fatal("HEARSAY_REQUIRE_POSTGRES=1 but HEARSAY_TEST_POSTGRES is not set")
		}
		t.Skip("HEARSAY_TEST_POSTGRES not set: no PostgreSQL server to test the queue on")
	}
	return u
}

// freshDB creates database name_PID on the server of admin, drops it
// when the test ends, and returns its URL. The queue tests use databases
// of their own, named after the process, so that they never touch the
// store suite's nor another run's.
func freshDB(t testing.TB, admin, name string) string {
	t.Helper()
	ctx := context.Background()
	name = fmt.Sprintf("%s_%d", name, os.Getpid())
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connect %s: %v", admin, err)
	}
	defer conn.Close(ctx)
	for _, q := range []string{`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`, `CREATE DATABASE ` + name} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("HEARSAY_TEST_POSTGRES: %v", err)
	}
	u.Path = "/" + name
	t.Cleanup(func() {
		if os.Getenv("HEARSAY_KEEP_TEST_DB") == "" {
			execAdmin(t, admin, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`)
		}
	})
	return u.String()
}

func mustParse(t testing.TB, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func execAdmin(t testing.TB, admin, sql string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connect %s: %v", admin, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// buildHearsay builds the command into dir.
func buildHearsay(t testing.TB, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "hearsay")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/hearsaynews/hearsay/cmd/hearsay").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeCorpus writes a generated corpus of about n articles as JSON Lines
// ("hearsay ingest" reads text, url, title, outlet, published).
func writeCorpus(t testing.TB, path string, seed uint64, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	written := 0
	// About seven articles per story with its noise report.
	storygen.Stream(storygen.Options{Seed: seed, Stories: n/7 + 10}, func(arts []storygen.Article, _ storygen.Truth) bool {
		for _, a := range arts {
			if err := enc.Encode(a); err != nil {
				t.Fatal(err)
			}
			written++
		}
		return written < n
	})
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// worker is one "hearsay worker" process.
type worker struct {
	cmd   *exec.Cmd
	ready chan struct{}
	log   *strings.Builder
	mu    *sync.Mutex
	done  chan error
}

func startWorker(t testing.TB, bin, db string, extra ...string) *worker {
	t.Helper()
	args := append([]string{"worker", "--db", db}, extra...)
	cmd := exec.Command(bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	w := &worker{cmd: cmd, ready: make(chan struct{}), log: &strings.Builder{}, mu: &sync.Mutex{}, done: make(chan error, 1)}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		once := sync.Once{}
		for sc.Scan() {
			w.mu.Lock()
			w.log.WriteString(sc.Text() + "\n")
			w.mu.Unlock()
			if strings.Contains(sc.Text(), "worker: ready") {
				once.Do(func() { close(w.ready) })
			}
		}
		w.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	})
	return w
}

func (w *worker) output() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.log.String()
}

func waitReady(t testing.TB, ws []*worker) {
	t.Helper()
	for i, w := range ws {
		select {
		case <-w.ready:
		case err := <-w.done:
			t.Fatalf("worker %d exited before it was ready: %v\n%s", i, err, w.output())
		case <-time.After(60 * time.Second):
			t.Fatalf("worker %d not ready after 60s:\n%s", i, w.output())
		}
	}
}

// waitDrained waits until every queued document is analysed (or failed)
// and linked, and no job is left to run.
func waitDrained(t testing.TB, q *queue.Queue, timeout time.Duration, each func(queue.Stats)) queue.Stats {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(timeout)
	for {
		s, err := q.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if each != nil {
			each(s)
		}
		live := s.Jobs["available"] + s.Jobs["running"] + s.Jobs["retryable"] + s.Jobs["scheduled"] + s.Jobs["pending"]
		if s.Pending == 0 && s.Unlinked == 0 && live == 0 {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained after %s: %+v", timeout, s)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// linkDump is the cross-article index in a form independent of row IDs:
// each linked claim with the claim its cluster is named after, each
// relation and each citation by document and claim references, sorted.
func linkDump(t testing.TB, db string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var out []string
	for _, q := range []string{
		`SELECT 'doc ' || doc_id FROM link_docs`,
		`SELECT 'claim ' || c.doc_id || ':' || c.claim_id || ' cluster ' || r.doc_id || ':' || r.claim_id
			FROM link_claims c JOIN link_claims r ON r.id = c.cluster`,
		`SELECT 'relation ' || f.doc_id || ':' || f.claim_id || ' ' || x.type || ' ' || t.doc_id || ':' || t.claim_id || ' ' || x.reason
			FROM link_relations x JOIN link_claims f ON f.id = x.from_claim JOIN link_claims t ON t.id = x.to_claim`,
		`SELECT 'citation ' || concat_ws(' ', doc_id, outlet, published, target_kind, target_key, target_name, via) FROM link_citations`,
	} {
		rows, err := conn.Query(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		got, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, got...)
	}
	slices.Sort(out)
	return out
}

// referenceLinks links the analyses stored in db, in enqueue order, into
// a fresh database in this one process, and returns its dump: what a
// single-process run over the same documents links.
func referenceLinks(t testing.TB, db, ref string) []string {
	t.Helper()
	ctx := context.Background()
	src, err := postgres.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := postgres.Open(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	rows, err := src.Pool().Query(ctx, `SELECT stored_id FROM queue_documents WHERE status = 'analysed' ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	l := link.New(dst.LinkIndex(), link.Options{})
	for _, id := range ids {
		a, err := src.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		d, err := contract.ToDoc(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := l.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	return linkDump(t, ref)
}

func count(t testing.TB, conn *pgx.Conn, q string) int64 {
	t.Helper()
	var n int64
	if err := conn.QueryRow(context.Background(), q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// TestWorkersKilled is the scale-out test: at least 5,000 generated
// documents are enqueued, three worker processes analyse them, one is
// killed with SIGKILL a third of the way through, and at the end every
// document is analysed and stored exactly once, no job failed, the two
// surviving workers stop cleanly on SIGTERM, and the cross-article links
// equal those of one process linking the same documents.
func TestWorkersKilled(t *testing.T) {
	admin := adminURL(t)
	if testing.Short() {
		t.Skip("analyses 5,000 documents in three processes")
	}
	const want = 5000
	db := freshDB(t, admin, "hearsay_queue_test")
	ref := freshDB(t, admin, "hearsay_queue_ref")
	// The reference links in one process with the store's own index,
	// which commits every statement; not waiting for the disk on each
	// keeps the test short and changes no result.
	execAdmin(t, admin, `ALTER DATABASE `+strings.TrimPrefix(mustParse(t, ref).Path, "/")+` SET synchronous_commit = off`)
	dir := t.TempDir()
	bin := buildHearsay(t, dir)
	corpus := filepath.Join(dir, "articles.jsonl")
	writeCorpus(t, corpus, 11, want+60) // a few texts repeat; keep 5,000 distinct

	// Enqueueing twice queues nothing new.
	t.Log(strings.TrimSpace(run(t, bin, "ingest", "--db", db, "--enqueue", "--workers", "8", corpus)))
	second := run(t, bin, "ingest", "--db", db, "--enqueue", "--workers", "8", corpus)
	if !strings.Contains(second, " 0 queued") {
		t.Errorf("second enqueue of the same corpus queued something: %s", second)
	}

	ctx := context.Background()
	q, err := queue.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Store().Close()
	s0, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	total := s0.Pending
	if total < want {
		t.Fatalf("%d distinct documents queued, want at least %d", total, want)
	}
	if s0.Jobs["available"] != total {
		t.Fatalf("%d jobs available for %d documents", s0.Jobs["available"], total)
	}

	flags := []string{"--concurrency", "1", "--job-timeout", "10s", "--rescue-after", "12s", "--backoff", "1s"}
	ws := make([]*worker, 3)
	for i := range ws {
		ws[i] = startWorker(t, bin, db, flags...)
	}
	waitReady(t, ws)
	start := time.Now()
	killed := false
	s := waitDrained(t, q, 5*time.Minute, func(s queue.Stats) {
		if !killed && s.Analysed >= total/3 {
			if err := ws[0].cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
			t.Logf("killed worker 0 after %d documents (%.1fs)", s.Analysed, time.Since(start).Seconds())
		}
	})
	t.Logf("drained in %.1fs: %+v", time.Since(start).Seconds(), s)
	if !killed {
		t.Fatal("the queue drained before a worker could be killed")
	}
	for i, w := range ws[1:] {
		w.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-w.done:
			if err != nil {
				t.Errorf("worker %d after SIGTERM: %v\n%s", i+1, err, w.output())
			}
		case <-time.After(45 * time.Second):
			t.Errorf("worker %d still running 45s after SIGTERM", i+1)
		}
	}

	if s.Analysed != total || s.Failed != 0 || s.Dropped != 0 {
		t.Errorf("documents: %d analysed, %d failed, %d dropped; want all %d analysed", s.Analysed, s.Failed, s.Dropped, total)
	}
	for state, n := range s.Jobs {
		if state != "completed" && n > 0 {
			t.Errorf("%d jobs %s; want every job completed", n, state)
		}
	}
	if s.Jobs["completed"] != total {
		t.Errorf("%d jobs completed, want %d", s.Jobs["completed"], total)
	}
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if n := count(t, conn, `SELECT count(*) FROM documents`); n != total {
		t.Errorf("%d documents stored, want %d", n, total)
	}
	if n := count(t, conn, `SELECT count(*) FROM queue_documents q LEFT JOIN documents d ON d.id = q.stored_id WHERE d.id IS NULL`); n != 0 {
		t.Errorf("%d queued documents missing from the store", n)
	}
	if n := count(t, conn, `SELECT count(*) - count(DISTINCT (doc_id, id)) FROM claims`); n != 0 {
		t.Errorf("%d claims stored more than once", n)
	}
	if n := count(t, conn, `SELECT count(*) FROM claims`); n == 0 {
		t.Error("no claims stored: the analysis did not run")
	}
	if n := count(t, conn, `SELECT count(*) FROM link_docs`); n != total {
		t.Errorf("%d documents linked, want %d", n, total)
	}
	if n := count(t, conn, `SELECT count(*) - count(DISTINCT (doc_id, claim_id)) FROM link_claims`); n != 0 {
		t.Errorf("%d claims linked more than once", n)
	}

	got, want2 := linkDump(t, db), referenceLinks(t, db, ref)
	if len(want2) == 0 {
		t.Fatal("the reference run linked nothing")
	}
	if !slices.Equal(got, want2) {
		diff := 0
		for _, line := range want2 {
			if _, ok := slices.BinarySearch(got, line); !ok {
				if diff < 10 {
					t.Errorf("missing from the workers' links: %s", line)
				}
				diff++
			}
		}
		for _, line := range got {
			if _, ok := slices.BinarySearch(want2, line); !ok {
				if diff < 20 {
					t.Errorf("not in the single-process links: %s", line)
				}
				diff++
			}
		}
		t.Fatalf("links differ from a single-process run: %d lines of %d/%d", diff, len(got), len(want2))
	}
	clusters := 0
	for _, l := range got {
		if strings.HasPrefix(l, "claim ") {
			if f := strings.Fields(l); f[1] != f[3] {
				clusters++
			}
		}
	}
	if clusters == 0 {
		t.Error("no claim was linked to another document's: the comparison would prove nothing")
	}
	t.Logf("%d link rows equal; %d claims joined another claim's cluster", len(got), clusters)
}

// BenchmarkWorkers measures documents per second through the queue with 1,
// 2 and 4 worker processes (one document at a time each), from enqueueing
// to the last document linked (docs/s) and to the last one analysed and
// stored (analysed/s), workers already started. Run with
//
//	HEARSAY_TEST_POSTGRES=postgres://... go test ./internal/queue -run '^$' -bench Workers -benchtime 1x
func BenchmarkWorkers(b *testing.B) {
	admin := adminURL(b)
	dir := b.TempDir()
	bin := buildHearsay(b, dir)
	corpus := filepath.Join(dir, "articles.jsonl")
	n := 1500
	writeCorpus(b, corpus, 12, n)
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			var docs int64
			var elapsed, analysis time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := freshDB(b, admin, "hearsay_queue_bench")
				ws := make([]*worker, workers)
				for j := range ws {
					ws[j] = startWorker(b, bin, db, "--concurrency", "1")
				}
				waitReady(b, ws)
				q, err := queue.Open(context.Background(), db)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := time.Now()
				run(b, bin, "ingest", "--db", db, "--enqueue", corpus)
				s := waitDrained(b, q, 20*time.Minute, nil)
				elapsed += time.Since(start)
				b.StopTimer()
				docs += s.Analysed
				var last time.Time
				if err := q.Store().Pool().QueryRow(context.Background(), `SELECT max(analysed_at) FROM queue_documents`).Scan(&last); err != nil {
					b.Fatal(err)
				}
				analysis += last.Sub(start)
				for _, w := range ws {
					w.cmd.Process.Signal(syscall.SIGTERM)
					<-w.done
				}
				q.Store().Close()
			}
			b.ReportMetric(float64(docs)/elapsed.Seconds(), "docs/s")
			b.ReportMetric(float64(docs)/analysis.Seconds(), "analysed/s")
		})
	}
}
