// Package kgtest gives kg's integration tests a Neo4j loaded with the demo
// articles, read through the real extractor, and a headless Chromium.
//
// The tests run against the Neo4j that KG_NEO4J_URI, KG_NEO4J_USER,
// KG_NEO4J_PASSWORD and KG_NEO4J_DATABASE name, and WIPE it. The default is
// the local TEST server that `make test` starts (bolt://127.0.0.1:7688,
// neo4j/kgpassword, home .neo4j-test), never the demo's (7687, .neo4j).
// Without a reachable server they skip, unless KG_REQUIRE_NEO4J=1, which
// makes that a failure; -short skips them unless KG_REQUIRE_NEO4J=1.
// KG_NEO4J_HTTP_PORT (default 7476) is the port of the server's Browser.
package kgtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/internal/cdp"
	"github.com/kg-news/kg/internal/kgenv"
	"github.com/kg-news/kg/internal/testwipe"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

// The local test server's defaults, those of `make test` (see Makefile).
const (
	DefaultBoltPort = "7688"
	DefaultHTTPPort = "7476"
	DefaultHome     = ".neo4j-test"
)

// Config is the test server's connection settings.
func Config() config.Neo4j {
	c := config.Neo4j{
		URI:      os.Getenv("KG_NEO4J_URI"),
		User:     os.Getenv("KG_NEO4J_USER"),
		Password: os.Getenv("KG_NEO4J_PASSWORD"),
		Database: os.Getenv("KG_NEO4J_DATABASE"),
	}
	if c.URI == "" {
		c.URI = "bolt://127.0.0.1:" + DefaultBoltPort
	}
	if c.User == "" {
		c.User = "neo4j"
	}
	if c.Password == "" {
		c.Password = "kgpassword"
	}
	if c.Database == "" {
		c.Database = "neo4j"
	}
	return c
}

// HTTPPort is the test server's HTTP port, where Neo4j Browser is served.
func HTTPPort() string {
	if p := os.Getenv("KG_NEO4J_HTTP_PORT"); p != "" {
		return p
	}
	return DefaultHTTPPort
}

// BoltPort is the Bolt port scripts/neo4j.sh runs the test server on.
func BoltPort() string {
	if p := os.Getenv("KG_NEO4J_BOLT_PORT"); p != "" {
		return p
	}
	return DefaultBoltPort
}

// ScriptEnv is the environment for scripts/neo4j.sh to manage the test
// server: the caller's, with the test defaults for what it leaves unset.
func ScriptEnv() []string {
	env := os.Environ()
	for k, v := range map[string]string{
		"KG_NEO4J_HOME": DefaultHome, "KG_NEO4J_BOLT_PORT": BoltPort(), "KG_NEO4J_HTTP_PORT": HTTPPort(),
	} {
		if os.Getenv(k) == "" {
			env = append(env, k+"="+v)
		}
	}
	return append(env, "KG_NEO4J_PASSWORD="+Config().Password)
}

// Required reports whether KG_REQUIRE_NEO4J=1: missing services fail tests
// instead of skipping them.
func Required() bool { return os.Getenv("KG_REQUIRE_NEO4J") == "1" }

// Open connects to the test server, wipes it and applies the schema.
func Open(tb testing.TB) *graph.Store {
	tb.Helper()
	if testing.Short() && !Required() {
		tb.Skip("skipping Neo4j integration test in -short mode")
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, Config())
	if err != nil {
		if Required() {
			tb.Fatalf("Neo4j required (KG_REQUIRE_NEO4J=1) but not usable: %v", err)
		}
		tb.Skipf("skipping: no Neo4j (set KG_NEO4J_URI/KG_NEO4J_PASSWORD; KG_REQUIRE_NEO4J=1 makes this a failure): %v", err)
	}
	tb.Cleanup(func() { _ = s.Close(context.WithoutCancel(ctx)) })
	Write(tb, testwipe.Statements...)
	if _, err := s.ApplySchema(ctx); err != nil {
		tb.Fatal(err)
	}
	return s
}

// Write runs statements one by one as auto-commit queries on the test
// server. It lives here, not in package graph, so no shipped binary can
// run arbitrary writes.
func Write(tb testing.TB, statements ...string) {
	tb.Helper()
	ctx := context.Background()
	c := Config()
	drv, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""))
	if err != nil {
		tb.Fatal(err)
	}
	defer func() { _ = drv.Close(ctx) }()
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	for _, st := range statements {
		res, err := sess.Run(ctx, st, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			tb.Fatalf("%s: %v", short(st), err)
		}
	}
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// Root is the repository root, found from the working directory.
func Root(tb testing.TB) string { return kgenv.Root(tb) }

// Extract reads articles (files or folders) with the real extractor.
func Extract(tb testing.TB, paths ...string) []model.Document {
	tb.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var docs []model.Document
	err = source.Walk(paths, nil, func(a model.Article) error {
		docs = append(docs, x.Extract(a))
		return nil
	}, func(p string, err error) { tb.Errorf("%s: %v", p, err) })
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// Ingest loads articles into s as kg ingest does: extract, load, captions.
func Ingest(tb testing.TB, s *graph.Store, paths ...string) graph.Report {
	tb.Helper()
	ctx := context.Background()
	rep, err := s.Load(ctx, Extract(tb, paths...), 1000)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := s.UpdateCaptions(ctx); err != nil {
		tb.Fatal(err)
	}
	return rep
}

// Examples wipes the test server and ingests examples/articles plus any
// extra paths (relative to the repository root).
func Examples(tb testing.TB, extra ...string) *graph.Store {
	tb.Helper()
	s := Open(tb)
	root := Root(tb)
	paths := []string{filepath.Join(root, "examples", "articles")}
	for _, p := range extra {
		paths = append(paths, filepath.Join(root, p))
	}
	rep := Ingest(tb, s, paths...)
	if rep.ArticlesNew < 6 {
		tb.Fatalf("ingested %d articles from %v, want at least 6", rep.ArticlesNew, paths)
	}
	return s
}

// Rows runs a read query and fails the test on error.
func Rows(tb testing.TB, s *graph.Store, cypher string, params map[string]any) ([]string, [][]any) {
	tb.Helper()
	cols, rows, err := s.Query(context.Background(), cypher, params)
	if err != nil {
		tb.Fatalf("%s: %v", short(cypher), err)
	}
	return cols, rows
}

// Records turns rows into maps keyed by column name.
func Records(cols []string, rows [][]any) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		m := make(map[string]any, len(cols))
		for j, c := range cols {
			if j < len(r) {
				m[c] = r[j]
			}
		}
		out[i] = m
	}
	return out
}

// Format renders records one per line, for failure messages.
func Format(recs []map[string]any) string {
	var b strings.Builder
	for _, r := range recs {
		fmt.Fprintln(&b, r)
	}
	return b.String()
}

// Chromium starts a headless Chromium with a page of the given size for
// the test. Without a chromium binary the test skips, unless
// KG_REQUIRE_BROWSER=1, which makes that a failure.
func Chromium(tb testing.TB, width, height int) *cdp.Browser {
	tb.Helper()
	if _, err := cdp.Find(); err != nil {
		if os.Getenv("KG_REQUIRE_BROWSER") == "1" {
			tb.Fatalf("KG_REQUIRE_BROWSER=1: %v", err)
		}
		tb.Skipf("skipping browser test (apt-get install chromium; KG_REQUIRE_BROWSER=1 makes this a failure): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b, err := cdp.Launch(ctx, width, height)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(b.Close)
	return b
}

// Screenshot saves a page screenshot into the test's temporary folder, or,
// with KG_UPDATE_SCREENSHOTS=1, as docs/NAME in the repository.
func Screenshot(tb testing.TB, b *cdp.Browser, name string) string {
	tb.Helper()
	dir := tb.TempDir()
	if os.Getenv("KG_UPDATE_SCREENSHOTS") == "1" {
		dir = filepath.Join(Root(tb), "docs")
	}
	path := filepath.Join(dir, name)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := b.Screenshot(ctx, path); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("screenshot: %s", path)
	return path
}

// Diff lists the lines only in a (-) or only in b (+), sorted, at most 20:
// what changed between two dumps of a graph.
func Diff(a, b []string) string {
	set := map[string]int{}
	for _, x := range a {
		set[x]++
	}
	for _, x := range b {
		set[x]--
	}
	var d []string
	for x, n := range set {
		if n > 0 {
			d = append(d, "- "+x)
		} else if n < 0 {
			d = append(d, "+ "+x)
		}
	}
	sort.Strings(d)
	if len(d) > 20 {
		d = append(d[:20], "...")
	}
	return strings.Join(d, "\n")
}
