package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/graph"
)

var entitiesCmd = &cobra.Command{
	Use:   "entities",
	Short: "Cross-script entity resolution: merges, candidates, split",
	Long: `An entity known only by an Arabic name and a Latin-named one whose names
share a consonant key become one node when context corroborates it: a shared
deal or counterparty, the same amount, co-mentioned entities. A merge
regroups the deals the two nodes now share by the load's rules (one deal read
in both scripts becomes one relationship); a split gives each article's claims
back and regroups both sides. kg ingest merges after every load; these
commands show and undo it.`,
}

var entitiesFormat string

func init() {
	entitiesCmd.PersistentFlags().StringVar(&entitiesFormat, "format", "table", "table or json")
	entitiesCmd.AddCommand(
		&cobra.Command{Use: "merges", Short: "List merges and the evidence for each", Args: cobra.NoArgs, RunE: runMerges},
		&cobra.Command{Use: "candidates", Short: "List pairs that share a key but lack evidence", Args: cobra.NoArgs, RunE: runCandidates},
		&cobra.Command{Use: "split ID", Short: "Undo the merge of ID (a merged-away id, or a survivor: all its merges)", Args: cobra.ExactArgs(1), RunE: runSplit},
		&cobra.Command{Use: "resolve", Short: "Run the merge pass now (kg ingest runs it after loading)", Args: cobra.NoArgs, RunE: runResolve},
	)
	rootCmd.AddCommand(entitiesCmd)
}

func checkFormat() error {
	if entitiesFormat != "table" && entitiesFormat != "json" {
		return fmt.Errorf("--format %q: want table or json", entitiesFormat)
	}
	return nil
}

func runMerges(cmd *cobra.Command, _ []string) error {
	if err := checkFormat(); err != nil {
		return err
	}
	return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
		ms, err := store.Merges(ctx)
		if err != nil {
			return err
		}
		return render(cmd.OutOrStdout(), ms, "SURVIVOR\tNAME\tNAME_AR\tMERGED\tKEY\tSCORE\tEVIDENCE", func(m graph.Merge) string {
			return fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%.2f\t%s", m.Survivor, m.Name, m.NameAR, m.From, m.Key, m.Score, strings.Join(m.Evidence, "; "))
		})
	})
}

func runCandidates(cmd *cobra.Command, _ []string) error {
	if err := checkFormat(); err != nil {
		return err
	}
	return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
		cs, err := store.Candidates(ctx)
		if err != nil {
			return err
		}
		return render(cmd.OutOrStdout(), cs, "ARABIC\tNAME_AR\tLATIN\tNAME\tKEYS\tSCORE\tEVIDENCE\tMISSING", func(c graph.Candidate) string {
			return fmt.Sprintf("%s\t%s\t%s\t%s\t%s / %s\t%.2f\t%s\t%s", c.Arabic, c.NameAR, c.Latin, c.Name, c.KeyAR, c.KeyLatin,
				c.Score, strings.Join(c.Evidence, "; "), strings.Join(c.Missing, "; "))
		})
	})
}

func runSplit(cmd *cobra.Command, args []string) error {
	return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
		ids, err := store.Split(ctx, args[0])
		if err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "restored %s; they stay apart from now on\n", strings.Join(ids, ", "))
		return nil
	})
}

func runResolve(cmd *cobra.Command, _ []string) error {
	return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
		rep, err := store.ResolveEntities(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "merged %d entities (%d again after re-ingest), %d candidates left apart\n",
			rep.Merged, rep.Redirected, rep.Candidates)
		return nil
	})
}

// render prints rows as JSON or as a table with one line per row.
func render[T any](w io.Writer, rows []T, header string, line func(T) string) error {
	if entitiesFormat == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if rows == nil {
			rows = []T{}
		}
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, header)
	for _, r := range rows {
		fmt.Fprintln(tw, line(r))
	}
	return tw.Flush()
}
