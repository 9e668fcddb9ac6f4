package postgres

import (
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store/sqlstore"
)

// linkMigrations are the link tables' steps (see sqlstore.LinkMigrations)
// in PostgreSQL's types.
var linkMigrations = sqlstore.LinkMigrations(sqlstore.LinkTypes{
	Serial: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", Int: "BIGINT",
})

// LinkIndex returns the cross-article link index kept in this store's
// database (tables from linkMigrations). link.SQLIndex speaks
// database/sql, so it goes through the store's database/sql handle over
// its pool.
func (s *Store) LinkIndex() *link.SQLIndex { return link.NewSQLIndex(s.db, link.Postgres) }
