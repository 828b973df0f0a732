package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/model"
)

// TestFeedFetchesABoundedWindow: while the consumer of a feed is busy with
// one article, at most a few pages are fetched ahead of it, however many
// items the feed has (all pages of a feed were once held until the feed was
// done: ~11 MB per 5 MB item), and the articles come in feed order.
func TestFeedFetchesABoundedWindow(t *testing.T) {
	const items = 60
	var served atomic.Int32
	story := strings.Repeat("Acme Holdings bought Beta Industries for five million dollars on Monday, people said. ", 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for i := range items {
				fmt.Fprintf(w, "<item><title>Item %d</title><link>http://%s/p/%d</link></item>", i, r.Host, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		served.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><p>%s</p></article></body></html>", r.URL.Path, story)
	}))
	defer srv.Close()
	f := NewFetcher(config.Fetch{Timeout: 5 * time.Second, MaxBytes: 1 << 20, MaxRedirects: 1, UserAgent: "kg-test"})
	var ahead int32
	var order []string
	err := f.ReadFeed(context.Background(), srv.URL+"/feed.xml", func(a model.Article) error {
		if len(order) == 0 {
			time.Sleep(500 * time.Millisecond) // a slow batch downstream
			ahead = served.Load()
		}
		order = append(order, a.Title)
		return nil
	}, func(item string, err error) { t.Errorf("%s: %v", item, err) })
	if err != nil {
		t.Fatal(err)
	}
	if ahead > feedWorkers+1 {
		t.Errorf("%d of %d pages fetched while the first was being consumed, want at most %d", ahead, items, feedWorkers+1)
	}
	if len(order) != items || order[0] != "Item 0" || order[items-1] != fmt.Sprintf("Item %d", items-1) {
		t.Errorf("got %d articles in order %v…", len(order), order[:min(3, len(order))])
	}
}
