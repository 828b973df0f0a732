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
// retraction only ever touches relationships this package owns.
var relTypes = strings.Join(model.Predicates, "|")

// Statements of one load transaction, in the order they run.
const (
	// Which articles are known, and with which fingerprint.
	cypherClassify = `
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a IS NOT NULL AS known, a.doc_hash AS hash`

	// Withdraw the earlier claims of articles being replaced: drop each
	// article's id, and the entries parallel to it, from the deals it
	// sourced. Every deal an article sourced starts at an entity it
	// mentions, so the walk from the article finds them through indexes.
	// Grouping by r first makes one row per relationship: the lists are
	// computed and written once even when several articles leave it.
	cypherRetract = `
UNWIND $ids AS aid
MATCH (:Article {id: aid})-[:MENTIONS]->(:Entity)-[r:` + "%s" + `]->(:Entity)
WHERE aid IN r.sources
WITH r, collect(DISTINCT aid) AS gone
WITH r, [i IN range(0, size(r.sources) - 1) WHERE NOT r.sources[i] IN gone] AS keep
SET r.sources = [i IN keep | r.sources[i]],
    r.evidence = [i IN keep | coalesce(r.evidence[i], '')],
    r.statuses = [i IN keep | coalesce(r.statuses[i], '')],
    r.confidences = [i IN keep | coalesce(r.confidences[i], 0.0)]
RETURN type(r) AS type, r.key AS key`

	cypherUnmention = `
UNWIND $ids AS aid
MATCH (:Article {id: aid})-[m:MENTIONS]->(:Entity)
DELETE m`

	// A nil prop removes the property, so an edited article that lost its
	// title does not keep the old one.
	cypherArticles = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props`

	// One statement per entity type (labels cannot be parameters). The
	// label is set only on create so a node keeps exactly one type label
	// even when articles disagree; names are kept once set, so the node's
	// name does not flip with each article; aliases grow as a sorted set.
	// __new marks creation within this transaction and is removed before
	// commit: MERGE has no other way to say whether it created.
	cypherEntities = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:%s, e.__new = true
SET e.name = coalesce(e.name, row.name),
    e.name_ar = coalesce(e.name_ar, row.name_ar),
    e.aliases = COLLECT {
        UNWIND coalesce(e.aliases, []) + row.aliases AS alias
        WITH DISTINCT alias ORDER BY alias
        RETURN alias
    }
WITH e, e.__new IS NOT NULL AS created
REMOVE e.__new
RETURN e.id AS id, created`

	cypherMentions = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
UNWIND row.entities AS eid
MATCH (e:Entity {id: eid})
MERGE (a)-[m:MENTIONS]->(e)
RETURN count(m) AS n`

	// One statement per predicate. Amounts are set once (the key already
	// pins the amount to three significant figures). The incoming
	// articles' entries replace any entries of the same articles, which
	// makes the statement safe to repeat. A new deal gets its status and
	// confidence from the row, worked out in Go (see settled); an existing
	// one is settled afterwards by cypherSettle, which can see all its
	// sources. $now is unique to the transaction attempt, so first_seen =
	// $now says the deal was created here.
	cypherRelationships = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:%s {key: row.key}]->(o)
ON CREATE SET r.first_seen = $now, r.status = row.status, r.confidence = row.confidence
SET r.amount = coalesce(r.amount, row.amount),
    r.currency = coalesce(r.currency, row.currency),
    r.amount_usd = coalesce(r.amount_usd, row.amount_usd),
    r.last_seen = $now
WITH r, row, [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE NOT r.sources[i] IN row.sources] AS keep
SET r.sources = [i IN keep | r.sources[i]] + row.sources,
    r.evidence = [i IN keep | coalesce(r.evidence[i], '')] + row.evidence,
    r.statuses = [i IN keep | coalesce(r.statuses[i], '')] + row.statuses,
    r.confidences = [i IN keep | coalesce(r.confidences[i], 0.0)] + row.confidences
RETURN r.key AS key, r.first_seen = $now AS created`

	// The touched deals are found again by type and key through the
	// rel_key_* indexes. (elementId lookups looked cheaper, but the
	// planner turned them into a scan of every relationship once
	// subqueries followed.)
	cypherDeleteOrphans = `
UNWIND $keys AS key
MATCH ()-[r:%s {key: key}]->()
WHERE size(coalesce(r.sources, [])) = 0
DELETE r
RETURN count(*) AS n`

	// Put the parallel lists in article-id order, so the result does not
	// depend on load order, and derive status (from the latest-published
	// article that gave one) and confidence (the highest given).
	cypherSettle = `
UNWIND $keys AS key
MATCH ()-[r:%s {key: key}]->()
CALL (r) {
    UNWIND range(0, size(r.sources) - 1) AS i
    WITH i ORDER BY r.sources[i]
    RETURN collect(i) AS ord
}
SET r.sources = [i IN ord | r.sources[i]],
    r.evidence = [i IN ord | r.evidence[i]],
    r.statuses = [i IN ord | r.statuses[i]],
    r.confidences = [i IN ord | r.confidences[i]]
WITH r, reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END) AS best
CALL (r) {
    UNWIND range(0, size(r.sources) - 1) AS i
    OPTIONAL MATCH (a:Article {id: r.sources[i]})
    WITH r.statuses[i] AS status, a.published_at AS at, r.sources[i] AS source
    ORDER BY status <> '' DESC, at IS NOT NULL DESC, at DESC, source DESC
    RETURN CASE WHEN status <> '' THEN status END AS status
    LIMIT 1
}
SET r.status = status, r.confidence = CASE WHEN best > 0 THEN best END`
)

// Load writes documents into the graph in batches of about batchSize rows,
// one managed write transaction per batch. An article already loaded with
// the same fingerprint is skipped; one loaded before with different content
// or claims has its earlier claims replaced. Documents repeating an article
// id within docs are loaded once, the last one winning.
//
// On error, batches already committed stay committed; the report covers
// them, and loading the same documents again completes the work.
func (s *Store) Load(ctx context.Context, docs []model.Document, batchSize int) (Report, error) {
	var rep Report
	prepared := make([]doc, 0, len(docs))
	index := map[string]int{}
	for _, in := range docs {
		d, err := prepare(in)
		if err != nil {
			return rep, fmt.Errorf("load: %w", err)
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

	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()

	seen := map[string]bool{} // entities already counted in this load
	for _, group := range batches(prepared, batchSize) {
		res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (batchResult, error) {
			// A fresh time per attempt: it stamps ingested_at and
			// last_seen, and tells a deal created by this attempt.
			return loadBatch(ctx, tx, group, time.Now().UTC())
		})
		if err != nil {
			return rep, fmt.Errorf("load %d articles from %s into %s: %w", len(group), group[0].article.ID, s.uri, s.scrub(err))
		}
		rep.Add(res.report)
		// An entity created by one batch and matched by the next was not
		// "already there": count each entity once per load.
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
	return rep, nil
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

	ids := make([]any, len(group))
	for i, d := range group {
		ids[i] = d.article.ID
	}
	recs, _, err := run(ctx, tx, "classify articles", cypherClassify, map[string]any{"ids": ids})
	if err != nil {
		return out, err
	}
	type state struct {
		known bool
		hash  string
	}
	states := make(map[string]state, len(recs))
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		known, _ := rec.Values[1].(bool)
		hash, _ := rec.Values[2].(string)
		states[id] = state{known, hash}
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
	if len(changed) == 0 {
		return out, nil
	}

	// Deals that existed before this transaction and whose sources
	// changed, by predicate and key: they are settled at the end, and
	// those that only lost sources may be left with none.
	settle := map[string]map[string]bool{}
	withdrawn := map[string]map[string]bool{}
	mark := func(m map[string]map[string]bool, pred, key string) {
		if m[pred] == nil {
			m[pred] = map[string]bool{}
		}
		m[pred][key] = true
	}
	if len(replaced) > 0 {
		recs, _, err := run(ctx, tx, "withdraw earlier claims", fmt.Sprintf(cypherRetract, relTypes), map[string]any{"ids": replaced})
		if err != nil {
			return out, err
		}
		for _, rec := range recs {
			pred, _ := rec.Values[0].(string)
			key, _ := rec.Values[1].(string)
			mark(settle, pred, key)
			mark(withdrawn, pred, key)
		}
		if _, _, err := run(ctx, tx, "drop earlier mentions", cypherUnmention, map[string]any{"ids": replaced}); err != nil {
			return out, err
		}
	}

	r := buildRows(changed, now)
	if _, _, err := run(ctx, tx, "write articles", cypherArticles, map[string]any{"rows": r.articles}); err != nil {
		return out, err
	}
	for _, typ := range model.EntityTypes {
		if len(r.entities[typ]) == 0 {
			continue
		}
		recs, _, err := run(ctx, tx, "write "+typ+" entities", fmt.Sprintf(cypherEntities, typ), map[string]any{"rows": r.entities[typ]})
		if err != nil {
			return out, err
		}
		for _, rec := range recs {
			id, _ := rec.Values[0].(string)
			created, _ := rec.Values[1].(bool)
			out.entities[id] = created
		}
	}
	recs, _, err = run(ctx, tx, "write mentions", cypherMentions, map[string]any{"rows": r.mentions})
	if err != nil {
		return out, err
	}
	if len(recs) == 1 {
		n, _ := recs[0].Values[0].(int64)
		rep.Mentions = int(n)
	}
	for _, pred := range model.Predicates {
		if len(r.rels[pred]) == 0 {
			continue
		}
		recs, _, err := run(ctx, tx, "write "+pred+" relationships", fmt.Sprintf(cypherRelationships, pred),
			map[string]any{"rows": r.rels[pred], "now": now})
		if err != nil {
			return out, err
		}
		for _, rec := range recs {
			key, _ := rec.Values[0].(string)
			if created, _ := rec.Values[1].(bool); created {
				rep.RelationshipsCreated++
			} else {
				rep.RelationshipsUpdated++
				mark(settle, pred, key)
			}
		}
	}

	for _, pred := range model.Predicates {
		if len(withdrawn[pred]) > 0 {
			recs, _, err := run(ctx, tx, "delete unsupported "+pred+" relationships", fmt.Sprintf(cypherDeleteOrphans, pred),
				map[string]any{"keys": keyList(withdrawn[pred])})
			if err != nil {
				return out, err
			}
			if len(recs) == 1 {
				n, _ := recs[0].Values[0].(int64)
				rep.RelationshipsDeleted += int(n)
			}
		}
		if len(settle[pred]) > 0 {
			if _, _, err := run(ctx, tx, "settle "+pred+" relationships", fmt.Sprintf(cypherSettle, pred),
				map[string]any{"keys": keyList(settle[pred])}); err != nil {
				return out, err
			}
		}
	}
	return out, nil
}

func keyList(set map[string]bool) []any {
	out := make([]any, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	return out
}
