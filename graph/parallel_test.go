package graph

import (
	"context"
	"reflect"
	"testing"

	"github.com/kg-news/kg/model"
)

func TestSplitDisjoint(t *testing.T) {
	d := func(id string, ents ...string) doc {
		out := doc{article: model.Article{ID: id}}
		for _, e := range ents {
			out.entities = append(out.entities, model.Entity{ID: e})
		}
		return out
	}
	group := []doc{d("a1", "x", "y"), d("a2", "p"), d("a3", "y", "z"), d("a4", "q", "r"), d("a5", "z")}
	cases := []struct {
		k    int
		want [][]string
	}{
		{1, [][]string{{"a1", "a2", "a3", "a4", "a5"}}},
		// {a1 a3 a5} (x y z) weighs 6, {a4} 2, {a2} 1.
		{2, [][]string{{"a1", "a3", "a5"}, {"a2", "a4"}}},
		{3, [][]string{{"a1", "a3", "a5"}, {"a4"}, {"a2"}}},
		{5, [][]string{{"a1", "a3", "a5"}, {"a4"}, {"a2"}}},
	}
	for _, c := range cases {
		var got [][]string
		for _, part := range splitDisjoint(group, c.k) {
			var ids []string
			for _, x := range part {
				ids = append(ids, x.article.ID)
			}
			got = append(got, ids)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("k=%d: got %v, want %v", c.k, got, c.want)
		}
	}
}

// TestParallelLoadersEqualSerial runs two loaders at once, each cutting
// its batches into two parts committed in parallel, over overlapping
// documents (the same articles, and the same deals from other articles),
// and checks that the graph is exactly the one a serial load of all the
// documents gives: no duplicate node or deal, no claim lost.
func TestParallelLoadersEqualSerial(t *testing.T) {
	s := openTest(t)
	docs := synthetic(300, 4, 5, 60)
	var copies []model.Document
	for _, d := range docs[:100] {
		c := d
		c.Article.ID = "copy-" + d.Article.ID
		copies = append(copies, c)
	}
	// The second loader states the first's deals from its copies at about
	// the same time, then loads some of the same articles.
	first := docs[:200]
	second := append(append(copies, docs[200:]...), docs[150:200]...)
	docs = append(docs, copies...)
	const batch = 10
	prepared, _, err := prepareAll(first)
	if err != nil {
		t.Fatal(err)
	}
	split := 0
	for _, g := range batches(prepared, batch) {
		if len(splitDisjoint(g, 2)) == 2 {
			split++
		}
	}
	if split < 5 {
		t.Fatalf("%d batches split in two: the test would hardly run the parallel path", split)
	}

	if _, err := s.Load(context.Background(), docs, batch); err != nil {
		t.Fatal(err)
	}
	volatile := []string{"ingested_at", "last_seen", "first_seen"}
	want := dump(t, s, volatile...)
	reset(t, s)

	loadAtOnce(t, s, [][]model.Document{first, second}, batch, 2)
	if d := diff(want, dump(t, s, volatile...)); d != "" {
		t.Errorf("parallel loads gave another graph than a serial load:\n%s", d)
	}
}

// loadAtOnce loads each input through its own store (s, then a second
// connection per further input), all at the same time, with workers
// parts per batch, and fails the test on any error.
func loadAtOnce(t *testing.T, s *Store, inputs [][]model.Document, batch, workers int) {
	t.Helper()
	errs := make(chan error, len(inputs))
	for i, in := range inputs {
		st := s
		if i > 0 {
			other, err := Open(context.Background(), testConfig())
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = other.Close(context.Background()) }()
			st = other
		}
		st.SetLoadWorkers(workers)
		go func() {
			_, err := st.Load(context.Background(), in, batch)
			errs <- err
		}()
	}
	for range inputs {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
