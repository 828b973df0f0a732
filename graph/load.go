package graph

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

// Report says what a load added and what was already there.
type Report struct {
	ArticlesNew       int // articles not in the graph before
	ArticlesUpdated   int // articles whose claims were replaced
	ArticlesUnchanged int // articles skipped: same content and same claims

	EntitiesCreated int // entity nodes created
	EntitiesMatched int // entities already in the graph, merged into

	RelationshipsCreated int // deals new to the graph
	RelationshipsUpdated int // existing deals given (or re-given) a source
	RelationshipsDeleted int // deals left with no source by edited articles

	Mentions int // MENTIONS written

	SkippedEntities  int // entities with no id or a type outside model.EntityTypes
	SkippedRelations int // relations with a bad predicate or an unknown endpoint

	Transactions int // write transactions committed
}

// Add accumulates another report into r.
func (r *Report) Add(o Report) {
	r.ArticlesNew += o.ArticlesNew
	r.ArticlesUpdated += o.ArticlesUpdated
	r.ArticlesUnchanged += o.ArticlesUnchanged
	r.EntitiesCreated += o.EntitiesCreated
	r.EntitiesMatched += o.EntitiesMatched
	r.RelationshipsCreated += o.RelationshipsCreated
	r.RelationshipsUpdated += o.RelationshipsUpdated
	r.RelationshipsDeleted += o.RelationshipsDeleted
	r.Mentions += o.Mentions
	r.SkippedEntities += o.SkippedEntities
	r.SkippedRelations += o.SkippedRelations
	r.Transactions += o.Transactions
}

// String renders the report as a small table.
func (r Report) String() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "articles\tnew %d\tupdated %d\tunchanged %d\n", r.ArticlesNew, r.ArticlesUpdated, r.ArticlesUnchanged)
	fmt.Fprintf(w, "entities\tcreated %d\tmatched %d\t\n", r.EntitiesCreated, r.EntitiesMatched)
	fmt.Fprintf(w, "relationships\tcreated %d\tupdated %d\tdeleted %d\n", r.RelationshipsCreated, r.RelationshipsUpdated, r.RelationshipsDeleted)
	fmt.Fprintf(w, "mentions\t%d\t\t\n", r.Mentions)
	if r.SkippedEntities+r.SkippedRelations > 0 {
		fmt.Fprintf(w, "skipped\tentities %d\trelations %d\t\n", r.SkippedEntities, r.SkippedRelations)
	}
	fmt.Fprintf(w, "transactions\t%d\t\t\n", r.Transactions)
	_ = w.Flush()
	return b.String()
}

// relTypes is the predicate whitelist as a Cypher type alternation, so the
// deal statements only ever touch relationships this package owns.
var relTypes = strings.Join(model.Predicates, "|")

// dealProps are the properties of a deal relationship that deal.props
// computes; the write statements set exactly these.
var dealProps = []string{"key", "amount", "currency", "amount_usd", "amount_text", "status", "confidence",
	"sources", "evidence", "statuses", "confidences", "amounts", "currencies", "amounts_usd", "amount_texts", "amount_qualifiers"}

// Statements of one load transaction, in the order they run. A first load
// into an empty graph runs four: classify, entities, articles with their
// mentions, and the new deals.
var (
	// Which articles are known, and with which fingerprint.
	cypherClassify = `
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a IS NOT NULL AS known, a.doc_hash AS hash`

	// Articles being replaced drop their mentions; the deals they sourced
	// (each starts at an entity the article mentions) are named, to be
	// resolved again without their claims.
	cypherRetract = `
UNWIND $ids AS aid
MATCH (:Article {id: aid})-[m:MENTIONS]->(s:Entity)
DELETE m
WITH DISTINCT aid, s
MATCH (s)-[r:` + relTypes + `]->(o:Entity)
WHERE aid IN r.sources
RETURN DISTINCT s.id AS subject, type(r) AS predicate, o.id AS object, elementId(s), elementId(o)`

	// The label is set only on create (dynamic, from the whitelisted
	// row.type), so a node keeps exactly one type label even when articles
	// disagree; names are kept once set. Setting the names also takes the
	// node's write lock, which the deal statements rely on: the deals of
	// a pair are read after both ends are locked, so two loaders never
	// resolve the same pair at once. __new marks creation within this
	// transaction (MERGE has no other way to say whether it created).
	// Aliases come back so Go can add the new ones, and element ids so
	// the later statements find the nodes without the id index (a seek
	// through a unique index in a writing query takes an index lock and a
	// fresh reader per row: the largest cost of the load in JFR).
	cypherEntities = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.type), e.__new = true, e.aliases = row.aliases
SET e.name = coalesce(e.name, row.name),
    e.name_ar = coalesce(e.name_ar, row.name_ar)
WITH e, row, e.__new IS NOT NULL AS created
REMOVE e.__new
RETURN row.id AS id, created, e.aliases AS aliases, elementId(e) AS eid`

	cypherAliases = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.aliases = row.aliases`

	// A nil value removes the property, so an edited article that lost its
	// title does not keep the old one. row.entities are element ids.
	cypherArticles = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.source = row.source, a.title = row.title, a.lang = row.lang,
    a.published_at = row.published_at, a.content_hash = row.content_hash,
    a.doc_hash = row.doc_hash, a.ingested_at = $now
WITH a, row
UNWIND row.entities AS eid
MATCH (e) WHERE elementId(e) = eid
MERGE (a)-[m:MENTIONS]->(e)
RETURN count(m) AS n`

	// The deals already between the pairs touched, given as the ends'
	// element ids (an Expand(Into) between two seeks).
	cypherDeals = `
UNWIND $pairs AS p
MATCH (s)-[r:` + relTypes + `]->(o) WHERE elementId(s) = p.s AND elementId(o) = p.o
RETURN s.id, type(r), o.id, elementId(r), properties(r)`

	cypherPublished = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id, a.published_at`

	// row.predicate is from the whitelist (prepare checks it, and deals
	// read back carry a whitelisted type); row.s and row.o are the ends'
	// element ids.
	cypherCreateDeals = `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.s
MATCH (o) WHERE elementId(o) = row.o
CREATE (s)-[r:$(row.predicate) {` + propList("%s: row.%s") + `, first_seen: $now, last_seen: $now}]->(o)
RETURN count(r)`

	// An existing deal found by its element id (read above, under lock).
	// last_seen moves only when this transaction gave the deal a source.
	cypherUpdateDeals = `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid
SET ` + propList("r.%s = row.%s") + `,
    r.last_seen = CASE WHEN row.seen THEN $now ELSE r.last_seen END`

	cypherDeleteDeals = `
UNWIND $ids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
DELETE r`
)

func propList(format string) string {
	parts := make([]string, len(dealProps))
	for i, p := range dealProps {
		parts[i] = fmt.Sprintf(format, p, p)
	}
	return strings.Join(parts, ", ")
}

// Load writes documents into the graph in batches of about batchSize rows,
// one managed write transaction per batch. An article already loaded with
// the same fingerprint is skipped; one loaded before with different content
// or claims has its earlier claims replaced. Documents repeating an article
// id within docs are loaded once, the last one winning.
//
// On error, batches already committed stay committed; the report covers
// them, and loading the same documents again completes the work.
func (s *Store) Load(ctx context.Context, docs []model.Document, batchSize int) (Report, error) {
	prepared, rep, err := prepareAll(docs)
	if err != nil {
		return rep, fmt.Errorf("load: %w", err)
	}

	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()

	seen := map[string]bool{} // entities already counted in this load
	for _, group := range batches(prepared, batchSize) {
		parts := [][]doc{group}
		var results []partResult
		if s.workers > 1 {
			parts = splitDisjoint(group, s.workers)
			results = s.loadParts(ctx, parts)
		} else {
			res, err := loadTx(ctx, sess, group)
			results = []partResult{{res, err}}
		}
		for _, r := range results {
			if r.err == nil {
				count(&rep, r.res, seen)
			}
		}
		// The other parts of a failed one committed; the report has them.
		for i, r := range results {
			if r.err != nil {
				return rep, fmt.Errorf("load %d articles from %s into %s: %w", len(parts[i]), parts[i][0].article.ID, s.uri, s.scrub(r.err))
			}
		}
	}
	return rep, nil
}

// count adds a committed transaction's result to the load's report. An
// entity created by one batch and matched by the next was not "already
// there": each entity counts once per load.
func count(rep *Report, res batchResult, seen map[string]bool) {
	rep.Add(res.report)
	for id, created := range res.entities {
		if seen[id] {
			continue
		}
		seen[id] = true
		if created {
			rep.EntitiesCreated++
		} else {
			rep.EntitiesMatched++
		}
	}
}

// prepareAll prepares documents for writing, a repeated article id once
// (the last one's content, at the first one's place), and counts what was
// skipped.
func prepareAll(docs []model.Document) ([]doc, Report, error) {
	var rep Report
	prepared := make([]doc, 0, len(docs))
	index := map[string]int{}
	for _, in := range docs {
		d, err := prepare(in)
		if err != nil {
			return nil, rep, err
		}
		rep.SkippedEntities += d.skippedEntities
		rep.SkippedRelations += d.skippedRelations
		if i, ok := index[d.article.ID]; ok {
			prepared[i] = d
			continue
		}
		index[d.article.ID] = len(prepared)
		prepared = append(prepared, d)
	}
	return prepared, rep, nil
}

// batchResult is what one transaction did. It is built inside the
// transaction function and only counted after commit, because the driver may
// run the function more than once.
type batchResult struct {
	report   Report
	entities map[string]bool // id -> created
}

func loadBatch(ctx context.Context, tx neo4j.ManagedTransaction, group []doc, now time.Time) (batchResult, error) {
	out := batchResult{entities: map[string]bool{}}
	rep := &out.report
	rep.Transactions = 1

	changed, replaced, err := classify(ctx, tx, group, rep)
	if err != nil || len(changed) == 0 {
		return out, err
	}
	touched := map[triple]bool{}
	nodes := map[string]string{} // entity id -> element id in this transaction
	if len(replaced) > 0 {
		recs, err := lrun(ctx, tx, "withdraw earlier claims", cypherRetract, map[string]any{"ids": replaced})
		if err != nil {
			return out, err
		}
		for _, rec := range recs {
			touched[triple{str(rec.Values[0]), str(rec.Values[1]), str(rec.Values[2])}] = true
			nodes[str(rec.Values[0])], nodes[str(rec.Values[2])] = str(rec.Values[3]), str(rec.Values[4])
		}
	}

	r := buildRows(changed)
	if err := writeEntities(ctx, tx, r, out.entities, nodes); err != nil {
		return out, err
	}
	recs, err := lrun(ctx, tx, "write articles and mentions", cypherArticles, map[string]any{"rows": byElementID(r.articles, nodes), "now": now})
	if err != nil {
		return out, err
	}
	if len(recs) == 1 {
		n, _ := recs[0].Values[0].(int64)
		rep.Mentions = int(n)
	}

	for t := range r.claims {
		touched[t] = true
	}
	sources := make(map[string]bool, len(changed))
	for _, d := range changed {
		sources[d.article.ID] = true
	}
	sync := dealSync{claims: r.claims, fresh: sources, now: now, created: out.entities, nodes: nodes}
	if err := sync.run(ctx, tx, touched, rep); err != nil {
		return out, err
	}
	return out, nil
}

// classify splits a group into the documents to write (new or changed)
// and the ids of the changed ones, whose earlier claims are withdrawn.
func classify(ctx context.Context, tx neo4j.ManagedTransaction, group []doc, rep *Report) ([]doc, []any, error) {
	ids := make([]any, len(group))
	for i, d := range group {
		ids[i] = d.article.ID
	}
	recs, err := lrun(ctx, tx, "classify articles", cypherClassify, map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, err
	}
	type state struct {
		known bool
		hash  string
	}
	states := make(map[string]state, len(recs))
	for _, rec := range recs {
		known, _ := rec.Values[1].(bool)
		states[str(rec.Values[0])] = state{known, str(rec.Values[2])}
	}
	var changed []doc
	var replaced []any
	for _, d := range group {
		st := states[d.article.ID]
		switch {
		case !st.known:
			rep.ArticlesNew++
		case d.hash != "" && st.hash == d.hash:
			rep.ArticlesUnchanged++
			continue
		default:
			rep.ArticlesUpdated++
			replaced = append(replaced, d.article.ID)
		}
		changed = append(changed, d)
	}
	return changed, replaced, nil
}

// byElementID is the article rows with the mentioned entities given by
// element id.
func byElementID(articles []map[string]any, nodes map[string]string) []map[string]any {
	out := make([]map[string]any, len(articles))
	for i, a := range articles {
		row := make(map[string]any, len(a))
		for k, v := range a {
			row[k] = v
		}
		ids := a["entities"].([]string)
		eids := make([]string, len(ids))
		for j, id := range ids {
			eids[j] = nodes[id]
		}
		row["entities"] = eids
		out[i] = row
	}
	return out
}

// writeEntities merges the entity nodes, records which were created and
// their element ids, and adds aliases not yet on the existing ones (kept
// as a sorted set).
func writeEntities(ctx context.Context, tx neo4j.ManagedTransaction, r rows, created map[string]bool, nodes map[string]string) error {
	if len(r.entities) == 0 {
		return nil
	}
	recs, err := lrun(ctx, tx, "write entities", cypherEntities, map[string]any{"rows": r.entities})
	if err != nil {
		return err
	}
	var grow []map[string]any
	for _, rec := range recs {
		id := str(rec.Values[0])
		isNew, _ := rec.Values[1].(bool)
		created[id] = isNew
		nodes[id] = str(rec.Values[3])
		if isNew {
			continue
		}
		have := strs(rec.Values[2])
		if all := unionSorted(have, r.aliases[id]); len(all) != len(have) {
			grow = append(grow, map[string]any{"id": id, "aliases": all})
		}
	}
	if len(grow) == 0 {
		return nil
	}
	_, err = lrun(ctx, tx, "add aliases", cypherAliases, map[string]any{"rows": grow})
	return err
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		out = append(out, str(x))
	}
	return out
}

func floats(v any) []float64 {
	list, _ := v.([]any)
	out := make([]float64, 0, len(list))
	for _, x := range list {
		f, _ := x.(float64)
		out = append(out, f)
	}
	return out
}
