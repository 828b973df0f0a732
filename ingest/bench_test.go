package ingest

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/internal/kgtest"
	"github.com/kg-news/kg/internal/testgen"
	"github.com/kg-news/kg/internal/testwipe"
)

// BenchmarkIngest runs what kg ingest runs (read, pre-skip, extract on all
// cores, load into the real Neo4j, captions) over generated articles on an
// empty graph, then again over the same unchanged articles, and reports
// articles/s of each and the peak RSS of each pass. KG_BENCH_SIZES sets
// the sizes (default 1000,10000). The articles are testgen.WriteNews's (a
// deal reported by a few articles); KG_BENCH_CORPUS=repeat takes
// testgen.Write's instead, where ten deals are each cited by a tenth of
// the corpus. A first pass also logs the time of each 10,000 articles, to
// show whether the pass slows as the graph grows:
//
//	KG_REQUIRE_NEO4J=1 go test -run '^$' -bench BenchmarkIngest -benchtime 1x ./ingest/
func BenchmarkIngest(b *testing.B) {
	store := kgtest.Open(b)
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	sizes := []int{1000, 10000}
	if env := os.Getenv("KG_BENCH_SIZES"); env != "" {
		sizes = nil
		for _, f := range strings.Split(env, ",") {
			if n, err := strconv.Atoi(f); err == nil {
				sizes = append(sizes, n)
			}
		}
	}
	for _, n := range sizes {
		dir := b.TempDir()
		write := testgen.WriteNews
		if os.Getenv("KG_BENCH_CORPUS") == "repeat" {
			write = testgen.Write
		}
		if _, err := write(dir, n); err != nil {
			b.Fatal(err)
		}
		src := []Source{Paths{Paths: []string{dir}}}
		p := &Pipeline{Options: Options{BatchSize: 1000, Queue: 2, RetryTimeout: 10 * time.Minute}, Extractor: x, Hasher: store, Loader: store}
		pass := func(b *testing.B, wantLoaded int) {
			resetPeakRSS()
			t0 := time.Now()
			p.OnBatch = sliceTimer(b, t0)
			st, err := p.Run(context.Background(), src)
			if err == nil {
				_, err = store.UpdateCaptions(context.Background())
			}
			if err != nil || st.Loaded != wantLoaded {
				b.Fatalf("%+v %v", st, err)
			}
			b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "articles/s")
			b.ReportMetric(time.Since(t0).Seconds(), "s")
			b.ReportMetric(peakRSS(b), "peak-RSS-MB")
		}
		b.Run(fmt.Sprintf("first/%d", n), func(b *testing.B) {
			kgtest.Write(b, testwipe.Statements...)
			pass(b, n)
		})
		b.Run(fmt.Sprintf("unchanged/%d", n), func(b *testing.B) { pass(b, 0) })
	}
}

// sliceTimer logs the time each 10,000 articles took.
func sliceTimer(b *testing.B, t0 time.Time) func(Stats) {
	done, last := 0, t0
	return func(st Stats) {
		before := done / 10000
		done += st.Loaded + st.Skipped
		if done/10000 > before {
			b.Logf("articles %d: %.1f s for the last 10,000", done, time.Since(last).Seconds())
			last = time.Now()
		}
	}
}

// resetPeakRSS resets VmHWM to the current RSS (Linux clear_refs 5), so
// each pass reports its own peak.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0o200) }

// BenchmarkPipelineNoDB is BenchmarkIngest without Neo4j (an in-memory
// store): what reading and extraction on all cores allow, the ceiling of
// an end-to-end first pass.
//
//	go test -run '^$' -bench BenchmarkPipelineNoDB -benchtime 1x ./ingest/
func BenchmarkPipelineNoDB(b *testing.B) {
	const n = 4000
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if _, err := testgen.Write(dir, n); err != nil {
		b.Fatal(err)
	}
	s := newMem()
	p := &Pipeline{Options: Options{BatchSize: 1000, Queue: 2}, Extractor: x, Hasher: s, Loader: s}
	for _, pass := range []string{"first", "unchanged"} {
		b.Run(pass, func(b *testing.B) {
			resetPeakRSS()
			t0 := time.Now()
			if _, err := p.Run(context.Background(), []Source{Paths{Paths: []string{dir}}}); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "articles/s")
			b.ReportMetric(peakRSS(b), "peak-RSS-MB")
		})
	}
}
