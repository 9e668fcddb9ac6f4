package storetest

import (
	"os"
	"testing"
)

// SchemaUnchanged compares schema, a store's description of the schema
// Open gives a new store, with the file golden, written from the
// released migrations. Both stores build their steps from shared
// templates (store/sqlstore), and a change there must not change what
// stores already hold: a database created before must look the same as
// one created now. With update, golden is rewritten first; that is for
// a new migration only.
func SchemaUnchanged(t *testing.T, golden, schema string, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(golden, []byte(schema), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if schema != string(want) {
		t.Errorf("schema differs from %s (go test -update rewrites it, for a new migration only):\n%s", golden, schema)
	}
}
