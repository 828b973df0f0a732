package graph

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// StatementProfile is what one load statement cost, from Neo4j's PROFILE.
type StatementProfile struct {
	What    string        // the statement's name, e.g. "write ACQUIRED relationships"
	Rows    int           // parameter rows it was given (len of its UNWIND list)
	DbHits  int64         // summed over the whole plan
	Records int64         // records produced by the top operator
	Took    time.Duration // wall time of the round trip
}

// loadProfiler, when set, makes every load statement run under PROFILE and
// receives its cost. Only the profiling test sets it; it is never set while
// loads run concurrently.
var loadProfiler func(StatementProfile)

// loadProfileTimeOnly makes the profiler time statements without PROFILE,
// which costs the server time of its own.
var loadProfileTimeOnly bool

// lrun is run for the load statements, profiled when loadProfiler is set.
func lrun(ctx context.Context, tx neo4j.ManagedTransaction, what, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if loadProfiler == nil {
		recs, _, err := run(ctx, tx, what, cypher, params)
		return recs, err
	}
	start := time.Now()
	prefix := "PROFILE "
	if loadProfileTimeOnly {
		prefix = ""
	}
	recs, sum, err := run(ctx, tx, what, prefix+cypher, params)
	if err != nil {
		return nil, err
	}
	p := StatementProfile{What: what, Took: time.Since(start), Rows: paramRows(params)}
	if plan := sum.Profile(); plan != nil {
		p.DbHits = dbHits(plan)
		p.Records = plan.Records()
	}
	loadProfiler(p)
	return recs, nil
}

func dbHits(p neo4j.ProfiledPlan) int64 {
	n := p.DbHits()
	for _, c := range p.Children() {
		n += dbHits(c)
	}
	return n
}

func paramRows(params map[string]any) int {
	for _, k := range []string{"rows", "ids", "pairs"} {
		switch v := params[k].(type) {
		case []map[string]any:
			return len(v)
		case []any:
			return len(v)
		}
	}
	return 0
}
