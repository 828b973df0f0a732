// Command kg-train-relscore trains the extractor's relation scorer
// (extract/relscore) on the candidates the rules propose for the real
// corpus (texts in $KG_REAL_TEXTS, gold beside ../shared/corpus/real) and
// the written dev set, and reports a three-fold evaluation: train on two
// real slices (+ dev), choose the threshold by an inner fold over those
// two, score the third. It writes weights trained on slices A and B (+ dev)
// only, so slice C stays a clean held-out check.
//
//	go run ./cmd/kg-train-relscore -out extract/relscore/weights.tsv
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-news/kg/eval"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/extract/relscore"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

// item is one article's candidates and their labels.
type item struct {
	slice string // A, B, C, a real set's name, or dev
	doc   model.Document
	cands []extract.Candidate
	label []int
}

var (
	only  string
	fixed float64
	off   string
)

// keepFeat applies -only.
func keepFeat(fs []string) []string {
	if only == "" {
		return fs
	}
	var out []string
	for _, f := range fs {
		for _, p := range strings.Split(only, ",") {
			if strings.HasPrefix(f, p) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

var opts = relscore.TrainOptions{Epochs: 30, Rate: 0.05, L2: 0.01}

func main() {
	home, _ := os.UserHomeDir()
	texts := flag.String("texts", envOr("KG_REAL_TEXTS", filepath.Join(home, ".cache/kg-real")), "real corpus texts (NNN.txt)")
	real := flag.String("real", "../shared/corpus/real", "real corpus gold")
	dev := flag.String("dev", "../shared/corpus/dev", "written dev corpus (texts and gold)")
	useDev := flag.Bool("use-dev", true, "train on the dev corpus too")
	extra := flag.String("extra", "", "comma-separated folders of invented stories (texts and gold, as dev) to train on as well")
	out := flag.String("out", "", "write the weights trained on the -train slices here")
	fireDev := flag.String("fire", "", "also train on FIRE's sentences in this file (fire_dev.json), on their ACQUIRED and CEO_OF candidates, the predicates FIRE labels")
	fireTest := flag.String("fire-test", "", "report the scorer on FIRE's held-out sentences in this file (fire_test.json); never trained on")
	sets := flag.String("sets", "realm,realm2,realm3,realm4,realm5,realm6,realm7,realm8", "real sets of extract/testdata to load, each a slice of its own name (texts in -set-texts/kg-NAME)")
	setGold := flag.String("set-gold", "extract/testdata", "folder of the real sets' gold")
	setTexts := flag.String("set-texts", filepath.Join(home, ".cache"), "folder of the real sets' texts (kg-NAME/NNN.txt)")
	train := flag.String("train", "A,B,realm,realm3,realm4,realm5,realm6,realm8", "slices to train on (dev is added when loaded)")
	test := flag.String("test", "C,realm2,realm7", "held-out slices: scored by the scorer of all training slices, never trained on")
	flag.IntVar(&opts.Epochs, "epochs", opts.Epochs, "SGD epochs")
	flag.Float64Var(&opts.Rate, "rate", opts.Rate, "SGD learning rate")
	flag.Float64Var(&opts.L2, "l2", opts.L2, "L2 penalty")
	flag.StringVar(&only, "only", "", "train on features with one of these comma-separated prefixes only (ablation)")
	flag.Float64Var(&fixed, "threshold", -1, "use this threshold instead of the inner fold's choice")
	flag.StringVar(&off, "off", "", "comma-separated languages whose threshold is 0 (the scorer keeps every candidate): those the held-out slices showed no gain for")
	flag.Parse()

	x, err := extract.New(extract.Options{NoRelScore: true})
	if err != nil {
		log.Fatal(err)
	}
	golds := map[string]eval.Gold{}
	dirs := []string{*dev}
	if *extra != "" {
		dirs = append(dirs, strings.Split(*extra, ",")...)
	}
	items, err := load(x, *texts, *real, dirs, golds)
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range split(*sets) {
		si, err := loadSet(x, filepath.Join(*setGold, name), filepath.Join(*setTexts, "kg-"+name), name, golds)
		if err != nil {
			log.Fatal(err)
		}
		items = append(items, si...)
	}
	if !*useDev {
		items = drop(items, "dev")
	}
	var fireTrain []string // FIRE dev in two halves, so that the inner fold can hold each out
	for slice, path := range map[string]string{"fire": *fireDev, "firetest": *fireTest} {
		if path == "" {
			continue
		}
		fi, err := loadFIRE(x, path, slice, golds)
		if err != nil {
			log.Fatal(err)
		}
		if slice == "fire" {
			fireTrain = []string{"fire0", "fire1"}
		}
		items = append(items, fi...)
	}
	trainSlices, testSlices := split(*train), split(*test)
	var pos, all int
	for _, e := range examples(items, trainSlices) {
		all++
		if e.Right {
			pos++
		}
	}
	log.Printf("%d training examples, %d right", all, pos)
	fmt.Printf("%-8s %-4s %-22s %-22s %s\n", "heldout", "lang", "rules P/R/F1", "rules+scorer P/R/F1", "threshold")
	report := func(kind string, slices []string, model func(string) *relscore.Model) {
		var sums [2][2]float64
		for _, test := range slices {
			m := model(test)
			for i, lang := range []string{"ar", "en"} {
				base := evaluate(items, golds, test, nil, lang)
				with := evaluate(items, golds, test, m, lang)
				fmt.Printf("%-8s %-4s %-22s %-22s %.2f\n", test, lang, prf(base), prf(with), m.ByLang[lang])
				_, _, fb := base.PRF()
				_, _, fw := with.PRF()
				sums[i] = [2]float64{sums[i][0] + fb, sums[i][1] + fw}
			}
		}
		for i, lang := range []string{"ar", "en"} {
			n := float64(len(slices))
			fmt.Printf("mean %s relation F1 over %s: rules %.3f, rules+scorer %.3f\n", lang, kind, sums[i][0]/n, sums[i][1]/n)
		}
	}
	// Leave one training slice out in turn: the scorer of the rest, its
	// threshold chosen by an inner fold over the rest, on the slice left out.
	report("the left-out training slices", trainSlices, func(h string) *relscore.Model {
		return fit(items, append(without(trainSlices, h), fireTrain...))
	})
	final := fit(items, append(trainSlices, fireTrain...))
	if len(testSlices) > 0 {
		report("the held-out slices", testSlices, func(string) *relscore.Model { return final })
	}
	if *fireTest != "" {
		fmt.Printf("%-8s %-4s %-22s %-22s %.2f\n", "FIRE", "en", prf(evaluate(items, golds, "firetest", nil, "en")),
			prf(evaluate(items, golds, "firetest", final, "en")), final.ByLang["en"])
	}
	if *out != "" {
		hdr := fmt.Sprintf("relation scorer weights: logistic regression on rule candidates of %s%s\n"+
			"(%d epochs, rate %g, L2 %g); threshold by inner fold over those slices. Rebuild: make train-relscore",
			strings.Join(trainSlices, "+"), map[bool]string{true: " + dev", false: ""}[*useDev], opts.Epochs, opts.Rate, opts.L2)
		if err := os.WriteFile(*out, []byte(final.Format(hdr)), 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("wrote %s (%d weights, thresholds %v)\n", *out, len(final.W), final.ByLang)
	}
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func without(ss []string, drop string) []string {
	var out []string
	for _, s := range ss {
		if s != drop {
			out = append(out, s)
		}
	}
	return out
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func drop(items []item, slice string) []item {
	var out []item
	for _, it := range items {
		if it.slice != slice {
			out = append(out, it)
		}
	}
	return out
}

// fit trains on the given real slices (+ dev when loaded) and picks the
// threshold that maximises the mean of ar and en relation F1 over an inner
// fold: each training slice held out in turn from a model of the rest.
func fit(items []item, slices []string) *relscore.Model {
	m := relscore.Train(examples(items, slices), opts)
	grid := []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}
	for _, lang := range []string{"ar", "en"} {
		sum := make([]float64, len(grid))
		for _, h := range slices {
			var rest []string
			for _, s := range slices {
				if s != h {
					rest = append(rest, s)
				}
			}
			inner := relscore.Train(examples(items, rest), opts)
			for i, t := range grid {
				inner.Threshold = t
				_, _, f := evaluate(items, nil, h, inner, lang).PRF()
				sum[i] += f
			}
		}
		best := 0
		for i := range grid {
			if sum[i] > sum[best]+1e-9 {
				best = i
			}
		}
		m.ByLang[lang] = grid[best]
		if fixed >= 0 {
			m.ByLang[lang] = fixed
		}
		for _, l := range strings.Split(off, ",") {
			if l == lang {
				m.ByLang[lang] = 0
			}
		}
	}
	m.Threshold = 0
	return m
}

// examples are the labelled, resolvable candidates of the given slices and
// of dev; optional and unscored ones teach nothing and are left out.
func examples(items []item, slices []string) []relscore.Example {
	want := map[string]bool{"dev": true}
	for _, s := range slices {
		want[s] = true
	}
	var ex []relscore.Example
	for _, it := range items {
		if !want[it.slice] {
			continue
		}
		for i, c := range it.cands {
			if c.OK && it.label[i] != eval.LabelOptional && (!strings.HasPrefix(it.slice, "fire") || firePredicates[c.Rel.Predicate]) {
				ex = append(ex, relscore.Example{Feats: keepFeat(c.Feats), Right: it.label[i] == eval.LabelRight})
			}
		}
	}
	return ex
}

// evaluate scores one slice's articles of one language as score.py would,
// keeping the candidates m keeps (all of them when m is nil).
func evaluate(items []item, golds map[string]eval.Gold, slice string, m *relscore.Model, lang string) eval.Counts {
	g := map[string]eval.Gold{}
	var docs []model.Document
	for _, it := range items {
		if it.slice != slice || it.doc.Article.Lang != lang {
			continue
		}
		d := it.doc
		d.Relations = nil
		for _, c := range it.cands {
			if c.OK && (m == nil || m.Keep(lang, c.Feats)) {
				d.Relations = append(d.Relations, c.Rel)
			}
		}
		d.Relations = extract.FinishRelations(d.Relations)
		docs = append(docs, d)
		g[eval.ArticleKey(d.Article)] = goldOf[eval.ArticleKey(d.Article)]
	}
	rep := eval.Score(g, docs)
	gs, _ := rep.Group("all")
	return gs.Relation
}

var goldOf = map[string]eval.Gold{}

func prf(c eval.Counts) string {
	p, r, f := c.PRF()
	return fmt.Sprintf("%.3f/%.3f/%.3f", p, r, f)
}

// load reads every real text that has gold (rebuilt into NNN.LANG.txt as
// the corpus's inputs.sh does), slices by id, and the written folders dev
// (each loaded as the training-only slice "dev"), and labels the candidates.
func load(x *extract.Extractor, texts, real string, dev []string, golds map[string]eval.Gold) ([]item, error) {
	items, err := loadTexts(x, real, texts, sliceOf, golds)
	if err != nil {
		return nil, err
	}
	onErr := func(p string, err error) { log.Printf("skip %s: %v", p, err) }
	for _, dir := range dev {
		dg, err := eval.LoadGold(dir)
		if err != nil {
			return nil, err
		}
		devPaths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err := source.Walk(devPaths, nil, func(a model.Article) error {
			items = appendLabelled(items, x, a, dg, "dev", golds)
			return nil
		}, onErr); err != nil {
			return nil, err
		}
	}
	log.Printf("%d articles", len(items))
	return items, nil
}

// loadSet reads one real set of extract/testdata (gold in goldDir, texts
// as NNN.txt in texts) as the slice name.
func loadSet(x *extract.Extractor, goldDir, texts, name string, golds map[string]eval.Gold) ([]item, error) {
	items, err := loadTexts(x, goldDir, texts, func(string) string { return name }, golds)
	log.Printf("%s: %d articles", name, len(items))
	return items, err
}

// loadTexts labels the candidates of every text in texts that has gold in
// goldDir; slice names each article's slice by its key.
func loadTexts(x *extract.Extractor, goldDir, texts string, slice func(string) string, golds map[string]eval.Gold) ([]item, error) {
	rg, err := eval.LoadGold(goldDir)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "kg-train-relscore")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	ids := make([]string, 0, len(rg))
	for id := range rg {
		ids = append(ids, id)
	}
	sort.Strings(ids) // training order, hence the weights, must not depend on map order
	var paths []string
	for _, id := range ids {
		p, err := rebuild(texts, id, tmp)
		if err != nil {
			log.Printf("skip %s: %v", id, err)
			continue
		}
		paths = append(paths, p)
	}
	var items []item
	onErr := func(p string, err error) { log.Printf("skip %s: %v", p, err) }
	err = source.Walk(paths, nil, func(a model.Article) error {
		items = appendLabelled(items, x, a, rg, slice(eval.ArticleKey(a)), golds)
		return nil
	}, onErr)
	return items, err
}

// appendLabelled adds article a with its candidates labelled by its gold
// in gs; an article without gold is left out.
func appendLabelled(items []item, x *extract.Extractor, a model.Article, gs map[string]eval.Gold, slice string, golds map[string]eval.Gold) []item {
	key := eval.ArticleKey(a)
	g, ok := gs[key]
	if !ok {
		return items
	}
	doc, cands := x.RelCandidates(a)
	if doc.Article.Lang == "" {
		doc.Article.Lang = g.Lang
	}
	rels := make([]model.Relation, len(cands))
	for i, c := range cands {
		rels[i] = c.Rel
	}
	golds[key], goldOf[key] = g, g
	return append(items, item{slice: slice, doc: doc, cands: cands, label: eval.LabelRelations(g, &doc, rels)})
}

func sliceOf(id string) string {
	n, _ := strconv.Atoi(id)
	switch {
	case n <= 230:
		return "A"
	case n <= 260:
		return "B"
	}
	return "C"
}

// rebuild turns TEXTS/ID.txt (url/lang/title header, ---, body) into
// DIR/ID.LANG.txt (title, blank line, body).
func rebuild(texts, id, dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(texts, id+".txt"))
	if err != nil {
		return "", err
	}
	head, body, ok := strings.Cut(string(b), "\n---\n")
	if !ok {
		return "", fmt.Errorf("%s.txt: no --- line after the header", id)
	}
	var lang, title string
	for _, l := range strings.Split(head, "\n") {
		if v, ok := strings.CutPrefix(l, "lang: "); ok && lang == "" {
			lang = v
		}
		if v, ok := strings.CutPrefix(l, "title: "); ok && title == "" && !strings.HasPrefix(v, "(untitled") {
			title = v
		}
	}
	if lang == "" {
		return "", fmt.Errorf("%s.txt: no lang: line", id)
	}
	text := body
	if title != "" {
		text = title + "\n\n" + body
	}
	p := filepath.Join(dir, id+"."+lang+".txt")
	return p, os.WriteFile(p, []byte(text), 0o644)
}

// firePredicates are the kg predicates FIRE's gold can say are right or
// wrong (eval.ReadFIRE); a candidate of another predicate on a FIRE
// sentence is unlabelled, not wrong.
var firePredicates = map[string]bool{"ACQUIRED": true, "CEO_OF": true}

// loadFIRE labels the candidates of FIRE's sentences in path as one slice.
func loadFIRE(x *extract.Extractor, path, slice string, golds map[string]eval.Gold) ([]item, error) {
	arts, gs, err := eval.ReadFIRE(path)
	if err != nil {
		return nil, err
	}
	var items []item
	for n, a := range arts {
		g := gs[a.ID]
		half := slice
		if slice == "fire" {
			half = fmt.Sprintf("fire%d", n%2)
		}
		doc, cands := x.RelCandidates(a)
		rels := make([]model.Relation, len(cands))
		for i, c := range cands {
			rels[i] = c.Rel
		}
		golds[a.ID], goldOf[a.ID] = g, g
		items = append(items, item{slice: half, doc: doc, cands: cands, label: eval.LabelRelations(g, &doc, rels)})
	}
	log.Printf("%s: %d FIRE sentences from %s", slice, len(items), path)
	return items, nil
}
