package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

var (
	// Writing a property takes both nodes' write locks, as the loader
	// takes those of the entities it writes deals for: every deal the merge
	// regroups has one of the two at an end, so no load changes them
	// between the read and the write.
	cypherMergeRead = `
MATCH (a:Entity {id: $from}), (s:Entity {id: $to})
SET a.__lock = true, s.__lock = true
REMOVE a.__lock, s.__lock
RETURN a.name_ar, coalesce(a.aliases, []), s.name_ar, coalesce(s.aliases, []),
       coalesce(s.merges, []), coalesce(s.merged_from, [])`

	// via lists the ids a mention came through; a mention the article
	// already made of the survivor itself keeps that as the survivor's id,
	// so a split knows the article named both.
	cypherMoveMentions = `
MATCH (art:Article)-[m:MENTIONS]->(:Entity {id: $from})
MATCH (s:Entity {id: $to})
MERGE (art)-[n:MENTIONS]->(s)
ON CREATE SET n.via = []
SET n.via = COLLECT { UNWIND coalesce(n.via, [$to]) + [$from] AS v WITH DISTINCT v ORDER BY v RETURN v }
DELETE m
RETURN count(*) AS n`

	cypherMergeFinish = `
MATCH (a:Entity {id: $from}), (s:Entity {id: $to})
SET s.name_ar = coalesce(s.name_ar, a.name_ar),
    s.aliases = $aliases,
    s.merged_from = $merged_from,
    s.merges = $merges,
    s.caption = coalesce(s.name, s.name_ar, s.id)
DETACH DELETE a`
)

// writeMerge moves the Arabic node's relationships (resolved again with the
// survivor's, see mergeDeals) and mentions onto the survivor, records the
// merge there and deletes the Arabic node.
func writeMerge(ctx context.Context, tx neo4j.ManagedTransaction, m plannedMerge) error {
	p := map[string]any{"from": m.from, "to": m.to}
	recs, _, err := run(ctx, tx, "read merge "+m.from, cypherMergeRead, p)
	if err != nil {
		return err
	}
	if len(recs) != 1 {
		return nil // one side vanished since it was read: nothing to do
	}
	v := recs[0].Values
	aNameAR, aAliases := str(v[0]), strs(v[1])
	sNameAR, sAliases := str(v[2]), strs(v[3])
	records, err := parseRecords(strs(v[4]))
	if err != nil {
		return fmt.Errorf("merge %s into %s: %w", m.from, m.to, err)
	}
	rec := m.record
	if prev, ok := records[m.from]; ok && m.redirect {
		rec = prev // a recreated id: the first merge's reasons stand
	}
	rec.ID, rec.NameAR = m.from, firstNonEmpty(rec.NameAR, aNameAR)
	rec.Aliases = unionSorted(rec.Aliases, aAliases)
	rec.FilledNameAR = rec.FilledNameAR || sNameAR == ""
	rec.AddedAliases = unionSorted(rec.AddedAliases, minus(aAliases, sAliases))
	records[m.from] = rec

	if err := mergeDeals(ctx, tx, m.from, m.to); err != nil {
		return err
	}
	if _, _, err := run(ctx, tx, "move mentions of "+m.from, cypherMoveMentions, p); err != nil {
		return err
	}
	p["aliases"] = unionSorted(sAliases, aAliases)
	p["merged_from"] = unionSorted(strs(v[5]), []string{m.from})
	p["merges"] = recordList(records)
	_, _, err = run(ctx, tx, "finish merge "+m.from, cypherMergeFinish, p)
	return err
}

func parseRecords(raw []string) (map[string]mergeRecord, error) {
	out := map[string]mergeRecord{}
	for _, s := range raw {
		var r mergeRecord
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			return nil, fmt.Errorf("bad merge record %q: %w", s, err)
		}
		out[r.ID] = r
	}
	return out, nil
}

// recordList is the records as JSON strings, in id order.
func recordList(rs map[string]mergeRecord) []string {
	ids := make([]string, 0, len(rs))
	for id := range rs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = marshalRecord(rs[id])
	}
	return out
}

// minus is the sorted set of a's strings that are not in b.
func minus(a, b []string) []string {
	in := set(b)
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return unionSorted(nil, out)
}
