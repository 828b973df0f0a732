package graph

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"
)

// TestProfileLoad prints the PROFILE cost of every load statement on the
// benchmark graph: a first load of 2,000 articles in batches of 1,000, then
// 200 of them edited (so retraction, orphan deletion and settling run). It
// asserts nothing about speed; it runs only with KG_PROFILE_LOAD=1.
//
//	KG_PROFILE_LOAD=1 go test -run TestProfileLoad -v ./graph/
func TestProfileLoad(t *testing.T) {
	if os.Getenv("KG_PROFILE_LOAD") != "1" {
		t.Skip("set KG_PROFILE_LOAD=1 to profile the load statements")
	}
	s := openTest(t)
	docs := synthetic(2000, 10, 6, 5000)
	type agg struct {
		calls, rows   int
		hits, records int64
		took          time.Duration
	}
	var stats map[string]*agg
	var order []string
	loadProfiler = func(p StatementProfile) {
		a := stats[p.What]
		if a == nil {
			a = &agg{}
			stats[p.What] = a
			order = append(order, p.What)
		}
		a.calls++
		a.rows += p.Rows
		a.hits += p.DbHits
		a.records += p.Records
		a.took += p.Took
	}
	loadProfileTimeOnly = os.Getenv("KG_PROFILE_TIME_ONLY") == "1"
	defer func() { loadProfiler, loadProfileTimeOnly = nil, false }()

	edited := append(docs[:0:0], docs[:200]...)
	for i := range edited {
		edited[i].Article.ContentHash += "-v2"
		edited[i].Relations = append(edited[i].Relations[:0:0], edited[i].Relations[:5]...)
	}
	for _, step := range []struct {
		name string
		docs []any
	}{{"first load", nil}, {"edit 200", nil}} {
		stats, order = map[string]*agg{}, nil
		in := docs
		if step.name == "edit 200" {
			in = edited
		}
		start := time.Now()
		rep, err := s.Load(context.Background(), in, profileBatch())
		if err != nil {
			t.Fatal(err)
		}
		took := time.Since(start)
		sort.SliceStable(order, func(i, j int) bool { return stats[order[i]].hits > stats[order[j]].hits })
		var total int64
		fmt.Printf("\n== %s: %d transactions, %v (profiled), rels created %d updated %d deleted %d\n", step.name, rep.Transactions, took.Round(time.Millisecond), rep.RelationshipsCreated, rep.RelationshipsUpdated, rep.RelationshipsDeleted)
		fmt.Printf("%-40s %6s %7s %10s %10s\n", "statement", "calls", "rows", "db hits", "ms")
		for _, w := range order {
			a := stats[w]
			total += a.hits
			fmt.Printf("%-40s %6d %7d %10d %10d\n", w, a.calls, a.rows, a.hits, a.took.Milliseconds())
		}
		fmt.Printf("%-40s %6s %7s %10d\n", "total", "", "", total)
	}
}

func profileBatch() int {
	var n int
	if _, err := fmt.Sscan(os.Getenv("KG_PROFILE_BATCH"), &n); err != nil || n < 1 {
		return 1000
	}
	return n
}
