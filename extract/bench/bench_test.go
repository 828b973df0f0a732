// Package bench compares the speed of kg's extractor with prose v2's full
// pipeline (tokenisation, sentence segmentation, part-of-speech tagging and
// named-entity extraction) on the same text: the Arabic and the English dev
// articles of ../shared/corpus/dev, each concatenated into one text.
//
//	go test ./extract/bench -run '^$' -bench . -cpu 1        # MB/s per side
//	KG_BENCH=1 go test ./extract/bench -run TestSpeedRatio -v  # and the ratio
//	scripts/bench-extract.sh                                   # on one core
//
// prose's model is loaded once and reused (prose.NewDocument otherwise
// reloads it on every call, which would dominate its time); kg's extractor is
// built once and warmed up before timing.
package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/model"

	"github.com/kg-news/kg/internal/kgenv"
)

// langs are the two texts benchmarked, in order.
var langs = []string{"ar", "en"}

var (
	textsOnce sync.Once
	texts     map[string]string // lang -> the dev articles concatenated
	textsErr  error

	kgOnce sync.Once
	kgX    *extract.Extractor
	kgErr  error

	proseOnce  sync.Once
	proseModel *prose.Model
	proseErr   error
)

// Sinks keep the compiler from dropping the work.
var (
	sinkDoc   model.Document
	sinkProse *prose.Document
)

// corpusDir is ../shared/corpus/dev beside the repository root (the folder
// holding go.mod, found by walking up from the test's folder).
func corpusDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "corpus", "dev"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		dir = parent
	}
}

// loadTexts reads the dev articles once per language, in name order,
// separated by blank lines.
func loadTexts() (map[string]string, error) {
	textsOnce.Do(func() {
		dir, err := corpusDir()
		if err != nil {
			textsErr = err
			return
		}
		texts = map[string]string{}
		for _, lang := range langs {
			files, err := filepath.Glob(filepath.Join(dir, "*."+lang+".txt"))
			if err != nil {
				textsErr = err
				return
			}
			if len(files) == 0 {
				textsErr = fmt.Errorf("no *.%s.txt articles in %s", lang, dir)
				return
			}
			sort.Strings(files)
			parts := make([]string, 0, len(files))
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					textsErr = err
					return
				}
				parts = append(parts, strings.TrimSpace(string(b)))
			}
			// A form feed between articles lets both sides read them one
			// at a time, as kg does in production.
			texts[lang] = strings.Join(parts, "\n\n\f\n\n") + "\n"
		}
	})
	return texts, textsErr
}

// text returns one language's text, skipping when the corpus is absent.
func text(tb testing.TB, lang string) string {
	tb.Helper()
	t, err := loadTexts()
	if err != nil {
		kgenv.Missing(tb, "KG_REQUIRE_SHARED", "dev corpus not available: %v", err)
	}
	return t[lang]
}

// kgExtractor builds kg's extractor once, with its default options.
func kgExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	kgOnce.Do(func() { kgX, kgErr = extract.New(extract.Options{}) })
	if kgErr != nil {
		tb.Fatalf("extract.New: %v", kgErr)
	}
	return kgX
}

// proseFull loads prose's full model (tagger and entity extracter) once.
func proseFull(tb testing.TB) *prose.Model {
	tb.Helper()
	proseOnce.Do(func() {
		doc, err := prose.NewDocument("Load the model once.")
		if err != nil {
			proseErr = err
			return
		}
		proseModel = doc.Model
	})
	if proseErr != nil {
		tb.Fatalf("prose: %v", proseErr)
	}
	return proseModel
}

func article(lang, text string) model.Article {
	return model.Article{ID: "bench-" + lang, Source: "bench-" + lang + ".txt", Text: text}
}

// benchKG times kg's extractor on text.
func benchKG(b *testing.B, lang, text string) {
	x := kgExtractor(b)
	var arts []model.Article
	for _, part := range strings.Split(text, "\f") {
		arts = append(arts, article(lang, part))
	}
	for _, a := range arts { // warm up: lazily loaded parts (prose's tagger)
		sinkDoc = x.Extract(a)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			sinkDoc = x.Extract(a)
		}
	}
}

// benchProse times prose's full pipeline on text.
func benchProse(b *testing.B, text string) {
	m := proseFull(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	parts := strings.Split(text, "\f")
	for b.Loop() {
		for _, part := range parts {
			doc, err := prose.NewDocument(part, prose.UsingModel(m))
			if err != nil {
				b.Fatal(err)
			}
			sinkProse = doc
		}
	}
}

// BenchmarkExtract runs kg/ar, kg/en, prose/ar and prose/en; with
// b.SetBytes, go test prints MB/s.
func BenchmarkExtract(b *testing.B) {
	b.Run("kg", func(b *testing.B) {
		for _, lang := range langs {
			b.Run(lang, func(b *testing.B) { benchKG(b, lang, text(b, lang)) })
		}
	})
	b.Run("prose", func(b *testing.B) {
		for _, lang := range langs {
			b.Run(lang, func(b *testing.B) { benchProse(b, text(b, lang)) })
		}
	})
}

// mbPerSec is the throughput of a benchmark result.
func mbPerSec(r testing.BenchmarkResult) float64 {
	if r.T <= 0 {
		return 0
	}
	return float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
}

// TestSpeedRatio measures both extractors on each language and prints their
// MB/s and the ratio kg/prose. It only prints; timing is not asserted. It
// runs only with KG_BENCH=1, as it takes several seconds.
func TestSpeedRatio(t *testing.T) {
	if os.Getenv("KG_BENCH") != "1" {
		t.Skip("skipping: set KG_BENCH=1 to measure (see scripts/bench-extract.sh)")
	}
	for _, lang := range langs {
		txt := text(t, lang)
		kgExtractor(t)
		proseFull(t)
		rk := testing.Benchmark(func(b *testing.B) { benchKG(b, lang, txt) })
		rp := testing.Benchmark(func(b *testing.B) { benchProse(b, txt) })
		if rk.N == 0 || rp.N == 0 {
			t.Fatalf("%s: a benchmark failed (kg N=%d, prose N=%d)", lang, rk.N, rp.N)
		}
		kgEnts := len(kgExtractor(t).Extract(article(lang, txt)).Entities)
		doc, err := prose.NewDocument(txt, prose.UsingModel(proseFull(t)))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("kg/%s    %s %s  (%d entities)", lang, rk, rk.MemString(), kgEnts)
		t.Logf("prose/%s %s %s  (%d entities)", lang, rp, rp.MemString(), len(doc.Entities()))
		t.Logf("%s: %d bytes  kg %.2f MB/s  prose %.2f MB/s  ratio kg/prose %.2f",
			lang, len(txt), mbPerSec(rk), mbPerSec(rp), mbPerSec(rk)/mbPerSec(rp))
	}
}
