package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/kg-news/kg/model"
)

// dealDocs: one purchase reported four ways (rounded, precise, without an
// amount, in euros), and two investments of different size between one
// pair with a third article naming neither figure.
func dealDocs() []model.Document {
	buy := func(amount float64, cur string, usd float64, text, ev string) model.Relation {
		return model.Relation{Subject: "aramco", Predicate: model.Acquired, Object: "sabic", Amount: amount, Currency: cur,
			AmountUSD: usd, AmountText: text, Status: model.Announced, Confidence: 0.8, Evidence: ev}
	}
	inv := func(amount float64, text, ev string) model.Relation {
		r := invest("microsoft", "openai", amount, amount, model.Completed, ev)
		r.AmountText = text
		return r
	}
	two := []model.Entity{aramco, sabic}
	ms := []model.Entity{microsoft, openai}
	return []model.Document{
		{Article: art("headline", "1", "2024-01-01T00:00:00Z"), Entities: two, Relations: []model.Relation{buy(69e9, "USD", 69e9, "$69bn", "Aramco buys SABIC for $69bn.")}},
		{Article: art("body", "1", "2024-01-02T00:00:00Z"), Entities: two, Relations: []model.Relation{buy(69.1e9, "USD", 69.1e9, "$69.1bn", "The price is $69.1bn.")}},
		{Article: art("bare", "1", "2024-01-03T00:00:00Z"), Entities: two, Relations: []model.Relation{buy(0, "", 0, "", "Aramco completes the SABIC purchase.")}},
		{Article: art("euro", "1", "2024-01-04T00:00:00Z"), Entities: two, Relations: []model.Relation{buy(63e9, "EUR", 68.4e9, "€63bn", "Aramco paid €63bn.")}},
		{Article: art("first", "1", "2019-07-22T00:00:00Z"), Entities: ms, Relations: []model.Relation{inv(1e9, "$1 billion", "Microsoft invests $1 billion.")}},
		{Article: art("second", "1", "2023-01-23T00:00:00Z"), Entities: ms, Relations: []model.Relation{inv(10e9, "$10bn", "Microsoft invests $10bn more.")}},
		{Article: art("vague", "1", "2023-02-01T00:00:00Z"), Entities: ms, Relations: []model.Relation{inv(0, "", "Microsoft backs OpenAI.")}},
	}
}

func TestDealResolution(t *testing.T) {
	s := openTest(t)
	docs := dealDocs()
	load(t, s, docs...)
	got := fmt.Sprint(cypher(t, s, `MATCH (a)-[r:ACQUIRED|INVESTED_IN]->(b)
		RETURN type(r), r.key, r.amount, r.currency, r.amount_text, r.sources, r.amounts, r.currencies, r.amount_texts ORDER BY r.key`, nil))
	want := "[[ACQUIRED aramco|ACQUIRED|sabic|6.91e+10USD 6.91e+10 USD $69.1bn [bare body euro headline] [0 6.91e+10 6.3e+10 6.9e+10] [ USD EUR USD] [ $69.1bn €63bn $69bn]] " +
		"[INVESTED_IN microsoft|INVESTED_IN|openai <nil> <nil> <nil> [vague] [0] [USD] <nil>] " +
		"[INVESTED_IN microsoft|INVESTED_IN|openai|1e+09USD 1e+09 USD $1 billion [first] [1e+09] [USD] [$1 billion]] " +
		"[INVESTED_IN microsoft|INVESTED_IN|openai|1e+10USD 1e+10 USD $10bn [second] [1e+10] [USD] [$10bn]]]"
	if got != want {
		t.Errorf("deals\n got %s\nwant %s", got, want)
	}
	ref := dump(t, s, "ingested_at", "last_seen", "first_seen")

	// Any arrival order, one article per transaction, gives the same graph.
	orders := [][]int{{6, 5, 4, 3, 2, 1, 0}, {2, 0, 3, 1, 6, 4, 5}, {3, 2, 1, 0, 5, 6, 4}, {1, 3, 0, 2, 4, 6, 5}}
	for _, o := range orders {
		reset(t, s)
		for _, i := range o {
			if _, err := s.Load(context.Background(), []model.Document{docs[i]}, 1); err != nil {
				t.Fatal(err)
			}
		}
		if d := diff(ref, dump(t, s, "ingested_at", "last_seen", "first_seen")); d != "" {
			t.Errorf("order %v gave another graph:\n%s", o, d)
		}
	}
	// Loading everything again changes nothing.
	before := dump(t, s, "ingested_at")
	load(t, s, docs...)
	if d := diff(before, dump(t, s, "ingested_at")); d != "" {
		t.Errorf("re-load changed the graph:\n%s", d)
	}

	// The precise article edited to drop its figure: the deal falls back to
	// the next most precise one, and stays one relationship.
	edited := docs[1]
	edited.Article.ContentHash = "2"
	edited.Relations = nil
	rep := load(t, s, edited)
	if rep.RelationshipsDeleted != 0 {
		t.Errorf("edit deleted a deal: %+v", rep)
	}
	got = fmt.Sprint(cypher(t, s, `MATCH ()-[r:ACQUIRED]->() RETURN r.key, r.amount, r.sources`, nil))
	if got != "[[aramco|ACQUIRED|sabic|6.9e+10USD 6.9e+10 [bare euro headline]]]" {
		t.Errorf("after the edit: %s", got)
	}
}
