package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/kg-news/kg/model"
)

// synthetic builds n documents of relsPerDoc deals each among entities
// drawn from a pool of nEntities, so that documents share entities the way
// news does. Every deal has its own amount, so each is a distinct
// relationship. The seed is fixed: every run loads the same graph.
func synthetic(nDocs, relsPerDoc, entsPerDoc, nEntities int) []model.Document {
	rng := rand.New(rand.NewPCG(1, 2))
	types := model.EntityTypes
	docs := make([]model.Document, nDocs)
	seq := 0
	for i := range docs {
		d := model.Document{Article: model.Article{
			ID: fmt.Sprintf("bench-%05d", i), Source: "bench", Lang: "en", ContentHash: fmt.Sprint(i),
			Title:       fmt.Sprintf("Synthetic article %d", i),
			PublishedAt: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour),
		}}
		picked := map[int]bool{}
		for len(d.Entities) < entsPerDoc {
			n := rng.IntN(nEntities)
			if picked[n] {
				continue
			}
			picked[n] = true
			d.Entities = append(d.Entities, model.Entity{
				ID: fmt.Sprintf("e%05d", n), Type: types[n%len(types)],
				Name: fmt.Sprintf("Entity %d", n), NameAR: fmt.Sprintf("كيان %d", n),
				Mentions: []string{fmt.Sprintf("E%d", n)},
			})
		}
		// Distinct (subject, predicate, object) within a document, so no
		// two of its deals share a key and all relsPerDoc are loaded.
		used := map[[3]int]bool{}
		for len(d.Relations) < relsPerDoc {
			s := rng.IntN(entsPerDoc)
			o := (s + 1 + rng.IntN(entsPerDoc-1)) % entsPerDoc
			p := rng.IntN(len(model.Predicates))
			if used[[3]int{s, p, o}] {
				continue
			}
			used[[3]int{s, p, o}] = true
			seq++
			amount := float64(seq) * 1e6
			d.Relations = append(d.Relations, model.Relation{
				Subject: d.Entities[s].ID, Predicate: model.Predicates[p], Object: d.Entities[o].ID,
				Amount: amount, Currency: "USD", AmountUSD: amount, Status: model.Announced, Confidence: 0.7,
				Evidence: fmt.Sprintf("Sentence %d of article %d about a deal.", seq, i),
			})
		}
		docs[i] = d
	}
	return docs
}

// BenchmarkLoad loads 20,000 relationships among 5,000 entities (2,000
// articles of 10 deals among 6 entities) into an empty graph at several
// batch sizes and reports relationships written per second.
//
//	go test -run '^$' -bench BenchmarkLoad -benchtime 1x ./graph/
func BenchmarkLoad(b *testing.B) {
	const nDocs, relsPerDoc = 2000, 10
	docs := synthetic(nDocs, relsPerDoc, 6, 5000)
	s := openTest(b)
	ctx := context.Background()
	for _, size := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			var rels int
			var elapsed time.Duration
			for range b.N {
				b.StopTimer()
				reset(b, s)
				b.StartTimer()
				start := time.Now()
				rep, err := s.Load(ctx, docs, size)
				if err != nil {
					b.Fatal(err)
				}
				elapsed += time.Since(start)
				rels += rep.RelationshipsCreated + rep.RelationshipsUpdated
			}
			b.ReportMetric(float64(rels)/elapsed.Seconds(), "rels/s")
			b.ReportMetric(float64(rels)/float64(b.N), "rels/op")
		})
	}
}
