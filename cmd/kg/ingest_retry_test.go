//go:build unix

package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/internal/kgtest"
	"github.com/kg-news/kg/internal/testgen"
)

// cutProxy forwards loopback TCP connections to a server; cut drops every
// connection and refuses new ones for a while, as a restarting server does.
type cutProxy struct {
	ln       net.Listener
	upstream string
	mu       sync.Mutex
	conns    []net.Conn
	downTill time.Time
}

func newCutProxy(t *testing.T, upstream string) *cutProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, upstream: upstream}
	t.Cleanup(func() { _ = ln.Close(); p.cut(0) })
	go p.serve()
	return p
}

func (p *cutProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := time.Now().Before(p.downTill)
		p.mu.Unlock()
		if down {
			_ = c.Close()
			continue
		}
		u, err := net.Dial("tcp", p.upstream)
		if err != nil {
			_ = c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, u)
		p.mu.Unlock()
		go func() { _, _ = io.Copy(u, c); _ = u.Close() }()
		go func() { _, _ = io.Copy(c, u); _ = c.Close() }()
	}
}

// cut closes every open connection and refuses new ones for d.
func (p *cutProxy) cut(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.downTill = time.Now().Add(d)
	for _, c := range p.conns {
		_ = c.Close()
	}
	p.conns = nil
}

// TestIngestRetriesWhileNeo4jIsAway runs `kg ingest` (the built binary)
// through a proxy that drops its Neo4j connections after the third batch
// and refuses them for 35 s, longer than the driver's own 30 s of
// transaction retries: kg ingest must retry on its own (it once had no
// retry: one Neo4j restart failed the run), exit 0 and leave every article
// loaded once.
func TestIngestRetriesWhileNeo4jIsAway(t *testing.T) {
	if testing.Short() && !kgtest.Required() {
		t.Skip("skipping Neo4j integration test in -short mode")
	}
	c := kgtest.Config()
	ctx := context.Background()
	store, err := graph.Open(ctx, c)
	if err != nil {
		if kgtest.Required() {
			t.Fatalf("Neo4j required (KG_REQUIRE_NEO4J=1) but not usable: %v", err)
		}
		t.Skipf("skipping: no Neo4j: %v", err)
	}
	defer func() { _ = store.Close(ctx) }()
	wipe(t, c.URI, c.Password)
	host := strings.TrimPrefix(strings.TrimPrefix(c.URI, "bolt://"), "neo4j://")
	if strings.Contains(host, "/") || strings.Contains(host, "@") || !strings.Contains(host, ":") {
		t.Skipf("KG_NEO4J_URI %s is not a plain bolt://host:port the proxy can front", c.URI)
	}
	proxy := newCutProxy(t, host)

	bin := buildKg(t)
	tmp := t.TempDir()
	articles := filepath.Join(tmp, "articles")
	if _, err := testgen.Write(articles, 120); err != nil {
		t.Fatal(err)
	}
	cfgFile := filepath.Join(tmp, "kg.yaml")
	cfg := fmt.Sprintf("ingest:\n  batch_size: 10\nstate:\n  dir: %s\njob:\n  retry_timeout: 5m\n", filepath.Join(tmp, "state"))
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--config", cfgFile, "--log-format", "json", "ingest", articles)
	cmd.Env = append(os.Environ(), "HOME="+tmp, "KG_NEO4J_URI=bolt://"+proxy.ln.Addr().String(), "KG_NEO4J_PASSWORD="+c.Password)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	guard := time.AfterFunc(5*time.Minute, func() { _ = cmd.Process.Kill() })
	defer guard.Stop()
	var lines []string
	batches := 0
	sc := bufio.NewScanner(stderr)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if strings.Contains(sc.Text(), `"msg":"batch"`) {
			if batches++; batches == 3 {
				proxy.cut(35 * time.Second)
			}
		}
	}
	err = cmd.Wait()
	log := strings.Join(lines, "\n")
	if err != nil {
		t.Fatalf("kg ingest across a 35 s outage: %v\n%s", err, tail(log))
	}
	if batches < 3 {
		t.Fatalf("only %d batches: the outage never happened\n%s", batches, tail(log))
	}
	// Where the cut lands decides who waits it out: inside a transaction
	// the driver gives up after its 30 s and kg's own retry takes over;
	// while acquiring a connection the driver itself waits up to 60 s. Both
	// must end with exit 0 and every article once (asserted below).
	if !strings.Contains(log, "neo4j call failed, retrying") || !strings.Contains(log, "neo4j is back") {
		t.Logf("the driver rode out the outage itself this time (no retry by kg in the log)")
	}
	count := func(q string) int64 {
		_, rows, err := store.Query(ctx, q, nil)
		if err != nil || len(rows) != 1 {
			t.Fatalf("%s: %v %v", q, rows, err)
		}
		n, _ := rows[0][0].(int64)
		return n
	}
	if n := count(`MATCH (a:Article) RETURN count(a)`); n != 120 {
		t.Errorf("%d articles after the outage, want 120", n)
	}
	if n := count(`MATCH (a:Article) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)`); n != 0 {
		t.Errorf("%d duplicated article ids", n)
	}
}

func tail(s string) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[max(0, len(lines)-25):], "\n")
}
