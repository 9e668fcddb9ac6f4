package sqlstore

import "strings"

// LinkTypes are what the link tables' schema differs in between
// databases.
type LinkTypes struct {
	Serial  string // an integer primary key the database assigns
	Int     string // a 64-bit integer
	KeyOnly string // table option for a table that is all key ("" for none)
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
func LinkMigrations(t LinkTypes) []Migration {
	r := strings.NewReplacer("{serial}", t.Serial, "{int}", t.Int, "{key_only}", t.KeyOnly)
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
