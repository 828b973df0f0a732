package eval

import (
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-news/kg/model"
)

// scoredPredicates are score.py's SCORED: the predicates that count.
var scoredPredicates = map[string]bool{
	model.BidFor: true, model.Acquired: true, model.InvestedIn: true,
	model.CEOOf: true, model.Founded: true, model.PartnerIn: true,
}

// scoredTypes are score.py's TYPES: the entity types that count.
var scoredTypes = map[string]bool{model.Person: true, model.Company: true, model.Organization: true}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP, FP, FN int
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// PRF returns precision, recall and F1, each 0 when undefined.
func (c Counts) PRF() (p, r, f1 float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r != 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// ArticleScore is the score of one gold article and its errors, as
// score.py's --show-errors lists them.
type ArticleScore struct {
	Article string
	Lang    string
	// NoOutput says the system printed nothing for the article; it is
	// scored as an empty document.
	NoOutput bool
	Entity   Counts
	Relation Counts
	// MissedEntities are the gold keys no system entity matched, sorted.
	MissedEntities []string
	// ExtraEntities are the names of system entities that match no gold
	// entity ("None" for an entity with no name).
	ExtraEntities []string
	// WrongTypes are the names of system entities whose type differs from
	// that of the gold entity they match.
	WrongTypes []string
	// MissedRelations are the unmatched gold relations, printed as
	// "subject -PREDICATE-> object amount".
	MissedRelations []string
	// WrongRelations are the system relations that are false positives,
	// printed the same way with system ids.
	WrongRelations []string
}

// HasErrors reports whether score.py would print an error block for the
// article: missed or extra entities or relations (type errors alone do not
// count).
func (a ArticleScore) HasErrors() bool {
	return len(a.MissedEntities)+len(a.ExtraEntities)+len(a.MissedRelations)+len(a.WrongRelations) > 0
}

// GroupScore is the micro-averaged total of a group of articles: "all" or
// one language.
type GroupScore struct {
	Group    string
	Articles int
	Entity   Counts
	Relation Counts
}

// Report is the result of scoring a system against the gold.
type Report struct {
	// Articles are the gold articles in gold file order.
	Articles []ArticleScore
	// Groups are "all" first, then the languages in order.
	Groups []GroupScore
	// NoOutput are the gold articles with no system output.
	NoOutput []string
}

// Group returns the totals of one group.
func (r Report) Group(name string) (GroupScore, bool) {
	for _, g := range r.Groups {
		if g.Group == name {
			return g, true
		}
	}
	return GroupScore{}, false
}

// ArticleKey is the key a system document is paired with gold by: its
// article id, or else the file name stem (up to the first dot) of its
// source. An id that is the article's own file name (kg's identity for a
// file, extensions included) pairs by its stem too, as gold files are
// named.
func ArticleKey(a model.Article) string {
	base := a.Source[strings.LastIndexByte(a.Source, '/')+1:]
	if a.ID != "" && a.ID != base && !strings.HasSuffix(a.ID, "/"+base) {
		return a.ID
	}
	stem, _, _ := strings.Cut(base, ".")
	return stem
}

// Score scores docs against golds (keyed by article) as score.py does.
// Each gold article is paired with the last document of the same
// ArticleKey; documents with no gold are ignored.
func Score(golds map[string]Gold, docs []model.Document) Report {
	sys := make(map[string]*model.Document, len(docs))
	for i := range docs {
		sys[ArticleKey(docs[i].Article)] = &docs[i]
	}
	keys := make([]string, 0, len(golds))
	for k := range golds {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := golds[keys[i]], golds[keys[j]]
		if a.order != b.order {
			return a.order < b.order
		}
		if a.File != b.File {
			return a.File < b.File
		}
		return keys[i] < keys[j]
	})

	var rep Report
	totals := map[string]*GroupScore{}
	for _, key := range keys {
		g := golds[key]
		d := sys[key]
		if d == nil {
			rep.NoOutput = append(rep.NoOutput, key)
		}
		a := scoreArticle(g, d)
		a.Article = key
		rep.Articles = append(rep.Articles, a)
		for _, group := range []string{"all", a.Lang} {
			t := totals[group]
			if t == nil {
				t = &GroupScore{Group: group}
				totals[group] = t
			}
			t.Articles++
			t.Entity.Add(a.Entity)
			t.Relation.Add(a.Relation)
		}
	}
	for _, t := range totals {
		rep.Groups = append(rep.Groups, *t)
	}
	sort.Slice(rep.Groups, func(i, j int) bool {
		a, b := rep.Groups[i].Group, rep.Groups[j].Group
		if (a == "all") != (b == "all") {
			return a == "all"
		}
		return a < b
	})
	return rep
}

// goldKey is a system entity's gold key; ok is false for score.py's None.
type goldKey struct {
	key string
	ok  bool
}

// in reports whether k is one of ks (None is in none).
func (k goldKey) in(ks Keys) bool { return k.ok && ks.Has(k.key) }

// scoreArticle is score.py's score_article; d is nil for no output.
func scoreArticle(g Gold, d *model.Document) ArticleScore {
	a := ArticleScore{Lang: g.Lang, NoOutput: d == nil}
	if d == nil {
		d = &model.Document{}
	}

	nameToKey := map[string]string{}
	goldTypes := map[string]string{}
	goldEnt := map[string]bool{}
	for _, e := range g.Entities {
		for _, n := range e.Names {
			if nn := Norm(n); !hasKey(nameToKey, nn) {
				nameToKey[nn] = e.Key
			}
		}
		goldTypes[e.Key] = e.Type
		if scoredTypes[e.Type] {
			goldEnt[e.Key] = true
		}
	}

	// Map each system entity id to a gold key; a later entity with the same
	// id replaces an earlier one.
	sysMap := map[string]goldKey{}
	for _, e := range d.Entities {
		sysMap[e.ID] = matchEntity(e, nameToKey)
	}

	hits := map[string]bool{}
	for _, e := range d.Entities {
		if !scoredTypes[e.Type] {
			continue
		}
		k := sysMap[e.ID]
		if !k.ok {
			a.ExtraEntities = append(a.ExtraEntities, pyName(e.Name))
			continue
		}
		hits[k.key] = true
		if k.key != "" && goldTypes[k.key] != e.Type {
			a.WrongTypes = append(a.WrongTypes, pyName(e.Name))
		}
	}
	for k := range hits {
		if goldEnt[k] {
			a.Entity.TP++
		}
	}
	for k := range goldEnt {
		if !hits[k] {
			a.MissedEntities = append(a.MissedEntities, k)
		}
	}
	sort.Strings(a.MissedEntities)
	a.Entity.FP = len(a.ExtraEntities)
	a.Entity.FN = len(a.MissedEntities)

	var goldRels []GoldRelation
	for _, r := range g.Relations {
		if scoredPredicates[r.Predicate] {
			goldRels = append(goldRels, r)
		}
	}
	matched := make([]bool, len(goldRels))
	type signature struct {
		s, o      goldKey
		predicate string
		millions  float64
		hasAmount bool
	}
	seen := map[signature]bool{}
	for _, r := range d.Relations {
		if !scoredPredicates[r.Predicate] {
			continue
		}
		s, o := sysMap[r.Subject], sysMap[r.Object]
		sig := signature{s: s, o: o, predicate: r.Predicate}
		if r.Amount != 0 {
			sig.millions, sig.hasAmount = math.RoundToEven(r.Amount/1e6)+0, true // +0: -0 is 0
		}
		if seen[sig] { // the same claim twice in one article counts once
			continue
		}
		seen[sig] = true
		hit := false
		for i, gr := range goldRels {
			if gr.Predicate == r.Predicate && s.in(gr.Subject) && o.in(gr.Object) && amountOK(gr, r) {
				if !matched[i] {
					matched[i] = true
					a.Relation.TP++
				}
				// A duplicate of a matched claim is neither TP nor FP.
				hit = true
				break
			}
		}
		if hit || optionalHit(g.Optional, r.Predicate, s, o) {
			continue
		}
		a.Relation.FP++
		a.WrongRelations = append(a.WrongRelations,
			r.Subject+" -"+r.Predicate+"-> "+r.Object+" "+pySysAmount(r.Amount))
	}
	for i, gr := range goldRels {
		if !matched[i] {
			a.MissedRelations = append(a.MissedRelations,
				gr.Subject.String()+" -"+gr.Predicate+"-> "+gr.Object.String()+" "+pyGoldAmount(gr.Amount))
		}
	}
	a.Relation.FN = len(a.MissedRelations)
	return a
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// matchEntity finds the gold key of a system entity: the first of its name,
// Arabic name, mentions and aliases whose normal form is a gold name.
func matchEntity(e model.Entity, nameToKey map[string]string) goldKey {
	cands := make([]string, 0, 2+len(e.Mentions)+len(e.Aliases))
	cands = append(cands, e.Name, e.NameAR)
	cands = append(cands, e.Mentions...)
	cands = append(cands, e.Aliases...)
	for _, c := range cands {
		if c == "" {
			continue
		}
		if k, ok := nameToKey[Norm(c)]; ok {
			return goldKey{key: k, ok: true}
		}
	}
	return goldKey{}
}

// optionalHit reports whether an optional gold relation covers the claim:
// the same predicate and subject, and the same object unless the optional
// relation has none. Amounts are not compared.
func optionalHit(optional []GoldRelation, predicate string, s, o goldKey) bool {
	for _, g := range optional {
		if g.Predicate == predicate && s.in(g.Subject) && (g.Object.None() || o.in(g.Object)) {
			return true
		}
	}
	return false
}

// amountOK is score.py's amount_ok: with a gold amount, the system amount
// must be within 1.1% of it, and in the gold currency when the gold has one.
func amountOK(g GoldRelation, r model.Relation) bool {
	if g.Amount == nil {
		return true
	}
	if r.Amount == 0 { // absent from the system output
		return false
	}
	ga := numberValue(*g.Amount)
	if math.Abs(r.Amount-ga) > 0.011*math.Abs(ga) {
		return false
	}
	return g.Currency == nil || pyUpper(r.Currency) == *g.Currency
}

// numberValue is a JSON number's value as Python's float of it; an overflow
// is ±Inf.
func numberValue(n json.Number) float64 {
	f, _ := strconv.ParseFloat(string(n), 64)
	return f
}

// pyName prints a system entity name as score.py does: a name absent from
// the JSON (empty, as kg omits it) is None.
func pyName(s string) string {
	if s == "" {
		return "None"
	}
	return s
}
