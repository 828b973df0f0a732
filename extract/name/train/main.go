// Command train fits the name scorer (package name) on real articles with
// gold: the rules propose entities, each is labelled by whether it matches
// a gold name of a scored entity, and a logistic regression learns which
// proposals are names. It writes the weights that package name embeds and
// prints the held-out scores, rules alone against rules plus the scorer.
//
//	go run ./extract/name/train -train A,B -test C -out extract/name/weights.json
//	go run ./extract/name/train -folds       (train two slices, test the third)
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kg-news/kg/eval"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

var (
	epochs   = flag.Int("epochs", 40, "training passes")
	rate     = flag.Float64("rate", 0.05, "learning rate")
	l2       = flag.Float64("l2", 1e-3, "L2 regularisation")
	maxT     = flag.Float64("max-threshold", 0.5, "the highest probability cut tried")
	invented = flag.String("invented", "extract/name/data/invented.tsv", "invented training sentences (text<TAB>names)")
	devDir   = flag.String("dev", "", "also train on the written articles of this folder (*.txt beside *.gold.json)")
	open     = flag.Bool("open", true, "train on every capitalised word (extract.Options.OpenNames), as the extractor proposes them when a scorer runs")
	fireFile = flag.String("fire", "", "also train on the FIRE financial sentences of this file (fire_dev.json; never fire_test.json, the held-out half)")
	extra    = flag.String("extra", "", "also train on more real articles: comma-separated TEXTS=GOLD folder pairs (texts as NNN.txt, as -texts), never a held-out set")
)

// slices of the real corpus, by article number.
var slices = map[string][2]int{"A": {201, 230}, "B": {231, 260}, "C": {261, 290}}

func main() {
	home, _ := os.UserHomeDir()
	texts := flag.String("texts", filepath.Join(home, ".cache", "kg-real"), "rebuilt real texts (NNN.txt)")
	goldDir := flag.String("gold", "../shared/corpus/real", "gold files")
	train := flag.String("train", "A,B", "slices to train on")
	test := flag.String("test", "C", "slice to report on")
	out := flag.String("out", "", "write the weights here")
	folds := flag.Bool("folds", false, "three folds: train two slices, test the third")
	flag.Parse()
	_ = maxT
	if err := run(*texts, *goldDir, *train, *test, *out, *folds); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(texts, goldDir, train, test, out string, folds bool) error {
	golds, err := eval.LoadGold(goldDir)
	if err != nil {
		return err
	}
	arts, err := eval.ReadRealTexts(texts)
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return fmt.Errorf("no texts in %s", texts)
	}
	// Articles are named by their gold key ("201"), which picks the slice.
	for i := range arts {
		arts[i].ID = eval.ArticleKey(arts[i])
	}
	if *devDir != "" {
		dg, err := eval.LoadGold(*devDir)
		if err != nil {
			return err
		}
		paths, _ := filepath.Glob(filepath.Join(*devDir, "*.txt"))
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			a, err := source.FromBytes(p, b)
			if err != nil {
				continue
			}
			a.ID = eval.ArticleKey(a)
			if g, ok := dg[a.ID]; ok {
				a.ID = "dev:" + a.ID
				g.Article = a.ID
				golds[a.ID] = g
				arts = append(arts, a)
			}
		}
	}
	if arts, err = addExtra(arts, golds, *extra); err != nil {
		return err
	}
	rules, err := extract.New(extract.Options{NoNameModel: true, OpenNames: *open})
	if err != nil {
		return err
	}
	if folds {
		for _, held := range []string{"A", "B", "C"} {
			var tr []string
			for _, s := range []string{"A", "B", "C"} {
				if s != held {
					tr = append(tr, s)
				}
			}
			m := fit(rules, arts, golds, tr)
			report(held, rules, m, arts, golds)
		}
		return nil
	}
	m := fit(rules, arts, golds, strings.Split(train, ","))
	m.Trained = "real corpus slices " + train + " and the written set (" + strconv.Itoa(len(pick(arts, strings.Split(train, ",")))) + " articles)"
	if *fireFile != "" {
		m.Trained += ", FIRE " + filepath.Base(*fireFile) + " (Hamad et al. 2024, CC BY 4.0)"
	}
	if *extra != "" {
		var sets []string
		for _, pair := range strings.Split(*extra, ",") {
			_, gold, _ := strings.Cut(pair, "=")
			sets = append(sets, filepath.Base(gold))
		}
		m.Trained += ", more real articles (" + strings.Join(sets, ", ") + ")"
	}
	if *open {
		m.Trained += ", open candidates"
	}
	for _, f := range m.Top(25) {
		fmt.Println(f)
	}
	report(test, rules, m, arts, golds)
	if out != "" {
		return os.WriteFile(out, m.JSON(), 0o644)
	}
	return nil
}

// fit labels the rules' proposals in the training slices and trains.
func fit(rules *extract.Extractor, arts []model.Article, golds map[string]eval.Gold, tr []string) *name.Model {
	var ex []name.Example
	for _, a := range pick(arts, tr) {
		g, ok := golds[a.ID]
		if !ok {
			continue
		}
		ex = append(ex, label(rules, a, goldNames(g))...)
	}
	ex = append(ex, inventedExamples(rules)...)
	if *fireFile != "" {
		fx, err := fireExamples(rules, *fireFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train: fire:", err)
			os.Exit(1)
		}
		ex = append(ex, fx...)
	}
	m := name.Train(ex, *epochs, *rate, *l2)
	m.Thresholds = bestThreshold(m, pick(arts, tr), golds)
	return m
}

// goldNames are the normalised names of a gold file's scored entities.
func goldNames(g eval.Gold) map[string]bool {
	known := map[string]bool{}
	for _, e := range g.Entities {
		if e.Type == model.Person || e.Type == model.Company || e.Type == model.Organization {
			for _, n := range e.Names {
				known[eval.Norm(n)] = true
			}
		}
	}
	return known
}

// label is the rules' proposals on one article, each a name when one of
// its names is known.
func label(rules *extract.Extractor, a model.Article, known map[string]bool) []name.Example {
	var ex []name.Example
	for _, c := range rules.Candidates(a) {
		hit := false
		for _, n := range c.Names {
			hit = hit || n != "" && known[eval.Norm(n)]
		}
		ex = append(ex, name.Example{Feats: c.Feats, Name: hit})
	}
	return ex
}

// bestThreshold picks, per language, the probability cut that gives the
// best entity F1 on the training articles.
func bestThreshold(m *name.Model, arts []model.Article, golds map[string]eval.Gold) map[string]float64 {
	best := map[string]float64{}
	bestF := map[string]float64{"ar": -1, "en": -1}
	for t := 0.1; t < *maxT+0.01; t += 0.05 {
		mm := *m
		mm.Threshold = t
		rep := score(&mm, arts, golds)
		for lang := range bestF {
			g, _ := rep.Group(lang)
			if _, _, f := g.Entity.PRF(); f > bestF[lang] {
				best[lang], bestF[lang] = float64(int(t*100+0.5))/100, f
			}
		}
	}
	return best
}

func score(m *name.Model, arts []model.Article, golds map[string]eval.Gold) eval.Report {
	opts := extract.Options{NameModel: m, NoNameModel: m == nil, OpenNames: *open && m != nil}
	x, err := extract.New(opts)
	if err != nil {
		panic(err)
	}
	sub := map[string]eval.Gold{}
	var docs []model.Document
	for _, a := range arts {
		if g, ok := golds[a.ID]; ok {
			sub[a.ID] = g
			docs = append(docs, x.Extract(a))
		}
	}
	return eval.Score(sub, docs)
}

func report(held string, rules *extract.Extractor, m *name.Model, arts []model.Article, golds map[string]eval.Gold) {
	test := pick(arts, []string{held})
	if len(test) == 0 {
		fmt.Printf("slice %s: no texts\n", held)
		return
	}
	for _, v := range []struct {
		what string
		m    *name.Model
	}{{"rules", nil}, {"rules+scorer", m}} {
		rep := score(v.m, test, golds)
		for _, lang := range []string{"ar", "en"} {
			g, ok := rep.Group(lang)
			if !ok {
				continue
			}
			p, r, f := g.Entity.PRF()
			_, _, rf := g.Relation.PRF()
			fmt.Printf("held-out %s %-12s %s n=%-2d entity P=%.3f R=%.3f F1=%.3f relation F1=%.3f (threshold %.2f)\n",
				held, v.what, lang, g.Articles, p, r, f, rf, m.Thresholds[lang])
		}
	}
}

// addExtra reads the -extra folder pairs as training articles (keyed
// "dev:", like the written set, so that they are never a held-out slice).
func addExtra(arts []model.Article, golds map[string]eval.Gold, pairs string) ([]model.Article, error) {
	for _, pair := range strings.Split(pairs, ",") {
		texts, gold, ok := strings.Cut(pair, "=")
		if !ok {
			continue
		}
		g, err := eval.LoadGold(gold)
		if err != nil {
			return nil, err
		}
		more, err := eval.ReadRealTexts(texts)
		if err != nil {
			return nil, err
		}
		for _, a := range more {
			key := eval.ArticleKey(a)
			if gg, ok := g[key]; ok {
				a.ID = "dev:" + key
				gg.Article = a.ID
				golds[a.ID] = gg
				arts = append(arts, a)
			}
		}
	}
	return arts, nil
}

func pick(arts []model.Article, names []string) []model.Article {
	var out []model.Article
	for _, a := range arts {
		if strings.HasPrefix(a.ID, "dev:") {
			if len(names) > 1 { // training sets, never a held-out slice
				out = append(out, a)
			}
			continue
		}
		n, _ := strconv.Atoi(a.ID)
		for _, s := range names {
			if r, ok := slices[s]; ok && n >= r[0] && n <= r[1] {
				out = append(out, a)
			}
		}
	}
	return out
}

// readArticles reads NNN.txt (url/lang/title header, "---", body) as

// inventedExamples labels the proposals on the invented sentences; each
// counts three times, as they are few and checked by hand.
func inventedExamples(rules *extract.Extractor) []name.Example {
	b, err := os.ReadFile(*invented)
	if err != nil {
		return nil
	}
	var ex []name.Example
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, names, _ := strings.Cut(line, "\t")
		known := map[string]bool{}
		for _, n := range strings.Split(names, "|") {
			if n != "" {
				known[eval.Norm(n)] = true
			}
		}
		for _, x := range label(rules, model.Article{ID: "invented" + strconv.Itoa(i), Text: text}, known) {
			ex = append(ex, x, x, x)
		}
	}
	return ex
}
