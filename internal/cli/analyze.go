package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

func analyzeCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "analyze FILE|-",
		Short: "Analyse one article: attributions, certainty, actors, events",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("analyze: not wired yet")
		},
	}
}
