package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/graph"
)

var schemaCmd = &cobra.Command{
	Use:   "schema",
	Short: "Manage the Neo4j constraints and indexes",
}

var schemaApplyCmd = &cobra.Command{
	Use:   "apply",
	Short: "Create the constraints and indexes kg needs (safe to repeat)",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
			rep, err := store.ApplySchema(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "schema applied to %s: %d statements, %d constraints and %d indexes created (the rest existed)\n",
				store.URI(), rep.Statements, rep.ConstraintsCreated, rep.IndexesCreated)
			return nil
		})
	},
}

var schemaShowCmd = &cobra.Command{
	Use:   "show",
	Short: "List the constraints and indexes in the database",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
			items, err := store.Schema(ctx)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "KIND\tNAME\tTYPE\tON\tSTATE")
			for _, it := range items {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", it.Kind, it.Name, it.Type, it.On, it.State)
			}
			return tw.Flush()
		})
	},
}

func init() {
	schemaCmd.AddCommand(schemaApplyCmd, schemaShowCmd)
	rootCmd.AddCommand(schemaCmd)
}
