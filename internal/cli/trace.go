package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/ingest"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/postgres"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

func traceCmd(env Env) *cobra.Command {
	var format string
	var dbSpec *string
	var corpus []string
	var linkPending bool
	cmd := &cobra.Command{
		Use:   "trace CLAIM_ID",
		Short: "Trace a claim across articles: origin, who repeated whom, independent origins, contradictions",
		Long: `Trace a claim across articles. CLAIM_ID is DOCUMENT:CLAIM, as "hearsay claims"
prints it (3f2a9c0d1e4b5a67:c4). The claim's cluster (every document stating the
same thing) is shown as a tree of who got it from whom: a document hangs under
the outlet it names, or under the earlier document whose text it copies. The
roots are the independent origins; a claim with three or more carriers and one
origin is circular. Claims elsewhere that contradict it are listed with their
own origins.

The claims come from the store (--db) once its documents are linked (--link
first links stored documents not linked yet), or from analyses given with
--corpus (contract JSON files or JSON Lines, one analysis per line), linked in
memory.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ref, err := link.ParseRef(args[0])
			if err != nil {
				return err
			}
			if format != "text" && format != "json" {
				return fmt.Errorf("trace: --format %q: want text or json", format)
			}
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			var l *link.Linker
			switch {
			case len(corpus) > 0:
				l = link.New(link.NewMemIndex(), link.Options{})
				for _, path := range corpus {
					if err := linkFile(ctx, l, path); err != nil {
						return err
					}
				}
			default:
				st, err := openStore(ctx, *dbSpec, false)
				if err != nil {
					return err
				}
				defer st.Close()
				if l, err = linkerFor(st); err != nil {
					return err
				}
				if linkPending {
					if _, err := ingest.LinkStored(ctx, st, l, nil); err != nil {
						return err
					}
				}
			}
			t, err := l.Trace(ctx, ref)
			if errors.Is(err, link.ErrNotFound) {
				return fmt.Errorf("trace: claim %s is not linked (unknown claim, too short to link, or its document not linked yet: try --link)", ref)
			}
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(env.Stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(t)
			}
			return writeTrace(env.Stdout, t)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	dbSpec = addDBFlag(cmd)
	cmd.Flags().StringArrayVar(&corpus, "corpus", nil, "analyses to link in memory instead of a store: contract JSON or JSON Lines file (repeatable)")
	cmd.Flags().BoolVar(&linkPending, "link", false, "first link the store's documents that are not linked yet")
	return cmd
}

// linkerFor returns the cross-article linker over the link index kept in
// st. Commands that store documents (ingest) call its Add after each new
// document; commands that list claims call its Stats.
func linkerFor(st store.Store) (*link.Linker, error) {
	switch s := st.(type) {
	case *sqlite.Store:
		return link.New(s.LinkIndex(), link.Options{}), nil
	case *postgres.Store:
		return link.New(s.LinkIndex(), link.Options{}), nil
	}
	return nil, fmt.Errorf("store %T keeps no link index", st)
}

// linkFile links every analysis in a contract JSON file or a JSON Lines
// file of analyses.
func linkFile(ctx context.Context, l *link.Linker, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("trace: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	for n := 1; ; n++ {
		var a contract.Analysis
		err := dec.Decode(&a)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("trace: %s: analysis %d: %w", path, n, err)
		}
		if err := linkAnalysis(ctx, l, &a, fmt.Sprintf("%s: analysis %d", path, n)); err != nil {
			return err
		}
	}
}

func linkAnalysis(ctx context.Context, l *link.Linker, a *contract.Analysis, where string) error {
	if a.Document.ID == "" {
		a.Document.ID = store.DocID(a.Document.Text)
	}
	d, err := contract.ToDoc(a)
	if err != nil {
		return fmt.Errorf("trace: %s: %w", where, err)
	}
	if _, err := l.Add(ctx, d); err != nil {
		return fmt.Errorf("trace: %s: %w", where, err)
	}
	return nil
}

// writeTrace prints a trace for people: a summary, then the tree.
func writeTrace(w io.Writer, t *link.Trace) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "claim %s  %q\n", t.Claim, t.Text)
	yes := map[bool]string{true: "yes", false: "no"}
	fmt.Fprintf(bw, "stated by %d document(s), %d independent origin(s); circular: %s; contested: %s\n",
		t.Carriers, t.Independent, yes[t.Circular], yes[t.Contested])
	if t.Origin != nil {
		fmt.Fprintf(bw, "origin: %s\n", nodeLine(t.Origin))
	}
	fmt.Fprintln(bw, "\nwho got it from whom:")
	for _, r := range t.Roots {
		writeNode(bw, r, "  ", "", "")
	}
	if len(t.Contradictions) > 0 {
		fmt.Fprintln(bw, "\ncontradicted by:")
		for _, c := range t.Contradictions {
			origin := "-"
			if c.Origin != nil {
				origin = c.Origin.String()
			}
			fmt.Fprintf(bw, "  [%s] %s  %s  %q\n      stated by %d document(s), %d independent origin(s), origin %s\n",
				c.Reason, c.Outlet, c.Claim, c.Text, c.Carriers, c.Independent, origin)
		}
	}
	return bw.Flush()
}

func nodeLine(n *link.TraceNode) string {
	switch n.Kind {
	case "document":
		when := "date unknown"
		if n.Published != nil {
			when = n.Published.UTC().Format("2006-01-02 15:04")
		}
		outlet := n.Outlet
		if outlet == "" {
			outlet = "(outlet unknown)"
		}
		return fmt.Sprintf("%s  %s  %s  %q", outlet, when, n.Ref, n.Text)
	default:
		return fmt.Sprintf("%s %s (not in the store)", n.Kind, n.Name)
	}
}

// writeNode prints n and its subtree; prefix continues the lines of the
// levels above, branch marks n itself.
func writeNode(w io.Writer, n *link.TraceNode, prefix, branch, how string) {
	line := nodeLine(n)
	if how != "" {
		line = how + "  " + line
	}
	fmt.Fprintf(w, "%s%s%s\n", prefix, branch, line)
	switch branch {
	case "├─ ":
		prefix += "│  "
	case "└─ ":
		prefix += "   "
	}
	for i, c := range n.Children {
		h := c.How
		if h == "copies" {
			h = fmt.Sprintf("copies (%.2f)", c.Similarity)
		}
		b := "├─ "
		if i == len(n.Children)-1 {
			b = "└─ "
		}
		writeNode(w, c, prefix, b, h)
	}
}
