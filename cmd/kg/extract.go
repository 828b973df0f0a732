package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"github.com/kg-news/kg/eval"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/ingest"
	"github.com/kg-news/kg/model"
)

var extractFormat string

var extractCmd = &cobra.Command{
	Use:   "extract PATH...",
	Short: "Print the graph read from articles, without a database",
	Long: `Extract reads articles (files, folders, or - for standard input) and prints
the entities and relations found in each: a readable table by default, or one
JSON object per article with --format jsonl.`,
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		if extractFormat != "table" && extractFormat != "jsonl" {
			return fmt.Errorf("--format: %q not allowed; use table or jsonl", extractFormat)
		}
		x, err := extract.New(extractOptions(theApp.cfg))
		if err != nil {
			return err
		}
		w := bufio.NewWriter(cmd.OutOrStdout())
		defer w.Flush()
		cfg := theApp.cfg.Ingest
		p := &ingest.Pipeline{
			Options:   ingest.Options{BatchSize: cfg.BatchSize, Workers: cfg.Workers, Queue: cfg.Queue},
			Log:       theApp.log,
			Extractor: x,
			Loader:    printer{w: w, jsonl: extractFormat == "jsonl"},
		}
		_, err = p.Run(cmd.Context(), []ingest.Source{ingest.Paths{Paths: args, Stdin: cmd.InOrStdin(), Options: walkOptions()}})
		return err
	},
}

// printer is the last stage of kg extract: it prints the documents, in
// the order they were read, instead of loading them.
type printer struct {
	w     io.Writer
	jsonl bool
}

func (p printer) Load(_ context.Context, docs []model.Document, _ int) (graph.Report, error) {
	for _, d := range docs {
		var err error
		if p.jsonl {
			err = writeJSONL(p.w, d)
		} else {
			err = writeTable(p.w, d)
		}
		if err != nil {
			return graph.Report{}, ingest.Fatal(err)
		}
	}
	return graph.Report{ArticlesNew: len(docs)}, nil
}

func init() {
	extractCmd.Flags().StringVar(&extractFormat, "format", "table", "output format: table or jsonl")
	rootCmd.AddCommand(extractCmd)
}

// writeJSONL writes one document in the form of ../shared/eval/FORMAT.md,
// whose article id is the file name without folders and extensions when the
// input names no id itself (eval.ArticleKey); the graph keeps the longer,
// collision-free id.
func writeJSONL(w io.Writer, doc model.Document) error {
	doc.Article.ID = eval.ArticleKey(doc.Article)
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

func writeTable(w io.Writer, doc model.Document) error {
	fmt.Fprintf(w, "== %s (%s) %s\n", doc.Article.ID, doc.Article.Lang, doc.Article.Title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ENTITY\tTYPE\tNAME\tNAME_AR\tMENTIONS")
	for _, e := range doc.Entities {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.ID, e.Type, e.Name, e.NameAR, strings.Join(e.Mentions, " | "))
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SUBJECT\tPREDICATE\tOBJECT\tAMOUNT\tSTATUS")
	for _, r := range doc.Relations {
		amount := ""
		if r.Amount > 0 {
			amount = FormatAmount(r.Amount, r.Currency)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Subject, r.Predicate, r.Object, amount, r.Status)
	}
	tw.Flush()
	fmt.Fprintln(w)
	return nil
}

// FormatAmount prints 97.4e9 USD as "97.4bn USD".
func FormatAmount(v float64, cur string) string {
	switch {
	case v >= 1e12:
		return fmt.Sprintf("%.4gtn %s", v/1e12, cur)
	case v >= 1e9:
		return fmt.Sprintf("%.4gbn %s", v/1e9, cur)
	case v >= 1e6:
		return fmt.Sprintf("%.4gm %s", v/1e6, cur)
	}
	return fmt.Sprintf("%.0f %s", v, cur)
}
