package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/kg-news/kg/model"
)

const arabicStory = "استحوذت شركة زيتونة القابضة على شركة نخلة مقابل 2.5 مليار دولار، وقالت الشركتان إن الصفقة ستكتمل قبل نهاية العام."

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestLegacyArabicFiles: windows-1256 and ISO-8859-6 text files and pages
// are decoded (they used to be "binary data" and "invalid UTF-8"), and a
// charset declared only in <meta> is honoured.
func TestLegacyArabicFiles(t *testing.T) {
	dir := t.TempDir()
	para := strings.Repeat(arabicStory+" ", 3)
	files := map[string][]byte{
		"cp1256.txt": encode(t, charmap.Windows1256, arabicStory+"\n\n"+para+"\n"),
		"iso.txt":    encode(t, charmap.ISO8859_6, arabicStory+"\n\n"+para+"\n"),
		"meta.html": encode(t, charmap.Windows1256, `<html lang="ar"><head><meta charset="windows-1256"><title>زيتونة ونخلة</title></head>`+
			`<body><article><h1>زيتونة ونخلة</h1><p>`+para+`</p></article></body></html>`),
		"equiv.html": encode(t, charmap.ISO8859_6, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"><title>نخلة</title></head>`+
			`<body><article><p>`+para+`</p></article></body></html>`),
		"undeclared.html": encode(t, charmap.Windows1256, `<html><head><title>نخلة</title></head><body><article><p>`+para+`</p></article></body></html>`),
		"binary.txt":      {0x7f, 'E', 'L', 'F', 0, 1, 2, 0xff, 0xfe, 0x80, 0x81},
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]string{}
	skipped := map[string]string{}
	err := Walk([]string{dir}, nil, func(a model.Article) error {
		got[filepath.Base(a.Source)] = a.Text
		return nil
	}, func(p string, err error) { skipped[filepath.Base(p)] = err.Error() })
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"cp1256.txt", "iso.txt", "meta.html", "equiv.html", "undeclared.html"} {
		if !strings.Contains(got[name], "استحوذت شركة زيتونة القابضة") {
			t.Errorf("%s: text %q (skipped: %s), want the Arabic story", name, short(got[name]), skipped[name])
		}
	}
	if !strings.Contains(skipped["binary.txt"], "binary") {
		t.Errorf("binary.txt: %q, want skipped as binary", skipped["binary.txt"])
	}
}

func short(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// TestFetchedLegacyPageDecodedOnce: a fetched windows-1256 page, declared
// in <meta> or not, is decoded once (Page.UTF8), and FromHTML does not
// decode the UTF-8 result again because of the <meta> it still carries.
func TestFetchedLegacyPageDecodedOnce(t *testing.T) {
	para := strings.Repeat(arabicStory+" ", 3)
	for _, head := range []string{`<meta charset="windows-1256">`, ""} {
		p := Page{URL: "http://x/a", Body: encode(t, charmap.Windows1256, `<html><head>`+head+`<title>نخلة</title></head><body><article><p>`+para+`</p></article></body></html>`)}
		body, err := p.UTF8()
		if err != nil {
			t.Fatalf("%q: %v", head, err)
		}
		a, err := FromHTML(p.URL, body, "")
		if err != nil || !strings.Contains(a.Text, "استحوذت شركة زيتونة القابضة") {
			t.Errorf("%q: text %q, %v", head, short(a.Text), err)
		}
	}
}
