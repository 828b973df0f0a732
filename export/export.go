// Package export writes the knowledge graph for people without Neo4j:
// GraphML for Gephi, JSON (nodes and links), a Cypher script that rebuilds
// the graph with idempotent MERGEs, and a self-contained HTML page that
// draws it. Everything is read from Neo4j with read-only queries.
package export

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/kg-news/kg/model"
)

// Formats are the formats Write knows.
var Formats = []string{"graphml", "json", "cypher", "html"}

// Querier runs a read-only query; *graph.Store is one.
type Querier interface {
	Query(ctx context.Context, cypher string, params map[string]any) ([]string, [][]any, error)
}

// Node is an entity or an article.
type Node struct {
	Key      string         // unique in the export: "entity:ID" or "article:ID"
	ID       string         // the node's id property
	Kind     string         // Person, Company, Organization or Article
	Labels   []string       // all labels, sorted
	Props    map[string]any // properties, plain values (see graph.Plain)
	Temporal []string       // properties that are date-times in Neo4j
}

// Link is a relationship: a deal or role between entities, or an article's
// MENTIONS of an entity.
type Link struct {
	Source, Target string // node keys
	Type           string
	Props          map[string]any
	Temporal       []string
}

// Graph is what an export holds.
type Graph struct {
	Nodes []Node
	Links []Link
}

// Caption is what a drawing shows for a node: its caption property, else
// its English name, Arabic name, title or id.
func (n Node) Caption() string {
	for _, k := range []string{"caption", "name", "name_ar", "title"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return s
		}
	}
	return n.ID
}

// Caption is what a drawing shows for a link: its caption property, else
// its type.
func (l Link) Caption() string {
	if s, ok := l.Props["caption"].(string); ok && s != "" {
		return s
	}
	return l.Type
}

const (
	cypherNodes = `
MATCH (n) WHERE n:Entity OR n:Article
RETURN labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'ZONED DATETIME' | k] AS temporal
ORDER BY n:Article, n.id`

	cypherLinks = `
MATCH (a)-[r]->(b:Entity)
WHERE (a:Entity OR a:Article) AND type(r) IN $types
RETURN a:Article AS fromArticle, a.id AS source, type(r) AS type, b.id AS target,
       properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'ZONED DATETIME' | k] AS temporal
ORDER BY type(r) = 'MENTIONS', source, type, target, r.key`
)

// Read loads every entity, article, deal and mention.
func Read(ctx context.Context, q Querier) (*Graph, error) {
	g := &Graph{}
	_, rows, err := q.Query(ctx, cypherNodes, nil)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	for _, r := range rows {
		labels := stringList(r[0])
		sort.Strings(labels)
		props, _ := r[1].(map[string]any)
		id, _ := props["id"].(string)
		n := Node{ID: id, Labels: labels, Props: props, Temporal: stringList(r[2])}
		for _, l := range labels {
			if l == "Article" {
				n.Kind = "Article"
			} else if l != "Entity" && n.Kind == "" {
				n.Kind = l
			}
		}
		if n.Kind == "Article" {
			n.Key = "article:" + id
		} else {
			n.Key = "entity:" + id
		}
		g.Nodes = append(g.Nodes, n)
	}
	types := make([]any, 0, len(model.Predicates)+1)
	for _, p := range model.Predicates {
		types = append(types, p)
	}
	types = append(types, "MENTIONS")
	_, rows, err = q.Query(ctx, cypherLinks, map[string]any{"types": types})
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	for _, r := range rows {
		src, _ := r[1].(string)
		if fromArticle, _ := r[0].(bool); fromArticle {
			src = "article:" + src
		} else {
			src = "entity:" + src
		}
		typ, _ := r[2].(string)
		dst, _ := r[3].(string)
		props, _ := r[4].(map[string]any)
		g.Links = append(g.Links, Link{Source: src, Target: "entity:" + dst, Type: typ, Props: props, Temporal: stringList(r[5])})
	}
	return g, nil
}

func stringList(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// Write writes g in one of Formats.
func Write(w io.Writer, format string, g *Graph) error {
	switch format {
	case "graphml":
		return WriteGraphML(w, g)
	case "json":
		return WriteJSON(w, g)
	case "cypher":
		return WriteCypher(w, g)
	case "html":
		return WriteHTML(w, g)
	}
	return fmt.Errorf("export: format %q not known; use graphml, json, cypher or html", format)
}
