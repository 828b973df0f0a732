package ingest

import (
	"context"
	"fmt"
	"hash/maphash"

	"github.com/kg-news/kg/model"
)

// read runs the sources one after the other, checks each article's
// identity and sends the articles on in batches.
func (r *run) read(ctx context.Context, sources []Source, out chan<- *batch) {
	ids := identities{seed: maphash.MakeSeed(), first: map[uint64]string{}}
	cur, size := newBatch(), 0
	send := func() error {
		if len(cur.items) == 0 {
			return nil
		}
		select {
		case out <- cur:
		case <-ctx.Done():
			return ctx.Err()
		}
		cur, size = newBatch(), 0
		return nil
	}
	for _, src := range sources {
		if ctx.Err() != nil {
			return
		}
		name := src.Name()
		emit := func(a model.Article) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			r.count(Stats{Seen: 1})
			if r.p.Progress != nil {
				r.p.Progress()
			}
			if err := ids.add(a); err != nil {
				r.fail(name, StageIdentity, where(a), err)
				return nil
			}
			cur.items = append(cur.items, item{a: a, src: name})
			cur.seen++
			if size += len(a.Text); len(cur.items) >= max(1, r.p.BatchSize) || size >= maxBatchBytes {
				return send()
			}
			return nil
		}
		fail := func(stage, item string, err error) { r.fail(name, stage, item, err) }
		if err := src.Read(ctx, emit, fail); err != nil && ctx.Err() == nil {
			r.fail(name, src.Stage(), "", err)
		}
	}
	_ = send()
}

func newBatch() *batch { return &batch{srcOf: map[string]string{}} }

// identities are the article ids met in one run. Two inputs with one id
// would silently replace each other in the graph, so the second is a
// failure naming both. Ids are kept as 64-bit hashes (a false alarm needs
// about 4e9 articles), each with where its first article came from.
type identities struct {
	seed  maphash.Seed
	first map[uint64]string
}

func (s *identities) add(a model.Article) error {
	switch {
	case a.ID == "":
		return fmt.Errorf("article has no id")
	case len(a.ID) > maxIDBytes:
		return fmt.Errorf("article id is %d bytes long, more than %d", len(a.ID), maxIDBytes)
	}
	h := maphash.String(s.seed, a.ID)
	if w, ok := s.first[h]; ok {
		return fmt.Errorf("article id %q is already the id of %s, read earlier in this run (kept); give the inputs distinct ids", a.ID, w)
	}
	s.first[h] = where(a)
	return nil
}

// where names an article's input for messages: its file, or its feed and
// page.
func where(a model.Article) string {
	switch {
	case a.Source == "":
		return a.URL
	case a.URL != "" && a.URL != a.Source:
		return a.Source + " (" + a.URL + ")"
	}
	return a.Source
}
