package job

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/internal/testgen"
)

// page is an article page with boilerplate around the story.
func page(title, body string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>` + title + ` | Example News</title>
<script>var tracking = "Apple acquired Google for $1 trillion";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article><h1>` + title + `</h1>` + paragraphs(body) + `</article>
<footer>Copyright Example News. Subscribe to our newsletter.</footer></body></html>`
}

func paragraphs(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) != "" {
			b.WriteString("<p>" + line + "</p>\n")
		}
	}
	return b.String()
}

// newsServer serves on loopback only: an RSS feed, an Atom feed, article
// pages and pages that fail in each way the job must survive.
func newsServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	srv := httptest.NewUnstartedServer(mux)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv.Listener = ln
	base := "http://" + ln.Addr().String()
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		items := ""
		for _, p := range []string{"/story/1?utm_source=rss", "/story/2", "/boom", "/huge", "/latin1-lie", "/index", "/slow", "/redirect-loop", "/image"} {
			items += fmt.Sprintf(`<item><title>Item %s</title><link>%s%s</link><pubDate>Mon, 03 Mar 2025 09:30:00 +0000</pubDate></item>`, p, base, p)
		}
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example</title><link>%s</link>%s</channel></rss>`, base, items)
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Atom story</title><link href="%s/story/3"/><id>urn:story:3</id><updated>2025-03-04T10:00:00Z</updated></entry></feed>`, base)
	})
	story := func(i int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page(fmt.Sprintf("Story %d", i), testgen.Article(100+i)))
		}
	}
	mux.HandleFunc("/story/1", story(1))
	mux.HandleFunc("/story/2", story(2))
	mux.HandleFunc("/story/3", story(3))
	mux.HandleFunc("/boom", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "internal error", http.StatusInternalServerError)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		chunk := []byte(strings.Repeat("<p>padding padding padding padding</p>\n", 1000))
		for written := 0; written < 10<<20; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/latin1-lie", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		b := []byte(page("Bad bytes", testgen.Article(7)))
		b = append(b, 0xff, 0xfe, 0xc3, 0x28)
		_, _ = w.Write(b)
	})
	mux.HandleFunc("/index", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><body><nav><a href="/a">Markets</a> <a href="/b">Tech</a></nav><p>Sign in.</p></body></html>`)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/redirect-loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/redirect-loop", http.StatusFound)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/slow-feed.xml", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/not-a-feed.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body>hello</body></html>")
	})
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

func TestBadSourcesAreListedAndTheRunGoesOn(t *testing.T) {
	db := openDB(t)
	srv := newsServer(t)
	dir := t.TempDir()
	if _, err := testgen.Write(dir, 3); err != nil {
		t.Fatal(err)
	}
	// Files of every kind, good and bad.
	files := map[string]string{
		"page.html": page("A page on disk", testgen.Article(50)),
		"records.jsonl": `{"id":"rec-1","url":"https://news.example/rec-1","title":"Record one","lang":"en","published":"2025-03-01T09:30:00Z","text":` + quote(testgen.Article(60)) + `}
{"id":"rec-2","html":` + quote(page("Record two", testgen.Article(61))) + `}
{"title":"no id, no url","text":"Microsoft invested $1 billion in OpenAI."}
not json at all
`,
		"one.json":  `{"url":"https://news.example/story?id=9&utm_source=x","text":` + quote(testgen.Article(62)) + `}`,
		"empty.txt": "   \n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A local Atom file whose entry links to the server.
	atomFile := filepath.Join(t.TempDir(), "local-atom.xml")
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Local</title>
<entry><title>Linked from a file</title><link href="` + srv.URL + `/story/2"/><id>urn:x</id><updated>2025-03-05T10:00:00Z</updated></entry></feed>`
	if err := os.WriteFile(atomFile, []byte(atom), 0o644); err != nil {
		t.Fatal(err)
	}

	cfg := testConfig(t,
		config.Source{Path: dir},
		config.Source{Path: filepath.Join(dir, "missing")},
		config.Source{Feed: srv.URL + "/slow-feed.xml"},
		config.Source{Feed: srv.URL + "/not-a-feed.xml"},
		config.Source{Feed: srv.URL + "/rss.xml"},
		config.Source{Feed: srv.URL + "/atom.xml"},
		config.Source{Feed: atomFile},
	)
	cfg.Fetch.Timeout = time.Second
	j := newJob(t, cfg, db)
	st, err := j.Pass(context.Background())
	if err != nil {
		t.Fatalf("pass: %v", err)
	}
	// Good: 3 txt + page.html + rec-1 + rec-2 + one.json + story 1, 2
	// (RSS) + story 3 (Atom) + the page with a few bad bytes (repaired, as
	// the extractor repairs any text); story 2 again (local Atom: same id)
	// is a failure naming both.
	if st.Loaded != 11 {
		t.Errorf("loaded %d, want 11: %+v", st.Loaded, st)
	}
	list, err := j.State().Failures("")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{ // item or source -> part of the reason
		"empty.txt":       "empty",
		"records.jsonl:3": "neither id nor url",
		"records.jsonl:4": "not a JSON record",
		"missing":         "no such file",
		"/slow-feed.xml":  "timed out",
		"/not-a-feed.xml": "not an RSS or Atom feed",
		"/boom":           "HTTP 500",
		"/huge":           "too large",
		"/index":          "not an article",
		"/slow":           "timed out",
		"/redirect-loop":  "redirects",
		"/image":          "content type image/png",
		"/story/2)":       "already the id of " + srv.URL + "/rss.xml",
	}
	for key, reason := range want {
		found := false
		for _, f := range list {
			where := f.Item
			if where == "" {
				where = f.Source
			}
			if strings.HasSuffix(where, key) && strings.Contains(f.Reason, reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("no failure for %s with reason %q", key, reason)
		}
	}
	if len(list) != len(want) || st.Failed != len(want) {
		for _, f := range list {
			t.Logf("%s %s %s: %s", f.Stage, f.Source, f.Item, f.Reason)
		}
		t.Errorf("%d failures recorded, %d counted, want %d", len(list), st.Failed, len(want))
	}

	// Identity and fields: canonical URLs, feed titles and times.
	rows := db.rows(t, `MATCH (a:Article) RETURN a.id, a.title, a.published_at ORDER BY a.id`, nil)
	ids := map[string][]any{}
	for _, r := range rows {
		ids[r[0].(string)] = r
	}
	s1 := srv.URL + "/story/1"
	if r, ok := ids[s1]; !ok || r[1] != "Item /story/1?utm_source=rss" || !strings.HasPrefix(fmt.Sprint(r[2]), "2025-03-03T09:30:00") {
		t.Errorf("story 1 (tracking parameter dropped, feed title and date): %v in %v", r, keys(ids))
	}
	for _, id := range []string{"rec-1", "rec-2", "https://news.example/story?id=9", "page.html", srv.URL + "/story/3"} {
		if _, ok := ids[id]; !ok {
			t.Errorf("article %s missing; have %v", id, keys(ids))
		}
	}
	// Boilerplate and scripts are not read: the script's "deal" is absent.
	if n := db.count(t, `MATCH (:Entity {id:'apple'})-[r:ACQUIRED]->(:Entity {id:'google'}) RETURN count(r)`); n != 0 {
		t.Errorf("a deal from a <script> was loaded")
	}
	db.checkConsistent(t)

	// The next pass: the good ones are unchanged, the bad ones fail again.
	st2, err := j.Pass(context.Background())
	if err != nil || st2.Loaded != 0 || st2.Skipped != st.Seen-1 || st2.Failed != len(want) {
		t.Errorf("second pass: %+v %v (first %+v)", st2, err, st)
	}
}

func quote(s string) string {
	b := strings.Builder{}
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func keys(m map[string][]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
