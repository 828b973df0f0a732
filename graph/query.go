package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Query runs a read-only Cypher statement and returns its column names and
// rows, with values made plain (see Plain). It runs in a read transaction,
// so the server refuses any write the statement attempts.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any) ([]string, [][]any, error) {
	res, err := s.QueryLimited(ctx, cypher, params, QueryLimits{})
	return res.Cols, res.Rows, err
}

// QueryLimits bound one query.
type QueryLimits struct {
	Timeout time.Duration // transaction timeout the server enforces; 0: the server's own
	MaxRows int           // rows kept; 0: all
}

// QueryResult is what QueryLimited read.
type QueryResult struct {
	Cols      []string
	Rows      [][]any
	Truncated bool // more rows than QueryLimits.MaxRows; the rest were not read
}

// QueryLimited is Query with a transaction timeout and a row limit. The
// timeout travels with the transaction, so the server stops the query
// itself rather than leaving it running after the client gives up.
func (s *Store) QueryLimited(ctx context.Context, cypher string, params map[string]any, lim QueryLimits) (QueryResult, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	var opts []func(*neo4j.TransactionConfig)
	if lim.Timeout > 0 {
		opts = append(opts, neo4j.WithTxTimeout(lim.Timeout))
	}
	res, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (QueryResult, error) {
		var out QueryResult
		cur, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return out, err
		}
		if out.Cols, err = cur.Keys(); err != nil {
			return out, err
		}
		for cur.Next(ctx) {
			if lim.MaxRows > 0 && len(out.Rows) == lim.MaxRows {
				out.Truncated = true
				break
			}
			vals := cur.Record().Values
			row := make([]any, len(vals))
			for i, v := range vals {
				row[i] = Plain(v)
			}
			out.Rows = append(out.Rows, row)
		}
		return out, cur.Err()
	}, opts...)
	if err != nil {
		return QueryResult{}, fmt.Errorf("query on %s: %w", s.uri, s.scrub(explainQuery(err)))
	}
	return res, nil
}

// explainQuery names the usual reason a query fails in a read transaction.
func explainQuery(err error) error {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && (ne.Code == "Neo.ClientError.Statement.AccessMode" ||
		strings.Contains(ne.Msg, "read access mode")) {
		return fmt.Errorf("queries are read-only; writes go through kg ingest: %w", err)
	}
	if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.TransactionTimedOut") {
		return fmt.Errorf("stopped by the transaction timeout (query.timeout): %w", err)
	}
	return err
}

// Plain converts a driver value into maps, lists, strings, numbers, bools and
// nil, so it prints as JSON, CSV or a table cell. A node becomes its
// properties plus "_labels" (and "_id"), a relationship its properties plus
// "_type", "_start" and "_end"; a path becomes its nodes and relationships;
// temporal values become ISO 8601 strings.
func Plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string:
		return x
	case []byte:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = Plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = Plain(e)
		}
		return out
	case dbtype.Node:
		m := plainProps(x.Props)
		m["_id"] = x.ElementId
		labels := make([]any, len(x.Labels))
		for i, l := range x.Labels {
			labels[i] = l
		}
		m["_labels"] = labels
		return m
	case dbtype.Relationship:
		m := plainProps(x.Props)
		m["_id"] = x.ElementId
		m["_type"] = x.Type
		m["_start"] = x.StartElementId
		m["_end"] = x.EndElementId
		return m
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = Plain(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = Plain(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Date:
		return x.String()
	case dbtype.LocalDateTime:
		return x.String()
	case dbtype.LocalTime:
		return x.String()
	case dbtype.Time:
		return x.String()
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y, "z": x.Z}
	}
	return fmt.Sprint(v)
}

func plainProps(props map[string]any) map[string]any {
	m := make(map[string]any, len(props)+4)
	for k, v := range props {
		m[k] = Plain(v)
	}
	return m
}

// ParseParam parses one "name=value" query parameter. The value becomes, in
// order of preference: null for "null", a bool for "true"/"false", an
// integer, a float, a list or map for JSON starting with '[' or '{', the
// string inside double quotes for a quoted value (so "\"42\"" stays a
// string), and otherwise the text as given.
func ParseParam(s string) (string, any, error) {
	name, raw, ok := strings.Cut(s, "=")
	name = strings.TrimPrefix(strings.TrimSpace(name), "$")
	if !ok || name == "" {
		return "", nil, fmt.Errorf("parameter %q: want name=value", s)
	}
	v, err := ParseValue(raw)
	if err != nil {
		return "", nil, fmt.Errorf("parameter %s: %w", name, err)
	}
	return name, v, nil
}

// ParseValue parses a parameter value as described at ParseParam.
func ParseValue(raw string) (any, error) {
	t := strings.TrimSpace(raw)
	switch {
	case t == "null":
		return nil, nil
	case t == "true":
		return true, nil
	case t == "false":
		return false, nil
	}
	if i, err := strconv.ParseInt(t, 10, 64); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil && !strings.ContainsAny(t, "xXpP") && t != "" &&
		!strings.EqualFold(t, "nan") && !strings.Contains(strings.ToLower(t), "inf") {
		return f, nil
	}
	if strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{") {
		dec := json.NewDecoder(strings.NewReader(t))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("%q is not valid JSON: %w", t, err)
		}
		return fromJSON(v), nil
	}
	if len(t) >= 2 && t[0] == '"' && t[len(t)-1] == '"' {
		s, err := strconv.Unquote(t)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t, err)
		}
		return s, nil
	}
	// Not trimmed: a deliberate leading space in a string is the user's.
	return raw, nil
}

// fromJSON turns json.Number into int64 or float64, which Bolt can carry.
func fromJSON(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = fromJSON(x[i])
		}
		return x
	case map[string]any:
		for k := range x {
			x[k] = fromJSON(x[k])
		}
		return x
	}
	return v
}

// SavedQuery is a .cypher file with its header comments read.
type SavedQuery struct {
	Name        string
	Description string
	Params      []Param
	Cypher      string
}

// Param is one parameter a saved query declares.
type Param struct {
	Name        string
	Default     any  // used when the caller gives none
	HasDefault  bool // false: the parameter is required
	Description string
}

// ParseSavedQuery reads a saved query. Its leading comment lines hold
//
//	// name: largest-deals
//	// description: The biggest deals by amount in US dollars.
//	// params: limit=10 how many deals to list
//
// with one "params:" line per parameter: its name, an optional "=default"
// (parsed like a --param value) and a description. Other comment lines are
// documentation. fallback names the query when the header does not.
func ParseSavedQuery(fallback string, src []byte) (SavedQuery, error) {
	q := SavedQuery{Name: fallback, Cypher: string(src)}
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "//") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "name":
			q.Name = val
		case "description":
			if q.Description != "" {
				q.Description += " "
			}
			q.Description += val
		case "params", "param":
			p, err := parseParamDecl(val)
			if err != nil {
				return q, fmt.Errorf("query %s: %w", q.Name, err)
			}
			q.Params = append(q.Params, p)
		}
	}
	return q, nil
}

func parseParamDecl(s string) (Param, error) {
	head, desc, _ := strings.Cut(s, " ")
	p := Param{Description: strings.TrimSpace(desc)}
	name, def, hasDef := strings.Cut(head, "=")
	p.Name = strings.TrimPrefix(name, "$")
	if p.Name == "" {
		return p, fmt.Errorf("params line %q: no name", s)
	}
	if hasDef {
		v, err := ParseValue(def)
		if err != nil {
			return p, fmt.Errorf("params %s default: %w", p.Name, err)
		}
		p.Default, p.HasDefault = v, true
	}
	return p, nil
}

// Bind merges the caller's parameters with the query's defaults and reports
// required parameters that are missing, and given ones the query does not
// declare (most likely a typo).
func (q SavedQuery) Bind(given map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(q.Params))
	var missing []string
	declared := map[string]bool{}
	for _, p := range q.Params {
		declared[p.Name] = true
		if v, ok := given[p.Name]; ok {
			out[p.Name] = v
		} else if p.HasDefault {
			out[p.Name] = p.Default
		} else {
			missing = append(missing, p.Name)
		}
	}
	var unknown []string
	for k := range given {
		if !declared[k] {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	switch {
	case len(missing) > 0:
		return nil, fmt.Errorf("query %s: missing --param %s", q.Name, strings.Join(missing, "=..., --param ")+"=...")
	case len(unknown) > 0:
		return nil, fmt.Errorf("query %s: unknown parameter %s (declared: %s)", q.Name, strings.Join(unknown, ", "), q.paramNames())
	}
	return out, nil
}

func (q SavedQuery) paramNames() string {
	if len(q.Params) == 0 {
		return "none"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}
