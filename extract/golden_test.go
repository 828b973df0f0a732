package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGolden extracts the articles invented for these tests, whose expected
// graphs in testdata/golden were written and checked by hand, and compares.
// The shared corpora are not snapshotted here: quality_test.go scores them
// against their gold with floors. Run with -update only after checking by
// hand that the new output is right.
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	if len(paths) == 0 {
		t.Skip("no articles")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := source.FromBytes(p, b)
		if err != nil {
			t.Fatal(err)
		}
		doc := testX.Extract(a)
		doc.Article.Source = filepath.Base(p) // the same wherever the tree is
		// Golden files are named, and keyed, by the file name stem, as
		// the gold files of the corpus are.
		stem, _, _ := strings.Cut(filepath.Base(p), ".")
		doc.Article.ID = stem
		got, err := json.MarshalIndent(goldenView(doc), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "golden", stem+".json")
		if *update {
			if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: no golden file (run go test -run TestGolden -update): %v", p, err)
			continue
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
			t.Errorf("%s: extraction differs from %s (run with -update if the change is meant)", p, golden)
		}
	}
}

// goldenView keeps what the golden files pin: entities and relations,
// without evidence sentences and confidences that would only add noise.
func goldenView(doc model.Document) any {
	type rel struct {
		Subject, Predicate, Object string
		Amount                     float64 `json:",omitempty"`
		Currency                   string  `json:",omitempty"`
		Status                     string  `json:",omitempty"`
	}
	type ent struct {
		ID, Type, Name, NameAR string
		Mentions               []string
	}
	v := struct {
		Article   string
		Entities  []ent
		Relations []rel
	}{Article: doc.Article.ID}
	for _, e := range doc.Entities {
		v.Entities = append(v.Entities, ent{e.ID, e.Type, e.Name, e.NameAR, e.Mentions})
	}
	for _, r := range doc.Relations {
		v.Relations = append(v.Relations, rel{r.Subject, r.Predicate, r.Object, r.Amount, r.Currency, r.Status})
	}
	return v
}
