package sqlite

import "github.com/hearsaynews/hearsay/internal/link"

// LinkIndex returns the cross-article link index kept in this store's
// file (tables from sqlstore.LinkMigrations).
func (s *Store) LinkIndex() *link.SQLIndex { return link.NewSQLIndex(s.w, link.SQLite) }
