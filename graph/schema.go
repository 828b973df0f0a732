package graph

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

// schemaStatements are the constraints and indexes the loader and the saved
// queries rely on. Each is IF NOT EXISTS, so applying them again is a no-op.
func schemaStatements() []string {
	st := []string{
		// The uniqueness constraints also serve as the id lookup indexes
		// every MERGE uses, and make a MERGE race fail loudly instead of
		// creating a duplicate.
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
		"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
		"CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
		"CREATE INDEX entity_name_ar IF NOT EXISTS FOR (e:Entity) ON (e.name_ar)",
		"CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.content_hash)",
		"CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.published_at)",
		// Search by any spelling, Arabic or English:
		// CALL db.index.fulltext.queryNodes('entity_names', 'openai~')
		"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.name_ar, e.aliases]",
	}
	for _, p := range model.Predicates {
		// Deal keys: the loader finds the deals it touched by key to
		// settle them, and an analyst can go straight to one deal.
		st = append(st, fmt.Sprintf("CREATE INDEX rel_key_%s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.key)", strings.ToLower(p), p))
	}
	return st
}

// SchemaReport says what ApplySchema did.
type SchemaReport struct {
	Statements         int // statements run
	ConstraintsCreated int // constraints that did not exist before
	IndexesCreated     int // indexes that did not exist before
}

// ApplySchema creates the constraints and indexes if they are missing and
// waits until every index is online, so the first load after it uses them.
func (s *Store) ApplySchema(ctx context.Context) (SchemaReport, error) {
	var rep SchemaReport
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	// Schema commands run as auto-commit queries: Neo4j does not allow
	// them in a transaction that also writes data. Two kg processes
	// starting on an empty database race here, so each statement is
	// retried on transient errors (DeadlockDetected) and "already exists"
	// counts as done: IF NOT EXISTS does not cover a rule created by a
	// concurrent transaction.
	for _, st := range append(schemaStatements(), "CALL db.awaitIndexes(300)") {
		sum, err := schemaRun(ctx, sess, st)
		if err != nil {
			return rep, fmt.Errorf("schema on %s: %s: %w", s.uri, st, s.scrub(err))
		}
		rep.Statements++
		if sum != nil {
			rep.ConstraintsCreated += sum.Counters().ConstraintsAdded()
			rep.IndexesCreated += sum.Counters().IndexesAdded()
		}
	}
	return rep, nil
}

// schemaAttempts bounds the retries of one schema statement; with the
// backoff below they span about 20 s.
const schemaAttempts = 10

// schemaRun runs one schema statement, retrying transient errors, and
// returns a nil summary when an equivalent rule already existed.
func schemaRun(ctx context.Context, sess neo4j.SessionWithContext, st string) (neo4j.ResultSummary, error) {
	wait := 50 * time.Millisecond
	for attempt := 1; ; attempt++ {
		res, err := sess.Run(ctx, st, nil)
		var sum neo4j.ResultSummary
		if err == nil {
			sum, err = res.Consume(ctx)
		}
		switch {
		case err == nil:
			return sum, nil
		case alreadyExists(err):
			return nil, nil
		case !neo4j.IsRetryable(err) || attempt == schemaAttempts:
			return nil, err
		}
		// Jitter keeps two racing processes from colliding again.
		select {
		case <-time.After(wait + time.Duration(rand.Int64N(int64(wait)))):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		wait = min(2*wait, 3*time.Second)
	}
}

// alreadyExists reports the server's answer to creating a rule that a
// concurrent transaction has just created.
func alreadyExists(err error) bool {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		return false
	}
	switch ne.Code {
	case "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
		"Neo.ClientError.Schema.IndexAlreadyExists",
		"Neo.ClientError.Schema.ConstraintAlreadyExists":
		return true
	}
	return strings.HasPrefix(ne.Code, "Neo.ClientError.Schema.") && strings.Contains(ne.Msg, "already exists")
}

// SchemaItem is one index or constraint as the server reports it.
type SchemaItem struct {
	Kind  string // "constraint" or "index"
	Name  string
	Type  string // e.g. UNIQUENESS, RANGE, FULLTEXT
	On    string // labels or types and properties, e.g. "Entity(id)"
	State string // index state, e.g. ONLINE; empty for constraints
}

// Schema lists the constraints and indexes in the database.
func (s *Store) Schema(ctx context.Context) ([]SchemaItem, error) {
	var items []SchemaItem
	for _, q := range []struct{ kind, cypher string }{
		{"constraint", "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties, '' AS state ORDER BY name"},
		{"index", "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state, owningConstraint WHERE owningConstraint IS NULL RETURN name, type, labelsOrTypes, properties, state ORDER BY name"},
	} {
		_, rows, err := s.Query(ctx, q.cypher, nil)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			it := SchemaItem{Kind: q.kind}
			it.Name, _ = r[0].(string)
			it.Type, _ = r[1].(string)
			it.On = fmt.Sprintf("%s(%s)", joinAny(r[2]), joinAny(r[3]))
			it.State, _ = r[4].(string)
			items = append(items, it)
		}
	}
	return items, nil
}

func joinAny(v any) string {
	list, _ := v.([]any)
	parts := make([]string, 0, len(list))
	for _, x := range list {
		parts = append(parts, fmt.Sprint(x))
	}
	return strings.Join(parts, ",")
}
