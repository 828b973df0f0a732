package graph

import (
	"os"
	"runtime/debug"
	"strconv"
	"testing"
	"time"

	"github.com/kg-news/kg/model"
)

// BenchmarkImportCSV writes the CSV files of BenchmarkImport's synthetic
// articles (KG_IMPORT_DOCS, default 20000) without neo4j-admin, so it needs
// no Neo4j. Documents are generated one at a time and streamed to the
// writer (under ImportMemoryLimit), as kg import gets them from extraction;
// kg-peak-MB is the process's peak RSS (run it alone).
//
//	go test -run '^$' -bench BenchmarkImportCSV -benchtime 1x ./graph/
func BenchmarkImportCSV(b *testing.B) {
	n := 20000
	if v, err := strconv.Atoi(os.Getenv("KG_IMPORT_DOCS")); err == nil && v > 0 {
		n = v
	}
	dir := b.TempDir()
	for range b.N {
		start := time.Now()
		rep := streamImport(b, dir, n)
		b.ReportMetric(float64(rep.Records())/time.Since(start).Seconds(), "csv-records/s")
		b.ReportMetric(float64(rep.Records()), "records")
	}
	b.ReportMetric(vmHWM("self"), "kg-peak-MB")
}

// streamImport writes the import files of n synthetic documents, generated
// one at a time as kg import extracts them, under kg import's memory limit.
func streamImport(b *testing.B, dir string, n int) ImportReport {
	b.Helper()
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(ImportMemoryLimit))
	}
	im, err := NewImporter(dir, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	syntheticEach(n, 10, 6, 5000, func(d model.Document) {
		if err := im.Add(d); err != nil {
			b.Fatal(err)
		}
	})
	rep, err := im.Close()
	if err != nil {
		b.Fatal(err)
	}
	return rep
}
