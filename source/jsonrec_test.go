package source

import (
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

// TestRecordURLsAreWebOnly: a record's url that is not http(s) is dropped
// at read time, the article kept.
func TestRecordURLsAreWebOnly(t *testing.T) {
	in := `{"id": "a", "url": "javascript:alert(document.domain)", "text": "Acme bought Beta."}
{"id": "b", "url": "data:text/html,<script>x</script>", "html": "<html><body><article><p>` + strings.Repeat("Acme bought Beta for one billion dollars. ", 5) + `</p></article></body></html>"}
{"id": "c", "url": "https://news.example/c", "text": "Acme bought Gamma."}
{"url": "file:///etc/passwd", "text": "no id, no web url"}
`
	var got []model.Article
	var errs []string
	err := ReadRecords("recs.jsonl", strings.NewReader(in), func(a model.Article) error {
		got = append(got, a)
		return nil
	}, func(where string, err error) { errs = append(errs, where+": "+err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	urls := map[string]string{}
	for _, a := range got {
		urls[a.ID] = a.URL
	}
	want := map[string]string{"a": "", "b": "", "c": "https://news.example/c"}
	if len(urls) != len(want) {
		t.Fatalf("articles %v, want ids a, b, c; errors %v", urls, errs)
	}
	for id, u := range want {
		if urls[id] != u {
			t.Errorf("article %s: url %q, want %q", id, urls[id], u)
		}
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "recs.jsonl:4") {
		t.Errorf("errors %v, want one for line 4 (no id and no http url)", errs)
	}
}
