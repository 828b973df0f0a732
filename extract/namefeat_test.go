package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

// Invented articles; each case names features the candidate holding name
// must have and features it must not.
func TestNameFeatures(t *testing.T) {
	x, err := New(Options{NoProse: true, NoRelScore: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, lang, text, cand string
		want, not              []string
	}{
		{"ar headline kicker: the body mention gives the context", "ar",
			"أخبار السوق: زمردين القابضة تؤسس شركة\n\nتمضي زمردين القابضة قدما في السوق، وقالت زمردين القابضة إنها ستؤسس شركة.",
			"زمردين القابضة", []string{"ar-descriptor-end"}, []string{"prev=:", "headline-only"}},
		{"en headline only", "en", "Harlow Deal: Zentrix Buys Quarry\n\nThe deal closed on Monday.",
			"Zentrix", []string{"headline-only"}, nil},
	}
	for _, c := range cases {
		var got []string
		for _, nc := range x.Candidates(model.Article{ID: "nf", Lang: c.lang, Text: c.text}) {
			if slices.Contains(nc.Names, c.cand) {
				got = nc.Feats
			}
		}
		if got == nil {
			t.Errorf("%s: no candidate %q", c.name, c.cand)
			continue
		}
		for _, f := range c.want {
			if !slices.Contains(got, f) {
				t.Errorf("%s: feature %q missing from %s", c.name, f, strings.Join(got, " "))
			}
		}
		for _, f := range c.not {
			if slices.Contains(got, f) {
				t.Errorf("%s: unwanted feature %q in %s", c.name, f, strings.Join(got, " "))
			}
		}
	}
}
