package eval

import (
	"encoding/json"
	"testing"

	"github.com/kg-news/kg/model"
)

func TestLabelRelations(t *testing.T) {
	var g Gold
	if err := json.Unmarshal([]byte(`{"article": "x", "lang": "en",
	 "entities": [{"key": "q", "type": "Company", "names": ["Quorvex"]},
	              {"key": "p", "type": "Company", "names": ["Plumora"]},
	              {"key": "h", "type": "Company", "names": ["Halvorsen"]}],
	 "relations": [{"subject": "q", "predicate": "ACQUIRED", "object": "p", "amount": 50e6, "currency": "USD"}],
	 "optional_relations": [{"subject": "h", "predicate": "INVESTED_IN", "object": "p"}]}`), &g); err != nil {
		t.Fatal(err)
	}
	d := &model.Document{Entities: []model.Entity{
		{ID: "quorvex", Type: model.Company, Name: "Quorvex"},
		{ID: "plumora", Type: model.Company, Name: "Plumora"},
		{ID: "halvorsen", Type: model.Company, Name: "Halvorsen"},
	}}
	rels := []model.Relation{
		{Subject: "quorvex", Predicate: model.Acquired, Object: "plumora", Amount: 50e6, Currency: "USD"}, // right
		{Subject: "quorvex", Predicate: model.Acquired, Object: "plumora", Amount: 5e9, Currency: "USD"},  // wrong amount
		{Subject: "plumora", Predicate: model.Acquired, Object: "quorvex", Amount: 50e6, Currency: "USD"}, // reversed
		{Subject: "halvorsen", Predicate: model.InvestedIn, Object: "plumora"},                            // optional
	}
	want := []int{LabelRight, LabelWrong, LabelWrong, LabelOptional}
	got := LabelRelations(g, d, rels)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("relation %d labelled %d, want %d", i, got[i], want[i])
		}
	}
}
