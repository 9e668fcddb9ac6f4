package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/extract"
	"github.com/hearsaynews/hearsay/internal/ingest"
	"github.com/hearsaynews/hearsay/internal/pipeline"
)

func ingestCmd(env Env) *cobra.Command {
	var (
		o         ingest.Options
		logFormat string
		enqueue   bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Analyse articles, feeds, web archives and URLs into the corpus store",
		Long: `Analyse every article in the inputs and store the analyses.

Inputs are files, folders (read recursively; hidden entries skipped) and
http(s) URLs. Formats: plain text, HTML pages, JSON Lines (one article per
line: "text" or "html", and "url", "title", "outlet", "author", "published"),
RSS and Atom feeds (every item; an item with only a summary is fetched from
its link, unless --no-fetch), and WARC or WARC.gz files (HTTP 200 responses
with HTML). Metadata the format carries wins over what the page says.

A document is identified by its text (ID: the first 16 hex digits of its
SHA-256) and by its URL: input already stored is counted as a duplicate and
not analysed again, so running the same ingest twice stores nothing new.
Each document is stored whole or not at all; an interrupted ingest can be
rerun and ends with the same store as one uninterrupted run.

A failed item is reported with its name and reason and the rest goes on;
the exit code is 1 when any item failed. On a terminal a progress bar shows
documents/s, time left and failures; elsewhere only failures and the summary
are printed (--log-format json for one JSON object per line).

URLs are fetched with a timeout, a size cap, a redirect limit and the
User-Agent "` + ingest.UserAgent + `". Private, loopback and link-local
addresses are refused unless --allow-private.

` + dbHelp,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if logFormat != "text" && logFormat != "json" {
				return fmt.Errorf("ingest: --log-format %q: want text or json", logFormat)
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			db, _ := cmd.Flags().GetString("db")
			s, err := openStore(ctx, db, true)
			if err != nil {
				return fmt.Errorf("ingest: %w", err)
			}
			defer s.Close()
			o.Store, o.Extract = s, extractor(o.MaxBytes)
			if path := sqlitePath(db); path != "" {
				// A store inside a folder being ingested is not an input.
				o.Skip = []string{path, path + "-wal", path + "-shm", path + "-journal"}
			}
			if enqueue {
				// The workers analyse: this host needs no models.
				o.Store, o.Analyzer, err = enqueueTo(ctx, s)
				o.Queued = true
			} else {
				o.Analyzer, err = pipeline.Default()
			}
			if err != nil {
				return fmt.Errorf("ingest: %w", err)
			}
			o.Fetch.MaxBytes = o.MaxBytes
			tty := false
			if f, ok := env.Stderr.(*os.File); ok {
				tty = isatty.IsTerminal(f.Fd())
			}
			o.Progress = ingest.NewReporter(env.Stderr, tty, logFormat == "json")
			sum, err := ingest.Run(ctx, args, o)
			if err != nil {
				return fmt.Errorf("ingest: %w (documents stored so far are kept; rerun to continue)", err)
			}
			if !enqueue {
				// Link the new documents across the corpus, and any
				// that an interrupted run stored but did not link;
				// linked ones are skipped.
				start := time.Now()
				l, err := linkerFor(s)
				n := 0
				if err == nil {
					// The bar shows up once the first batch is linked,
					// so that there is none when nothing is to link.
					var bar *ingest.LinkBar
					var progress func(int, int)
					if tty && logFormat != "json" {
						progress = func(linked, total int) {
							if bar == nil {
								bar = ingest.NewLinkBar(env.Stderr)
							}
							bar.Update(linked, total)
						}
					}
					n, err = ingest.LinkStored(ctx, s, l, progress)
					if bar != nil {
						bar.Finish()
					}
				}
				if err == nil && n > 0 {
					reportLinked(env.Stderr, logFormat == "json", n, time.Since(start))
				}
				if err != nil {
					return fmt.Errorf("ingest: linking across articles: %w (the documents are stored; running the ingest again or \"hearsay trace --link\" links them)", err)
				}
			}
			if sum.Failed > 0 {
				return &exitError{code: 1, err: fmt.Errorf("ingest: %d of %d items failed", sum.Failed, sum.Stored+sum.Duplicates+sum.Failed)}
			}
			return nil
		},
	}
	addDBFlag(cmd)
	f := cmd.Flags()
	f.IntVar(&o.Workers, "workers", runtime.NumCPU(), "documents analysed at once")
	f.Int64Var(&o.MaxBytes, "max-bytes", extract.DefaultMaxBytes, "largest item (file, JSON line, WARC record, fetched page), in bytes")
	f.BoolVar(&o.Fetch.AllowPrivate, "allow-private", false, "allow fetching from private, loopback and link-local addresses")
	f.BoolVar(&o.NoFetch, "no-fetch", false, "do not fetch the pages of feed items that hold only a summary")
	f.DurationVar(&o.Fetch.Timeout, "timeout", 30*time.Second, "time limit for fetching one URL")
	f.IntVar(&o.Fetch.MaxRedirects, "max-redirects", 5, "redirects followed when fetching")
	f.BoolVar(&enqueue, "enqueue", false, "queue the documents for \"hearsay worker\" instead of analysing them here (PostgreSQL --db only)")
	f.StringVar(&logFormat, "log-format", "text", "text, or json for one JSON object per failure and for the summary")
	return cmd
}

// extractor reads items with the extract package, as HTML or as text as
// the input format said. The item's name is already in front of every
// ingest error, so extract's own "extract NAME:" prefix is dropped.
func extractor(maxBytes int64) ingest.Extractor {
	return func(name string, data []byte, html bool) (*doc.Doc, error) {
		read := extract.Text
		if html {
			read = extract.HTML
		}
		d, err := read(name, data, extract.Options{MaxBytes: maxBytes})
		var e *extract.Error
		if errors.As(err, &e) {
			return nil, e.Err
		}
		return d, err
	}
}

// reportLinked prints the line that follows the ingest summary: linking
// across articles runs after every document is stored, and on a large
// corpus takes a while of its own.
func reportLinked(w io.Writer, json bool, n int, took time.Duration) {
	if json {
		slog.New(slog.NewJSONHandler(w, nil)).Info("link finished", "linked", n, "seconds", took.Seconds())
		return
	}
	fmt.Fprintf(w, "link: %d documents linked across articles in %.1fs\n", n, took.Seconds())
}
