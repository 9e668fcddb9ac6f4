package sqlite

import (
	"context"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/store/storetest"
)

var update = flag.Bool("update", false, "rewrite testdata/schema.txt from the schema that Open creates")

// TestSchemaUnchanged checks the schema of a new store (sqlite_master)
// against the released one (see storetest.SchemaUnchanged).
func TestSchemaUnchanged(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.w.Query(`SELECT type, name, COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var typ, name, sql string
		if err := rows.Scan(&typ, &name, &sql); err != nil {
			t.Fatal(err)
		}
		b.WriteString(typ + " " + name + "\n" + sql + "\n\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	storetest.SchemaUnchanged(t, filepath.Join("testdata", "schema.txt"), b.String(), *update)
}
