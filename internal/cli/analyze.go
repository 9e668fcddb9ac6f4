package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/extract"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/view"
)

func analyzeCmd(env Env) *cobra.Command {
	var (
		format string
		opts   extract.Options
		id     string
	)
	cmd := &cobra.Command{
		Use:   "analyze FILE|-",
		Short: "Analyse one article (text or HTML): attributions, certainty, actors, events",
		Long: `Analyse one article and print who says what, how sure, about whom.

FILE is a plain-text or HTML file, or - for standard input. The readable view
is the default; --format json prints the analysis JSON described in the README.
Inputs larger than --max-bytes are refused.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return fmt.Errorf("analyze: --format %q: want text or json", format)
			}
			name := args[0]
			data, err := readInput(env, name, opts.MaxBytes)
			if err != nil {
				return err
			}
			d, err := extract.Read(name, data, opts)
			if err != nil {
				return err
			}
			d.ID = id
			if d.ID == "" {
				// The store's ID, so an analysis printed here and the
				// same text stored later carry one name.
				d.ID = store.DocID(d.Text)
			}
			p, err := pipeline.Default()
			if err != nil {
				return err
			}
			if err := p.Run(context.Background(), d); err != nil {
				return fmt.Errorf("analyze %s: %w", name, err)
			}
			a := contract.FromDoc(d)
			if format == "json" {
				return contract.Write(env.Stdout, a)
			}
			return view.Write(env.Stdout, a, view.Options{})
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "text", "output format: text or json")
	f.StringVar(&opts.Published, "published", "", "publication date (YYYY-MM-DD), the anchor for relative dates")
	f.StringVar(&opts.Outlet, "outlet", "", "outlet that published the article")
	f.StringVar(&opts.Title, "title", "", "title of the article")
	f.StringVar(&opts.URL, "url", "", "URL of the article")
	f.StringVar(&id, "id", "", "document ID to print (default: derived from the text)")
	f.Int64Var(&opts.MaxBytes, "max-bytes", extract.DefaultMaxBytes, "largest input accepted, in bytes")
	return cmd
}

// readInput reads a file, or standard input for "-", refusing more than
// max bytes without reading the rest.
func readInput(env Env, name string, max int64) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = env.Stdin
	} else {
		fi, err := os.Stat(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if fi.IsDir() {
			return nil, fmt.Errorf("read %s: is a directory (use hearsay ingest for folders)", name)
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		defer f.Close()
		r = f
	}
	if max <= 0 {
		max = extract.DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("read %s: larger than the limit of %d bytes (--max-bytes)", name, max)
	}
	return data, nil
}
