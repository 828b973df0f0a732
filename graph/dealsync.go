package graph

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// dealSync brings the deals of the triples a transaction touched in line
// with their claims: it reads the stored deals of those triples, replaces
// the claims of the articles being written with their new ones, resolves
// each triple again (see resolve) and writes the difference: new deals
// created, changed ones set by element id, deals left with no claim
// deleted. Doing this in Go keeps the transaction to a few statements
// with no per-row subqueries.
type dealSync struct {
	claims  map[triple][]claim // the transaction's claims
	fresh   map[string]bool    // articles being written: their stored claims are dropped
	created map[string]bool    // entity id -> created by this transaction
	nodes   map[string]string  // entity id -> element id, for every entity the touched triples name
	now     time.Time
}

// storedDeal is a deal relationship as read from the graph.
type storedDeal struct {
	eid    string
	key    string
	claims []claim
	props  map[string]any
}

func (s dealSync) run(ctx context.Context, tx neo4j.ManagedTransaction, touched map[triple]bool, rep *Report) error {
	stored, err := s.read(ctx, tx, touched)
	if err != nil {
		return err
	}
	ts := make([]triple, 0, len(touched))
	for t := range touched {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].String() < ts[j].String() })

	var creates, updates []map[string]any
	var deletes []any
	for _, t := range ts {
		var all []claim
		for _, d := range stored[t] {
			for _, c := range d.claims {
				if !s.fresh[c.source] {
					all = append(all, c)
				}
			}
		}
		all = append(all, s.claims[t]...)
		c, u, d := s.plan(resolve(t, all), stored[t], rep)
		creates, updates, deletes = append(creates, c...), append(updates, u...), append(deletes, d...)
	}
	params := func(k string, v any) map[string]any { return map[string]any{k: v, "now": s.now} }
	if len(deletes) > 0 {
		if _, err := lrun(ctx, tx, "delete unsupported deals", cypherDeleteDeals, params("ids", deletes)); err != nil {
			return err
		}
	}
	if len(updates) > 0 {
		if _, err := lrun(ctx, tx, "update deals", cypherUpdateDeals, params("rows", updates)); err != nil {
			return err
		}
	}
	if len(creates) > 0 {
		recs, err := lrun(ctx, tx, "create deals", cypherCreateDeals, params("rows", creates))
		if err != nil {
			return err
		}
		// A deal whose ends were not found would be lost silently.
		if n, _ := recs[0].Values[0].(int64); int(n) != len(creates) {
			return fmt.Errorf("create deals: %d of %d found both ends", n, len(creates))
		}
	}
	return nil
}

// plan matches the wanted deals of one triple to the stored ones: a stored
// deal with the same key is kept, else one sharing a source (its key
// moved, e.g. a more precise figure arrived); the rest are created or
// deleted. It returns the rows of each write.
func (s dealSync) plan(want []deal, have []storedDeal, rep *Report) (creates, updates []map[string]any, deletes []any) {
	used := make([]bool, len(have))
	match := make([]int, len(want))
	for i, d := range want {
		match[i] = -1
		for j, h := range have {
			if !used[j] && h.key == d.key {
				match[i], used[j] = j, true
				break
			}
		}
	}
	for i, d := range want {
		for j, h := range have {
			if match[i] < 0 && !used[j] && shareSource(d.claims, h.claims) {
				match[i], used[j] = j, true
			}
		}
	}
	for i, d := range want {
		props := d.props()
		seen := s.givesSource(d)
		if match[i] < 0 {
			props["s"], props["o"], props["predicate"] = s.nodes[d.subject], s.nodes[d.object], d.predicate
			creates = append(creates, props)
			rep.RelationshipsCreated++
			continue
		}
		h := have[match[i]]
		if seen {
			rep.RelationshipsUpdated++
		}
		if seen || !sameProps(h.props, props) {
			props["eid"], props["seen"] = h.eid, seen
			updates = append(updates, props)
		}
	}
	for j, h := range have {
		if !used[j] {
			deletes = append(deletes, h.eid)
			rep.RelationshipsDeleted++
		}
	}
	return creates, updates, deletes
}

func (s dealSync) givesSource(d deal) bool {
	for _, c := range d.claims {
		if s.fresh[c.source] {
			return true
		}
	}
	return false
}

func shareSource(a, b []claim) bool {
	for _, x := range a {
		for _, y := range b {
			if x.source == y.source {
				return true
			}
		}
	}
	return false
}

// sameProps compares stored properties with computed ones by their printed
// form, which is what Bolt's []any and float64 make of []string and
// float64.
func sameProps(stored, want map[string]any) bool {
	for _, k := range dealProps {
		if fmt.Sprint(stored[k]) != fmt.Sprint(want[k]) {
			return false
		}
	}
	return true
}

// read returns the stored deals of the touched triples. Pairs with an end
// created by this transaction have none and are not asked about. Claims
// from articles outside the transaction get their published_at, which
// the deal's status depends on.
func (s dealSync) read(ctx context.Context, tx neo4j.ManagedTransaction, touched map[triple]bool) (map[triple][]storedDeal, error) {
	out := map[triple][]storedDeal{}
	pairSet := map[[2]string]bool{}
	for t := range touched {
		if !s.created[t.subject] && !s.created[t.object] {
			pairSet[[2]string{t.subject, t.object}] = true
		}
	}
	if len(pairSet) == 0 {
		return out, nil
	}
	pairs := make([]any, 0, len(pairSet))
	for p := range pairSet {
		pairs = append(pairs, map[string]any{"s": s.nodes[p[0]], "o": s.nodes[p[1]]})
	}
	recs, err := lrun(ctx, tx, "read deals", cypherDeals, map[string]any{"pairs": pairs})
	if err != nil {
		return nil, err
	}
	var foreign []any
	asked := map[string]bool{}
	for _, rec := range recs {
		t := triple{str(rec.Values[0]), str(rec.Values[1]), str(rec.Values[2])}
		if !touched[t] {
			continue
		}
		props, _ := rec.Values[4].(map[string]any)
		d := storedDeal{eid: str(rec.Values[3]), key: str(props["key"]), props: props, claims: storedClaims(props)}
		for _, c := range d.claims {
			if !s.fresh[c.source] && !asked[c.source] {
				asked[c.source] = true
				foreign = append(foreign, c.source)
			}
		}
		out[t] = append(out[t], d)
	}
	if len(foreign) == 0 {
		return out, nil
	}
	recs, err = lrun(ctx, tx, "read source dates", cypherPublished, map[string]any{"ids": foreign})
	if err != nil {
		return nil, err
	}
	published := map[string]time.Time{}
	for _, rec := range recs {
		if at, ok := rec.Values[1].(time.Time); ok {
			published[str(rec.Values[0])] = at
		}
	}
	for _, ds := range out {
		for _, d := range ds {
			for i := range d.claims {
				d.claims[i].published = published[d.claims[i].source]
			}
		}
	}
	return out, nil
}

// storedClaims reads a deal's parallel lists back into claims. A deal
// written before the per-source figures were kept gives each source the
// deal's own figure.
func storedClaims(p map[string]any) []claim {
	sources := strs(p["sources"])
	evidence, statuses, texts, currencies := strs(p["evidence"]), strs(p["statuses"]), strs(p["amount_texts"]), strs(p["currencies"])
	quals := strs(p["amount_qualifiers"])
	confidences, amounts, usd := floats(p["confidences"]), floats(p["amounts"]), floats(p["amounts_usd"])
	at := func(list []string, i int, def string) string {
		if i < len(list) {
			return list[i]
		}
		return def
	}
	num := func(list []float64, i int, def float64) float64 {
		if i < len(list) {
			return list[i]
		}
		return def
	}
	amount, _ := p["amount"].(float64)
	amountUSD, _ := p["amount_usd"].(float64)
	out := make([]claim, len(sources))
	for i, src := range sources {
		out[i] = claim{
			source: src, evidence: at(evidence, i, ""), status: at(statuses, i, ""), confidence: num(confidences, i, 0),
			amount: num(amounts, i, amount), currency: at(currencies, i, str(p["currency"])),
			amountUSD: num(usd, i, amountUSD), amountText: at(texts, i, ""), qualifier: at(quals, i, ""),
		}
	}
	return out
}
