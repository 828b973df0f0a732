package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/graph"
)

var statsCmd = &cobra.Command{
	Use:   "stats",
	Short: "Count nodes by label and relationships by type",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
			st, err := store.Stats(ctx)
			if err != nil {
				return err
			}
			printStats(cmd.OutOrStdout(), st)
			return nil
		})
	},
}

func init() {
	rootCmd.AddCommand(statsCmd)
}

// printStats prints names left-aligned and counts right-aligned, which
// tabwriter cannot do in one table.
func printStats(w io.Writer, st graph.Stats) {
	lines := []graph.Count{{Name: "NODES", Count: st.Nodes}}
	for _, c := range st.Labels {
		lines = append(lines, graph.Count{Name: "  :" + c.Name, Count: c.Count})
	}
	lines = append(lines, graph.Count{Name: "RELATIONSHIPS", Count: st.Relationships})
	for _, c := range st.Types {
		lines = append(lines, graph.Count{Name: "  :" + c.Name, Count: c.Count})
	}
	nameW, numW := 0, 0
	for _, l := range lines {
		nameW = max(nameW, len(l.Name))
		numW = max(numW, len(fmt.Sprint(l.Count)))
	}
	for _, l := range lines {
		fmt.Fprintf(w, "%-*s  %*d\n", nameW, l.Name, numW, l.Count)
	}
}
