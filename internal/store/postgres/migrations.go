package postgres

import "github.com/hearsaynews/hearsay/internal/store/sqlstore"

// migrations is the ordered list applied by Open. Append only.
var migrations = append(coreMigrations, linkMigrations...)

// The tables mirror store/sqlite's. Keys and dates use the "C" collation
// so that ordering and range filters compare bytes, as SQLite does,
// whatever the database's locale.
var coreMigrations = []sqlstore.Migration{
	{Name: "core: documents, entities, attributions, claims, events, relations", SQL: `
CREATE TABLE documents (
	id           TEXT COLLATE "C" PRIMARY KEY,
	url          TEXT UNIQUE,
	outlet       TEXT,
	outlet_key   TEXT COLLATE "C",
	title        TEXT,
	author       TEXT,
	published    TEXT COLLATE "C",
	language     TEXT NOT NULL,
	text         TEXT NOT NULL,
	origin       TEXT NOT NULL,
	ingested_at  TEXT NOT NULL,
	chars        INTEGER NOT NULL,
	n_entities   INTEGER NOT NULL,
	n_attributions INTEGER NOT NULL,
	n_claims     INTEGER NOT NULL,
	n_events     INTEGER NOT NULL,
	analysis     JSONB NOT NULL
);
CREATE INDEX documents_outlet ON documents(outlet_key);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE entities (
	doc_id     TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
	id         TEXT COLLATE "C" NOT NULL,
	name       TEXT NOT NULL,
	name_key   TEXT COLLATE "C" NOT NULL,
	type       TEXT COLLATE "C" NOT NULL,
	country    TEXT,
	aliases    JSONB NOT NULL,
	n_mentions INTEGER NOT NULL,
	n_claims   INTEGER NOT NULL,
	PRIMARY KEY (doc_id, id)
);
CREATE INDEX entities_name ON entities(name_key, type);

CREATE TABLE entity_names (
	doc_id    TEXT COLLATE "C" NOT NULL,
	entity_id TEXT COLLATE "C" NOT NULL,
	name      TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (name, doc_id, entity_id)
);
CREATE INDEX entity_names_doc ON entity_names(doc_id, entity_id);

CREATE TABLE mentions (
	doc_id     TEXT COLLATE "C" NOT NULL,
	entity_id  TEXT COLLATE "C" NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	kind       TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(doc_id, entity_id, span_start);

CREATE TABLE attributions (
	doc_id        TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
	id            TEXT COLLATE "C" NOT NULL,
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
);

CREATE TABLE claims (
	seq           BIGSERIAL PRIMARY KEY,
	doc_id        TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
	id            TEXT COLLATE "C" NOT NULL,
	text          TEXT NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	attribution   TEXT,
	certainty     TEXT NOT NULL,
	polarity      TEXT NOT NULL,
	hedges        JSONB NOT NULL,
	source_text   TEXT,
	source_key    TEXT COLLATE "C",
	source_kind   TEXT,
	source_entity TEXT COLLATE "C",
	source_name   TEXT,
	cue_text      TEXT,
	UNIQUE (doc_id, id)
);
CREATE INDEX claims_source ON claims(source_key);

CREATE TABLE events (
	doc_id         TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
	id             TEXT COLLATE "C" NOT NULL,
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
	quantity_value DOUBLE PRECISION,
	quantity_unit  TEXT,
	certainty      TEXT NOT NULL,
	PRIMARY KEY (doc_id, id)
);

CREATE TABLE relations (
	doc_id         TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
	n              INTEGER NOT NULL,
	type           TEXT NOT NULL,
	from_id        TEXT NOT NULL,
	to_id          TEXT NOT NULL,
	evidence_start INTEGER,
	evidence_end   INTEGER,
	evidence_text  TEXT,
	PRIMARY KEY (doc_id, n)
);
`},
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
}
