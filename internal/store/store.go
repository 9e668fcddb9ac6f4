// Package store keeps a corpus of analysed documents. A contract.Analysis
// goes in (PutAnalysis, whole or not at all); documents, claims
// and actors come out through small query types, and whole analyses come
// back by ID (Document) or streamed (Each).
//
// Two implementations satisfy Store: store/sqlite (embedded, the default)
// and store/postgres. Both pass the one conformance suite in
// store/storetest, and both flatten an Analysis with Flatten so that they
// index the same rows. Their SQL is built here (sqlq.go, insert.go) from a
// Dialect; their schema and the database/sql code they share are in
// store/sqlstore.
//
// A document's ID is DocID(text): the first 16 hex digits of the SHA-256 of
// its plain text. A document whose ID, or whose non-empty URL, is already
// stored is a duplicate: PutAnalysis stores nothing and says so.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// ErrNotFound is returned (wrapped) when a requested document does not exist.
var ErrNotFound = errors.New("store: not found")

// DocID is the stable ID of a document with the given plain text.
func DocID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// ClaimID is the corpus-wide ID of claim local ("c4") in document docID.
func ClaimID(docID, local string) string { return docID + ":" + local }

// Store is what the command line, the HTTP server and the exports call.
// Implementations are safe for concurrent use.
type Store interface {
	// PutAnalysis stores a and every row derived from it whole, in a
	// transaction that may also hold other documents being stored at
	// the same time: on error nothing of a is stored, and the others
	// are not affected. It returns once a is committed. An empty
	// a.Document.ID is set to DocID(a.Document.Text); a different
	// non-empty ID is refused, so IDs stay tied to content. origin
	// names the input the document came from ("feed.xml#3"). When the
	// ID or the URL is already stored, nothing is written and the
	// result has Duplicate set and the stored document's ID.
	PutAnalysis(ctx context.Context, a *contract.Analysis, origin string) (PutResult, error)

	// Has reports the ID of a stored document with ID id or, when url
	// is not empty, with that URL; "" when there is none. Ingest calls
	// it to skip analysing or fetching what is already stored.
	Has(ctx context.Context, id, url string) (string, error)

	// Document returns the stored analysis of document id, or an error
	// wrapping ErrNotFound.
	Document(ctx context.Context, id string) (*contract.Analysis, error)

	// Documents lists documents matching q.
	Documents(ctx context.Context, q DocQuery) ([]DocSummary, error)

	// Claims lists claims matching q, the most recently stored document
	// first and each document's claims in text order.
	Claims(ctx context.Context, q ClaimQuery) ([]Claim, error)

	// Actors lists entities across the corpus, grouped by name and type.
	Actors(ctx context.Context, q ActorQuery) ([]Actor, error)

	// Each calls fn with every stored analysis matching q, in ID order,
	// without holding them all in memory. It stops at fn's first error
	// and returns it.
	Each(ctx context.Context, q DocQuery, fn func(*contract.Analysis) error) error

	// Close releases the store's connections.
	Close() error
}

// PutResult says what PutAnalysis did.
type PutResult struct {
	ID        string // the stored document's ID
	Duplicate bool   // true when nothing new was stored
}

// Page limits a listing. Limit 0 means no limit.
type Page struct {
	Limit  int
	Offset int
}

// DocQuery selects documents. Empty fields do not filter.
type DocQuery struct {
	Outlet string // outlet name, compared case-insensitively
	Since  string // published on or after this ISO 8601 date
	Until  string // published on or before this ISO 8601 date
	Search string // full-text search over title and text; results ranked by relevance
	Page
}

// ClaimQuery selects claims. Empty fields do not filter.
type ClaimQuery struct {
	DocID string
	// About keeps claims whose span contains a mention of an entity with
	// this name or alias (case-insensitive).
	About string
	// Source keeps claims attributed to a source with this name (entity
	// name, alias or the source span's text, case-insensitive), and the
	// unattributed claims of documents from the outlet of that name.
	Source    string
	Certainty string // certain, probable, possible, doubtful, conditional
	Polarity  string // positive, negative
	Search    string // full-text search over claim text: every word, stemmed
	Page
}

// ActorQuery selects actors. Empty fields do not filter.
type ActorQuery struct {
	Type string // entity type: person, organization, outlet, country, place, group, other
	Name string // substring of the actor's name, case-insensitive
	Page
}

// DocSummary is one stored document without its analysis.
type DocSummary struct {
	ID           string    `json:"id"`
	URL          string    `json:"url,omitempty"`
	Outlet       string    `json:"outlet,omitempty"`
	Title        string    `json:"title,omitempty"`
	Author       string    `json:"author,omitempty"`
	Published    string    `json:"published,omitempty"`
	Language     string    `json:"language"`
	Origin       string    `json:"origin,omitempty"`
	Ingested     time.Time `json:"ingested"`
	Chars        int       `json:"chars"` // length of the text in code points
	Entities     int       `json:"entities"`
	Attributions int       `json:"attributions"`
	Claims       int       `json:"claims"`
	Events       int       `json:"events"`
}

// Claim is one stored claim with its source and document.
type Claim struct {
	ID          string `json:"id"` // DOCID:c4
	DocID       string `json:"doc_id"`
	Local       string `json:"local_id"` // c4
	Text        string `json:"text"`
	Start       int    `json:"start"` // code points into the document text
	End         int    `json:"end"`
	Certainty   string `json:"certainty"`
	Polarity    string `json:"polarity"`
	Attribution string `json:"attribution,omitempty"` // local ID of the attribution
	Source      string `json:"source,omitempty"`      // the source span's text
	SourceKind  string `json:"source_kind,omitempty"`
	SourceName  string `json:"source_entity,omitempty"` // name of the source's entity
	Cue         string `json:"cue,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
	Title       string `json:"title,omitempty"`
	Published   string `json:"published,omitempty"`

	// Across articles, filled by "hearsay claims" from the link index when
	// asked for: documents stating the same thing, independent origins
	// behind them, and whether they all lead to one origin or are
	// contradicted elsewhere.
	Carriers    int  `json:"carriers,omitempty"`
	Independent int  `json:"independent_sources,omitempty"`
	Circular    bool `json:"circular,omitempty"`
	Contested   bool `json:"contested,omitempty"`
}

// Actor is an entity name and type across the corpus.
type Actor struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	Country   string `json:"country,omitempty"`
	Documents int    `json:"documents"` // documents that mention it
	Mentions  int    `json:"mentions"`
	Claims    int    `json:"claims"` // claims it is the source of
}
