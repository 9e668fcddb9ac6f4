package sqlite

import (
	"strings"

	"github.com/hearsaynews/hearsay/internal/store"
)

var dialect = store.Dialect{
	Placeholder: store.QuestionMarks,
	NoLimit:     "-1",
	DocSearch: func(ph string) (string, string, string) {
		return "JOIN documents_fts ON documents_fts.rowid = d.seq", "documents_fts MATCH " + ph, "documents_fts.rank"
	},
	// Claims keep storage order under search too: FTS5 yields matches in
	// rowid order without sorting them, so the first page of a word
	// found in many claims costs no more than that page (ranking by bm25
	// would score every match first).
	ClaimSearch: func(ph string) (string, string, string) {
		return "JOIN claims_fts ON claims_fts.rowid = c.seq", "claims_fts MATCH " + ph, "claims_fts.rowid DESC"
	},
	// Each word becomes an FTS5 string, so nothing in user text is read
	// as query syntax; words side by side must all match.
	SearchQuery: func(terms []string) string {
		q := make([]string, len(terms))
		for i, t := range terms {
			q[i] = `"` + t + `"`
		}
		return strings.Join(q, " ")
	},
}
