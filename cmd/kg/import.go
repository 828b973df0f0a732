package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

var (
	importDir  string
	importLoad bool
)

var importCmd = &cobra.Command{
	Use:   "import PATH...",
	Short: "Write the CSV files of a bulk first load (neo4j-admin database import)",
	Long: `Import reads and extracts articles like ingest, but instead of loading them
through Bolt it writes CSV files for neo4j-admin database import full into
--dir: the same nodes, relationships, ids, keys and properties an ingest into
an empty database writes. It is for a first load of many articles; later
articles go through kg ingest as usual.

The import replaces the whole database and needs Neo4j stopped. With --load
(run from the kg repository) it stops the local Neo4j, imports and starts it
again through scripts/neo4j.sh; kg schema apply (or the next ingest) then
creates the indexes. Article and mention rows are written as articles are
extracted; only the entities and the deal claims (without texts) are held
until the end.`,
	Example: `  kg import --dir out/import articles/
  bash scripts/neo4j.sh stop && bash scripts/neo4j.sh import out/import && bash scripts/neo4j.sh start
  kg import --dir out/import --load articles/`,
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		x, err := extract.New(extractOptions(theApp.cfg))
		if err != nil {
			return err
		}
		if os.Getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(graph.ImportMemoryLimit)
		}
		start := time.Now()
		im, err := graph.NewImporter(importDir, start.UTC())
		if err != nil {
			return err
		}
		// Rows are written as articles are extracted; only entities and
		// claims are kept until the end.
		err = source.Walk(args, cmd.InOrStdin(), func(a model.Article) error {
			return im.Add(x.Extract(a))
		}, func(path string, err error) {
			theApp.log.Warn("skipped", "file", path, "reason", err)
		})
		if err != nil {
			im.Abort()
			return err
		}
		rep, err := im.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: %d articles, %d entities, %d mentions, %d deals (%d records) in %v\n",
			importDir, rep.Articles, rep.Entities, rep.Mentions, rep.Deals, rep.Records(), time.Since(start).Round(time.Millisecond))
		if !importLoad {
			fmt.Fprintf(cmd.OutOrStdout(), "load with: bash scripts/neo4j.sh stop && bash scripts/neo4j.sh import %s && bash scripts/neo4j.sh start\n", importDir)
			return nil
		}
		for _, verb := range [][]string{{"stop"}, {"import", importDir}, {"start"}} {
			c := exec.CommandContext(cmd.Context(), "bash", append([]string{"scripts/neo4j.sh"}, verb...)...)
			c.Stdout, c.Stderr = os.Stdout, os.Stderr
			if err := c.Run(); err != nil {
				return fmt.Errorf("scripts/neo4j.sh %s: %w", verb[0], err)
			}
		}
		return nil
	},
}

func init() {
	importCmd.Flags().StringVar(&importDir, "dir", "import", "directory for the CSV files")
	importCmd.Flags().BoolVar(&importLoad, "load", false, "stop the local Neo4j, import the files and start it (scripts/neo4j.sh)")
	rootCmd.AddCommand(importCmd)
}
