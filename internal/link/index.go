package link

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
)

// ErrNotFound is returned when a claim or cluster is not in the index.
var ErrNotFound = errors.New("link: not found")

// Ref names a claim across the store: the document ID and the claim's ID in
// that document ("c4"). Its text form is the store's claim ID, "DOC:c4".
type Ref struct {
	Doc   string `json:"doc"`
	Claim string `json:"claim"`
}

func (r Ref) String() string { return r.Doc + ":" + r.Claim }

// ParseRef reads "DOC:CLAIM" (store.ClaimID's form); the document ID may
// itself contain ':', the claim ID may not.
func ParseRef(s string) (Ref, error) {
	i := strings.LastIndexByte(s, ':')
	if i <= 0 || i == len(s)-1 {
		return Ref{}, fmt.Errorf("link: claim reference %q: want DOCUMENT:CLAIM, such as 3f2a9c0d1e4b5a67:c4", s)
	}
	return Ref{Doc: s[:i], Claim: s[i+1:]}, nil
}

// ClaimID is the index's own number for a linked claim, given in arrival
// order. ClusterID is the ClaimID of a cluster's first claim.
type (
	ClaimID   int64
	ClusterID int64
)

// Node is a source in the citation graph that is not itself a document in
// the store: an outlet or a named person.
type Node struct {
	Kind string `json:"kind"` // "outlet" or "person"
	Key  string `json:"key"`  // normalised name, the identity of the node
	Name string `json:"name"` // as written in the citing document
}

// Record is one linked claim as the index keeps it.
type Record struct {
	ID         ClaimID   `json:"id"`
	Ref        Ref       `json:"ref"`
	Outlet     string    `json:"outlet"`      // key of the document's outlet
	OutletName string    `json:"outlet_name"` // as given in the document's metadata
	Published  time.Time `json:"published"`   // zero when unknown
	Sig        []uint32  `json:"sig"`         // MinHash signature of the claim's word trigrams
	Shingles   int       `json:"shingles"`    // size of the shingle set the signature summarises
	F          Features  `json:"f"`
	Chain      []Node    `json:"chain,omitempty"` // sources the document names, outermost first
	Text       string    `json:"text"`

	// low is Text in lower case, set where a record is made or read back
	// (see lower).
	low string
}

// lower returns the record's text in lower case. Comparing a claim with
// each of its candidates asks for it again and again, so it is made once,
// where the record is made or decoded, and not here, so that records
// shared by concurrent readers are never written.
func (r *Record) lower() string {
	if r.low != "" || r.Text == "" {
		return r.low
	}
	return strings.ToLower(r.Text)
}

// Relation is a link between claims of different documents; Type is
// "contradicts" (the only type stored today), Reason says why: "polarity",
// "actor", "recipient" or "number".
type Relation struct {
	From   ClaimID `json:"from"`
	To     ClaimID `json:"to"`
	Type   string  `json:"type"`
	Reason string  `json:"reason"`
}

// Citation is one edge of the citation graph: document Doc (of outlet
// Outlet, published at Published) names Target as a source.
type Citation struct {
	Doc       string    `json:"doc"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
	Target    Node      `json:"target"`
	Via       string    `json:"via"` // attribution ID, or "relays"
}

// Index is the storage the linker needs. The memory implementation serves
// tests and benchmarks; SQL implementations keep the same data in the
// store's database. Methods are called by one linker at a time.
type Index interface {
	// AddDoc records that document doc has been linked; it reports false,
	// and records nothing, when the document was linked before.
	AddDoc(ctx context.Context, doc string) (bool, error)
	// Linked reports whether AddDoc has recorded document doc.
	Linked(ctx context.Context, doc string) (bool, error)
	// AddClaim stores rec under the blocking keys, gives it the next ClaimID
	// and a cluster of its own, and returns the ID.
	AddClaim(ctx context.Context, rec *Record, keys []uint64) (ClaimID, error)
	// Candidates returns the claims stored under any of keys, at most
	// perKey of the most recent per key, without duplicates.
	Candidates(ctx context.Context, keys []uint64, perKey int) ([]ClaimID, error)
	// Claims returns the records with the given IDs, in the same order;
	// IDs not found are skipped.
	Claims(ctx context.Context, ids []ClaimID) ([]*Record, error)
	// ClaimByRef finds a claim by its document and claim ID (ErrNotFound).
	ClaimByRef(ctx context.Context, r Ref) (*Record, error)
	// ClusterOf returns the cluster of each claim.
	ClusterOf(ctx context.Context, ids []ClaimID) ([]ClusterID, error)
	// Members returns the claims of a cluster in ID order, at most limit.
	Members(ctx context.Context, c ClusterID, limit int) ([]ClaimID, error)
	// Merge moves every claim of cluster from into cluster into.
	Merge(ctx context.Context, from, into ClusterID) error
	// AddRelations stores relations between claims.
	AddRelations(ctx context.Context, rels []Relation) error
	// Relations returns the relations touching any of the claims.
	Relations(ctx context.Context, ids []ClaimID) ([]Relation, error)
	// AddCitations stores citation edges.
	AddCitations(ctx context.Context, cs []Citation) error
	// Citations returns the edges from document doc.
	Citations(ctx context.Context, doc string) ([]Citation, error)
	// CitedBy returns the edges pointing at the node with the given key, at
	// most limit, most recent first.
	CitedBy(ctx context.Context, key string, limit int) ([]Citation, error)
}

// MemIndex is an Index held in memory. Each blocking key heads a list of
// its claims, newest first, threaded through one slice: eight bytes per
// (key, claim) pair plus a map entry per key, and reading a key's most
// recent claims never walks further than asked.
type MemIndex struct {
	mu sync.Mutex

	recs    []*Record // by ClaimID-1
	byRef   map[Ref]ClaimID
	heads   map[uint64]uint32 // key -> index+1 in entries of its newest claim
	entries []bucketEntry
	cluster []ClusterID // by ClaimID-1
	members map[ClusterID][]ClaimID
	docs    map[string]bool
	rels    map[ClaimID][]Relation
	cites   map[string][]Citation
	citedBy map[string][]Citation
}

// NewMemIndex returns an empty in-memory index.
func NewMemIndex() *MemIndex {
	return &MemIndex{docs: map[string]bool{}, byRef: map[Ref]ClaimID{}, heads: map[uint64]uint32{}, members: map[ClusterID][]ClaimID{},
		rels: map[ClaimID][]Relation{}, cites: map[string][]Citation{}, citedBy: map[string][]Citation{}}
}

type bucketEntry struct {
	claim uint32 // ClaimID
	next  uint32 // index+1 of the next older entry of the same key, 0 at the end
}

// AddDoc implements Index.
func (m *MemIndex) AddDoc(_ context.Context, doc string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.docs[doc] {
		return false, nil
	}
	m.docs[doc] = true
	return true, nil
}

// Linked implements Index.
func (m *MemIndex) Linked(_ context.Context, doc string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.docs[doc], nil
}

// AddClaim implements Index.
func (m *MemIndex) AddClaim(_ context.Context, rec *Record, keys []uint64) (ClaimID, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.byRef[rec.Ref]; ok {
		return 0, fmt.Errorf("link: claim %s is already linked", rec.Ref)
	}
	id := ClaimID(len(m.recs) + 1)
	rec.ID = id
	m.recs = append(m.recs, rec)
	m.byRef[rec.Ref] = id
	m.cluster = append(m.cluster, ClusterID(id))
	m.members[ClusterID(id)] = []ClaimID{id}
	if id > math.MaxUint32 || len(m.entries)+len(keys) > math.MaxUint32 {
		return 0, fmt.Errorf("link: in-memory index full at %d claims; use an SQL index", len(m.recs))
	}
	for _, k := range keys {
		m.entries = append(m.entries, bucketEntry{claim: uint32(id), next: m.heads[k]})
		m.heads[k] = uint32(len(m.entries))
	}
	return id, nil
}

// Candidates implements Index.
func (m *MemIndex) Candidates(_ context.Context, keys []uint64, perKey int) ([]ClaimID, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []ClaimID
	for _, k := range keys {
		for e, n := m.heads[k], 0; e != 0 && n < perKey; n++ {
			out = append(out, ClaimID(m.entries[e-1].claim))
			e = m.entries[e-1].next
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Claims implements Index.
func (m *MemIndex) Claims(_ context.Context, ids []ClaimID) ([]*Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*Record, 0, len(ids))
	for _, id := range ids {
		if id >= 1 && int(id) <= len(m.recs) {
			out = append(out, m.recs[id-1])
		}
	}
	return out, nil
}

// ClaimByRef implements Index.
func (m *MemIndex) ClaimByRef(_ context.Context, r Ref) (*Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	id, ok := m.byRef[r]
	if !ok {
		return nil, fmt.Errorf("link: claim %s: %w", r, ErrNotFound)
	}
	return m.recs[id-1], nil
}

// ClusterOf implements Index.
func (m *MemIndex) ClusterOf(_ context.Context, ids []ClaimID) ([]ClusterID, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]ClusterID, len(ids))
	for i, id := range ids {
		if id < 1 || int(id) > len(m.cluster) {
			return nil, fmt.Errorf("link: claim %d: %w", id, ErrNotFound)
		}
		out[i] = m.cluster[id-1]
	}
	return out, nil
}

// Members implements Index.
func (m *MemIndex) Members(_ context.Context, c ClusterID, limit int) ([]ClaimID, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	ms := m.members[c]
	if limit > 0 && len(ms) > limit {
		ms = ms[:limit]
	}
	return slices.Clone(ms), nil
}

// Merge implements Index.
func (m *MemIndex) Merge(_ context.Context, from, into ClusterID) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if from == into {
		return nil
	}
	moved := m.members[from]
	for _, id := range moved {
		m.cluster[id-1] = into
	}
	dst := m.members[into]
	if len(dst) == 0 || len(moved) == 0 || moved[0] > dst[len(dst)-1] {
		// The usual case, a new claim joining an older cluster: appending
		// keeps the list sorted, at amortised constant cost.
		m.members[into] = append(dst, moved...)
	} else {
		merged := make([]ClaimID, 0, len(dst)+len(moved))
		i, j := 0, 0
		for i < len(dst) || j < len(moved) {
			if j == len(moved) || (i < len(dst) && dst[i] < moved[j]) {
				merged = append(merged, dst[i])
				i++
			} else {
				merged = append(merged, moved[j])
				j++
			}
		}
		m.members[into] = merged
	}
	delete(m.members, from)
	return nil
}

// AddRelations implements Index.
func (m *MemIndex) AddRelations(_ context.Context, rels []Relation) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, r := range rels {
		m.rels[r.From] = append(m.rels[r.From], r)
		if r.To != r.From {
			m.rels[r.To] = append(m.rels[r.To], r)
		}
	}
	return nil
}

// Relations implements Index.
func (m *MemIndex) Relations(_ context.Context, ids []ClaimID) ([]Relation, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Relation
	seen := map[Relation]bool{}
	for _, id := range ids {
		for _, r := range m.rels[id] {
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	return out, nil
}

// AddCitations implements Index.
func (m *MemIndex) AddCitations(_ context.Context, cs []Citation) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, c := range cs {
		m.cites[c.Doc] = append(m.cites[c.Doc], c)
		m.citedBy[c.Target.Key] = append(m.citedBy[c.Target.Key], c)
	}
	return nil
}

// Citations implements Index.
func (m *MemIndex) Citations(_ context.Context, doc string) ([]Citation, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.cites[doc]), nil
}

// CitedBy implements Index.
func (m *MemIndex) CitedBy(_ context.Context, key string, limit int) ([]Citation, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cs := slices.Clone(m.citedBy[key])
	slices.SortStableFunc(cs, func(a, b Citation) int { return b.Published.Compare(a.Published) })
	if limit > 0 && len(cs) > limit {
		cs = cs[:limit]
	}
	return cs, nil
}
