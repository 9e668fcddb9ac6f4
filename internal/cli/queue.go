package cli

import (
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/queue"
)

func queueCmd(env Env) *cobra.Command {
	var (
		format string
		db     *string
	)
	cmd := &cobra.Command{
		Use:   "queue [status|failed|retry|drop]",
		Short: "Show the analysis queue (depth, rate, failures) and retry or drop failed documents",
		Long: `Show the state of the analysis queue in a PostgreSQL store, and repair it.

  hearsay queue status            jobs by state, documents by status, rate
  hearsay queue failed            documents whose analysis gave up, with the reason
  hearsay queue retry [DOCID...]  requeue the named documents, or every failed one
  hearsay queue drop [DOCID...]   remove the named documents, or every failed one

"hearsay queue" alone is "hearsay queue status".`,
		Args: cobra.NoArgs,
	}
	db = cmd.PersistentFlags().String("db", "", dbHelp)
	cmd.PersistentFlags().StringVar(&format, "format", "text", "output format: text, json or csv")

	status := func(c *cobra.Command, args []string) error {
		if err := checkFormat("queue", format); err != nil {
			return err
		}
		q, err := openQueue(c.Context(), "queue", *db)
		if err != nil {
			return err
		}
		defer q.Store().Close()
		s, err := q.Stats(c.Context())
		if err != nil {
			return err
		}
		states := make([]string, 0, len(s.Jobs))
		for k := range s.Jobs {
			states = append(states, k)
		}
		sort.Strings(states)
		t := table{header: []string{"what", "count"}, value: s}
		for _, k := range states {
			t.rows = append(t.rows, []string{"jobs " + k, strconv.FormatInt(s.Jobs[k], 10)})
		}
		for _, r := range []struct {
			k string
			v int64
		}{{"documents pending", s.Pending}, {"documents analysed", s.Analysed}, {"documents failed", s.Failed},
			{"documents dropped", s.Dropped}, {"documents not yet linked", s.Unlinked}} {
			t.rows = append(t.rows, []string{r.k, strconv.FormatInt(r.v, 10)})
		}
		t.rows = append(t.rows,
			[]string{"documents/s, last minute", strconv.FormatFloat(s.Rate, 'f', 2, 64)},
			[]string{"documents/s, last 5 minutes", strconv.FormatFloat(s.Rate5, 'f', 2, 64)},
			[]string{"oldest pending", s.OldestPending.Round(time.Second).String()})
		return t.write(env.Stdout, format)
	}
	cmd.RunE = status
	cmd.AddCommand(&cobra.Command{Use: "status", Short: "Jobs by state, documents by status, rate", Args: cobra.NoArgs, RunE: status})

	var limit int
	var dropped bool
	failed := &cobra.Command{
		Use:   "failed",
		Short: "Documents whose analysis gave up (discarded jobs), with the last error",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat("queue", format); err != nil {
				return err
			}
			q, err := openQueue(c.Context(), "queue", *db)
			if err != nil {
				return err
			}
			defer q.Store().Close()
			fs, err := q.Failures(c.Context(), limit, dropped)
			if err != nil {
				return err
			}
			t := table{header: []string{"doc_id", "origin", "status", "job", "attempts", "at", "error"}, value: fs}
			if fs == nil {
				t.value = []queue.Failure{}
			}
			for _, f := range fs {
				t.rows = append(t.rows, []string{f.Doc, f.Origin, f.Status, f.JobState, strconv.Itoa(f.Attempts), f.At.UTC().Format(time.RFC3339), f.Error})
			}
			return t.write(env.Stdout, format)
		},
	}
	failed.Flags().IntVar(&limit, "limit", 100, "at most this many; 0 for all")
	failed.Flags().BoolVar(&dropped, "dropped", false, "list dropped documents instead")
	cmd.AddCommand(failed)

	act := func(use, short, verb string, do func(*queue.Queue, *cobra.Command, []string) (int, error)) *cobra.Command {
		var all bool
		c := &cobra.Command{
			Use:   use + " [DOCID...] | --all",
			Short: short,
			RunE: func(c *cobra.Command, args []string) error {
				if len(args) == 0 && !all {
					return fmt.Errorf("queue %s: name document IDs, or --all for every failed document", use)
				}
				if len(args) > 0 && all {
					return fmt.Errorf("queue %s: document IDs and --all together: choose one", use)
				}
				q, err := openQueue(c.Context(), "queue", *db)
				if err != nil {
					return err
				}
				defer q.Store().Close()
				n, err := do(q, c, args)
				if err != nil {
					return err
				}
				fmt.Fprintf(env.Stdout, "%s %d documents\n", verb, n)
				return nil
			},
		}
		c.Flags().BoolVar(&all, "all", false, "every failed document")
		return c
	}
	cmd.AddCommand(act("retry", "Requeue failed (or dropped) documents for a fresh set of attempts", "requeued",
		func(q *queue.Queue, c *cobra.Command, ids []string) (int, error) { return q.Retry(c.Context(), ids) }))
	cmd.AddCommand(act("drop", "Remove failed (or still pending) documents from the queue", "dropped",
		func(q *queue.Queue, c *cobra.Command, ids []string) (int, error) { return q.Drop(c.Context(), ids) }))
	return cmd
}
