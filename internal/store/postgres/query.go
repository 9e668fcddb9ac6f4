package postgres

import (
	"strings"

	"github.com/hearsaynews/hearsay/internal/store"
)

var dialect = store.Dialect{
	Placeholder: store.Dollar,
	NoLimit:     "ALL",
	DocSearch: func(ph string) (string, string, string) {
		q := "plainto_tsquery('english', " + ph + ")"
		return "", "d.tsv @@ " + q, "ts_rank(d.tsv, " + q + ") DESC"
	},
	ClaimSearch: func(ph string) (string, string, string) {
		q := "plainto_tsquery('english', " + ph + ")"
		return "", "c.tsv @@ " + q, "c.seq DESC"
	},
	// plainto_tsquery ANDs the words and reads no operators.
	SearchQuery: func(terms []string) string { return strings.Join(terms, " ") },
	JSONText:    "::text",
}
