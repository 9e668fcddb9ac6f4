package sqlite

import "github.com/hearsaynews/hearsay/internal/store/sqlstore"

// migrations is the ordered list applied by Open. Append only: never edit
// or reorder a step once released, since stores record how many they ran.
var migrations = append([]sqlstore.Migration{
	sqlstore.CoreTables(types),
	// Full-text indexes are external-content FTS5 tables: the text lives
	// once, in documents and claims, and PutAnalysis adds the index rows
	// in the same transaction (Hearsay never updates a stored document,
	// so no triggers are needed). The porter stemmer makes "helicopters"
	// find "helicopter", as PostgreSQL's english configuration does.
	{Name: "core: full-text search over documents and claims", SQL: `
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='porter unicode61');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='seq', tokenize='porter unicode61');
`},
}, append(sqlstore.LinkMigrations(types), sqlstore.ReadMigrations(types)...)...)

// types are SQLite's column types of the shared schema. Documents and
// claims have an integer rowid (seq), which the full-text tables refer
// to. Tables keyed by (document, local ID) are WITHOUT ROWID: the key is
// the table, which saves a b-tree, and so page writes, on every
// document stored. Keys need no collation: SQLite compares bytes.
var types = sqlstore.Types{
	DocumentsKey: `seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	url          TEXT,`,
	DocumentsURL: `CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;`,
	JSON:         "TEXT",
	Float:        "REAL",
	Seq:          "INTEGER PRIMARY KEY",
	Serial:       "INTEGER PRIMARY KEY",
	Int:          "INTEGER",
	KeyOnly:      " WITHOUT ROWID",
}
