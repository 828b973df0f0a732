package source

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/kg-news/kg/model"
)

// ErrNotArticle marks a document that holds no article: a page whose main
// text is too short, a feed item with nothing to read, a non-HTML page.
var ErrNotArticle = errors.New("not an article")

// MinArticleRunes is the least main text, in characters, an HTML page must
// yield to count as an article; index pages, login walls and error pages
// yield less.
const MinArticleRunes = 80

// HTMLExts are the file extensions read as HTML pages.
var HTMLExts = []string{".html", ".htm"}

// FromHTML reads the main text of an HTML page with readability (the
// algorithm of Firefox's reader view): navigation, boilerplate, scripts and
// styles are dropped. name is the file name or URL, for messages; pageURL,
// when not empty, resolves relative links and becomes the article's URL.
// The article's title, language and publication time come from the page's
// metadata; its id is left to the caller.
func FromHTML(name string, body []byte, pageURL string) (model.Article, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return model.Article{}, fmt.Errorf("read %s: empty: %w", name, ErrSkip)
	}
	body, enc, err := decodeHTML(body)
	if err != nil {
		return model.Article{}, fmt.Errorf("read %s: declared charset %s: %v: %w", name, enc, err, ErrSkip)
	}
	if !utf8.Valid(body) {
		return model.Article{}, fmt.Errorf("read %s: neither UTF-8 nor a declared or legacy Arabic (windows-1256, ISO-8859-6) encoding: %w", name, ErrSkip)
	}
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	parsed, err := readability.FromReader(bytes.NewReader(body), base)
	switch {
	case err != nil && strings.Contains(err.Error(), "open stack of elements exceeds"):
		// The HTML parser refuses pages nested deeper than 512
		// elements; say so rather than "no main text".
		return model.Article{}, fmt.Errorf("read %s: HTML nested too deeply (more than 512 open elements): %w", name, ErrSkip)
	case err != nil:
		return model.Article{}, fmt.Errorf("read %s: cannot parse HTML: %v: %w", name, err, ErrSkip)
	case parsed.Node == nil:
		return model.Article{}, fmt.Errorf("read %s: no main text found: %w", name, ErrNotArticle)
	}
	var text strings.Builder
	if err := parsed.RenderText(&text); err != nil {
		return model.Article{}, fmt.Errorf("read %s: %v: %w", name, err, ErrNotArticle)
	}
	a := model.Article{
		Source: name,
		URL:    pageURL,
		Title:  oneLine(parsed.Title()),
		Lang:   primaryLang(parsed.Language()),
		Text:   tidyText(text.String()),
	}
	if n := utf8.RuneCountInString(a.Text); n < MinArticleRunes {
		return model.Article{}, fmt.Errorf("read %s: main text only %d characters (need %d): %w", name, n, MinArticleRunes, ErrNotArticle)
	}
	if t, err := parsed.PublishedTime(); err == nil {
		a.PublishedAt = t.UTC()
	}
	if c := CanonicalLink(body, base); c != "" {
		a.URL = c
	}
	a.ContentHash = Hash(a)
	return a, nil
}

// CanonicalLink returns the page's <link rel="canonical"> URL, resolved
// against base, or "".
func CanonicalLink(body []byte, base *url.URL) string {
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "link":
				var rel, href string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "rel":
						rel = strings.ToLower(string(v))
					case "href":
						href = strings.TrimSpace(string(v))
					}
				}
				if rel == "canonical" && href != "" {
					u, err := url.Parse(href)
					if err != nil {
						return ""
					}
					if base != nil {
						u = base.ResolveReference(u)
					}
					if u.Scheme != "http" && u.Scheme != "https" {
						return ""
					}
					return u.String()
				}
			}
		}
	}
}

// CanonicalURL normalises an article URL into its identity: scheme and host
// lower-cased, default port, fragment and tracking parameters (utm_*,
// fbclid, gclid) dropped, remaining query parameters sorted. Two links to
// the same story then name one Article node.
func CanonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "HTTP" && u.Scheme != "HTTPS") {
		return "", fmt.Errorf("%q is not an http(s) URL", raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && u.Port() == "80") || (u.Scheme == "https" && u.Port() == "443") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
	}
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode() // sorted by key
	return u.String(), nil
}

// Hash is the content hash of an article read from a page, a record or a
// feed: everything extraction and the Article node read, so an unchanged
// hash means there is nothing to re-extract or rewrite.
func Hash(a model.Article) string {
	h := sha256.New()
	pub := ""
	if !a.PublishedAt.IsZero() {
		pub = a.PublishedAt.UTC().Format(time.RFC3339)
	}
	for _, s := range []string{a.URL, a.Title, a.Lang, pub, a.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// tidyText trims each line and keeps at most one blank line between
// paragraphs, so the hash does not change with the page's indentation.
func tidyText(s string) string {
	var b strings.Builder
	blank := 0
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// primaryLang turns "en-US" or "ar_EG" into "en" or "ar".
func primaryLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	return s
}
