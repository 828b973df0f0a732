package graph_test

import (
	"context"
	"sync"
	"testing"

	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/internal/kgtest"
)

// dropSchema removes every constraint and index kg made, leaving an empty
// database as a first start sees it.
func dropSchema(t *testing.T, s *graph.Store) {
	t.Helper()
	items, err := s.Schema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Kind == "constraint" {
			kgtest.Write(t, "DROP CONSTRAINT `"+it.Name+"` IF EXISTS")
		}
	}
	items, err = s.Schema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Type != "LOOKUP" {
			kgtest.Write(t, "DROP INDEX `"+it.Name+"` IF EXISTS")
		}
	}
}

// TestSchemaConcurrentFirstStart: several processes starting at once on an
// empty database all apply the schema without error (they used to fail
// with EquivalentSchemaRuleAlreadyExists or DeadlockDetected).
func TestSchemaConcurrentFirstStart(t *testing.T) {
	s := kgtest.Open(t)
	ctx := context.Background()
	const workers = 6
	stores := make([]*graph.Store, workers)
	for i := range stores {
		st, err := graph.Open(ctx, kgtest.Config())
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = st.Close(ctx) }()
		stores[i] = st
	}
	for round := 0; round < 3; round++ {
		dropSchema(t, s)
		var wg sync.WaitGroup
		errs := make([]error, workers)
		for i, st := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = st.ApplySchema(ctx)
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("round %d, worker %d: %v", round, i, err)
			}
		}
	}
	items, err := s.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, it := range items {
		names[it.Name] = true
	}
	for _, want := range []string{"entity_id", "article_id", "entity_names", "rel_key_bid_for"} {
		if !names[want] {
			t.Errorf("schema lacks %s after the concurrent starts", want)
		}
	}
}
