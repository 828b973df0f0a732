package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/kg-news/kg/model"
)

// TestJSONLArticleIDFollowsFormat: kg extract --format jsonl names an
// article as ../shared/eval/FORMAT.md says (the file name without folders
// and extensions, unless the input names an id), whatever id the graph uses.
func TestJSONLArticleIDFollowsFormat(t *testing.T) {
	cases := []struct{ id, source, want string }{
		{"2025-01/deal.en.txt", "/feeds/2025-01/deal.en.txt", "deal"},
		{"deal.ar.txt", "in/deal.ar.txt", "deal"},
		{"rec-7", "in/records.jsonl", "rec-7"},
	}
	for _, c := range cases {
		var b bytes.Buffer
		if err := writeJSONL(&b, model.Document{Article: model.Article{ID: c.id, Source: c.source}}); err != nil {
			t.Fatal(err)
		}
		var got struct {
			Article struct{ ID string } `json:"article"`
		}
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if got.Article.ID != c.want {
			t.Errorf("id %q source %q: jsonl id %q, want %q", c.id, c.source, got.Article.ID, c.want)
		}
	}
}
