package job

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/kg-news/kg/ingest"
)

// Metrics are the job's Prometheus metrics, on a registry of their own.
type Metrics struct {
	registry *prometheus.Registry

	seen, skipped, loaded prometheus.Counter
	failed                *prometheus.CounterVec // by stage
	entities              *prometheus.CounterVec // by op: created, matched
	relationships         *prometheus.CounterVec // by op: created, updated, deleted
	extractSeconds        prometheus.Histogram
	writeSeconds          prometheus.Histogram
	retries               prometheus.Counter
	passes                *prometheus.CounterVec // by result: ok, error, stopped
	lastSuccess           prometheus.Gauge
}

// NewMetrics creates the metrics (kg_* plus the Go runtime and process
// collectors).
func NewMetrics() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		seen:     prometheus.NewCounter(prometheus.CounterOpts{Name: "kg_articles_seen_total", Help: "Articles read from the sources."}),
		skipped:  prometheus.NewCounter(prometheus.CounterOpts{Name: "kg_articles_skipped_total", Help: "Articles skipped because their content hash is unchanged."}),
		loaded:   prometheus.NewCounter(prometheus.CounterOpts{Name: "kg_articles_loaded_total", Help: "Articles written (new or changed) in committed transactions."}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kg_articles_failed_total",
			Help: "Sources, pages and articles that failed, by stage (read, feed, fetch, extract, load)."}, []string{"stage"}),
		entities: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kg_entities_written_total",
			Help: "Entity nodes written, by op (created, matched)."}, []string{"op"}),
		relationships: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kg_relationships_written_total",
			Help: "Deal relationships written, by op (created, updated, deleted)."}, []string{"op"}),
		extractSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "kg_extraction_seconds",
			Help: "Extraction time per article.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
		writeSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "kg_write_seconds",
			Help: "Neo4j write time per batch, retries included.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{Name: "kg_neo4j_retries_total", Help: "Neo4j calls retried after a transient failure."}),
		passes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kg_passes_total",
			Help: "Passes over the sources, by result (ok, error, stopped)."}, []string{"result"}),
		lastSuccess: prometheus.NewGauge(prometheus.GaugeOpts{Name: "kg_last_pass_success_timestamp_seconds",
			Help: "Unix time the last successful pass finished."}),
	}
	for _, st := range ingest.Stages {
		m.failed.WithLabelValues(st)
	}
	for _, op := range []string{"created", "matched"} {
		m.entities.WithLabelValues(op)
	}
	for _, op := range []string{"created", "updated", "deleted"} {
		m.relationships.WithLabelValues(op)
	}
	m.registry.MustRegister(m.seen, m.skipped, m.loaded, m.failed, m.entities, m.relationships,
		m.extractSeconds, m.writeSeconds, m.retries, m.passes, m.lastSuccess,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}

// Registry is the registry the metrics are on, for tests and embedding.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// Counted adds what a pipeline counted (ingest.Observer).
func (m *Metrics) Counted(d ingest.Stats) {
	m.seen.Add(float64(d.Seen))
	m.skipped.Add(float64(d.Skipped))
	m.loaded.Add(float64(d.Loaded))
	m.entities.WithLabelValues("created").Add(float64(d.EntitiesCreated))
	m.entities.WithLabelValues("matched").Add(float64(d.EntitiesMatched))
	m.relationships.WithLabelValues("created").Add(float64(d.RelationshipsCreated))
	m.relationships.WithLabelValues("updated").Add(float64(d.RelationshipsUpdated))
	m.relationships.WithLabelValues("deleted").Add(float64(d.RelationshipsDeleted))
}

// Failed counts one failure at stage (ingest.Observer).
func (m *Metrics) Failed(stage string) { m.failed.WithLabelValues(stage).Inc() }

// Timed observes the time of one extraction or one batch write
// (ingest.Observer).
func (m *Metrics) Timed(what string, d time.Duration) {
	switch what {
	case "extract":
		m.extractSeconds.Observe(d.Seconds())
	case "write":
		m.writeSeconds.Observe(d.Seconds())
	}
}

// Retried counts one Neo4j call retried (ingest.Observer).
func (m *Metrics) Retried() { m.retries.Inc() }
