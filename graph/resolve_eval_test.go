package graph

import (
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

func TestJudge(t *testing.T) {
	none := func(string, string) bool { return false }
	pairOf := func(x, y string) func(string, string) bool {
		return func(a, b string) bool { return a == x && b == y }
	}
	arts := func(ids ...string) map[string]bool { return set(ids) }
	for _, c := range []struct {
		name       string
		a, l       profile
		compatible func(string, string) bool
		ok         bool
		evidence   string
	}{
		{"shared counterparty and amount",
			profile{id: "a", names: []string{"سند كابيتال"}, deals: []edgeDeal{{model.InvestedIn, true, "z", 45e6}}},
			profile{id: "l", names: []string{"Sanad Capital"}, deals: []edgeDeal{{model.InvestedIn, true, "z", 45.2e6}}},
			none, true, "shared deal INVESTED_IN -> z (same amount)"},
		{"short name, deal without the same amount",
			profile{id: "a", names: []string{"سند كابيتال"}, deals: []edgeDeal{{model.InvestedIn, true, "z", 5e6}}},
			profile{id: "l", names: []string{"Sanad Capital"}, deals: []edgeDeal{{model.InvestedIn, true, "z", 9e6}}},
			none, false, "shared deal INVESTED_IN -> z"},
		{"both sides of one deal in two scripts",
			profile{id: "a", names: []string{"ثروة القابضة"}, deals: []edgeDeal{{model.Acquired, true, "x", 1.23e9}}},
			profile{id: "l", names: []string{"Tharwa Holding"}, deals: []edgeDeal{{model.Acquired, true, "y", 1.2e9}}},
			pairOf("x", "y"), true, "shared deal ACQUIRED -> y (same amount)"},
		{"opposite direction is no shared deal",
			profile{id: "a", names: []string{"ثروة القابضة"}, deals: []edgeDeal{{model.Acquired, false, "x", 1e9}}},
			profile{id: "l", names: []string{"Tharwa Holding"}, deals: []edgeDeal{{model.Acquired, true, "x", 1e9}}},
			none, false, ""},
		{"name alone is never enough",
			profile{id: "a", names: []string{"سارة القحطاني"}},
			profile{id: "l", names: []string{"Sarah Al-Qahtani"}},
			none, false, ""},
		{"two-word person with one shared role",
			profile{id: "a", names: []string{"سارة القحطاني"}, deals: []edgeDeal{{model.CEOOf, true, "c", 0}}},
			profile{id: "l", names: []string{"Sarah Al-Qahtani"}, deals: []edgeDeal{{model.CEOOf, true, "c", 0}}},
			none, true, "shared deal CEO_OF -> c"},
		{"named in one article: two people",
			profile{id: "a", names: []string{"سارة القحطاني"}, deals: []edgeDeal{{model.CEOOf, true, "c", 0}}, articles: arts("x")},
			profile{id: "l", names: []string{"Sarah Al-Qahtani"}, deals: []edgeDeal{{model.CEOOf, true, "c", 0}}, articles: arts("x")},
			none, false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			j := judge(c.a, c.l, nameScore(c.a, c.l), c.compatible)
			if j.ok() != c.ok {
				t.Errorf("ok = %v (weight %.1f of %.1f, veto %q), want %v", j.ok(), j.weight, j.need, j.veto, c.ok)
			}
			if got := strings.Join(j.evidence, "; "); got != c.evidence {
				t.Errorf("evidence %q, want %q", got, c.evidence)
			}
		})
	}
}

func TestDecide(t *testing.T) {
	pass := func(a, l string, w float64) judgement {
		return judgement{arabic: a, latin: l, score: 1, weight: w, need: 1}
	}
	merges, short := decide([]judgement{
		pass("a1", "l1", 2), pass("a1", "l2", 1), // the better one wins
		pass("a2", "l3", 1), pass("a2", "l4", 1), // a tie is left to an analyst
		{arabic: "a3", latin: "l5", score: 1, weight: 0.5, need: 1},
	})
	if len(merges) != 1 || merges[0].latin != "l1" {
		t.Fatalf("merges %+v, want a1 into l1 only", merges)
	}
	var why []string
	for _, j := range short {
		why = append(why, j.arabic+">"+j.latin+": "+j.missing())
	}
	want := "a1>l2: a better candidate: l1|a2>l3: ambiguous: l3, l4 fit equally|a2>l4: ambiguous: l3, l4 fit equally|a3>l5: evidence 0.5 of 1.0: no shared deal or counterparty"
	if got := strings.Join(why, "|"); got != want {
		t.Errorf("short:\n%s\nwant\n%s", got, want)
	}
}
