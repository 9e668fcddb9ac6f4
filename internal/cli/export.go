package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/export"
	"github.com/hearsaynews/hearsay/internal/ingest"
)

func exportCmd(env Env) *cobra.Command {
	var (
		f                  export.Filter
		format, graph, out string
		base               string
		linkPending        bool
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the store in the field's formats: PLOVER, GDELT, ClaimReview, PROV-O, GEXF, GraphML, CSV",
		Long: `Write the stored corpus, or the part the filters select, in a format other
tools read. Output streams: documents are read and written one at a time.

  plover          PLOVER JSON Lines, one event per line (actors as ISO alpha-3 codes)
  gdelt           GDELT 2.0 event table: tab-separated, 61 columns, no header;
                  fields Hearsay does not know are empty
  gdelt-mentions  GDELT 2.0 mentions table tying each event to its document and offsets
  claimreview     schema.org ClaimReview / Claim JSON-LD: author, appearances, first appearance
  prov            W3C PROV-O JSON-LD: documents, claims and statements as prov:Entity,
                  outlets and people as prov:Agent, the chain by prov:wasQuotedFrom
  gexf, graphml   the actor graph or (--graph citations) the citation graph, for Gephi
  csv-claims, csv-actors, csv-events

The filters are those of hearsay claims (--about, --source, --certainty,
--polarity, --search) plus --outlet, --since and --until on documents.
ClaimReview appearances and PROV primary sources across documents come
from the linked claims (hearsay trace --link, or --link here); a claim not
linked appears in its own document only.

` + dbHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			if format == "" {
				return fmt.Errorf("export: --format is required: one of %s", strings.Join(export.Formats, ", "))
			}
			db, _ := cmd.Flags().GetString("db")
			s, err := openStore(ctx, db, false)
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			defer s.Close()
			opts := export.Options{Base: base, Graph: graph}
			if l, err := linkerFor(s); err == nil {
				if linkPending {
					if _, err := ingest.LinkStored(ctx, s, l, nil); err != nil {
						return fmt.Errorf("export: %w", err)
					}
				}
				opts.Provenance = &export.LinkProvenance{L: l}
			}
			return writeExport(ctx, s, f, format, opts, out, env.Stdout)
		},
	}
	addDBFlag(cmd)
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "", "output format: "+strings.Join(export.Formats, ", "))
	fl.StringVar(&graph, "graph", "actors", "graph for gexf and graphml: actors or citations")
	fl.StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	fl.StringVar(&base, "base", "", "IRI prefix for documents, claims and agents in JSON-LD (default urn:hearsay:)")
	fl.BoolVar(&linkPending, "link", false, "first link the store's documents that are not linked yet")
	fl.StringVar(&f.About, "about", "", "only claims that mention this actor")
	fl.StringVar(&f.Source, "source", "", "only claims from this source (person, group or outlet)")
	fl.StringVar(&f.Certainty, "certainty", "", "only claims of this certainty")
	fl.StringVar(&f.Polarity, "polarity", "", "only positive or negative claims")
	fl.StringVar(&f.Search, "search", "", "full-text search over claim text")
	fl.StringVar(&f.Outlet, "outlet", "", "only documents of this outlet")
	fl.StringVar(&f.Since, "since", "", "only documents published on or after this date (YYYY-MM-DD)")
	fl.StringVar(&f.Until, "until", "", "only documents published on or before this date (YYYY-MM-DD)")
	return cmd
}

// writeExport writes the export to path, or to stdout when path is empty.
// A file is written beside its final name and renamed when complete, so a
// failed export never leaves a truncated file that looks finished.
func writeExport(ctx context.Context, src export.Source, f export.Filter, format string, opts export.Options, path string, stdout io.Writer) error {
	if path == "" {
		w, err := export.New(format, stdout, opts)
		if err != nil {
			return err
		}
		return export.Export(ctx, src, f, w)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	w, err := export.New(format, tmp, opts)
	if err != nil {
		tmp.Close()
		return err
	}
	if err := export.Export(ctx, src, f, w); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
