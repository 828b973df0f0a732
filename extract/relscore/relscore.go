// Package relscore is a logistic-regression scorer over sparse string
// features: the extractor's last relation stage uses it to keep or drop
// each candidate relation that the rules proposed. Weights are a small TSV
// file embedded in the binary; cmd/kg-train-relscore rebuilds it.
package relscore

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Model maps feature names to weights. Threshold is the probability below
// which a candidate is dropped; ByLang overrides it for one language, since
// the rules' precision differs between the languages.
type Model struct {
	W         map[string]float64
	Threshold float64
	ByLang    map[string]float64
}

//go:embed weights.tsv
var weightsTSV string

// Default returns the embedded model (trained on real slices A+B and the
// written dev set); it panics only if the embedded file is corrupt, which a
// test rules out.
func Default() *Model {
	m, err := Parse("weights.tsv", weightsTSV)
	if err != nil {
		panic(err)
	}
	return m
}

// Prob is the model's probability that a candidate with these features is
// right.
func (m *Model) Prob(feats []string) float64 {
	z := 0.0
	for _, f := range feats {
		z += m.W[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// Keep reports whether a candidate of an article in lang passes the
// threshold.
func (m *Model) Keep(lang string, feats []string) bool {
	return m.KeepsAll(lang) || m.Prob(feats) >= m.threshold(lang)
}

// KeepsAll reports a language whose threshold is 0: every candidate is
// kept, and its features need not be read.
func (m *Model) KeepsAll(lang string) bool { return m.threshold(lang) <= 0 }

func (m *Model) threshold(lang string) float64 {
	if t, ok := m.ByLang[lang]; ok {
		return t
	}
	return m.Threshold
}

// Parse reads "threshold\tP", "threshold.LANG\tP" and "feature\tweight" lines; "#" starts a
// comment. A bad line is an error naming the file and line.
func Parse(name, text string) (*Model, error) {
	m := &Model{W: map[string]float64{}, Threshold: 0.5, ByLang: map[string]float64{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		w, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("%s:%d: want feature<TAB>number, got %q", name, n, line)
		}
		if k == "threshold" {
			m.Threshold = w
			continue
		}
		if lang, ok := strings.CutPrefix(k, "threshold."); ok {
			m.ByLang[lang] = w
			continue
		}
		m.W[k] = w
	}
	return m, sc.Err()
}

// Format writes the model in the form Parse reads, features sorted, so a
// retrained file diffs cleanly.
func (m *Model) Format(header string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		b.WriteString("# " + l + "\n")
	}
	fmt.Fprintf(&b, "threshold\t%.3f\n", m.Threshold)
	langs := make([]string, 0, len(m.ByLang))
	for l := range m.ByLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		fmt.Fprintf(&b, "threshold.%s\t%.3f\n", l, m.ByLang[l])
	}
	keys := make([]string, 0, len(m.W))
	for k, w := range m.W {
		if math.Abs(w) >= 1e-4 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%.4f\n", k, m.W[k])
	}
	return b.String()
}

// Example is one labelled candidate.
type Example struct {
	Feats []string
	Right bool
}

// TrainOptions set the learner: epochs of SGD over the examples in their
// given order (so training is deterministic), learning rate and L2 penalty.
type TrainOptions struct {
	Epochs int
	Rate   float64
	L2     float64
}

// Train fits logistic regression by SGD with L2 (lazy-free: the corpus is
// small, so every weight touched is decayed on its example only).
func Train(ex []Example, o TrainOptions) *Model {
	m := &Model{W: map[string]float64{}, Threshold: 0.5, ByLang: map[string]float64{}}
	for ep := 0; ep < o.Epochs; ep++ {
		rate := o.Rate / (1 + float64(ep)*0.5)
		for _, e := range ex {
			y := 0.0
			if e.Right {
				y = 1
			}
			g := y - m.Prob(e.Feats)
			for _, f := range e.Feats {
				m.W[f] += rate * (g - o.L2*m.W[f])
			}
		}
	}
	return m
}
