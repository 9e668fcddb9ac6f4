// Package postgres is the PostgreSQL store.Store (github.com/jackc/pgx/v5),
// for corpora shared between machines or larger than one file should
// hold. Open connects, takes an advisory lock and brings the schema up to
// date; PutAnalysis writes one document per transaction; full-text search
// uses tsvector columns with the english configuration.
package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlstore"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
)

// Store is a store.Store over a PostgreSQL database. Queries and
// migrations, shared with the SQLite store, go through database/sql
// (pgx's adapter over the pool); writes use pgx itself, to send each
// document as one batch.
type Store struct {
	*sqlstore.Reader // the queries, over db

	pool *pgxpool.Pool
	db   *sql.DB // database/sql over pool
}

var _ store.Store = (*Store)(nil)

// migrateLock is the advisory lock key that serialises migrations between
// processes opening the same database at once.
const migrateLock = 0x4865617273 // "Hears"

// Open connects to the database at url (postgres://user:pass@host/db)
// and migrates it. It refuses a schema newer than this program knows.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	db := stdlib.OpenDBFromPool(pool)
	s := &Store{Reader: sqlstore.NewReader(db, dialect, "postgres"), pool: pool, db: db}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}

// Pool returns the connection pool, for packages that keep their own
// tables in the same database (as internal/link does, see sqlstore.LinkMigrations).
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Close closes the pool.
func (s *Store) Close() error {
	err := s.db.Close()
	s.pool.Close()
	return err
}

// SchemaVersion is the number of migrations this program knows.
func SchemaVersion() int { return len(migrations) }

func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrateLock); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, migrateLock)
	return sqlstore.Migrate(ctx, conn, dialect, migrations)
}

// PutAnalysis implements store.Store.
func (s *Store) PutAnalysis(ctx context.Context, a *contract.Analysis, origin string) (store.PutResult, error) {
	r, err := store.Flatten(a, origin, time.Now())
	if err != nil {
		return store.PutResult{}, err
	}
	res := store.PutResult{ID: r.Doc.ID}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// ON CONFLICT DO NOTHING (on the ID or the URL) makes a concurrent
		// put of the same document wait for the first and then do nothing,
		// instead of failing.
		tag, err := tx.Exec(ctx, store.DocumentInsertSQL(dialect)+" ON CONFLICT DO NOTHING", r.DocumentArgs()...)
		if err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		if tag.RowsAffected() == 0 {
			var id string
			q, args := store.HasSQL(dialect, r.Doc.ID, r.Doc.URL)
			if err := tx.QueryRow(ctx, q, args...).Scan(&id); err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return err
			}
			res = store.PutResult{ID: id, Duplicate: true}
			return nil
		}
		b := &pgx.Batch{}
		for _, in := range r.Inserts(dialect) {
			for _, args := range in.Rows {
				b.Queue(in.SQL, args...)
			}
		}
		if b.Len() == 0 {
			return nil
		}
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return store.PutResult{}, fmt.Errorf("postgres: put %s: %w", r.Doc.ID, err)
	}
	return res, nil
}
