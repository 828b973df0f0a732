package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

var (
	cypherMergeRead = `
MATCH (a:Entity {id: $from}), (s:Entity {id: $to})
RETURN a.name_ar, coalesce(a.aliases, []), s.name_ar, coalesce(s.aliases, []),
       coalesce(s.merges, []), coalesce(s.merged_from, [])`

	// One statement per predicate and direction (types cannot be
	// parameters). The relationship is recreated on the survivor with every
	// property, plus the id it was read with. MERGE on the key joins a
	// relationship a recreated node brought again to the one moved before
	// (same key, same original endpoint); its sources are then combined and
	// put in article order, as the loader keeps them.
	cypherMoveOut = `
MATCH (a:Entity {id: $from})-[r:%[1]s]->(x:Entity)
MATCH (s:Entity {id: $to})
WITH s, x, r, properties(r) AS props
MERGE (s)-[n:%[1]s {key: props.key}]->(x)
ON CREATE SET n = props
SET n.orig_subject = coalesce(props.orig_subject, $from)
` + combineSources

	cypherMoveIn = `
MATCH (x:Entity)-[r:%[1]s]->(a:Entity {id: $from})
MATCH (s:Entity {id: $to})
WITH s, x, r, properties(r) AS props
MERGE (x)-[n:%[1]s {key: props.key}]->(s)
ON CREATE SET n = props
SET n.orig_object = coalesce(props.orig_object, $from)
` + combineSources

	combineSources = combineParallel()

	cypherMoveMentions = `
MATCH (art:Article)-[m:MENTIONS]->(:Entity {id: $from})
MATCH (s:Entity {id: $to})
MERGE (art)-[n:MENTIONS]->(s)
SET n.via = COLLECT { UNWIND coalesce(n.via, []) + [$from] AS v WITH DISTINCT v ORDER BY v RETURN v }
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

// writeMerge moves the Arabic node's relationships and mentions onto the
// survivor, records the merge there and deletes the Arabic node.
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

	for _, pred := range model.Predicates {
		for _, q := range []string{cypherMoveOut, cypherMoveIn} {
			if _, _, err := run(ctx, tx, "move "+pred+" of "+m.from, fmt.Sprintf(q, pred), p); err != nil {
				return err
			}
		}
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

// parallelLists are a deal's per-source lists (parallel to sources) with
// the value that stands for a missing entry: the loader leaves out a list
// whose entries are all empty, so a moved deal may lack some of them.
var parallelLists = []struct{ name, missing string }{
	{"sources", "''"}, {"evidence", "''"}, {"statuses", "''"}, {"confidences", "0.0"},
	{"amounts", "0.0"}, {"currencies", "''"}, {"amounts_usd", "0.0"},
	{"amount_texts", "''"}, {"amount_qualifiers", "''"},
}

// combineParallel is the Cypher that joins a moved relationship's sources
// into the one it lands on, every parallel list alike, and puts them in
// article order as the loader keeps them.
func combineParallel() string {
	var join, order, drop []string
	for _, l := range parallelLists {
		if l.missing == "''" && l.name != "sources" {
			// As the loader writes them: no list of only empty strings.
			drop = append(drop, fmt.Sprintf("n.%[1]s = CASE WHEN all(x IN n.%[1]s WHERE x = '') THEN null ELSE n.%[1]s END", l.name))
		}
		join = append(join, fmt.Sprintf("n.%[1]s = [i IN keep | coalesce(n.%[1]s[i], %[2]s)] + [i IN range(0, size(props.sources) - 1) | coalesce(props.%[1]s[i], %[2]s)]", l.name, l.missing))
		order = append(order, fmt.Sprintf("n.%[1]s = [i IN ord | n.%[1]s[i]]", l.name))
	}
	return `
WITH r, n, props, [i IN range(0, size(coalesce(n.sources, [])) - 1) WHERE NOT n.sources[i] IN props.sources] AS keep
SET ` + strings.Join(join, ",\n    ") + `
WITH r, n
CALL (n) {
    UNWIND range(0, size(n.sources) - 1) AS i
    WITH i ORDER BY n.sources[i]
    RETURN collect(i) AS ord
}
SET ` + strings.Join(order, ",\n    ") + `
SET ` + strings.Join(drop, ",\n    ") + `
DELETE r
RETURN count(*) AS n`
}
