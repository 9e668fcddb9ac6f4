package link

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
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
// link_relations, link_citations). Each method is one statement or one transaction, so an
// interrupted Add leaves at most the claims it finished.
type SQLIndex struct {
	db      *sql.DB
	dialect Dialect
}

// NewSQLIndex returns an index over db, whose schema must include the link
// tables.
func NewSQLIndex(db *sql.DB, d Dialect) *SQLIndex { return &SQLIndex{db: db, dialect: d} }

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

// chunk is how many IDs go into one IN list, well under both databases'
// parameter limits.
const chunk = 500

func idArgs[T ~int64](ids []T) []any {
	out := make([]any, len(ids))
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

// AddClaim implements Index.
func (s *SQLIndex) AddClaim(ctx context.Context, rec *Record, keys []uint64) (ClaimID, error) {
	body, err := json.Marshal(rec)
	if err != nil {
		return 0, fmt.Errorf("link: encode claim %s: %w", rec.Ref, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var id int64
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO link_claims (doc_id, claim_id, cluster, outlet, published, record)
		VALUES (?, ?, 0, ?, ?, ?) RETURNING id`), rec.Ref.Doc, rec.Ref.Claim, rec.Outlet, timeText(rec.Published), string(body)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("link: add claim %s: %w", rec.Ref, err)
	}
	if _, err := tx.ExecContext(ctx, s.q(`UPDATE link_claims SET cluster = ? WHERE id = ?`), id, id); err != nil {
		return 0, fmt.Errorf("link: add claim %s: %w", rec.Ref, err)
	}
	for i := 0; i < len(keys); i += chunk {
		part := keys[i:min(i+chunk, len(keys))]
		args := make([]any, 0, 2*len(part))
		vals := make([]string, len(part))
		for j, k := range part {
			vals[j] = "(?, ?)"
			args = append(args, int64(k), id)
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO link_keys (key, claim) VALUES `+strings.Join(vals, ",")+` ON CONFLICT DO NOTHING`), args...); err != nil {
			return 0, fmt.Errorf("link: add claim %s keys: %w", rec.Ref, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	rec.ID = ClaimID(id)
	return rec.ID, nil
}

// Candidates implements Index. One indexed query per key, each reading at
// most perKey rows from the (key, claim) primary key.
func (s *SQLIndex) Candidates(ctx context.Context, keys []uint64, perKey int) ([]ClaimID, error) {
	seen := map[ClaimID]bool{}
	var out []ClaimID
	query := s.q(`SELECT claim FROM link_keys WHERE key = ? ORDER BY claim DESC LIMIT ?`)
	for _, k := range keys {
		rows, err := s.db.QueryContext(ctx, query, int64(k), perKey)
		if err != nil {
			return nil, fmt.Errorf("link: candidates: %w", err)
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			if !seen[ClaimID(id)] {
				seen[ClaimID(id)] = true
				out = append(out, ClaimID(id))
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
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
		if err := json.Unmarshal([]byte(body), r); err != nil {
			return nil, fmt.Errorf("link: claim %d: stored record: %w", id, err)
		}
		r.ID = ClaimID(id)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Claims implements Index.
func (s *SQLIndex) Claims(ctx context.Context, ids []ClaimID) ([]*Record, error) {
	byID := map[ClaimID]*Record{}
	for i := 0; i < len(ids); i += chunk {
		part := ids[i:min(i+chunk, len(ids))]
		recs, err := s.records(ctx, `id IN (`+placeholders(len(part))+`)`, idArgs(part)...)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			byID[r.ID] = r
		}
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
	for i := 0; i < len(ids); i += chunk {
		part := ids[i:min(i+chunk, len(ids))]
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, cluster FROM link_claims WHERE id IN (`+placeholders(len(part))+`)`), idArgs(part)...)
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

// AddRelations implements Index.
func (s *SQLIndex) AddRelations(ctx context.Context, rels []Relation) error {
	for _, r := range rels {
		_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO link_relations (from_claim, to_claim, type, reason) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`),
			int64(r.From), int64(r.To), r.Type, r.Reason)
		if err != nil {
			return fmt.Errorf("link: add relation %d-%d: %w", r.From, r.To, err)
		}
	}
	return nil
}

// Relations implements Index.
func (s *SQLIndex) Relations(ctx context.Context, ids []ClaimID) ([]Relation, error) {
	seen := map[Relation]bool{}
	var out []Relation
	for i := 0; i < len(ids); i += chunk {
		part := ids[i:min(i+chunk, len(ids))]
		ph := placeholders(len(part))
		args := append(idArgs(part), idArgs(part)...)
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT from_claim, to_claim, type, reason FROM link_relations
			WHERE from_claim IN (`+ph+`) OR to_claim IN (`+ph+`)`), args...)
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

// AddCitations implements Index.
func (s *SQLIndex) AddCitations(ctx context.Context, cs []Citation) error {
	for _, c := range cs {
		_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO link_citations (doc_id, outlet, published, target_kind, target_key, target_name, via)
			VALUES (?, ?, ?, ?, ?, ?, ?)`), c.Doc, c.Outlet, timeText(c.Published), c.Target.Kind, c.Target.Key, c.Target.Name, c.Via)
		if err != nil {
			return fmt.Errorf("link: add citation %s -> %s: %w", c.Doc, c.Target.Key, err)
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
