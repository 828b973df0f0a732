package extract

import (
	"slices"
	"testing"

	"github.com/kg-news/kg/extract/relscore"
	"github.com/kg-news/kg/model"
)

// Invented articles; each case names features its one candidate must have
// and features it must not.
func TestRelFeatures(t *testing.T) {
	x, err := New(Options{NoProse: true, NoRelScore: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		a         model.Article
		pred      string
		want, not []string
	}{
		{"en trigger, money, first sentence", model.Article{ID: "f1", Lang: "en", Text: "Quorvex Holdings acquired Plumora Ltd for $50 million."},
			model.Acquired,
			[]string{"bias", "lang=en", "via=trigger:acquired", "ACQUIRED|sent=le0", "ACQUIRED|money=yes", "ACQUIRED|moneykind=plain", "ACQUIRED|order=so", "ACQUIRED|gap=le1", "ACQUIRED|subjtype=Company", "ACQUIRED|between=le0"},
			[]string{"money=none", "ACQUIRED|subj=outside"}},
		{"en frame, object before subject, second sentence", model.Article{ID: "f2", Lang: "en", Text: "Funding news\n\nBrindle Labs raised $12 million in a round led by Halvorsen Capital."},
			model.InvestedIn,
			[]string{"lang=en", "via=frame:invest:-:raiser", "INVESTED_IN|sent=le1", "INVESTED_IN|order=os", "INVESTED_IN|gap=le10", "INVESTED_IN|money=yes"},
			[]string{"INVESTED_IN|sent=le0", "INVESTED_IN|order=so"}},
		{"ar trigger after cue words", model.Article{ID: "f3", Lang: "ar", Text: "استحوذت شركة زنتريكس القابضة على شركة بلومورا مقابل 50 مليون دولار."},
			model.Acquired,
			[]string{"lang=ar", "via=trigger:استحوذ*", "ACQUIRED|subjcue=company-word", "ACQUIRED|objcue=company-word", "ACQUIRED|money=yes", "ACQUIRED|persent=le1"},
			[]string{"lang=en"}},
	}
	for _, c := range cases {
		_, cands := x.RelCandidates(c.a)
		var got *Candidate
		for i := range cands {
			if cands[i].OK && cands[i].Rel.Predicate == c.pred {
				got = &cands[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no %s candidate in %+v", c.name, c.pred, cands)
			continue
		}
		for _, f := range c.want {
			if !slices.Contains(got.Feats, f) {
				t.Errorf("%s: feature %q missing from %v", c.name, f, got.Feats)
			}
		}
		for _, f := range c.not {
			if slices.Contains(got.Feats, f) {
				t.Errorf("%s: unwanted feature %q in %v", c.name, f, got.Feats)
			}
		}
	}
}

func TestBucket(t *testing.T) {
	cases := []struct {
		n    int
		want string
	}{{0, "le0"}, {1, "le1"}, {2, "le2"}, {3, "le4"}, {9, "gt8"}}
	for _, c := range cases {
		if got := rangeBucket(c.n, 0, 1, 2, 4, 8); got != c.want {
			t.Errorf("rangeBucket(%d) = %s, want %s", c.n, got, c.want)
		}
	}
}

// The scorer stage keeps or drops by the model, the same way every run.
func TestRelScoreStage(t *testing.T) {
	a := model.Article{ID: "s1", Lang: "en", Text: "Quorvex Holdings acquired Plumora Ltd for $50 million."}
	keepAll := &relscore.Model{W: map[string]float64{"bias": 5}, Threshold: 0.5}
	dropAcq := &relscore.Model{W: map[string]float64{"bias": 5, "ACQUIRED|via=trigger:acquired": -10}, Threshold: 0.5}
	for _, c := range []struct {
		m    *relscore.Model
		want int
	}{{keepAll, 1}, {dropAcq, 0}, {relscore.Default(), -1}} {
		x, err := New(Options{NoProse: true, RelScorer: c.m})
		if err != nil {
			t.Fatal(err)
		}
		first := len(x.Extract(a).Relations)
		if c.want >= 0 && first != c.want {
			t.Errorf("%d relations kept, want %d", first, c.want)
		}
		for i := 0; i < 3; i++ {
			if n := len(x.Extract(a).Relations); n != first {
				t.Fatalf("run %d kept %d relations, first run %d", i, n, first)
			}
		}
	}
}
