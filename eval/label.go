package eval

import "github.com/kg-news/kg/model"

// Label of one candidate relation against the gold, for training a scorer.
const (
	LabelWrong    = 0  // no gold relation has it (score.py counts it a false positive)
	LabelRight    = 1  // a scored gold relation has it (a true positive)
	LabelOptional = -1 // an optional gold relation covers it, or its predicate is not scored
)

// LabelRelations labels each relation in rels as score.py would judge it
// alone in document d (whose entities give the gold keys): the same
// predicate, subject and object and a matching amount as a gold relation.
// Unlike Score it does not let a gold relation be matched once only: each
// candidate is judged on its own, since the scorer decides them one by one.
func LabelRelations(g Gold, d *model.Document, rels []model.Relation) []int {
	nameToKey := map[string]string{}
	for _, e := range g.Entities {
		for _, n := range e.Names {
			if nn := Norm(n); !hasKey(nameToKey, nn) {
				nameToKey[nn] = e.Key
			}
		}
	}
	sysMap := map[string]goldKey{}
	for _, e := range d.Entities {
		sysMap[e.ID] = matchEntity(e, nameToKey)
	}
	out := make([]int, len(rels))
	for i, r := range rels {
		out[i] = labelOne(g, r, sysMap[r.Subject], sysMap[r.Object])
	}
	return out
}

func labelOne(g Gold, r model.Relation, s, o goldKey) int {
	if !scoredPredicates[r.Predicate] {
		return LabelOptional
	}
	for _, gr := range g.Relations {
		if gr.Predicate == r.Predicate && s.in(gr.Subject) && o.in(gr.Object) && amountOK(gr, r) {
			return LabelRight
		}
	}
	if optionalHit(g.Optional, r.Predicate, s, o) {
		return LabelOptional
	}
	return LabelWrong
}
