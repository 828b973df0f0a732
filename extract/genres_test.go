package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// The shapes of press releases, newsletters, regional outlets and M&A
// analysis (testdata/genres), one sentence at a time, each with the rule
// that reads it; invented names.
func TestGenreShapes(t *testing.T) {
	cases := []struct {
		name, text      string
		subj, pred, obj string
		amount          float64
	}{
		{"it after a second company", "Pellmore Brands bought Crandle Bakeries for £420 million, and in 2022 it acquired a minority stake in Vennick Organics.", "pellmore-brands", model.InvestedIn, "vennick-organics", 0},
		{"it trigger after a second company", "Harlow Group sold Dalby Foods to Corrin Partners last year, and in May it bought Brightwave.", "harlow-group", model.Acquired, "brightwave", 0},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if !has(doc, c.subj, c.pred, c.obj, c.amount) {
			t.Errorf("%s: want %s -%s-> %s %v; got %+v", c.name, c.subj, c.pred, c.obj, c.amount, doc.Relations)
		}
	}
}
