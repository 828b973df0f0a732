package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// cypherContentHashes reads the stored content hash of the articles named.
const cypherContentHashes = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.content_hash AS hash`

// ContentHashes returns the content_hash stored on each Article node among
// ids that exists (an article without a hash maps to ""). The scheduled job
// asks this before extracting a batch, so that an article whose content is
// unchanged is skipped without being extracted again. It is one read
// transaction, retried by the driver on transient errors.
func (s *Store) ContentHashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	params := make([]any, len(ids))
	for i, id := range ids {
		params[i] = id
	}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	_, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		clear(out)
		res, err := tx.Run(ctx, cypherContentHashes, map[string]any{"ids": params})
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			vals := res.Record().Values
			id, _ := vals[0].(string)
			hash, _ := vals[1].(string)
			out[id] = hash
		}
		return struct{}{}, res.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read content hashes of %d articles from %s: %w", len(ids), s.uri, s.scrub(err))
	}
	return out, nil
}
