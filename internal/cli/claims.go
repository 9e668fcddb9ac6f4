package cli

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/store"
)

func claimsCmd(env Env) *cobra.Command {
	var (
		q                   store.ClaimQuery
		sortBy              string
		circular, contested bool
	)
	cmd := &cobra.Command{
		Use:   "claims",
		Short: "List claims across the corpus: by actor, source, certainty or words",
		Long: `List stored claims: the most recently stored documents first, each
document's claims in text order. --search keeps claims that hold every
word (stemmed: "helicopter" finds "helicopters").

--about keeps claims that mention an actor (name, alias, demonym or
metonym: --about Pakistan finds "Islamabad denied…" and "Pakistani
helicopters…"). --source keeps claims attributed to a person, group or
outlet, including an outlet's own unattributed claims. --certainty is one
of certain, probable, possible, doubtful, conditional.

Across articles: --circular keeps claims carried by several documents that
all lead back to one origin, --contested keeps claims that other documents
contradict, and --sort independent-sources puts the claims with the most
independent origins first. These read the cross-article links that
"hearsay ingest" keeps, and filter the claims the other flags select.

` + dbHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, _ := cmd.Flags().GetString("format")
			if err := checkFormat("claims", format); err != nil {
				return err
			}
			db, _ := cmd.Flags().GetString("db")
			s, err := openStore(cmd.Context(), db, false)
			if err != nil {
				return fmt.Errorf("claims: %w", err)
			}
			defer s.Close()
			if sortBy != "" && sortBy != "independent-sources" {
				return fmt.Errorf("claims: --sort %q: want independent-sources", sortBy)
			}
			claims, err := s.Claims(cmd.Context(), q)
			if err != nil {
				return fmt.Errorf("claims: %w", err)
			}
			if sortBy != "" || circular || contested {
				if claims, err = withProvenance(cmd.Context(), s, claims, sortBy != "", circular, contested); err != nil {
					return fmt.Errorf("claims: %w", err)
				}
			}
			return claimTable(claims).write(env.Stdout, format)
		},
	}
	addDBFlag(cmd)
	addFormatFlag(cmd, "text")
	addPageFlags(cmd, &q.Page)
	f := cmd.Flags()
	f.StringVar(&q.About, "about", "", "only claims that mention this actor")
	f.StringVar(&q.Source, "source", "", "only claims from this source (person, group or outlet)")
	f.StringVar(&q.Certainty, "certainty", "", "only claims of this certainty")
	f.StringVar(&q.Polarity, "polarity", "", "only positive or negative claims")
	f.StringVar(&q.DocID, "doc", "", "only claims of this document")
	f.StringVar(&q.Search, "search", "", "full-text search over claim text")
	f.StringVar(&sortBy, "sort", "", "independent-sources: most independent origins first")
	f.BoolVar(&circular, "circular", false, "only claims whose carriers all lead back to one origin")
	f.BoolVar(&contested, "contested", false, "only claims that other documents contradict")
	return cmd
}

// withProvenance adds each claim's cross-article figures, keeps the
// circular or contested ones when asked, and sorts by independent origins.
func withProvenance(ctx context.Context, s store.Store, claims []store.Claim, sortIndependent, circular, contested bool) ([]store.Claim, error) {
	l, err := linkerFor(s)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(claims))
	for i, c := range claims {
		ids[i] = c.ID
	}
	stats, err := l.StatsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := claims[:0]
	for _, c := range claims {
		st, ok := stats[c.ID]
		if (circular && !(ok && st.Circular)) || (contested && !(ok && st.Contested)) {
			continue
		}
		if ok {
			c.Carriers, c.Independent, c.Circular, c.Contested = st.Carriers, st.Independent, st.Circular, st.Contested
		}
		out = append(out, c)
	}
	if sortIndependent {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Independent > out[j].Independent })
	}
	return out, nil
}

func claimTable(claims []store.Claim) table {
	t := table{header: []string{"id", "certainty", "polarity", "source", "claim", "outlet", "published", "start", "end", "independent", "circular", "contested"}, value: claims}
	for _, c := range claims {
		src := c.Source
		if src == "" {
			src = "(" + c.Outlet + ")"
			if c.Outlet == "" {
				src = "(author)"
			}
		}
		t.rows = append(t.rows, []string{c.ID, c.Certainty, c.Polarity, src, c.Text, c.Outlet, c.Published,
			strconv.Itoa(c.Start), strconv.Itoa(c.End), strconv.Itoa(c.Independent), strconv.FormatBool(c.Circular), strconv.FormatBool(c.Contested)})
	}
	return t
}
