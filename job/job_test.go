package job

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/ingest"
	"github.com/kg-news/kg/internal/kgtest"
	"github.com/kg-news/kg/internal/testgen"
	"github.com/kg-news/kg/model"
)

func TestSecondPassWritesNothing(t *testing.T) {
	db := openDB(t)
	dir := t.TempDir()
	if _, err := testgen.Write(dir, 60); err != nil {
		t.Fatal(err)
	}
	j := newJob(t, testConfig(t, config.Source{Path: dir}), db)
	ctx := context.Background()
	first, err := j.Pass(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if first.Seen != 60 || first.Loaded != 60 || first.Skipped != 0 || first.Failed != 0 {
		t.Fatalf("first pass: %+v", first)
	}
	if first.RelationshipsCreated == 0 || first.EntitiesCreated == 0 {
		t.Fatalf("first pass wrote no entities or deals: %+v", first)
	}
	// kg run writes the display properties as kg ingest does.
	if n := db.count(t, `MATCH (e:Entity) WHERE e.caption IS NULL RETURN count(e)`); n != 0 {
		t.Errorf("%d entities without a caption after kg run", n)
	}
	if n := db.count(t, `MATCH ()-[r]->() WHERE r.amount > 0 AND (r.amount_text IS NULL OR r.caption IS NULL) RETURN count(r)`); n != 0 {
		t.Errorf("%d deals without amount_text/caption after kg run", n)
	}
	before := db.dump(t) // volatile properties included: nothing may be rewritten
	// The stored content hashes (graph.Store.ContentHashes, read before
	// extraction) skip every article: the extractor is not called.
	x := &countingExtractor{x: j.Extractor}
	j.Extractor = x
	second, err := j.Pass(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if second.Seen != 60 || second.Skipped != 60 || second.Loaded != 0 || second.RelationshipsCreated+second.RelationshipsUpdated+second.EntitiesCreated+second.EntitiesMatched != 0 {
		t.Fatalf("second pass over unchanged sources wrote something: %+v", second)
	}
	if n := x.calls.Load(); n != 0 {
		t.Errorf("second pass extracted %d unchanged articles, want 0 (content-hash pre-skip)", n)
	}
	if d := kgtest.Diff(before, db.dump(t)); d != "" {
		t.Fatalf("second pass changed the graph:\n%s", d)
	}
	db.checkConsistent(t)
}

func TestEditedArticleReplacesItsClaims(t *testing.T) {
	db := openDB(t)
	dir := t.TempDir()
	paths, err := testgen.Write(dir, 12)
	if err != nil {
		t.Fatal(err)
	}
	j := newJob(t, testConfig(t, config.Source{Path: dir}), db)
	ctx := context.Background()
	if _, err := j.Pass(ctx); err != nil {
		t.Fatal(err)
	}
	// art-00005: "Intel invests $6 billion in Anthropic" ... and an
	// acquisition; rewrite it to name another investor and drop the rest.
	if n := db.count(t, `MATCH (:Entity {id:'intel'})-[r:INVESTED_IN]->(:Entity {id:'anthropic'}) WHERE 'art-00005.txt' IN r.sources RETURN count(r)`); n != 1 {
		t.Fatalf("fixture: expected Intel -INVESTED_IN-> Anthropic from art-00005, got %d", n)
	}
	edited := "Adobe invests $6 billion in Anthropic\n\nAdobe said on Monday it invested $6 billion in Anthropic, in a deal announced in the morning.\n"
	if err := os.WriteFile(paths[5], []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := j.Pass(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Loaded != 1 || st.Skipped != 11 {
		t.Fatalf("after editing one article: %+v, want 1 loaded and 11 skipped", st)
	}
	if n := db.count(t, `MATCH (:Entity {id:'intel'})-[r:INVESTED_IN]->(:Entity {id:'anthropic'}) RETURN count(r)`); n != 0 {
		t.Errorf("the edited article's old deal is still there (%d)", n)
	}
	if n := db.count(t, `MATCH (:Entity {id:'adobe'})-[r:INVESTED_IN]->(:Entity {id:'anthropic'}) WHERE r.sources = ['art-00005.txt'] RETURN count(r)`); n != 1 {
		t.Errorf("the edited article's new deal is missing (%d)", n)
	}
	if n := db.count(t, `MATCH (:Article {id:'art-00005.txt'})-[:MENTIONS]->(e:Entity) WHERE NOT e.id IN ['adobe', 'anthropic'] RETURN count(e)`); n != 0 {
		t.Errorf("the edited article still mentions %d entities it no longer names", n)
	}
	// Its claim on the shared Visa-Stripe deal ($6bn, shared with no other
	// of the 12) is withdrawn, and the deal with it.
	if n := db.count(t, `MATCH ()-[r]->() WHERE 'art-00005.txt' IN r.sources AND NOT (startNode(r).id = 'adobe') RETURN count(r)`); n != 0 {
		t.Errorf("%d deals still cite the edited article", n)
	}
	// The other articles' claims are untouched: Visa-Stripe $1bn has
	// sources art-00000 and art-00010.
	rows := db.rows(t, `MATCH (:Entity {id:'visa'})-[r:INVESTED_IN]->(:Entity {id:'stripe'}) WHERE r.amount = 1.0e9 RETURN r.sources`, nil)
	if len(rows) != 1 || len(rows[0][0].([]any)) != 2 {
		t.Errorf("shared deal: %v, want one with two sources", rows)
	}
	db.checkConsistent(t)
}

func TestStopLetsTheBatchCommit(t *testing.T) {
	db := openDB(t)
	dir := t.TempDir()
	if _, err := testgen.Write(dir, 100); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, config.Source{Path: dir})
	cfg.Ingest.BatchSize = 10
	j := newJob(t, cfg, db)
	ctx, cancel := context.WithCancel(context.Background())
	batches := 0
	j.OnBatch = func(Stats) {
		if batches++; batches == 3 {
			cancel()
		}
	}
	st, err := j.Pass(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("stopped pass returned %v", err)
	}
	if st.Loaded != 30 {
		t.Fatalf("loaded %d, want the 3 batches committed before the stop (30)", st.Loaded)
	}
	if n := db.count(t, `MATCH (a:Article) RETURN count(a)`); n != 30 {
		t.Fatalf("%d articles in the graph, want 30", n)
	}
	db.checkConsistent(t)
	// The next pass finishes the work.
	st, err = j.Pass(context.Background())
	if err != nil || st.Skipped != 30 || st.Loaded != 70 {
		t.Fatalf("pass after stop: %+v %v", st, err)
	}
}

func TestFailuresAreKept(t *testing.T) {
	st, err := OpenState(filepath.Join(t.TempDir(), "state"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := st.LastPass(); ok || err != nil {
		t.Fatalf("fresh state has a last pass: %v %v", ok, err)
	}
	for _, f := range []Failure{{Run: "r1", Source: "a", Reason: "x"}, {Run: "r2", Source: "b", Reason: "y"}, {Run: "r2", Source: "c", Reason: "z"}} {
		if err := st.Record(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SavePass(PassSummary{Run: "r2", Stats: Stats{Failed: 2}}); err != nil {
		t.Fatal(err)
	}
	last, ok, err := st.LastPass()
	if !ok || err != nil || last.Run != "r2" || last.Failed != 2 {
		t.Fatalf("last pass %+v %v %v", last, ok, err)
	}
	r2, _ := st.Failures("r2")
	all, _ := st.Failures("")
	if len(r2) != 2 || len(all) != 3 || r2[1].Source != "c" {
		t.Fatalf("r2 %v all %v", r2, all)
	}
}

// countingExtractor counts the articles it extracts.
type countingExtractor struct {
	x     ingest.Extractor
	calls atomic.Int64
}

func (c *countingExtractor) Extract(a model.Article) model.Document {
	c.calls.Add(1)
	return c.x.Extract(a)
}

func TestRetryable(t *testing.T) {
	if Retryable(context.Canceled) || Retryable(errors.New("load: article \"x\": no id")) {
		t.Error("permanent errors are retryable")
	}
	if !Retryable(context.DeadlineExceeded) {
		t.Error("timeouts are not retryable")
	}
}
