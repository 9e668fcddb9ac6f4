package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/postgres"
)

// Name is the river queue that analysis jobs go to.
const Name = "hearsay_analyze"

// DefaultMaxAttempts is how many times a document's analysis is tried
// before its job is discarded.
const DefaultMaxAttempts = 5

// AnalyzeArgs are the arguments of one analysis job: the key of the
// document's row in queue_documents. The text stays in that table rather
// than in the job, so that river's job rows stay small and a document is
// held once however often it is retried.
type AnalyzeArgs struct {
	Doc string `json:"doc"`
}

// Kind implements river.JobArgs.
func (AnalyzeArgs) Kind() string { return "hearsay_analyze" }

// InsertOpts implements river.JobArgsWithInsertOpts. Unique by arguments:
// one live job per document, whatever number of enqueuers race.
func (AnalyzeArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: Name, MaxAttempts: DefaultMaxAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// Queue is the queue in one PostgreSQL database, for enqueueing and for
// inspecting and repairing it. Workers are run by Work.
type Queue struct {
	// MaxAttempts is how many times the documents enqueued from now on
	// are tried before their jobs are discarded; 0 means
	// DefaultMaxAttempts.
	MaxAttempts int

	st     *postgres.Store
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx]
}

// Open connects to the PostgreSQL database at url, brings the store's,
// river's and the queue's schema up to date and returns the queue. Close
// its Store when done.
func Open(ctx context.Context, url string) (*Queue, error) {
	st, err := postgres.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	q, err := New(ctx, st)
	if err != nil {
		st.Close()
		return nil, err
	}
	return q, nil
}

// New returns the queue in the database of an open store, migrating it.
// Closing the queue does not close st.
func New(ctx context.Context, st *postgres.Store) (*Queue, error) {
	pool := st.Pool()
	if err := migrate(ctx, pool); err != nil {
		return nil, err
	}
	// A client without queues only inserts and manages jobs.
	c, err := river.NewClient(riverpgxv5.New(pool), &river.Config{})
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	return &Queue{st: st, pool: pool, client: c}, nil
}

// Store returns the store the queue's workers write to.
func (q *Queue) Store() *postgres.Store { return q.st }

// Doc is one document to analyse: plain text and metadata as extraction
// left them, and the input it came from.
type Doc struct {
	Origin                                string
	Text                                  string
	URL, Outlet, Title, Author, Published string
	Language                              string
}

// FromAnalysis is the Doc of an (unanalysed) contract analysis.
func FromAnalysis(a *contract.Analysis, origin string) Doc {
	v := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	return Doc{Origin: origin, Text: a.Document.Text, URL: v(a.Document.URL), Outlet: v(a.Document.Outlet),
		Title: v(a.Document.Title), Author: v(a.Document.Author), Published: v(a.Document.Published),
		Language: a.Document.Language}
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Enqueue records d and inserts its analysis job, in one transaction. It
// returns the document's ID and whether it was new: a document whose text
// or non-empty URL is already queued (or stored, see Enqueuer) is not
// queued again.
func (q *Queue) Enqueue(ctx context.Context, d Doc) (id string, added bool, err error) {
	if d.Text == "" {
		return "", false, fmt.Errorf("queue: enqueue %s: empty text", d.Origin)
	}
	if d.Language == "" {
		d.Language = "en"
	}
	id = store.DocID(d.Text)
	tx, err := q.pool.Begin(ctx)
	if err != nil {
		return id, false, fmt.Errorf("queue: enqueue %s: %w", d.Origin, err)
	}
	defer tx.Rollback(ctx)
	// The URL check and the insert are one statement, so that the first of
	// two documents with one URL wins in enqueue order.
	tag, err := tx.Exec(ctx, `INSERT INTO queue_documents (doc_id, origin, url, outlet, title, author, published, language, text)
		SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9
		WHERE $3::text IS NULL OR NOT EXISTS (SELECT 1 FROM queue_documents WHERE url = $3::text)
		ON CONFLICT (doc_id) DO NOTHING`,
		id, d.Origin, nullable(d.URL), nullable(d.Outlet), nullable(d.Title), nullable(d.Author), nullable(d.Published), d.Language, d.Text)
	if err != nil {
		return id, false, fmt.Errorf("queue: enqueue %s: %w", d.Origin, err)
	}
	if tag.RowsAffected() == 0 {
		return id, false, nil
	}
	res, err := q.client.InsertTx(ctx, tx, AnalyzeArgs{Doc: id}, q.insertOpts())
	if err != nil {
		return id, false, fmt.Errorf("queue: enqueue %s: %w", d.Origin, err)
	}
	if _, err := tx.Exec(ctx, `UPDATE queue_documents SET job_id = $2 WHERE doc_id = $1`, id, res.Job.ID); err != nil {
		return id, false, fmt.Errorf("queue: enqueue %s: %w", d.Origin, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return id, false, fmt.Errorf("queue: enqueue %s: %w", d.Origin, err)
	}
	return id, true, nil
}

func (q *Queue) insertOpts() *river.InsertOpts {
	o := AnalyzeArgs{}.InsertOpts()
	if q.MaxAttempts > 0 {
		o.MaxAttempts = q.MaxAttempts
	}
	return &o
}

// queued reports the ID of a queued document with ID id or URL url.
func (q *Queue) queued(ctx context.Context, id, url string) (string, error) {
	var got string
	err := q.pool.QueryRow(ctx, `SELECT doc_id FROM queue_documents WHERE doc_id = $1 OR ($2::text IS NOT NULL AND url = $2::text) LIMIT 1`,
		id, nullable(url)).Scan(&got)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("queue: %w", err)
	}
	return got, nil
}

// Enqueuer stands in for the store in an ingest run: what the run would
// store is queued instead (its analysis is left to the workers), and what
// is already stored or queued counts as a duplicate. Pair it with
// NoAnalysis as the run's analyser.
type Enqueuer struct {
	store.Store
	Q *Queue
}

// Has implements store.Store: stored or queued.
func (e *Enqueuer) Has(ctx context.Context, id, url string) (string, error) {
	if got, err := e.Store.Has(ctx, id, url); err != nil || got != "" {
		return got, err
	}
	return e.Q.queued(ctx, id, url)
}

// PutAnalysis implements store.Store by queueing a's document.
func (e *Enqueuer) PutAnalysis(ctx context.Context, a *contract.Analysis, origin string) (store.PutResult, error) {
	id, added, err := e.Q.Enqueue(ctx, FromAnalysis(a, origin))
	if err != nil {
		return store.PutResult{}, err
	}
	return store.PutResult{ID: id, Duplicate: !added}, nil
}

// Backoff is the retry policy: the n-th retry waits Base·2^(n-1), at most
// Max, stretched by up to a tenth by the job's ID so that jobs failing
// together (a database restart) do not all come back at the same moment.
type Backoff struct {
	Base time.Duration // first wait; default 2s
	Max  time.Duration // longest wait; default 5m
}

// Delay is the wait after the attempt-th failed attempt (from 1).
func (b Backoff) Delay(attempt int, jobID int64) time.Duration {
	if b.Base <= 0 {
		b.Base = 2 * time.Second
	}
	if b.Max <= 0 {
		b.Max = 5 * time.Minute
	}
	d := b.Base
	for i := 1; i < attempt && d < b.Max; i++ {
		d *= 2
	}
	d = min(d, b.Max)
	return d + d*time.Duration(uint64(jobID)%11)/100
}

// NextRetry implements river.ClientRetryPolicy.
func (b Backoff) NextRetry(job *rivertype.JobRow) time.Time {
	return time.Now().Add(b.Delay(max(job.Attempt, 1), job.ID))
}
