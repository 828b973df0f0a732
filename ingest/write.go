package ingest

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"time"

	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/model"
)

// oneTransaction is the row bound handed to the Loader: a batch is one
// write transaction, so an attempt that fails has written nothing.
const oneTransaction = math.MaxInt32

// writeAll writes the batches as they come; it stops at a stop (before the
// next batch), at a Neo4j failure that outlasted the retries, or at a
// fatal Loader error.
func (r *run) writeAll(in <-chan *batch) error {
	for b := range in {
		if err := r.stop.Err(); err != nil {
			return err
		}
		if b.err != nil {
			return b.err
		}
		t0 := time.Now()
		err := r.load(b)
		if o := r.p.Observer; o != nil && len(b.docs) > 0 {
			o.Timed("write", time.Since(t0))
		}
		if err != nil {
			r.count(b.stats)
			return err
		}
		b.stats.Batches = 1
		r.count(b.stats)
		s := b.stats
		level := slog.LevelInfo
		if r.p.Hasher == nil {
			level = slog.LevelDebug // kg extract: nothing was written
		}
		r.p.Log.Log(context.Background(), level, "batch", "run", r.p.RunID, "articles", b.seen, "skipped", s.Skipped, "loaded", s.Loaded,
			"entities_created", s.EntitiesCreated, "relationships_created", s.RelationshipsCreated,
			"relationships_updated", s.RelationshipsUpdated, "relationships_deleted", s.RelationshipsDeleted,
			"took", time.Since(t0).Round(time.Millisecond))
		if r.p.OnBatch != nil {
			r.p.OnBatch(s)
		}
	}
	return nil
}

// load writes a batch, retrying while Neo4j is away. When Neo4j refuses
// the batch for a reason retrying cannot fix, each article is loaded alone,
// so one bad article fails alone and the rest commit.
func (r *run) load(b *batch) error {
	if len(b.docs) == 0 {
		return nil
	}
	err := r.loadRetrying(b.docs, &b.stats)
	if err == nil || !r.isolate(err) {
		return err
	}
	r.p.Log.Warn("batch refused; loading its articles one by one", "articles", len(b.docs), "err", err)
	for _, d := range b.docs {
		err := r.loadRetrying([]model.Document{d}, &b.stats)
		switch {
		case err == nil:
		case !r.isolate(err):
			return err
		default:
			r.fail(b.srcOf[d.Article.ID], StageLoad, d.Article.ID, err)
		}
	}
	return nil
}

// isolate says whether a load error is about the data (so loading the
// articles apart finds the bad one) rather than a stop, a fatal error or
// Neo4j staying away.
func (r *run) isolate(err error) bool {
	return r.stop.Err() == nil && !errors.Is(err, errFatal) && !Retryable(err)
}

// loadRetrying loads docs with backoff and counts what committed. An
// attempt that fails may still have committed some transactions (a Loader
// that splits a batch); the next attempt reports those articles as
// unchanged, so they are counted once, as loaded.
func (r *run) loadRetrying(docs []model.Document, st *Stats) error {
	committed := 0
	err := r.retry(r.stop, r.write, "load", func(ctx context.Context) error {
		rep, err := r.p.Loader.Load(ctx, docs, oneTransaction)
		addWrites(st, rep)
		n := rep.ArticlesNew + rep.ArticlesUpdated
		if err != nil {
			committed += n
			return err
		}
		st.Loaded += committed + n
		st.Skipped += max(0, rep.ArticlesUnchanged-committed)
		return nil
	})
	if err != nil {
		st.Loaded += committed
	}
	if r.stop.Err() != nil && err != nil {
		return r.stop.Err()
	}
	return err
}

func addWrites(st *Stats, rep graph.Report) {
	st.EntitiesCreated += rep.EntitiesCreated
	st.EntitiesMatched += rep.EntitiesMatched
	st.RelationshipsCreated += rep.RelationshipsCreated
	st.RelationshipsUpdated += rep.RelationshipsUpdated
	st.RelationshipsDeleted += rep.RelationshipsDeleted
	st.Mentions += rep.Mentions
}
