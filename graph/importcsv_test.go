package graph

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/model"
)

func TestLessJoined(t *testing.T) {
	cases := []struct{ a, b triple }{
		{triple{"a", "P", "x"}, triple{"ab", "P", "x"}}, // a prefix: "|" sorts after letters
		{triple{"a", "P", "x"}, triple{"a", "P", "x"}},
		{triple{"a", "P", "x"}, triple{"a", "P", "xy"}},
		{triple{"a", "P", "x"}, triple{"a", "Q", "a"}},
		{triple{"", "P", "x"}, triple{"a", "", ""}},
		{triple{"a|b", "P", "x"}, triple{"a", "b|P", "x"}},
	}
	for _, c := range cases {
		for _, p := range [][2]triple{{c.a, c.b}, {c.b, c.a}} {
			if got, want := lessJoined(p[0], p[1]), p[0].String() < p[1].String(); got != want {
				t.Errorf("lessJoined(%v, %v) = %v, want %v", p[0], p[1], got, want)
			}
		}
	}
}

// importLines is every line of the CSV files of an import, sorted per file.
func importLines(t *testing.T, docs []model.Document) map[string][]string {
	t.Helper()
	dir := t.TempDir()
	if _, err := WriteImport(dir, docs, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, name := range append(append([]string(nil), ImportFiles.Nodes...), ImportFiles.Relationships...) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		sort.Strings(lines)
		out[name] = lines
	}
	return out
}

// An article id that comes twice is written once, with the last version's
// rows and claims, as Load does.
func TestImportRepeatedArticle(t *testing.T) {
	ents := []model.Entity{
		{ID: "c1", Type: model.Company, Name: "Zorvex Holdings"},
		{ID: "c2", Type: model.Company, Name: "Quillmar Group"},
		{ID: "c3", Type: model.Company, Name: "Brantel Works"},
	}
	deal := func(obj string, amount float64) model.Relation {
		return model.Relation{Subject: "c1", Predicate: model.Acquired, Object: obj, Amount: amount, Currency: "USD",
			AmountUSD: amount, Status: model.Announced, Confidence: 0.8, Evidence: "Zorvex buys."}
	}
	v1 := model.Document{Article: art("a1", "first", ""), Entities: ents, Relations: []model.Relation{deal("c2", 5e6)}}
	v2 := model.Document{Article: art("a1", "second", ""), Entities: ents[:2], Relations: []model.Relation{deal("c2", 9e6)}}
	other := model.Document{Article: art("a2", "other", ""), Entities: ents, Relations: []model.Relation{deal("c3", 1e6)}}

	got := importLines(t, []model.Document{v1, other, v2})
	want := importLines(t, []model.Document{other, v2, {Article: art("a3", "", ""), Entities: ents}})
	for _, name := range []string{"articles.csv", "mentions.csv", "deals.csv"} {
		if strings.Join(got[name], "\n") != strings.Join(importLines(t, []model.Document{other, v2})[name], "\n") {
			t.Errorf("%s: got\n%s", name, strings.Join(got[name], "\n"))
		}
	}
	if strings.Join(got["entities.csv"], "\n") != strings.Join(want["entities.csv"], "\n") {
		t.Errorf("entities.csv: got\n%s", strings.Join(got["entities.csv"], "\n"))
	}
}
