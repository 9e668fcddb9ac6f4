package queue_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/queue"
)

func TestBackoff(t *testing.T) {
	b := queue.Backoff{Base: time.Second, Max: 10 * time.Second}
	for _, c := range []struct {
		attempt  int
		id       int64
		min, max time.Duration
	}{
		{1, 0, time.Second, time.Second},
		{2, 0, 2 * time.Second, 2 * time.Second},
		{3, 0, 4 * time.Second, 4 * time.Second},
		{5, 0, 10 * time.Second, 10 * time.Second}, // capped
		{40, 0, 10 * time.Second, 10 * time.Second},
		{1, 7, time.Second, 1100 * time.Millisecond}, // spread by job ID, at most a tenth
		{5, 10, 10 * time.Second, 11 * time.Second},
	} {
		if got := b.Delay(c.attempt, c.id); got < c.min || got > c.max {
			t.Errorf("Delay(%d, %d) = %s, want %s..%s", c.attempt, c.id, got, c.min, c.max)
		}
	}
	if got := (queue.Backoff{}).Delay(1, 0); got != 2*time.Second {
		t.Errorf("default first delay = %s, want 2s", got)
	}
}

// fakeAnalyzer fails documents whose text contains "BAD" and leaves the
// rest unannotated: the queue's bookkeeping is under test, not analysis.
type fakeAnalyzer struct{ failBad bool }

func (f fakeAnalyzer) Run(_ context.Context, d *doc.Doc) error {
	if f.failBad && strings.Contains(d.Text, "BAD") {
		return errors.New("cannot analyse a BAD document")
	}
	return nil
}

// work runs one in-process worker until the queue is drained.
func work(t *testing.T, q *queue.Queue, a fakeAnalyzer) queue.Stats {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- q.Work(ctx, a, queue.Options{Concurrency: 2, Backoff: queue.Backoff{Base: 10 * time.Millisecond}, LinkEvery: 50 * time.Millisecond})
	}()
	s := waitDrained(t, q, 60*time.Second, nil)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Work: %v", err)
	}
	return s
}

// TestEnqueueFailRetryDrop follows documents through enqueueing (twice),
// failure (dead letter with its reason), retry and drop, with one
// in-process worker.
func TestEnqueueFailRetryDrop(t *testing.T) {
	admin := adminURL(t)
	db := freshDB(t, admin, "hearsay_queue_unit")
	ctx := context.Background()
	q, err := queue.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Store().Close()
	q.MaxAttempts = 1 // fail for good at once: river's retry schedule is slow for a unit test

	docs := []queue.Doc{
		{Origin: "a.txt", Text: "The minister said the bridge would reopen on Monday.", URL: "https://example.org/a"},
		{Origin: "b.txt", Text: "A BAD document the analyser refuses."},
		{Origin: "c.txt", Text: "Officials said the port was closed after the storm."},
	}
	for _, c := range []struct {
		d     queue.Doc
		added bool
	}{
		{docs[0], true}, {docs[1], true}, {docs[2], true},
		{docs[0], false}, // same text
		{queue.Doc{Origin: "a2.txt", Text: "Another text at the same address.", URL: "https://example.org/a"}, false}, // same URL
	} {
		_, added, err := q.Enqueue(ctx, c.d)
		if err != nil {
			t.Fatalf("Enqueue %s: %v", c.d.Origin, err)
		}
		if added != c.added {
			t.Errorf("Enqueue %s: added = %v, want %v", c.d.Origin, added, c.added)
		}
	}
	if _, _, err := q.Enqueue(ctx, queue.Doc{Origin: "empty.txt"}); err == nil || !strings.Contains(err.Error(), "empty.txt") {
		t.Errorf("Enqueue of an empty text: error %v, want one naming empty.txt", err)
	}

	s := work(t, q, fakeAnalyzer{failBad: true})
	if s.Analysed != 2 || s.Failed != 1 || s.Jobs["discarded"] != 1 || s.Jobs["completed"] != 2 {
		t.Fatalf("after the first run: %+v; want 2 analysed, 1 failed and discarded", s)
	}
	fs, err := q.Failures(ctx, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Origin != "b.txt" || !strings.Contains(fs[0].Error, "cannot analyse a BAD document") || fs[0].JobState != "discarded" {
		t.Fatalf("Failures = %+v; want b.txt, discarded, with its reason", fs)
	}

	n, err := q.Retry(ctx, nil)
	if err != nil || n != 1 {
		t.Fatalf("Retry = %d, %v; want 1", n, err)
	}
	s = work(t, q, fakeAnalyzer{})
	if s.Analysed != 3 || s.Failed != 0 || s.Unlinked != 0 {
		t.Fatalf("after retry: %+v; want all 3 analysed and linked", s)
	}

	_, _, err = q.Enqueue(ctx, queue.Doc{Origin: "d.txt", Text: "Another BAD document."})
	if err != nil {
		t.Fatal(err)
	}
	work(t, q, fakeAnalyzer{failBad: true})
	if _, err := q.Drop(ctx, []string{"0000000000000000"}); err == nil || !strings.Contains(err.Error(), "0000000000000000") {
		t.Errorf("Drop of an unknown ID: error %v, want one naming it", err)
	}
	if n, err := q.Drop(ctx, nil); err != nil || n != 1 {
		t.Fatalf("Drop = %d, %v; want 1", n, err)
	}
	s, err = q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Dropped != 1 || s.Failed != 0 || s.Jobs["discarded"] != 0 {
		t.Errorf("after drop: %+v; want 1 dropped, its job gone", s)
	}
	if fs, _ := q.Failures(ctx, 0, true); len(fs) != 1 || fs[0].Origin != "d.txt" {
		t.Errorf("dropped = %+v; want d.txt", fs)
	}
}

// slowAnalyzer takes its time over each document, and gives up when its
// context is cancelled, as the pipeline does. It tells started when it
// begins a document.
type slowAnalyzer struct {
	d       time.Duration
	started chan<- struct{}
}

func (s slowAnalyzer) Run(ctx context.Context, _ *doc.Doc) error {
	s.started <- struct{}{}
	select {
	case <-time.After(s.d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// TestGracefulStop stops a worker while two jobs are running, once with
// time for them to finish and once without: no job is left running, the
// cut-off ones go back to the queue with their attempt recorded, and a
// later worker analyses every document exactly once.
func TestGracefulStop(t *testing.T) {
	admin := adminURL(t)
	db := freshDB(t, admin, "hearsay_queue_stop")
	ctx := context.Background()
	q, err := queue.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Store().Close()
	const n = 12
	for i := range n {
		if _, _, err := q.Enqueue(ctx, queue.Doc{Origin: "stop.txt", Text: strings.Repeat("word ", i+1) + "ends here."}); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name     string
		analysis time.Duration // per document
		shutdown time.Duration
	}{
		{"finish", 300 * time.Millisecond, 10 * time.Second}, // running jobs complete
		{"release", time.Minute, 50 * time.Millisecond},      // running jobs are cancelled and requeued
	} {
		before, err := q.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		wctx, cancel := context.WithCancel(ctx)
		started := make(chan struct{}, n)
		done := make(chan error, 1)
		go func() {
			done <- q.Work(wctx, slowAnalyzer{c.analysis, started}, queue.Options{Concurrency: 2, ShutdownTimeout: c.shutdown,
				Backoff: queue.Backoff{Base: time.Minute}})
		}()
		for range 2 {
			select {
			case <-started:
			case <-time.After(30 * time.Second):
				t.Fatalf("%s: no job started", c.name)
			}
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("%s: Work: %v", c.name, err)
		}
		s, err := q.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if s.Jobs["running"] != 0 {
			t.Errorf("%s: %d jobs left running after the worker stopped", c.name, s.Jobs["running"])
		}
		var released int64
		if err := q.Store().Pool().QueryRow(ctx, `SELECT count(*) FROM river_job
			WHERE state IN ('available', 'retryable') AND attempt > 0`).Scan(&released); err != nil {
			t.Fatal(err)
		}
		switch c.name {
		case "finish":
			if s.Analysed-before.Analysed < 2 || released != 0 {
				t.Errorf("%s: %+v, %d released: want the two running jobs completed", c.name, s, released)
			}
		case "release":
			// River puts jobs cut off by a stop back as they were.
			if s.Analysed != before.Analysed || s.Pending != before.Pending {
				t.Errorf("%s: %+v: want the two running jobs back in the queue, nothing analysed", c.name, s)
			}
		}
		if s.Jobs["retryable"]+s.Jobs["available"] != s.Pending {
			t.Errorf("%s: %+v: every pending document should have its job in the queue", c.name, s)
		}
	}
	// The released jobs wait for their backoff: let a last worker retry now.
	if _, err := q.Store().Pool().Exec(ctx, `UPDATE river_job SET state = 'available', scheduled_at = now() WHERE state = 'retryable'`); err != nil {
		t.Fatal(err)
	}
	s := work(t, q, fakeAnalyzer{})
	if s.Analysed != n || s.Jobs["completed"] != n || s.Failed != 0 {
		t.Fatalf("after a last worker: %+v; want all %d analysed once", s, n)
	}
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if got := count(t, conn, `SELECT count(*) FROM documents`); got != n {
		t.Errorf("%d documents stored, want %d", got, n)
	}
}
