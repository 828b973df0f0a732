package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/internal/testwipe"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/examples"
	"github.com/kg-news/kg/model"
)

// The integration tests and the benchmark run against a real Neo4j, the
// local test server by default (bolt://127.0.0.1:7688, what `make test`
// starts; never the demo's 7687); they wipe it. Set KG_NEO4J_URI and
// KG_NEO4J_PASSWORD to point them elsewhere. Without a reachable server they
// skip, unless KG_REQUIRE_NEO4J=1 (as in CI), where they fail; -short skips
// them unless KG_REQUIRE_NEO4J=1.

func testConfig() config.Neo4j {
	c := config.Neo4j{
		URI:      os.Getenv("KG_NEO4J_URI"),
		User:     os.Getenv("KG_NEO4J_USER"),
		Password: os.Getenv("KG_NEO4J_PASSWORD"),
		Database: os.Getenv("KG_NEO4J_DATABASE"),
	}
	if c.URI == "" {
		c.URI = "bolt://127.0.0.1:7688"
	}
	if c.User == "" {
		c.User = "neo4j"
	}
	if c.Password == "" {
		c.Password = "kgpassword"
	}
	if c.Database == "" {
		c.Database = "neo4j"
	}
	return c
}

// openTest opens the test store on a wiped database with the schema applied.
func openTest(tb testing.TB) *Store {
	tb.Helper()
	if testing.Short() && os.Getenv("KG_REQUIRE_NEO4J") != "1" {
		tb.Skip("skipping Neo4j integration test in -short mode")
	}
	ctx := context.Background()
	s, err := Open(ctx, testConfig())
	if err != nil {
		if os.Getenv("KG_REQUIRE_NEO4J") == "1" {
			tb.Fatalf("Neo4j required (KG_REQUIRE_NEO4J=1) but not usable: %v", err)
		}
		tb.Skipf("skipping: no Neo4j (set KG_NEO4J_URI/KG_NEO4J_PASSWORD; KG_REQUIRE_NEO4J=1 makes this a failure): %v", err)
	}
	tb.Cleanup(func() { _ = s.Close(ctx) })
	reset(tb, s)
	if _, err := s.ApplySchema(ctx); err != nil {
		tb.Fatal(err)
	}
	return s
}

// reset deletes every node and relationship. It lives in a test file so
// that no shipped binary can wipe a graph.
func reset(tb testing.TB, s *Store) {
	tb.Helper()
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(ctx) }()
	if err := testwipe.Run(ctx, sess); err != nil {
		tb.Fatal(err)
	}
}

// cypher runs a read query and fails the test on error.
func cypher(t testing.TB, s *Store, q string, params map[string]any) [][]any {
	t.Helper()
	_, rows, err := s.Query(context.Background(), q, params)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return rows
}

func scalar(t testing.TB, s *Store, q string, params map[string]any) any {
	t.Helper()
	rows := cypher(t, s, q, params)
	if len(rows) != 1 || len(rows[0]) != 1 {
		t.Fatalf("%s: got %v, want one value", q, rows)
	}
	return rows[0][0]
}

func load(t testing.TB, s *Store, docs ...model.Document) Report {
	t.Helper()
	rep, err := s.Load(context.Background(), docs, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// dump is every node and relationship with its properties, minus the
// volatile ones, as sorted JSON lines: two equal dumps are equal graphs.
func dump(t testing.TB, s *Store, volatile ...string) []string {
	t.Helper()
	var out []string
	for _, row := range cypher(t, s, `MATCH (n) RETURN labels(n), properties(n)`, nil) {
		labels := row[0].([]any)
		sort.Slice(labels, func(i, j int) bool { return labels[i].(string) < labels[j].(string) })
		props := row[1].(map[string]any)
		for _, k := range volatile {
			delete(props, k)
		}
		b, _ := json.Marshal([]any{labels, props})
		out = append(out, string(b))
	}
	for _, row := range cypher(t, s, `MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)`, nil) {
		props := row[3].(map[string]any)
		for _, k := range volatile {
			delete(props, k)
		}
		b, _ := json.Marshal([]any{row[0], row[1], row[2], props})
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}

func diff(a, b []string) string {
	set := map[string]int{}
	for _, x := range a {
		set[x]++
	}
	for _, x := range b {
		set[x]--
	}
	var d []string
	for x, n := range set {
		if n > 0 {
			d = append(d, "- "+x)
		} else if n < 0 {
			d = append(d, "+ "+x)
		}
	}
	sort.Strings(d)
	return strings.Join(d, "\n")
}

// Fixtures: builders for hand-made documents.

func art(id, hash, published string) model.Article {
	a := model.Article{ID: id, Source: "test", URL: "https://news.example/" + id, Title: "Title " + id, Lang: "en", ContentHash: hash}
	if published != "" {
		t, err := time.Parse(time.RFC3339, published)
		if err != nil {
			panic(err)
		}
		a.PublishedAt = t
	}
	return a
}

var (
	microsoft = model.Entity{ID: "microsoft", Type: model.Company, Name: "Microsoft", NameAR: "مايكروسوفت", Mentions: []string{"Microsoft Corp"}}
	openai    = model.Entity{ID: "openai", Type: model.Company, Name: "OpenAI", Mentions: []string{"Open AI"}}
	openaiAR  = model.Entity{ID: "openai", Type: model.Company, NameAR: "أوبن إيه آي", Mentions: []string{"أوبن إيه آي"}}
	nadella   = model.Entity{ID: "satya-nadella", Type: model.Person, Name: "Satya Nadella"}
	aramco    = model.Entity{ID: "aramco", Type: model.Company, Name: "Saudi Aramco", NameAR: "أرامكو"}
	sabic     = model.Entity{ID: "sabic", Type: model.Company, Name: "SABIC"}
	pif       = model.Entity{ID: "pif", Type: model.Organization, Name: "Public Investment Fund", NameAR: "صندوق الاستثمارات العامة"}
)

func invest(subj, obj string, amount, usd float64, status, evidence string) model.Relation {
	return model.Relation{Subject: subj, Predicate: model.InvestedIn, Object: obj, Amount: amount, Currency: "USD",
		AmountUSD: usd, Status: status, Confidence: 0.8, Evidence: evidence}
}

func TestWrongPasswordNamesURINotPassword(t *testing.T) {
	openTest(t) // skips without a server, so the failure below is the password's
	cfg := testConfig()
	cfg.Password = "wrong-pässword-Zq81"
	_, err := Open(context.Background(), cfg)
	if err == nil {
		t.Fatal("Open with a wrong password succeeded")
	}
	msg := err.Error()
	if !strings.Contains(msg, cfg.URI) {
		t.Errorf("error does not name the URI %s: %s", cfg.URI, msg)
	}
	if strings.Contains(msg, cfg.Password) {
		t.Errorf("error reveals the password: %s", msg)
	}
	if !strings.Contains(msg, "authentication") {
		t.Errorf("error does not say authentication failed: %s", msg)
	}
}

func TestUnreachableNamesURI(t *testing.T) {
	cfg := testConfig()
	cfg.URI = "bolt://127.0.0.1:1" // nothing listens on port 1
	_, err := Open(context.Background(), cfg)
	if err == nil {
		t.Fatal("Open of a closed port succeeded")
	}
	if !strings.Contains(err.Error(), cfg.URI) || strings.Contains(err.Error(), cfg.Password) {
		t.Errorf("error should name %s and not the password: %v", cfg.URI, err)
	}
	// A password written inside the URI is not shown either.
	for _, uri := range []string{"bolt://neo4j:hunter22pw@127.0.0.1:1", "bolt://neo4j:hunter22pw@127.0.0.1:notaport", "neo4j://neo4j:hunter22pw@%zz:1"} {
		cfg.URI = uri
		_, err := Open(context.Background(), cfg)
		if err == nil || strings.Contains(err.Error(), "hunter22pw") {
			t.Errorf("Open(%s): %v, want an error without the password", redactURI(uri), err)
		}
	}
}

func TestSchemaApplyTwice(t *testing.T) {
	s := openTest(t) // applies once
	rep, err := s.ApplySchema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rep.ConstraintsCreated != 0 || rep.IndexesCreated != 0 {
		t.Errorf("second apply created things: %+v", rep)
	}
	items, err := s.Schema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]SchemaItem{}
	for _, it := range items {
		got[it.Name] = it
	}
	for _, name := range []string{"entity_id", "article_id", "entity_name", "entity_name_ar", "article_content_hash", "entity_names", "rel_key_invested_in"} {
		if _, ok := got[name]; !ok {
			t.Errorf("schema lacks %s; have %v", name, items)
		}
	}
	if it := got["entity_names"]; it.Type != "FULLTEXT" || it.State != "ONLINE" {
		t.Errorf("fulltext index: %+v", it)
	}
}

func TestLoadWritesTheContract(t *testing.T) {
	s := openTest(t)
	d := model.Document{
		Article:  art("a1", "h1", "2023-01-23T10:00:00+03:00"),
		Entities: []model.Entity{microsoft, openai, nadella},
		Relations: []model.Relation{
			invest("microsoft", "openai", 10e9, 10e9, model.Announced, "Microsoft invests $10 billion in OpenAI."),
			{Subject: "satya-nadella", Predicate: model.CEOOf, Object: "microsoft", Confidence: 0.9, Evidence: "Satya Nadella, Microsoft's chief executive."},
		},
	}
	rep := load(t, s, d)
	want := Report{ArticlesNew: 1, EntitiesCreated: 3, RelationshipsCreated: 2, Mentions: 3, Transactions: 1}
	if rep != want {
		t.Errorf("report\n got %+v\nwant %+v", rep, want)
	}

	// Exactly two labels per entity: Entity and its type.
	for _, row := range cypher(t, s, `MATCH (e:Entity) RETURN e.id, labels(e) ORDER BY e.id`, nil) {
		labels := fmt.Sprint(row[1])
		wantLabels := map[string]string{"microsoft": "[Entity Company]", "openai": "[Entity Company]", "satya-nadella": "[Entity Person]"}[row[0].(string)]
		if labels != wantLabels && labels != reverse(wantLabels) {
			t.Errorf("%v labels %s, want %s", row[0], labels, wantLabels)
		}
	}
	ms := cypher(t, s, `MATCH (e:Entity {id: 'microsoft'}) RETURN e.name, e.name_ar, e.aliases`, nil)[0]
	if ms[0] != "Microsoft" || ms[1] != "مايكروسوفت" || fmt.Sprint(ms[2]) != "[Microsoft Microsoft Corp مايكروسوفت]" {
		t.Errorf("microsoft node: %v", ms)
	}

	a := cypher(t, s, `MATCH (a:Article {id: 'a1'}) RETURN a.url, a.source, a.title, a.lang, a.published_at, a.content_hash, a.ingested_at IS NOT NULL, COUNT { (a)-[:MENTIONS]->(:Entity) }`, nil)[0]
	if a[0] != "https://news.example/a1" || a[1] != "test" || a[2] != "Title a1" || a[3] != "en" ||
		a[4] != "2023-01-23T07:00:00Z" || a[5] != "h1" || a[6] != true || a[7] != int64(3) {
		t.Errorf("article: %v", a)
	}

	r := cypher(t, s, `MATCH (:Company {id: 'microsoft'})-[r:INVESTED_IN]->(:Company {id: 'openai'})
		RETURN r.key, r.amount, r.currency, r.amount_usd, r.status, r.confidence, r.sources, r.evidence, r.first_seen IS NOT NULL, r.last_seen IS NOT NULL`, nil)
	if len(r) != 1 {
		t.Fatalf("INVESTED_IN: %v", r)
	}
	got := fmt.Sprint(r[0])
	wantRel := "[microsoft|INVESTED_IN|openai|1e+10USD 1e+10 USD 1e+10 announced 0.8 [a1] [Microsoft invests $10 billion in OpenAI.] true true]"
	if got != wantRel {
		t.Errorf("INVESTED_IN\n got %s\nwant %s", got, wantRel)
	}
	ceo := cypher(t, s, `MATCH (:Person {id: 'satya-nadella'})-[r:CEO_OF]->(:Company {id: 'microsoft'}) RETURN r.amount, r.currency, r.status, r.sources`, nil)
	if len(ceo) != 1 || ceo[0][0] != nil || ceo[0][1] != nil || ceo[0][2] != nil || fmt.Sprint(ceo[0][3]) != "[a1]" {
		t.Errorf("CEO_OF: %v", ceo)
	}
}

func reverse(labels string) string {
	f := strings.Fields(strings.Trim(labels, "[]"))
	return "[" + f[1] + " " + f[0] + "]"
}

// corpus is a handful of documents touching every case: Arabic and English
// names of one entity, one deal from two articles, two deals between one
// pair, a rejected bid.
func corpus() []model.Document {
	return []model.Document{
		{
			Article:   art("en-1", "h-en-1", "2023-01-23T10:00:00Z"),
			Entities:  []model.Entity{microsoft, openai},
			Relations: []model.Relation{invest("microsoft", "openai", 10e9, 10e9, model.Announced, "Microsoft will invest $10bn in OpenAI.")},
		},
		{
			Article:   art("ar-1", "h-ar-1", "2023-01-24T08:00:00Z"),
			Entities:  []model.Entity{microsoft, openaiAR},
			Relations: []model.Relation{invest("microsoft", "openai", 10e9, 10e9, model.Completed, "مايكروسوفت تستثمر 10 مليارات دولار في أوبن إيه آي")},
		},
		{
			Article:   art("en-2", "h-en-2", "2019-07-22T10:00:00Z"),
			Entities:  []model.Entity{microsoft, openai},
			Relations: []model.Relation{invest("microsoft", "openai", 1e9, 1e9, model.Completed, "Microsoft invests $1 billion in OpenAI.")},
		},
		{
			Article:  art("en-3", "h-en-3", "2019-03-27T10:00:00Z"),
			Entities: []model.Entity{aramco, sabic, pif},
			Relations: []model.Relation{
				{Subject: "aramco", Predicate: model.Acquired, Object: "sabic", Amount: 69.1e9, Currency: "USD", AmountUSD: 69.1e9, Status: model.Announced, Confidence: 0.9, Evidence: "Aramco buys 70% of SABIC from PIF for $69.1bn."},
				{Subject: "aramco", Predicate: model.BidFor, Object: "openai", Status: model.Rejected, Confidence: 0.4, Evidence: "a bid that does not name openai"}, // endpoint not in document: skipped
			},
		},
	}
}

func TestSameDealFromTwoArticlesIsOneRelationship(t *testing.T) {
	s := openTest(t)
	docs := corpus()
	load(t, s, docs[0], docs[1])
	rows := cypher(t, s, `MATCH (:Entity {id: 'microsoft'})-[r:INVESTED_IN]->(:Entity {id: 'openai'}) RETURN r.sources, r.evidence, r.status`, nil)
	if len(rows) != 1 {
		t.Fatalf("want one relationship, got %d: %v", len(rows), rows)
	}
	if got := fmt.Sprint(rows[0][0]); got != "[ar-1 en-1]" {
		t.Errorf("sources %s, want [ar-1 en-1] (sorted by article id)", got)
	}
	ev := rows[0][1].([]any)
	if len(ev) != 2 || !strings.HasPrefix(ev[0].(string), "مايكروسوفت") || !strings.HasPrefix(ev[1].(string), "Microsoft will") {
		t.Errorf("evidence not parallel to sources: %v", ev)
	}
	// ar-1 is the later article, so its status wins.
	if rows[0][2] != model.Completed {
		t.Errorf("status %v, want %s from the latest article", rows[0][2], model.Completed)
	}
	// The Arabic article filled in the Arabic name and added its alias.
	oa := cypher(t, s, `MATCH (e:Entity {id: 'openai'}) RETURN e.name, e.name_ar, e.aliases`, nil)[0]
	if oa[0] != "OpenAI" || oa[1] != "أوبن إيه آي" || fmt.Sprint(oa[2]) != "[Open AI OpenAI أوبن إيه آي]" {
		t.Errorf("openai node: %v", oa)
	}
}

func TestTwoAmountsAreTwoRelationships(t *testing.T) {
	s := openTest(t)
	docs := corpus()
	load(t, s, docs[0], docs[2])
	rows := cypher(t, s, `MATCH (:Entity {id: 'microsoft'})-[r:INVESTED_IN]->(:Entity {id: 'openai'}) RETURN r.amount_usd, r.sources ORDER BY r.amount_usd`, nil)
	if got := fmt.Sprint(rows); got != "[[1e+09 [en-2]] [1e+10 [en-1]]]" {
		t.Errorf("got %s, want the $1B and the $10B deal apart", got)
	}
}

func TestReloadChangesNothing(t *testing.T) {
	s := openTest(t)
	docs := corpus()
	first := load(t, s, docs...)
	if first.ArticlesNew != 4 || first.SkippedRelations != 1 || first.RelationshipsCreated != 3 {
		t.Errorf("first load: %+v", first)
	}
	before := dump(t, s, "ingested_at", "last_seen")

	again := load(t, s, docs...)
	want := Report{ArticlesUnchanged: 4, SkippedRelations: 1, Transactions: 1}
	if again != want {
		t.Errorf("re-load report\n got %+v\nwant %+v", again, want)
	}
	if d := diff(before, dump(t, s, "ingested_at", "last_seen")); d != "" {
		t.Errorf("re-load changed the graph:\n%s", d)
	}

	// Loading the same documents in another order, in small batches, into
	// an empty graph gives the same graph (bar the load times).
	before = dump(t, s, "ingested_at", "last_seen", "first_seen")
	reset(t, s)
	rev := append([]model.Document(nil), docs...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	if _, err := s.Load(context.Background(), rev, 1); err != nil {
		t.Fatal(err)
	}
	if d := diff(before, dump(t, s, "ingested_at", "last_seen", "first_seen")); d != "" {
		t.Errorf("loading in another order gave another graph:\n%s", d)
	}
}

func TestEditedArticleReplacesOnlyItsOwnClaims(t *testing.T) {
	s := openTest(t)
	shared := invest("microsoft", "openai", 10e9, 10e9, model.Announced, "")
	a := model.Document{
		Article:  art("a", "v1", "2023-01-23T10:00:00Z"),
		Entities: []model.Entity{microsoft, openai, aramco, sabic},
		Relations: []model.Relation{
			withEvidence(shared, "A says Microsoft invests $10bn."),
			{Subject: "aramco", Predicate: model.BidFor, Object: "sabic", Status: model.Proposed, Confidence: 0.5, Evidence: "A says Aramco bids for SABIC."},
		},
	}
	b := model.Document{
		Article:   art("b", "v1", "2023-01-22T10:00:00Z"),
		Entities:  []model.Entity{microsoft, openai},
		Relations: []model.Relation{withEvidence(shared, "B says Microsoft invests $10bn.")},
	}
	load(t, s, a, b)

	// The edit drops the bid and states a new deal; the shared deal stays.
	a2 := a
	a2.Article.ContentHash = "v2"
	a2.Entities = []model.Entity{microsoft, openai, pif}
	a2.Relations = []model.Relation{
		withEvidence(shared, "A, corrected, says Microsoft invests $10bn."),
		{Subject: "pif", Predicate: model.InvestedIn, Object: "openai", Amount: 5e9, Currency: "USD", AmountUSD: 5e9, Confidence: 0.6, Evidence: "A says PIF puts $5bn into OpenAI."},
	}
	rep := load(t, s, a2)
	want := Report{ArticlesUpdated: 1, EntitiesCreated: 1, EntitiesMatched: 2, RelationshipsCreated: 1, RelationshipsUpdated: 1, RelationshipsDeleted: 1, Mentions: 3, Transactions: 1}
	if rep != want {
		t.Errorf("edit report\n got %+v\nwant %+v", rep, want)
	}
	if n := scalar(t, s, `RETURN COUNT { ()-[:BID_FOR]->() }`, nil); n != int64(0) {
		t.Errorf("the bid only A stated should be gone; %v left", n)
	}
	rows := cypher(t, s, `MATCH (:Entity {id: 'microsoft'})-[r:INVESTED_IN]->(:Entity {id: 'openai'}) RETURN r.sources, r.evidence`, nil)
	if got := fmt.Sprint(rows); got != "[[[a b] [A, corrected, says Microsoft invests $10bn. B says Microsoft invests $10bn.]]]" {
		t.Errorf("shared deal: %s", got)
	}
	if got := fmt.Sprint(cypher(t, s, `MATCH (:Article {id: 'a'})-[:MENTIONS]->(e) RETURN e.id ORDER BY e.id`, nil)); got != "[[microsoft] [openai] [pif]]" {
		t.Errorf("A's mentions: %s", got)
	}
	if got := fmt.Sprint(cypher(t, s, `MATCH (:Article {id: 'b'})-[:MENTIONS]->(e) RETURN e.id ORDER BY e.id`, nil)); got != "[[microsoft] [openai]]" {
		t.Errorf("B's mentions: %s", got)
	}
	if got := scalar(t, s, `MATCH (a:Article {id: 'a'}) RETURN a.content_hash`, nil); got != "v2" {
		t.Errorf("content_hash %v", got)
	}

	// B withdrawing its claim leaves A's alone.
	b2 := b
	b2.Article.ContentHash = "v2"
	b2.Relations = nil
	rep = load(t, s, b2)
	if rep.RelationshipsDeleted != 0 || rep.ArticlesUpdated != 1 {
		t.Errorf("B's edit: %+v", rep)
	}
	rows = cypher(t, s, `MATCH (:Entity {id: 'microsoft'})-[r:INVESTED_IN]->(:Entity {id: 'openai'}) RETURN r.sources, r.evidence, r.status`, nil)
	if got := fmt.Sprint(rows); got != "[[[a] [A, corrected, says Microsoft invests $10bn.] announced]]" {
		t.Errorf("after B's edit: %s", got)
	}
}

func withEvidence(r model.Relation, e string) model.Relation {
	r.Evidence = e
	return r
}

func TestStatusFollowsLatestArticleAndConfidenceTheBest(t *testing.T) {
	s := openTest(t)
	bid := model.Relation{Subject: "aramco", Predicate: model.BidFor, Object: "sabic", Amount: 50, Currency: "SAR", AmountUSD: 13.3}
	early, late, undated := bid, bid, bid
	early.Status, early.Confidence = model.Proposed, 0.9
	late.Status, late.Confidence = model.Rejected, 0.5
	undated.Status = model.Completed
	load(t, s,
		model.Document{Article: art("z-late", "1", "2024-03-01T00:00:00Z"), Entities: []model.Entity{aramco, sabic}, Relations: []model.Relation{late}},
		model.Document{Article: art("a-early", "1", "2024-01-01T00:00:00Z"), Entities: []model.Entity{aramco, sabic}, Relations: []model.Relation{early}},
		model.Document{Article: art("m-undated", "1", ""), Entities: []model.Entity{aramco, sabic}, Relations: []model.Relation{undated}},
	)
	got := fmt.Sprint(cypher(t, s, `MATCH ()-[r:BID_FOR]->() RETURN r.status, r.confidence, r.statuses, r.currency, r.amount_usd`, nil))
	if got != "[[rejected 0.9 [proposed completed rejected] SAR 13.3]]" {
		t.Errorf("got %s", got)
	}
}

func TestConcurrentLoaders(t *testing.T) {
	s := openTest(t)
	// Two loaders, separate connections, the same new entities and deals
	// from different articles, at once.
	mk := func(prefix string, n int) []model.Document {
		var docs []model.Document
		for i := range n {
			docs = append(docs, model.Document{
				Article:  art(fmt.Sprintf("%s-%03d", prefix, i), "h", ""),
				Entities: []model.Entity{microsoft, openai, aramco, sabic, pif},
				Relations: []model.Relation{
					invest("microsoft", "openai", 10e9, 10e9, model.Announced, prefix),
					invest("pif", "openai", float64(1+i%5)*1e9, float64(1+i%5)*1e9, "", prefix),
					{Subject: "aramco", Predicate: model.Acquired, Object: "sabic", Evidence: prefix},
				},
			})
		}
		return docs
	}
	loadAtOnce(t, s, [][]model.Document{mk("loader0", 40), mk("loader1", 40)}, 3, 1)
	got := fmt.Sprint(cypher(t, s, `MATCH (e:Entity) WITH count(e) AS entities
		MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS'
		RETURN entities, count(r), sum(size(r.sources)), sum(size(r.evidence))`, nil))
	// 5 entities; 1 + 5 + 1 deals; sources: 80 + 80 + 80.
	if got != "[[5 7 240 240]]" {
		t.Errorf("got %s, want [[5 7 240 240]]", got)
	}
}

func TestQueryIsReadOnly(t *testing.T) {
	s := openTest(t)
	_, _, err := s.Query(context.Background(), "CREATE (:Entity {id: 'x'})", nil)
	if err == nil {
		t.Fatal("a write query ran")
	}
	if !strings.Contains(err.Error(), "read") {
		t.Errorf("error should say queries are read-only: %v", err)
	}
	if n := scalar(t, s, "MATCH (n) RETURN count(n)", nil); n != int64(0) {
		t.Errorf("write happened: %v nodes", n)
	}
}

func TestQueryValues(t *testing.T) {
	s := openTest(t)
	load(t, s, corpus()[0])
	cols, rows, err := s.Query(context.Background(),
		"MATCH p = (a:Article)-[m:MENTIONS]->(e:Entity {id: $id}) RETURN e, m, a.published_at AS at, date('2024-05-06') AS d, p", map[string]any{"id": "openai"})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(cols) != "[e m at d p]" || len(rows) != 1 {
		t.Fatalf("cols %v rows %v", cols, rows)
	}
	e := rows[0][0].(map[string]any)
	if e["id"] != "openai" || fmt.Sprint(e["_labels"]) == "" {
		t.Errorf("node: %v", e)
	}
	if m := rows[0][1].(map[string]any); m["_type"] != "MENTIONS" {
		t.Errorf("relationship: %v", m)
	}
	if rows[0][2] != "2023-01-23T10:00:00Z" || rows[0][3] != "2024-05-06" {
		t.Errorf("temporal: %v %v", rows[0][2], rows[0][3])
	}
	if _, err := json.Marshal(rows); err != nil {
		t.Errorf("rows do not marshal: %v", err)
	}
}

func TestStats(t *testing.T) {
	s := openTest(t)
	load(t, s, corpus()...)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]int64{}
	for _, c := range st.Labels {
		labels[c.Name] = c.Count
	}
	types := map[string]int64{}
	for _, c := range st.Types {
		types[c.Name] = c.Count
	}
	if labels["Entity"] != 5 || labels["Company"] != 4 || labels["Organization"] != 1 || labels["Person"] != 0 || labels["Article"] != 4 {
		t.Errorf("labels: %v", st.Labels)
	}
	if types["INVESTED_IN"] != 2 || types["ACQUIRED"] != 1 || types["BID_FOR"] != 0 || types["MENTIONS"] != 9 {
		t.Errorf("types: %v", st.Types)
	}
	if st.Nodes != 9 || st.Relationships != 12 {
		t.Errorf("totals: %d nodes, %d relationships", st.Nodes, st.Relationships)
	}
	if st.Labels[0].Name != "Entity" || len(st.Types) < len(model.Predicates)+1 {
		t.Errorf("order: %v %v", st.Labels, st.Types)
	}
}

func TestFulltextFindsAnySpelling(t *testing.T) {
	s := openTest(t)
	load(t, s, corpus()...)
	for _, q := range []string{"أوبن", "Open", "openai"} {
		rows := cypher(t, s, `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id LIMIT 1`, map[string]any{"q": q})
		if len(rows) != 1 || rows[0][0] != "openai" {
			t.Errorf("fulltext %q: %v", q, rows)
		}
	}
}

func TestLoadRejectsArticleWithoutID(t *testing.T) {
	s := openTest(t)
	_, err := s.Load(context.Background(), []model.Document{{Article: model.Article{Title: "untitled"}}}, 10)
	if err == nil || !strings.Contains(err.Error(), "no id") {
		t.Errorf("got %v", err)
	}
}

// The saved queries shipped in examples/queries parse, run read-only with
// their declared parameters, and answer the analyst's question on the corpus.
func TestSavedQueries(t *testing.T) {
	s := openTest(t)
	docs := corpus()
	docs = append(docs, model.Document{
		Article:   art("en-4", "h-en-4", "2024-02-01T00:00:00Z"),
		Entities:  []model.Entity{aramco, sabic},
		Relations: []model.Relation{{Subject: "sabic", Predicate: model.BidFor, Object: "aramco", Amount: 5e9, Currency: "USD", AmountUSD: 5e9, Status: model.Rejected, Confidence: 0.7, Evidence: "Aramco rejected SABIC's $5bn bid."}},
	})
	load(t, s, docs...)

	cases := []struct {
		name   string
		params map[string]any
		want   string // fmt of the first two columns of each row
	}{
		{"investors", map[string]any{"company": "openai"}, "[[Microsoft مايكروسوفت] [Microsoft مايكروسوفت]]"},
		{"investors", map[string]any{"company": "أوبن إيه آي"}, "[[Microsoft مايكروسوفت] [Microsoft مايكروسوفت]]"},
		{"largest-deals", map[string]any{"limit": int64(2)}, "[[Saudi Aramco ACQUIRED] [Microsoft INVESTED_IN]]"},
		{"largest-deals", nil, "[[Saudi Aramco ACQUIRED] [Microsoft INVESTED_IN] [SABIC BID_FOR] [Microsoft INVESTED_IN]]"},
		{"evidence", map[string]any{"subject": "OpenAI", "object": "microsoft"}, "[[Microsoft INVESTED_IN] [Microsoft INVESTED_IN] [Microsoft INVESTED_IN]]"},
		{"rejected-bids", nil, "[[SABIC <nil>]]"},
	}
	for _, c := range cases {
		src, err := examples.Queries.ReadFile("queries/" + c.name + ".cypher")
		if err != nil {
			t.Fatal(err)
		}
		q, err := ParseSavedQuery(c.name, src)
		if err != nil {
			t.Fatal(err)
		}
		if q.Name != c.name || q.Description == "" {
			t.Errorf("%s: header name %q, description %q", c.name, q.Name, q.Description)
		}
		params, err := q.Bind(c.params)
		if err != nil {
			t.Fatal(err)
		}
		_, rows, err := s.Query(context.Background(), q.Cypher, params)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var firstTwo [][]any
		for _, r := range rows {
			firstTwo = append(firstTwo, r[:2])
		}
		if got := fmt.Sprint(firstTwo); got != c.want {
			t.Errorf("%s %v:\n got %s\nwant %s", c.name, c.params, got, c.want)
		}
	}
}
