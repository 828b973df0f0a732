package graph_test

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kg-news/kg/examples"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/internal/kgtest"
)

// TestCheckQuery runs the analyst-query guard against the real server: the
// refused queries never run, the saved queries and ordinary reads pass.
func TestCheckQuery(t *testing.T) {
	s := kgtest.Open(t)
	ctx := context.Background()
	refused := []struct{ cypher, why string }{
		{"LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", "LOAD CSV"},
		{"load   csv with headers from $u as r return r", "LOAD CSV"},
		{"MATCH (n) CALL { LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r } RETURN r", "LOAD CSV"},
		{"TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE"},
		{"SHOW TRANSACTIONS", "SHOW"},
		{"SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id", "SHOW"},
		{"show users", "SHOW"},
		{"SHOW SETTINGS", "SHOW"},
		{"CREATE USER eve SET PASSWORD 'password1'", "administration"},
		{"DROP DATABASE neo4j", "administration"},
		{"GRANT ROLE admin TO eve", "administration"},
		{"STOP DATABASE neo4j", "administration"},
		{"CALL dbms.listConfig()", "procedure dbms.listConfig"},
		{"CALL db.awaitIndexes(1)", "procedure db.awaitIndexes"},
		{"CALL `dbms`.`killQueries`(['x'])", "procedure dbms.killQueries"},
		{"/* comment */ CALL dbms.components() YIELD name RETURN name", "procedure dbms.components"},
		{"USE system SHOW USERS", "USE"},
		{"PROFILE MATCH (n) RETURN n", "PROFILE"},
		{"MATCH (n) SET n.x = 1", "not read-only"},
		{"CREATE (n:Entity {id: 'x'})", "not read-only"},
	}
	for _, c := range refused {
		err := s.CheckQuery(ctx, c.cypher, map[string]any{"u": "http://127.0.0.1:9/"})
		if !errors.Is(err, graph.ErrRefused) || !strings.Contains(err.Error(), c.why) {
			t.Errorf("%s: got %v, want a refusal naming %q", c.cypher, err, c.why)
		}
	}
	allowed := []string{
		"MATCH (n) RETURN n.show AS x, {show: 1} AS m, 'LOAD CSV' AS s // SHOW USERS",
		"MATCH (e:Entity) WHERE e.name STARTS WITH $p RETURN e.name AS show",
		"CALL db.labels() YIELD label RETURN label",
		"CALL db.index.fulltext.queryNodes('entity_names', 'x') YIELD node RETURN node",
		"MATCH (n) CALL (n) { RETURN 1 AS one } RETURN one",
	}
	for _, q := range allowed {
		if err := s.CheckQuery(ctx, q, map[string]any{"p": "x"}); err != nil {
			t.Errorf("%s: refused: %v", q, err)
		}
	}
	files, err := fs.Glob(examples.Queries, "queries/*.cypher")
	if err != nil || len(files) == 0 {
		t.Fatalf("no saved queries: %v", err)
	}
	for _, f := range files {
		b, _ := examples.Queries.ReadFile(f)
		q, err := graph.ParseSavedQuery(f, b)
		if err != nil {
			t.Fatal(err)
		}
		params, err := q.Bind(fillParams(q))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.CheckQuery(ctx, q.Cypher, params); err != nil {
			t.Errorf("saved query %s refused: %v", f, err)
		}
	}
}

// fillParams gives every required parameter a string value.
func fillParams(q graph.SavedQuery) map[string]any {
	m := map[string]any{}
	for _, p := range q.Params {
		if !p.HasDefault {
			m[p.Name] = "x"
		}
	}
	return m
}

// TestQueryTimeout: a query that would run for hours is stopped by the
// server at the transaction timeout.
func TestQueryTimeout(t *testing.T) {
	s := kgtest.Open(t)
	_, err := s.QueryLimited(context.Background(),
		"UNWIND range(1, 3000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n", nil,
		graph.QueryLimits{Timeout: time.Second})
	if err == nil || !strings.Contains(err.Error(), "query.timeout") {
		t.Fatalf("got %v, want the transaction timeout", err)
	}
}

func TestQueryMaxRows(t *testing.T) {
	s := kgtest.Open(t)
	ctx := context.Background()
	res, err := s.QueryLimited(ctx, "UNWIND range(1, 10) AS x RETURN x", nil, graph.QueryLimits{MaxRows: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 3 || !res.Truncated {
		t.Fatalf("got %d rows truncated=%v, want 3 and truncated", len(res.Rows), res.Truncated)
	}
	res, err = s.QueryLimited(ctx, "UNWIND range(1, 3) AS x RETURN x", nil, graph.QueryLimits{MaxRows: 3})
	if err != nil || len(res.Rows) != 3 || res.Truncated {
		t.Fatalf("got %d rows truncated=%v err=%v, want 3, not truncated", len(res.Rows), res.Truncated, err)
	}
}

// TestServerRefusesLoadCSV checks the local launcher's own guards (they
// hold even for a client that skips kg's check): LOAD CSV may neither
// fetch from a loopback server nor read a server file, and the server
// bounds every transaction's time (db.transaction.timeout).
func TestServerRefusesLoadCSV(t *testing.T) {
	s := kgtest.Open(t)
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		_, _ = w.Write([]byte("a,b\n1,2\n"))
	}))
	defer srv.Close()
	ctx := context.Background()
	for _, url := range []string{srv.URL + "/x.csv", "file:///etc/passwd"} {
		_, _, err := s.Query(ctx, "LOAD CSV FROM $url AS row RETURN count(row) AS n", map[string]any{"url": url})
		if err == nil || !strings.Contains(err.Error(), "ExternalResourceFailed") {
			t.Errorf("LOAD CSV FROM %s: got %v, want the server's refusal", url, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server fetched the loopback URL %d times", n)
	}
	_, rows := kgtest.Rows(t, s, "SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value", nil)
	if len(rows) != 1 || rows[0][0] == "0s" || rows[0][0] == "0" {
		t.Errorf("db.transaction.timeout = %v, want the launcher's bound", rows)
	}
}
