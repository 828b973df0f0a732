// Command kg reads news articles in Arabic and English and builds a knowledge
// graph of people, companies and the money between them in Neo4j.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/job"
	"github.com/kg-news/kg/source"
)

// app carries what every command needs, filled before any command runs.
type app struct {
	cfg *config.Config
	log *slog.Logger
}

var theApp = &app{}

var rootCmd = &cobra.Command{
	Use:           "kg",
	Short:         "Build a knowledge graph of people, companies and deals from Arabic and English news",
	SilenceUsage:  true,
	SilenceErrors: true,
	PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
		cfg, err := config.Load(cmd.Flags())
		if err != nil {
			return err
		}
		theApp.cfg = cfg
		theApp.log = newLogger(cfg.Log, os.Stderr)
		slog.SetDefault(theApp.log) // packages without a logger of their own (source) warn through it
		theApp.log.Debug("config", "settings", cfg.String(), "file", cfg.File)
		return nil
	},
}

func init() {
	config.RegisterFlags(rootCmd.PersistentFlags())
}

// extractOptions carries the extraction settings of the configuration.
func extractOptions(cfg *config.Config) extract.Options { return job.ExtractOptions(cfg) }

// walkOptions carries the file-reading settings of the configuration.
func walkOptions() source.WalkOptions { return job.WalkOptions(theApp.cfg) }

func newLogger(l config.Log, w *os.File) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(l.Level))
	opts := &slog.HandlerOptions{Level: level}
	if l.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := rootCmd.ExecuteContext(ctx); err != nil {
		if errors.Is(err, context.Canceled) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "kg:", err)
		os.Exit(1)
	}
}

// withStore opens the configured Neo4j, runs fn and closes the store even
// when the command was cancelled.
func withStore(cmd *cobra.Command, fn func(ctx context.Context, store *graph.Store) error) error {
	ctx := cmd.Context()
	store, err := graph.Open(ctx, theApp.cfg.Neo4j)
	if err != nil && theApp.cfg.Neo4j.Password == "" {
		// The local launcher's password is used only for its own loopback
		// port (config/local.go); say how to give one otherwise.
		return fmt.Errorf("%w\n(no Neo4j password configured for %s: set KG_NEO4J_PASSWORD or neo4j.password_file; "+
			"for the local demo Neo4j run `make neo4j-start` in the repository and run bin/kg from there)", err, theApp.cfg.Neo4j.URI)
	}
	if err != nil {
		return err
	}
	defer func() { _ = store.Close(context.WithoutCancel(ctx)) }()
	store.SetLoadWorkers(theApp.cfg.Ingest.LoadWorkers)
	return fn(ctx, store)
}
