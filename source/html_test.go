package source

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/config"
)

func TestCanonicalURL(t *testing.T) {
	cases := map[string]string{
		"HTTPS://News.Example:443/a/b?utm_source=x&b=2&a=1#top": "https://news.example/a/b?a=1&b=2",
		"http://news.example":                         "http://news.example/",
		"http://user:pw@news.example:8080/x?fbclid=1": "http://news.example:8080/x",
	}
	for in, want := range cases {
		if got, err := CanonicalURL(in); err != nil || got != want {
			t.Errorf("CanonicalURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := CanonicalURL("ftp://x/y"); err == nil {
		t.Error("ftp URL accepted")
	}
}

func TestFromHTMLDropsBoilerplate(t *testing.T) {
	body := `<html lang="ar-EG"><head><title>t</title><link rel="canonical" href="/story/1?utm_medium=x">
<script>var deal = "Apple bought Google";</script></head><body><nav>Home | Markets | Sign in</nav>
<article><h1>مايكروسوفت تستثمر في أوبن إيه آي</h1><p>` + strings.Repeat("أعلنت شركة مايكروسوفت أنها استثمرت عشرة مليارات دولار في شركة أوبن إيه آي. ", 5) + `</p></article>
<footer>All rights reserved</footer></body></html>`
	a, err := FromHTML("page", []byte(body), "https://news.example/x")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Apple") || strings.Contains(a.Text, "Sign in") || !strings.Contains(a.Text, "مايكروسوفت") {
		t.Errorf("text: %q", a.Text)
	}
	if a.Lang != "ar" || a.URL != "https://news.example/story/1?utm_medium=x" || a.ContentHash == "" {
		t.Errorf("article: lang %q url %q hash %q", a.Lang, a.URL, a.ContentHash)
	}
	if _, err := FromHTML("short", []byte("<html><body><p>Sign in</p></body></html>"), ""); !errors.Is(err, ErrNotArticle) {
		t.Errorf("short page: %v", err)
	}
}

func TestFetchLimits(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	var gotUA string
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { gotUA = r.UserAgent(); _, _ = w.Write([]byte("hello")) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(make([]byte, 4096)) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "file:///etc/passwd")
		w.WriteHeader(http.StatusFound)
	})
	srv := httptest.NewUnstartedServer(mux)
	srv.Listener = ln
	srv.Start()
	defer srv.Close()
	f := NewFetcher(config.Fetch{Timeout: 2 * time.Second, MaxBytes: 1024, MaxRedirects: 2, UserAgent: "kg-test/1"})
	ctx := context.Background()
	if p, err := f.Get(ctx, srv.URL+"/ok"); err != nil || string(p.Body) != "hello" || gotUA != "kg-test/1" {
		t.Errorf("ok: %q %v ua %q", p.Body, err, gotUA)
	}
	for path, reason := range map[string]string{"/big": "too large", "/loop": "too many redirects", "/404": "HTTP 404", "/file": `redirect to unsupported scheme "file"`} {
		_, err := f.Get(ctx, srv.URL+path)
		var fe *FetchError
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), reason) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: %v, want a FetchError naming the URL and %q", path, err, reason)
		}
	}
}

// TestDeepHTMLSaysSo: a page nested deeper than the HTML parser allows is
// reported as such, not as a page without main text.
func TestDeepHTMLSaysSo(t *testing.T) {
	body := "<html><body>" + strings.Repeat("<div>", 5000) + "<p>" + strings.Repeat("Acme bought Beta for one billion dollars. ", 10) +
		"</p>" + strings.Repeat("</div>", 5000) + "</body></html>"
	_, err := FromHTML("deep.html", []byte(body), "")
	if err == nil || !strings.Contains(err.Error(), "nested too deeply") {
		t.Fatalf("got %v, want a report of the nesting", err)
	}
}
