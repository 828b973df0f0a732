package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/export"
	"github.com/kg-news/kg/graph"
)

var exportOpts struct {
	format string
	output string
}

var exportCmd = &cobra.Command{
	Use:   "export",
	Short: "Write the graph as GraphML, JSON, a Cypher script or a self-contained HTML page",
	Long: `Export reads every entity, article, deal and mention from Neo4j (read-only)
and writes them for people without Neo4j:

  graphml  for Gephi, yEd or networkx; "label" holds each node's caption
  json     {"nodes": [...], "links": [...]}, node ids "entity:ID" / "article:ID"
  cypher   a script of idempotent MERGEs that rebuilds the graph (cypher-shell -f)
  html     one page that draws the graph, no server needed: pan, zoom, click for evidence

Without --format the format is the -o file's extension (kg.html: html), and
json when that is not one of the four (or the output is standard output).
Files are written whole (a temporary file renamed) with mode 0644.`,
	Example: `  kg export --format html -o kg.html
  kg export --format graphml -o kg.graphml
  kg export --format cypher > rebuild.cypher`,
	Args: cobra.NoArgs,
	RunE: runExport,
}

func init() {
	f := exportCmd.Flags()
	f.StringVarP(&exportOpts.format, "format", "f", "", "graphml, json, cypher or html (default: from the -o extension, else json)")
	f.StringVarP(&exportOpts.output, "output", "o", "-", "file to write, - for standard output")
	rootCmd.AddCommand(exportCmd)
}

func runExport(cmd *cobra.Command, _ []string) error {
	format := exportOpts.format
	if format == "" {
		format = strings.TrimPrefix(filepath.Ext(exportOpts.output), ".")
		if !oneOfStr(format, export.Formats...) {
			format = "json"
		}
	}
	if !oneOfStr(format, export.Formats...) {
		return fmt.Errorf("--format: %q not allowed; use %s", format, strings.Join(export.Formats, ", "))
	}
	var g *export.Graph
	err := withStore(cmd, func(ctx context.Context, store *graph.Store) error {
		var err error
		g, err = export.Read(ctx, store)
		return err
	})
	if err != nil {
		return err
	}
	if exportOpts.output == "-" {
		return writeBuffered(cmd.OutOrStdout(), format, g)
	}
	// Write beside the target and rename, so a failed export never leaves
	// half a file under the final name.
	tmp, err := os.CreateTemp(filepath.Dir(exportOpts.output), ".kg-export-*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	if err := writeBuffered(tmp, format, g); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	// CreateTemp makes the file 0600; an export is meant to be shared.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), exportOpts.output); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "exported %d nodes and %d relationships to %s (%s)\n", len(g.Nodes), len(g.Links), exportOpts.output, format)
	return nil
}

func writeBuffered(w io.Writer, format string, g *export.Graph) error {
	bw := bufio.NewWriter(w)
	if err := export.Write(bw, format, g); err != nil {
		return err
	}
	return bw.Flush()
}
