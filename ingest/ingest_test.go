package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/model"
)

// countingX counts extractions and panics on the article named boom.
type countingX struct{ calls atomic.Int64 }

func (x *countingX) Extract(a model.Article) model.Document {
	x.calls.Add(1)
	if a.ID == "boom.txt" {
		panic("boom")
	}
	return model.Document{Article: a, Entities: []model.Entity{{ID: "e-" + a.ID, Type: model.Company, Name: "E"}}}
}

// memStore keeps content hashes; failAfter makes the Load calls after it
// commit half the batch, then fail as a restarting server does.
type memStore struct {
	mu         sync.Mutex
	hashes     map[string]string
	doc        map[string]string // id -> content hash of what was loaded
	halfFails  int               // loads that commit half, then fail
	refuse     string            // an id Neo4j refuses for good
	deadlines  []time.Duration   // time left on each Load's context
	hashReads  int
	loadCalled int
}

func newMem() *memStore { return &memStore{hashes: map[string]string{}, doc: map[string]string{}} }

func (s *memStore) ContentHashes(_ context.Context, ids []string) (map[string]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hashReads++
	out := map[string]string{}
	for _, id := range ids {
		if h, ok := s.hashes[id]; ok {
			out[id] = h
		}
	}
	return out, nil
}

func (s *memStore) Load(ctx context.Context, docs []model.Document, _ int) (graph.Report, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.loadCalled++
	if dl, ok := ctx.Deadline(); ok {
		s.deadlines = append(s.deadlines, time.Until(dl))
	}
	for _, d := range docs {
		if d.Article.ID == s.refuse {
			return graph.Report{}, &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.ArgumentError", Msg: "Property value is too large to index"}
		}
	}
	var rep graph.Report
	n := len(docs)
	if s.halfFails > 0 {
		s.halfFails--
		n = len(docs) / 2
	}
	for _, d := range docs[:n] {
		if s.doc[d.Article.ID] == d.Article.ContentHash {
			rep.ArticlesUnchanged++
			continue
		}
		s.doc[d.Article.ID] = d.Article.ContentHash
		s.hashes[d.Article.ID] = d.Article.ContentHash
		rep.ArticlesNew++
	}
	if n < len(docs) {
		return rep, &neo4j.ConnectivityError{Inner: errors.New("connection reset by peer")}
	}
	return rep, nil
}

type memRecorder struct {
	mu   sync.Mutex
	list []Failure
}

func (r *memRecorder) Record(f Failure) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.list = append(r.list, f)
	return nil
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func articles(n int) map[string]string {
	m := map[string]string{}
	for i := range n {
		m[fmt.Sprintf("a-%03d.txt", i)] = fmt.Sprintf("Story %d\n\nAcme bought Beta number %d.\n", i, i)
	}
	return m
}

func pipeline(s *memStore, x Extractor, rec Recorder) *Pipeline {
	return &Pipeline{Options: Options{BatchSize: 4, Queue: 1, RetryTimeout: time.Minute}, Extractor: x, Hasher: s, Loader: s, Recorder: rec}
}

// TestUnchangedArticlesAreNotExtracted fails if the content-hash pre-skip
// is disabled: the second run must not call the extractor at all.
func TestUnchangedArticlesAreNotExtracted(t *testing.T) {
	dir := writeFiles(t, articles(10))
	s, x := newMem(), &countingX{}
	p := pipeline(s, x, nil)
	src := []Source{Paths{Paths: []string{dir}}}
	if st, err := p.Run(context.Background(), src); err != nil || st.Loaded != 10 {
		t.Fatalf("first run: %+v %v", st, err)
	}
	x.calls.Store(0)
	st, err := p.Run(context.Background(), src)
	if err != nil || st.Skipped != 10 || st.Loaded != 0 {
		t.Fatalf("second run: %+v %v", st, err)
	}
	if n := x.calls.Load(); n != 0 {
		t.Errorf("second run extracted %d unchanged articles, want 0", n)
	}
	if s.hashReads != 3+3 {
		t.Errorf("%d hash reads, want one per batch (3 a run)", s.hashReads)
	}
	p.Force = true
	if st, err := p.Run(context.Background(), src); err != nil || x.calls.Load() != 10 || st.Skipped != 10 {
		t.Errorf("--force: %d extractions, %+v %v; want 10 extracted and reported unchanged by the load", x.calls.Load(), st, err)
	}
}

// TestIdentity: files in two folders, or in two languages, are distinct
// articles; two records with one id are one failure naming both.
func TestIdentity(t *testing.T) {
	files := map[string]string{
		"2025-01/story.txt": "January\n\nAcme bought Beta.\n",
		"2025-02/story.txt": "February\n\nAcme bought Gamma.\n",
		"deal.en.txt":       "Deal\n\nAcme bought Delta.\n",
		"deal.ar.txt":       "صفقة\n\nاشترت أكمي دلتا.\n",
		"recs.jsonl":        `{"id":"r1","text":"one"}` + "\n" + `{"id":"r1","text":"two"}` + "\n",
	}
	dir := writeFiles(t, files)
	s, rec := newMem(), &memRecorder{}
	st, err := pipeline(s, &countingX{}, rec).Run(context.Background(), []Source{Paths{Paths: []string{dir}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"2025-01/story.txt", "2025-02/story.txt", "deal.en.txt", "deal.ar.txt", "r1"} {
		if _, ok := s.doc[id]; !ok {
			t.Errorf("article %s not loaded; have %v", id, s.doc)
		}
	}
	if st.Seen != 6 || st.Loaded != 5 || st.Failed != 1 || len(rec.list) != 1 {
		t.Fatalf("stats %+v, failures %+v", st, rec.list)
	}
	f := rec.list[0]
	if f.Stage != StageIdentity || !strings.Contains(f.Reason, `"r1"`) || !strings.HasSuffix(f.Item, "recs.jsonl") || !strings.Contains(f.Reason, "recs.jsonl") {
		t.Errorf("failure %+v does not name both inputs", f)
	}
}

// TestOneBadArticleFailsAlone: a panic in extraction and an article Neo4j
// refuses each fail alone, named; the rest of their batches commit.
func TestOneBadArticleFailsAlone(t *testing.T) {
	files := articles(7)
	files["boom.txt"] = "Boom\n\nAcme.\n"
	dir := writeFiles(t, files)
	s, rec := newMem(), &memRecorder{}
	s.refuse = "a-002.txt"
	st, err := pipeline(s, &countingX{}, rec).Run(context.Background(), []Source{Paths{Paths: []string{dir}}})
	if err != nil {
		t.Fatal(err)
	}
	if st.Loaded != 6 || st.Failed != 2 || len(s.doc) != 6 {
		t.Fatalf("stats %+v, loaded %v", st, s.doc)
	}
	stages := map[string]string{}
	for _, f := range rec.list {
		stages[f.Item] = f.Stage
	}
	if stages["boom.txt"] != StageExtract || stages["a-002.txt"] != StageLoad {
		t.Errorf("failures %+v", rec.list)
	}
}

// TestStatsAfterAFailedAttempt: an attempt that committed part of a batch
// and failed is retried; the articles are counted once.
func TestStatsAfterAFailedAttempt(t *testing.T) {
	dir := writeFiles(t, articles(8))
	s := newMem()
	s.halfFails = 2
	p := pipeline(s, &countingX{}, nil)
	p.RetryTimeout = time.Minute
	st, err := p.Run(context.Background(), []Source{Paths{Paths: []string{dir}}})
	if err != nil {
		t.Fatal(err)
	}
	if st.Loaded != 8 || st.Skipped != 0 || st.Skipped+st.Loaded > st.Seen {
		t.Errorf("stats %+v: want 8 loaded, 0 skipped, skipped+loaded <= seen", st)
	}
}

// TestAttemptsEndAtTheRetryDeadline: every Load runs under a context that
// ends by job.retry_timeout, so the driver's own retries inside an attempt
// cannot outlast it.
func TestAttemptsEndAtTheRetryDeadline(t *testing.T) {
	dir := writeFiles(t, articles(3))
	s := newMem()
	p := pipeline(s, &countingX{}, nil)
	p.RetryTimeout = 3 * time.Second
	if _, err := p.Run(context.Background(), []Source{Paths{Paths: []string{dir}}}); err != nil {
		t.Fatal(err)
	}
	if len(s.deadlines) == 0 {
		t.Fatal("Load ran without a deadline")
	}
	for _, d := range s.deadlines {
		if d > p.RetryTimeout {
			t.Errorf("Load's context ends in %s, after job.retry_timeout %s", d, p.RetryTimeout)
		}
	}
}

// TestStopWritesNoNewBatch: after a stop no batch starts writing.
func TestStopWritesNoNewBatch(t *testing.T) {
	dir := writeFiles(t, articles(40))
	s := newMem()
	p := pipeline(s, &countingX{}, nil)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	p.OnBatch = func(Stats) {
		if n++; n == 2 {
			cancel()
		}
	}
	st, err := p.Run(ctx, []Source{Paths{Paths: []string{dir}}})
	if !errors.Is(err, context.Canceled) || st.Loaded != 8 || len(s.doc) != 8 {
		t.Errorf("stopped run: %+v %v, %d loaded", st, err, len(s.doc))
	}
}
