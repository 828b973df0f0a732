package graph

import (
	"context"
	"math"
	"testing"

	"github.com/kg-news/kg/model"
)

func TestAmountText(t *testing.T) {
	for _, c := range []struct {
		amount   float64
		currency string
		want     string
	}{
		{97.4e9, "USD", "$97.4bn"},
		{13e9, "USD", "$13bn"},
		{580e6, "USD", "$580m"},
		{3.75e9, "SAR", "SAR 3.75bn"},
		{1234, "", "1.23k"},
		{999, "EUR", "EUR 999"},
		{0, "USD", ""},
		{-5, "USD", ""},
		{math.NaN(), "USD", ""},
		{math.Inf(1), "USD", ""},
	} {
		if got := AmountText(c.amount, c.currency); got != c.want {
			t.Errorf("AmountText(%v, %q) = %q, want %q", c.amount, c.currency, got, c.want)
		}
	}
}

// TestUpdateCaptions checks that the Cypher formatting agrees with
// AmountText, that an Arabic-only entity is captioned in Arabic, and that a
// second run writes nothing.
func TestUpdateCaptions(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	doc := model.Document{
		Article: model.Article{ID: "cap", Title: "t", Lang: "ar"},
		Entities: []model.Entity{
			{ID: "a", Type: model.Company, Name: "A Co", NameAR: "أ"},
			{ID: "b", Type: model.Company, NameAR: "ب"},
			{ID: "c", Type: model.Person, Name: "C"},
		},
		Relations: []model.Relation{
			{Subject: "a", Predicate: model.Acquired, Object: "b", Amount: 3.75e9, Currency: "SAR", AmountUSD: 1e9},
			{Subject: "a", Predicate: model.InvestedIn, Object: "b", Amount: 97.4e9, Currency: "USD", AmountUSD: 97.4e9},
			{Subject: "c", Predicate: model.CEOOf, Object: "a"},
		},
	}
	load(t, s, doc)
	n, err := s.UpdateCaptions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 6 {
		t.Errorf("first run wrote %d captions, want 6", n)
	}
	rows := cypher(t, s, `MATCH (e:Entity) RETURN e.id, e.caption ORDER BY e.id`, nil)
	want := map[string]string{"a": "A Co", "b": "ب", "c": "C"}
	for _, r := range rows {
		if r[1] != want[r[0].(string)] {
			t.Errorf("entity %v caption %v, want %v", r[0], r[1], want[r[0].(string)])
		}
	}
	rows = cypher(t, s, `MATCH ()-[r]->() WHERE NOT r:MENTIONS RETURN type(r), r.amount, r.currency, r.amount_text, r.caption`, nil)
	if len(rows) != 3 {
		t.Fatalf("deals: %v", rows)
	}
	for _, r := range rows {
		amount, _ := r[1].(float64)
		currency, _ := r[2].(string)
		text := AmountText(amount, currency)
		wantCaption := r[0].(string)
		if text != "" {
			wantCaption += " " + text
		}
		if got, _ := r[3].(string); got != text || r[4] != wantCaption {
			t.Errorf("%v: amount_text %v caption %v; want %q, %q", r[0], r[3], r[4], text, wantCaption)
		}
	}
	if n, err := s.UpdateCaptions(ctx); err != nil || n != 0 {
		t.Errorf("second run wrote %d captions (err %v), want 0", n, err)
	}
}
