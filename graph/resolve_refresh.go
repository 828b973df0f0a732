package graph

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

// The evidence a merge records is worked out again from the final graph at
// the end of every ResolveEntities, so it does not depend on the order in
// which articles arrived (a pair merged early saw fewer articles than one
// merged late). Each side is rebuilt from its articles: the merged-in side
// is the articles whose MENTIONS of the survivor came through its id (via),
// the survivor's own side those that name it directly. A side's deals are
// those with a claim from its articles, with its own largest figure (a deal
// both sides report is one relationship since mergeDeals). A merge is never
// undone here: only its recorded reasons are brought up to date.
var cypherMergeSides = `
MATCH (s:Entity) WHERE size(coalesce(s.merged_from, [])) > 0
UNWIND s.merged_from AS aid
WITH s, aid,
  COLLECT { MATCH (art:Article)-[m:MENTIONS]->(s) WHERE aid IN coalesce(m.via, []) RETURN art } AS a_arts,
  COLLECT { MATCH (art:Article)-[m:MENTIONS]->(s) WHERE m.via IS NULL OR s.id IN m.via RETURN art } AS l_arts
WITH s, aid, a_arts, l_arts, [a IN a_arts | a.id] AS a_ids, [a IN l_arts | a.id] AS l_ids
RETURN s.id, aid, s.merges,
  COLLECT { MATCH (s)-[r]->(x:Entity) WHERE type(r) IN $types AND any(src IN r.sources WHERE src IN a_ids)
            RETURN [type(r), x.id, ` + sideUSD("a_ids") + `] } AS a_outs,
  COLLECT { MATCH (s)<-[r]-(x:Entity) WHERE type(r) IN $types AND any(src IN r.sources WHERE src IN a_ids)
            RETURN [type(r), x.id, ` + sideUSD("a_ids") + `] } AS a_ins,
  COLLECT { MATCH (s)-[r]->(x:Entity) WHERE type(r) IN $types AND any(src IN r.sources WHERE src IN l_ids)
            RETURN [type(r), x.id, ` + sideUSD("l_ids") + `] } AS l_outs,
  COLLECT { MATCH (s)<-[r]-(x:Entity) WHERE type(r) IN $types AND any(src IN r.sources WHERE src IN l_ids)
            RETURN [type(r), x.id, ` + sideUSD("l_ids") + `] } AS l_ins,
  COLLECT { UNWIND a_arts AS art MATCH (art)-[:MENTIONS]->(x:Entity) WHERE x <> s RETURN DISTINCT x.id } AS a_co,
  COLLECT { UNWIND l_arts AS art MATCH (art)-[:MENTIONS]->(x:Entity) WHERE x <> s RETURN DISTINCT x.id } AS l_co
ORDER BY s.id, aid`

// sideUSD is the Cypher for the largest USD figure the articles listed in
// ids give on deal r (0.0 if none), from its per-source lists.
func sideUSD(ids string) string {
	return `reduce(u = 0.0, i IN range(0, size(r.sources) - 1) |
              CASE WHEN r.sources[i] IN ` + ids + ` AND coalesce(r.amounts_usd[i], 0.0) > u THEN r.amounts_usd[i] ELSE u END)`
}

const cypherSetMerges = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.id})
SET s.merges = row.merges`

// refreshEvidence rewrites the evidence of every recorded merge from the
// graph as it now is, and returns how many survivors changed.
func refreshEvidence(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
	recs, _, err := run(ctx, tx, "read merged sides", cypherMergeSides, map[string]any{"types": toAny(model.Predicates)})
	if err != nil {
		return 0, err
	}
	type survivor struct {
		raw     []string
		records map[string]mergeRecord
	}
	byID := map[string]*survivor{}
	var order []string
	for _, r := range recs {
		sid, aid := str(r.Values[0]), str(r.Values[1])
		sv := byID[sid]
		if sv == nil {
			rs, err := parseRecords(strs(r.Values[2]))
			if err != nil {
				return 0, err
			}
			sv = &survivor{raw: strs(r.Values[2]), records: rs}
			byID[sid] = sv
			order = append(order, sid)
		}
		rec, ok := sv.records[aid]
		if !ok {
			continue
		}
		a := profile{id: aid, deals: append(readDeals(r.Values[3], true), readDeals(r.Values[4], false)...),
			co: set(strs(r.Values[7]))}
		l := profile{id: sid, deals: append(readDeals(r.Values[5], true), readDeals(r.Values[6], false)...),
			co: set(strs(r.Values[8]))}
		// Both sides now point at the same (merged) counterparties, so no
		// pair of counterparties needs to be "compatible".
		rec.Evidence = judge(a, l, rec.Score, func(string, string) bool { return false }).evidence
		sv.records[aid] = rec
	}
	var rows []any
	for _, sid := range order {
		sv := byID[sid]
		merges := recordList(sv.records)
		if !slices.Equal(merges, sv.raw) {
			rows = append(rows, map[string]any{"id": sid, "merges": merges})
		}
	}
	if len(rows) == 0 {
		return 0, nil
	}
	_, _, err = run(ctx, tx, "refresh merge evidence", cypherSetMerges, map[string]any{"rows": rows})
	return len(rows), err
}
