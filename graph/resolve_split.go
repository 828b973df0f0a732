package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

const (
	// The survivor's write lock keeps loads off its deals while they are
	// regrouped (see cypherMergeRead).
	cypherFindMerge = `
MATCH (s:Entity) WHERE $id IN s.merged_from OR (s.id = $id AND size(coalesce(s.merged_from, [])) > 0)
SET s.__lock = true
REMOVE s.__lock
RETURN s.id, s.merged_from, coalesce(s.merges, []), coalesce(s.aliases, []), coalesce(s.no_merge, [])`

	// One statement per entity type: the label is not a parameter. A load
	// may have brought the id back before a resolve redirected it: that
	// node is kept, with the record's names added.
	cypherRestoreNode = `
MERGE (a:Entity {id: $id})
ON CREATE SET a:%s, a.name_ar = $name_ar, a.aliases = $aliases, a.__new = true
WITH a, a.__new IS NULL AS existed
REMOVE a.__new
WITH a WHERE existed
SET a.name_ar = coalesce(a.name_ar, $name_ar),
    a.aliases = COLLECT { UNWIND coalesce(a.aliases, []) + coalesce($aliases, []) AS x WITH DISTINCT x ORDER BY x RETURN x }`

	cypherSplitMentions = `
MATCH (art:Article)-[m:MENTIONS]->(s:Entity {id: $to}) WHERE $id IN m.via
MATCH (a:Entity {id: $id})
MERGE (art)-[:MENTIONS]->(a)
WITH m, [v IN m.via WHERE v <> $id] AS rest
FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE m)
FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END |
  SET m.via = CASE WHEN rest = [$to] THEN null ELSE rest END)`

	cypherSplitFinish = `
MATCH (s:Entity {id: $to})
SET s.name_ar = CASE WHEN $clear_name_ar THEN null ELSE s.name_ar END,
    s.aliases = $aliases, s.no_merge = $no_merge,
    s.merged_from = CASE WHEN size($merged_from) = 0 THEN null ELSE $merged_from END,
    s.merges = CASE WHEN size($merges) = 0 THEN null ELSE $merges END`
)

// Split undoes merges. Given a merged-away id it restores that node with
// its own relationships and mentions; given a survivor it undoes every
// merge into it. A split pair is remembered in the survivor's `no_merge`,
// so later ResolveEntities runs leave it apart. It returns the restored ids.
func (s *Store) Split(ctx context.Context, id string) ([]string, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	out, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) ([]string, error) {
		return split(ctx, tx, id)
	})
	if err != nil {
		return nil, fmt.Errorf("split %s in %s: %w", id, s.uri, s.scrub(err))
	}
	return out, nil
}

func split(ctx context.Context, tx neo4j.ManagedTransaction, id string) ([]string, error) {
	recs, _, err := run(ctx, tx, "find merge", cypherFindMerge, map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("no merge involves %q", id)
	}
	v := recs[0].Values
	to, merged := str(v[0]), strs(v[1])
	records, err := parseRecords(strs(v[2]))
	if err != nil {
		return nil, err
	}
	aliases, noMerge := strs(v[3]), strs(v[4])
	undo := []string{id}
	if id == to {
		undo = merged
	}
	clear := false
	for _, mid := range undo {
		rec, ok := records[mid]
		if !ok || !model.ValidType(rec.Type) {
			return nil, fmt.Errorf("merge of %q into %q has no usable record", mid, to)
		}
		if err := restore(ctx, tx, to, rec); err != nil {
			return nil, err
		}
		clear = clear || rec.FilledNameAR
		aliases = minus(aliases, rec.AddedAliases)
		noMerge = unionSorted(noMerge, []string{mid})
		delete(records, mid)
	}
	p := map[string]any{"to": to, "clear_name_ar": clear, "aliases": aliases, "no_merge": noMerge,
		"merged_from": minus(merged, undo), "merges": recordList(records)}
	if _, _, err := run(ctx, tx, "finish split", cypherSplitFinish, p); err != nil {
		return nil, err
	}
	return undo, nil
}

// restore recreates one merged-away node and gives it back what it brought:
// its mentions, and its articles' claims, the deals on both sides resolved
// again as a load onto two nodes would have them.
func restore(ctx context.Context, tx neo4j.ManagedTransaction, to string, rec mergeRecord) error {
	p := map[string]any{"id": rec.ID, "to": to, "name_ar": nullIfEmpty(rec.NameAR), "aliases": rec.Aliases}
	if _, _, err := run(ctx, tx, "restore "+rec.ID, fmt.Sprintf(cypherRestoreNode, rec.Type), p); err != nil {
		return err
	}
	// Deals first: which claims go back is read from the mentions.
	if err := splitDeals(ctx, tx, to, rec.ID); err != nil {
		return err
	}
	_, _, err := run(ctx, tx, "give back mentions of "+rec.ID, cypherSplitMentions, p)
	return err
}
