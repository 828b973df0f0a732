package source

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/kg-news/kg/model"
)

// FuzzFromBytes: the file reader never panics, and what it accepts is
// valid UTF-8 text with a short title and a content hash.
func FuzzFromBytes(f *testing.F) {
	for _, s := range []string{"Acme bought Beta.\n", "\ufeffعنوان\n\nنص", "\x00\x01", "a\xffb", strings.Repeat("x", 400) + "\nbody"} {
		f.Add([]byte(s))
	}
	cp, _ := charmap.Windows1256.NewEncoder().Bytes([]byte("استحوذت شركة زيتونة على شركة نخلة"))
	f.Add(cp)
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := FromBytes("f.txt", b)
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || a.ContentHash == "" {
			t.Fatalf("accepted %q as text %q title %q hash %q", b, a.Text, a.Title, a.ContentHash)
		}
		if utf8.RuneCountInString(a.Title) > 300 || strings.Contains(a.Title, "\n") {
			t.Fatalf("title %q", a.Title)
		}
	})
}

// FuzzFromHTML: the HTML reader never panics (deep nesting included), and
// what it accepts is valid UTF-8 with a web URL or none.
func FuzzFromHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><meta charset="windows-1256"><title>t</title></head><body><article><p>` + strings.Repeat("Acme bought Beta for one billion dollars. ", 4) + `</p></article></body></html>`,
		`<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>` + strings.Repeat("word ", 40) + `</p></body></html>`,
		strings.Repeat("<div>", 600) + "x",
		"<meta http-equiv=Content-Type content='text/html; charset=iso-8859-6'>\xc7\xe4",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := FromHTML("f.html", b, "https://news.example/a")
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("invalid UTF-8 from %q", b)
		}
		if a.URL != "" && model.WebURL(a.URL) != a.URL {
			t.Fatalf("url %q is not http(s)", a.URL)
		}
	})
}

// FuzzReadRecords: the JSON record reader never panics; every article it
// passes on has an id, a content hash and no URL but an http(s) one.
func FuzzReadRecords(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "url": "javascript:alert(1)", "text": "Acme bought Beta."}`,
		`[{"url": "https://x.example/a?utm_source=z", "text": "t"}, {"id": 3}]`,
		`{"id": "b", "html": "<p>x</p>", "published": "2025-01-02"}`,
		"{\"id\": \"c\", \"text\": \"x\"}\n{bad\n",
		`[`,
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, b []byte, lines bool) {
		name := "r.json"
		if lines {
			name = "r.jsonl"
		}
		err := ReadRecords(name, bytes.NewReader(b), func(a model.Article) error {
			if strings.TrimSpace(a.ID) == "" || a.ContentHash == "" {
				t.Fatalf("article without id or hash: %+v", a)
			}
			if a.URL != "" && model.WebURL(a.URL) != a.URL {
				t.Fatalf("url %q is not http(s)", a.URL)
			}
			return nil
		}, func(string, error) {})
		if err != nil {
			t.Fatalf("reader error (only fn's errors may stop it): %v", err)
		}
	})
}

// FuzzParseFeed: the feed parser never panics, and every item it returns
// has a one-line title.
func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a
b</title><link>javascript:alert(1)</link></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><link href="http://x.example/a"/><id>urn:1</id></entry></feed>`,
		`<rss><channel><item><description><![CDATA[<p>Acme</p>]]></description></item></channel></rss>`,
		`{"version": "https://jsonfeed.org/version/1", "items": [{"url": "http://x"}]}`,
		"<rss>" + strings.Repeat("<item>", 200),
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		items, err := ParseFeed("f.xml", b)
		if err != nil {
			return
		}
		for _, it := range items {
			if strings.ContainsAny(it.Title, "\r\n") {
				t.Fatalf("title %q spans lines", it.Title)
			}
		}
	})
}
