package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-news/kg/internal/testwipe"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/internal/testgen"
)

// TestRunSIGTERM builds kg, starts `kg run` over 300 articles, sends SIGTERM
// after the first batch and expects exit status 0, a consistent graph, and
// a second `kg run --once` that completes the work. It wipes the Neo4j at
// KG_NEO4J_URI (default: the test server, bolt://127.0.0.1:7688) and skips without one unless
// KG_REQUIRE_NEO4J=1.
func TestRunSIGTERM(t *testing.T) {
	required := os.Getenv("KG_REQUIRE_NEO4J") == "1"
	if testing.Short() && !required {
		t.Skip("skipping Neo4j integration test in -short mode")
	}
	uri := os.Getenv("KG_NEO4J_URI")
	if uri == "" {
		uri = "bolt://127.0.0.1:7688"
	}
	pw := os.Getenv("KG_NEO4J_PASSWORD")
	if pw == "" {
		pw = "kgpassword"
	}
	ctx := context.Background()
	store, err := graph.Open(ctx, config.Neo4j{URI: uri, User: "neo4j", Password: pw, Database: "neo4j"})
	if err != nil {
		if required {
			t.Fatalf("Neo4j required (KG_REQUIRE_NEO4J=1) but not usable: %v", err)
		}
		t.Skipf("skipping: no Neo4j: %v", err)
	}
	defer func() { _ = store.Close(ctx) }()

	tmp := t.TempDir()
	bin := filepath.Join(tmp, "kg")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	articles := filepath.Join(tmp, "articles")
	if _, err := testgen.Write(articles, 300); err != nil {
		t.Fatal(err)
	}
	cfgFile := filepath.Join(tmp, "kg.yaml")
	cfg := fmt.Sprintf("ingest:\n  batch_size: 10\nstate:\n  dir: %s\nschedule: 1h\nsources:\n  - path: %s\n",
		filepath.Join(tmp, "state"), articles)
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	kg := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, append([]string{"--config", cfgFile, "--log-format", "json"}, args...)...)
		cmd.Env = append(os.Environ(), "KG_NEO4J_URI="+uri, "KG_NEO4J_PASSWORD="+pw)
		return cmd
	}
	wipe(t, uri, pw)

	cmd := kg("run")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	sent := false
	var lines []string
	deadline := time.AfterFunc(2*time.Minute, func() { _ = cmd.Process.Kill() })
	defer deadline.Stop()
	for sc.Scan() {
		line := sc.Text()
		lines = append(lines, line)
		if !sent && strings.Contains(line, `"msg":"batch"`) {
			if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			sent = true
		}
	}
	err = cmd.Wait()
	if !sent {
		t.Fatalf("no batch line before exit (%v):\n%s", err, strings.Join(lines, "\n"))
	}
	if err != nil {
		t.Fatalf("kg run after SIGTERM: %v (want exit 0)\n%s", err, strings.Join(lines, "\n"))
	}
	if !strings.Contains(strings.Join(lines, "\n"), `"msg":"pass stopped"`) {
		t.Errorf("no 'pass stopped' log line:\n%s", strings.Join(lines, "\n"))
	}

	count := func(q string) int64 {
		_, rows, err := store.Query(ctx, q, nil)
		if err != nil || len(rows) != 1 {
			t.Fatalf("%s: %v %v", q, rows, err)
		}
		n, _ := rows[0][0].(int64)
		return n
	}
	loaded := count(`MATCH (a:Article) RETURN count(a)`)
	if loaded == 0 || loaded >= 300 || loaded%10 != 0 {
		t.Errorf("%d articles after SIGTERM: want whole batches of 10, fewer than 300", loaded)
	}
	if n := count(`MATCH ()-[r]->() WHERE r.sources IS NOT NULL AND (size(r.sources) = 0 OR size(r.sources) <> size(r.evidence)) RETURN count(r)`); n != 0 {
		t.Errorf("%d deals inconsistent after SIGTERM", n)
	}

	out, err := kg("run", "--once").CombinedOutput()
	if err != nil {
		t.Fatalf("kg run --once: %v\n%s", err, out)
	}
	if n := count(`MATCH (a:Article) RETURN count(a)`); n != 300 {
		t.Errorf("%d articles after the next pass, want 300", n)
	}
	out, err = kg("failures").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "300 seen") || !strings.Contains(string(out), "no failures") {
		t.Errorf("kg failures: %v\n%s", err, out)
	}
}

// wipe deletes every node and relationship (kg itself never does).
func wipe(t *testing.T, uri, pw string) {
	t.Helper()
	ctx := context.Background()
	drv, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth("neo4j", pw, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = drv.Close(ctx) }()
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
	defer func() { _ = sess.Close(ctx) }()
	if err := testwipe.Run(ctx, sess); err != nil {
		t.Fatal(err)
	}
}
