package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/postgres"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

// dbHelp documents where the corpus lives; every store command shows it.
const dbHelp = `store: a SQLite file path, or a postgres://user:pass@host/db URL. Default: $HEARSAY_DB, else
$XDG_DATA_HOME/hearsay/hearsay.db, else ~/.local/share/hearsay/hearsay.db`

// addDBFlag adds --db to cmd.
func addDBFlag(cmd *cobra.Command) *string {
	return cmd.Flags().String("db", "", dbHelp)
}

// defaultDB is the store used without --db: $HEARSAY_DB, else the SQLite
// file in the user's data directory (the XDG base directory rule, which
// os.UserConfigDir follows for configuration but Go has no data-directory
// counterpart for).
func defaultDB() (string, error) {
	if v := os.Getenv("HEARSAY_DB"); v != "" {
		return v, nil
	}
	if x := os.Getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "hearsay", "hearsay.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no --db given and no home directory for the default store: %w", err)
	}
	return filepath.Join(home, ".local", "share", "hearsay", "hearsay.db"), nil
}

// openStore opens the store named by spec (or the default). With create
// false, a missing SQLite file is an error rather than a new empty store,
// so that a mistyped path in a query does not answer "nothing found".
func openStore(ctx context.Context, spec string, create bool) (store.Store, error) {
	spec, err := storeSpec(spec)
	if err != nil {
		return nil, err
	}
	if isPostgres(spec) {
		return postgres.Open(ctx, spec)
	}
	if _, err := os.Stat(spec); errors.Is(err, os.ErrNotExist) {
		if !create {
			return nil, fmt.Errorf("no store at %s (hearsay ingest creates it; --db names another)", spec)
		}
		if err := os.MkdirAll(filepath.Dir(spec), 0o755); err != nil {
			return nil, fmt.Errorf("create store folder: %w", err)
		}
	}
	return sqlite.Open(ctx, spec)
}

// addFormatFlag adds --format with the three listing formats.
func addFormatFlag(cmd *cobra.Command, def string) *string {
	return cmd.Flags().String("format", def, "output format: text, json or csv")
}

func checkFormat(cmdName, f string) error {
	switch f {
	case "text", "json", "csv":
		return nil
	}
	return fmt.Errorf("%s: --format %q: want text, json or csv", cmdName, f)
}

// addPageFlags adds --limit and --offset.
func addPageFlags(cmd *cobra.Command, p *store.Page) {
	cmd.Flags().IntVar(&p.Limit, "limit", 100, "at most this many rows; 0 for all")
	cmd.Flags().IntVar(&p.Offset, "offset", 0, "skip this many rows first")
}

// table is a listing in the three formats: JSON prints value; CSV and
// text print header and rows (text cuts cells to a readable width).
type table struct {
	header []string
	rows   [][]string
	value  any
}

func (t table) write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(t.value)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(t.header)
		cw.WriteAll(t.rows)
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(t.header, "\t"))
	for _, r := range t.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = cut(strings.Join(strings.Fields(c), " "), 90)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// cut shortens s to n code points with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// sqlitePath is the file of the SQLite store named by spec (or the
// default), or "" for a PostgreSQL URL.
func sqlitePath(spec string) string {
	spec, err := storeSpec(spec)
	if err != nil || isPostgres(spec) {
		return ""
	}
	return spec
}

// storeSpec is spec, or the default store when it is empty.
func storeSpec(spec string) (string, error) {
	if spec != "" {
		return spec, nil
	}
	return defaultDB()
}

func isPostgres(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}
