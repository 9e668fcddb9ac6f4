package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/hearsaynews/hearsay/internal/store"
)

// Migration is one schema step. Each runs in its own transaction; the
// schema version is the number of steps applied, recorded in
// schema_migrations. A store's list is append only: never edit or
// reorder a step once released, since stores record how many they ran.
type Migration struct {
	Name string
	SQL  string
	// Fn, when set, runs after SQL in the same transaction, for steps
	// that need code (backfills).
	Fn func(ctx context.Context, tx *sql.Tx) error
}

// Migrate applies the steps of ms that the database on conn has not run
// yet. It refuses a schema newer than ms knows. Callers that may race
// other processes hold a lock on conn around it.
func Migrate(ctx context.Context, conn *sql.Conn, d store.Dialect, ms []Migration) error {
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("schema_migrations: %w", err)
	}
	var have int
	if err := conn.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("schema version: %w", err)
	}
	if have > len(ms) {
		return fmt.Errorf("schema version %d is newer than this hearsay knows (%d); upgrade hearsay", have, len(ms))
	}
	record := "INSERT INTO schema_migrations VALUES (" + d.Placeholder(1) + ", " + d.Placeholder(2) + ", " + d.Placeholder(3) + ")"
	for i := have; i < len(ms); i++ {
		m := ms[i]
		err := inTx(ctx, conn, func(tx *sql.Tx) error {
			if m.SQL != "" {
				if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
					return err
				}
			}
			if m.Fn != nil {
				if err := m.Fn(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, record, i+1, m.Name, time.Now().UTC().Format(time.RFC3339))
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %d (%s): %w", i+1, m.Name, err)
		}
	}
	return nil
}

func inTx(ctx context.Context, conn *sql.Conn, fn func(tx *sql.Tx) error) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
