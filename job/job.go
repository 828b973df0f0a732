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
	"strconv"
	"time"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/ingest"
	"github.com/kg-news/kg/source"
)

// shutdownGrace is how long the batch in flight may go on writing after a
// stop was asked for; past it the write is cancelled and rolls back.
const shutdownGrace = 30 * time.Second

// Store is what the job needs of the graph; *graph.Store has it.
type Store interface {
	ingest.Hasher
	ingest.Loader
}

// captioner is a Store that keeps the display properties (see
// graph.Store.UpdateCaptions).
type captioner interface {
	UpdateCaptions(ctx context.Context) (int, error)
}

// Stats count what a pass (or a batch) did.
type Stats = ingest.Stats

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
	// Progress, if set, is called once per article read.
	Progress func()
	// Force extracts and writes every article, unchanged or not.
	Force bool
	// Extractor, if set, replaces the one New built (tests count calls).
	Extractor ingest.Extractor
}

// New prepares a job: the extractor (lexicon loaded once), the HTTP fetcher
// and the state directory. metrics may be nil. Call Connect, or SetStore,
// before Pass.
func New(cfg *config.Config, log *slog.Logger, metrics *Metrics) (*Job, error) {
	if metrics == nil {
		metrics = NewMetrics()
	}
	x, err := extract.New(ExtractOptions(cfg))
	if err != nil {
		return nil, fmt.Errorf("job: %w", err)
	}
	st, err := OpenState(cfg.State.Dir)
	if err != nil {
		return nil, fmt.Errorf("job: %w", err)
	}
	return &Job{cfg: cfg, log: log, metrics: metrics, state: st, x: x, fetch: source.NewFetcher(cfg.Fetch), Extractor: x}, nil
}

// ExtractOptions are the extraction settings of cfg (lexicon.files,
// rates.*), one set for kg run, kg ingest and kg extract.
func ExtractOptions(cfg *config.Config) extract.Options {
	return extract.Options{LexiconFiles: cfg.Lexicon.Files, Rates: cfg.Rates.PerUSD, RatesDate: cfg.Rates.Date}
}

// WalkOptions are the file-reading settings of cfg (files.follow_symlinks).
func WalkOptions(cfg *config.Config) source.WalkOptions {
	return source.WalkOptions{FollowSymlinks: cfg.Files.FollowSymlinks}
}

// State is the job's state directory.
func (j *Job) State() *StateDir { return j.state }

// SetStore makes the job write to s (which the caller closes).
func (j *Job) SetStore(s Store) { j.store = s }

// Connect opens Neo4j and applies the schema, retrying with backoff while
// the server is unreachable (as when the job starts before Neo4j).
func (j *Job) Connect(ctx context.Context) error {
	var s *graph.Store
	err := ingest.Retry(ctx, j.cfg.Job.RetryTimeout, j.log, j.metrics, "connect", func(ctx context.Context) error {
		var err error
		if s, err = graph.Open(ctx, j.cfg.Neo4j); err != nil {
			return err
		}
		if _, err = s.ApplySchema(ctx); err != nil {
			_ = s.Close(context.WithoutCancel(ctx))
			return err
		}
		// kg run loads as kg ingest does: the same ingest.* settings.
		s.SetLoadWorkers(j.cfg.Ingest.LoadWorkers)
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

// Pass reads every configured source once and loads what changed (see
// PassOver).
func (j *Job) Pass(ctx context.Context) (Stats, error) {
	return j.PassOver(ctx, j.Sources())
}

// Sources are the configured sources as pipeline stages.
func (j *Job) Sources() []ingest.Source {
	out := make([]ingest.Source, 0, len(j.cfg.Sources))
	for _, src := range j.cfg.Sources {
		if src.Path != "" {
			out = append(out, ingest.Paths{Paths: []string{src.Path}, Options: WalkOptions(j.cfg)})
			continue
		}
		out = append(out, ingest.Feed{Fetcher: j.fetch, URL: src.Feed})
	}
	return out
}

// PassOver reads the sources once and loads what changed, then brings the
// display captions up to date. It returns when the sources are done, or
// early, with ctx's error, when ctx is done (after the batch in flight has
// committed or rolled back). Failures are recorded in the state directory
// and the pass summary saved there.
func (j *Job) PassOver(ctx context.Context, sources []ingest.Source) (Stats, error) {
	if j.store == nil {
		return Stats{}, errors.New("job: no store (call Connect)")
	}
	started := time.Now().UTC()
	run := started.Format("20060102T150405.000Z") + "-" + strconv.Itoa(os.Getpid())
	j.state.rotate()
	j.log.Info("pass started", "run", run, "sources", len(sources))
	p := &ingest.Pipeline{
		Options: ingest.Options{
			BatchSize: j.cfg.Ingest.BatchSize, Workers: j.cfg.Ingest.Workers, Queue: j.cfg.Ingest.Queue,
			Force: j.Force, RetryTimeout: j.cfg.Job.RetryTimeout, Grace: shutdownGrace,
		},
		Log: j.log, Extractor: j.Extractor, Hasher: j.store, Loader: j.store,
		Recorder: j.state, Observer: j.metrics, RunID: run, OnBatch: j.OnBatch, Progress: j.Progress,
	}
	st, err := p.Run(ctx, sources)
	if err == nil && st.Loaded > 0 {
		err = j.resolve(ctx)
	}
	if err == nil {
		err = j.captions(ctx, st)
	}
	result := "ok"
	switch {
	case ctx.Err() != nil:
		result, err = "stopped", ctx.Err()
	case err != nil:
		result = "error"
	}
	j.metrics.passes.WithLabelValues(result).Inc()
	sum := PassSummary{Run: run, Started: started, Finished: time.Now().UTC(), Stats: st}
	if err != nil {
		sum.Error = err.Error()
	} else {
		j.metrics.lastSuccess.SetToCurrentTime()
	}
	if serr := j.state.SavePass(sum); serr != nil {
		j.log.Error("cannot save the pass summary", "err", serr)
	}
	j.log.Info("pass "+map[string]string{"ok": "done", "error": "failed", "stopped": "stopped"}[result],
		"run", run, "seen", st.Seen, "skipped", st.Skipped, "loaded", st.Loaded, "failed", st.Failed,
		"batches", st.Batches, "took", time.Since(started).Round(time.Millisecond))
	return st, err
}

// resolver is the optional part of a Store that merges one entity read in
// two scripts into one node (graph.Store.ResolveEntities).
type resolver interface {
	ResolveEntities(ctx context.Context) (graph.ResolveReport, error)
}

// resolve runs cross-script entity resolution after a pass that loaded
// something, with the same backoff as loads.
func (j *Job) resolve(ctx context.Context) error {
	r, ok := j.store.(resolver)
	if !ok {
		return nil
	}
	return ingest.Retry(ctx, j.cfg.Job.RetryTimeout, j.log, j.metrics, "resolve entities", func(ctx context.Context) error {
		rep, err := r.ResolveEntities(ctx)
		if err == nil && rep.Merged > 0 {
			j.log.Info("entities merged across scripts", "merged", rep.Merged, "candidates", rep.Candidates)
		}
		return err
	})
}

// captions brings the display properties (caption, amount_text) up to date
// after a pass that wrote something, so every ingest path writes them.
func (j *Job) captions(ctx context.Context, st Stats) error {
	c, ok := j.store.(captioner)
	if !ok || st.Loaded+st.RelationshipsDeleted == 0 {
		return nil
	}
	return ingest.Retry(ctx, j.cfg.Job.RetryTimeout, j.log, j.metrics, "captions", func(ctx context.Context) error {
		_, err := c.UpdateCaptions(ctx)
		return err
	})
}
