package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/kg-news/kg/model"
)

// doc is one document checked and normalised for loading: entities deduped
// and whitelisted, relations whitelisted, pointing at the document's own
// entities and deduped by key.
type doc struct {
	article   model.Article
	entities  []model.Entity // sorted by id
	relations []model.Relation
	hash      string // fingerprint of everything loaded from this document

	skippedEntities  int
	skippedRelations int
}

// weight is the number of rows the document adds to its largest UNWIND, the
// measure batches are cut by.
func (d doc) weight() int {
	return max(1, len(d.entities), len(d.relations))
}

// prepare checks and normalises one document. A document whose article has
// no id is an error; entities and relations that cannot be loaded (a type or
// predicate outside the whitelist, a relation naming an entity the document
// does not carry) are dropped and counted, since one odd claim should not
// stop a whole feed.
func prepare(in model.Document) (doc, error) {
	d := doc{article: in.Article}
	d.article.ID = strings.TrimSpace(d.article.ID)
	if d.article.ID == "" {
		return doc{}, fmt.Errorf("article %q (%s): no id", in.Article.Title, in.Article.URL)
	}

	byID := map[string]int{}
	for _, e := range in.Entities {
		e.ID = strings.TrimSpace(e.ID)
		if e.ID == "" || !model.ValidType(e.Type) {
			d.skippedEntities++
			continue
		}
		names := entityNames(e)
		if i, ok := byID[e.ID]; ok {
			// The same entity twice in one document: one node, the first
			// type and names win, all names are kept as aliases.
			prev := &d.entities[i]
			prev.Name = firstNonEmpty(prev.Name, strings.TrimSpace(e.Name))
			prev.NameAR = firstNonEmpty(prev.NameAR, strings.TrimSpace(e.NameAR))
			prev.Aliases = unionSorted(prev.Aliases, names)
			continue
		}
		byID[e.ID] = len(d.entities)
		d.entities = append(d.entities, model.Entity{
			ID:      e.ID,
			Type:    e.Type,
			Name:    strings.TrimSpace(e.Name),
			NameAR:  strings.TrimSpace(e.NameAR),
			Aliases: names,
		})
	}
	sort.Slice(d.entities, func(i, j int) bool { return d.entities[i].ID < d.entities[j].ID })

	byKey := map[string]int{}
	for _, r := range in.Relations {
		_, subj := byID[r.Subject]
		_, obj := byID[r.Object]
		if !model.ValidPredicate(r.Predicate) || !subj || !obj {
			d.skippedRelations++
			continue
		}
		r.Evidence = strings.TrimSpace(r.Evidence)
		k := r.Key()
		if i, ok := byKey[k]; ok {
			// One article states the same deal twice: keep the claim it
			// is surest of, so the article contributes one source entry.
			if r.Confidence > d.relations[i].Confidence {
				d.relations[i] = r
			}
			continue
		}
		byKey[k] = len(d.relations)
		d.relations = append(d.relations, r)
	}
	sort.Slice(d.relations, func(i, j int) bool { return d.relations[i].Key() < d.relations[j].Key() })

	d.hash = fingerprint(d)
	return d, nil
}

// entityNames is the sorted, deduplicated set of every name an entity was
// seen under in one document.
func entityNames(e model.Entity) []string {
	all := make([]string, 0, 2+len(e.Aliases)+len(e.Mentions))
	all = append(all, e.Name, e.NameAR)
	all = append(all, e.Aliases...)
	all = append(all, e.Mentions...)
	return unionSorted(nil, all)
}

// unionSorted merges b into a, trimming and dropping empty strings, and
// returns the sorted set; sorting keeps re-loads byte-for-byte stable.
func unionSorted(a, b []string) []string {
	set := make(map[string]struct{}, len(a)+len(b))
	for _, s := range append(append([]string(nil), a...), b...) {
		if s = strings.TrimSpace(s); s != "" {
			set[s] = struct{}{}
		}
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// fingerprint hashes what loading a document writes. The skip test compares
// it rather than content_hash alone: the same text read by a newer extractor
// (a bigger lexicon, a new cue) yields new claims, and those must replace the
// old ones instead of being skipped.
func fingerprint(d doc) string {
	b, err := json.Marshal(model.Document{Article: d.article, Entities: d.entities, Relations: d.relations})
	if err != nil {
		// model.Document holds only strings, numbers and a time; it cannot
		// fail to marshal, but an empty hash simply means "never skip".
		return ""
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// batches cuts documents into groups whose weight stays within size; one
// group is one transaction, so an article's old claims are withdrawn and its
// new ones written atomically. A document heavier than size is a group alone.
func batches(docs []doc, size int) [][]doc {
	if size < 1 {
		size = 1
	}
	var out [][]doc
	var cur []doc
	w := 0
	for _, d := range docs {
		if len(cur) > 0 && w+d.weight() > size {
			out = append(out, cur)
			cur, w = nil, 0
		}
		cur = append(cur, d)
		w += d.weight()
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// rows are the UNWIND parameters of one transaction, and the claims it
// brings, by triple.
type rows struct {
	articles []map[string]any // with the ids of the entities each mentions
	entities []map[string]any // one per entity, with its type
	aliases  map[string][]string
	claims   map[triple][]claim
	mentionN int
}

// buildRows turns a group of documents into the rows of each statement. An
// entity appearing in several documents of the group becomes one row, so
// that no statement touches the same node from two rows.
func buildRows(docs []doc) rows {
	r := rows{aliases: map[string][]string{}, claims: map[triple][]claim{}}
	ents := map[string]*model.Entity{}
	for _, d := range docs {
		a := d.article
		row := articleRow(d)
		ids := make([]string, 0, len(d.entities))
		for _, e := range d.entities {
			ids = append(ids, e.ID)
			mergeEntity(ents, e)
		}
		row["entities"] = ids
		r.mentionN += len(ids)
		r.articles = append(r.articles, row)
		for _, rel := range d.relations {
			t := triple{rel.Subject, rel.Predicate, rel.Object}
			r.claims[t] = append(r.claims[t], claimOf(a.ID, a.PublishedAt, rel))
		}
	}
	ids := make([]string, 0, len(ents))
	for id := range ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := ents[id]
		r.aliases[id] = e.Aliases
		r.entities = append(r.entities, map[string]any{
			"id":      e.ID,
			"type":    e.Type,
			"name":    nullIfEmpty(e.Name),
			"name_ar": nullIfEmpty(e.NameAR),
			"aliases": e.Aliases,
		})
	}
	return r
}

// mergeEntity adds e to ents: the first type and names seen win, all names
// are kept as aliases.
func mergeEntity(ents map[string]*model.Entity, e model.Entity) {
	if prev, ok := ents[e.ID]; ok {
		prev.Name = firstNonEmpty(prev.Name, e.Name)
		prev.NameAR = firstNonEmpty(prev.NameAR, e.NameAR)
		prev.Aliases = unionSorted(prev.Aliases, e.Aliases)
		return
	}
	ents[e.ID] = &e
}

// articleRow is the properties of a document's Article node.
func articleRow(d doc) map[string]any {
	a := d.article
	row := map[string]any{
		"id":           a.ID,
		"url":          nullIfEmpty(model.WebURL(a.URL)), // never a javascript: link,
		"source":       nullIfEmpty(a.Source),
		"title":        nullIfEmpty(a.Title),
		"lang":         nullIfEmpty(a.Lang),
		"published_at": nil,
		"content_hash": nullIfEmpty(a.ContentHash),
		"doc_hash":     nullIfEmpty(d.hash),
	}
	if !a.PublishedAt.IsZero() {
		// UTC, because a time parsed from "+03:00" carries a zone
		// with no name, which Bolt would send as an invalid zone id.
		row["published_at"] = a.PublishedAt.UTC()
	}
	return row
}

// nullIfEmpty maps "" to nil: a nil parameter removes a property on SET and
// leaves it out of coalesce, so an empty field never overwrites a value.
func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullIfZero(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}
