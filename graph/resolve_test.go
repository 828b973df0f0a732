package graph

import (
	"bufio"
	"context"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
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
	byName, byNameAR := nameIDs(docs)
	var out []truthPair
	for _, fs := range readTSV(t, "truth.tsv", 3) {
		p := truthPair{same: fs[0] == "same", name: fs[1], nameAR: fs[2], en: byName[fs[1]], ar: byNameAR[fs[2]]}
		if p.en == "" || p.ar == "" {
			t.Errorf("the extractor did not find %q (%q) / %q (%q) in the pair articles", p.name, p.en, p.nameAR, p.ar)
		}
		out = append(out, p)
	}
	return out
}

// nameIDs maps the names the extractor read to the ids it gave them: the
// English names of English articles, the Arabic names of Arabic-only
// entities in Arabic ones.
func nameIDs(docs []model.Document) (byName, byNameAR map[string]string) {
	byName, byNameAR = map[string]string{}, map[string]string{}
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
	return byName, byNameAR
}

// readTSV reads the lines of a file in testdata/pairs with n fields, bar
// comments.
func readTSV(t *testing.T, name string, n int) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(pairsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fs := strings.Split(sc.Text(), "\t"); len(fs) == n && !strings.HasPrefix(fs[0], "#") {
			out = append(out, fs)
		}
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
	dups := dealDuplicates(t, s)
	t.Logf("deal duplicates after entity resolution: %d", dups)
	if dups != 0 {
		t.Errorf("%d deal duplicates after entity resolution, want 0", dups)
	}
	checkRealDeals(t, s, docs)

	// The deals are exactly those of loading the articles onto one node
	// per real entity: every source's own figure on the one deal.
	merged := dealDump(t, s)
	reset(t, s)
	load(t, s, onOneNode(docs, truth, "")...)
	if d := diff(dealDump(t, s), merged); d != "" {
		t.Errorf("merged deals differ from a load onto one node per entity (- one node, + merged):\n%s", d)
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

// checkRealDeals: every money deal of deals.tsv is exactly one
// relationship (two tranches two), decoys' deals on their own nodes.
func checkRealDeals(t *testing.T, s *Store, docs []model.Document) {
	t.Helper()
	byName, byNameAR := nameIDs(docs)
	id := func(name string) string { return firstNonEmpty(byName[name], byNameAR[name]) }
	lines := readTSV(t, "deals.tsv", 4)
	if len(lines) < 12 {
		t.Fatalf("deals.tsv: %d deals", len(lines))
	}
	for _, fs := range lines {
		usd, err := strconv.ParseFloat(fs[3], 64)
		if err != nil {
			t.Fatal(err)
		}
		rows := cypher(t, s, `MATCH (a:Entity {id: $s})-[r]->(b:Entity {id: $o}) WHERE type(r) = $p RETURN r.amount_usd, r.sources`,
			map[string]any{"s": id(fs[0]), "p": fs[1], "o": id(fs[2])})
		var match [][]any
		for _, r := range rows {
			if got, _ := r[0].(float64); sameAmount(got, usd) {
				match = append(match, r)
			}
		}
		if len(match) != 1 {
			t.Errorf("%s %s %s $%s: %d relationships %v, want one", fs[0], fs[1], fs[2], fs[3], len(match), rows)
		}
	}
}

// dealDump is every relationship between entities with its properties,
// bar when it was seen.
func dealDump(t *testing.T, s *Store) []string {
	var out []string
	for _, line := range dump(t, s, volatile...) {
		if strings.HasPrefix(line, "[\"") && !strings.Contains(line, `"MENTIONS"`) {
			out = append(out, line)
		}
	}
	return out
}

// onOneNode rewrites the documents as if the extractor had given each
// Arabic name of a true pair (but keep's) its English id.
func onOneNode(docs []model.Document, truth []truthPair, keep string) []model.Document {
	to := map[string]string{}
	for _, p := range truth {
		if p.same && p.ar != keep {
			to[p.ar] = p.en
		}
	}
	id := func(x string) string { return firstNonEmpty(to[x], x) }
	out := make([]model.Document, len(docs))
	for i, d := range docs {
		d.Entities = append([]model.Entity(nil), d.Entities...)
		for j := range d.Entities {
			d.Entities[j].ID = id(d.Entities[j].ID)
		}
		d.Relations = append([]model.Relation(nil), d.Relations...)
		for j := range d.Relations {
			d.Relations[j].Subject, d.Relations[j].Object = id(d.Relations[j].Subject), id(d.Relations[j].Object)
		}
		out[i] = d
	}
	return out
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
	// Deals the merges joined: one relationship, sources in both scripts.
	joined := scalar(t, s, `MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types
  AND any(x IN r.sources WHERE x ENDS WITH '.ar.txt') AND any(x IN r.sources WHERE x ENDS WITH '.en.txt')
RETURN count(r)`, map[string]any{"types": toAny(model.Predicates)})
	if n, _ := joined.(int64); n < 12 {
		t.Fatalf("%v deals with sources in both scripts after the merges, want at least 12", joined)
	}

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

// TestSplitRestores: splitting one merged id gives the deals of a load
// with that entity kept apart; splitting every survivor gives back the
// graph as it was loaded, and the split pairs stay apart.
func TestSplitRestores(t *testing.T) {
	s := openTest(t)
	docs := pairDocs(t)
	truth := readTruth(t, docs)
	load(t, s, onOneNode(docs, truth, truth[0].ar)...)
	apart := dealDump(t, s)
	reset(t, s)
	load(t, s, docs...)
	before := dump(t, s, volatile...)
	loaded := len(dealDump(t, s))
	resolveAll(t, s)
	if n := len(dealDump(t, s)); n >= loaded {
		t.Fatalf("the merges joined no deals: %d relationships, %d loaded", n, loaded)
	}
	survivors := map[string]bool{}
	for _, to := range mergedInto(t, s) {
		survivors[to] = true
	}
	if len(survivors) == 0 {
		t.Fatal("nothing merged")
	}
	if _, err := s.Split(context.Background(), truth[0].ar); err != nil {
		t.Fatal(err)
	}
	if d := diff(apart, dealDump(t, s)); d != "" {
		t.Errorf("split of %s: deals differ from a load with it apart (- apart, + split):\n%s", truth[0].ar, d)
	}
	for id := range survivors {
		if _, err := s.Split(context.Background(), id); err != nil && id != truth[0].en {
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
