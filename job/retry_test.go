package job

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/internal/testgen"
	"github.com/kg-news/kg/model"
)

// flakyStore fails its first calls as an unreachable server does, then
// works; it remembers what was loaded.
type flakyStore struct {
	failReads, failLoads int
	refuse               string // an article id whose load is refused for good
	hashes               map[string]string
}

var errDown = fmt.Errorf("read hashes: %w", &neo4j.ConnectivityError{Inner: errors.New("dial tcp 127.0.0.1:7687: connect: connection refused")})

func (s *flakyStore) ContentHashes(_ context.Context, ids []string) (map[string]string, error) {
	if s.failReads > 0 {
		s.failReads--
		return nil, errDown
	}
	out := map[string]string{}
	for _, id := range ids {
		if h, ok := s.hashes[id]; ok {
			out[id] = h
		}
	}
	return out, nil
}

func (s *flakyStore) Load(_ context.Context, docs []model.Document, _ int) (graph.Report, error) {
	if s.failLoads > 0 {
		s.failLoads--
		return graph.Report{}, &neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable", Msg: "database unavailable"}
	}
	var r graph.Report
	for _, d := range docs {
		if d.Article.ID == s.refuse {
			return graph.Report{}, &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.TypeError", Msg: "bad value"}
		}
	}
	for _, d := range docs {
		s.hashes[d.Article.ID] = d.Article.ContentHash
		r.ArticlesNew++
	}
	return r, nil
}

func fakeJob(t *testing.T, s Store, n int) *Job {
	t.Helper()
	dir := t.TempDir()
	if _, err := testgen.Write(dir, n); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, config.Source{Path: dir})
	cfg.Ingest.BatchSize = 5
	j, err := New(cfg, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	j.SetStore(s)
	return j
}

func TestRetriesUntilNeo4jIsBack(t *testing.T) {
	s := &flakyStore{failReads: 2, failLoads: 2, hashes: map[string]string{}}
	j := fakeJob(t, s, 10)
	st, err := j.Pass(context.Background())
	if err != nil || st.Loaded != 10 || st.Failed != 0 {
		t.Fatalf("pass: %+v %v", st, err)
	}
	if n := testutil.ToFloat64(j.metrics.retries); n != 4 {
		t.Errorf("%v retries counted, want 4", n)
	}
}

func TestGivesUpAfterRetryTimeout(t *testing.T) {
	s := &flakyStore{failReads: 1 << 30, hashes: map[string]string{}}
	j := fakeJob(t, s, 3)
	j.cfg.Job.RetryTimeout = 2 * time.Second
	_, err := j.Pass(context.Background())
	if err == nil || !errors.Is(err, errDown) {
		t.Fatalf("pass against a dead server: %v", err)
	}
	last, ok, _ := j.State().LastPass()
	if !ok || last.Error == "" {
		t.Errorf("the failed pass is not recorded: %+v", last)
	}
}

func TestStopWhileNeo4jIsDown(t *testing.T) {
	s := &flakyStore{failReads: 1 << 30, hashes: map[string]string{}}
	j := fakeJob(t, s, 3)
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	t0 := time.Now()
	_, err := j.Pass(ctx)
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(t0) > 5*time.Second {
		t.Fatalf("stop while retrying: %v after %s", err, time.Since(t0))
	}
}

func TestRefusedArticleFailsAlone(t *testing.T) {
	s := &flakyStore{refuse: "art-00003.txt", hashes: map[string]string{}}
	j := fakeJob(t, s, 10)
	st, err := j.Pass(context.Background())
	if err != nil || st.Loaded != 9 || st.Failed != 1 {
		t.Fatalf("pass: %+v %v", st, err)
	}
	list, _ := j.State().Failures("")
	if len(list) != 1 || list[0].Item != "art-00003.txt" || list[0].Stage != StageLoad {
		t.Fatalf("failures: %+v", list)
	}
}
