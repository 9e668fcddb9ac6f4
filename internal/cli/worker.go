package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/ingest"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/queue"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/postgres"
)

func workerCmd(env Env) *cobra.Command {
	var (
		o           queue.Options
		metricsAddr string
	)
	cmd := &cobra.Command{
		Use:   "worker --db postgres://...",
		Short: "Analyse, store and link documents queued by \"hearsay ingest --enqueue\"",
		Long: `Run a worker: take analysis jobs from the queue in the PostgreSQL database,
analyse each document, store it and link it into the cross-article index.
Run any number of workers, on any number of hosts, against one database.

Each document is stored once whatever happens: a job that fails is retried
with exponential backoff (--backoff, up to --backoff-max); after 5 attempts
it is discarded and listed by "hearsay queue failed". Documents are linked
in the order they were enqueued, so the links are those of a single process.

On SIGTERM or SIGINT the worker stops taking jobs and lets running ones
finish for up to --shutdown-timeout, then cancels them; cancelled jobs go
back to the queue. Jobs of a worker that was killed are taken over by the
others after --rescue-after.

With --metrics-addr the worker serves Prometheus metrics at /metrics.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			db, _ := cmd.Flags().GetString("db")
			q, err := openQueue(ctx, "worker", db)
			if err != nil {
				return err
			}
			defer q.Store().Close()
			p, err := pipeline.Default()
			if err != nil {
				return fmt.Errorf("worker: %w", err)
			}
			o.Logger = slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
			if metricsAddr != "" {
				ln, err := net.Listen("tcp", metricsAddr)
				if err != nil {
					return fmt.Errorf("worker: --metrics-addr: %w", err)
				}
				mux := http.NewServeMux()
				mux.Handle("GET /metrics", q.MetricsHandler())
				srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
				go srv.Serve(ln)
				defer srv.Close()
				fmt.Fprintf(env.Stderr, "worker: metrics on http://%s/metrics\n", ln.Addr())
			}
			o.Ready = func() {
				fmt.Fprintf(env.Stderr, "worker: ready, %d at a time\n", o.Concurrency)
			}
			if err := q.Work(ctx, p, o); err != nil {
				return fmt.Errorf("worker: %w", err)
			}
			fmt.Fprintln(env.Stderr, "worker: stopped")
			return nil
		},
	}
	addDBFlag(cmd)
	f := cmd.Flags()
	f.IntVar(&o.Concurrency, "concurrency", runtime.NumCPU(), "documents analysed at once by this worker")
	f.StringVar(&metricsAddr, "metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics (e.g. 127.0.0.1:9464)")
	f.DurationVar(&o.Backoff.Base, "backoff", 2*time.Second, "wait before the first retry of a failed document; doubled each time")
	f.DurationVar(&o.Backoff.Max, "backoff-max", 5*time.Minute, "longest wait between retries")
	f.DurationVar(&o.JobTimeout, "job-timeout", 2*time.Minute, "time limit for analysing, storing and linking one document")
	f.DurationVar(&o.RescueAfter, "rescue-after", 3*time.Minute, "time after which a running job whose worker is gone is given to another; longer than --job-timeout")
	f.DurationVar(&o.ShutdownTimeout, "shutdown-timeout", 30*time.Second, "on SIGTERM, time running jobs get to finish before they are cancelled and requeued")
	return cmd
}

// openQueue opens the queue in the PostgreSQL database named by spec (or
// the default store, which must then be PostgreSQL).
func openQueue(ctx context.Context, cmdName, spec string) (*queue.Queue, error) {
	if spec == "" {
		spec, _ = defaultDB()
	}
	if !isPostgres(spec) {
		return nil, fmt.Errorf("%s: --db %q: the queue needs a postgres:// URL (the embedded SQLite store analyses in \"hearsay ingest\" itself)", cmdName, spec)
	}
	q, err := queue.Open(ctx, spec)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cmdName, err)
	}
	return q, nil
}

// enqueueTo turns an ingest run into an enqueueing one: documents are
// queued in the PostgreSQL store s instead of analysed.
func enqueueTo(ctx context.Context, s store.Store) (store.Store, ingest.Analyzer, error) {
	pg, ok := s.(*postgres.Store)
	if !ok {
		return nil, nil, errors.New("--enqueue needs a postgres:// --db: the embedded SQLite store has no queue")
	}
	q, err := queue.New(ctx, pg)
	if err != nil {
		return nil, nil, err
	}
	return &queue.Enqueuer{Store: s, Q: q}, noAnalysis{}, nil
}

// noAnalysis leaves documents as extracted: the workers analyse them.
type noAnalysis struct{}

func (noAnalysis) Run(context.Context, *doc.Doc) error { return nil }
