package job

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/internal/testwipe"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/internal/kgtest"
)

// The integration tests run against a real Neo4j, the local test server by
// default (bolt://127.0.0.1:7688, password kgpassword, what `make test`
// starts; never the demo's 7687); they wipe it.
// KG_NEO4J_URI / KG_NEO4J_PASSWORD point them elsewhere. Without a
// reachable server they skip, unless KG_REQUIRE_NEO4J=1 (as in CI).

// testConfig is a job configuration for tests: small batches, a fresh
// state directory, short HTTP timeouts.
func testConfig(t testing.TB, sources ...config.Source) *config.Config {
	return &config.Config{
		Neo4j:    kgtest.Config(),
		Ingest:   config.Ingest{BatchSize: 25},
		Log:      config.Log{Format: "text", Level: "info"},
		Sources:  sources,
		Schedule: "15m",
		State:    config.State{Dir: t.TempDir()},
		Fetch:    config.Fetch{Timeout: 2 * time.Second, MaxBytes: config.DefaultMaxBytes, MaxRedirects: 3, UserAgent: "kg-test"},
		Job:      config.Job{RetryTimeout: 5 * time.Minute},
	}
}

// testDB is the Neo4j under test: the store the job writes with and a
// driver for wiping and dumping.
type testDB struct {
	store *graph.Store
	drv   neo4j.DriverWithContext
}

// openDB opens the test Neo4j on a wiped database with the schema applied.
func openDB(tb testing.TB) *testDB {
	tb.Helper()
	required := os.Getenv("KG_REQUIRE_NEO4J") == "1"
	if testing.Short() && !required {
		tb.Skip("skipping Neo4j integration test in -short mode")
	}
	ctx := context.Background()
	cfg := kgtest.Config()
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		if required {
			tb.Fatalf("Neo4j required (KG_REQUIRE_NEO4J=1) but not usable: %v", err)
		}
		tb.Skipf("skipping: no Neo4j (set KG_NEO4J_URI/KG_NEO4J_PASSWORD; KG_REQUIRE_NEO4J=1 makes this a failure): %v", err)
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		tb.Fatal(err)
	}
	db := &testDB{store: s, drv: drv}
	tb.Cleanup(func() {
		_ = s.Close(ctx)
		_ = drv.Close(ctx)
	})
	db.reset(tb)
	if _, err := s.ApplySchema(ctx); err != nil {
		tb.Fatal(err)
	}
	return db
}

// reset deletes every node and relationship.
func (db *testDB) reset(tb testing.TB) {
	tb.Helper()
	ctx := context.Background()
	// CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction.
	sess := db.drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
	defer func() { _ = sess.Close(ctx) }()
	if err := testwipe.Run(ctx, sess); err != nil {
		tb.Fatal(err)
	}
}

// rows runs a read query.
func (db *testDB) rows(tb testing.TB, q string, params map[string]any) [][]any {
	tb.Helper()
	_, rows, err := db.store.Query(context.Background(), q, params)
	if err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	return rows
}

func (db *testDB) count(tb testing.TB, q string) int64 {
	tb.Helper()
	r := db.rows(tb, q, nil)
	if len(r) != 1 || len(r[0]) != 1 {
		tb.Fatalf("%s: got %v", q, r)
	}
	n, _ := r[0][0].(int64)
	return n
}

// dump is every node and relationship with its properties, minus the
// volatile ones, as sorted JSON lines: equal dumps are equal graphs.
func (db *testDB) dump(tb testing.TB, volatile ...string) []string {
	tb.Helper()
	var out []string
	for _, row := range db.rows(tb, `MATCH (n) RETURN labels(n), properties(n)`, nil) {
		labels := row[0].([]any)
		sort.Slice(labels, func(i, j int) bool { return labels[i].(string) < labels[j].(string) })
		props := row[1].(map[string]any)
		for _, k := range volatile {
			delete(props, k)
		}
		b, _ := json.Marshal([]any{labels, props})
		out = append(out, string(b))
	}
	for _, row := range db.rows(tb, `MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)`, nil) {
		props := row[3].(map[string]any)
		for _, k := range volatile {
			delete(props, k)
		}
		b, _ := json.Marshal([]any{row[0], row[1], row[2], props})
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}

// volatile are the properties that record when something was written.
var volatile = []string{"ingested_at", "first_seen", "last_seen"}

// checkConsistent asserts what must hold of any graph the job leaves, even
// after a stop: unique ids, deals with parallel lists naming existing
// articles, no deal without a source.
func (db *testDB) checkConsistent(tb testing.TB) {
	tb.Helper()
	if n := db.count(tb, `MATCH (a:Article) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)`); n != 0 {
		tb.Errorf("%d duplicated article ids", n)
	}
	if n := db.count(tb, `MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)`); n != 0 {
		tb.Errorf("%d duplicated entity ids", n)
	}
	if n := db.count(tb, `MATCH (a:Article) WHERE a.content_hash IS NULL RETURN count(*)`); n != 0 {
		tb.Errorf("%d articles without content_hash", n)
	}
	if n := db.count(tb, `MATCH ()-[r]->() WHERE r.sources IS NOT NULL AND (size(r.sources) = 0 OR size(r.sources) <> size(r.evidence)) RETURN count(r)`); n != 0 {
		tb.Errorf("%d deals with no source or lists out of step", n)
	}
	if n := db.count(tb, `MATCH ()-[r]->() WHERE r.sources IS NOT NULL UNWIND r.sources AS sid
		OPTIONAL MATCH (a:Article {id: sid}) WITH a WHERE a IS NULL RETURN count(*)`); n != 0 {
		tb.Errorf("%d deal sources name no article", n)
	}
}

// newJob builds a job writing to db, logging into the test log.
func newJob(tb testing.TB, cfg *config.Config, db *testDB) *Job {
	tb.Helper()
	j, err := New(cfg, testLogger(tb), nil)
	if err != nil {
		tb.Fatal(err)
	}
	j.SetStore(db.store)
	return j
}

type tbWriter struct{ tb testing.TB }

func (w tbWriter) Write(p []byte) (int, error) {
	w.tb.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func testLogger(tb testing.TB) *slog.Logger {
	if os.Getenv("KG_TEST_LOG") == "" {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return slog.New(slog.NewTextHandler(tbWriter{tb}, nil))
}
