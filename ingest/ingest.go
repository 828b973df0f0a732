// Package ingest is the pipeline shared by kg ingest, kg run and kg extract:
//
//	read → identity check → batch → skip unchanged → extract (all cores) → write
//
// Each stage is one small interface: a Source yields articles, a Hasher
// says which are unchanged, an Extractor turns an article into a document,
// a Loader writes a batch. Queues between the stages are bounded (Queue
// batches read ahead, each at most BatchSize articles and maxBatchBytes of
// text), so memory stays flat however many articles there are; the one
// structure that grows is the set of ids met in the run, about 80 bytes an
// article.
//
// A batch is one write transaction. An article counts as done only once it
// committed; what does not commit is left for the next run, which skips
// what did by its content hash. One bad article fails alone: extraction
// panics are recovered, and a batch Neo4j refuses is loaded again article
// by article.
package ingest

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/model"
)

// Source yields articles: emit each one (an error from emit stops the
// source and must be returned); report what cannot be read through fail,
// which logs and records it, and go on. An error returned otherwise says
// the source as a whole failed (a missing folder, a feed that cannot be
// fetched).
type Source interface {
	Name() string // the configured path or feed, for messages
	Read(ctx context.Context, emit func(model.Article) error, fail func(stage, item string, err error)) error
	Stage() string // the failure stage of the source as a whole: read or feed
}

// Hasher returns the stored content hash of the articles among ids that are
// stored.
type Hasher interface {
	ContentHashes(ctx context.Context, ids []string) (map[string]string, error)
}

// Extractor reads one article.
type Extractor interface {
	Extract(model.Article) model.Document
}

// Loader writes documents; rows bounds the rows of one transaction.
// *graph.Store is one.
type Loader interface {
	Load(ctx context.Context, docs []model.Document, rows int) (graph.Report, error)
}

// Recorder keeps failures (the state directory of package job).
type Recorder interface {
	Record(Failure) error
}

// Observer is told what the pipeline does, for metrics. All methods may be
// called from several goroutines.
type Observer interface {
	Counted(delta Stats)                // seen, skipped, loaded, entities, relationships
	Failed(stage string)                // one failure
	Timed(what string, d time.Duration) // "extract" per article, "write" per batch
	Retried()                           // one Neo4j call retried
}

// Failure is one source, page or article that could not be read or loaded.
type Failure struct {
	Time   time.Time `json:"time"`
	Run    string    `json:"run"`            // the pass that met it
	Source string    `json:"source"`         // the configured source: a path or a feed
	Item   string    `json:"item,omitempty"` // the file, record or link within it
	Stage  string    `json:"stage"`          // see the Stage constants
	Reason string    `json:"reason"`
}

// Failure stages.
const (
	StageRead     = "read"     // a file or record could not be read as an article
	StageFeed     = "feed"     // a feed could not be fetched or parsed
	StageFetch    = "fetch"    // a feed item's page could not be fetched or read
	StageIdentity = "identity" // a second input with the id of one read before
	StageExtract  = "extract"  // extraction failed
	StageLoad     = "load"     // Neo4j refused the article
)

// Stages lists the failure stages.
var Stages = []string{StageRead, StageFeed, StageFetch, StageIdentity, StageExtract, StageLoad}

// Stats count what a run (or a batch) did. Skipped + Loaded + the articles
// that failed is at most Seen.
type Stats struct {
	Seen    int `json:"seen"`    // articles read from the sources
	Skipped int `json:"skipped"` // unchanged: same content hash (or same claims) as stored
	Loaded  int `json:"loaded"`  // new or changed, committed
	Failed  int `json:"failed"`  // sources, pages and articles that failed

	EntitiesCreated      int `json:"entities_created"`
	EntitiesMatched      int `json:"entities_matched"`
	RelationshipsCreated int `json:"relationships_created"`
	RelationshipsUpdated int `json:"relationships_updated"`
	RelationshipsDeleted int `json:"relationships_deleted"`
	Mentions             int `json:"mentions"`
	Batches              int `json:"batches"`
}

// Add accumulates o into s.
func (s *Stats) Add(o Stats) {
	s.Seen += o.Seen
	s.Skipped += o.Skipped
	s.Loaded += o.Loaded
	s.Failed += o.Failed
	s.EntitiesCreated += o.EntitiesCreated
	s.EntitiesMatched += o.EntitiesMatched
	s.RelationshipsCreated += o.RelationshipsCreated
	s.RelationshipsUpdated += o.RelationshipsUpdated
	s.RelationshipsDeleted += o.RelationshipsDeleted
	s.Mentions += o.Mentions
	s.Batches += o.Batches
}

// Options tune the pipeline (the ingest.* and job.* settings).
type Options struct {
	BatchSize    int           // articles per write transaction (ingest.batch_size)
	Workers      int           // extraction goroutines; 0: GOMAXPROCS (ingest.workers)
	Queue        int           // batches read ahead of the writer (ingest.queue)
	Force        bool          // extract and write even unchanged articles (--force)
	RetryTimeout time.Duration // how long a Neo4j call is retried (job.retry_timeout)
	Grace        time.Duration // how long the batch in flight may write after a stop
}

// maxBatchBytes bounds the text of one batch: a batch is cut early when
// its articles are large (5 MB feed pages), so memory stays bounded.
const maxBatchBytes = 16 << 20

// maxIDBytes bounds an article id; Neo4j indexes it, and refuses index
// entries over about 8 KB.
const maxIDBytes = 2048

// Pipeline is one configured pipeline; Run runs it over sources. Hasher,
// Recorder, Observer, OnBatch and Progress may be nil.
type Pipeline struct {
	Options
	Log       *slog.Logger
	Extractor Extractor
	Hasher    Hasher // nil: no content-hash skip (kg extract)
	Loader    Loader
	Recorder  Recorder
	Observer  Observer
	RunID     string // the run id written into failures

	// OnBatch is called after each batch committed, with its stats;
	// tests use it to act in the middle of a run.
	OnBatch func(Stats)
	// Progress is called once per article read.
	Progress func()
}

// errFatal is the mark of Fatal errors.
var errFatal = errors.New("ingest: fatal")

// Fatal marks an error that must end the run (a Loader whose output is
// gone) rather than fail one article.
func Fatal(err error) error { return fatalError{err} }

type fatalError struct{ err error }

func (e fatalError) Error() string   { return e.err.Error() }
func (e fatalError) Unwrap() error   { return e.err }
func (e fatalError) Is(t error) bool { return t == errFatal }

func (p *Pipeline) workers() int {
	if p.Workers > 0 {
		return p.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// batch is one group of articles on its way through the stages.
type batch struct {
	items []item
	docs  []model.Document
	srcOf map[string]string // article id -> configured source, for failures
	seen  int               // articles read into it
	stats Stats
	err   error // a Neo4j failure reading hashes: ends the run
}

type item struct {
	a   model.Article
	src string
}

// run is the state of one Run.
type run struct {
	p     *Pipeline
	stop  context.Context // done when a stop was asked for
	write context.Context // outlives stop by Grace
	mu    sync.Mutex
	stats Stats // guarded by mu
}

// Run reads every source once and writes what changed. It returns when the
// sources are done, or early with ctx's error when ctx is done (after the
// batch in flight has committed or, past Grace, rolled back), or with the
// error of a Neo4j call that kept failing for RetryTimeout.
func (p *Pipeline) Run(ctx context.Context, sources []Source) (Stats, error) {
	if p.Log == nil {
		p.Log = slog.New(slog.DiscardHandler)
	}
	r := &run{p: p, stop: ctx}
	write, cancelWrite := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWrite()
	unhook := context.AfterFunc(ctx, func() { time.AfterFunc(p.Grace, cancelWrite) })
	defer unhook()
	r.write = write

	// inner ends the reader and extractor when the writer gives up.
	inner, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan *batch, max(0, p.Queue))
	ready := make(chan *batch, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); defer close(batches); r.read(inner, sources, batches) }()
	go func() { defer wg.Done(); defer close(ready); r.prepare(inner, batches, ready) }()

	err := r.writeAll(ready)
	cancel()
	for range ready { // let the stages see the cancel and finish
	}
	wg.Wait()
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats, err
}

// count adds delta to the run's stats and the observer.
func (r *run) count(delta Stats) {
	r.mu.Lock()
	r.stats.Add(delta)
	r.mu.Unlock()
	if r.p.Observer != nil {
		r.p.Observer.Counted(delta)
	}
}

// fail logs, counts and records one failure.
func (r *run) fail(src, stage, item string, err error) {
	r.count(Stats{Failed: 1})
	if o := r.p.Observer; o != nil {
		o.Failed(stage)
	}
	r.p.Log.Warn("failed", "source", src, "item", item, "stage", stage, "reason", err)
	if r.p.Recorder == nil {
		return
	}
	f := Failure{Time: time.Now().UTC(), Run: r.p.RunID, Source: src, Item: item, Stage: stage, Reason: err.Error()}
	if rerr := r.p.Recorder.Record(f); rerr != nil {
		r.p.Log.Error("cannot record the failure", "err", rerr)
	}
}
