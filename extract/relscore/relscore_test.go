package relscore

import (
	"strings"
	"testing"
)

func TestDefaultLoads(t *testing.T) {
	m := Default()
	if len(m.W) == 0 {
		t.Fatal("embedded weights are empty")
	}
	if _, ok := m.W["bias"]; !ok {
		t.Error("embedded weights have no bias")
	}
	feats := []string{"bias", "lang=en", "ACQUIRED|lang=en", "money=yes"}
	p := m.Prob(feats)
	for i := 0; i < 3; i++ {
		if q := m.Prob(feats); q != p {
			t.Fatalf("Prob not deterministic: %v then %v", p, q)
		}
	}
	if p <= 0 || p >= 1 {
		t.Errorf("Prob = %v, want in (0,1)", p)
	}
}

func TestParseFormatRoundTrip(t *testing.T) {
	m := &Model{W: map[string]float64{"bias": -0.5, "via=x": 1.25}, Threshold: 0.4, ByLang: map[string]float64{"ar": 0.3}}
	back, err := Parse("t", m.Format("test"))
	if err != nil {
		t.Fatal(err)
	}
	if back.Threshold != 0.4 || back.ByLang["ar"] != 0.3 || back.W["bias"] != -0.5 || back.W["via=x"] != 1.25 {
		t.Errorf("round trip lost values: %+v", back)
	}
}

func TestParseErrors(t *testing.T) {
	for _, text := range []string{"bias", "bias\tx", "threshold\t"} {
		if _, err := Parse("w.tsv", text); err == nil || !strings.Contains(err.Error(), "w.tsv:1") {
			t.Errorf("Parse(%q) error = %v, want one naming w.tsv:1", text, err)
		}
	}
}

func TestKeep(t *testing.T) {
	m := &Model{W: map[string]float64{"good": 3, "bad": -3}, Threshold: 0.5, ByLang: map[string]float64{"ar": 0}}
	cases := []struct {
		lang  string
		feats []string
		want  bool
	}{
		{"en", []string{"good"}, true},
		{"en", []string{"bad"}, false},
		{"en", nil, true},             // p = 0.5 meets the threshold
		{"ar", []string{"bad"}, true}, // threshold 0 keeps all
	}
	for _, c := range cases {
		if got := m.Keep(c.lang, c.feats); got != c.want {
			t.Errorf("Keep(%s, %v) = %v, want %v", c.lang, c.feats, got, c.want)
		}
	}
}

func TestTrainSeparates(t *testing.T) {
	var ex []Example
	for i := 0; i < 20; i++ {
		ex = append(ex, Example{Feats: []string{"bias", "good"}, Right: true}, Example{Feats: []string{"bias", "bad"}, Right: false})
	}
	m := Train(ex, TrainOptions{Epochs: 20, Rate: 0.1, L2: 1e-3})
	if pg, pb := m.Prob([]string{"bias", "good"}), m.Prob([]string{"bias", "bad"}); pg < 0.8 || pb > 0.2 {
		t.Errorf("Prob(good) = %.2f, Prob(bad) = %.2f; want separated", pg, pb)
	}
	if a, b := Train(ex, TrainOptions{Epochs: 5, Rate: 0.1}).Format(""), Train(ex, TrainOptions{Epochs: 5, Rate: 0.1}).Format(""); a != b {
		t.Error("training is not deterministic")
	}
}
