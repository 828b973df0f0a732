package graph

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// BenchmarkCeiling measures what this server can do at best for the load
// benchmark's graph: the 5,000 entities created first, then its 20,000 deal
// relationships, with the same properties Load writes, created by one bare
// UNWIND ... CREATE per transaction between existing nodes. It reports
// relationships/s and the share of the time spent in commit, the bound
// the loader's own statements are measured against.
//
//	go test -run '^$' -bench BenchmarkCeiling -benchtime 1x ./graph/
func BenchmarkCeiling(b *testing.B) {
	docs := synthetic(2000, 10, 6, 5000)
	prepared, _, err := prepareAll(docs)
	if err != nil {
		b.Fatal(err)
	}
	r := buildRows(prepared)
	var deals []map[string]any
	for t, cs := range r.claims {
		for _, d := range resolve(t, cs) {
			p := d.props()
			p["subject"], p["object"], p["predicate"] = d.subject, d.object, d.predicate
			deals = append(deals, p)
		}
	}
	s := openTest(b)
	keyOnly := `UNWIND $rows AS row MATCH (s:Entity {id: row.subject}) MATCH (o:Entity {id: row.object})
CREATE (s)-[r:$(row.predicate) {key: row.key}]->(o)`
	for _, c := range []struct {
		name, cypher string
		size         int
	}{{"props=all/batch=1000", ceilingDeals, 1000}, {"props=all/batch=10000", ceilingDeals, 10000}, {"props=key/batch=10000", keyOnly, 10000},
		{"props=all/ends=eid/batch=1000", cypherCreateDeals, 1000}} {
		size := c.size
		b.Run(c.name, func(b *testing.B) {
			var run, commit time.Duration
			for range b.N {
				b.StopTimer()
				reset(b, s)
				ceilingTx(b, s, "UNWIND $rows AS row CREATE (e:Entity {id: row.id}) SET e:$(row.type), e.name = row.name, e.name_ar = row.name_ar, e.aliases = row.aliases", r.entities)
				setEnds(b, s, deals)
				b.StartTimer()
				for i := 0; i < len(deals); i += size {
					ru, co := ceilingTx(b, s, c.cypher, deals[i:min(i+size, len(deals))])
					run, commit = run+ru, commit+co
				}
			}
			b.ReportMetric(float64(len(deals)*b.N)/(run+commit).Seconds(), "rels/s")
			b.ReportMetric(100*commit.Seconds()/(run+commit).Seconds(), "commit-%")
		})
	}
}

// BenchmarkCeilingGraph is the bound for the whole first load: the
// benchmark's entities, articles, mentions and deals written by bare
// CREATE statements (every node known new), one transaction per 100
// articles as Load cuts batch=1000.
func BenchmarkCeilingGraph(b *testing.B) {
	docs := synthetic(2000, 10, 6, 5000)
	prepared, _, err := prepareAll(docs)
	if err != nil {
		b.Fatal(err)
	}
	s := openTest(b)
	groups := batches(prepared, 1000)
	var total time.Duration
	for range b.N {
		b.StopTimer()
		reset(b, s)
		b.StartTimer()
		made := map[string]bool{}
		for _, g := range groups {
			r := buildRows(g)
			var ents []map[string]any
			for _, e := range r.entities {
				if id := str(e["id"]); !made[id] {
					made[id] = true
					ents = append(ents, e)
				}
			}
			var deals []map[string]any
			for t, cs := range r.claims {
				for _, d := range resolve(t, cs) {
					p := d.props()
					p["subject"], p["object"], p["predicate"] = d.subject, d.object, d.predicate
					deals = append(deals, p)
				}
			}
			total += ceilingStatements(b, s, []string{
				"UNWIND $ents AS row CREATE (e:Entity {id: row.id}) SET e:$(row.type), e.name = row.name, e.name_ar = row.name_ar, e.aliases = row.aliases",
				`UNWIND $arts AS row CREATE (a:Article {id: row.id})
SET a.url = row.url, a.source = row.source, a.title = row.title, a.lang = row.lang,
    a.published_at = row.published_at, a.content_hash = row.content_hash, a.doc_hash = row.doc_hash, a.ingested_at = $now
WITH a, row UNWIND row.entities AS eid MATCH (e:Entity {id: eid}) CREATE (a)-[:MENTIONS]->(e)`,
				strings.Replace(ceilingDeals, "$rows", "$deals", 1),
			}, map[string]any{"ents": ents, "arts": r.articles, "deals": deals, "now": time.Now().UTC()})
		}
	}
	b.ReportMetric(float64(20000*b.N)/total.Seconds(), "rels/s")
}

// ceilingStatements runs statements in one explicit transaction and
// returns the time it took, commit included.
func ceilingStatements(b *testing.B, s *Store, cyphers []string, params map[string]any) time.Duration {
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(ctx) }()
	start := time.Now()
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range cyphers {
		res, err := tx.Run(ctx, c, params)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

// setEnds gives each deal row its ends' element ids (row.s, row.o), as
// Load's create statement takes them.
func setEnds(b *testing.B, s *Store, deals []map[string]any) {
	_, rows, err := s.Query(context.Background(), "MATCH (e:Entity) RETURN e.id, elementId(e)", nil)
	if err != nil {
		b.Fatal(err)
	}
	eid := map[string]any{}
	for _, r := range rows {
		eid[str(r[0])] = r[1]
	}
	for _, d := range deals {
		d["s"], d["o"] = eid[str(d["subject"])], eid[str(d["object"])]
	}
}

// ceilingDeals creates deals between ends found by id, as Load did
// before it found them by element id.
var ceilingDeals = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:$(row.predicate) {` + propList("%s: row.%s") + `, first_seen: $now, last_seen: $now}]->(o)
RETURN count(r)`

// ceilingTx runs one statement in an explicit transaction and returns the
// time of the statement and of the commit.
func ceilingTx(b *testing.B, s *Store, cypher string, rows []map[string]any) (time.Duration, time.Duration) {
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(ctx) }()
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	res, err := tx.Run(ctx, cypher, map[string]any{"rows": rows, "now": time.Now().UTC()})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		b.Fatal(err)
	}
	ran := time.Now()
	if err := tx.Commit(ctx); err != nil {
		b.Fatal(err)
	}
	return ran.Sub(start), time.Since(ran)
}
