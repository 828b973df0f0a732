package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// A Title Case headline's run keeps only what the body names; a headline
// word the body writes in lower case is no name.
func TestHeadlineTrim(t *testing.T) {
	cases := []struct{ name, text, bad, good string }{
		{"description before the name", "Harlow Buys AI Startup Zentrix Labs for $350 Million\n\nHarlow Group said on Monday it would buy Zentrix Labs, a startup that builds agents.", "Startup Zentrix Labs", "Zentrix Labs"},
		{"a common word in the headline", "Harlow Group to Acquire Controlling Stake in Marlow Foods\n\nHarlow Group will buy a controlling stake in Marlow Foods for $40 million.", "Controlling", "Marlow Foods"},
		{"no body evidence keeps the run", "Harlow Group Buys Zentrix Labs\n\nThe deal closed on Monday.", "", "Zentrix Labs"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if c.bad != "" && entityWith(doc, c.bad) != "" {
			t.Errorf("%s: %q is a mention: %+v", c.name, c.bad, doc.Entities)
		}
		if entityWith(doc, c.good) == "" {
			t.Errorf("%s: no mention %q: %+v", c.name, c.good, doc.Entities)
		}
	}
}
