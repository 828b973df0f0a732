package extract

import "github.com/kg-news/kg/model"

// Candidate is one relation the rules proposed for an article, before the
// relation scorer, with the scorer's features: training material for
// cmd/kg-train-relscore. OK is false when it resolves to no relation (an
// argument without an entity, types that do not fit).
type Candidate struct {
	Feats []string
	Rel   model.Relation
	OK    bool
}

// RelCandidates runs the pipeline without the relation scorer and returns the
// document's entities with every candidate relation.
func (x *Extractor) RelCandidates(a model.Article) (model.Document, []Candidate) {
	d := newDoc(a)
	d.lex = x.res.lex
	for _, s := range x.stages {
		if _, scorer := s.(relScoreStage); !scorer {
			s.Run(d)
		}
	}
	ctx := newRelContext(d)
	out := make([]Candidate, len(d.Relations))
	for i, r := range d.Relations {
		out[i].Feats = relFeatures(d, ctx, r)
	}
	doc, ids, types := x.res.resolveEntities(d)
	for i, r := range d.Relations {
		out[i].Rel, out[i].OK = x.res.relationOf(d, r, ids, types)
	}
	return doc, out
}

// FinishRelations is the resolver's last step over kept relations: one per
// key, and none an amount-bearing twin shadows.
func FinishRelations(rels []model.Relation) []model.Relation { return finishRelations(rels) }
