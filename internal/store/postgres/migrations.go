package postgres

import "github.com/hearsaynews/hearsay/internal/store/sqlstore"

// migrations is the ordered list applied by Open. Append only: never edit
// or reorder a step once released, since stores record how many they ran.
var migrations = append([]sqlstore.Migration{
	sqlstore.CoreTables(types),
	// PostgreSQL text search with the english configuration (stemming as
	// SQLite's porter tokenizer does), kept in generated columns so no
	// code path can forget to index a row.
	{Name: "core: full-text search over documents and claims", SQL: `
ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS
	(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX documents_tsv ON documents USING GIN (tsv);
ALTER TABLE claims ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX claims_tsv ON claims USING GIN (tsv);
`},
}, append(sqlstore.LinkMigrations(types), sqlstore.ReadMigrations(types)...)...)

// types are PostgreSQL's column types of the shared schema. Keys and
// dates use the "C" collation so that ordering and range filters compare
// bytes, as SQLite does, whatever the database's locale.
var types = sqlstore.Types{
	DocumentsKey: `id           TEXT COLLATE "C" PRIMARY KEY,
	url          TEXT UNIQUE,`,
	Key:    ` COLLATE "C"`,
	JSON:   "JSONB",
	Float:  "DOUBLE PRECISION",
	Seq:    "BIGSERIAL PRIMARY KEY",
	Serial: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
	Int:    "BIGINT",
}
