package cli

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/store"
)

func actorsCmd(env Env) *cobra.Command {
	var q store.ActorQuery
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "List actors across the corpus with their mention and claim counts",
		Long: `List the actors found across stored documents, grouped by name and type,
most mentioned first: documents that mention each, mentions, and claims
the actor is the source of.

` + dbHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, _ := cmd.Flags().GetString("format")
			if err := checkFormat("actors", format); err != nil {
				return err
			}
			db, _ := cmd.Flags().GetString("db")
			s, err := openStore(cmd.Context(), db, false)
			if err != nil {
				return fmt.Errorf("actors: %w", err)
			}
			defer s.Close()
			actors, err := s.Actors(cmd.Context(), q)
			if err != nil {
				return fmt.Errorf("actors: %w", err)
			}
			t := table{header: []string{"name", "type", "country", "documents", "mentions", "claims"}, value: actors}
			for _, a := range actors {
				t.rows = append(t.rows, []string{a.Name, a.Type, a.Country, strconv.Itoa(a.Documents), strconv.Itoa(a.Mentions), strconv.Itoa(a.Claims)})
			}
			return t.write(env.Stdout, format)
		},
	}
	addDBFlag(cmd)
	addFormatFlag(cmd, "text")
	addPageFlags(cmd, &q.Page)
	f := cmd.Flags()
	f.StringVar(&q.Type, "type", "", "only actors of this type: person, organization, outlet, country, place, group, other")
	f.StringVar(&q.Name, "name", "", "only actors whose name contains this (case-insensitive)")
	return cmd
}
