package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
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
		return source.WalkContext(cmd.Context(), args, cmd.InOrStdin(), walkOptions(), func(a model.Article) error {
			doc := x.Extract(a)
			if extractFormat == "jsonl" {
				return writeJSONL(w, doc)
			}
			return writeTable(w, doc)
		}, func(path string, err error) {
			theApp.log.Warn("skipped", "file", path, "reason", err)
		})
	},
}

func init() {
	extractCmd.Flags().StringVar(&extractFormat, "format", "table", "output format: table or jsonl")
	rootCmd.AddCommand(extractCmd)
}

func writeJSONL(w io.Writer, doc model.Document) error {
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

var _ = os.Stdout
