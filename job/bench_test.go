package job

import (
	"context"
	"testing"
	"time"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/internal/testgen"
)

// BenchmarkPass reports articles per second for a first pass over 200
// generated articles (read, extract, load) and for a pass over the same
// unchanged articles (read, hash, one lookup per batch):
//
//	KG_REQUIRE_NEO4J=1 go test -run '^$' -bench BenchmarkPass -benchtime 3x ./job/
func BenchmarkPass(b *testing.B) {
	const n = 200
	db := openDB(b)
	dir := b.TempDir()
	if _, err := testgen.Write(dir, n); err != nil {
		b.Fatal(err)
	}
	cfg := testConfig(b, config.Source{Path: dir})
	cfg.Ingest.BatchSize = 100
	j := newJob(b, cfg, db)
	ctx := context.Background()

	b.Run("first", func(b *testing.B) {
		var total time.Duration
		for range b.N {
			b.StopTimer()
			db.reset(b)
			b.StartTimer()
			t0 := time.Now()
			st, err := j.Pass(ctx)
			total += time.Since(t0)
			if err != nil || st.Loaded != n {
				b.Fatalf("first pass: %+v %v", st, err)
			}
		}
		b.ReportMetric(float64(n*b.N)/total.Seconds(), "articles/s")
	})
	b.Run("unchanged", func(b *testing.B) {
		if _, err := j.Pass(ctx); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		t0 := time.Now()
		for range b.N {
			st, err := j.Pass(ctx)
			if err != nil || st.Skipped != n || st.Loaded != 0 {
				b.Fatalf("unchanged pass: %+v %v", st, err)
			}
		}
		b.ReportMetric(float64(n*b.N)/time.Since(t0).Seconds(), "articles/s")
	})
}
