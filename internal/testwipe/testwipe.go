// Package testwipe empties a test Neo4j. Only tests import it, so no
// shipped binary can wipe a graph.
package testwipe

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Statements delete the graph in chunks, relationships first: a hot
// entity's thousands of relationships would otherwise fill one inner
// transaction. CALL ... IN TRANSACTIONS needs auto-commit queries.
var Statements = []string{
	"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
	"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS",
}

// Run runs Statements as auto-commit queries on sess.
func Run(ctx context.Context, sess neo4j.SessionWithContext) error {
	for _, q := range Statements {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("wipe: %w", err)
		}
	}
	return nil
}
