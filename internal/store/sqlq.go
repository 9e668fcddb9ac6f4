package store

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Dialect is what differs between the SQL of the two stores' queries;
// the queries themselves are built once, here, so that a filter means
// the same in both.
type Dialect struct {
	// Placeholder returns the n-th (1-based) parameter marker.
	Placeholder func(n int) string
	// NoLimit is the LIMIT value meaning "all rows".
	NoLimit string
	// DocSearch and ClaimSearch return a join clause, a condition and an
	// ORDER BY expression for full-text search with the query in
	// parameter ph, over documents d or claims c. Documents come by
	// relevance; claims in the order of ClaimsSQL (newest stored first).
	DocSearch, ClaimSearch func(ph string) (join, where, rank string)
	// SearchQuery turns the words of a search into the parameter value.
	SearchQuery func(terms []string) string
	// JSONText follows a JSON column to read it as text ("::text" for
	// PostgreSQL's jsonb, whose binary form drivers do not hand back as
	// the stored text).
	JSONText string
}

type builder struct {
	d     Dialect
	args  []any
	where []string
}

func (b *builder) arg(v any) string {
	b.args = append(b.args, v)
	return b.d.Placeholder(len(b.args))
}

func (b *builder) cond(format string, vals ...any) {
	ph := make([]any, len(vals))
	for i, v := range vals {
		ph[i] = b.arg(v)
	}
	b.where = append(b.where, fmt.Sprintf(format, ph...))
}

func (b *builder) whereSQL() string {
	if len(b.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(b.where, " AND ")
}

func (b *builder) page(p Page) string {
	lim := b.d.NoLimit
	if p.Limit > 0 {
		lim = b.arg(p.Limit)
	}
	off := p.Offset
	if off < 0 {
		off = 0
	}
	return " LIMIT " + lim + " OFFSET " + b.arg(off)
}

func (b *builder) docFilters(q DocQuery) {
	if q.Outlet != "" {
		b.cond("d.outlet_key = %s", strings.ToLower(q.Outlet))
	}
	if q.Since != "" {
		b.cond("d.published >= %s", q.Since)
	}
	if q.Until != "" {
		// Compare only as many characters as Until has, so that "2021-09"
		// keeps every date in September and "2021-09-09" a full timestamp
		// of that day.
		b.cond("substr(d.published, 1, "+strconv.Itoa(len(q.Until))+") <= %s", q.Until)
	}
}

// errNoTerms marks a search with no words in it: it matches nothing.
var errNoTerms = fmt.Errorf("no words to search for")

func (b *builder) search(text string, fn func(string) (string, string, string)) (join, rank string, err error) {
	terms := SearchTerms(text)
	if len(terms) == 0 {
		return "", "", errNoTerms
	}
	j, w, r := fn(b.arg(b.d.SearchQuery(terms)))
	b.where = append(b.where, w)
	return j, r, nil
}

const docColumns = `d.id, COALESCE(d.url,''), COALESCE(d.outlet,''), COALESCE(d.title,''), COALESCE(d.author,''),
	COALESCE(d.published,''), d.language, d.origin, d.ingested_at, d.chars, d.n_entities, d.n_attributions, d.n_claims, d.n_events`

// DocumentsSQL builds the Documents query. ok is false when the query
// can match nothing (a search without words).
func DocumentsSQL(d Dialect, q DocQuery) (query string, args []any, ok bool) {
	b := &builder{d: d}
	order := "COALESCE(d.published,'') DESC, d.id"
	join := ""
	if q.Search != "" {
		j, rank, err := b.search(q.Search, d.DocSearch)
		if err != nil {
			return "", nil, false
		}
		join, order = j, rank+", "+order
	}
	b.docFilters(q)
	return "SELECT " + docColumns + " FROM documents d " + join + b.whereSQL() + " ORDER BY " + order + b.page(q.Page), b.args, true
}

// ScanDocument reads one row of DocumentsSQL.
func ScanDocument(scan func(dest ...any) error) (DocSummary, error) {
	var s DocSummary
	var ing string
	err := scan(&s.ID, &s.URL, &s.Outlet, &s.Title, &s.Author, &s.Published, &s.Language, &s.Origin, &ing,
		&s.Chars, &s.Entities, &s.Attributions, &s.Claims, &s.Events)
	if err == nil {
		s.Ingested, _ = time.Parse(time.RFC3339Nano, ing)
	}
	return s, err
}

// EachSQL builds the query for Each: analysis JSON and text in ID order.
func EachSQL(d Dialect, q DocQuery) (query string, args []any, ok bool) {
	b := &builder{d: d}
	join := ""
	if q.Search != "" {
		j, _, err := b.search(q.Search, d.DocSearch)
		if err != nil {
			return "", nil, false
		}
		join = j
	}
	b.docFilters(q)
	return "SELECT d.analysis" + d.JSONText + ", d.text FROM documents d " + join + b.whereSQL() + " ORDER BY d.id" + b.page(q.Page), b.args, true
}

// ClaimsSQL builds the Claims query.
func ClaimsSQL(d Dialect, q ClaimQuery) (query string, args []any, ok bool) {
	b := &builder{d: d}
	// Newest stored first, read off the primary key without sorting,
	// which keeps every page cheap however many claims match. Stores
	// write a document's claims last to first, so that this order reads
	// each document front to back.
	order := "c.seq DESC"
	join := ""
	if q.Search != "" {
		j, o, err := b.search(q.Search, d.ClaimSearch)
		if err != nil {
			return "", nil, false
		}
		join, order = j, o
	}
	if q.DocID != "" {
		b.cond("c.doc_id = %s", q.DocID)
	}
	if q.Certainty != "" {
		b.cond("c.certainty = %s", strings.ToLower(q.Certainty))
	}
	if q.Polarity != "" {
		b.cond("c.polarity = %s", strings.ToLower(q.Polarity))
	}
	if q.About != "" {
		// claim_names lists each claim under the names mentioned in it,
		// keyed (name, claim_seq): read newest first from there, a page
		// costs a page of index rows however many claims the corpus holds.
		join = " JOIN claim_names a ON a.claim_seq = c.seq " + join
		b.cond("a.name = %s", strings.ToLower(strings.TrimSpace(q.About)))
		if q.Search == "" {
			order = "a.claim_seq DESC"
		}
	}
	if q.Source != "" {
		k := strings.ToLower(strings.TrimSpace(q.Source))
		p1, p2, p3 := b.arg(k), b.arg(k), b.arg(k)
		b.where = append(b.where, fmt.Sprintf(`(c.source_key = %s
			OR EXISTS (SELECT 1 FROM entity_names n WHERE n.doc_id = c.doc_id AND n.entity_id = c.source_entity AND n.name = %s)
			OR (c.attribution IS NULL AND d.outlet_key = %s))`, p1, p2, p3))
	}
	return `SELECT c.doc_id, c.id, c.text, c.span_start, c.span_end, c.certainty, c.polarity, COALESCE(c.attribution,''),
		COALESCE(c.source_text,''), COALESCE(c.source_kind,''), COALESCE(c.source_name,''), COALESCE(c.cue_text,''),
		COALESCE(d.outlet,''), COALESCE(d.title,''), COALESCE(d.published,'')
		FROM claims c JOIN documents d ON d.id = c.doc_id ` + join + b.whereSQL() + " ORDER BY " + order + b.page(q.Page), b.args, true
}

// ScanClaim reads one row of ClaimsSQL.
func ScanClaim(scan func(dest ...any) error) (Claim, error) {
	var c Claim
	err := scan(&c.DocID, &c.Local, &c.Text, &c.Start, &c.End, &c.Certainty, &c.Polarity, &c.Attribution,
		&c.Source, &c.SourceKind, &c.SourceName, &c.Cue, &c.Outlet, &c.Title, &c.Published)
	c.ID = ClaimID(c.DocID, c.Local)
	return c, err
}

// ActorsSQL builds the Actors query: entities grouped by lower-cased name
// and type, most mentioned first. It reads the corpus totals kept in the
// actors table (see sqlstore.ReadMigrations), one row per name and type,
// in the order of an index, instead of grouping every entity row.
func ActorsSQL(d Dialect, q ActorQuery) (query string, args []any) {
	b := &builder{d: d}
	if q.Type != "" {
		b.cond("a.type = %s", strings.ToLower(q.Type))
	}
	if q.Name != "" {
		r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
		b.cond(`a.name_key LIKE %s ESCAPE '\'`, "%"+r.Replace(strings.ToLower(q.Name))+"%")
	}
	return `SELECT a.name, a.type, a.country, a.documents, a.mentions, a.claims
		FROM actors a` + b.whereSQL() + `
		ORDER BY a.mentions DESC, a.name_key, a.type` + b.page(q.Page), b.args
}

// ScanActor reads one row of ActorsSQL.
func ScanActor(scan func(dest ...any) error) (Actor, error) {
	var a Actor
	err := scan(&a.Name, &a.Type, &a.Country, &a.Documents, &a.Mentions, &a.Claims)
	return a, err
}

// DocumentSQL builds the query for Document: analysis JSON and text of
// document id.
func DocumentSQL(d Dialect, id string) (query string, args []any) {
	return "SELECT analysis" + d.JSONText + ", text FROM documents WHERE id = " + d.Placeholder(1), []any{id}
}

// HasSQL builds the query for Has: the ID of the document with ID id or,
// when url is not empty, with that URL.
func HasSQL(d Dialect, id, url string) (query string, args []any) {
	p := d.Placeholder
	return "SELECT id FROM documents WHERE id = " + p(1) + " OR (" + p(2) + " <> '' AND url = " + p(3) + ") LIMIT 1", []any{id, url, url}
}

// QuestionMarks is the SQLite placeholder.
func QuestionMarks(int) string { return "?" }

// Dollar is the PostgreSQL placeholder.
func Dollar(n int) string { return "$" + strconv.Itoa(n) }
