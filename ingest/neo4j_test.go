package ingest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/internal/kgtest"
	"github.com/kg-news/kg/model"
)

// unbounded adds to the article named bad an entity whose name is 8 KB of
// capitalised words, as extraction made before names were bounded: Neo4j
// refuses to index it.
type unbounded struct{ x *extract.Extractor }

func (u unbounded) Extract(a model.Article) model.Document {
	d := u.x.Extract(a)
	if strings.HasPrefix(a.ID, "bad") {
		name := strings.Repeat("Alpha Bravo Charlie Delta ", 320)
		d.Entities = append(d.Entities, model.Entity{ID: "huge", Type: model.Company, Name: name, Aliases: []string{name}})
	}
	return d
}

// TestCapitalisedRunAmongGoodArticles, against the real Neo4j: ~8 KB of
// capitalised words in one article. With the real extractor the run is no
// name and every article loads; with an extractor that lets it through,
// Neo4j refuses that one article, which is a recorded failure, and the
// good ones of its batch and after it commit.
func TestCapitalisedRunAmongGoodArticles(t *testing.T) {
	store := kgtest.Open(t)
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"bad.txt": "Acme Holdings bought Beta Industries for $5 million.\n\n" + strings.Repeat("Alpha Bravo Charlie Delta ", 320) + "\n",
	}
	for i, body := range []string{
		"Microsoft invested $1 billion in OpenAI.", "Amazon agreed to acquire Souq.com for $580 million.",
		"Oracle invested $2 billion in Nvidia.", "Apple agreed to acquire Intel for $9 billion.",
	} {
		files["good-"+string(rune('a'+i))+".txt"] = "Story\n\n" + body + "\n"
	}
	dir := writeFiles(t, files)
	src := []Source{Paths{Paths: []string{dir}}}
	for _, tc := range []struct {
		name   string
		x      Extractor
		loaded int
	}{
		{"bounded at extraction", x, 5},
		{"refused by Neo4j", unbounded{x}, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kgtest.Write(t, "MATCH (n) DETACH DELETE n")
			rec := &memRecorder{}
			p := &Pipeline{Options: Options{BatchSize: 3, RetryTimeout: time.Minute}, Extractor: tc.x, Hasher: store, Loader: store, Recorder: rec}
			st, err := p.Run(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			if st.Loaded != tc.loaded || st.Failed != 5-tc.loaded || len(rec.list) != 5-tc.loaded {
				t.Fatalf("stats %+v, failures %+v", st, rec.list)
			}
			if len(rec.list) == 1 && (rec.list[0].Item != "bad.txt" || rec.list[0].Stage != StageLoad) {
				t.Errorf("failure %+v", rec.list[0])
			}
			_, rows := kgtest.Rows(t, store, `MATCH (a:Article) RETURN count(a)`, nil)
			if n, _ := rows[0][0].(int64); int(n) != tc.loaded {
				t.Errorf("%d articles in the graph, want %d", n, tc.loaded)
			}
		})
	}
}
