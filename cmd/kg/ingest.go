package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/ingest"
	"github.com/kg-news/kg/job"
)

var ingestCmd = &cobra.Command{
	Use:   "ingest PATH...",
	Short: "Extract articles and load them into Neo4j",
	Long: `Ingest reads articles (files, folders, or - for standard input), extracts
their entities and deals on every core, and loads them into Neo4j in write
transactions of ingest.batch_size articles, applying the schema first. It is
the pipeline of kg run, over the paths given.

An article whose content hash equals the one stored is skipped without
extraction (--force extracts and writes it again, for a newer extractor).
One whose content changed replaces its own earlier claims, and deals no
article supports any more are deleted. Neo4j restarting is retried with
backoff for up to job.retry_timeout. A file or article that cannot be read
or loaded is logged, recorded (kg failures lists it) and the rest go on; the
exit status is then 1.`,
	Example: `  kg ingest examples/articles
  cat story.txt | kg ingest -`,
	Args: cobra.MinimumNArgs(1),
	RunE: runIngest,
}

func init() {
	ingestCmd.Flags().Bool("force", false, "extract and write every article, even unchanged ones")
	rootCmd.AddCommand(ingestCmd)
}

func runIngest(cmd *cobra.Command, args []string) error {
	cfg, log := theApp.cfg, theApp.log
	force, _ := cmd.Flags().GetBool("force")
	j, err := job.New(cfg, log, nil)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	j.Force = force
	return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
		// A server that is restarting is waited for, as kg run does.
		err := ingest.Retry(ctx, cfg.Job.RetryTimeout, log, nil, "apply schema", func(ctx context.Context) error {
			_, err := store.ApplySchema(ctx)
			return err
		})
		if err != nil {
			return err
		}
		j.SetStore(store)
		bar := newProgress(args)
		j.Progress = bar.add
		start := time.Now()
		st, err := j.PassOver(ctx, []ingest.Source{ingest.Paths{Paths: args, Stdin: cmd.InOrStdin(), Options: walkOptions()}})
		bar.done()
		out := cmd.OutOrStdout()
		if err != nil {
			// What was committed stays; say so, since re-running finishes it.
			fmt.Fprintf(cmd.ErrOrStderr(), "partial load before the error:\n")
			printPass(cmd.ErrOrStderr(), st)
			return fmt.Errorf("ingest: %w", err)
		}
		fmt.Fprintf(out, "ingested %d articles into %s in %s\n", st.Seen, store.URI(), time.Since(start).Round(time.Millisecond))
		printPass(out, st)
		if st.Failed > 0 {
			return fmt.Errorf("ingest: %d failures (see the log; kg failures lists them)", st.Failed)
		}
		return nil
	})
}

// printPass prints what a pass did as a small table.
func printPass(w io.Writer, st ingest.Stats) {
	fmt.Fprintf(w, "articles       loaded %d  unchanged %d  failed %d\n", st.Loaded, st.Skipped, st.Failed)
	fmt.Fprintf(w, "entities       created %d  matched %d\n", st.EntitiesCreated, st.EntitiesMatched)
	fmt.Fprintf(w, "relationships  created %d  updated %d  deleted %d\n", st.RelationshipsCreated, st.RelationshipsUpdated, st.RelationshipsDeleted)
	fmt.Fprintf(w, "mentions       %d\n", st.Mentions)
	fmt.Fprintf(w, "transactions   %d\n", st.Batches)
}
