package name

import "testing"

func TestEmbeddedModelLoads(t *testing.T) {
	m := Default()
	if len(m.Weights) == 0 {
		t.Fatal("embedded model has no weights")
	}
	for _, lang := range []string{"ar", "en"} {
		if th, ok := m.Thresholds[lang]; !ok || th <= 0 || th >= 1 {
			t.Errorf("threshold for %s: %v, %v", lang, th, ok)
		}
	}
}

func TestTrainSeparates(t *testing.T) {
	var ex []Example
	for i := 0; i < 50; i++ {
		ex = append(ex, Example{Feats: []string{"cue=company-word", "len=2"}, Name: true},
			Example{Feats: []string{"common=all", "len=1"}, Name: false})
	}
	m := Train(ex, 20, 0.1, 1e-3)
	m.Threshold = 0.5
	if !m.Keep("en", []string{"cue=company-word", "len=2"}) {
		t.Error("a company-word candidate is dropped")
	}
	if m.Keep("en", []string{"common=all", "len=1"}) {
		t.Error("a common word is kept")
	}
	again := Train(ex, 20, 0.1, 1e-3)
	again.Threshold = 0.5
	if string(again.JSON()) != string(m.JSON()) {
		t.Error("training is not repeatable")
	}
}

func TestLists(t *testing.T) {
	cases := []struct {
		lang, w string
		want    bool
	}{
		{"en", "online", true}, {"en", "latest", true}, {"ar", "طلب", true},
	}
	for _, c := range cases {
		if got := Common(c.lang, c.w); got != c.want {
			t.Errorf("Common(%s, %s) = %v", c.lang, c.w, got)
		}
	}
	if !Currency("sar") || !Currency("egp") || Currency("acme") {
		t.Error("currency codes")
	}
}
