package ingest

import (
	"context"
	"io"
	"strings"

	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

// Paths reads files and folders (recursively) and "-" for Stdin.
type Paths struct {
	Paths   []string
	Stdin   io.Reader
	Options source.WalkOptions // files.follow_symlinks
}

// Name is the paths, for messages.
func (s Paths) Name() string { return strings.Join(s.Paths, " ") }

// Stage of a path that cannot be read at all.
func (s Paths) Stage() string { return StageRead }

// Read walks the paths (see source.Walk).
func (s Paths) Read(ctx context.Context, emit func(model.Article) error, fail func(stage, item string, err error)) error {
	return source.WalkContext(ctx, s.Paths, s.Stdin, s.Options, emit, func(item string, err error) { fail(StageRead, item, err) })
}

// Feed reads an RSS or Atom feed (a URL or a file) and fetches its items'
// pages.
type Feed struct {
	Fetcher *source.Fetcher
	URL     string
}

// Name is the feed's URL or file.
func (s Feed) Name() string { return s.URL }

// Stage of a feed that cannot be fetched or parsed.
func (s Feed) Stage() string { return StageFeed }

// Read reads the feed (see source.Fetcher.ReadFeed).
func (s Feed) Read(ctx context.Context, emit func(model.Article) error, fail func(stage, item string, err error)) error {
	return s.Fetcher.ReadFeed(ctx, s.URL, emit, func(item string, err error) { fail(StageFetch, item, err) })
}
