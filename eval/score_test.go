package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

func num(s string) *json.Number { n := json.Number(s); return &n }
func str(s string) *string      { return &s }

func testGold() Gold {
	return Gold{
		Article: "seed",
		Lang:    "ar",
		Entities: []GoldEntity{
			{Key: "elon-musk", Type: model.Person, Names: []string{"Elon Musk", "إيلون ماسك"}},
			{Key: "sam-altman", Type: model.Person, Names: []string{"Sam Altman"}},
			{Key: "openai", Type: model.Company, Names: []string{"OpenAI", "أوبن إيه آي"}},
			{Key: "twitter", Type: model.Company, Names: []string{"Twitter"}},
			{Key: "microsoft", Type: model.Company, Names: []string{"Microsoft"}},
			{Key: "riyadh", Type: "Place", Names: []string{"Riyadh"}},
		},
		Relations: []GoldRelation{
			{Subject: Key("elon-musk"), Predicate: model.BidFor, Object: Key("openai"), Amount: num("97.4e9"), Currency: str("USD")},
			{Subject: AnyOf("sam-altman", "openai"), Predicate: model.BidFor, Object: Key("twitter"), Amount: num("9740000000")},
			{Subject: Key("sam-altman"), Predicate: model.CEOOf, Object: Key("openai")},
			{Subject: Key("openai"), Predicate: "VALUED_AT", Amount: num("3e11")},
		},
		Optional: []GoldRelation{{Subject: Key("microsoft"), Predicate: model.InvestedIn}},
	}
}

func ent(id, typ, name string, mentions ...string) model.Entity {
	return model.Entity{ID: id, Type: typ, Name: name, Mentions: mentions}
}

func rel(s, p, o string, amount float64, cur string) model.Relation {
	return model.Relation{Subject: s, Predicate: p, Object: o, Amount: amount, Currency: cur}
}

func TestScoreArticle(t *testing.T) {
	doc := model.Document{
		Article: model.Article{Source: "corpus/seed.ar.txt"}, // paired by the stem
		Entities: []model.Entity{
			ent("e1", model.Person, "Elon", "إِيلُون مَاسك"), // diacritics
			ent("o1", model.Organization, "أوبن ايه اي"),     // variant alef; wrong type
			ent("s1", model.Person, "sam altman"),
			ent("m1", model.Company, "MICROSOFT"),
			ent("r1", "Place", "Riyadh"),        // not scored
			ent("x1", model.Person, "John Doe"), // extra
			ent("x2", model.Company, ""),        // extra, printed None
		},
		Relations: []model.Relation{
			rel("e1", model.BidFor, "o1", 97.4e9*1.005, "usd"), // TP: within 1.1%, currency case
			rel("e1", model.BidFor, "o1", 97.4e9*1.005, "USD"), // same signature: skipped
			rel("e1", model.BidFor, "o1", 97.4e9*0.995, "USD"), // matches the claimed gold: neither
			rel("o1", model.BidFor, "x1", 9.74e9, ""),          // unknown object: FP
			rel("o1", model.BidFor, "x1", 9.74e9, ""),          // same signature: skipped
			rel("s1", model.CEOOf, "o1", 0, ""),                // TP
			rel("m1", model.InvestedIn, "e1", 5e6, "USD"),      // optional: neither
			rel("e1", model.Acquired, "o1", 0, ""),             // FP
			rel("e1", "KNOWS", "s1", 0, ""),                    // unscored
		},
	}
	rep := Score(map[string]Gold{"seed": testGold()}, []model.Document{doc})
	if len(rep.Articles) != 1 || len(rep.NoOutput) != 0 {
		t.Fatalf("articles %d, no output %v", len(rep.Articles), rep.NoOutput)
	}
	a := rep.Articles[0]
	if want := (Counts{TP: 4, FP: 2, FN: 1}); a.Entity != want {
		t.Errorf("entity %+v, want %+v", a.Entity, want)
	}
	if want := (Counts{TP: 2, FP: 2, FN: 1}); a.Relation != want {
		t.Errorf("relation %+v, want %+v (wrong %q, missed %q)", a.Relation, want, a.WrongRelations, a.MissedRelations)
	}
	var buf bytes.Buffer
	rep.Print(&buf, true)
	want := `## seed
  missed entity: twitter
  extra entity:  John Doe
  extra entity:  None
  wrong type:    أوبن ايه اي
  missed rel:    ['sam-altman', 'openai'] -BID_FOR-> twitter 9740000000
  wrong rel:     o1 -BID_FOR-> x1 9740000000
  wrong rel:     e1 -ACQUIRED-> o1 
all  articles=1   entity P=0.667 R=0.800 F1=0.727 | relation P=0.500 R=0.667 F1=0.571
ar   articles=1   entity P=0.667 R=0.800 F1=0.727 | relation P=0.500 R=0.667 F1=0.571
`
	if buf.String() != want {
		t.Errorf("report:\n%s\nwant:\n%s", buf.String(), want)
	}
	wantJSON := `{"all": {"articles": 1, "entity": [0.6666666666666666, 0.8, 0.7272727272727272], "relation": [0.5, 0.6666666666666666, 0.5714285714285715]}, ` +
		`"ar": {"articles": 1, "entity": [0.6666666666666666, 0.8, 0.7272727272727272], "relation": [0.5, 0.6666666666666666, 0.5714285714285715]}}`
	if got := rep.JSON(); got != wantJSON {
		t.Errorf("JSON:\n%s\nwant:\n%s", got, wantJSON)
	}
}

func TestAmountOK(t *testing.T) {
	g := GoldRelation{Amount: num("1e9"), Currency: str("USD")}
	cases := []struct {
		amount float64
		cur    string
		want   bool
	}{
		{1e9, "USD", true},
		{1.0109e9, "usd", true},
		{0.9891e9, "USD", true},
		{1.0111e9, "USD", false},
		{1.05e9, "USD", false},
		{1e9, "EUR", false},
		{1e9, "", false},
		{0, "USD", false},
	}
	for _, c := range cases {
		if got := amountOK(g, model.Relation{Amount: c.amount, Currency: c.cur}); got != c.want {
			t.Errorf("amountOK(%v %s) = %v", c.amount, c.cur, got)
		}
	}
	if !amountOK(GoldRelation{Amount: num("1e9")}, model.Relation{Amount: 1e9, Currency: "EUR"}) {
		t.Error("a gold amount with no currency must accept any currency")
	}
	if !amountOK(GoldRelation{}, model.Relation{}) {
		t.Error("no gold amount must accept anything")
	}
}

func TestScoreNoOutputAndGroups(t *testing.T) {
	g1 := testGold()
	g2 := testGold()
	g2.Article, g2.Lang = "other", "en"
	docs := []model.Document{{Article: model.Article{ID: "unrelated"}}}
	rep := Score(map[string]Gold{"seed": g1, "other": g2}, docs)
	if strings.Join(rep.NoOutput, ",") != "other,seed" {
		t.Errorf("no output = %v", rep.NoOutput)
	}
	var names []string
	for _, g := range rep.Groups {
		names = append(names, g.Group)
	}
	if strings.Join(names, ",") != "all,ar,en" {
		t.Errorf("groups = %v", names)
	}
	all, _ := rep.Group("all")
	if all.Articles != 2 || all.Entity != (Counts{FN: 10}) || all.Relation != (Counts{FN: 6}) {
		t.Errorf("all = %+v", all)
	}
	var buf bytes.Buffer
	rep.Print(&buf, false)
	if !strings.HasPrefix(buf.String(), "articles with no system output: other, seed\nall  articles=2   entity P=0.000") {
		t.Errorf("report:\n%s", buf.String())
	}
}

func TestLoadGold(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.gold.json", `{"article": "a", "entities": [], "relations": [
		{"subject": ["x", "y"], "predicate": "BID_FOR", "object": null, "amount": 5}]}`)
	write("b.gold.json", `{"article": "b", "lang": "en", "entities": [], "relations": []}`)
	write("notes.txt", `not gold`)
	golds, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 2 || golds["a"].Lang != "?" || golds["b"].Lang != "en" {
		t.Fatalf("golds = %+v", golds)
	}
	r := golds["a"].Relations[0]
	if !r.Subject.List || !r.Subject.Has("y") || !r.Object.None() || string(*r.Amount) != "5" {
		t.Errorf("relation = %+v", r)
	}
	if s := r.Subject.String() + " " + r.Object.String(); s != "['x', 'y'] None" {
		t.Errorf("keys print as %q", s)
	}

	write("c.gold.json", `{"article": "c", "entities": [`)
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "c.gold.json") {
		t.Errorf("bad JSON: err = %v, want one naming c.gold.json", err)
	}
	write("c.gold.json", `[1, 2]`)
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "c.gold.json") {
		t.Errorf("not an object: err = %v, want one naming c.gold.json", err)
	}
	write("c.gold.json", `{"article": "c", "relations": [{"subject": 7}]}`)
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "c.gold.json") {
		t.Errorf("bad subject: err = %v, want one naming c.gold.json", err)
	}
	if _, err := LoadGold(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing dir: no error")
	}
}

func TestLoadSystem(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sys.jsonl")
	body := `{"article": {"id": "a", "lang": "ar"}, "entities": [{"id": "e", "type": "Person", "name": "X"}], "relations": []}

{"article": "b", "entities": [], "relations": [{"subject": "e", "predicate": "CEO_OF", "object": "f", "amount": 97400000000}]}
{"article": {"source": "dir/c.en.txt"}}`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := LoadSystem(path)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, d := range docs {
		keys = append(keys, ArticleKey(d.Article))
	}
	if strings.Join(keys, ",") != "a,b,c" || docs[1].Relations[0].Amount != 97.4e9 {
		t.Errorf("keys %v, docs %+v", keys, docs)
	}
	if err := os.WriteFile(path, []byte(body+"\n{oops\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSystem(path); err == nil || !strings.Contains(err.Error(), "sys.jsonl") || !strings.Contains(err.Error(), "line 5") {
		t.Errorf("bad line: err = %v", err)
	}
	if _, err := LoadSystem(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestArticleKey(t *testing.T) {
	cases := []struct {
		a    model.Article
		want string
	}{
		{model.Article{ID: "x", Source: "y.txt"}, "x"},
		{model.Article{Source: "/a/b/seed-openai-bid.ar.txt"}, "seed-openai-bid"},
		{model.Article{Source: "a/b/"}, ""},
		{model.Article{Source: ".hidden"}, ""},
		{model.Article{}, ""},
	}
	for _, c := range cases {
		if got := ArticleKey(c.a); got != c.want {
			t.Errorf("ArticleKey(%+v) = %q, want %q", c.a, got, c.want)
		}
	}
}
