package store

import (
	"strings"
	"time"
)

// Insert is one table's share of a document: the statement and the
// values of each of its rows, in the order they are written.
type Insert struct {
	Table string
	SQL   string
	Rows  [][]any
}

// DocumentInsertSQL is the statement that writes Rows.Doc, with the
// values of DocumentArgs. Stores add their own handling of a duplicate.
func DocumentInsertSQL(d Dialect) string {
	return `INSERT INTO documents (id, url, outlet, outlet_key, title, author, published, language,
		text, origin, ingested_at, chars, n_entities, n_attributions, n_claims, n_events, analysis)
		VALUES ` + placeholders(d, 17)
}

// DocumentArgs are the values of DocumentInsertSQL.
func (r *Rows) DocumentArgs() []any {
	d := r.Doc
	return []any{d.ID, null(d.URL), null(d.Outlet), null(d.OutletKey), null(d.Title), null(d.Author), null(d.Published), d.Language,
		d.Text, d.Origin, d.Ingested.Format(time.RFC3339Nano), d.Chars, d.Entities, d.Attributions, d.Claims, d.Events, string(d.Analysis)}
}

// Inserts returns the statements that write every row of r but the
// documents row, in the order they must run (rows refer to the
// document). Empty strings and absent parts are stored as NULL. Claims
// come last to first, because listings go by descending seq (see
// ClaimsSQL). The last two keep the derived tables of
// sqlstore.ReadMigrations: claim_names, one statement that reads the
// document's claims and mentions back, and actors, an upsert per actor
// that adds this document to the corpus totals.
func (r *Rows) Inserts(d Dialect) []Insert {
	ins := func(table string, n int, rows [][]any) Insert {
		return Insert{Table: table, SQL: "INSERT INTO " + table + " VALUES " + placeholders(d, n), Rows: rows}
	}
	out := make([]Insert, 0, 9)

	rows := make([][]any, len(r.Entities))
	for i, e := range r.Entities {
		rows[i] = []any{e.DocID, e.ID, e.Name, e.NameKey, e.Type, null(e.Country), string(e.Aliases), e.Mentions, e.Claims}
	}
	out = append(out, ins("entities", 9, rows))

	// An entity may list the same name twice in other case or spacing.
	rows = make([][]any, len(r.Names))
	for i, n := range r.Names {
		rows[i] = []any{n.DocID, n.EntityID, n.Name}
	}
	names := ins("entity_names", 3, rows)
	names.SQL += " ON CONFLICT DO NOTHING"
	out = append(out, names)

	rows = make([][]any, len(r.Mentions))
	for i, m := range r.Mentions {
		rows[i] = []any{m.DocID, m.EntityID, m.Start, m.End, m.Text, m.Kind}
	}
	out = append(out, ins("mentions", 6, rows))

	rows = make([][]any, len(r.Attributions))
	for i, t := range r.Attributions {
		var ss, se any
		if t.SourceKind != "" || t.SourceText != "" {
			ss, se = t.SourceStart, t.SourceEnd
		}
		rows[i] = []any{t.DocID, t.ID, null(t.SourceText), null(t.SourceKind), null(t.SourceEntity), ss, se, t.CueText, t.CueType,
			t.CueStart, t.CueEnd, t.ContentStart, t.ContentEnd, null(t.Parent), null(t.RefersTo), null(t.Date)}
	}
	out = append(out, ins("attributions", 16, rows))

	rows = make([][]any, 0, len(r.Claims))
	for i := len(r.Claims) - 1; i >= 0; i-- {
		c := r.Claims[i]
		rows = append(rows, []any{c.DocID, c.ID, c.Text, c.Start, c.End, null(c.Attribution), c.Certainty, c.Polarity,
			string(c.Hedges), null(c.SourceText), null(c.SourceKey), null(c.SourceKind), null(c.SourceEntity), null(c.SourceName), null(c.CueText)})
	}
	claims := Insert{Table: "claims", SQL: `INSERT INTO claims (doc_id, id, text, span_start, span_end, attribution, certainty,
		polarity, hedges, source_text, source_key, source_kind, source_entity, source_name, cue_text)
		VALUES ` + placeholders(d, 15), Rows: rows}
	out = append(out, claims)

	// The names mentioned in each claim, each row taking the claim's seq
	// (assigned by the database) from the claim just written. The pairs
	// are found here rather than by joining claims to mentions in SQL,
	// which cost a B-tree search per claim and name and was most of the
	// writer's time.
	p := d.Placeholder
	out = append(out, Insert{Table: "claim_names", SQL: `INSERT INTO claim_names (name, claim_seq)
		SELECT ` + p(1) + `, seq FROM claims WHERE doc_id = ` + p(2) + ` AND id = ` + p(3), Rows: r.claimNames()})

	// Corpus totals of each actor: this document counts once.
	rows = make([][]any, len(r.Actors))
	for i, a := range r.Actors {
		rows[i] = []any{a.NameKey, a.Type, a.Name, a.Country, a.Mentions, a.Claims}
	}
	out = append(out, Insert{Table: "actors", SQL: `INSERT INTO actors (name_key, type, name, country, documents, mentions, claims)
		VALUES (` + p(1) + `, ` + p(2) + `, ` + p(3) + `, ` + p(4) + `, 1, ` + p(5) + `, ` + p(6) + `)
		ON CONFLICT (name_key, type) DO UPDATE SET
		name = CASE WHEN excluded.name < actors.name THEN excluded.name ELSE actors.name END,
		country = CASE WHEN excluded.country > actors.country THEN excluded.country ELSE actors.country END,
		documents = actors.documents + 1,
		mentions = actors.mentions + excluded.mentions,
		claims = actors.claims + excluded.claims`, Rows: rows})

	rows = make([][]any, len(r.Events))
	for i, v := range r.Events {
		var qt, qv, qu any
		if v.HasQuantity {
			qt, qv, qu = v.QuantityText, v.QuantityValue, v.QuantityUnit
		}
		rows[i] = []any{v.DocID, v.ID, v.Type, null(v.Mode), v.TriggerStart, v.TriggerEnd, v.TriggerText, null(v.Actor), null(v.Recipient),
			null(v.Location), null(v.Claim), null(v.TimeText), null(v.TimeValue), qt, qv, qu, v.Certainty}
	}
	out = append(out, ins("events", 17, rows))

	rows = make([][]any, len(r.Relations))
	for i, x := range r.Relations {
		var es, ee, et any
		if x.HasEvidence {
			es, ee, et = x.EvidenceStart, x.EvidenceEnd, x.EvidenceText
		}
		rows[i] = []any{x.DocID, x.N, x.Type, x.From, x.To, es, ee, et}
	}
	return append(out, ins("relations", 8, rows))
}

// claimNames returns the rows (name, document, claim) of claim_names: for
// each claim, every name and alias of each entity with a mention inside
// the claim's span, once. It matches the statement that fills the table
// from stored rows in sqlstore.ReadMigrations.
func (r *Rows) claimNames() [][]any {
	names := map[string][]string{}
	for _, n := range r.Names {
		names[n.EntityID] = append(names[n.EntityID], n.Name)
	}
	var out [][]any
	seen := map[string]bool{}
	for _, c := range r.Claims {
		clear(seen)
		for _, m := range r.Mentions {
			if m.Start < c.Start || m.End > c.End {
				continue
			}
			for _, n := range names[m.EntityID] {
				if !seen[n] {
					seen[n] = true
					out = append(out, []any{n, c.DocID, c.ID})
				}
			}
		}
	}
	return out
}

// placeholders is "(p1,p2,…,pn)" in d's parameter markers.
func placeholders(d Dialect, n int) string {
	ph := make([]string, n)
	for i := range ph {
		ph[i] = d.Placeholder(i + 1)
	}
	return "(" + strings.Join(ph, ",") + ")"
}

// null stores "" as NULL.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}
