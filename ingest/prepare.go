package ingest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/kg-news/kg/model"
)

// prepare skips the unchanged articles of each batch and extracts the
// rest on all cores.
func (r *run) prepare(ctx context.Context, in <-chan *batch, out chan<- *batch) {
	for b := range in {
		if ctx.Err() != nil {
			continue // drain: the reader is stopping
		}
		r.skipUnchanged(ctx, b)
		if b.err == nil {
			r.extract(b)
		}
		select {
		case out <- b:
		case <-ctx.Done():
		}
	}
}

// skipUnchanged drops the articles whose content hash is the one stored
// when they were committed: one UNWIND read per batch, before extraction.
func (r *run) skipUnchanged(ctx context.Context, b *batch) {
	if r.p.Hasher == nil || r.p.Force {
		return
	}
	ids := make([]string, len(b.items))
	for i, it := range b.items {
		ids[i] = it.a.ID
	}
	var stored map[string]string
	b.err = r.retry(ctx, ctx, "read content hashes", func(ctx context.Context) error {
		var err error
		stored, err = r.p.Hasher.ContentHashes(ctx, ids)
		return err
	})
	if b.err != nil {
		return
	}
	todo := b.items[:0]
	for _, it := range b.items {
		if h, ok := stored[it.a.ID]; ok && it.a.ContentHash != "" && h == it.a.ContentHash {
			b.stats.Skipped++
			continue
		}
		todo = append(todo, it)
	}
	clear(b.items[len(todo):]) // let the skipped texts go
	b.items = todo
}

// extract extracts the batch's articles on Workers goroutines, keeping
// their order; an article whose extraction panics fails alone.
func (r *run) extract(b *batch) {
	docs := make([]model.Document, len(b.items))
	errs := make([]error, len(b.items))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(r.p.workers(), max(1, len(b.items))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				t0 := time.Now()
				docs[i], errs[i] = r.extractOne(b.items[i].a)
				if o := r.p.Observer; o != nil {
					o.Timed("extract", time.Since(t0))
				}
			}
		}()
	}
	for i := range b.items {
		next <- i
	}
	close(next)
	wg.Wait()
	b.docs = docs[:0]
	for i, it := range b.items {
		if errs[i] != nil {
			r.fail(it.src, StageExtract, it.a.ID, errs[i])
			continue
		}
		docs[i].Article.Text = "" // the text is not written; let it go
		b.srcOf[it.a.ID] = it.src
		b.docs = append(b.docs, docs[i])
	}
	b.items = nil
}

// extractOne turns a panic in extraction into an error for this article.
func (r *run) extractOne(a model.Article) (d model.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("extract %s: internal error: %v", a.ID, p)
		}
	}()
	return r.p.Extractor.Extract(a), nil
}
