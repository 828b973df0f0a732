package job

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/internal/kgtest"
	"github.com/kg-news/kg/internal/testgen"
)

// neo4jScript returns a command running scripts/neo4j.sh with verb, when the
// test can control the Neo4j it uses: the server at KG_NEO4J_URI is the
// local one that script manages with the same KG_NEO4J_* settings
// (KG_NEO4J_HOME, KG_NEO4J_BOLT_PORT, KG_NEO4J_HTTP_PORT). Otherwise the
// test is skipped.
func neo4jScript(t *testing.T) func(verb string) error {
	t.Helper()
	u, err := url.Parse(kgtest.Config().URI)
	if err != nil {
		t.Skipf("cannot control Neo4j: KG_NEO4J_URI %v", err)
	}
	port := kgtest.BoltPort()
	if (u.Hostname() != "127.0.0.1" && u.Hostname() != "localhost") || u.Port() != port {
		t.Skipf("cannot control Neo4j: KG_NEO4J_URI %s is not the local server scripts/neo4j.sh runs on port %s (set KG_NEO4J_HOME and KG_NEO4J_BOLT_PORT/HTTP_PORT to those of the server under test)", u.Redacted(), port)
	}
	script, err := filepath.Abs(filepath.Join("..", "scripts", "neo4j.sh"))
	if err != nil {
		t.Fatal(err)
	}
	run := func(verb string) error {
		cmd := exec.Command("bash", script, verb)
		cmd.Env = kgtest.ScriptEnv()
		out, err := cmd.CombinedOutput()
		t.Logf("neo4j.sh %s: %s", verb, out)
		return err
	}
	if err := run("status"); err != nil {
		t.Skipf("cannot control Neo4j: scripts/neo4j.sh status (KG_NEO4J_HOME=%q) says it does not run this server: %v", os.Getenv("KG_NEO4J_HOME"), err)
	}
	return run
}

// TestNeo4jRestartMidRun stops Neo4j after a few batches of a 500-article
// pass and starts it again: the job retries until it is back, and the final
// graph is the one a clean run builds (counts and properties), with no
// duplicates.
func TestNeo4jRestartMidRun(t *testing.T) {
	if testing.Short() {
		t.Skip("restarts Neo4j; not in -short mode")
	}
	db := openDB(t)
	neo4jSh := neo4jScript(t)
	dir := t.TempDir()
	if _, err := testgen.Write(dir, 500); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	clean := newJob(t, testConfig(t, config.Source{Path: dir}), db)
	if st, err := clean.Pass(ctx); err != nil || st.Loaded != 500 {
		t.Fatalf("clean run: %+v %v", st, err)
	}
	want := db.dump(t, volatile...)
	db.reset(t)

	j := newJob(t, testConfig(t, config.Source{Path: dir}), db)
	started := make(chan error, 1)
	batches := 0
	j.OnBatch = func(Stats) {
		if batches++; batches != 4 {
			return
		}
		// Stop Neo4j between batches (the job waits here), then start
		// it again while the job retries the next batch.
		if err := neo4jSh("stop"); err != nil {
			t.Errorf("stop Neo4j: %v", err)
		}
		go func() { started <- neo4jSh("start") }()
	}
	t0 := time.Now()
	st, err := j.Pass(ctx)
	if serr := <-started; serr != nil {
		t.Fatalf("start Neo4j: %v", serr)
	}
	if err != nil {
		t.Fatalf("pass across the restart: %v", err)
	}
	// The driver retries a transaction for up to 30 s itself; the job's
	// backoff (counted here) takes over when an outage lasts longer.
	t.Logf("pass across the restart: %+v in %s, %v job-level retries", st, time.Since(t0).Round(time.Millisecond),
		testutil.ToFloat64(j.metrics.retries))
	if st.Loaded != 500 || st.Failed != 0 {
		t.Errorf("pass across the restart: %+v", st)
	}
	if n := db.count(t, `MATCH (a:Article) RETURN count(a)`); n != 500 {
		t.Errorf("%d articles, want 500", n)
	}
	db.checkConsistent(t)
	if d := kgtest.Diff(want, db.dump(t, volatile...)); d != "" {
		t.Errorf("graph after the restart differs from a clean run:\n%s", d)
	}
}
