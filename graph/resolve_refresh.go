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
// merged late). The merged-in side is rebuilt from provenance: the
// relationships whose orig_subject/orig_object is its id and the MENTIONS
// whose via lists it; the survivor's own side is everything else. A merge
// is never undone here: only its recorded reasons are brought up to date.
const cypherMergeSides = `
MATCH (s:Entity) WHERE size(coalesce(s.merged_from, [])) > 0
UNWIND s.merged_from AS aid
RETURN s.id, aid, s.merges,
  COLLECT { MATCH (s)-[r]->(x:Entity) WHERE type(r) IN $types AND r.orig_subject = aid RETURN [type(r), x.id, r.amount_usd] } AS a_outs,
  COLLECT { MATCH (s)<-[r]-(x:Entity) WHERE type(r) IN $types AND r.orig_object = aid RETURN [type(r), x.id, r.amount_usd] } AS a_ins,
  COLLECT { MATCH (s)-[r]->(x:Entity) WHERE type(r) IN $types AND r.orig_subject IS NULL RETURN [type(r), x.id, r.amount_usd] } AS l_outs,
  COLLECT { MATCH (s)<-[r]-(x:Entity) WHERE type(r) IN $types AND r.orig_object IS NULL RETURN [type(r), x.id, r.amount_usd] } AS l_ins,
  COLLECT { MATCH (s)<-[m:MENTIONS]-(:Article)-[:MENTIONS]->(x:Entity)
            WHERE aid IN coalesce(m.via, []) AND x <> s RETURN DISTINCT x.id } AS a_co,
  COLLECT { MATCH (s)<-[m:MENTIONS]-(:Article)-[:MENTIONS]->(x:Entity)
            WHERE m.via IS NULL AND x <> s RETURN DISTINCT x.id } AS l_co
ORDER BY s.id, aid`

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
