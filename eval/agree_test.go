package eval

// The agreement tests run shared/eval/score.py (the official yardstick) and
// this package on the same inputs and require the same counts, per article
// and per group, and the same printed report, byte for byte. They skip when
// ../shared (beside the repository) or python3 is absent.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-news/kg/model"

	"github.com/kg-news/kg/internal/kgenv"
)

// pyScore imports score.py as a module, records score_article's counts for
// each article, and runs its main with --show-errors --json.
const pyScore = `
import contextlib, importlib.util, io, json, sys
path, gold_dir, sys_path, out_path = sys.argv[1:5]
spec = importlib.util.spec_from_file_location("score", path)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
records, totals = [], {}
orig = m.score_article
def wrapped(gold, sysart):
    ent, rel = orig(gold, sysart)
    lang = gold.get("lang", "?")
    records.append({"article": gold["article"], "lang": lang,
                    "entity": [ent["tp"], ent["fp"], ent["fn"]],
                    "relation": [rel["tp"], rel["fp"], rel["fn"]]})
    return ent, rel
m.score_article = wrapped
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    rc = m.main([gold_dir, sys_path, "--show-errors", "--json"])
for r in records:
    for group in ("all", r["lang"]):
        t = totals.setdefault(group, {"articles": 0, "entity": [0, 0, 0], "relation": [0, 0, 0]})
        t["articles"] += 1
        for k in ("entity", "relation"):
            t[k] = [a + b for a, b in zip(t[k], r[k])]
with open(out_path, "w", encoding="utf-8") as f:
    json.dump({"records": records, "totals": totals, "output": buf.getvalue(), "rc": rc}, f)
`

// pyNorm applies score.py's norm to a JSON list of strings.
const pyNorm = `
import importlib.util, json, sys
path, in_path, out_path = sys.argv[1:4]
spec = importlib.util.spec_from_file_location("score", path)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
with open(in_path, encoding="utf-8") as f:
    ins = json.load(f)
with open(out_path, "w", encoding="utf-8") as f:
    json.dump([m.norm(s) for s in ins], f)
`

// pyAssigned lists the code points of the Basic Multilingual Plane that
// Python's Unicode database assigns (its version may be older than Go's).
const pyAssigned = `
import json, sys, unicodedata
cps = [cp for cp in range(0x10000) if not 0xD800 <= cp <= 0xDFFF and unicodedata.category(chr(cp)) != "Cn"]
with open(sys.argv[1], "w") as f:
    json.dump(cps, f)
`

// repoRoot is the folder holding go.mod, found by walking up from the
// test's folder.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test folder")
		}
		dir = parent
	}
}

// scorer returns python3 and the paths of score.py and the dev corpus,
// skipping the test when they are absent.
func scorer(t *testing.T) (python, scorePy, devDir string) {
	t.Helper()
	shared := kgenv.Shared(t)
	scorePy = filepath.Join(shared, "eval", "score.py")
	devDir = filepath.Join(shared, "corpus", "dev")
	if _, err := os.Stat(scorePy); err != nil {
		kgenv.Missing(t, "KG_REQUIRE_SHARED", "score.py not found at %s (../shared beside the repository)", scorePy)
	}
	return kgenv.Python(t), scorePy, devDir
}

func runPython(t *testing.T, python, script string, args ...string) {
	t.Helper()
	cmd := exec.Command(python, append([]string{"-c", script}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// pyResult is what pyScore writes.
type pyResult struct {
	Records []struct {
		Article  string
		Lang     string
		Entity   [3]int
		Relation [3]int
	}
	Totals map[string]struct {
		Articles int
		Entity   [3]int
		Relation [3]int
	}
	Output string
	RC     int
}

func triple(c Counts) [3]int { return [3]int{c.TP, c.FP, c.FN} }

// checkAgreement scores sysPath with score.py and with this package and
// compares counts and printed reports.
func checkAgreement(t *testing.T, python, scorePy, goldDir, sysPath string) Report {
	t.Helper()
	out := filepath.Join(t.TempDir(), "py.json")
	runPython(t, python, pyScore, scorePy, goldDir, sysPath, out)
	var py pyResult
	readJSON(t, out, &py)

	golds, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := LoadSystem(sysPath)
	if err != nil {
		t.Fatal(err)
	}
	rep := Score(golds, docs)

	if py.RC != 0 {
		t.Errorf("score.py returned %d", py.RC)
	}
	if len(py.Records) != len(rep.Articles) {
		t.Fatalf("score.py scored %d articles, Go %d", len(py.Records), len(rep.Articles))
	}
	for i, r := range py.Records {
		a := rep.Articles[i]
		if r.Article != a.Article || r.Lang != a.Lang {
			t.Errorf("article %d: score.py %s (%s), Go %s (%s)", i, r.Article, r.Lang, a.Article, a.Lang)
			continue
		}
		if got := triple(a.Entity); got != r.Entity {
			t.Errorf("%s entity TP/FP/FN: score.py %v, Go %v", a.Article, r.Entity, got)
		}
		if got := triple(a.Relation); got != r.Relation {
			t.Errorf("%s relation TP/FP/FN: score.py %v, Go %v", a.Article, r.Relation, got)
		}
	}
	if len(py.Totals) != len(rep.Groups) {
		t.Errorf("groups: score.py %d, Go %d", len(py.Totals), len(rep.Groups))
	}
	for _, g := range rep.Groups {
		p, ok := py.Totals[g.Group]
		switch {
		case !ok:
			t.Errorf("group %s: not in score.py's totals", g.Group)
		case p.Articles != g.Articles || p.Entity != triple(g.Entity) || p.Relation != triple(g.Relation):
			t.Errorf("group %s: score.py articles=%d entity=%v relation=%v, Go articles=%d entity=%v relation=%v",
				g.Group, p.Articles, p.Entity, p.Relation, g.Articles, triple(g.Entity), triple(g.Relation))
		default:
			t.Logf("group %-3s articles=%d entity TP/FP/FN=%v relation TP/FP/FN=%v (agree)",
				g.Group, g.Articles, triple(g.Entity), triple(g.Relation))
		}
	}
	var buf bytes.Buffer
	rep.Print(&buf, true)
	buf.WriteString(rep.JSON() + "\n")
	if buf.String() != py.Output {
		t.Errorf("printed reports differ:\n%s", lineDiff(py.Output, buf.String()))
	}
	return rep
}

// lineDiff lists the lines that differ between score.py's output and Go's.
func lineDiff(py, golang string) string {
	a, b := strings.Split(py, "\n"), strings.Split(golang, "\n")
	var out []string
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("line %d\n  score.py: %q\n  Go:       %q", i+1, x, y))
		}
		if len(out) == 20 {
			out = append(out, "...")
			break
		}
	}
	return strings.Join(out, "\n")
}

// TestAgreeSynthetic scores system outputs made from the gold itself, with
// deliberate errors, with both scorers.
func TestAgreeSynthetic(t *testing.T) {
	python, scorePy, devDir := scorer(t)
	golds, err := LoadGold(devDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) == 0 {
		kgenv.Missing(t, "KG_REQUIRE_SHARED", "no gold files in %s", devDir)
	}
	keys := make([]string, 0, len(golds))
	for k := range golds {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for seed := uint64(1); seed <= 6; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			p := &perturber{rnd: rand.New(rand.NewPCG(seed, 2024))}
			var docs []model.Document
			for i, k := range keys {
				if seed > 1 && p.chance(0.05) {
					continue // no system output for this article
				}
				docs = append(docs, p.document(golds[k], i))
			}
			// Output for no gold article, and a stale copy of one that a
			// later line replaces.
			docs = append(docs, model.Document{Article: model.Article{ID: "not-in-gold"},
				Entities: []model.Entity{{ID: "x", Type: model.Person, Name: "Nobody"}}})
			if seed%2 == 0 {
				stale := p.document(golds[keys[0]], 0)
				stale.Relations = nil
				docs = append([]model.Document{stale}, docs...)
			}
			sysPath := filepath.Join(t.TempDir(), "sys.jsonl")
			writeJSONL(t, sysPath, docs)
			rep := checkAgreement(t, python, scorePy, devDir, sysPath)
			all, _ := rep.Group("all")
			if all.Entity.TP == 0 || all.Entity.FP == 0 || all.Entity.FN == 0 ||
				all.Relation.TP == 0 || all.Relation.FP == 0 || all.Relation.FN == 0 {
				t.Errorf("the perturbations should give TPs, FPs and FNs: %+v", all)
			}
		})
	}
}

// TestAgreePerfect scores the gold against itself: both scorers must give
// recall 1 for every scored relation and entity.
func TestAgreePerfect(t *testing.T) {
	python, scorePy, devDir := scorer(t)
	golds, err := LoadGold(devDir)
	if err != nil {
		t.Fatal(err)
	}
	var docs []model.Document
	for _, g := range golds {
		docs = append(docs, exactDocument(g))
	}
	sysPath := filepath.Join(t.TempDir(), "sys.jsonl")
	writeJSONL(t, sysPath, docs)
	rep := checkAgreement(t, python, scorePy, devDir, sysPath)
	all, _ := rep.Group("all")
	if all.Entity.FN != 0 || all.Relation.FN != 0 || all.Entity.FP != 0 || all.Relation.FP != 0 {
		t.Errorf("gold scored against itself: %+v", all)
	}
}

// TestAgreeNorm compares Norm with score.py's norm on every gold name, on
// variants of them, and on every assigned character of the Basic
// Multilingual Plane alone and in contexts (final sigma, a leading "the").
func TestAgreeNorm(t *testing.T) {
	python, scorePy, devDir := scorer(t)
	golds, err := LoadGold(devDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	runPython(t, python, pyAssigned, filepath.Join(dir, "cps.json"))
	var cps []rune
	readJSON(t, filepath.Join(dir, "cps.json"), &cps)

	var ins []string
	p := &perturber{rnd: rand.New(rand.NewPCG(7, 7))}
	for _, g := range golds {
		for _, e := range g.Entities {
			for _, n := range e.Names {
				ins = append(ins, n, p.variant(n), p.variant(n), "The "+n+".", "ال "+n)
			}
		}
	}
	for _, r := range cps {
		c := string(r)
		ins = append(ins, c, "A"+c+"Σ", "AΣ"+c+"b", "the"+c+"x", c+" ال x"+c)
	}
	writeFile(t, filepath.Join(dir, "in.json"), mustJSON(t, ins))
	runPython(t, python, pyNorm, scorePy, filepath.Join(dir, "in.json"), filepath.Join(dir, "out.json"))
	var want []string
	readJSON(t, filepath.Join(dir, "out.json"), &want)
	if len(want) != len(ins) {
		t.Fatalf("score.py normalised %d strings of %d", len(want), len(ins))
	}
	bad := 0
	for i, s := range ins {
		if got := Norm(s); got != want[i] {
			bad++
			if bad <= 20 {
				t.Errorf("Norm(%q) = %q, score.py %q", s, got, want[i])
			}
		}
	}
	t.Logf("%d strings compared, %d differ", len(ins), bad)
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeJSONL(t *testing.T, path string, docs []model.Document) {
	t.Helper()
	var buf bytes.Buffer
	for _, d := range docs {
		buf.Write(mustJSON(t, d))
		buf.WriteByte('\n')
	}
	writeFile(t, path, buf.Bytes())
}

// exactDocument is the gold read back as system output.
func exactDocument(g Gold) model.Document {
	d := model.Document{Article: model.Article{ID: g.Article, Lang: g.Lang}}
	for _, e := range g.Entities {
		me := model.Entity{ID: "s-" + e.Key, Type: e.Type}
		if len(e.Names) > 0 {
			me.Name, me.Mentions = e.Names[0], e.Names[1:]
		}
		d.Entities = append(d.Entities, me)
	}
	for _, r := range g.Relations {
		if len(r.Subject.Keys) == 0 || len(r.Object.Keys) == 0 {
			continue
		}
		mr := model.Relation{Subject: "s-" + r.Subject.Keys[0], Predicate: r.Predicate, Object: "s-" + r.Object.Keys[0]}
		if r.Amount != nil {
			mr.Amount = numberValue(*r.Amount)
		}
		if r.Currency != nil {
			mr.Currency = *r.Currency
		}
		d.Relations = append(d.Relations, mr)
	}
	return d
}

// perturber makes system output from gold with deliberate errors.
type perturber struct {
	rnd *rand.Rand
}

func (p *perturber) chance(f float64) bool { return p.rnd.Float64() < f }

func (p *perturber) pick(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[p.rnd.IntN(len(list))]
}

// variant rewrites a name the ways news text and extractors do: Arabic
// letter variants and diacritics, tatweel, case, punctuation, a leading
// article, and (rarely) a real misspelling that must not match.
func (p *perturber) variant(name string) string {
	rs := []rune(name)
	for i, r := range rs {
		if !p.chance(0.3) {
			continue
		}
		switch r {
		case 'ا':
			rs[i] = []rune("أإآٱ")[p.rnd.IntN(4)]
		case 'ي':
			rs[i] = []rune("ىئ")[p.rnd.IntN(2)]
		case 'ه':
			rs[i] = 'ة'
		case 'و':
			rs[i] = 'ؤ'
		case 'ك':
			if p.chance(0.2) {
				rs[i] = 'ق' // a different letter: no longer the same name
			}
		}
	}
	var b strings.Builder
	for _, r := range rs {
		b.WriteRune(r)
		if r >= 0x0621 && r <= 0x064A && p.chance(0.15) {
			b.WriteRune([]rune{0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x064B, 0x0640, 0x0670}[p.rnd.IntN(8)])
		}
	}
	s := b.String()
	switch p.rnd.IntN(12) {
	case 0:
		s = strings.ToUpper(s)
	case 1:
		s = "The " + s
	case 2:
		s = "«" + s + "»"
	case 3:
		s = s + "،"
	case 4:
		s = "  " + strings.ReplaceAll(s, " ", "\u00a0 ") + "."
	case 5:
		if utf8.RuneCountInString(s) > 3 {
			s = string([]rune(s)[1:]) // truncated: should not match
		}
	case 6:
		s = "ال" + s
	}
	return s
}

var fakeNames = []string{"John Smith", "جون سميث", "Acme Holdings", "شركة النور", "Global Ventures", "هيئة تلال"}

// document is gold article g as an imperfect system would print it.
func (p *perturber) document(g Gold, i int) model.Document {
	d := model.Document{Article: model.Article{ID: g.Article, Lang: g.Lang}}
	if i%3 == 1 {
		// Paired by the file name stem of the source instead of the id.
		d.Article = model.Article{Source: "corpus/dev/" + g.Article + "." + g.Lang + ".txt"}
	}
	ids := map[string]string{}
	var allIDs []string
	for _, e := range g.Entities {
		id := "s-" + e.Key
		ids[e.Key] = id
		allIDs = append(allIDs, id)
		if p.chance(0.15) {
			continue // missed entity
		}
		me := model.Entity{ID: id, Type: e.Type}
		switch x := p.rnd.Float64(); {
		case x < 0.08:
			me.Type = []string{model.Person, model.Company, model.Organization, "Place", "Product"}[p.rnd.IntN(5)]
		case x < 0.1:
			me.Type = ""
		}
		if len(e.Names) > 0 {
			me.Name = p.variant(p.pick(e.Names))
			if p.chance(0.3) {
				me.NameAR = p.variant(p.pick(e.Names))
			}
			for n := p.rnd.IntN(3); n > 0; n-- {
				me.Mentions = append(me.Mentions, p.variant(p.pick(e.Names)))
			}
			if p.chance(0.1) {
				me.Aliases = []string{p.pick(e.Names)}
			}
		}
		if p.chance(0.05) {
			me.Name = "" // printed as None when extra
		}
		d.Entities = append(d.Entities, me)
		if p.chance(0.05) { // the same id again: the later entity wins
			dup := me
			dup.Name = p.pick(fakeNames)
			dup.Mentions = nil
			d.Entities = append(d.Entities, dup)
		}
	}
	for n := p.rnd.IntN(4); n > 0; n-- {
		id := fmt.Sprintf("fake-%d", n)
		allIDs = append(allIDs, id)
		d.Entities = append(d.Entities, model.Entity{ID: id,
			Type: []string{model.Person, model.Company, model.Organization, "Place"}[p.rnd.IntN(4)],
			Name: p.pick(fakeNames)})
	}

	ref := func(k Keys) string {
		if len(k.Keys) == 0 || p.chance(0.03) {
			return p.pick(allIDs)
		}
		key := k.Keys[p.rnd.IntN(len(k.Keys))]
		if id, ok := ids[key]; ok {
			return id
		}
		return "s-" + key
	}
	emit := func(r GoldRelation) {
		mr := model.Relation{Subject: ref(r.Subject), Predicate: r.Predicate, Object: ref(r.Object), Status: r.Status}
		if r.Amount != nil {
			a := numberValue(*r.Amount)
			switch x := p.rnd.Float64(); {
			case x < 0.4:
				mr.Amount = a
			case x < 0.55:
				mr.Amount = a * 1.005 // within 1.1%
			case x < 0.65:
				mr.Amount = a * 0.995
			case x < 0.75:
				mr.Amount = a * 1.05 // too far
			case x < 0.8:
				mr.Amount = a * 0.95
			case x < 0.85:
				mr.Amount = a * 1.011 // at the edge
			}
		} else if p.chance(0.2) {
			mr.Amount = float64(p.rnd.IntN(5000)) * 1e6 // an amount the gold lacks
		}
		switch {
		case r.Currency != nil && p.chance(0.8):
			mr.Currency = *r.Currency
			if p.chance(0.2) {
				mr.Currency = strings.ToLower(mr.Currency)
			}
		case p.chance(0.5):
			mr.Currency = p.pick([]string{"USD", "EUR", "SAR", "AED"})
		}
		d.Relations = append(d.Relations, mr)
		if p.chance(0.15) { // the same claim again, maybe rounded
			dup := mr
			if p.chance(0.5) && dup.Amount != 0 {
				dup.Amount *= 1.003
			}
			d.Relations = append(d.Relations, dup)
		}
	}
	for _, r := range g.Relations {
		if p.chance(0.2) {
			continue // missed relation
		}
		if p.chance(0.1) {
			r.Predicate = p.pick(model.Predicates) // wrong predicate
		}
		if p.chance(0.05) {
			r.Subject, r.Object = r.Object, r.Subject // reversed
		}
		emit(r)
	}
	for _, r := range g.Optional {
		if p.chance(0.5) {
			emit(r) // neither rewarded nor penalised when scored
		}
	}
	for n := p.rnd.IntN(4); n > 0; n-- { // invented relations
		d.Relations = append(d.Relations, model.Relation{
			Subject:   p.pick(allIDs),
			Predicate: p.pick(append([]string{"VALUED_AT", "OWNS"}, model.Predicates...)),
			Object:    p.pick(allIDs),
			Amount:    float64(p.rnd.IntN(3)) * 1.5e9,
			Currency:  "USD",
		})
	}
	if p.chance(0.1) {
		d.Relations = append(d.Relations, model.Relation{Subject: "nobody", Predicate: model.BidFor, Object: "nothing", Amount: 123.5})
	}
	return d
}
