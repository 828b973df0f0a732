package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/translit"
)

// Candidate is a pair ResolveEntities left apart: an Arabic-only entity and
// a Latin-named one whose names share a key, with what they lack.
type Candidate struct {
	Arabic, Latin     string // ids
	NameAR, Name      string
	KeyAR, KeyLatin   string
	Score             float64 // name match, 0..1
	Weight, Need      float64 // evidence found and required
	Evidence, Missing []string
}

// Candidates lists the pairs that fell short, in a stable order.
func (s *Store) Candidates(ctx context.Context) ([]Candidate, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	out, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]Candidate, error) {
		arabic, latin, err := readSides(ctx, tx)
		if err != nil {
			return nil, err
		}
		_, shortfall, err := judgeAll(ctx, tx)
		if err != nil {
			return nil, err
		}
		names := map[string]string{}
		for _, p := range append(arabic, latin...) {
			names[p.id] = firstName(p)
		}
		cs := make([]Candidate, 0, len(shortfall))
		for _, j := range shortfall {
			cs = append(cs, Candidate{Arabic: j.arabic, Latin: j.latin, NameAR: names[j.arabic], Name: names[j.latin],
				KeyAR: translit.Key(names[j.arabic]), KeyLatin: translit.Key(names[j.latin]), Score: j.score,
				Weight: j.weight, Need: j.need, Evidence: j.evidence, Missing: []string{j.missing()}})
		}
		return cs, nil
	})
	if err != nil {
		return nil, fmt.Errorf("entity candidates in %s: %w", s.uri, s.scrub(err))
	}
	sort.Slice(out, func(i, k int) bool {
		if out[i].Arabic != out[k].Arabic {
			return out[i].Arabic < out[k].Arabic
		}
		return out[i].Latin < out[k].Latin
	})
	return out, nil
}

// Merge is one recorded merge: the survivor, the id merged into it and why.
type Merge struct {
	Survivor, Name, NameAR string
	From                   string
	Key                    string
	Score                  float64
	Evidence               []string
}

const cypherMerges = `
MATCH (s:Entity) WHERE size(coalesce(s.merges, [])) > 0
RETURN s.id, s.name, s.name_ar, s.merges ORDER BY s.id`

// Merges lists every recorded merge, by survivor and merged id.
func (s *Store) Merges(ctx context.Context) ([]Merge, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	out, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]Merge, error) {
		recs, _, err := run(ctx, tx, "read merges", cypherMerges, nil)
		if err != nil {
			return nil, err
		}
		var ms []Merge
		for _, r := range recs {
			records, err := parseRecords(strs(r.Values[3]))
			if err != nil {
				return nil, fmt.Errorf("entity %s: %w", str(r.Values[0]), err)
			}
			for _, id := range sortedKeys(records) {
				rec := records[id]
				ms = append(ms, Merge{Survivor: str(r.Values[0]), Name: str(r.Values[1]), NameAR: str(r.Values[2]),
					From: id, Key: rec.Key, Score: rec.Score, Evidence: rec.Evidence})
			}
		}
		return ms, nil
	})
	if err != nil {
		return nil, fmt.Errorf("entity merges in %s: %w", s.uri, s.scrub(err))
	}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
