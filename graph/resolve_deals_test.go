package graph

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

// regroupDocs: an English and an Arabic report each of one Latin-named
// company and its Arabic-only double (invented names), disagreeing the way
// reports do: a rounded and a precise figure, euros and dollars, two
// tranches with a third report giving no figure, a hedged figure, a role.
func regroupDocs() []model.Document {
	qamar := model.Entity{ID: "qamar-labs", Type: model.Company, Name: "Qamar Labs"}
	qamarAR := model.Entity{ID: "qmr-labz", Type: model.Company, NameAR: "قمر لابز"}
	falak := model.Entity{ID: "falak-fund", Type: model.Organization, Name: "Falak Fund", NameAR: "صندوق فلك"}
	nahr := model.Entity{ID: "nahr-tech", Type: model.Company, Name: "Nahr Tech", NameAR: "نهر تك"}
	sahil := model.Entity{ID: "sahil-co", Type: model.Company, Name: "Sahil Co", NameAR: "ساحل"}
	boss := model.Entity{ID: "dana-ward", Type: model.Person, Name: "Dana Ward", NameAR: "دانا ورد"}
	rel := func(s, p, o string, amount float64, cur string, usd float64, text, qual, status, ev string) model.Relation {
		return model.Relation{Subject: s, Predicate: p, Object: o, Amount: amount, Currency: cur, AmountUSD: usd,
			AmountText: text, AmountQualifier: qual, Status: status, Confidence: 0.8, Evidence: ev}
	}
	ar := func(a model.Article) model.Article { a.Lang = "ar"; return a }
	return []model.Document{
		{Article: art("e1.en", "1", "2024-01-01T00:00:00Z"), Entities: []model.Entity{qamar, falak, nahr, boss},
			Relations: []model.Relation{
				rel("falak-fund", model.InvestedIn, "qamar-labs", 97e9, "USD", 97e9, "$97bn", "", model.Announced, "Falak puts $97bn into Qamar."),
				rel("qamar-labs", model.Acquired, "nahr-tech", 20e6, "USD", 20e6, "$20m", "", model.Completed, "Qamar buys a $20m stake in Nahr."),
				rel("dana-ward", model.CEOOf, "qamar-labs", 0, "", 0, "", "", "", "Dana Ward runs Qamar."),
			}},
		{Article: art("e2.en", "1", "2024-01-05T00:00:00Z"), Entities: []model.Entity{qamar, nahr, sahil},
			Relations: []model.Relation{
				rel("qamar-labs", model.Acquired, "nahr-tech", 35e6, "USD", 35e6, "$35m", "", model.Completed, "Qamar adds $35m."),
				rel("qamar-labs", model.BidFor, "sahil-co", 5e9, "EUR", 5.4e9, "€5bn", "", model.Proposed, "Qamar bids €5bn for Sahil."),
			}},
		{Article: ar(art("a1.ar", "1", "2024-02-01T00:00:00Z")), Entities: []model.Entity{qamarAR, falak, nahr, boss},
			Relations: []model.Relation{
				rel("falak-fund", model.InvestedIn, "qmr-labz", 97.4e9, "USD", 97.4e9, "97.4 مليار دولار", "", model.Completed, "فلك تستثمر 97.4 مليار دولار."),
				rel("qmr-labz", model.Acquired, "nahr-tech", 35e6, "USD", 35e6, "نحو 35 مليون دولار", model.About, model.Completed, "نحو 35 مليون دولار."),
				rel("dana-ward", model.CEOOf, "qmr-labz", 0, "", 0, "", "", "", "دانا ورد الرئيسة التنفيذية."),
			}},
		{Article: ar(art("a2.ar", "1", "2024-02-02T00:00:00Z")), Entities: []model.Entity{qamarAR, nahr, sahil},
			Relations: []model.Relation{
				rel("qmr-labz", model.Acquired, "nahr-tech", 0, "", 0, "", "", model.Completed, "قمر تشتري حصة في نهر."),
				rel("qmr-labz", model.BidFor, "sahil-co", 5.4e9, "USD", 5.4e9, "5.4 مليار دولار", "", model.Rejected, "رفض عرض 5.4 مليار دولار."),
			}},
	}
}

// TestMergeRegroupsDeals: merging the Arabic-only node into the Latin one
// gives the deals a load onto one node gives (the rounded and the precise
// figure one deal, euros and dollars one, the tranches two and the report
// without a figure a third, every source's figure kept); splitting it gives
// back the graph as loaded.
func TestMergeRegroupsDeals(t *testing.T) {
	s := openTest(t)
	docs := regroupDocs()
	load(t, s, onOneNode(docs, []truthPair{{same: true, ar: "qmr-labz", en: "qamar-labs"}}, "")...)
	want := dealDump(t, s)
	if len(want) != 6 {
		t.Fatalf("a load onto one node gave %d deals, want 6:\n%v", len(want), want)
	}
	reset(t, s)
	load(t, s, docs...)
	before := dump(t, s, volatile...)

	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(ctx) }()
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (bool, error) {
		return true, writeMerge(ctx, tx, plannedMerge{from: "qmr-labz", to: "qamar-labs", record: mergeRecord{ID: "qmr-labz", Type: model.Company}})
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want, dealDump(t, s)); d != "" {
		t.Errorf("merged deals differ from a load onto one node (- one node, + merged):\n%s", d)
	}
	if _, err := s.Split(ctx, "qmr-labz"); err != nil {
		t.Fatal(err)
	}
	if d := diff(before, dump(t, s, append(volatile, "no_merge", "caption")...)); d != "" {
		t.Errorf("split did not restore the loaded graph:\n%s", d)
	}
}

// TestResolveWhileLoading: merges running while another connection loads
// the pair articles one at a time end, after a last resolve, in the graph
// of loading everything and resolving once: no claim lost or doubled by a
// regroup racing a load.
func TestResolveWhileLoading(t *testing.T) {
	s := openTest(t)
	docs := pairDocs(t)
	load(t, s, docs...)
	resolveAll(t, s)
	want := dump(t, s, volatile...)
	reset(t, s)

	loader, err := Open(context.Background(), testConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = loader.Close(context.Background()) }()
	done := make(chan error, 1)
	go func() {
		for _, d := range docs {
			if _, err := loader.Load(context.Background(), []model.Document{d}, 1); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for loading := true; loading; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			loading = false
		default:
			resolveAll(t, s)
		}
	}
	resolveAll(t, s)
	if d := diff(want, dump(t, s, volatile...)); d != "" {
		t.Errorf("resolving while loading gave another graph:\n%s", d)
	}
}

// TestSplitAfterReload: a split of an id a load brought back before any
// resolve keeps that node and regroups its new claims with those given back.
func TestSplitAfterReload(t *testing.T) {
	s := openTest(t)
	docs := regroupDocs()
	edited := docs[2]
	edited.Article.ContentHash = "2"
	edited.Relations = append([]model.Relation(nil), edited.Relations...)
	edited.Relations[0].Evidence = "فلك تستثمر 97.4 مليار دولار، في تقرير معدل."
	load(t, s, append(docs[:2:2], edited, docs[3])...)
	want := dealDump(t, s)
	reset(t, s)

	load(t, s, docs...)
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(ctx) }()
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (bool, error) {
		return true, writeMerge(ctx, tx, plannedMerge{from: "qmr-labz", to: "qamar-labs", record: mergeRecord{ID: "qmr-labz", Type: model.Company}})
	})
	if err != nil {
		t.Fatal(err)
	}
	load(t, s, edited) // brings qmr-labz back with a1's claims
	if _, err := s.Split(ctx, "qmr-labz"); err != nil {
		t.Fatal(err)
	}
	if d := diff(want, dealDump(t, s)); d != "" {
		t.Errorf("split after a reload: deals differ from a load onto two nodes (- two nodes, + split):\n%s", d)
	}
	if n := scalar(t, s, `MATCH (e:Entity {id: 'qmr-labz'}) RETURN count(e)`, nil); n != int64(1) {
		t.Errorf("%v nodes qmr-labz, want 1", n)
	}
}
