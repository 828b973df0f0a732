package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/browser"
	"github.com/kg-news/kg/graph"
)

var browserCmd = &cobra.Command{
	Use:   "browser",
	Short: "Neo4j Browser style sheet, guide and captions",
	Long: `Material for exploring the graph in Neo4j Browser:

  kg browser style     print the graph style sheet (GraSS); drop the file onto Browser's :style frame
  kg browser guide     print the guide (":play" slides with clickable saved queries)
  kg browser serve     serve both, for :style URL and :play URL
  kg browser captions  write the caption properties the style shows (kg ingest does it too)`,
}

var browserServeOpts struct {
	addr string
	base string
}

func init() {
	style := &cobra.Command{
		Use:   "style",
		Short: "Print kg's graph style sheet for Neo4j Browser",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(cmd.OutOrStdout(), browser.Style())
			return err
		},
	}
	guide := &cobra.Command{
		Use:   "guide",
		Short: "Print kg's Neo4j Browser guide (HTML slides)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			g, err := browser.Guide("http://" + browserServeOpts.addr + "/kg.grass")
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), g)
			return err
		},
	}
	serve := &cobra.Command{
		Use:   "serve",
		Short: "Serve the style (/kg.grass) and the guide (/guide.html) for Neo4j Browser",
		Example: `  kg browser serve
  # then in Neo4j Browser:
  #   :style http://127.0.0.1:7475/kg.grass
  #   :play http://127.0.0.1:7475/guide.html`,
		Args: cobra.NoArgs,
		RunE: runBrowserServe,
	}
	serve.Flags().StringVar(&browserServeOpts.addr, "addr", "127.0.0.1:7475", "address to listen on")
	serve.Flags().StringVar(&browserServeOpts.base, "url", "", "URL Browser reaches the server at (default http://ADDR)")
	guide.Flags().StringVar(&browserServeOpts.addr, "addr", "127.0.0.1:7475", "where kg browser serve listens, for the guide's :style line")
	captions := &cobra.Command{
		Use:   "captions",
		Short: "Write the caption and amount_text properties the style shows",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withStore(cmd, func(ctx context.Context, store *graph.Store) error {
				n, err := store.UpdateCaptions(ctx)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "captions written on %d nodes and relationships\n", n)
				return nil
			})
		},
	}
	browserCmd.AddCommand(style, guide, serve, captions)
	rootCmd.AddCommand(browserCmd)
}

func runBrowserServe(cmd *cobra.Command, _ []string) error {
	ln, err := net.Listen("tcp", browserServeOpts.addr)
	if err != nil {
		return fmt.Errorf("browser serve: %w", err)
	}
	base := browserServeOpts.base
	if base == "" {
		base = "http://" + ln.Addr().String()
	}
	srv := &http.Server{Handler: browser.Handler(base), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(cmd.OutOrStdout(), "serving kg's Browser style and guide at %s\nin Neo4j Browser run:\n  :style %s/kg.grass\n  :play %s/guide.html\n", base, base, base)
	ctx := cmd.Context()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("browser serve: %w", err)
	}
	return nil
}
