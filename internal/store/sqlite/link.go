package sqlite

import (
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store/sqlstore"
)

// linkMigrations are the link tables' steps (see sqlstore.LinkMigrations)
// in SQLite's types: link_claims.id is the rowid, and link_keys, all
// key, is stored as its own b-tree.
var linkMigrations = sqlstore.LinkMigrations(sqlstore.LinkTypes{
	Serial: "INTEGER PRIMARY KEY", Int: "INTEGER", KeyOnly: " WITHOUT ROWID",
})

// LinkIndex returns the cross-article link index kept in this store's
// file (tables from linkMigrations).
func (s *Store) LinkIndex() *link.SQLIndex { return link.NewSQLIndex(s.w, link.SQLite) }
