package sqlite

import (
	"context"
	"strconv"

	"github.com/hearsaynews/hearsay/internal/link"
)

// linkCachePages is the writer's page cache, in KiB as SQLite's negative
// cache_size counts, once a link index is in use: 64 MB instead of
// SQLite's 2 MB. The key table, which every linked claim reads and writes
// at random places, outgrows the default within a few hundred documents,
// and linking PolNeAR's 839 training articles took a sixth longer with it.
// Storing documents does not gain from it, so the cache grows only for
// linking.
const linkCachePages = -65536

// LinkIndex returns the cross-article link index kept in this store's
// file (tables from sqlstore.LinkMigrations).
func (s *Store) LinkIndex() *link.SQLIndex {
	// The writer pool holds one connection for the life of the store, so
	// the setting stays. Should it fail, the index works with the default
	// cache, only slower.
	s.w.ExecContext(context.Background(), "PRAGMA cache_size = "+strconv.Itoa(linkCachePages))
	return link.NewSQLIndex(s.w, link.SQLite)
}
