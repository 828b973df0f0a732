package graph

import (
	"context"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

// Deals across a merge or a split. A merge gives the survivor the claims of
// the merged-away node; a split gives them back. Either way every triple
// that gains or loses claims is resolved again with the load's resolve
// (deals.go), so the graph holds what loading the same articles onto those
// nodes would give: one relationship per deal, every source's own figure,
// currency and sentence in the per-source lists. No provenance is kept on a
// relationship: the claims a split gives back are those whose article
// mentions the survivor through the merged-away id (MENTIONS.via), and every
// claim's endpoints are entities its article mentions.

const (
	// The deals of the named entities, each once (a deal between two of
	// them is matched from both ends).
	cypherHeldDeals = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WHERE type(r) IN $types
WITH DISTINCT r
RETURN startNode(r).id, type(r), endNode(r).id, elementId(r), properties(r)`

	// The articles whose claims a split gives back to $id: those that
	// reach the survivor through $id only. An article naming the survivor
	// too (via lists $to) cannot tell which of the two a claim meant; its
	// claims stay with the survivor.
	cypherGiveBack = `
MATCH (art:Article)-[m:MENTIONS]->(:Entity {id: $to})
WHERE $id IN coalesce(m.via, []) AND NOT $to IN m.via
RETURN art.id`

	cypherDropDeals = `
UNWIND $ids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
DELETE r`

	// row.predicate comes from a relationship read with a whitelisted type.
	cypherRecreateDeals = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:$(row.predicate)]->(o)
SET r = row.props`
)

// heldDeal is a stored deal relationship with its claims.
type heldDeal struct {
	eid         string
	t           triple
	claims      []claim
	first, last time.Time // first_seen, last_seen
}

// readHeld reads every deal of the given entities.
func readHeld(ctx context.Context, tx neo4j.ManagedTransaction, ids ...string) ([]heldDeal, error) {
	recs, _, err := run(ctx, tx, "read deals of "+ids[0], cypherHeldDeals,
		map[string]any{"ids": toAny(ids), "types": toAny(model.Predicates)})
	if err != nil {
		return nil, err
	}
	out := make([]heldDeal, 0, len(recs))
	for _, rec := range recs {
		props, _ := rec.Values[4].(map[string]any)
		h := heldDeal{eid: str(rec.Values[3]), t: triple{str(rec.Values[0]), str(rec.Values[1]), str(rec.Values[2])},
			claims: storedClaims(props)}
		h.first, _ = props["first_seen"].(time.Time)
		h.last, _ = props["last_seen"].(time.Time)
		out = append(out, h)
	}
	return out, nil
}

// regroup moves claims between triples (dest says where each claim of a
// held deal belongs now) and rewrites the deals of every triple that gained
// or lost one, resolved from all their claims. Deals of other triples are
// left as they are. It returns how many relationships it wrote.
func regroup(ctx context.Context, tx neo4j.ManagedTransaction, held []heldDeal, dest func(triple, claim) triple) (int, error) {
	affected := map[triple]bool{}
	for _, h := range held {
		for _, c := range h.claims {
			if to := dest(h.t, c); to != h.t {
				affected[h.t], affected[to] = true, true
			}
		}
	}
	if len(affected) == 0 {
		return 0, nil
	}
	type span struct{ first, last time.Time }
	claims := map[triple][]claim{}
	spans := map[triple]map[string]span{} // when the claims of one source were first and last seen
	var drop []any
	sources := map[string]bool{}
	for _, h := range held {
		if !affected[h.t] {
			continue
		}
		drop = append(drop, h.eid)
		for _, c := range h.claims {
			to := dest(h.t, c)
			claims[to] = append(claims[to], c)
			sources[c.source] = true
			if spans[to] == nil {
				spans[to] = map[string]span{}
			}
			sp, ok := spans[to][c.source]
			if !ok || h.first.Before(sp.first) {
				sp.first = h.first
			}
			if h.last.After(sp.last) {
				sp.last = h.last
			}
			spans[to][c.source] = sp
		}
	}
	published, err := readPublished(ctx, tx, sources)
	if err != nil {
		return 0, err
	}
	var rows []any
	for _, t := range sortedTriples(claims) {
		cs := claims[t]
		for i := range cs {
			cs[i].published = published[cs[i].source]
		}
		for _, d := range resolve(t, cs) {
			var first, last time.Time
			for i, c := range d.claims {
				sp := spans[t][c.source]
				if i == 0 || sp.first.Before(first) {
					first = sp.first
				}
				last = maxTime(last, sp.last)
			}
			props := d.props()
			props["first_seen"], props["last_seen"] = timeOrNil(first), timeOrNil(last)
			rows = append(rows, map[string]any{"subject": t.subject, "predicate": t.predicate, "object": t.object, "props": props})
		}
	}
	if _, _, err := run(ctx, tx, "drop regrouped deals", cypherDropDeals, map[string]any{"ids": drop}); err != nil {
		return 0, err
	}
	if len(rows) > 0 {
		if _, _, err := run(ctx, tx, "write regrouped deals", cypherRecreateDeals, map[string]any{"rows": rows}); err != nil {
			return 0, err
		}
	}
	return len(rows), nil
}

// readPublished gives the published_at of the articles, which a deal's
// status depends on (see settled).
func readPublished(ctx context.Context, tx neo4j.ManagedTransaction, sources map[string]bool) (map[string]time.Time, error) {
	out := map[string]time.Time{}
	if len(sources) == 0 {
		return out, nil
	}
	recs, _, err := run(ctx, tx, "read source dates", cypherPublished, map[string]any{"ids": toAny(sortedKeys(sources))})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		if at, ok := rec.Values[1].(time.Time); ok {
			out[str(rec.Values[0])] = at
		}
	}
	return out, nil
}

// moveEndpoint returns dest for regroup that puts every claim of a triple
// touching from onto to instead (a merge).
func moveEndpoint(from, to string) func(triple, claim) triple {
	return func(t triple, _ claim) triple {
		if t.subject == from {
			t.subject = to
		}
		if t.object == from {
			t.object = to
		}
		return t
	}
}

// giveBack returns dest for regroup that moves the claims of the given
// articles from the survivor to the restored id (a split).
func giveBack(survivor, id string, articles map[string]bool) func(triple, claim) triple {
	move := moveEndpoint(survivor, id)
	return func(t triple, c claim) triple {
		if articles[c.source] {
			return move(t, c)
		}
		return t
	}
}

// mergeDeals moves the deals of from onto to and resolves them there.
func mergeDeals(ctx context.Context, tx neo4j.ManagedTransaction, from, to string) error {
	held, err := readHeld(ctx, tx, from, to)
	if err != nil {
		return err
	}
	_, err = regroup(ctx, tx, held, moveEndpoint(from, to))
	return err
}

// splitDeals gives the restored node id back the claims of its articles
// and resolves both sides again.
func splitDeals(ctx context.Context, tx neo4j.ManagedTransaction, survivor, id string) error {
	recs, _, err := run(ctx, tx, "find the articles of "+id, cypherGiveBack, map[string]any{"id": id, "to": survivor})
	if err != nil {
		return err
	}
	articles := map[string]bool{}
	for _, rec := range recs {
		articles[str(rec.Values[0])] = true
	}
	if len(articles) == 0 {
		return nil
	}
	held, err := readHeld(ctx, tx, survivor, id) // id has deals if a load brought it back
	if err != nil {
		return err
	}
	_, err = regroup(ctx, tx, held, giveBack(survivor, id, articles))
	return err
}

func sortedTriples[V any](m map[triple]V) []triple {
	out := make([]triple, 0, len(m))
	for t := range m {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func timeOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}
