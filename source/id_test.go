package source

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

// TestFileIDs: an article read from a file is identified by its path under
// the source folder, extensions included; an HTML page by its canonical URL.
func TestFileIDs(t *testing.T) {
	dir := t.TempDir()
	text := "A headline\n\nMicrosoft invested $1 billion in OpenAI, the companies said on Monday.\n"
	html := "<html><head><title>T</title>%s</head><body><article><p>" + strings.Repeat("Microsoft invested $1 billion in OpenAI. ", 5) + "</p></article></body></html>"
	files := map[string]string{
		"2025-01/story.txt": text,
		"2025-02/story.txt": text,
		"deal.en.txt":       text,
		"deal.ar.txt":       text,
		"page.html":         strings.Replace(html, "%s", "", 1),
		"canon.html":        strings.Replace(html, "%s", `<link rel="canonical" href="https://News.example/a?utm_source=x#top">`, 1),
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		paths []string
		want  []string
	}{
		{[]string{dir}, []string{"2025-01/story.txt", "2025-02/story.txt", "deal.ar.txt", "deal.en.txt", "https://news.example/a", "page.html"}},
		{[]string{filepath.Join(dir, "2025-01")}, []string{"story.txt"}},
		{[]string{filepath.Join(dir, "2025-02", "story.txt")}, []string{"story.txt"}},
	}
	for _, tc := range tests {
		var got []string
		err := Walk(tc.paths, nil, func(a model.Article) error {
			got = append(got, a.ID)
			return nil
		}, func(p string, err error) { t.Errorf("%s: %v", p, err) })
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("Walk(%v) ids %q, want %q", tc.paths, got, tc.want)
		}
	}
}
