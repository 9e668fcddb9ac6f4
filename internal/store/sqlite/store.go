// Package sqlite is the embedded store.Store: one SQLite file (pure Go,
// modernc.org/sqlite), full-text search with FTS5. Open creates or
// migrates the file; PutAnalysis writes one document per transaction.
//
// The file runs in WAL mode, so readers never block the writer and a
// process killed mid-ingest leaves every committed document intact and no
// half-written one. Writes go through a single connection, which keeps
// SQLite's one-writer rule inside Go instead of in busy retries.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlstore"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a store.Store over one SQLite file.
type Store struct {
	*sqlstore.Reader // the queries, over r

	w *sql.DB // the one writing connection
	r *sql.DB // readers

	puts    chan putRequest // to the writer goroutine
	closing chan struct{}
	stopped chan struct{}
	once    sync.Once
}

var _ store.Store = (*Store)(nil)

// Open opens (creating if needed) the SQLite store at path and brings its
// schema up to date. It refuses a file whose schema is newer than this
// program knows.
func Open(ctx context.Context, path string) (*Store, error) {
	dsn := func(txlock string) string {
		q := url.Values{}
		for _, p := range []string{"busy_timeout(30000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)", "temp_store(MEMORY)"} {
			q.Add("_pragma", p)
		}
		q.Set("_txlock", txlock)
		// SQLite reads the name as a URI: escape what would end the path.
		p := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
		return "file:" + p + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn("immediate"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	s := &Store{w: w}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn("deferred"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(runtime.NumCPU() + 2)
	r.SetMaxIdleConns(runtime.NumCPU() + 2)
	s.r = r
	s.Reader = sqlstore.NewReader(r, dialect, "sqlite")
	s.puts, s.closing, s.stopped = make(chan putRequest), make(chan struct{}), make(chan struct{})
	go s.writer()
	return s, nil
}

// DB returns the writing connection pool, for packages that keep their
// own tables in the same file (as internal/link does, see sqlstore.LinkMigrations).
func (s *Store) DB() *sql.DB { return s.w }

// Close closes both pools.
func (s *Store) Close() error {
	s.once.Do(func() { close(s.closing) })
	<-s.stopped
	err := s.r.Close()
	if e := s.w.Close(); err == nil {
		err = e
	}
	return err
}

// SchemaVersion is the number of migrations this program knows.
func SchemaVersion() int { return len(migrations) }

func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return sqlstore.Migrate(ctx, conn, dialect, migrations)
}

// maxBatch caps the documents committed together by the writer.
const maxBatch = 64

type putRequest struct {
	ctx  context.Context
	rows *store.Rows
	done chan putResponse
}

type putResponse struct {
	res store.PutResult
	err error
}

var errClosed = errors.New("sqlite: store is closed")

// PutAnalysis implements store.Store. It hands the document to the
// writer goroutine and returns once the transaction holding it has
// committed.
func (s *Store) PutAnalysis(ctx context.Context, a *contract.Analysis, origin string) (store.PutResult, error) {
	rows, err := store.Flatten(a, origin, time.Now())
	if err != nil {
		return store.PutResult{}, err
	}
	req := putRequest{ctx: ctx, rows: rows, done: make(chan putResponse, 1)}
	select {
	case s.puts <- req:
	case <-s.closing:
		return store.PutResult{}, errClosed
	case <-ctx.Done():
		return store.PutResult{}, ctx.Err()
	}
	r := <-req.done
	if r.err != nil {
		return store.PutResult{}, fmt.Errorf("sqlite: put %s: %w", rows.Doc.ID, r.err)
	}
	return r.res, nil
}

// writer commits the documents waiting to be stored, several in one
// transaction when several wait (group commit). Each document still
// goes in whole or not at all: when one of a batch fails, the batch is
// rolled back and each of its documents stored alone (see commit). When
// documents arrive one at a time, each gets its own transaction; when
// analysis outpaces the disk, batches grow and the per-commit cost (WAL
// frames, full-text segment flushes) is shared.
func (s *Store) writer() {
	defer close(s.stopped)
	for {
		var batch []putRequest
		select {
		case r := <-s.puts:
			batch = append(batch, r)
		case <-s.closing:
			return
		}
	more:
		for len(batch) < maxBatch {
			select {
			case r := <-s.puts:
				batch = append(batch, r)
			default:
				break more
			}
		}
		for i, resp := range s.commit(batch) {
			batch[i].done <- resp
		}
	}
}

func (s *Store) commit(batch []putRequest) []putResponse {
	if len(batch) == 1 {
		// Nothing to share: a failure need not be tried again alone.
		return s.commitEach(batch)
	}
	out := make([]putResponse, len(batch))
	// The transaction is not tied to any one caller's context, so that
	// one cancelled caller cannot abort the others' documents.
	ctx := context.Background()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return s.commitEach(batch)
	}
	for i, req := range batch {
		if err := req.ctx.Err(); err != nil {
			out[i].err = err
			continue
		}
		res, err := put(ctx, tx, req.rows)
		if err != nil {
			// One document failed: none of the batch is kept, and each
			// is stored again in a transaction of its own, so that only
			// the failing one is refused. A savepoint per document would
			// spare the retry, but FTS5 flushes its pending terms at
			// every savepoint, which cost a quarter of the writer's time
			// when every document had one.
			tx.Rollback()
			return s.commitEach(batch)
		}
		out[i].res = res
	}
	if err := tx.Commit(); err != nil {
		return s.commitEach(batch)
	}
	return out
}

// commitEach stores each document of batch in a transaction of its own.
func (s *Store) commitEach(batch []putRequest) []putResponse {
	out := make([]putResponse, len(batch))
	ctx := context.Background()
	for i, req := range batch {
		if err := req.ctx.Err(); err != nil {
			out[i].err = err
			continue
		}
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			out[i].err = err
			continue
		}
		res, err := put(ctx, tx, req.rows)
		if err == nil {
			err = tx.Commit()
		} else {
			tx.Rollback()
		}
		out[i] = putResponse{res: res, err: err}
	}
	return out
}

// put stores one document inside tx unless it is already there.
func put(ctx context.Context, tx *sql.Tx, rows *store.Rows) (store.PutResult, error) {
	id, err := sqlstore.Has(ctx, tx, dialect, rows.Doc.ID, rows.Doc.URL)
	if err != nil {
		return store.PutResult{}, err
	}
	if id != "" {
		return store.PutResult{ID: id, Duplicate: true}, nil
	}
	if err := insert(ctx, tx, rows); err != nil {
		return store.PutResult{}, err
	}
	return store.PutResult{ID: rows.Doc.ID}, nil
}

func insert(ctx context.Context, tx *sql.Tx, r *store.Rows) error {
	res, err := tx.ExecContext(ctx, store.DocumentInsertSQL(dialect), r.DocumentArgs()...)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, seq, r.Doc.Title, r.Doc.Text); err != nil {
		return fmt.Errorf("documents_fts: %w", err)
	}
	for _, in := range r.Inserts(dialect) {
		if err := insertAll(ctx, tx, in); err != nil {
			return err
		}
	}
	if len(r.Claims) > 0 {
		// The claims' index rows, under the rowids the claims just got.
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (rowid, text) SELECT seq, text FROM claims WHERE doc_id = ?`, r.Doc.ID); err != nil {
			return fmt.Errorf("claims_fts: %w", err)
		}
	}
	return nil
}

// insertAll writes the rows of in through one prepared statement.
func insertAll(ctx context.Context, tx *sql.Tx, in store.Insert) error {
	if len(in.Rows) == 0 {
		return nil
	}
	st, err := tx.PrepareContext(ctx, in.SQL)
	if err != nil {
		return fmt.Errorf("%s: %w", in.Table, err)
	}
	defer st.Close()
	for _, args := range in.Rows {
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("%s %v: %w", in.Table, args[min(1, len(args)-1)], err) // the second value, if any, names the row
		}
	}
	return nil
}
