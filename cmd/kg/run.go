package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/job"
)

var runCmd = &cobra.Command{
	Use:   "run",
	Short: "Run the scheduled ingest job over the configured sources",
	Long: `Run reads the sources of the config file (sources: paths and feeds), loads
what is new or changed into Neo4j, and repeats on the schedule (schedule: a
duration such as 15m, or a cron expression such as "*/10 * * * *"). The first
pass starts at once. With --once it runs one pass and exits.

An article whose content hash equals the one stored on its Article node is
skipped without extraction. Neo4j being unreachable or restarting is retried
with backoff (for up to job.retry_timeout per call). Sources, pages and
articles that fail are logged, counted and listed by 'kg failures'; the rest
of the pass goes on. SIGTERM or Ctrl-C lets the batch in flight commit (or
roll back), then kg exits with status 0.`,
	Example: `  kg run --config kg.yaml
  kg run --once --log-format json
  kg run --metrics-addr :9090`,
	Args: cobra.NoArgs,
	RunE: runRun,
}

func init() {
	runCmd.Flags().Bool("once", false, "run one pass and exit")
	runCmd.Flags().String("metrics-addr", "", "serve Prometheus metrics at this address (e.g. :9090), path /metrics")
	rootCmd.AddCommand(runCmd)
}

func runRun(cmd *cobra.Command, _ []string) error {
	ctx := cmd.Context()
	cfg, log := theApp.cfg, theApp.log
	once, _ := cmd.Flags().GetBool("once")
	addr, _ := cmd.Flags().GetString("metrics-addr")
	if len(cfg.Sources) == 0 {
		return errors.New("run: config sources: no sources; add {path: FILE_OR_FOLDER} or {feed: URL_OR_FILE} entries (see examples/kg.yaml)")
	}

	metrics := job.NewMetrics()
	if addr != "" {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("run: --metrics-addr %s: %w", addr, err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", metrics.Handler())
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Error("metrics server stopped", "addr", addr, "err", err)
			}
		}()
		defer func() {
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			_ = srv.Shutdown(sctx)
		}()
		log.Info("serving metrics", "url", "http://"+ln.Addr().String()+"/metrics")
	}

	j, err := job.New(cfg, log, metrics)
	if err != nil {
		return err
	}
	if err := j.Connect(ctx); err != nil {
		if ctx.Err() != nil {
			log.Info("stopped before connecting")
			return nil
		}
		return fmt.Errorf("run: %w", err)
	}
	defer func() { _ = j.Close(context.WithoutCancel(ctx)) }()
	log.Info("job started", "sources", len(cfg.Sources), "schedule", cfg.Schedule, "once", once, "state_dir", cfg.State.Dir)

	if once {
		_, err := j.Pass(ctx)
		if ctx.Err() != nil {
			return nil // stopped by a signal: a clean exit
		}
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		return nil
	}
	return j.Run(ctx)
}
