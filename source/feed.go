package source

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/model"
)

// FeedItem is one entry of an RSS 2.0 or Atom feed.
type FeedItem struct {
	Link      string
	GUID      string
	Title     string
	Published time.Time // zero if the feed gives none
	Content   string    // the item's own HTML (content or description), used when it has no link
}

// ParseFeed reads an RSS 2.0 or Atom feed. name is its URL or file, for
// messages.
func ParseFeed(name string, body []byte) ([]FeedItem, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed %s: not an RSS or Atom feed: %v", name, err)
	}
	items := make([]FeedItem, 0, len(f.Items))
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		fi := FeedItem{Link: strings.TrimSpace(it.Link), GUID: strings.TrimSpace(it.GUID), Title: oneLine(it.Title)}
		if fi.Link == "" && len(it.Links) > 0 {
			fi.Link = strings.TrimSpace(it.Links[0])
		}
		switch {
		case it.PublishedParsed != nil:
			fi.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			fi.Published = it.UpdatedParsed.UTC()
		}
		fi.Content = it.Content
		if strings.TrimSpace(fi.Content) == "" {
			fi.Content = it.Description
		}
		items = append(items, fi)
	}
	return items, nil
}

// feedWorkers is how many pages of one feed are fetched at once.
const feedWorkers = 4

// ReadFeed reads the feed at src (an http(s) URL or a file), fetches each
// item's link and extracts its article text, and calls fn for each article
// in feed order. Titles and publication times come from the feed when it
// gives them. The article id is the canonical URL (the page's
// rel=canonical, else the item link, normalised by CanonicalURL).
//
// A feed that cannot be fetched or parsed is returned as an error; an item
// that cannot be fetched or read is reported through onErr with its link
// and skipped. An error from fn stops the reading.
func (f *Fetcher) ReadFeed(ctx context.Context, src string, fn func(model.Article) error, onErr func(item string, err error)) error {
	var body []byte
	if config.IsURL(src) {
		p, err := f.Get(ctx, src)
		if err != nil {
			return err
		}
		body = p.Body
	} else {
		b, err := os.ReadFile(src)
		if err != nil {
			return fmt.Errorf("feed %s: %w", src, err)
		}
		body = b
	}
	items, err := ParseFeed(src, body)
	if err != nil {
		return err
	}

	type result struct {
		a   model.Article
		err error
	}
	results := make([]result, len(items))
	sem := make(chan struct{}, feedWorkers)
	var wg sync.WaitGroup
	for i, it := range items {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			a, err := f.itemArticle(ctx, src, it)
			results[i] = result{a, err}
		}()
	}
	wg.Wait()
	for i, r := range results {
		if err := ctx.Err(); err != nil {
			return err
		}
		if r.err != nil {
			where := items[i].Link
			if where == "" {
				where = fmt.Sprintf("%s item %d", src, i+1)
			}
			onErr(where, r.err)
			continue
		}
		if err := fn(r.a); err != nil {
			return err
		}
	}
	return nil
}

// itemArticle reads one feed item: its linked page, or its own content when
// it has no link.
func (f *Fetcher) itemArticle(ctx context.Context, feed string, it FeedItem) (model.Article, error) {
	var a model.Article
	switch {
	case it.Link != "":
		if _, err := CanonicalURL(it.Link); err != nil {
			return a, fmt.Errorf("feed %s: item link: %v", feed, err)
		}
		p, err := f.Get(ctx, it.Link)
		if err != nil {
			return a, err
		}
		if a, err = PageArticle(p); err != nil {
			return a, err
		}
	case strings.TrimSpace(it.Content) != "":
		var err error
		if a, err = FromHTML(feed+" item "+it.GUID, []byte(it.Content), ""); err != nil {
			return a, err
		}
		if a.ID = it.GUID; a.ID == "" {
			return a, fmt.Errorf("feed %s: item %q has no link and no guid", feed, it.Title)
		}
	default:
		return a, fmt.Errorf("feed %s: item %q has no link and no content: %w", feed, it.Title, ErrNotArticle)
	}
	a.Source = feed
	if it.Title != "" {
		a.Title = it.Title
	}
	if !it.Published.IsZero() {
		a.PublishedAt = it.Published
	}
	a.ContentHash = Hash(a)
	return a, nil
}

// PageArticle reads a fetched page as an article: HTML through FromHTML,
// plain text as is. Its id is its canonical URL.
func PageArticle(p Page) (model.Article, error) {
	switch p.ContentType {
	case "text/html", "application/xhtml+xml", "", "text/plain":
	default:
		return model.Article{}, fmt.Errorf("read %s: content type %s: %w", p.URL, p.ContentType, ErrNotArticle)
	}
	body, err := p.UTF8()
	if err != nil {
		return model.Article{}, &FetchError{URL: p.URL, Reason: err.Error()}
	}
	var a model.Article
	switch p.ContentType {
	case "text/html", "application/xhtml+xml", "":
		if a, err = FromHTML(p.URL, body, p.FinalURL); err != nil {
			return a, err
		}
	case "text/plain":
		if a, err = FromBytes(p.URL, body); err != nil {
			return a, err
		}
		a.URL = p.FinalURL
	}
	id, err := CanonicalURL(a.URL)
	if err != nil {
		return a, fmt.Errorf("read %s: %v", p.URL, err)
	}
	a.ID = id
	a.ContentHash = Hash(a)
	return a, nil
}
