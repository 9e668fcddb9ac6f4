package link

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
)

// Dialect says which SQL database an SQLIndex talks to; they differ only in
// how parameters are written.
type Dialect int

const (
	SQLite   Dialect = iota // "?" parameters
	Postgres                // "$1" parameters
)

// SQLIndex is an Index kept in the store's database, in the tables that the
// stores' linkMigrations create (link_docs, link_claims, link_keys,
// link_relations, link_citations). Over a *sql.DB each method is one
// statement or one transaction; Atomic gives an index whose methods all
// belong to one transaction, so that a document is linked whole or not at
// all, and its commit is paid once rather than once per claim. Lookups are
// batched: one query per call whatever the number of keys or IDs (up to
// idChunk), because a round trip, not the index read, is what a lookup
// costs.
type SQLIndex struct {
	db      Conn
	dialect Dialect
	// cache holds the records this index has read or written; in an
	// index of Atomic, those of its transaction, which join committed
	// once it commits.
	cache, committed *recordCache
	// keys holds, in an index of Atomic over SQLite, the newest claims
	// under each blocking key it has read or written (see keyCache);
	// saved is where an index over SQLite keeps it between Atomic's
	// transactions.
	keys, saved *keyCache
}

// Conn is what an SQLIndex runs its statements on: a *sql.DB, or a *sql.Tx
// whose transaction the caller ends.
type Conn interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// NewSQLIndex returns an index over db, whose schema must include the link
// tables. An index over a *sql.Tx serves that transaction only: it keeps
// the records it writes, which a rollback would take back.
func NewSQLIndex(db Conn, d Dialect) *SQLIndex {
	s := &SQLIndex{db: db, dialect: d, cache: newRecordCache()}
	if d == SQLite {
		s.saved = &keyCache{version: -1}
	}
	return s
}

// Atomic calls fn with an index over one transaction of s's database, and
// commits it if fn returns nil, else rolls it back. An index that already
// runs in the caller's transaction passes itself.
func (s *SQLIndex) Atomic(ctx context.Context, fn func(*SQLIndex) error) error {
	db, ok := s.db.(*sql.DB)
	if !ok {
		return fn(s)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("link: begin: %w", err)
	}
	// The records of a transaction that is rolled back must not be kept:
	// their IDs are given again.
	in := &SQLIndex{
		db:      &stmtConn{tx: tx, stmts: map[string]*sql.Stmt{}},
		dialect: s.dialect,
		cache:   newRecordCache(),
		// What the transaction reads is what it writes, or what
		// was committed before it.
		committed: s.cache,
	}
	if s.saved != nil {
		// The keys read in an earlier transaction still hold unless
		// another connection (another process) has committed since;
		// SQLite's data_version says whether one has.
		var v int64
		if err := tx.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
			tx.Rollback()
			return fmt.Errorf("link: data version: %w", err)
		}
		s.saved.check(v)
		in.keys = s.saved
	}
	if err := fn(in); err != nil {
		tx.Rollback()
		s.saved.drop() // it holds keys of the claims taken back
		return err
	}
	if err := tx.Commit(); err != nil {
		s.saved.drop()
		return fmt.Errorf("link: commit: %w", err)
	}
	in.cache.mu.Lock()
	defer in.cache.mu.Unlock()
	s.cache.put(slices.Collect(maps.Values(in.cache.recs))...)
	return nil
}

// stmtConn is a Conn over one transaction that prepares each statement
// text once: SQLite spent about as long preparing the linker's statements
// as running them. The statements close with the transaction.
type stmtConn struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

// maxStmts bounds the texts a stmtConn keeps; the index's statement texts
// do not depend on the number of rows they read or write, except the
// multi-row inserts of relations and citations, which run unprepared once
// this many are kept.
const maxStmts = 32

func (c *stmtConn) stmt(ctx context.Context, query string) *sql.Stmt {
	if st := c.stmts[query]; st != nil {
		return st
	}
	if len(c.stmts) == maxStmts {
		return nil
	}
	st, err := c.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil // run unprepared, which reports the error
	}
	c.stmts[query] = st
	return st
}

func (c *stmtConn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := c.stmt(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return c.tx.ExecContext(ctx, query, args...)
}

func (c *stmtConn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := c.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return c.tx.QueryContext(ctx, query, args...)
}

func (c *stmtConn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := c.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return c.tx.QueryRowContext(ctx, query, args...)
}

// recordCache holds decoded claim records by ID. A record does not change
// once stored, and consecutive claims read back many of the same
// candidates (the latest claims under a frequent name pair), whose
// decoding was most of what linking cost.
type recordCache struct {
	mu   sync.Mutex
	recs map[ClaimID]*Record
}

// maxCached bounds a cache at about 30 MB of records; a full cache starts
// again empty, which is simpler than an LRU list and, as the candidates of
// a claim are mostly recent claims, loses little.
const maxCached = 1 << 15

func newRecordCache() *recordCache { return &recordCache{recs: map[ClaimID]*Record{}} }

func (c *recordCache) get(id ClaimID) *Record {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.recs[id]
}

func (c *recordCache) put(recs ...*Record) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.recs)+len(recs) > maxCached {
		clear(c.recs)
	}
	for _, r := range recs {
		c.recs[r.ID] = r
	}
}

// q rewrites "?" parameters for the dialect.
func (s *SQLIndex) q(query string) string {
	if s.dialect != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// rowPlaceholders is the VALUES list of a multi-row INSERT: n rows of
// width parameters each.
func rowPlaceholders(n, width int) string {
	row := "(" + placeholders(width) + ")"
	return strings.TrimSuffix(strings.Repeat(row+",", n), ",")
}

// idChunk is how many IDs go into one statement. They go in as one
// parameter (see inIDs), so it only bounds the size of a statement.
const idChunk = 20000

// inIDs returns the condition "col is one of ids" with its arguments, one
// parameter whatever the number of IDs, so that the statement text is the
// same every time and is prepared once (see stmtConn): an array on
// PostgreSQL, a JSON array read by json_each on SQLite.
func (s *SQLIndex) inIDs(col string, ids []ClaimID) (string, []any) {
	if s.dialect == Postgres {
		return col + ` = ANY(?::bigint[])`, []any{idSlice(ids)}
	}
	return col + ` IN (SELECT value FROM json_each(?))`, []any{jsonInts(ids)}
}

// jsonInts writes integers as a JSON array, for SQLite's json_each.
func jsonInts[T ~int64 | ~uint64](xs []T) string {
	b := make([]byte, 0, 21*len(xs)+2)
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(x), 10)
	}
	return string(append(b, ']'))
}

func idSlice(ids []ClaimID) []int64 {
	out := make([]int64, len(ids))
	for i, id := range ids {
		out[i] = int64(id)
	}
	return out
}

func timeText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

// AddDoc implements Index.
func (s *SQLIndex) AddDoc(ctx context.Context, doc string) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.q(`INSERT INTO link_docs (doc_id) VALUES (?) ON CONFLICT DO NOTHING`), doc)
	if err != nil {
		return false, fmt.Errorf("link: add document %s: %w", doc, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("link: add document %s: %w", doc, err)
	}
	return n == 1, nil
}

// Linked implements Index.
func (s *SQLIndex) Linked(ctx context.Context, doc string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT 1 FROM link_docs WHERE doc_id = ?`), doc).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("link: document %s: %w", doc, err)
	}
	return true, nil
}

// AddClaim implements Index. The claim row, its cluster (its own ID) and
// its keys are written in one transaction (the caller's, in an index given
// by Atomic); on PostgreSQL that is one
// statement, which takes the ID from the identity sequence first so that
// the row is written once with its cluster.
func (s *SQLIndex) AddClaim(ctx context.Context, rec *Record, keys []uint64) (ClaimID, error) {
	body, err := json.Marshal(rec)
	if err != nil {
		return 0, fmt.Errorf("link: encode claim %s: %w", rec.Ref, err)
	}
	tx, commit := s.db, func() error { return nil }
	if db, ok := s.db.(*sql.DB); ok {
		t, err := db.BeginTx(ctx, nil)
		if err != nil {
			return 0, err
		}
		defer t.Rollback()
		tx, commit = t, t.Commit
	}
	var id int64
	if s.dialect == Postgres {
		err = tx.QueryRowContext(ctx, `WITH c AS (
				INSERT INTO link_claims (id, doc_id, claim_id, cluster, outlet, published, record) OVERRIDING SYSTEM VALUE
				SELECT n, $1, $2, n, $3, $4, $5 FROM (SELECT nextval(pg_get_serial_sequence('link_claims', 'id')) AS n) s
				RETURNING id),
			k AS (
				INSERT INTO link_keys (key, claim) SELECT DISTINCT u.key, c.id FROM c, unnest($6::bigint[]) AS u(key)
				ON CONFLICT DO NOTHING)
			SELECT id FROM c`,
			rec.Ref.Doc, rec.Ref.Claim, rec.Outlet, timeText(rec.Published), string(body), keyArgs(keys)).Scan(&id)
		if err != nil {
			return 0, fmt.Errorf("link: add claim %s: %w", rec.Ref, err)
		}
	} else {
		// The ID is the one SQLite would give the row (the largest plus
		// one), taken first so that the row is written once with its
		// cluster, as on PostgreSQL.
		err = tx.QueryRowContext(ctx, `INSERT INTO link_claims (id, doc_id, claim_id, cluster, outlet, published, record)
			SELECT n, ?, ?, n, ?, ?, ? FROM (SELECT coalesce(max(id), 0) + 1 AS n FROM link_claims) RETURNING id`,
			rec.Ref.Doc, rec.Ref.Claim, rec.Outlet, timeText(rec.Published), string(body)).Scan(&id)
		if err != nil {
			return 0, fmt.Errorf("link: add claim %s: %w", rec.Ref, err)
		}
		// OR IGNORE, not ON CONFLICT DO NOTHING: a NOT NULL check that
		// may abort makes SQLite keep a statement journal for every
		// multi-row insert, which cost a fifth of the insert.
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO link_keys (key, claim) SELECT value, ? FROM json_each(?)`,
			id, jsonInts(keys)); err != nil {
			return 0, fmt.Errorf("link: add claim %s keys: %w", rec.Ref, err)
		}
		// A claim added outside Atomic is not in the saved keys, and
		// the writing connection's own commits leave data_version as
		// it was.
		s.saved.drop()
		s.keys.added(keys, ClaimID(id))
	}
	if err := commit(); err != nil {
		return 0, err
	}
	rec.ID = ClaimID(id)
	s.cache.put(rec)
	return rec.ID, nil
}

// keyArgs gives blocking keys as the database stores them: the same 64
// bits read as a signed integer.
func keyArgs(keys []uint64) []int64 {
	out := make([]int64, len(keys))
	for i, k := range keys {
		out[i] = int64(k)
	}
	return out
}

// Candidates implements Index in one query. Each key still reads at most
// perKey rows from the (key, claim) primary key, newest first: PostgreSQL
// through a LATERAL join with a LIMIT; SQLite, which has no LATERAL, by
// finding each key's perKey-th newest claim (a correlated subquery that
// the planner evaluates once per key, as the start of the key's range)
// and reading the range from there. A ROW_NUMBER() window partitioned by
// key would give the same rows but read every row of each key first, so a
// key shared by many claims (a frequent entity pair) would make each
// lookup slower as the corpus grows; a UNION ALL of one LIMITed query per
// key is bounded too, but SQLite spends longer parsing it than running it.
// The keys go in as one parameter (an array, or a JSON array for SQLite's
// json_each), so the statement text never changes.
func (s *SQLIndex) Candidates(ctx context.Context, keys []uint64, perKey int) ([]ClaimID, error) {
	if len(keys) == 0 || perKey <= 0 {
		return nil, nil
	}
	uniq := slices.Clone(keys)
	slices.Sort(uniq)
	uniq = slices.Compact(uniq)
	var out []ClaimID
	read := func(query string, args ...any) error {
		rows, err := s.db.QueryContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("link: candidates: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return fmt.Errorf("link: candidates: %w", err)
			}
			out = append(out, ClaimID(id))
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("link: candidates: %w", err)
		}
		return nil
	}
	if s.dialect == Postgres {
		err := read(`SELECT c.claim FROM unnest($1::bigint[]) AS k(key)
			CROSS JOIN LATERAL (SELECT claim FROM link_keys WHERE link_keys.key = k.key ORDER BY claim DESC LIMIT $2) c`,
			keyArgs(uniq), perKey)
		if err != nil {
			return nil, err
		}
	} else if s.keys == nil {
		got, err := s.readKeys(ctx, uniq, perKey)
		if err != nil {
			return nil, err
		}
		for _, ids := range got {
			out = append(out, ids...)
		}
	} else {
		var err error
		if out, err = s.cachedCandidates(ctx, uniq, perKey); err != nil {
			return nil, err
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// sqliteCandidates reads the newest claims (up to the second parameter
// plus one) of each key of a JSON array. SQLite has no LATERAL: each
// key's range starts at its perKey-th newest claim, found by a correlated
// subquery that the planner evaluates once per key.
const sqliteCandidates = `SELECT k.key, k.claim FROM json_each(?) AS j, link_keys AS k
	WHERE k.key = j.value AND k.claim >= coalesce(
		(SELECT x.claim FROM link_keys AS x WHERE x.key = j.value ORDER BY x.claim DESC LIMIT 1 OFFSET ?), 0)`

// cachedCandidates is Candidates in an index of Atomic over SQLite:
// keys read or written before come from the key cache, the others from
// the table in one query. Reports of one event share their entity pairs
// and frames, and in a first ingest of PolNeAR's training articles a
// quarter of the lookups asked a key already read or written.
func (s *SQLIndex) cachedCandidates(ctx context.Context, uniq []uint64, perKey int) ([]ClaimID, error) {
	s.keys.use(perKey)
	var out []ClaimID
	var ask []uint64
	for _, k := range uniq {
		if ids, ok := s.keys.get(k); ok {
			out = append(out, ids...)
		} else {
			ask = append(ask, k)
		}
	}
	if len(ask) == 0 {
		return out, nil
	}
	got, err := s.readKeys(ctx, ask, perKey)
	if err != nil {
		return nil, err
	}
	for _, k := range ask {
		ids := got[k]
		slices.Sort(ids)
		out = append(out, ids...)
		s.keys.put(k, ids)
	}
	return out, nil
}

// readKeys reads the newest perKey claims of each key from an SQLite
// key table, by key.
func (s *SQLIndex) readKeys(ctx context.Context, keys []uint64, perKey int) (map[uint64][]ClaimID, error) {
	got := make(map[uint64][]ClaimID, len(keys))
	rows, err := s.db.QueryContext(ctx, sqliteCandidates, jsonInts(keys), perKey-1)
	if err != nil {
		return nil, fmt.Errorf("link: candidates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, id int64
		if err := rows.Scan(&k, &id); err != nil {
			return nil, fmt.Errorf("link: candidates: %w", err)
		}
		got[uint64(k)] = append(got[uint64(k)], ClaimID(id))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("link: candidates: %w", err)
	}
	return got, nil
}

// keyCache holds, for blocking keys of an SQLite index, the newest
// claims under each (at most perKey, ascending), as read from the key
// table or written to it since. It is only used inside Atomic's
// transactions, which SQLite's one writing connection runs one at a time;
// it is dropped when a transaction is rolled back, and when another
// connection has committed since it was filled (check), so it never
// hides a claim that the table holds nor shows one it does not.
type keyCache struct {
	version int64 // PRAGMA data_version of the writing connection when filled
	perKey  int
	claims  map[uint64][]ClaimID
}

// maxCachedKeys bounds the key cache at about 40 MB; a full cache starts
// again empty, as recordCache does.
const maxCachedKeys = 1 << 19

// check drops the cache when data_version says another connection wrote.
func (c *keyCache) check(version int64) {
	if version != c.version {
		c.claims, c.version = nil, version
	}
}

// use drops the cache when it was filled for another perKey.
func (c *keyCache) use(perKey int) {
	if perKey != c.perKey {
		c.claims, c.perKey = nil, perKey
	}
}

// drop empties the cache; a nil cache stays nil.
func (c *keyCache) drop() {
	if c != nil {
		c.claims = nil
	}
}

func (c *keyCache) get(k uint64) ([]ClaimID, bool) {
	ids, ok := c.claims[k]
	return ids, ok
}

func (c *keyCache) put(k uint64, ids []ClaimID) {
	if c.claims == nil || len(c.claims) >= maxCachedKeys {
		c.claims = make(map[uint64][]ClaimID)
	}
	c.claims[k] = ids
}

// added records claim id, the newest claim, under keys; a key not read
// before stays unknown, to be read from the table.
func (c *keyCache) added(keys []uint64, id ClaimID) {
	if c == nil {
		return
	}
	for _, k := range keys {
		if old, ok := c.claims[k]; ok {
			// A new slice: old may be shared with a caller's result.
			c.claims[k] = append(slices.Clone(old[max(0, len(old)-c.perKey+1):]), id)
		}
	}
}

func (s *SQLIndex) records(ctx context.Context, where string, args ...any) ([]*Record, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, record FROM link_claims WHERE `+where), args...)
	if err != nil {
		return nil, fmt.Errorf("link: read claims: %w", err)
	}
	defer rows.Close()
	var out []*Record
	for rows.Next() {
		var id int64
		var body string
		if err := rows.Scan(&id, &body); err != nil {
			return nil, err
		}
		r := &Record{}
		// Decoding the records is most of what reading candidates costs;
		// the JSON v2 decoder (the basis of encoding/json/v2) reads the
		// same encoding/json output in about half the time.
		if err := jsonv2.Unmarshal([]byte(body), r); err != nil {
			return nil, fmt.Errorf("link: claim %d: stored record: %w", id, err)
		}
		r.ID = ClaimID(id)
		r.low = strings.ToLower(r.Text)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Claims implements Index. Records in the cache are not read again.
func (s *SQLIndex) Claims(ctx context.Context, ids []ClaimID) ([]*Record, error) {
	byID := map[ClaimID]*Record{}
	var missing []ClaimID
	for _, id := range ids {
		r := s.cache.get(id)
		if r == nil {
			r = s.committed.get(id)
		}
		if r != nil {
			byID[id] = r
		} else {
			missing = append(missing, id)
		}
	}
	for i := 0; i < len(missing); i += idChunk {
		cond, args := s.inIDs("id", missing[i:min(i+idChunk, len(missing))])
		recs, err := s.records(ctx, cond, args...)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			byID[r.ID] = r
		}
		s.cache.put(recs...)
	}
	out := make([]*Record, 0, len(ids))
	for _, id := range ids {
		if r := byID[id]; r != nil {
			out = append(out, r)
		}
	}
	return out, nil
}

// ClaimByRef implements Index.
func (s *SQLIndex) ClaimByRef(ctx context.Context, r Ref) (*Record, error) {
	recs, err := s.records(ctx, `doc_id = ? AND claim_id = ?`, r.Doc, r.Claim)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("link: claim %s: %w", r, ErrNotFound)
	}
	return recs[0], nil
}

// ClusterOf implements Index.
func (s *SQLIndex) ClusterOf(ctx context.Context, ids []ClaimID) ([]ClusterID, error) {
	got := map[ClaimID]ClusterID{}
	for i := 0; i < len(ids); i += idChunk {
		cond, args := s.inIDs("id", ids[i:min(i+idChunk, len(ids))])
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, cluster FROM link_claims WHERE `+cond), args...)
		if err != nil {
			return nil, fmt.Errorf("link: clusters: %w", err)
		}
		for rows.Next() {
			var id, c int64
			if err := rows.Scan(&id, &c); err != nil {
				rows.Close()
				return nil, err
			}
			got[ClaimID(id)] = ClusterID(c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	out := make([]ClusterID, len(ids))
	for i, id := range ids {
		c, ok := got[id]
		if !ok {
			return nil, fmt.Errorf("link: claim %d: %w", id, ErrNotFound)
		}
		out[i] = c
	}
	return out, nil
}

// Members implements Index.
func (s *SQLIndex) Members(ctx context.Context, c ClusterID, limit int) ([]ClaimID, error) {
	if limit <= 0 {
		limit = 1 << 30
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id FROM link_claims WHERE cluster = ? ORDER BY id LIMIT ?`), int64(c), limit)
	if err != nil {
		return nil, fmt.Errorf("link: members of %d: %w", c, err)
	}
	defer rows.Close()
	var out []ClaimID
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, ClaimID(id))
	}
	return out, rows.Err()
}

// Merge implements Index.
func (s *SQLIndex) Merge(ctx context.Context, from, into ClusterID) error {
	if from == into {
		return nil
	}
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE link_claims SET cluster = ? WHERE cluster = ?`), int64(into), int64(from))
	if err != nil {
		return fmt.Errorf("link: merge cluster %d into %d: %w", from, into, err)
	}
	return nil
}

// rowChunk is how many rows go into one multi-row INSERT of relations or
// citations (at most seven parameters a row).
const rowChunk = 100

// AddRelations implements Index, one multi-row INSERT per rowChunk
// relations.
func (s *SQLIndex) AddRelations(ctx context.Context, rels []Relation) error {
	for i := 0; i < len(rels); i += rowChunk {
		part := rels[i:min(i+rowChunk, len(rels))]
		args := make([]any, 0, 4*len(part))
		for _, r := range part {
			args = append(args, int64(r.From), int64(r.To), r.Type, r.Reason)
		}
		_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO link_relations (from_claim, to_claim, type, reason) VALUES `+
			rowPlaceholders(len(part), 4)+` ON CONFLICT DO NOTHING`), args...)
		if err != nil {
			return fmt.Errorf("link: add relations %d-%d and %d more: %w", part[0].From, part[0].To, len(part)-1, err)
		}
	}
	return nil
}

// Relations implements Index.
func (s *SQLIndex) Relations(ctx context.Context, ids []ClaimID) ([]Relation, error) {
	seen := map[Relation]bool{}
	var out []Relation
	for i := 0; i < len(ids); i += idChunk {
		part := ids[i:min(i+idChunk, len(ids))]
		from, args := s.inIDs("from_claim", part)
		to, args2 := s.inIDs("to_claim", part)
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT from_claim, to_claim, type, reason FROM link_relations
			WHERE `+from+` OR `+to), append(args, args2...)...)
		if err != nil {
			return nil, fmt.Errorf("link: relations: %w", err)
		}
		for rows.Next() {
			var r Relation
			var from, to int64
			if err := rows.Scan(&from, &to, &r.Type, &r.Reason); err != nil {
				rows.Close()
				return nil, err
			}
			r.From, r.To = ClaimID(from), ClaimID(to)
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// AddCitations implements Index, one multi-row INSERT per rowChunk
// citations, rows in the order given.
func (s *SQLIndex) AddCitations(ctx context.Context, cs []Citation) error {
	for i := 0; i < len(cs); i += rowChunk {
		part := cs[i:min(i+rowChunk, len(cs))]
		args := make([]any, 0, 7*len(part))
		for _, c := range part {
			args = append(args, c.Doc, c.Outlet, timeText(c.Published), c.Target.Kind, c.Target.Key, c.Target.Name, c.Via)
		}
		_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO link_citations (doc_id, outlet, published, target_kind, target_key, target_name, via)
			VALUES `+rowPlaceholders(len(part), 7)), args...)
		if err != nil {
			return fmt.Errorf("link: add citations %s -> %s and %d more: %w", part[0].Doc, part[0].Target.Key, len(part)-1, err)
		}
	}
	return nil
}

func (s *SQLIndex) citations(ctx context.Context, where string, args ...any) ([]Citation, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT doc_id, outlet, published, target_kind, target_key, target_name, via
		FROM link_citations WHERE `+where), args...)
	if err != nil {
		return nil, fmt.Errorf("link: citations: %w", err)
	}
	defer rows.Close()
	var out []Citation
	for rows.Next() {
		var c Citation
		var pub sql.NullString
		if err := rows.Scan(&c.Doc, &c.Outlet, &pub, &c.Target.Kind, &c.Target.Key, &c.Target.Name, &c.Via); err != nil {
			return nil, err
		}
		if pub.Valid {
			c.Published, _ = time.Parse(time.RFC3339, pub.String)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Citations implements Index.
func (s *SQLIndex) Citations(ctx context.Context, doc string) ([]Citation, error) {
	return s.citations(ctx, `doc_id = ? ORDER BY via`, doc)
}

// CitedBy implements Index.
func (s *SQLIndex) CitedBy(ctx context.Context, key string, limit int) ([]Citation, error) {
	if limit <= 0 {
		limit = 1 << 30
	}
	return s.citations(ctx, `target_key = ? ORDER BY published DESC NULLS LAST LIMIT ?`, key, limit)
}

var _ Index = (*SQLIndex)(nil)
var _ Index = (*MemIndex)(nil)
