package source

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
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

	return f.readItems(ctx, src, items, fn, onErr)
}

// readItems fetches the items' pages feedWorkers at a time and hands them
// to fn in feed order. At most feedWorkers pages are held, fetched but not
// yet handed on, so memory does not grow with the number of items.
func (f *Fetcher) readItems(ctx context.Context, src string, items []FeedItem, fn func(model.Article) error, onErr func(string, error)) error {
	type result struct {
		i    int
		a    model.Article
		err  error
		done chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	window := make(chan *result, feedWorkers-1)
	go func() {
		defer close(window)
		for i, it := range items {
			r := &result{i: i, done: make(chan struct{})}
			go func() {
				defer close(r.done)
				r.a, r.err = f.itemArticle(ctx, src, it)
			}()
			select {
			case window <- r:
			case <-ctx.Done():
				<-r.done
				return
			}
		}
	}()
	var err error
	for r := range window {
		<-r.done
		switch {
		case err != nil:
			// Stopping: wait for the pages in flight, hand none on.
		case ctx.Err() != nil:
			err = ctx.Err()
		case r.err != nil:
			where := items[r.i].Link
			if where == "" {
				where = fmt.Sprintf("%s item %d", src, r.i+1)
			}
			onErr(where, r.err)
		default:
			err = fn(r.a)
		}
		r.a = model.Article{}
		if err != nil {
			cancel()
		}
	}
	return err
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
		if a, err = parseBounded(p); err != nil {
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

// bigPage is the page size from which pages are read one at a time:
// reading an HTML page builds its whole tree, many times the page's size,
// so a few large pages read at once would take hundreds of MB.
const bigPage = 1 << 20

// bigPages lets one large page be read at a time, process-wide.
var bigPages = make(chan struct{}, 1)

// parseBounded is PageArticle, one large page at a time.
func parseBounded(p Page) (model.Article, error) {
	if len(p.Body) >= bigPage {
		bigPages <- struct{}{}
		defer func() { <-bigPages }()
	}
	return PageArticle(p)
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
