package ingest

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/source"
)

// peakRSS is the process's peak resident set (VmHWM), in MB.
func peakRSS(tb testing.TB) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		tb.Skipf("no /proc/self/status: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	tb.Skip("no VmHWM in /proc/self/status")
	return 0
}

// BenchmarkFeedSoak reads a loopback feed of 500 items whose pages are 5 MB
// of HTML each (2.5 GB in all) through the pipeline, and reports the
// process's peak RSS: memory stays flat in the number of items (goal: under
// 300 MB). Extraction and the write are stubs, so that what is measured
// is fetching, page reading and batching, not extraction time:
//
//	go test -run '^$' -bench BenchmarkFeedSoak -benchtime 1x ./ingest/
func BenchmarkFeedSoak(b *testing.B) {
	const items, pageMB = 500, 5
	var page bytes.Buffer
	page.WriteString("<html><head><title>Big</title></head><body><article>")
	for page.Len() < pageMB<<20-200 && page.Len() < soakPageBytes() {
		fmt.Fprintf(&body{&page}, "<p>Acme Holdings bought Beta Industries for $5 million on Monday, people said. Line %d.</p>\n", page.Len())
	}
	page.WriteString("</article></body></html>")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Soak</title>`)
			for i := range items {
				fmt.Fprintf(w, "<item><title>Item %d</title><link>http://%s/p/%d</link></item>", i, r.Host, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page.Bytes())
	}))
	defer srv.Close()
	fetch := source.NewFetcher(config.Fetch{Timeout: time.Minute, MaxBytes: (pageMB + 1) << 20, MaxRedirects: 1, UserAgent: "kg-soak"})
	for range b.N {
		s := newMem()
		p := &Pipeline{Options: Options{BatchSize: 1000, Queue: 2, RetryTimeout: time.Minute}, Extractor: &countingX{}, Hasher: s, Loader: s}
		st, err := p.Run(context.Background(), []Source{Feed{Fetcher: fetch, URL: srv.URL + "/feed.xml"}})
		if err != nil || st.Loaded != items {
			b.Fatalf("soak: %+v %v", st, err)
		}
	}
	b.ReportMetric(peakRSS(b), "peak-RSS-MB")
	b.ReportMetric(float64(items*page.Len())/(1<<20), "MB-read")
}

// body writes into a buffer (fmt needs an io.Writer).
type body struct{ b *bytes.Buffer }

func (w *body) Write(p []byte) (int, error) { return w.b.Write(p) }

// soakPageBytes bounds the soak's page size: KG_SOAK_PAGE_BYTES makes a
// quick run with smaller pages (the default is the full 5 MB).
func soakPageBytes() int {
	if n, err := strconv.Atoi(os.Getenv("KG_SOAK_PAGE_BYTES")); err == nil && n > 0 {
		return n
	}
	return 5 << 20
}
