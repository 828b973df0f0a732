//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/internal/kgtest"
)

// TestQueryCommandGuards runs `kg query` (the built binary) against the real
// Neo4j: what graph.CheckQuery refuses never reaches the server, a saved-query
// name that is a path is refused, and query.timeout and query.max_rows hold.
// It only reads.
func TestQueryCommandGuards(t *testing.T) {
	if testing.Short() && !kgtest.Required() {
		t.Skip("skipping Neo4j integration test in -short mode")
	}
	c := kgtest.Config()
	s, err := graph.Open(context.Background(), c)
	if err != nil {
		if kgtest.Required() {
			t.Fatalf("Neo4j required (KG_REQUIRE_NEO4J=1) but not usable: %v", err)
		}
		t.Skipf("skipping: no Neo4j: %v", err)
	}
	_ = s.Close(context.Background())
	bin := buildKg(t)
	kg := func(env []string, args ...string) (string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append([]string{"query"}, args...)...)
		cmd.Env = append(os.Environ(), "KG_CONFIG=", "HOME="+t.TempDir(), "KG_NEO4J_URI="+c.URI, "KG_NEO4J_PASSWORD="+c.Password)
		cmd.Env = append(cmd.Env, env...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		return out.String(), err
	}
	for _, tc := range []struct {
		args []string
		env  []string
		want string
	}{
		{[]string{"--cypher", "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"}, nil, "LOAD CSV"},
		{[]string{"--cypher", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"}, nil, "TERMINATE"},
		{[]string{"--cypher", "SHOW TRANSACTIONS"}, nil, "SHOW"},
		{[]string{"--cypher", "CALL dbms.listConfig()"}, nil, "procedure dbms.listConfig"},
		{[]string{"--cypher", "MATCH (n) SET n.x = 1"}, nil, "not read-only"},
		{[]string{"/etc/passwd"}, nil, "not a saved-query name"},
		{[]string{"--cypher", "UNWIND range(1, 3000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n"}, []string{"KG_QUERY_TIMEOUT=1s"}, "query.timeout"},
	} {
		out, err := kg(tc.env, tc.args...)
		if err == nil || !strings.Contains(out, tc.want) || strings.Contains(out, "root:") {
			t.Errorf("kg query %q: %v\n%s\nwant a refusal naming %q", tc.args, err, out, tc.want)
		}
	}
	out, err := kg([]string{"KG_QUERY_MAX_ROWS=5"}, "--cypher", "UNWIND range(1, 50) AS x RETURN x")
	if err != nil || !strings.Contains(out, "cut at query.max_rows=5") || strings.Contains(out, "\n6 ") {
		t.Errorf("kg query with query.max_rows=5: %v\n%s", err, out)
	}
}
