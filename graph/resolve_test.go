package graph

import (
	"bufio"
	"context"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

const pairsDir = "testdata/pairs"

// truthPair is one line of testdata/pairs/truth.tsv resolved to the ids
// the extractor gave the two names.
type truthPair struct {
	same         bool
	name, nameAR string
	en, ar       string // ids; "" when the extractor missed the name
}

func readTruth(t *testing.T, docs []model.Document) []truthPair {
	t.Helper()
	f, err := os.Open(filepath.Join(pairsDir, "truth.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byName, byNameAR := map[string]string{}, map[string]string{}
	for _, d := range docs {
		for _, e := range d.Entities {
			if d.Article.Lang == "en" && e.Name != "" {
				byName[e.Name] = e.ID
			}
			if d.Article.Lang == "ar" && e.Name == "" && e.NameAR != "" {
				byNameAR[e.NameAR] = e.ID
			}
		}
	}
	var out []truthPair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 3 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		p := truthPair{same: fs[0] == "same", name: fs[1], nameAR: fs[2], en: byName[fs[1]], ar: byNameAR[fs[2]]}
		if p.en == "" || p.ar == "" {
			t.Errorf("the extractor did not find %q (%q) / %q (%q) in the pair articles", p.name, p.en, p.nameAR, p.ar)
		}
		out = append(out, p)
	}
	return out
}

func pairDocs(t *testing.T) []model.Document {
	t.Helper()
	docs := extractFiles(t, pairsDir)
	if len(docs) < 24 {
		t.Fatalf("read %d pair articles, want at least 24", len(docs))
	}
	return docs
}

func resolveAll(t *testing.T, s *Store) ResolveReport {
	t.Helper()
	rep, err := s.ResolveEntities(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// mergedInto maps every merged-away id to its survivor.
func mergedInto(t *testing.T, s *Store) map[string]string {
	t.Helper()
	ms, err := s.Merges(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range ms {
		out[m.From] = m.Survivor
	}
	for _, row := range cypher(t, s, `MATCH (e:Entity) UNWIND coalesce(e.merged_from, []) AS id RETURN id, e.id`, nil) {
		if out[row[0].(string)] != row[1].(string) {
			t.Errorf("merged_from of %v lists %v but its merges record does not", row[1], row[0])
		}
	}
	return out
}

// TestResolvePairs loads the cross-script corpus through the real extractor
// and scores the merges against truth.tsv.
func TestResolvePairs(t *testing.T) {
	s := openTest(t)
	docs := pairDocs(t)
	truth := readTruth(t, docs)
	load(t, s, docs...)
	rep := resolveAll(t, s)
	into := mergedInto(t, s)

	same := map[[2]string]bool{}
	want := 0
	for _, p := range truth {
		if p.same {
			same[[2]string{p.ar, p.en}] = true
			want++
		}
	}
	correct := 0
	for from, to := range into {
		if same[[2]string{from, to}] {
			correct++
		} else {
			t.Errorf("wrong merge: %s into %s", from, to)
		}
	}
	for _, p := range truth {
		merged := into[p.ar] == p.en && p.ar != ""
		switch {
		case p.same && !merged:
			t.Logf("missed: %s / %s (%s into %s)", p.name, p.nameAR, p.ar, p.en)
		case !p.same && merged:
			t.Errorf("decoy merged: %s / %s", p.name, p.nameAR)
		}
	}
	precision := float64(correct) / math.Max(1, float64(len(into)))
	recall := float64(correct) / float64(want)
	t.Logf("merges %d (passes %d, candidates left %d): precision %.3f, recall %.3f on %d true pairs",
		len(into), rep.Passes, rep.Candidates, precision, recall, want)
	if precision < 0.95 || recall < 0.85 {
		t.Errorf("precision %.3f recall %.3f, want >= 0.95 and >= 0.85", precision, recall)
	}
	for _, p := range truth {
		if !p.same || into[p.ar] != p.en {
			continue
		}
		if n := scalar(t, s, `MATCH (e:Entity {id: $id}) RETURN count(e)`, map[string]any{"id": p.ar}); n != int64(0) {
			t.Errorf("%s merged but still a node", p.ar)
		}
		row := cypher(t, s, `MATCH (e:Entity {id: $id}) RETURN e.name, e.name_ar`, map[string]any{"id": p.en})
		if len(row) != 1 || row[0][0] != p.name || row[0][1] != p.nameAR {
			t.Errorf("survivor %s = %v, want name %q and name_ar %q", p.en, row, p.name, p.nameAR)
		}
	}
	t.Logf("deal duplicates after entity resolution: %d", dealDuplicates(t, s))
	for _, r := range cypher(t, s, `MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id, type(r), b.id, r.key, r.sources, r.amounts, r.currencies ORDER BY a.id, type(r), b.id`, nil) {
		t.Logf("%v", r)
	}
}

// dealDuplicates counts relationships beyond one per real deal: those
// between one pair, of one type, with amounts within 10% of each other (or
// without an amount).
func dealDuplicates(t *testing.T, s *Store) int {
	rows := cypher(t, s, `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types
RETURN a.id + '|' + type(r) + '|' + b.id, coalesce(r.amount_usd, 0.0)`, map[string]any{"types": toAny(model.Predicates)})
	groups := map[string][]float64{}
	for _, r := range rows {
		groups[r[0].(string)] = append(groups[r[0].(string)], r[1].(float64))
	}
	dups := 0
	for _, amounts := range groups {
		sort.Float64s(amounts)
		for i := 1; i < len(amounts); i++ {
			if amounts[i-1] == 0 || sameAmount(amounts[i-1], amounts[i]) {
				dups++
			}
		}
	}
	return dups
}

var volatile = []string{"ingested_at", "first_seen", "last_seen"}

// TestResolveOrderIndependent: all articles at once, or one at a time in
// the reverse order with a resolve after each, give the same graph.
func TestResolveOrderIndependent(t *testing.T) {
	s := openTest(t)
	docs := pairDocs(t)
	load(t, s, docs...)
	resolveAll(t, s)
	first := dump(t, s, volatile...)

	reset(t, s)
	for i := len(docs) - 1; i >= 0; i-- {
		load(t, s, docs[i])
		resolveAll(t, s)
	}
	if d := diff(first, dump(t, s, volatile...)); d != "" {
		t.Errorf("another order gave another graph:\n%s", d)
	}
	if rep := resolveAll(t, s); rep.Merged != 0 {
		t.Errorf("a second resolve merged %d more", rep.Merged)
	}
}

// TestSplitRestores: splitting every survivor gives back the graph as it
// was loaded, and the split pairs stay apart.
func TestSplitRestores(t *testing.T) {
	s := openTest(t)
	docs := pairDocs(t)
	load(t, s, docs...)
	before := dump(t, s, volatile...)
	resolveAll(t, s)
	survivors := map[string]bool{}
	for _, to := range mergedInto(t, s) {
		survivors[to] = true
	}
	if len(survivors) == 0 {
		t.Fatal("nothing merged")
	}
	for id := range survivors {
		if _, err := s.Split(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	after := dump(t, s, append(volatile, "no_merge", "caption")...)
	if d := diff(before, after); d != "" {
		t.Errorf("split did not restore the loaded graph:\n%s", d)
	}
	if rep := resolveAll(t, s); rep.Merged != 0 {
		t.Errorf("resolve after split merged %d again", rep.Merged)
	}
	if _, err := s.Split(context.Background(), "no-such-id"); err == nil {
		t.Error("split of an unknown id: no error")
	}
}

// TestReingestLandsOnSurvivor: an edited Arabic article that yields a
// merged-away id again ends on the survivor, with its new claim.
func TestReingestLandsOnSurvivor(t *testing.T) {
	s := openTest(t)
	docs := pairDocs(t)
	load(t, s, docs...)
	resolveAll(t, s)
	into := mergedInto(t, s)
	var ar model.Document
	for _, d := range docs {
		if strings.HasPrefix(d.Article.ID, "p01-sanad-zafir-ar") {
			ar = d
		}
	}
	if ar.Article.ID == "" || len(ar.Relations) == 0 {
		t.Fatal("p01 Arabic article not found")
	}
	ar.Article.ContentHash = "edited"
	ar.Relations[0].Evidence = "edited sentence"
	subj := ar.Relations[0].Subject
	load(t, s, ar)
	rep := resolveAll(t, s)
	if rep.Redirected == 0 {
		t.Errorf("re-ingest: no redirect (%+v)", rep)
	}
	if n := scalar(t, s, `MATCH (e:Entity {id: $id}) RETURN count(e)`, map[string]any{"id": subj}); n != int64(0) {
		t.Errorf("%s is a node again after re-ingest", subj)
	}
	got := scalar(t, s, `MATCH (a:Entity {id: $to})-[r]->() WHERE 'edited sentence' IN r.evidence RETURN count(r)`,
		map[string]any{"to": into[subj]})
	if got != int64(1) {
		t.Errorf("edited claim on survivor %s: %v relationships, want 1", into[subj], got)
	}
}
