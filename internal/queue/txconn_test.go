package queue

import (
	"context"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestOneTxDB checks that transactions begun through the *sql.DB are
// savepoints inside the caller's transaction: committed inner work still
// disappears when the outer transaction rolls back, and a rolled-back
// inner transaction leaves the outer one usable.
func TestOneTxDB(t *testing.T) {
	url := os.Getenv("HEARSAY_TEST_POSTGRES")
	if url == "" {
		if os.Getenv("HEARSAY_REQUIRE_POSTGRES") == "1" {
			t.Fatal("HEARSAY_REQUIRE_POSTGRES=1 but HEARSAY_TEST_POSTGRES is not set")
		}
		t.Skip("HEARSAY_TEST_POSTGRES not set")
	}
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db := oneTxDB(cfg)
	defer db.Close()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	rows := func() int {
		t.Helper()
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM onetx`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	// A temporary table lives in this session only: nothing shared is touched.
	exec(`CREATE TEMP TABLE onetx (n INTEGER)`)

	exec("BEGIN")
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO onetx VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := rows(); got != 1 {
		t.Fatalf("inside the outer transaction: %d rows, want 1", got)
	}
	tx, err = db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO onetx VALUES (2)`); err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if got := rows(); got != 1 {
		t.Fatalf("after an inner rollback: %d rows, want 1", got)
	}
	exec("ROLLBACK")
	if got := rows(); got != 0 {
		t.Fatalf("after the outer rollback: %d rows, want 0 (inner commits must not commit)", got)
	}
}
