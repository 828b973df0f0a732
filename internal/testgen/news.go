package testgen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Invented company names (no real company is meant): a first and a second
// syllable and a suffix the extractor reads as a company.
var (
	nameHeads = []string{"Nor", "Quin", "Bright", "Tess", "Calv", "Dun", "Elm", "Fen", "Gar", "Hol",
		"Ivor", "Jass", "Kel", "Lum", "Mar", "Nest", "Orr", "Pell", "Rav", "Sol",
		"Tarn", "Ulv", "Vell", "Wex", "Yar", "Zen", "Ast", "Bel", "Cor", "Dra"}
	nameTails = []string{"vale", "tara", "well", "aro", "ora", "mere", "wick", "ton", "ley", "by",
		"stead", "mont", "ford", "holt", "ridge", "brook", "dale", "field", "gate", "haven",
		"mark", "port", "rick", "shaw", "thorpe", "view", "wood", "worth", "cott", "lund"}
	nameSuffixes = []string{"Holdings", "Systems", "Capital", "Labs", "Group", "Technologies",
		"Energy", "Partners", "Industries", "Networks", "Therapeutics", "Logistics"}
)

// inventedName is company k of the invented pool (10,800 names).
func inventedName(k int) string {
	h, t := len(nameHeads), len(nameTails)
	return nameHeads[k%h] + nameTails[(k/h)%t] + " " + nameSuffixes[(k/(h*t))%len(nameSuffixes)]
}

// newsReports is how many articles report story s: most stories one to
// four, close together in the corpus; one story in fifty is a big one
// reported twelve times. The number does not grow with the corpus, as a
// deal in the news is reported by a few outlets, not by a tenth of them.
func newsReports(s int) int {
	if s%50 == 7 {
		return 12
	}
	return 1 + (s*5)%4
}

// newsWindow is how far apart, in articles, the reports of one story may be.
const newsWindow = 2000

// WriteNews writes n articles as news-00000.txt ... under dir, with deals
// as news has them: each article reports one story's deal (reported by a
// few articles, see newsReports, sometimes with a rounded figure) and a
// deal of its own, between companies drawn from a pool that grows with the
// corpus (invented names) and the well-known ones, which recur in many
// different deals. The corpus is fixed by n.
func WriteNews(dir string, n int) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	type report struct{ story, nth int }
	reports := make([]report, 0, n)
	for s := 0; len(reports) < n; s++ {
		for r := 0; r < newsReports(s) && len(reports) < n; r++ {
			reports = append(reports, report{s, r})
		}
	}
	// The reports of a story land within a window, often in different
	// write batches.
	rng := rand.New(rand.NewPCG(10, 10))
	for lo := 0; lo < n; lo += newsWindow {
		w := reports[lo:min(lo+newsWindow, n)]
		rng.Shuffle(len(w), func(i, j int) { w[i], w[j] = w[j], w[i] })
	}
	pool := max(200, min(n/3, len(nameHeads)*len(nameTails)*len(nameSuffixes)))
	paths := make([]string, n)
	for i, r := range reports {
		p := filepath.Join(dir, fmt.Sprintf("news-%05d.txt", i))
		if err := os.WriteFile(p, []byte(newsArticle(i, r.story, r.nth, pool)), 0o644); err != nil {
			return nil, err
		}
		paths[i] = p
	}
	return paths, nil
}

// company is party k of story s: a well-known company one time in four,
// else one of the pool's invented ones.
func company(s, k, pool int) string {
	h := uint64(s)*0x9E3779B97F4A7C15 + uint64(k)*0xBF58476D1CE4E5B9
	h ^= h >> 31
	if h%4 == 0 {
		return companies[(h>>8)%uint64(len(companies))]
	}
	return inventedName(int((h >> 8) % uint64(pool)))
}

// newsArticle is article i, report nth of story s. Odd reports round the
// story's figure to whole billions, which agrees with the precise one.
func newsArticle(i, s, nth, pool int) string {
	a, b := company(s, 0, pool), company(s, 1, pool)
	if a == b {
		b = inventedName((s + 1) % pool)
	}
	whole, tenth := 1+s%40, 1+s%9
	figure := fmt.Sprintf("$%d.%d billion", whole, tenth)
	if nth%2 == 1 {
		figure = fmt.Sprintf("$%d billion", whole)
	}
	lead := fmt.Sprintf("%s said on Monday it invested %s in %s, in a deal announced in the morning.", a, figure, b)
	if s%3 == 1 {
		lead = fmt.Sprintf("%s agreed to acquire %s for %s, pending approval by regulators.", a, b, figure)
	}
	// A deal of this article's own: its own parties and amount.
	c, d := company(n2s(i), 2, pool), company(n2s(i), 3, pool)
	if c == d || c == a || c == b || d == a || d == b {
		d = inventedName((i*13 + 5) % pool)
	}
	own := fmt.Sprintf("Separately, %s invested $%d million in %s, people familiar with the matter said.", c, 10+i%900, d)
	return fmt.Sprintf("%s and %s in the news\n\n%s\n%s\nReport number %d of the synthetic news corpus.\n", a, b, lead, own, i)
}

// n2s maps an article number to a story number no story uses, so the
// article's own deal draws its own parties.
func n2s(i int) int { return -1 - i }
