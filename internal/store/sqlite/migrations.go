package sqlite

import "github.com/hearsaynews/hearsay/internal/store/sqlstore"

// migrations is the ordered list applied by Open. Append only: never edit
// or reorder a step once released, since stores record how many they ran.
var migrations = append(coreMigrations, linkMigrations...)

// Tables keyed by (document, local ID) are WITHOUT ROWID: the key is the
// table, which saves a b-tree, and so page writes, on every document
// stored.
var coreMigrations = []sqlstore.Migration{
	{Name: "core: documents, entities, attributions, claims, events, relations", SQL: `
CREATE TABLE documents (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	url          TEXT,
	outlet       TEXT,
	outlet_key   TEXT,
	title        TEXT,
	author       TEXT,
	published    TEXT,
	language     TEXT NOT NULL,
	text         TEXT NOT NULL,
	origin       TEXT NOT NULL,
	ingested_at  TEXT NOT NULL,
	chars        INTEGER NOT NULL,
	n_entities   INTEGER NOT NULL,
	n_attributions INTEGER NOT NULL,
	n_claims     INTEGER NOT NULL,
	n_events     INTEGER NOT NULL,
	analysis     TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_outlet ON documents(outlet_key);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE entities (
	doc_id     TEXT NOT NULL REFERENCES documents(id),
	id         TEXT NOT NULL,
	name       TEXT NOT NULL,
	name_key   TEXT NOT NULL,
	type       TEXT NOT NULL,
	country    TEXT,
	aliases    TEXT NOT NULL,
	n_mentions INTEGER NOT NULL,
	n_claims   INTEGER NOT NULL,
	PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name_key, type);

CREATE TABLE entity_names (
	doc_id    TEXT NOT NULL,
	entity_id TEXT NOT NULL,
	name      TEXT NOT NULL,
	PRIMARY KEY (name, doc_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_names_doc ON entity_names(doc_id, entity_id);

CREATE TABLE mentions (
	doc_id     TEXT NOT NULL,
	entity_id  TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	kind       TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(doc_id, entity_id, span_start);

CREATE TABLE attributions (
	doc_id        TEXT NOT NULL REFERENCES documents(id),
	id            TEXT NOT NULL,
	source_text   TEXT,
	source_kind   TEXT,
	source_entity TEXT,
	source_start  INTEGER,
	source_end    INTEGER,
	cue_text      TEXT NOT NULL,
	cue_type      TEXT NOT NULL,
	cue_start     INTEGER NOT NULL,
	cue_end       INTEGER NOT NULL,
	content_start INTEGER NOT NULL,
	content_end   INTEGER NOT NULL,
	parent        TEXT,
	refers_to     TEXT,
	date          TEXT,
	PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;

CREATE TABLE claims (
	seq           INTEGER PRIMARY KEY,
	doc_id        TEXT NOT NULL REFERENCES documents(id),
	id            TEXT NOT NULL,
	text          TEXT NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	attribution   TEXT,
	certainty     TEXT NOT NULL,
	polarity      TEXT NOT NULL,
	hedges        TEXT NOT NULL,
	source_text   TEXT,
	source_key    TEXT,
	source_kind   TEXT,
	source_entity TEXT,
	source_name   TEXT,
	cue_text      TEXT,
	UNIQUE (doc_id, id)
);
CREATE INDEX claims_source ON claims(source_key);

CREATE TABLE events (
	doc_id         TEXT NOT NULL REFERENCES documents(id),
	id             TEXT NOT NULL,
	type           TEXT NOT NULL,
	mode           TEXT,
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	trigger_text   TEXT NOT NULL,
	actor          TEXT,
	recipient      TEXT,
	location       TEXT,
	claim          TEXT,
	time_text      TEXT,
	time_value     TEXT,
	quantity_text  TEXT,
	quantity_value REAL,
	quantity_unit  TEXT,
	certainty      TEXT NOT NULL,
	PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;

CREATE TABLE relations (
	doc_id         TEXT NOT NULL REFERENCES documents(id),
	n              INTEGER NOT NULL,
	type           TEXT NOT NULL,
	from_id        TEXT NOT NULL,
	to_id          TEXT NOT NULL,
	evidence_start INTEGER,
	evidence_end   INTEGER,
	evidence_text  TEXT,
	PRIMARY KEY (doc_id, n)
) WITHOUT ROWID;
`},
	// Full-text indexes are external-content FTS5 tables: the text lives
	// once, in documents and claims, and PutAnalysis adds the index rows
	// in the same transaction (Hearsay never updates a stored document,
	// so no triggers are needed). The porter stemmer makes "helicopters"
	// find "helicopter", as PostgreSQL's english configuration does.
	{Name: "core: full-text search over documents and claims", SQL: `
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='porter unicode61');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='seq', tokenize='porter unicode61');
`},
}
