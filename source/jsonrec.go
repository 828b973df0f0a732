package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/kg-news/kg/model"
)

// RecordExts are the file extensions read as article records.
var RecordExts = []string{".json", ".jsonl"}

// Record is one article in a .json file (an object or an array of objects)
// or a .jsonl file (one object a line). The text is Text, or the main text
// of HTML when Text is empty.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// ReadRecords reads the article records of a .json or .jsonl file from r and
// calls fn for each. A record that cannot be read (bad JSON, no id or url, no
// text) is reported through onErr with its position (name:line or
// name[index]) and skipped; an error from fn stops the reading.
func ReadRecords(name string, r io.Reader, fn func(model.Article) error, onErr func(where string, err error)) error {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		onErr(name, fmt.Errorf("read %s: %w", name, err))
		return nil
	}
	if len(b) > MaxSize {
		onErr(name, fmt.Errorf("read %s: larger than %d MB: %w", name, MaxSize>>20, ErrSkip))
		return nil
	}
	if strings.HasSuffix(strings.ToLower(name), ".jsonl") {
		return readLines(name, b, fn, onErr)
	}
	trimmed := bytes.TrimSpace(b)
	var recs []json.RawMessage
	switch {
	case len(trimmed) == 0:
		onErr(name, fmt.Errorf("read %s: empty: %w", name, ErrSkip))
		return nil
	case trimmed[0] == '[':
		if err := json.Unmarshal(trimmed, &recs); err != nil {
			onErr(name, fmt.Errorf("read %s: not a JSON array of records: %v", name, err))
			return nil
		}
	default:
		recs = []json.RawMessage{trimmed}
	}
	for i, raw := range recs {
		where := name
		if len(recs) > 1 || trimmed[0] == '[' {
			where = fmt.Sprintf("%s[%d]", name, i)
		}
		a, err := recordArticle(where, raw)
		if err != nil {
			onErr(where, err)
			continue
		}
		a.Source = name
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

func readLines(name string, b []byte, fn func(model.Article) error, onErr func(string, error)) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), MaxSize)
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, line)
		a, err := recordArticle(where, raw)
		if err != nil {
			onErr(where, err)
			continue
		}
		a.Source = name
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		onErr(fmt.Sprintf("%s:%d", name, line+1), fmt.Errorf("read %s: %w", name, err))
	}
	return nil
}

// recordArticle turns one JSON record into an article. Its id is the
// record's id, else its canonical URL.
func recordArticle(where string, raw []byte) (model.Article, error) {
	var rec Record
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&rec); err != nil {
		return model.Article{}, fmt.Errorf("read %s: not a JSON record: %v", where, err)
	}
	var a model.Article
	switch {
	case strings.TrimSpace(rec.Text) != "":
		a = model.Article{Text: strings.TrimPrefix(rec.Text, "\uFEFF")}
	case strings.TrimSpace(rec.HTML) != "":
		var err error
		if a, err = FromHTML(where, []byte(rec.HTML), model.WebURL(rec.URL)); err != nil {
			return model.Article{}, err
		}
	default:
		return model.Article{}, fmt.Errorf("read %s: record has neither text nor html: %w", where, ErrNotArticle)
	}
	a.ID = strings.TrimSpace(rec.ID)
	if rec.URL != "" {
		a.URL = webURL(where, rec.URL)
	}
	if a.ID == "" {
		if a.URL == "" {
			return model.Article{}, fmt.Errorf("read %s: record has neither id nor url", where)
		}
		id, err := CanonicalURL(a.URL)
		if err != nil {
			return model.Article{}, fmt.Errorf("read %s: url: %v", where, err)
		}
		a.ID = id
	}
	if t := oneLine(rec.Title); t != "" {
		a.Title = t
	} else if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	if l := primaryLang(rec.Lang); l != "" {
		a.Lang = l
	}
	if rec.Published != "" {
		t, err := ParseTime(rec.Published)
		if err != nil {
			return model.Article{}, fmt.Errorf("read %s: published: %v", where, err)
		}
		a.PublishedAt = t
	}
	a.ContentHash = Hash(a)
	return a, nil
}

// webURL keeps a record's url only if it is http(s): anything else
// (javascript:, data:, file:) is dropped with a warning, so it is never
// stored, linked or rendered.
func webURL(where, raw string) string {
	u := model.WebURL(raw)
	if u == "" && strings.TrimSpace(raw) != "" {
		shown := []rune(strings.TrimSpace(raw))
		if len(shown) > 80 {
			shown = append(shown[:80], '…')
		}
		slog.Warn("record url dropped: not an http(s) URL", "record", where, "url", string(shown))
	}
	return u
}

// ParseTime reads a publication time: RFC 3339, a date, or the RFC 1123
// form of feeds and HTTP headers. Times are returned in UTC.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (use RFC 3339, e.g. 2025-03-01T09:30:00Z, or 2025-03-01)", s)
}

func firstLine(text string) string {
	for _, line := range strings.SplitN(text, "\n", 20) {
		if t := strings.TrimSpace(line); t != "" {
			if len([]rune(t)) <= 300 {
				return t
			}
			return ""
		}
	}
	return ""
}
