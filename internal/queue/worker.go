package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/ingest"
	"github.com/hearsaynews/hearsay/internal/link"
)

// Options configures Work. The zero value gives the defaults.
type Options struct {
	// Concurrency is how many documents this worker analyses at once;
	// default 1. One per core is the usual choice.
	Concurrency int
	// Backoff is the wait between attempts.
	Backoff Backoff
	// JobTimeout bounds one attempt (analysis, store and linking); default
	// 2 minutes.
	JobTimeout time.Duration
	// RescueAfter is how long a job may stay running before the queue
	// takes its worker for dead and hands it to another; default
	// JobTimeout plus one minute. It must be longer than JobTimeout.
	RescueAfter time.Duration
	// ShutdownTimeout is how long a stopping worker lets running jobs
	// finish before cancelling them; cancelled jobs go back to the queue.
	// Default 30 seconds.
	ShutdownTimeout time.Duration
	// LinkEvery is how often a worker looks for documents to link besides
	// when one of its jobs finishes; default 1 second.
	LinkEvery time.Duration
	// FetchCooldown is the least time between two fetches of jobs from
	// the database; default 5ms. River's own default (100ms) would hold a
	// worker that analyses one short document at a time to ten a second.
	FetchCooldown time.Duration
	// Link tunes the cross-article linker.
	Link link.Options
	// Logger receives river's and the worker's messages; nil discards
	// everything below warnings.
	Logger *slog.Logger
	// Ready, when set, is called once the worker has started fetching jobs.
	Ready func()
}

func (o Options) withDefaults() Options {
	if o.Concurrency <= 0 {
		o.Concurrency = 1
	}
	if o.JobTimeout <= 0 {
		o.JobTimeout = 2 * time.Minute
	}
	if o.RescueAfter <= 0 {
		o.RescueAfter = o.JobTimeout + time.Minute
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = 30 * time.Second
	}
	if o.LinkEvery <= 0 {
		o.LinkEvery = time.Second
	}
	if o.FetchCooldown <= 0 {
		o.FetchCooldown = 5 * time.Millisecond
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// analyzeWorker runs AnalyzeArgs jobs.
type analyzeWorker struct {
	river.WorkerDefaults[AnalyzeArgs]
	q        *Queue
	analyzer ingest.Analyzer
	kick     func() // wakes the process's linking loop
}

func (w *analyzeWorker) Work(ctx context.Context, job *river.Job[AnalyzeArgs]) error {
	start := time.Now()
	err := w.work(ctx, job.Args.Doc)
	jobSeconds.Observe(time.Since(start).Seconds())
	if err == nil {
		jobsTotal.WithLabelValues("completed").Inc()
		w.kick()
		return nil
	}
	if job.Attempt >= job.MaxAttempts {
		jobsTotal.WithLabelValues("discarded").Inc()
		// The last attempt: river discards the job; the document is
		// marked failed so that linking passes over it. Should the mark
		// not be written, the linker finds the discarded job itself.
		w.q.pool.Exec(context.Background(), `UPDATE queue_documents SET status = 'failed', error = $2 WHERE doc_id = $1 AND status = 'pending'`,
			job.Args.Doc, err.Error())
		// Linking may have waited for this document.
		w.kick()
	} else {
		jobsTotal.WithLabelValues("retried").Inc()
	}
	return err
}

// work analyses and stores one document unless an earlier attempt did.
func (w *analyzeWorker) work(ctx context.Context, id string) error {
	var (
		status string
		d      Doc
		p      = []*string{&d.URL, &d.Outlet, &d.Title, &d.Author, &d.Published}
		ns     = make([]*string, len(p))
	)
	err := w.q.pool.QueryRow(ctx, `SELECT status, origin, url, outlet, title, author, published, language, text
		FROM queue_documents WHERE doc_id = $1`, id).Scan(&status, &d.Origin, &ns[0], &ns[1], &ns[2], &ns[3], &ns[4], &d.Language, &d.Text)
	if errors.Is(err, pgx.ErrNoRows) {
		return river.JobCancel(fmt.Errorf("queue: document %s is not in queue_documents", id))
	}
	if err != nil {
		return fmt.Errorf("queue: document %s: %w", id, err)
	}
	for i, s := range ns {
		if s != nil {
			*p[i] = *s
		}
	}
	switch status {
	case "dropped":
		return river.JobCancel(fmt.Errorf("queue: document %s was dropped", id))
	case "pending", "failed":
		return w.analyse(ctx, id, d)
	}
	return nil
}

func (w *analyzeWorker) analyse(ctx context.Context, id string, qd Doc) (err error) {
	st := w.q.st
	stored, err := st.Has(ctx, id, "")
	if err != nil {
		return fmt.Errorf("queue: document %s: %w", id, err)
	}
	result := "duplicate"
	if stored == "" {
		// A stage that panics on one odd document fails that document's
		// job, not the worker.
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("queue: document %s (%s): analysis failed unexpectedly: %v", id, qd.Origin, p)
			}
		}()
		d := doc.New(qd.Text)
		d.ID, d.URL, d.Outlet, d.Title, d.Author, d.Published, d.Language = id, qd.URL, qd.Outlet, qd.Title, qd.Author, qd.Published, qd.Language
		if err := w.analyzer.Run(ctx, d); err != nil {
			return fmt.Errorf("queue: document %s (%s): analysis: %w", id, qd.Origin, err)
		}
		res, err := st.PutAnalysis(ctx, contract.FromDoc(d), qd.Origin)
		if err != nil {
			return fmt.Errorf("queue: document %s (%s): %w", id, qd.Origin, err)
		}
		stored = res.ID
		if !res.Duplicate {
			result = "stored"
		}
	}
	if _, err := w.q.pool.Exec(ctx, `UPDATE queue_documents SET status = 'analysed', stored_id = $2, error = NULL, analysed_at = now()
		WHERE doc_id = $1`, id, stored); err != nil {
		return fmt.Errorf("queue: document %s: %w", id, err)
	}
	documentsTotal.WithLabelValues(result).Inc()
	return nil
}

// Work runs a worker until ctx is cancelled: it fetches analysis jobs,
// Concurrency at a time, analyses them with analyzer (a
// *pipeline.Pipeline, safe for concurrent use), stores and links them.
// When ctx is cancelled it stops fetching, lets running jobs finish for up
// to ShutdownTimeout, then cancels the rest, which go back to the queue.
func (q *Queue) Work(ctx context.Context, analyzer ingest.Analyzer, o Options) error {
	o = o.withDefaults()
	if o.RescueAfter <= o.JobTimeout {
		return fmt.Errorf("queue: RescueAfter (%s) must be longer than JobTimeout (%s)", o.RescueAfter, o.JobTimeout)
	}
	ln := newLinker(q.st, o.Link)
	defer ln.Close()
	workers := river.NewWorkers()
	wake := make(chan struct{}, 1)
	kick := func() {
		select {
		case wake <- struct{}{}:
		default: // a wake-up is already pending
		}
	}
	if err := river.AddWorkerSafely(workers, &analyzeWorker{q: q, analyzer: analyzer, kick: kick}); err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	c, err := river.NewClient(riverpgxv5.New(q.pool), &river.Config{
		Queues:               map[string]river.QueueConfig{Name: {MaxWorkers: o.Concurrency}},
		Workers:              workers,
		RetryPolicy:          o.Backoff,
		JobTimeout:           o.JobTimeout,
		RescueStuckJobsAfter: o.RescueAfter,
		FetchCooldown:        o.FetchCooldown,
		Logger:               o.Logger,
	})
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	// The client runs on its own context: cancelling ctx starts the
	// graceful stop below rather than cutting jobs off.
	if err := c.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("queue: start: %w", err)
	}
	if o.Ready != nil {
		o.Ready()
	}
	tick := time.NewTicker(o.LinkEvery)
	defer tick.Stop()
	for done := false; !done; {
		select {
		case <-ctx.Done():
			done = true
		case <-c.Stopped():
			return errors.New("queue: worker stopped unexpectedly")
		case <-tick.C:
			linkReady(ctx, ln, o.Logger)
		case <-wake:
			linkReady(ctx, ln, o.Logger)
		}
	}
	soft, cancel := context.WithTimeout(context.Background(), o.ShutdownTimeout)
	defer cancel()
	if err := c.Stop(soft); err == nil {
		return nil
	}
	// Time is up: cancel the running jobs; river records them as failed
	// attempts and they are retried, by this worker or another.
	hard, cancel2 := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel2()
	if err := c.StopAndCancel(hard); err != nil {
		return fmt.Errorf("queue: stop: %w", err)
	}
	return nil
}

func linkReady(ctx context.Context, ln *linker, log *slog.Logger) {
	if _, err := ln.CatchUp(ctx); err != nil && ctx.Err() == nil {
		log.Warn("linking", "error", err)
	}
}
