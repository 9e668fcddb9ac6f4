// Package sqlstore is what the SQLite and PostgreSQL stores share over
// database/sql: the read side of store.Store (Has, Document, Documents,
// Claims, Actors, Each), the schema migration runner, and the tables of
// the schema, with the column types that differ as parameters (Types).
// In go a *sql.DB (a *sql.Conn for migrations) and a store.Dialect naming
// what differs; out come store's types, built by store's query builders
// so that a query means the same in both.
//
// The write side stays in each store, because there they really differ:
// SQLite commits documents through one writer connection with a
// savepoint each and feeds its FTS5 tables; PostgreSQL sends a document
// as one pgx batch and lets ON CONFLICT settle concurrent duplicates.
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

// Reader answers store.Store's queries over db. Embedded in a store, it
// supplies those methods.
type Reader struct {
	db   *sql.DB
	d    store.Dialect
	name string // the store's name, which starts its errors
}

// NewReader returns a Reader over db in dialect d; name ("sqlite",
// "postgres") starts every error it returns.
func NewReader(db *sql.DB, d store.Dialect, name string) *Reader {
	return &Reader{db: db, d: d, name: name}
}

// Queryer is what Has reads through: a *sql.DB, *sql.Conn or *sql.Tx.
type Queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Has returns the ID of the stored document with ID id or, when url is
// not empty, with that URL; "" when there is none.
func Has(ctx context.Context, q Queryer, d store.Dialect, id, url string) (string, error) {
	query, args := store.HasSQL(d, id, url)
	var got string
	err := q.QueryRowContext(ctx, query, args...).Scan(&got)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return got, err
}

// Has implements store.Store.
func (r *Reader) Has(ctx context.Context, id, url string) (string, error) {
	got, err := Has(ctx, r.db, r.d, id, url)
	if err != nil {
		return "", fmt.Errorf("%s: has %s: %w", r.name, id, err)
	}
	return got, nil
}

// Document implements store.Store.
func (r *Reader) Document(ctx context.Context, id string) (*contract.Analysis, error) {
	query, args := store.DocumentSQL(r.d, id)
	var js, text string
	err := r.db.QueryRowContext(ctx, query, args...).Scan(&js, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%s: document %q: %w", r.name, id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: document %q: %w", r.name, id, err)
	}
	return store.DecodeAnalysis([]byte(js), text)
}

// Documents implements store.Store.
func (r *Reader) Documents(ctx context.Context, q store.DocQuery) ([]store.DocSummary, error) {
	query, args, ok := store.DocumentsSQL(r.d, q)
	if !ok {
		return []store.DocSummary{}, nil
	}
	return list(ctx, r, "documents", query, args, store.ScanDocument)
}

// Claims implements store.Store.
func (r *Reader) Claims(ctx context.Context, q store.ClaimQuery) ([]store.Claim, error) {
	query, args, ok := store.ClaimsSQL(r.d, q)
	if !ok {
		return []store.Claim{}, nil
	}
	return list(ctx, r, "claims", query, args, store.ScanClaim)
}

// Actors implements store.Store.
func (r *Reader) Actors(ctx context.Context, q store.ActorQuery) ([]store.Actor, error) {
	query, args := store.ActorsSQL(r.d, q)
	return list(ctx, r, "actors", query, args, store.ScanActor)
}

// Each implements store.Store.
func (r *Reader) Each(ctx context.Context, q store.DocQuery, fn func(*contract.Analysis) error) error {
	query, args, ok := store.EachSQL(r.d, q)
	if !ok {
		return nil
	}
	var stop error // fn's error, returned as it is
	err := each(ctx, r.db, query, args, func(scan func(...any) error) error {
		var js, text string
		if err := scan(&js, &text); err != nil {
			return err
		}
		a, err := store.DecodeAnalysis([]byte(js), text)
		if err == nil {
			err = fn(a)
		}
		stop = err
		return err
	})
	if err != nil && stop == nil {
		return fmt.Errorf("%s: each: %w", r.name, err)
	}
	return err
}

// list runs a listing query and scans every row with scan.
func list[T any](ctx context.Context, r *Reader, what, query string, args []any, scan func(func(...any) error) (T, error)) ([]T, error) {
	out := []T{}
	err := each(ctx, r.db, query, args, func(s func(...any) error) error {
		v, err := scan(s)
		if err != nil {
			return err
		}
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", r.name, what, err)
	}
	return out, nil
}

// each runs query and calls row for each row until it fails.
func each(ctx context.Context, db *sql.DB, query string, args []any, row func(scan func(...any) error) error) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}
