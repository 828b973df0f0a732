package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

var ingestCmd = &cobra.Command{
	Use:   "ingest PATH...",
	Short: "Extract articles and load them into Neo4j",
	Long: `Ingest reads articles (files, folders, or - for standard input), extracts
their entities and deals, and loads them into Neo4j in batches of
ingest.batch_size rows, applying the schema first.

Loading is idempotent: an article already loaded with the same content and
claims is skipped ("unchanged"); one whose content changed replaces its own
earlier claims, and deals no article supports any more are deleted.`,
	Example: `  kg ingest examples/articles
  cat story.txt | kg ingest -`,
	Args: cobra.MinimumNArgs(1),
	RunE: runIngest,
}

func init() {
	rootCmd.AddCommand(ingestCmd)
}

func runIngest(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	cfg, log := theApp.cfg, theApp.log

	x, err := extract.New(extractOptions(cfg))
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	store, err := graph.Open(ctx, cfg.Neo4j)
	if err != nil {
		return err
	}
	defer func() { _ = store.Close(context.WithoutCancel(ctx)) }()
	if _, err := store.ApplySchema(ctx); err != nil {
		return err
	}

	start := time.Now()
	var total graph.Report
	var files, skipped int
	batch := make([]model.Document, 0, cfg.Ingest.BatchSize)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		rep, err := store.Load(ctx, batch, cfg.Ingest.BatchSize)
		total.Add(rep)
		if err != nil {
			return err
		}
		log.Debug("batch loaded", "articles", len(batch), "new", rep.ArticlesNew, "updated", rep.ArticlesUpdated,
			"unchanged", rep.ArticlesUnchanged, "relationships_created", rep.RelationshipsCreated)
		batch = batch[:0]
		return nil
	}
	// Documents are handed to Load a batch at a time so memory stays flat
	// on a large feed; every document weighs at least one row, so a batch
	// of batch_size documents is at least one full transaction.
	bar := newProgress(args)
	err = source.WalkContext(cmd.Context(), args, cmd.InOrStdin(), walkOptions(), func(a model.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		bar.add()
		files++
		batch = append(batch, x.Extract(a))
		if len(batch) >= cfg.Ingest.BatchSize {
			return flush()
		}
		return nil
	}, func(path string, err error) {
		skipped++
		log.Warn("skipped", "file", path, "reason", err)
	})
	if err == nil {
		err = flush()
	}
	bar.done()
	if err != nil {
		// What was committed stays; say so, since re-running finishes it.
		fmt.Fprintf(cmd.ErrOrStderr(), "partial load before the error:\n%s", total)
		return fmt.Errorf("ingest: %w", err)
	}
	// One node per entity across scripts (see kg entities), then display
	// captions for Neo4j Browser and the exports (see kg browser).
	res, err := store.ResolveEntities(ctx)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	log.Debug("entities resolved", "merged", res.Merged, "candidates", res.Candidates)
	if _, err := store.UpdateCaptions(ctx); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}

	out := cmd.OutOrStdout()
	fmt.Fprintf(out, "ingested %d articles into %s in %s", files, store.URI(), time.Since(start).Round(time.Millisecond))
	if skipped > 0 {
		fmt.Fprintf(out, " (%d files skipped, see log)", skipped)
	}
	fmt.Fprintf(out, "\n%s", total)
	return nil
}
