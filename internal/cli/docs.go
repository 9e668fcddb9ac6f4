package cli

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/store"
)

func docsCmd(env Env) *cobra.Command {
	var q store.DocQuery
	cmd := &cobra.Command{
		Use:   "docs",
		Short: "List the documents in the corpus store",
		Long: `List stored documents, newest first (by relevance with --search).

--search finds documents whose title and text hold every word (stemmed:
"helicopter" finds "helicopters"). --since and --until take ISO dates
(2021-09-09, 2021-09, 2021).

` + dbHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, _ := cmd.Flags().GetString("format")
			if err := checkFormat("docs", format); err != nil {
				return err
			}
			db, _ := cmd.Flags().GetString("db")
			s, err := openStore(cmd.Context(), db, false)
			if err != nil {
				return fmt.Errorf("docs: %w", err)
			}
			defer s.Close()
			docs, err := s.Documents(cmd.Context(), q)
			if err != nil {
				return fmt.Errorf("docs: %w", err)
			}
			t := table{header: []string{"id", "published", "outlet", "claims", "title", "url"}, value: docs}
			for _, d := range docs {
				t.rows = append(t.rows, []string{d.ID, d.Published, d.Outlet, strconv.Itoa(d.Claims), d.Title, d.URL})
			}
			return t.write(env.Stdout, format)
		},
	}
	addDBFlag(cmd)
	addFormatFlag(cmd, "text")
	addPageFlags(cmd, &q.Page)
	f := cmd.Flags()
	f.StringVar(&q.Outlet, "outlet", "", "only documents from this outlet (case-insensitive)")
	f.StringVar(&q.Since, "since", "", "only documents published on or after this date")
	f.StringVar(&q.Until, "until", "", "only documents published on or before this date")
	f.StringVar(&q.Search, "search", "", "full-text search over title and text")
	return cmd
}
