// Package job is kg's scheduled ingest: it reads the configured sources
// (files, folders, RSS and Atom feeds), skips articles whose content is
// unchanged since they were loaded, extracts the rest and loads them into
// Neo4j in batches, retrying with backoff while Neo4j is unreachable or
// restarting.
//
// An article counts as done only once the transaction that wrote it has
// committed: its content_hash on the Article node is then the record that it
// needs no work, and a pass that stops anywhere (a crash, SIGTERM, Neo4j
// going away for longer than job.retry_timeout) is finished by the next one.
// Sources, pages and articles that cannot be read or loaded are logged,
// counted and recorded in the state directory (see StateDir); the rest of
// the pass goes on.
package job

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

// shutdownGrace is how long the batch in flight may go on writing after a
// stop was asked for; past it the write is cancelled and rolls back.
const shutdownGrace = 30 * time.Second

// Store is what the job needs of the graph; *graph.Store has it.
type Store interface {
	ContentHashes(ctx context.Context, ids []string) (map[string]string, error)
	Load(ctx context.Context, docs []model.Document, batchSize int) (graph.Report, error)
}

// Stats count what a pass (or a batch) did.
type Stats struct {
	Seen    int `json:"seen"`    // articles read from the sources
	Skipped int `json:"skipped"` // unchanged: same content hash as stored
	Loaded  int `json:"loaded"`  // new or changed, committed
	Failed  int `json:"failed"`  // sources, pages and articles that failed

	EntitiesCreated      int `json:"entities_created"`
	EntitiesMatched      int `json:"entities_matched"`
	RelationshipsCreated int `json:"relationships_created"`
	RelationshipsUpdated int `json:"relationships_updated"`
	RelationshipsDeleted int `json:"relationships_deleted"`
	Batches              int `json:"batches"`
}

func (s *Stats) add(o Stats) {
	s.Seen += o.Seen
	s.Skipped += o.Skipped
	s.Loaded += o.Loaded
	s.Failed += o.Failed
	s.EntitiesCreated += o.EntitiesCreated
	s.EntitiesMatched += o.EntitiesMatched
	s.RelationshipsCreated += o.RelationshipsCreated
	s.RelationshipsUpdated += o.RelationshipsUpdated
	s.RelationshipsDeleted += o.RelationshipsDeleted
	s.Batches += o.Batches
}

// Job runs passes over the configured sources.
type Job struct {
	cfg     *config.Config
	log     *slog.Logger
	metrics *Metrics
	state   *StateDir
	x       *extract.Extractor
	fetch   *source.Fetcher
	store   Store
	closer  func(context.Context) error

	// OnBatch, if set, is called after each batch has committed, with
	// the batch's stats; tests use it to act in the middle of a pass.
	OnBatch func(Stats)
}

// New prepares a job: the extractor (lexicon loaded once), the HTTP fetcher
// and the state directory. metrics may be nil. Call Connect, or SetStore,
// before Pass.
func New(cfg *config.Config, log *slog.Logger, metrics *Metrics) (*Job, error) {
	if metrics == nil {
		metrics = NewMetrics()
	}
	x, err := extract.New(extract.Options{LexiconFiles: cfg.Lexicon.Files})
	if err != nil {
		return nil, fmt.Errorf("job: %w", err)
	}
	st, err := OpenState(cfg.State.Dir)
	if err != nil {
		return nil, fmt.Errorf("job: %w", err)
	}
	return &Job{cfg: cfg, log: log, metrics: metrics, state: st, x: x, fetch: source.NewFetcher(cfg.Fetch)}, nil
}

// State is the job's state directory.
func (j *Job) State() *StateDir { return j.state }

// SetStore makes the job write to s (which the caller closes).
func (j *Job) SetStore(s Store) { j.store = s }

// Connect opens Neo4j and applies the schema, retrying with backoff while
// the server is unreachable (as when the job starts before Neo4j).
func (j *Job) Connect(ctx context.Context) error {
	var s *graph.Store
	err := j.retry(ctx, "connect", func() error {
		var err error
		if s, err = graph.Open(ctx, j.cfg.Neo4j); err != nil {
			return err
		}
		if _, err = s.ApplySchema(ctx); err != nil {
			_ = s.Close(context.WithoutCancel(ctx))
			return err
		}
		return nil
	})
	if err != nil {
		return err
	}
	j.store, j.closer = s, s.Close
	return nil
}

// Close closes the store Connect opened.
func (j *Job) Close(ctx context.Context) error {
	if j.closer == nil {
		return nil
	}
	return j.closer(ctx)
}

// Run runs a pass at once and then on the schedule until ctx is done; a stop
// is not an error. A pass that fails is logged and the next one runs as
// scheduled. For a cron schedule the next pass is the next matching time;
// for a duration, that long after the previous pass started (at once if it
// overran).
func (j *Job) Run(ctx context.Context) error {
	for {
		start := time.Now()
		if _, err := j.Pass(ctx); err != nil && ctx.Err() == nil {
			j.log.Error("pass failed; the next pass retries it", "err", err)
		}
		if ctx.Err() != nil {
			return nil
		}
		next, err := j.cfg.NextRun(start)
		if err != nil {
			return err
		}
		if _, isInterval := j.cfg.ScheduleInterval(); !isInterval {
			next, _ = j.cfg.NextRun(time.Now())
		}
		wait := max(0, time.Until(next))
		j.log.Info("next pass", "at", next.Round(time.Second), "in", wait.Round(time.Second))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// pass is the state of one pass.
type pass struct {
	run   string
	stop  context.Context // done when a stop was asked for
	write context.Context // outlives stop by shutdownGrace
	stats Stats
	batch []model.Article
	src   string          // the configured source being read
	ids   map[string]bool // articles met in this pass
}

// Pass reads every source once and loads what changed. It returns when the
// sources are done, or early, with ctx's error, when ctx is done (after
// the batch in flight has committed or rolled back).
func (j *Job) Pass(ctx context.Context) (Stats, error) {
	if j.store == nil {
		return Stats{}, errors.New("job: no store (call Connect)")
	}
	started := time.Now().UTC()
	p := &pass{run: started.Format("20060102T150405.000Z") + "-" + strconv.Itoa(os.Getpid()), stop: ctx, ids: map[string]bool{}}
	write, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	unhook := context.AfterFunc(ctx, func() { time.AfterFunc(shutdownGrace, cancel) })
	defer unhook()
	p.write = write
	j.state.rotate()
	j.log.Info("pass started", "run", p.run, "sources", len(j.cfg.Sources))

	err := j.readSources(p)
	if err == nil {
		err = j.flush(p)
	}
	if err == nil && p.stats.Loaded > 0 {
		err = j.resolve(p)
	}
	result := "ok"
	switch {
	case ctx.Err() != nil:
		result, err = "stopped", ctx.Err()
	case err != nil:
		result = "error"
	}
	j.metrics.passes.WithLabelValues(result).Inc()
	sum := PassSummary{Run: p.run, Started: started, Finished: time.Now().UTC(), Stats: p.stats}
	if err != nil {
		sum.Error = err.Error()
	} else {
		j.metrics.lastSuccess.SetToCurrentTime()
	}
	if serr := j.state.SavePass(sum); serr != nil {
		j.log.Error("cannot save the pass summary", "err", serr)
	}
	s := p.stats
	j.log.Info("pass "+map[string]string{"ok": "done", "error": "failed", "stopped": "stopped"}[result],
		"run", p.run, "seen", s.Seen, "skipped", s.Skipped, "loaded", s.Loaded, "failed", s.Failed,
		"batches", s.Batches, "took", time.Since(started).Round(time.Millisecond))
	return p.stats, err
}

// resolver is the optional part of a Store that merges one entity read in
// two scripts into one node (graph.Store.ResolveEntities).
type resolver interface {
	ResolveEntities(ctx context.Context) (graph.ResolveReport, error)
}

// resolve runs cross-script entity resolution after a pass that loaded
// something, with the same backoff as loads.
func (j *Job) resolve(p *pass) error {
	r, ok := j.store.(resolver)
	if !ok {
		return nil
	}
	return j.retry(p.stop, "resolve entities", func() error {
		rep, err := r.ResolveEntities(p.write)
		if err == nil && rep.Merged > 0 {
			j.log.Info("entities merged across scripts", "merged", rep.Merged, "candidates", rep.Candidates)
		}
		return err
	})
}

// readSources walks the sources, handing articles to the batch.
func (j *Job) readSources(p *pass) error {
	add := func(a model.Article) error {
		if err := p.stop.Err(); err != nil {
			return err
		}
		p.stats.Seen++
		j.metrics.seen.Inc()
		if p.ids[a.ID] {
			// The same story through two feeds (or a file and a
			// feed): the first one read wins, in every pass, so the
			// two versions do not replace each other in turn.
			p.stats.Skipped++
			j.metrics.skipped.Inc()
			j.log.Debug("duplicate article in this pass", "id", a.ID, "source", p.src)
			return nil
		}
		p.ids[a.ID] = true
		p.batch = append(p.batch, a)
		if len(p.batch) >= j.cfg.Ingest.BatchSize {
			return j.flush(p)
		}
		return nil
	}
	for _, src := range j.cfg.Sources {
		if err := p.stop.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case src.Path != "":
			p.src = src.Path
			err = source.Walk([]string{src.Path}, nil, add, func(item string, err error) {
				j.fail(p, &p.stats, StageRead, item, err)
			})
			if err != nil && !isStop(p, err) && !isStoreErr(err) {
				// The path itself is missing or unreadable.
				j.fail(p, &p.stats, StageRead, "", err)
				err = nil
			}
		default:
			p.src = src.Feed
			err = j.fetch.ReadFeed(p.stop, src.Feed, add, func(item string, err error) {
				j.fail(p, &p.stats, StageFetch, item, err)
			})
			if err != nil && !isStop(p, err) && !isStoreErr(err) {
				j.fail(p, &p.stats, StageFeed, "", err)
				err = nil
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// storeError marks an error from Neo4j that ends the pass, so that source
// readers pass it through rather than record it as a bad source.
type storeError struct{ err error }

func (e storeError) Error() string { return e.err.Error() }
func (e storeError) Unwrap() error { return e.err }

func isStoreErr(err error) bool {
	var se storeError
	return errors.As(err, &se)
}

func isStop(p *pass, err error) bool {
	return p.stop.Err() != nil && errors.Is(err, p.stop.Err())
}

// fail logs, counts (into st) and records one failure.
func (j *Job) fail(p *pass, st *Stats, stage, item string, err error) {
	st.Failed++
	j.metrics.failed.WithLabelValues(stage).Inc()
	j.log.Warn("failed", "source", p.src, "item", item, "stage", stage, "reason", err)
	f := Failure{Time: time.Now().UTC(), Run: p.run, Source: p.src, Item: item, Stage: stage, Reason: err.Error()}
	if rerr := j.state.Record(f); rerr != nil {
		j.log.Error("cannot record the failure", "err", rerr)
	}
}

// flush processes the batch: skip the unchanged, extract and load the rest.
func (j *Job) flush(p *pass) error {
	if len(p.batch) == 0 {
		return nil
	}
	arts := p.batch
	p.batch = nil
	t0 := time.Now()
	var b Stats
	b.Batches = 1

	// Unchanged articles, by the content hash stored when they were
	// committed, need neither extraction nor a write.
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	var stored map[string]string
	err := j.retry(p.stop, "read content hashes", func() error {
		var err error
		stored, err = j.store.ContentHashes(p.stop, ids)
		return err
	})
	if err != nil {
		if isStop(p, err) {
			return err
		}
		return storeError{err}
	}
	var todo []model.Article
	for _, a := range arts {
		if h, ok := stored[a.ID]; ok && a.ContentHash != "" && h == a.ContentHash {
			b.Skipped++
			continue
		}
		todo = append(todo, a)
	}
	j.metrics.skipped.Add(float64(b.Skipped))

	docs := j.extractAll(p, todo, &b)
	if len(docs) > 0 {
		if err := j.load(p, docs, &b); err != nil {
			p.stats.add(b)
			return err
		}
	}
	p.stats.add(b)
	j.log.Info("batch", "run", p.run, "source", p.src, "articles", len(arts), "skipped", b.Skipped, "loaded", b.Loaded,
		"failed", b.Failed, "entities_created", b.EntitiesCreated, "relationships_created", b.RelationshipsCreated,
		"relationships_updated", b.RelationshipsUpdated, "relationships_deleted", b.RelationshipsDeleted,
		"took", time.Since(t0).Round(time.Millisecond))
	if j.OnBatch != nil {
		j.OnBatch(b)
	}
	return nil
}

// extractAll extracts articles on all cores, keeping their order.
func (j *Job) extractAll(p *pass, arts []model.Article, b *Stats) []model.Document {
	docs := make([]model.Document, len(arts))
	errs := make([]error, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(1, len(arts))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				t0 := time.Now()
				docs[i], errs[i] = j.extractOne(arts[i])
				j.metrics.extractSeconds.Observe(time.Since(t0).Seconds())
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	out := docs[:0]
	for i, d := range docs {
		if errs[i] != nil {
			j.fail(p, b, StageExtract, arts[i].ID, errs[i])
			continue
		}
		out = append(out, d)
	}
	return out
}

// extractOne turns a panic in extraction into an error for this article.
func (j *Job) extractOne(a model.Article) (d model.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract %s: internal error: %v", a.ID, r)
		}
	}()
	return j.x.Extract(a), nil
}

// load writes docs, retrying while Neo4j is away. When Neo4j refuses the
// batch for a reason retrying cannot fix, each article is loaded alone so
// that one bad article fails alone.
func (j *Job) load(p *pass, docs []model.Document, b *Stats) error {
	t0 := time.Now()
	defer func() { j.metrics.writeSeconds.Observe(time.Since(t0).Seconds()) }()
	err := j.loadRetrying(p, docs, b)
	switch {
	case err == nil:
		return nil
	case p.stop.Err() != nil:
		// Stopped while Neo4j was away, or the grace ran out: what did
		// not commit is left for the next pass.
		return p.stop.Err()
	case Retryable(err):
		return storeError{err}
	}
	j.log.Warn("batch refused; loading its articles one by one", "source", p.src, "err", err)
	for _, d := range docs {
		err := j.loadRetrying(p, []model.Document{d}, b)
		switch {
		case err == nil:
		case p.stop.Err() != nil:
			return p.stop.Err()
		case Retryable(err):
			return storeError{err}
		default:
			j.fail(p, b, StageLoad, d.Article.ID, err)
		}
	}
	return nil
}

// loadRetrying loads docs with backoff and counts what committed. Load's
// report covers the transactions that committed even when a later one
// failed, and loading again skips them as unchanged, so the reports of all
// attempts add up to what was written once.
func (j *Job) loadRetrying(p *pass, docs []model.Document, b *Stats) error {
	return j.retry(p.stop, "load", func() error {
		rep, err := j.store.Load(p.write, docs, j.cfg.Ingest.BatchSize)
		j.count(rep, b)
		return err
	})
}

// count adds a load report to the batch stats and the metrics.
func (j *Job) count(r graph.Report, b *Stats) {
	loaded := r.ArticlesNew + r.ArticlesUpdated
	b.Loaded += loaded
	b.Skipped += r.ArticlesUnchanged
	b.EntitiesCreated += r.EntitiesCreated
	b.EntitiesMatched += r.EntitiesMatched
	b.RelationshipsCreated += r.RelationshipsCreated
	b.RelationshipsUpdated += r.RelationshipsUpdated
	b.RelationshipsDeleted += r.RelationshipsDeleted
	j.metrics.loaded.Add(float64(loaded))
	j.metrics.skipped.Add(float64(r.ArticlesUnchanged))
	j.metrics.entities.WithLabelValues("created").Add(float64(r.EntitiesCreated))
	j.metrics.entities.WithLabelValues("matched").Add(float64(r.EntitiesMatched))
	j.metrics.relationships.WithLabelValues("created").Add(float64(r.RelationshipsCreated))
	j.metrics.relationships.WithLabelValues("updated").Add(float64(r.RelationshipsUpdated))
	j.metrics.relationships.WithLabelValues("deleted").Add(float64(r.RelationshipsDeleted))
}
