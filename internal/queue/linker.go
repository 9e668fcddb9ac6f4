package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store/postgres"
)

// linkLock is the advisory lock key held, for one transaction, by the
// worker that links the next document ("Link").
const linkLock = 0x4c696e6b

// linker links analysed documents into the store's cross-article index in
// enqueue order (queue_documents.seq), whichever worker analysed them and
// whenever. The linker's clusters depend on the order documents arrive
// in, so a fixed order is what makes a run with many workers link exactly
// as one process would. Each document is linked in one transaction that
// also marks it linked, under a transaction-scoped advisory lock: a worker
// killed mid-way leaves nothing half done and its lock is released with
// its connection. Linking runs beside the analysis jobs (one loop per
// worker process, woken when a job finishes and once a second), so
// analysis never waits for it; the linking order, not the finishing
// order, decides the result.
//
// A document still waiting for analysis holds back the documents after
// it; one whose job has been discarded, cancelled or dropped is marked
// failed and passed over.
type linker struct {
	st   *postgres.Store
	cfg  *pgx.ConnConfig
	opts link.Options

	mu sync.Mutex // one linking loop per process
	db *sql.DB    // the one-connection database; nil until used or after a failure
}

func newLinker(st *postgres.Store, opts link.Options) *linker {
	return &linker{st: st, cfg: st.Pool().Config().ConnConfig.Copy(), opts: opts}
}

// CatchUp links every document that is next in order and analysed, and
// returns how many it linked; none when another worker holds the lock.
func (l *linker) CatchUp(ctx context.Context) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for {
		more, err := l.next(ctx)
		if err != nil {
			// The connection may be in any state: start afresh next time.
			if l.db != nil {
				l.db.Close()
				l.db = nil
			}
			return n, err
		}
		if !more {
			return n, nil
		}
		n++
	}
}

// Close closes the linker's connection.
func (l *linker) Close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.db != nil {
		l.db.Close()
		l.db = nil
	}
}

// next links the next document in order, if it is ready; more says that
// something was done and the caller should look again.
func (l *linker) next(ctx context.Context) (more bool, err error) {
	if l.db == nil {
		l.db = oneTxDB(l.cfg)
	}
	db := l.db
	if _, err := db.ExecContext(ctx, "BEGIN"); err != nil {
		return false, fmt.Errorf("queue: link: %w", err)
	}
	done := false
	defer func() {
		if !done {
			db.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	// A link commit lost in a database crash is harmless: commits are lost
	// from the end only, the document is still unlinked and is linked
	// again, in order. So the commit need not wait for the disk.
	if _, err := db.ExecContext(ctx, `SET LOCAL synchronous_commit = off`); err != nil {
		return false, fmt.Errorf("queue: link: %w", err)
	}
	// Whoever holds the lock links everything that is ready, so a worker
	// that finds it taken has nothing to do.
	var locked bool
	if err := db.QueryRowContext(ctx, `SELECT pg_try_advisory_xact_lock($1)`, int64(linkLock)).Scan(&locked); err != nil {
		return false, fmt.Errorf("queue: link lock: %w", err)
	}
	if !locked {
		return false, l.commit(db, &done)
	}
	var (
		id, status string
		stored     sql.NullString
		state      sql.NullString
	)
	err = db.QueryRowContext(ctx, `SELECT d.doc_id, d.status, d.stored_id, j.state::text
		FROM queue_documents d LEFT JOIN river_job j ON j.id = d.job_id
		WHERE d.linked_at IS NULL AND d.status IN ('pending', 'analysed')
		ORDER BY d.seq LIMIT 1`).Scan(&id, &status, &stored, &state)
	if errors.Is(err, sql.ErrNoRows) {
		return false, l.commit(db, &done)
	}
	if err != nil {
		return false, fmt.Errorf("queue: link: next document: %w", err)
	}
	if status == "pending" {
		switch state.String {
		case "", "discarded", "cancelled":
			// Its job will not run again unless someone retries it.
			why := "analysis job " + state.String
			if !state.Valid {
				why = "analysis job missing"
			}
			if _, err := db.ExecContext(ctx, `UPDATE queue_documents SET status = 'failed', error = COALESCE(error, $2) WHERE doc_id = $1`, id, why); err != nil {
				return false, fmt.Errorf("queue: link: %w", err)
			}
			return true, l.commit(db, &done)
		}
		return false, l.commit(db, &done) // wait for its analysis
	}
	start := time.Now()
	a, err := l.st.Document(ctx, stored.String)
	if err != nil {
		return false, fmt.Errorf("queue: link %s: %w", id, err)
	}
	d, err := contract.ToDoc(a)
	if err != nil {
		return false, fmt.Errorf("queue: link %s: %w", id, err)
	}
	if _, err := link.New(link.NewSQLIndex(db, link.Postgres), l.opts).Add(ctx, d); err != nil {
		return false, fmt.Errorf("queue: link %s: %w", id, err)
	}
	if _, err := db.ExecContext(ctx, `UPDATE queue_documents SET linked_at = now() WHERE doc_id = $1`, id); err != nil {
		return false, fmt.Errorf("queue: link %s: %w", id, err)
	}
	if err := l.commit(db, &done); err != nil {
		return false, err
	}
	linkSeconds.Observe(time.Since(start).Seconds())
	linkedTotal.Inc()
	return true, nil
}

func (l *linker) commit(db *sql.DB, done *bool) error {
	if _, err := db.ExecContext(context.Background(), "COMMIT"); err != nil {
		return fmt.Errorf("queue: link: commit: %w", err)
	}
	*done = true
	return nil
}
