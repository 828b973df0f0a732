package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"

	"github.com/kg-news/kg/internal/kgenv"
)

// sharedDir finds ../shared beside the repository, or skips (fails under
// KG_REQUIRE_SHARED=1).
func sharedDir(t *testing.T) string { return kgenv.Shared(t) }

func extractFiles(t *testing.T, paths ...string) []model.Document {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []model.Document
	err = source.Walk(paths, nil, func(a model.Article) error {
		docs = append(docs, x.Extract(a))
		return nil
	}, func(p string, err error) { t.Errorf("%s: %v", p, err) })
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestSeedArticleEndToEnd extracts the seed article with the real extractor,
// loads it into the real Neo4j and reads the deals back with Cypher.
func TestSeedArticleEndToEnd(t *testing.T) {
	shared := sharedDir(t)
	s := openTest(t)
	seed := filepath.Join(shared, "corpus", "dev", "seed-openai-bid.ar.txt")
	docs := extractFiles(t, seed)
	load(t, s, docs...)

	checks := []struct {
		name, q string
		want    float64
	}{
		{"Musk bid for OpenAI", `MATCH (:Person {name:'Elon Musk'})-[r:BID_FOR {currency:'USD'}]->(:Company {name:'OpenAI'}) RETURN r.amount`, 97.4e9},
		{"Microsoft invested in OpenAI", `MATCH (:Company {name:'Microsoft'})-[r:INVESTED_IN]->(:Company {name:'OpenAI'}) WHERE r.amount IS NOT NULL RETURN r.amount`, 13e9},
	}
	for _, c := range checks {
		rows := cypher(t, s, c.q, nil)
		if len(rows) != 1 {
			t.Errorf("%s: got %d rows, want 1", c.name, len(rows))
			continue
		}
		if got, _ := rows[0][0].(float64); got != c.want {
			t.Errorf("%s: amount %v, want %v", c.name, rows[0][0], c.want)
		}
	}
	// Musk read under several spellings is one node with its Arabic name.
	rows := cypher(t, s, `MATCH (p:Person {id:'elon-musk'}) RETURN p.name_ar, size(p.aliases)`, nil)
	if len(rows) != 1 || rows[0][0] == nil {
		t.Fatalf("elon-musk node: %v", rows)
	}

	// Loading the same article again changes nothing.
	before := dump(t, s, "ingested_at", "last_seen")
	load(t, s, extractFiles(t, seed)...)
	if d := diff(before, dump(t, s, "ingested_at", "last_seen")); d != "" {
		t.Errorf("re-ingest changed the graph:\n%s", d)
	}
	_ = context.Background()
}
