package server

import (
	"database/sql"
	"fmt"
	"runtime"
	"strings"

	"github.com/hearsaynews/hearsay/internal/link"

	_ "modernc.org/sqlite" // the "sqlite" driver
)

// SQLiteReadIndex opens a pool of read-only connections to the SQLite
// store at path and returns the link index over it. The store's own
// LinkIndex goes through its single writing connection, which would make
// every trace and claim listing of concurrent requests wait in one line;
// the server only reads the index, so it reads it through a pool like the
// store's own readers. Close the returned DB when done.
func SQLiteReadIndex(path string) (*link.SQLIndex, *sql.DB, error) {
	p := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	db, err := sql.Open("sqlite", "file:"+p+"?_pragma=busy_timeout(30000)&_pragma=query_only(1)&_txlock=deferred")
	if err != nil {
		return nil, nil, fmt.Errorf("server: open link index %s: %w", path, err)
	}
	db.SetMaxOpenConns(runtime.NumCPU() + 2)
	db.SetMaxIdleConns(runtime.NumCPU() + 2)
	return link.NewSQLIndex(db, link.SQLite), db, nil
}
