package postgres

import (
	"context"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/store/storetest"
)

var update = flag.Bool("update", false, "rewrite testdata/schema.txt from the schema that Open creates")

// TestSchemaUnchanged checks the schema of a new store (columns with
// their types, collations, defaults and generation; indexes;
// constraints) against the released one (see storetest.SchemaUnchanged).
func TestSchemaUnchanged(t *testing.T) {
	s := openFresh(t).(*Store)
	defer s.Close()
	ctx := context.Background()
	var schema string
	if err := s.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, q := range []string{
		`SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || COALESCE(' collate ' || collation_name, '') ||
			CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END || COALESCE(' default ' || column_default, '') ||
			CASE WHEN is_identity = 'YES' THEN ' identity ' || identity_generation ELSE '' END ||
			COALESCE(' generated ' || generation_expression, '')
		FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
		`SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`,
		`SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ': ' || pg_get_constraintdef(oid)
		FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY conname`,
	} {
		rows, err := s.pool.Query(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			// Each test has a schema of its own; its name is no part of the layout.
			b.WriteString(strings.ReplaceAll(line, schema+".", "") + "\n")
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	storetest.SchemaUnchanged(t, filepath.Join("testdata", "schema.txt"), b.String(), *update)
}
