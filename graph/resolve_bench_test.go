package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

// BenchmarkKeyCandidates: finding the key candidates of one Arabic-only
// entity among 10,000 Latin-named ones (the index keeps this from being a
// comparison with every name).
func BenchmarkKeyCandidates(b *testing.B) {
	syll := []string{"ka", "ri", "mo", "sa", "lu", "te", "na", "bo", "di", "fa", "ha", "zu", "ja", "qe"}
	latin := make([]profile, 0, 10000)
	for i := range 10000 {
		name := syll[i%14] + syll[(i/14)%14] + syll[(i/196)%14] + " Holding"
		latin = append(latin, profile{id: fmt.Sprint("l", i), typ: "Company", names: []string{name}})
	}
	ix := newKeyIndex(latin)
	a := profile{id: "a", typ: "Company", names: []string{"كاريمو القابضة"}}
	b.ResetTimer()
	for b.Loop() {
		if len(ix.candidates(a)) == 0 {
			b.Fatal("no candidate")
		}
	}
}

// BenchmarkResolvePairs: one ResolveEntities over the freshly loaded pairs
// corpus (36 merges, their deals regrouped), the load itself untimed.
func BenchmarkResolvePairs(b *testing.B) {
	s := openTest(b)
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []model.Document
	err = source.Walk([]string{pairsDir}, nil, func(a model.Article) error {
		docs = append(docs, x.Extract(a))
		return nil
	}, func(p string, err error) { b.Errorf("%s: %v", p, err) })
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		reset(b, s)
		load(b, s, docs...)
		b.StartTimer()
		if rep, err := s.ResolveEntities(context.Background()); err != nil || rep.Merged == 0 {
			b.Fatalf("%+v %v", rep, err)
		}
	}
}
