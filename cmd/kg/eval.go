package main

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/eval"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

var evalCmd = &cobra.Command{
	Use:   "eval GOLD_DIR [PATH...]",
	Short: "Score the extractor against gold annotations (as shared/eval/score.py does)",
	Long: `Eval extracts the articles in PATH... (files, folders or - for standard
input; by default the *.txt files in GOLD_DIR), scores them against the
NAME.gold.json files in GOLD_DIR and prints entity and relation precision,
recall and F1, overall and per language, in score.py's format. Articles are
paired with gold by id (the file name without its extensions).`,
	Args: cobra.MinimumNArgs(1),
	RunE: runEval,
}

func init() {
	evalCmd.Flags().Bool("show-errors", false, "list each article's missed and extra entities and relations")
	evalCmd.Flags().Bool("json", false, "also print the scores as one JSON line, as score.py --json does")
	rootCmd.AddCommand(evalCmd)
}

func runEval(cmd *cobra.Command, args []string) error {
	showErrors, _ := cmd.Flags().GetBool("show-errors")
	asJSON, _ := cmd.Flags().GetBool("json")
	goldDir := args[0]
	golds, err := eval.LoadGold(goldDir)
	if err != nil {
		return err
	}
	if len(golds) == 0 {
		return fmt.Errorf("eval: no *.gold.json files in %s", goldDir)
	}
	paths := args[1:]
	if len(paths) == 0 {
		paths, err = filepath.Glob(filepath.Join(goldDir, "*.txt"))
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		if len(paths) == 0 {
			return fmt.Errorf("eval: no *.txt articles in %s; name them after GOLD_DIR", goldDir)
		}
		sort.Strings(paths)
	}

	x, err := extract.New(extractOptions(theApp.cfg))
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	var docs []model.Document
	err = source.WalkContext(cmd.Context(), paths, cmd.InOrStdin(), walkOptions(), func(a model.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs = append(docs, x.Extract(a))
		return nil
	}, func(path string, err error) {
		theApp.log.Warn("skipped", "path", path, "err", err)
	})
	if err != nil {
		return err
	}
	theApp.log.Debug("extracted", "articles", len(docs), "gold", len(golds))

	rep := eval.Score(golds, docs)
	out := cmd.OutOrStdout()
	rep.Print(out, showErrors)
	if asJSON {
		fmt.Fprintln(out, rep.JSON())
	}
	return nil
}
