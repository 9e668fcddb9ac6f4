package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river/rivertype"
)

// Stats is the state of the queue.
type Stats struct {
	Jobs map[string]int64 `json:"jobs"` // analysis jobs by river state (available, running, retryable, discarded...)
	// Documents by status.
	Pending  int64 `json:"pending"`  // waiting for (or in) analysis
	Analysed int64 `json:"analysed"` // analysed and stored
	Failed   int64 `json:"failed"`   // analysis gave up: see Failures
	Dropped  int64 `json:"dropped"`  // removed by Drop
	Unlinked int64 `json:"unlinked"` // pending or analysed, not yet linked
	// Rate is documents analysed per second over the last minute, and
	// Rate5 over the last five minutes.
	Rate  float64 `json:"rate_per_second"`
	Rate5 float64 `json:"rate_per_second_5m"`
	// OldestPending is the age of the oldest document still pending.
	OldestPending time.Duration `json:"oldest_pending_ns"`
}

// Stats reads the queue's depth, rate and failures.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	s := Stats{Jobs: map[string]int64{}}
	rows, err := q.pool.Query(ctx, `SELECT state::text, count(*) FROM river_job WHERE kind = $1 GROUP BY state`, AnalyzeArgs{}.Kind())
	if err != nil {
		return s, fmt.Errorf("queue: stats: %w", err)
	}
	for rows.Next() {
		var st string
		var n int64
		if err := rows.Scan(&st, &n); err != nil {
			rows.Close()
			return s, fmt.Errorf("queue: stats: %w", err)
		}
		s.Jobs[st] = n
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("queue: stats: %w", err)
	}
	var last1, last5 int64
	var oldest float64
	err = q.pool.QueryRow(ctx, `SELECT
		count(*) FILTER (WHERE status = 'pending'),
		count(*) FILTER (WHERE status = 'analysed'),
		count(*) FILTER (WHERE status = 'failed'),
		count(*) FILTER (WHERE status = 'dropped'),
		count(*) FILTER (WHERE linked_at IS NULL AND status IN ('pending', 'analysed')),
		count(*) FILTER (WHERE analysed_at > now() - interval '1 minute'),
		count(*) FILTER (WHERE analysed_at > now() - interval '5 minutes'),
		COALESCE(EXTRACT(EPOCH FROM now() - min(enqueued_at) FILTER (WHERE status = 'pending')), 0)::float8
		FROM queue_documents`).Scan(&s.Pending, &s.Analysed, &s.Failed, &s.Dropped, &s.Unlinked, &last1, &last5, &oldest)
	if err != nil {
		return s, fmt.Errorf("queue: stats: %w", err)
	}
	s.Rate, s.Rate5 = float64(last1)/60, float64(last5)/300
	s.OldestPending = time.Duration(oldest * float64(time.Second))
	return s, nil
}

// Failure is a document whose analysis gave up (dead letter), or was
// dropped.
type Failure struct {
	Doc      string    `json:"doc_id"`
	Origin   string    `json:"origin"`
	Status   string    `json:"status"`    // failed or dropped
	JobID    int64     `json:"job_id"`    // 0 when the job is gone
	JobState string    `json:"job_state"` // discarded, cancelled, ...
	Attempts int       `json:"attempts"`
	Error    string    `json:"error"` // the last attempt's error
	At       time.Time `json:"at"`    // when the job was given up
}

// failedWhere selects the documents that Failures lists and Retry and Drop
// act on by default: failed ones, and pending ones whose job was given up
// (the linker has not marked them yet).
const failedWhere = `(d.status = 'failed' OR (d.status = 'pending' AND (j.id IS NULL OR j.state IN ('discarded', 'cancelled'))))`

// Failures lists failed documents in enqueue order, at most limit (0: all).
// With dropped set it lists dropped documents instead.
func (q *Queue) Failures(ctx context.Context, limit int, dropped bool) ([]Failure, error) {
	where := failedWhere
	if dropped {
		where = `d.status = 'dropped'`
	}
	sql := `SELECT d.doc_id, d.origin, d.status, COALESCE(j.id, 0), COALESCE(j.state::text, ''), COALESCE(j.attempt, 0),
		COALESCE(j.errors[array_length(j.errors, 1)]->>'error', d.error, ''), COALESCE(j.finalized_at, d.enqueued_at)
		FROM queue_documents d LEFT JOIN river_job j ON j.id = d.job_id WHERE ` + where + ` ORDER BY d.seq`
	if limit > 0 {
		sql += fmt.Sprintf(" LIMIT %d", limit)
	}
	rows, err := q.pool.Query(ctx, sql)
	if err != nil {
		return nil, fmt.Errorf("queue: failures: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Failure, error) {
		var f Failure
		err := r.Scan(&f.Doc, &f.Origin, &f.Status, &f.JobID, &f.JobState, &f.Attempts, &f.Error, &f.At)
		return f, err
	})
	if err != nil {
		return nil, fmt.Errorf("queue: failures: %w", err)
	}
	return out, nil
}

// target is one document Retry or Drop acts on.
type target struct {
	doc      string
	status   string
	jobID    int64
	jobState string
}

// targets resolves ids (document IDs) or, when ids is empty, every failed
// document. An unknown ID is an error naming it.
func (q *Queue) targets(ctx context.Context, ids []string) ([]target, error) {
	sql := `SELECT d.doc_id, d.status, COALESCE(j.id, 0), COALESCE(j.state::text, '')
		FROM queue_documents d LEFT JOIN river_job j ON j.id = d.job_id `
	var args []any
	if len(ids) == 0 {
		sql += `WHERE ` + failedWhere
	} else {
		sql += `WHERE d.doc_id = ANY($1)`
		args = append(args, ids)
	}
	rows, err := q.pool.Query(ctx, sql+` ORDER BY d.seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	ts, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (target, error) {
		var t target
		err := r.Scan(&t.doc, &t.status, &t.jobID, &t.jobState)
		return t, err
	})
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	if len(ids) > 0 && len(ts) < len(ids) {
		found := map[string]bool{}
		for _, t := range ts {
			found[t.doc] = true
		}
		for _, id := range ids {
			if !found[id] {
				return nil, fmt.Errorf("queue: no queued document %q", id)
			}
		}
	}
	return ts, nil
}

// Retry puts failed or dropped documents back in the queue for a fresh set
// of attempts: the named ones (document IDs), or every failed one when ids
// is empty. Documents already analysed are left alone. It returns how
// many were requeued.
func (q *Queue) Retry(ctx context.Context, ids []string) (int, error) {
	ts, err := q.targets(ctx, ids)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, t := range ts {
		if t.status == "analysed" {
			continue
		}
		if t.status == "pending" && t.jobState != "discarded" && t.jobState != "cancelled" && t.jobID != 0 {
			continue // still live
		}
		if err := q.requeue(ctx, t); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func (q *Queue) requeue(ctx context.Context, t target) error {
	tx, err := q.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("queue: retry %s: %w", t.doc, err)
	}
	defer tx.Rollback(ctx)
	jobID := t.jobID
	if jobID != 0 {
		if _, err := q.client.JobRetryTx(ctx, tx, jobID); errors.Is(err, rivertype.ErrNotFound) {
			jobID = 0
		} else if err != nil {
			return fmt.Errorf("queue: retry %s: %w", t.doc, err)
		}
	}
	if jobID == 0 {
		res, err := q.client.InsertTx(ctx, tx, AnalyzeArgs{Doc: t.doc}, q.insertOpts())
		if err != nil {
			return fmt.Errorf("queue: retry %s: %w", t.doc, err)
		}
		jobID = res.Job.ID
	}
	if _, err := tx.Exec(ctx, `UPDATE queue_documents SET status = 'pending', error = NULL, job_id = $2 WHERE doc_id = $1`, t.doc, jobID); err != nil {
		return fmt.Errorf("queue: retry %s: %w", t.doc, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("queue: retry %s: %w", t.doc, err)
	}
	return nil
}

// Drop removes documents from the queue for good (until retried): the
// named ones, or every failed one when ids is empty. Their jobs are
// deleted; a document being analysed right now cannot be dropped.
// Analysed documents are left alone. It returns how many were dropped.
func (q *Queue) Drop(ctx context.Context, ids []string) (int, error) {
	ts, err := q.targets(ctx, ids)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, t := range ts {
		if t.status == "analysed" || t.status == "dropped" {
			continue
		}
		if t.jobID != 0 {
			if _, err := q.client.JobDelete(ctx, t.jobID); err != nil && !errors.Is(err, rivertype.ErrNotFound) {
				return n, fmt.Errorf("queue: drop %s: %w", t.doc, err)
			}
		}
		if _, err := q.pool.Exec(ctx, `UPDATE queue_documents SET status = 'dropped' WHERE doc_id = $1`, t.doc); err != nil {
			return n, fmt.Errorf("queue: drop %s: %w", t.doc, err)
		}
		n++
	}
	return n, nil
}
