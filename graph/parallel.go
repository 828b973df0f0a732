package graph

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SetLoadWorkers makes Load cut each batch into up to n parts that share
// no entity and commit them at once, each in its own session (n < 2: one
// transaction per batch, the default). Every part is a whole load
// transaction, so correctness does not depend on the split: a part still
// locks the entities its deals join before it reads them, exactly as
// concurrent loaders do; the split only keeps parts from waiting on each
// other's locks. Not safe to call while a Load runs.
func (s *Store) SetLoadWorkers(n int) { s.workers = n }

// partResult is one part's outcome.
type partResult struct {
	res batchResult
	err error
}

// loadParts writes the parts of one batch concurrently and returns their
// results in part order, once all have finished.
func (s *Store) loadParts(ctx context.Context, parts [][]doc) []partResult {
	out := make([]partResult, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i].res, out[i].err = s.loadPart(ctx, part)
		}()
	}
	wg.Wait()
	return out
}

func (s *Store) loadPart(ctx context.Context, part []doc) (batchResult, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	return loadTx(ctx, sess, part)
}

// loadTx writes one batch or part in one managed transaction.
func loadTx(ctx context.Context, sess neo4j.SessionWithContext, docs []doc) (batchResult, error) {
	return neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (batchResult, error) {
		// A fresh time per attempt: it stamps ingested_at and last_seen,
		// and tells a deal created by this attempt.
		return loadBatch(ctx, tx, docs, time.Now().UTC())
	})
}

// splitDisjoint cuts a batch into at most k parts whose documents share no
// entity: the connected components of documents linked by a common
// entity, largest first, each given to the lightest part. A component
// heavier than the rest together leaves the batch unsplit in effect.
// Documents keep their order within a part.
func splitDisjoint(group []doc, k int) [][]doc {
	if k < 2 || len(group) < 2 {
		return [][]doc{group}
	}
	comps := components(group)
	sort.SliceStable(comps, func(i, j int) bool { return comps[i].weight > comps[j].weight })
	parts := make([][]int, k)
	load := make([]int, k)
	for _, c := range comps {
		light := 0
		for p := range parts {
			if load[p] < load[light] {
				light = p
			}
		}
		parts[light] = append(parts[light], c.docs...)
		load[light] += c.weight
	}
	var out [][]doc
	for _, idx := range parts {
		if len(idx) == 0 {
			continue
		}
		sort.Ints(idx)
		part := make([]doc, len(idx))
		for i, j := range idx {
			part[i] = group[j]
		}
		out = append(out, part)
	}
	return out
}

// component is a set of documents (indexes into a batch) linked through
// shared entities, with its weight.
type component struct {
	docs   []int
	weight int
}

// components groups a batch's documents by shared entities (union-find
// over documents, joined through the first document naming each entity).
func components(group []doc) []component {
	parent := make([]int, len(group))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	first := map[string]int{}
	for i, d := range group {
		for _, e := range d.entities {
			if j, ok := first[e.ID]; ok {
				parent[find(i)] = find(j)
			} else {
				first[e.ID] = i
			}
		}
	}
	byRoot := map[int]*component{}
	var order []int
	for i, d := range group {
		r := find(i)
		c := byRoot[r]
		if c == nil {
			c = &component{}
			byRoot[r] = c
			order = append(order, r)
		}
		c.docs = append(c.docs, i)
		c.weight += d.weight()
	}
	out := make([]component, len(order))
	for i, r := range order {
		out[i] = *byRoot[r]
	}
	return out
}
