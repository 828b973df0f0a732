package graph

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/kg-news/kg/model"
)

func TestPrepare(t *testing.T) {
	cases := []struct {
		name              string
		in                model.Document
		wantEntities      []model.Entity
		wantRelations     []string // keys
		skippedE, skipped int
		wantErr           bool
	}{
		{
			name:    "no article id",
			in:      model.Document{Article: model.Article{ID: "  "}},
			wantErr: true,
		},
		{
			name: "entities whitelisted, merged and named",
			in: model.Document{
				Article: model.Article{ID: "a"},
				Entities: []model.Entity{
					{ID: "x", Type: model.Company, Name: " X Corp ", Mentions: []string{"X", "X Corp", ""}},
					{ID: "y", Type: "Place", Name: "Riyadh"},
					{ID: "", Type: model.Person, Name: "nobody"},
					{ID: "x", Type: model.Person, NameAR: "إكس", Aliases: []string{"Ex"}},
				},
			},
			wantEntities: []model.Entity{
				{ID: "x", Type: model.Company, Name: "X Corp", NameAR: "إكس", Aliases: []string{"Ex", "X", "X Corp", "إكس"}},
			},
			skippedE: 2,
		},
		{
			name: "relations whitelisted, endpoints checked, deduped by key keeping the surest",
			in: model.Document{
				Article: model.Article{ID: "a"},
				Entities: []model.Entity{
					{ID: "b", Type: model.Company, Name: "B"},
					{ID: "a", Type: model.Company, Name: "A"},
				},
				Relations: []model.Relation{
					{Subject: "a", Predicate: model.Acquired, Object: "b", Amount: 2e9, Currency: "USD", Confidence: 0.5, Evidence: "weak"},
					{Subject: "a", Predicate: model.Acquired, Object: "b", Amount: 2.0001e9, Currency: "USD", Confidence: 0.9, Evidence: "strong"},
					{Subject: "a", Predicate: model.Acquired, Object: "b", Amount: 3e9, Currency: "USD"},
					{Subject: "a", Predicate: "SUED", Object: "b"},
					{Subject: "a", Predicate: model.Acquired, Object: "c"},
				},
			},
			wantEntities: []model.Entity{
				{ID: "a", Type: model.Company, Name: "A", Aliases: []string{"A"}},
				{ID: "b", Type: model.Company, Name: "B", Aliases: []string{"B"}},
			},
			wantRelations: []string{"a|ACQUIRED|b|2e+09USD", "a|ACQUIRED|b|3e+09USD"},
			skipped:       2,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := prepare(c.in)
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if err != nil {
				return
			}
			if !reflect.DeepEqual(d.entities, c.wantEntities) {
				t.Errorf("entities\n got %+v\nwant %+v", d.entities, c.wantEntities)
			}
			var keys []string
			for _, r := range d.relations {
				keys = append(keys, r.Key())
			}
			if !reflect.DeepEqual(keys, c.wantRelations) {
				t.Errorf("relations %v, want %v", keys, c.wantRelations)
			}
			if len(d.relations) > 0 && d.relations[0].Evidence != "strong" {
				t.Errorf("kept %q, want the surer claim", d.relations[0].Evidence)
			}
			if d.skippedEntities != c.skippedE || d.skippedRelations != c.skipped {
				t.Errorf("skipped %d entities %d relations, want %d %d", d.skippedEntities, d.skippedRelations, c.skippedE, c.skipped)
			}
		})
	}
}

func TestFingerprintIgnoresOrder(t *testing.T) {
	e1 := model.Entity{ID: "a", Type: model.Company, Name: "A", Mentions: []string{"A1", "A2"}}
	e2 := model.Entity{ID: "b", Type: model.Company, Name: "B"}
	r1 := model.Relation{Subject: "a", Predicate: model.Acquired, Object: "b"}
	r2 := model.Relation{Subject: "b", Predicate: model.PartnerIn, Object: "a"}
	x, _ := prepare(model.Document{Article: model.Article{ID: "d"}, Entities: []model.Entity{e1, e2}, Relations: []model.Relation{r1, r2}})
	e1.Mentions = []string{"A2", "A1"}
	y, _ := prepare(model.Document{Article: model.Article{ID: "d"}, Entities: []model.Entity{e2, e1}, Relations: []model.Relation{r2, r1}})
	if x.hash == "" || x.hash != y.hash {
		t.Errorf("same content, different order: %s vs %s", x.hash, y.hash)
	}
	r1.Status = model.Completed
	z, _ := prepare(model.Document{Article: model.Article{ID: "d"}, Entities: []model.Entity{e1, e2}, Relations: []model.Relation{r1, r2}})
	if z.hash == x.hash {
		t.Error("a changed claim kept the fingerprint")
	}
}

func TestBatches(t *testing.T) {
	mk := func(weights ...int) []doc {
		var ds []doc
		for i, w := range weights {
			d := doc{article: model.Article{ID: fmt.Sprint(i)}}
			d.relations = make([]model.Relation, w)
			ds = append(ds, d)
		}
		return ds
	}
	shape := func(bs [][]doc) []int {
		var out []int
		for _, b := range bs {
			out = append(out, len(b))
		}
		return out
	}
	cases := []struct {
		weights []int
		size    int
		want    []int
	}{
		{nil, 10, nil},
		{[]int{1, 1, 1}, 10, []int{3}},
		{[]int{4, 4, 4}, 8, []int{2, 1}},
		{[]int{20, 1, 1}, 8, []int{1, 2}},    // a heavy document is a batch alone
		{[]int{0, 0, 0}, 2, []int{2, 1}},     // an empty document still weighs one
		{[]int{3, 3}, 0, []int{1, 1}},        // size below one means one per batch
		{[]int{5, 5, 5, 5}, 10, []int{2, 2}}, // exactly full
	}
	for _, c := range cases {
		if got := shape(batches(mk(c.weights...), c.size)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("batches(%v, %d) = %v, want %v", c.weights, c.size, got, c.want)
		}
	}
}

func TestBuildRows(t *testing.T) {
	pub := time.Date(2024, 1, 1, 12, 0, 0, 0, time.FixedZone("", 3*3600))
	rel := func(ev, status string, conf float64) model.Relation {
		return model.Relation{Subject: "a", Predicate: model.InvestedIn, Object: "b", Amount: 5, Currency: "SAR", AmountUSD: 1.33,
			Status: status, Confidence: conf, Evidence: ev}
	}
	d1, _ := prepare(model.Document{
		Article:   model.Article{ID: "z", Title: "Z", PublishedAt: pub, ContentHash: "hz"},
		Entities:  []model.Entity{{ID: "a", Type: model.Company, Name: "A"}, {ID: "b", Type: model.Person, Name: "B"}},
		Relations: []model.Relation{rel("from z", model.Completed, 0.7)},
	})
	d2, _ := prepare(model.Document{
		Article:   model.Article{ID: "y"},
		Entities:  []model.Entity{{ID: "a", Type: model.Company, NameAR: "أ"}, {ID: "b", Type: model.Person}},
		Relations: []model.Relation{rel("from y", "", 0)},
	})
	r := buildRows([]doc{d1, d2})

	if len(r.articles) != 2 || r.mentionN != 4 {
		t.Fatalf("articles: %v", r.articles)
	}
	p := r.articles[0]
	if p["title"] != "Z" || p["url"] != nil || p["content_hash"] != "hz" ||
		p["published_at"] != pub.UTC() || p["published_at"].(time.Time).Location() != time.UTC ||
		fmt.Sprint(p["entities"]) != "[a b]" {
		t.Errorf("article row: %v", p)
	}
	if p := r.articles[1]; p["published_at"] != nil || p["title"] != nil {
		t.Errorf("empty fields should be nil (removing the property): %v", p)
	}

	want := []map[string]any{
		{"id": "a", "type": model.Company, "name": "A", "name_ar": "أ", "aliases": []string{"A", "أ"}},
		{"id": "b", "type": model.Person, "name": "B", "name_ar": nil, "aliases": []string{"B"}},
	}
	if !reflect.DeepEqual(r.entities, want) {
		t.Errorf("entities\n got %v\nwant %v", r.entities, want)
	}

	// One deal from two documents: two claims of one triple.
	cs := r.claims[triple{"a", model.InvestedIn, "b"}]
	if len(r.claims) != 1 || len(cs) != 2 || cs[0].source != "z" || cs[1].source != "y" || cs[0].published != pub || cs[1].evidence != "from y" {
		t.Fatalf("claims: %v", r.claims)
	}
	deals := resolve(triple{"a", model.InvestedIn, "b"}, cs)
	if len(deals) != 1 {
		t.Fatalf("deals: %v", deals)
	}
	got := deals[0].props()
	wantProps := map[string]any{
		"key": "a|INVESTED_IN|b|5SAR", "amount": 5.0, "currency": "SAR", "amount_usd": 1.33, "amount_text": nil,
		"sources":           []string{"y", "z"},
		"evidence":          []string{"from y", "from z"},
		"statuses":          []string{"", model.Completed},
		"confidences":       []float64{0, 0.7},
		"amounts":           []float64{5, 5},
		"currencies":        []string{"SAR", "SAR"},
		"amounts_usd":       []float64{1.33, 1.33},
		"amount_texts":      nil,
		"amount_qualifiers": nil,
		"status":            model.Completed,
		"confidence":        0.7,
	}
	if !reflect.DeepEqual(got, wantProps) {
		t.Errorf("deal props\n got %v\nwant %v", got, wantProps)
	}
}

func TestRedactURI(t *testing.T) {
	for in, want := range map[string]string{
		"bolt://127.0.0.1:7687":             "bolt://127.0.0.1:7687",
		"neo4j+s://neo4j:secret@db.io:7687": "neo4j+s://db.io:7687",
		"::not a uri":                       "::not a uri",
		"bolt://neo4j:pw%zz@host:port:bad":  "bolt://host:port:bad",
		"bolt://neo4j:p@ss@host/db?x=a@b":   "bolt://host/db?x=a@b",
		"neo4j:hunter22@host":               "host",
	} {
		if got := redactURI(in); got != want {
			t.Errorf("redactURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSettled(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	c := func(article string, published time.Time, status string, conf float64) claim {
		return claim{source: article, published: published, status: status, confidence: conf}
	}
	cases := []struct {
		name       string
		in         []claim
		status     string
		confidence float64
	}{
		{"none", nil, "", 0},
		{"latest wins", []claim{c("a", day(1), model.Proposed, 0.9), c("b", day(3), model.Rejected, 0.4), c("c", day(2), model.InTalks, 0.5)}, model.Rejected, 0.9},
		{"empty status ignored", []claim{c("a", day(1), model.Proposed, 0), c("b", day(3), "", 0.3)}, model.Proposed, 0.3},
		{"undated is oldest", []claim{c("z", time.Time{}, model.Completed, 0), c("a", day(1), model.Announced, 0)}, model.Announced, 0},
		{"tie goes to greater id", []claim{c("b", day(1), model.Completed, 0), c("a", day(1), model.Announced, 0)}, model.Completed, 0},
		{"all undated: greater id", []claim{c("a", time.Time{}, model.Completed, 0), c("b", time.Time{}, model.Announced, 0)}, model.Announced, 0},
	}
	for _, tc := range cases {
		s, conf := settled(tc.in)
		if s != tc.status || conf != tc.confidence {
			t.Errorf("%s: got %q %v, want %q %v", tc.name, s, conf, tc.status, tc.confidence)
		}
	}
}
