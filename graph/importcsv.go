package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kg-news/kg/model"
)

// ImportFiles are the CSV files of a bulk first load, in the order
// neo4j-admin database import full takes them (scripts/neo4j.sh import).
var ImportFiles = struct{ Nodes, Relationships []string }{
	Nodes:         []string{"entities.csv", "articles.csv"},
	Relationships: []string{"mentions.csv", "deals.csv"},
}

// ImportArrayDelimiter separates list elements and labels in the CSV files
// (passed as --array-delimiter): a control character no name or sentence
// contains.
const ImportArrayDelimiter = "\u001f"

// ImportReport counts what WriteImport wrote.
type ImportReport struct {
	Articles, Entities, Mentions, Deals int
	SkippedEntities, SkippedRelations   int
}

// Records is the number of nodes and relationships.
func (r ImportReport) Records() int { return r.Articles + r.Entities + r.Mentions + r.Deals }

// WriteImport writes the CSV files for neo4j-admin database import into dir:
// the same nodes, relationships, ids, keys and properties one Load of docs
// into an empty graph writes, with now as ingested_at, first_seen and
// last_seen. Constraints and indexes are not part of an import; ApplySchema
// (kg schema apply, or any load) creates them afterwards.
func WriteImport(dir string, docs []model.Document, now time.Time) (ImportReport, error) {
	var rep ImportReport
	prepared, lrep, err := prepareAll(docs)
	if err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	rep.SkippedEntities, rep.SkippedRelations = lrep.SkippedEntities, lrep.SkippedRelations
	r := buildRows(prepared)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	stamp := csvTime(now)
	write := func(name string, fn func(w *csvWriter)) error {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		w := &csvWriter{w: bufio.NewWriterSize(f, 1<<20)}
		fn(w)
		if err := w.w.Flush(); err != nil {
			_ = f.Close()
			return fmt.Errorf("import: write %s: %w", name, err)
		}
		return f.Close()
	}
	steps := []struct {
		name string
		fn   func(w *csvWriter)
	}{
		{"entities.csv", func(w *csvWriter) {
			w.row("id:ID(Entity)", ":LABEL", "name", "name_ar", "aliases:string[]")
			for _, e := range r.entities {
				w.row(str(e["id"]), "Entity"+ImportArrayDelimiter+str(e["type"]), e["name"], e["name_ar"], e["aliases"])
				rep.Entities++
			}
		}},
		{"articles.csv", func(w *csvWriter) {
			w.row("id:ID(Article)", ":LABEL", "url", "source", "title", "lang", "published_at:datetime",
				"content_hash", "doc_hash", "ingested_at:datetime")
			for _, a := range r.articles {
				var pub any
				if t, ok := a["published_at"].(time.Time); ok {
					pub = csvTime(t)
				}
				w.row(str(a["id"]), "Article", a["url"], a["source"], a["title"], a["lang"], pub,
					a["content_hash"], a["doc_hash"], stamp)
				rep.Articles++
			}
		}},
		{"mentions.csv", func(w *csvWriter) {
			w.row(":START_ID(Article)", ":END_ID(Entity)", ":TYPE")
			for _, a := range r.articles {
				for _, id := range a["entities"].([]string) {
					w.row(str(a["id"]), id, "MENTIONS")
					rep.Mentions++
				}
			}
		}},
		{"deals.csv", func(w *csvWriter) { rep.Deals = writeDeals(w, r.claims, stamp) }},
	}
	for _, st := range steps {
		if err := write(st.name, st.fn); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// dealColumns are the typed CSV columns of dealProps.
var dealColumns = map[string]string{
	"amount": "double", "amount_usd": "double", "confidence": "double",
	"sources": "string[]", "evidence": "string[]", "statuses": "string[]", "confidences": "double[]",
	"amounts": "double[]", "currencies": "string[]", "amounts_usd": "double[]", "amount_texts": "string[]",
	"amount_qualifiers": "string[]",
}

func writeDeals(w *csvWriter, claims map[triple][]claim, stamp string) int {
	header := []any{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"}
	for _, p := range dealProps {
		if t := dealColumns[p]; t != "" {
			header = append(header, p+":"+t)
		} else {
			header = append(header, p)
		}
	}
	header = append(header, "first_seen:datetime", "last_seen:datetime")
	w.row(header...)
	ts := make([]triple, 0, len(claims))
	for t := range claims {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].String() < ts[j].String() })
	n := 0
	for _, t := range ts {
		for _, d := range resolve(t, claims[t]) {
			props := d.props()
			vals := []any{d.subject, d.object, d.predicate}
			for _, p := range dealProps {
				vals = append(vals, props[p])
			}
			w.row(append(vals, stamp, stamp)...)
			n++
		}
	}
	return n
}

func csvTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// csvWriter writes the importer's CSV: strings always quoted (so "" is an
// empty string, not a missing value), nil as an empty field (no property),
// lists joined by ImportArrayDelimiter.
type csvWriter struct{ w *bufio.Writer }

func (c *csvWriter) row(vals ...any) {
	for i, v := range vals {
		if i > 0 {
			c.w.WriteByte(',')
		}
		c.field(v)
	}
	c.w.WriteByte('\n')
}

func (c *csvWriter) field(v any) {
	switch x := v.(type) {
	case nil:
	case string:
		c.quoted(x)
	case float64:
		c.w.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case []string:
		c.quoted(strings.Join(x, ImportArrayDelimiter))
	case []float64:
		parts := make([]string, len(x))
		for i, f := range x {
			parts[i] = strconv.FormatFloat(f, 'g', -1, 64)
		}
		c.w.WriteString(strings.Join(parts, ImportArrayDelimiter))
	default:
		c.quoted(fmt.Sprint(x))
	}
}

func (c *csvWriter) quoted(s string) {
	c.w.WriteByte('"')
	c.w.WriteString(strings.ReplaceAll(s, `"`, `""`))
	c.w.WriteByte('"')
}
