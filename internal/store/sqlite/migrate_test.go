package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlstore"
	"github.com/hearsaynews/hearsay/internal/store/storetest"
)

// TestMigratesForward fills a file with the schema and the writes of the
// release before the derived read tables (sqlstore.ReadMigrations), then
// opens it: the migration must fill those tables so that the listings
// they serve answer as in a store that had them from the start.
func TestMigratesForward(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "old.db")
	before := len(migrations) - len(sqlstore.ReadMigrations(types))
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := sqlstore.Migrate(ctx, conn, dialect, migrations[:before]); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	for _, a := range storetest.Corpus() {
		rows, err := store.Flatten(a, "old", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := insertOld(ctx, tx, rows); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	old, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	fresh, err := Open(ctx, filepath.Join(dir, "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	for _, a := range storetest.Corpus() {
		if _, err := fresh.PutAnalysis(ctx, a, "new"); err != nil {
			t.Fatal(err)
		}
	}
	storetest.SameListings(t, old, fresh)
}

// insertOld writes r as the release before ReadMigrations did: every
// table but the derived ones.
func insertOld(ctx context.Context, tx *sql.Tx, r *store.Rows) error {
	res, err := tx.ExecContext(ctx, store.DocumentInsertSQL(dialect), r.DocumentArgs()...)
	if err != nil {
		return err
	}
	seq, _ := res.LastInsertId()
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, seq, r.Doc.Title, r.Doc.Text); err != nil {
		return err
	}
	for _, in := range r.Inserts(dialect) {
		if in.Table == "claim_names" || in.Table == "actors" {
			continue
		}
		if err := insertAll(ctx, tx, in); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO claims_fts (rowid, text) SELECT seq, text FROM claims WHERE doc_id = ?`, r.Doc.ID)
	return err
}
