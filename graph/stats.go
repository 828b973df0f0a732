package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

// Count is the number of nodes with a label or relationships of a type.
type Count struct {
	Name  string
	Count int64
}

// Stats are the graph's size by node label and by relationship type.
type Stats struct {
	Nodes         int64
	Relationships int64
	Labels        []Count // Entity, the entity types, Article, then any other label
	Types         []Count // the predicates, MENTIONS, then any other type
}

// Stats counts nodes by label and relationships by type. Counting a single
// label or type is answered from Neo4j's count store, so this stays cheap on
// a large graph.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()

	st, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (Stats, error) {
		var st Stats
		// Labels and types other than kg's own (an analyst's annotations)
		// are listed too, so the totals add up.
		known := append(append([]string{"Entity"}, model.EntityTypes...), "Article")
		labels, err := names(ctx, tx, "CALL db.labels() YIELD label RETURN label ORDER BY label", known)
		if err != nil {
			return st, err
		}
		types, err := names(ctx, tx, "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType",
			append(append([]string{}, model.Predicates...), "MENTIONS"))
		if err != nil {
			return st, err
		}

		// Names come from the whitelist or from the database's own
		// catalogue, never from a user, and are backquoted.
		var parts []string
		parts = append(parts, "COUNT { MATCH (n) } AS nodes", "COUNT { MATCH ()-[r]->() } AS rels")
		for i, l := range labels {
			parts = append(parts, fmt.Sprintf("COUNT { MATCH (n:%s) } AS l%d", quoteName(l), i))
		}
		for i, t := range types {
			parts = append(parts, fmt.Sprintf("COUNT { MATCH ()-[r:%s]->() } AS t%d", quoteName(t), i))
		}
		recs, _, err := run(ctx, tx, "count", "RETURN "+strings.Join(parts, ", "), nil)
		if err != nil {
			return st, err
		}
		if len(recs) != 1 {
			return st, fmt.Errorf("count: %d records, want 1", len(recs))
		}
		v := recs[0].Values
		st.Nodes, _ = v[0].(int64)
		st.Relationships, _ = v[1].(int64)
		for i, l := range labels {
			n, _ := v[2+i].(int64)
			st.Labels = append(st.Labels, Count{l, n})
		}
		for i, t := range types {
			n, _ := v[2+len(labels)+i].(int64)
			st.Types = append(st.Types, Count{t, n})
		}
		return st, nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("stats from %s: %w", s.uri, s.scrub(err))
	}
	return st, nil
}

// names returns known in its order, followed by any other name the
// catalogue query lists.
func names(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, known []string) ([]string, error) {
	recs, _, err := run(ctx, tx, "list names", cypher, nil)
	if err != nil {
		return nil, err
	}
	out := append([]string{}, known...)
	for _, r := range recs {
		n, _ := r.Values[0].(string)
		if n != "" && !in(known, n) {
			out = append(out, n)
		}
	}
	return out, nil
}

func in(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// quoteName backquotes a label or type name for Cypher.
func quoteName(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}
