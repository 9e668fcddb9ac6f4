package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/view"
)

func showCmd(env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show DOC_ID",
		Short: "Print the stored analysis of one document",
		Long: `Print the stored analysis of a document: the readable view (text), the
analysis JSON (json, as hearsay analyze --format json prints it) or the
document's claims (csv).

` + dbHelp,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, _ := cmd.Flags().GetString("format")
			if err := checkFormat("show", format); err != nil {
				return err
			}
			db, _ := cmd.Flags().GetString("db")
			s, err := openStore(cmd.Context(), db, false)
			if err != nil {
				return fmt.Errorf("show: %w", err)
			}
			defer s.Close()
			a, err := s.Document(cmd.Context(), args[0])
			if errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("show: no document %q in the store (hearsay docs lists them)", args[0])
			}
			if err != nil {
				return fmt.Errorf("show: %w", err)
			}
			switch format {
			case "json":
				return contract.Write(env.Stdout, a)
			case "csv":
				claims, err := s.Claims(cmd.Context(), store.ClaimQuery{DocID: a.Document.ID})
				if err != nil {
					return fmt.Errorf("show: %w", err)
				}
				return claimTable(claims).write(env.Stdout, "csv")
			}
			return view.Write(env.Stdout, a, view.Options{})
		},
	}
	addDBFlag(cmd)
	addFormatFlag(cmd, "text")
	return cmd
}
