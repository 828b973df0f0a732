package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/translit"
)

// Cross-script entity resolution, the graph half. After a load, an entity
// known only by an Arabic name (no `name`, an id spelled from its Arabic
// letters) and a Latin-named entity that resolve_eval.go judges to be the
// same become one node. The Latin one survives: its id stays, its `name`
// stays, the Arabic name fills `name_ar`, and the Arabic node's MENTIONS move
// onto it, each keeping the ids it came through (`via`). Its relationships
// move too, every triple that now holds claims of both resolved again as the
// load resolves deals (resolve_deals.go), so one deal read in two scripts is
// one relationship. The survivor keeps `merged_from` (sorted ids) and
// `merges` (one JSON record per merged id: its type, names, aliases added,
// and the evidence), so that Split can undo the merge: the claims of the
// articles that came through the merged id go back, and both sides are
// resolved again.
//
// The loader knows nothing of this. An article that yields a merged-away id
// again recreates that node; the next ResolveEntities finds the id in a
// survivor's `merged_from` and merges it again, so ingest in any order ends
// in the same graph.

// maxPasses bounds the merge passes of one ResolveEntities: a merge can
// give the next pair its shared counterparty (a company first, then its
// chief executive).
const maxPasses = 5

// mergeRecord is one entry of a survivor's `merges`.
type mergeRecord struct {
	ID           string   `json:"id"`
	Type         string   `json:"type"`
	NameAR       string   `json:"name_ar"`
	Aliases      []string `json:"aliases"`
	AddedAliases []string `json:"added_aliases"`
	FilledNameAR bool     `json:"filled_name_ar"`
	Key          string   `json:"key"`
	Score        float64  `json:"score"`
	Evidence     []string `json:"evidence"`
}

// ResolveReport says what ResolveEntities did.
type ResolveReport struct {
	Merged     int // Arabic-only nodes merged into a Latin-named one
	Redirected int // of those, ids merged before and recreated by a later load
	Candidates int // pairs left apart for want of evidence
	Passes     int
}

// ResolveEntities merges Arabic-only entities into the Latin-named entities
// they are (see resolve_eval.go for the rule). It is idempotent: run after
// every load, it changes nothing when nothing new arrived.
func (s *Store) ResolveEntities(ctx context.Context) (ResolveReport, error) {
	var rep ResolveReport
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	for rep.Passes < maxPasses {
		res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (ResolveReport, error) {
			return resolvePass(ctx, tx)
		})
		if err != nil {
			return rep, fmt.Errorf("resolve entities in %s: %w", s.uri, s.scrub(err))
		}
		rep.Passes++
		rep.Merged += res.Merged
		rep.Redirected += res.Redirected
		rep.Candidates = res.Candidates
		if res.Merged == 0 {
			break
		}
	}
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
		return refreshEvidence(ctx, tx)
	})
	if err != nil {
		return rep, fmt.Errorf("refresh merge evidence in %s: %w", s.uri, s.scrub(err))
	}
	return rep, nil
}

// resolvePass reads the candidates, judges them and writes the merges of
// one pass.
func resolvePass(ctx context.Context, tx neo4j.ManagedTransaction) (ResolveReport, error) {
	var rep ResolveReport
	merges, shortfall, err := judgeAll(ctx, tx)
	if err != nil {
		return rep, err
	}
	rep.Candidates = len(shortfall)
	for _, m := range merges {
		if err := writeMerge(ctx, tx, m); err != nil {
			return rep, err
		}
		rep.Merged++
		if m.redirect {
			rep.Redirected++
		}
	}
	return rep, nil
}

// plannedMerge is one merge to write: the judgement and the record to keep.
type plannedMerge struct {
	from, to string
	record   mergeRecord
	redirect bool
}

// judgeAll reads Arabic-only and Latin-named entities, pairs them by key,
// reads the profiles of the paired ones and judges every pair. Arabic ids a
// survivor already lists in merged_from are redirected without judging.
func judgeAll(ctx context.Context, tx neo4j.ManagedTransaction) ([]plannedMerge, []judgement, error) {
	arabic, latin, err := readSides(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	var planned []plannedMerge
	redirect := map[string]profile{}
	for _, l := range latin {
		for _, id := range l.merged {
			redirect[id] = l
		}
	}
	pairs := map[string][]string{} // arabic id -> latin ids
	var ids []string
	index := newKeyIndex(latin)
	for _, a := range arabic {
		if l, ok := redirect[a.id]; ok {
			planned = append(planned, plannedMerge{from: a.id, to: l.id, redirect: true})
			continue
		}
		for _, l := range index.candidates(a) {
			if !l.noMerge[a.id] {
				pairs[a.id] = append(pairs[a.id], l.id)
			}
		}
		if len(pairs[a.id]) > 0 {
			ids = append(ids, a.id)
			ids = append(ids, pairs[a.id]...)
		}
	}
	if len(pairs) == 0 {
		return planned, nil, nil
	}
	profs, err := readProfiles(ctx, tx, ids, arabic, latin)
	if err != nil {
		return nil, nil, err
	}
	compatible := func(x, y string) bool {
		for _, l := range pairs[x] {
			if l == y {
				return true
			}
		}
		return false
	}
	var js []judgement
	for aid, lids := range pairs {
		for _, lid := range lids {
			a, l := profs[aid], profs[lid]
			js = append(js, judge(a, l, nameScore(a, l), compatible))
		}
	}
	merges, shortfall := decide(js)
	merges = dropEntangled(merges, profs)
	for _, j := range merges {
		a := profs[j.arabic]
		planned = append(planned, plannedMerge{from: j.arabic, to: j.latin, record: mergeRecord{
			ID: a.id, Type: a.typ, Key: translit.Key(firstName(a)), Score: j.score, Evidence: j.evidence,
		}})
	}
	return planned, shortfall, nil
}

// dropEntangled keeps, of merges into one survivor, none whose Arabic node
// has a deal with another node merging there: that deal would become a loop.
func dropEntangled(ms []judgement, profs map[string]profile) []judgement {
	into := map[string]string{}
	for _, m := range ms {
		into[m.arabic] = m.latin
	}
	var out []judgement
	for _, m := range ms {
		ok := true
		for _, d := range profs[m.arabic].deals {
			if into[d.other] == m.latin {
				ok = false
			}
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

func firstName(p profile) string {
	if len(p.names) == 0 {
		return ""
	}
	return p.names[0]
}

// keyIndex finds Latin-named entities by the word keys of their names, so
// that only entities sharing a key are compared name by name.
type keyIndex struct {
	latin []profile
	byKey map[string][]int
}

func newKeyIndex(latin []profile) keyIndex {
	ix := keyIndex{latin: latin, byKey: map[string][]int{}}
	for i, l := range latin {
		seen := map[string]bool{}
		for _, n := range l.names {
			for _, k := range translit.WordKeysOf(n) {
				if !seen[k] {
					seen[k] = true
					ix.byKey[k] = append(ix.byKey[k], i)
				}
			}
		}
	}
	return ix
}

// candidates are the Latin-named entities of a's type whose names match
// a's, in id order.
func (ix keyIndex) candidates(a profile) []profile {
	hit := map[int]bool{}
	for _, n := range a.names {
		for _, k := range translit.WordKeysOf(n) {
			for _, i := range ix.byKey[k] {
				hit[i] = true
			}
		}
	}
	idx := make([]int, 0, len(hit))
	for i := range hit {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	var out []profile
	for _, i := range idx {
		if l := ix.latin[i]; l.typ == a.typ && nameScore(a, l) > 0 {
			out = append(out, l)
		}
	}
	return out
}

const (
	cypherArabicOnly = `
MATCH (e:Entity) WHERE e.name IS NULL AND e.name_ar IS NOT NULL
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       [e.name_ar] + coalesce(e.aliases, []) AS names, [] AS merged, [] AS no_merge
ORDER BY id`

	cypherLatinNamed = `
MATCH (e:Entity) WHERE e.name IS NOT NULL
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       [e.name] + [a IN coalesce(e.aliases, []) WHERE a <> e.name] AS names,
       coalesce(e.merged_from, []) AS merged, coalesce(e.no_merge, []) AS no_merge
ORDER BY id`

	cypherProfiles = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id,
  COLLECT { MATCH (e)-[r]->(x:Entity) WHERE type(r) IN $types RETURN [type(r), x.id, r.amount_usd] } AS outs,
  COLLECT { MATCH (e)<-[r]-(x:Entity) WHERE type(r) IN $types RETURN [type(r), x.id, r.amount_usd] } AS ins,
  COLLECT { MATCH (e)<-[:MENTIONS]-(a:Article) RETURN DISTINCT a.id } AS articles,
  COLLECT { MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(x:Entity) WHERE x <> e RETURN DISTINCT x.id } AS co`
)

// readSides reads the two sides of the matching: Arabic-only entities, and
// the Latin-named ones with what earlier merges and splits recorded.
func readSides(ctx context.Context, tx neo4j.ManagedTransaction) (arabic, latin []profile, err error) {
	read := func(what, q string) ([]profile, error) {
		recs, _, err := run(ctx, tx, what, q, nil)
		if err != nil {
			return nil, err
		}
		out := make([]profile, 0, len(recs))
		for _, r := range recs {
			p := profile{id: str(r.Values[0]), typ: str(r.Values[1]), names: strs(r.Values[2]),
				merged: strs(r.Values[3]), noMerge: map[string]bool{}}
			for _, id := range strs(r.Values[4]) {
				p.noMerge[id] = true
			}
			out = append(out, p)
		}
		return out, nil
	}
	if arabic, err = read("read Arabic-only entities", cypherArabicOnly); err != nil {
		return nil, nil, err
	}
	latin, err = read("read Latin-named entities", cypherLatinNamed)
	return arabic, latin, err
}

// readProfiles adds deals, articles and co-mentions to the named profiles.
func readProfiles(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, sides ...[]profile) (map[string]profile, error) {
	base := map[string]profile{}
	for _, side := range sides {
		for _, p := range side {
			base[p.id] = p
		}
	}
	sort.Strings(ids)
	uniq := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			uniq = append(uniq, id)
		}
	}
	params := map[string]any{"ids": toAny(uniq), "types": toAny(model.Predicates)}
	recs, _, err := run(ctx, tx, "read entity profiles", cypherProfiles, params)
	if err != nil {
		return nil, err
	}
	out := map[string]profile{}
	for _, r := range recs {
		p := base[str(r.Values[0])]
		p.deals = append(readDeals(r.Values[1], true), readDeals(r.Values[2], false)...)
		p.articles, p.co = set(strs(r.Values[3])), set(strs(r.Values[4]))
		out[p.id] = p
	}
	return out, nil
}

func readDeals(v any, out bool) []edgeDeal {
	list, _ := v.([]any)
	ds := make([]edgeDeal, 0, len(list))
	for _, x := range list {
		t, _ := x.([]any)
		if len(t) != 3 {
			continue
		}
		usd, _ := t[2].(float64)
		ds = append(ds, edgeDeal{pred: str(t[0]), out: out, other: str(t[1]), usd: usd})
	}
	return ds
}

func set(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func toAny(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func marshalRecord(r mergeRecord) string {
	b, _ := json.Marshal(r) // strings and numbers only: cannot fail
	return string(b)
}
