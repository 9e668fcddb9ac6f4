package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlstore"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
)

// TestMigratesForward fills a schema with the tables and the writes of
// the release before the derived read tables (sqlstore.ReadMigrations),
// then opens it: the migration must fill those tables so that the
// listings they serve answer as in a store that had them from the start.
func TestMigratesForward(t *testing.T) {
	ctx := context.Background()
	url := newSchema(t)
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	db := stdlib.OpenDBFromPool(pool)
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before := len(migrations) - len(sqlstore.ReadMigrations(types))
	if err := sqlstore.Migrate(ctx, conn, dialect, migrations[:before]); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	for _, a := range storetest.Corpus() {
		r, err := store.Flatten(a, "old", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, store.DocumentInsertSQL(dialect), r.DocumentArgs()...); err != nil {
				return err
			}
			b := &pgx.Batch{}
			for _, in := range r.Inserts(dialect) {
				if in.Table == "claim_names" || in.Table == "actors" {
					continue
				}
				for _, args := range in.Rows {
					b.Queue(in.SQL, args...)
				}
			}
			return tx.SendBatch(ctx, b).Close()
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	pool.Close()

	old, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	fresh := openSchema(t)
	defer fresh.Close()
	for _, a := range storetest.Corpus() {
		if _, err := fresh.PutAnalysis(ctx, a, "new"); err != nil {
			t.Fatal(err)
		}
	}
	storetest.SameListings(t, old, fresh)
}
