package postgres

import "github.com/hearsaynews/hearsay/internal/link"

// LinkIndex returns the cross-article link index kept in this store's
// database (tables from sqlstore.LinkMigrations). link.SQLIndex speaks
// database/sql, so it goes through the store's database/sql handle over
// its pool.
func (s *Store) LinkIndex() *link.SQLIndex { return link.NewSQLIndex(s.db, link.Postgres) }
