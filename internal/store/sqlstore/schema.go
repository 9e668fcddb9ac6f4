package sqlstore

import "strings"

// Types are what the two databases' schemas differ in. The tables,
// columns, keys and indexes are the same; each store's value says why
// its types are what they are.
type Types struct {
	// DocumentsKey declares the documents table's key and its id and
	// url columns; DocumentsURL, when not empty, is the statement after
	// the table that keeps URLs unique.
	DocumentsKey string
	DocumentsURL string

	Key     string // follows TEXT on key and date columns, e.g. a collation
	JSON    string // a JSON document
	Float   string // a 64-bit float
	Seq     string // claims.seq, the integer key in storage order
	Serial  string // an integer primary key the database assigns
	Int     string // a 64-bit integer
	KeyOnly string // table option for a table stored as its primary key ("" for none)
}

func (t Types) replacer() *strings.Replacer {
	return strings.NewReplacer("{documents_key}", t.DocumentsKey, "{documents_url}", t.DocumentsURL, "{key}", t.Key,
		"{json}", t.JSON, "{float}", t.Float, "{seq}", t.Seq, "{serial}", t.Serial, "{int}", t.Int, "{key_only}", t.KeyOnly)
}

// CoreTables is the first schema step of both stores: the tables that
// store.Rows are written to, in types t. Released: never change what it
// creates.
func CoreTables(t Types) Migration {
	return Migration{Name: "core: documents, entities, attributions, claims, events, relations", SQL: t.replacer().Replace(`
CREATE TABLE documents (
	{documents_key}
	outlet       TEXT,
	outlet_key   TEXT{key},
	title        TEXT,
	author       TEXT,
	published    TEXT{key},
	language     TEXT NOT NULL,
	text         TEXT NOT NULL,
	origin       TEXT NOT NULL,
	ingested_at  TEXT NOT NULL,
	chars        INTEGER NOT NULL,
	n_entities   INTEGER NOT NULL,
	n_attributions INTEGER NOT NULL,
	n_claims     INTEGER NOT NULL,
	n_events     INTEGER NOT NULL,
	analysis     {json} NOT NULL
);
{documents_url}
CREATE INDEX documents_outlet ON documents(outlet_key);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE entities (
	doc_id     TEXT{key} NOT NULL REFERENCES documents(id),
	id         TEXT{key} NOT NULL,
	name       TEXT NOT NULL,
	name_key   TEXT{key} NOT NULL,
	type       TEXT{key} NOT NULL,
	country    TEXT,
	aliases    {json} NOT NULL,
	n_mentions INTEGER NOT NULL,
	n_claims   INTEGER NOT NULL,
	PRIMARY KEY (doc_id, id)
){key_only};
CREATE INDEX entities_name ON entities(name_key, type);

CREATE TABLE entity_names (
	doc_id    TEXT{key} NOT NULL,
	entity_id TEXT{key} NOT NULL,
	name      TEXT{key} NOT NULL,
	PRIMARY KEY (name, doc_id, entity_id)
){key_only};
CREATE INDEX entity_names_doc ON entity_names(doc_id, entity_id);

CREATE TABLE mentions (
	doc_id     TEXT{key} NOT NULL,
	entity_id  TEXT{key} NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	kind       TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(doc_id, entity_id, span_start);

CREATE TABLE attributions (
	doc_id        TEXT{key} NOT NULL REFERENCES documents(id),
	id            TEXT{key} NOT NULL,
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
){key_only};

CREATE TABLE claims (
	seq           {seq},
	doc_id        TEXT{key} NOT NULL REFERENCES documents(id),
	id            TEXT{key} NOT NULL,
	text          TEXT NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	attribution   TEXT,
	certainty     TEXT NOT NULL,
	polarity      TEXT NOT NULL,
	hedges        {json} NOT NULL,
	source_text   TEXT,
	source_key    TEXT{key},
	source_kind   TEXT,
	source_entity TEXT{key},
	source_name   TEXT,
	cue_text      TEXT,
	UNIQUE (doc_id, id)
);
CREATE INDEX claims_source ON claims(source_key);

CREATE TABLE events (
	doc_id         TEXT{key} NOT NULL REFERENCES documents(id),
	id             TEXT{key} NOT NULL,
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
	quantity_value {float},
	quantity_unit  TEXT,
	certainty      TEXT NOT NULL,
	PRIMARY KEY (doc_id, id)
){key_only};

CREATE TABLE relations (
	doc_id         TEXT{key} NOT NULL REFERENCES documents(id),
	n              INTEGER NOT NULL,
	type           TEXT NOT NULL,
	from_id        TEXT NOT NULL,
	to_id          TEXT NOT NULL,
	evidence_start INTEGER,
	evidence_end   INTEGER,
	evidence_text  TEXT,
	PRIMARY KEY (doc_id, n)
){key_only};
`)}
}

// LinkMigrations returns the schema steps of cross-article linking
// (claim clusters, citations, cross-document relations) with types t.
// Stores run them after their own core steps, in this order; append new
// steps at the end and never change a released one.
//
// The tables belong to internal/link (link.SQLIndex reads and writes
// them): link_docs lists the documents already linked; link_claims holds
// each linked claim's record (signature and features as JSON) and its
// cluster; link_keys its blocking keys (LSH bands, event frames, entity
// pairs), read newest first per key; link_relations contradictions
// between claims of different documents; link_citations the citation
// graph (document -> outlet or person named).
func LinkMigrations(t Types) []Migration {
	r := t.replacer()
	return []Migration{
		{Name: "link: documents, claims, blocking keys, relations, citations", SQL: r.Replace(`
CREATE TABLE link_docs (
	doc_id TEXT PRIMARY KEY
);

CREATE TABLE link_claims (
	id        {serial},
	doc_id    TEXT NOT NULL,
	claim_id  TEXT NOT NULL,
	cluster   {int} NOT NULL,
	outlet    TEXT NOT NULL,
	published TEXT,
	record    TEXT NOT NULL,
	UNIQUE (doc_id, claim_id)
);
CREATE INDEX link_claims_cluster ON link_claims(cluster, id);

CREATE TABLE link_keys (
	key   {int} NOT NULL,
	claim {int} NOT NULL,
	PRIMARY KEY (key, claim)
){key_only};

CREATE TABLE link_relations (
	from_claim {int} NOT NULL,
	to_claim   {int} NOT NULL,
	type       TEXT NOT NULL,
	reason     TEXT NOT NULL,
	PRIMARY KEY (from_claim, to_claim, type)
);
CREATE INDEX link_relations_to ON link_relations(to_claim);

CREATE TABLE link_citations (
	doc_id      TEXT NOT NULL,
	outlet      TEXT NOT NULL,
	published   TEXT,
	target_kind TEXT NOT NULL,
	target_key  TEXT NOT NULL,
	target_name TEXT NOT NULL,
	via         TEXT NOT NULL
);
CREATE INDEX link_citations_doc ON link_citations(doc_id);
CREATE INDEX link_citations_target ON link_citations(target_key, published);
`)},
	}
}

// ReadMigrations returns the schema steps that keep the corpus-wide
// listings cheap, with types t. Stores run them after LinkMigrations, in
// this order; append new steps at the end and never change a released
// one. (A step added to LinkMigrations must therefore go after these in
// the stores' lists, not before them.)
//
// Both tables are derived from the core rows, written by PutAnalysis in
// the same transaction as the document (store.Rows.Inserts), and filled
// from the rows already stored when the step runs, so a corpus stored by
// an earlier hearsay answers the same afterwards.
//
// claim_names is, for each claim, every name and alias (lower-cased, as
// in entity_names) of the entities mentioned inside its span: claims
// "about" a name are an index range read newest first, instead of a
// test of every claim. actors is each entity name and type (name_key,
// type) totalled over the corpus, as Actors lists them: name is the
// least of its spellings and country the greatest ("" when none has
// one), compared as bytes in both databases. Documents are never
// updated or deleted, so the totals only grow.
func ReadMigrations(t Types) []Migration {
	r := t.replacer()
	return []Migration{
		{Name: "read: claim_names (claims by the names mentioned in them), actors (entity totals)", SQL: r.Replace(`
CREATE TABLE claim_names (
	name      TEXT{key} NOT NULL,
	claim_seq {int} NOT NULL,
	PRIMARY KEY (name, claim_seq)
){key_only};

INSERT INTO claim_names (name, claim_seq)
SELECT DISTINCT n.name, c.seq
FROM claims c
JOIN mentions m ON m.doc_id = c.doc_id AND m.span_start >= c.span_start AND m.span_end <= c.span_end
JOIN entity_names n ON n.doc_id = m.doc_id AND n.entity_id = m.entity_id;

CREATE TABLE actors (
	name_key  TEXT{key} NOT NULL,
	type      TEXT{key} NOT NULL,
	name      TEXT{key} NOT NULL,
	country   TEXT{key} NOT NULL,
	documents {int} NOT NULL,
	mentions  {int} NOT NULL,
	claims    {int} NOT NULL,
	PRIMARY KEY (name_key, type)
){key_only};
CREATE INDEX actors_rank ON actors(mentions DESC, name_key, type);
CREATE INDEX actors_type ON actors(type, mentions DESC, name_key);

INSERT INTO actors (name_key, type, name, country, documents, mentions, claims)
SELECT name_key, type, MIN(name{key}), COALESCE(MAX(country{key}), ''), COUNT(DISTINCT doc_id), SUM(n_mentions), SUM(n_claims)
FROM entities GROUP BY name_key, type;
`)},
	}
}
