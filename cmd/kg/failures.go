package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/job"
)

var failuresCmd = &cobra.Command{
	Use:   "failures",
	Short: "List the sources and articles the scheduled job could not read or load",
	Long: `Failures lists what 'kg run' could not read or load: feeds that timed out or
were not feeds, pages that answered an error or were too large, invalid
UTF-8, pages that are not articles, records without an id, articles Neo4j
refused. Each has its source, the item within it, the stage and the reason.

By default it lists the failures of the latest pass; --all lists every one
kept in the state directory (state.dir).`,
	Args: cobra.NoArgs,
	RunE: runFailures,
}

func init() {
	failuresCmd.Flags().Bool("all", false, "list the failures of every pass kept, not just the latest")
	failuresCmd.Flags().String("format", "table", "output format: table or jsonl")
	rootCmd.AddCommand(failuresCmd)
}

func runFailures(cmd *cobra.Command, _ []string) error {
	cfg := theApp.cfg
	all, _ := cmd.Flags().GetBool("all")
	format, _ := cmd.Flags().GetString("format")
	if format != "table" && format != "jsonl" {
		return fmt.Errorf("failures: --format %q not allowed; use table or jsonl", format)
	}
	if _, err := os.Stat(cfg.State.Dir); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(cmd.ErrOrStderr(), "no pass has finished yet (state.dir %s does not exist)\n", cfg.State.Dir)
		return nil
	}
	st, err := job.OpenState(cfg.State.Dir)
	if err != nil {
		return fmt.Errorf("failures: %w", err)
	}
	last, ok, err := st.LastPass()
	if err != nil {
		return fmt.Errorf("failures: %w", err)
	}
	run := ""
	if !all {
		if !ok {
			fmt.Fprintf(cmd.ErrOrStderr(), "no pass has finished yet (state.dir %s)\n", st.Dir())
			return nil
		}
		run = last.Run
	}
	list, err := st.Failures(run)
	if err != nil {
		return fmt.Errorf("failures: %w", err)
	}
	out := cmd.OutOrStdout()
	if format == "jsonl" {
		enc := json.NewEncoder(out)
		for _, f := range list {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		return nil
	}
	if ok {
		s := last.Stats
		fmt.Fprintf(out, "latest pass %s, finished %s: %d seen, %d skipped, %d loaded, %d failed\n",
			last.Run, last.Finished.Local().Format(time.DateTime), s.Seen, s.Skipped, s.Loaded, s.Failed)
		if last.Error != "" {
			fmt.Fprintf(out, "the pass ended early: %s\n", last.Error)
		}
	}
	if len(list) == 0 {
		fmt.Fprintln(out, "no failures")
		return nil
	}
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "TIME\tSTAGE\tSOURCE\tITEM\tREASON")
	for _, f := range list {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", f.Time.Local().Format(time.DateTime), f.Stage, f.Source,
			orDash(f.Item), strings.ReplaceAll(f.Reason, "\n", " "))
	}
	return w.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
