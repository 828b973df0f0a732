package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-news/kg/eval"
	"github.com/kg-news/kg/model"
)

// Wire-copy floors: testdata/wire holds English M&A and funding stories
// written for the tests in the shapes of agency and business-press copy
// (datelines, bylines, "valued at $N including debt", "$N a share", "agreed
// to be acquired by", "X-backed Y", a raised offer, a sale of a unit), with
// invented names and gold written by hand in the corpus format
// (../shared/eval/FORMAT.md). testdata/genres holds the other genres real
// users feed, written the same way: a company press release (boilerplate,
// media contact, forward-looking statements), a startup newsletter (Title
// Case section heads, emoji bullets, photo credits), a regional business
// outlet (Dh2bn, Rs 500 crore, SAR 1.2 billion) and an M&A analysis (deals
// in passing, rumours, a family, products next to companies). They are
// scored as the real corpus is, so a rule fitted to one corpus that breaks
// a common shape shows here. Run with -v to see each error.
// testdata/ma and testdata/ma2 are invented corporate M&A stories (rival
// and rejected bids, consortia, joint ventures, stake sales, Arabic and
// English) written by helper sessions that never saw the extractor; each
// was scored blind once, then became a tuning set (README, quality).
var wireFloors = map[string][]floor{
	"testdata/wire":   {{"en", "entity", 0.95}, {"en", "relation", 0.80}},
	"testdata/genres": {{"en", "entity", 0.93}, {"en", "relation", 0.85}},
	"testdata/ma":     {{"ar", "entity", 0.82}, {"ar", "relation", 0.66}, {"en", "entity", 0.90}, {"en", "relation", 0.72}},
	"testdata/ma2":    {{"ar", "entity", 0.74}, {"ar", "relation", 0.50}, {"en", "entity", 0.85}, {"en", "relation", 0.58}},
}

func TestWireCopy(t *testing.T) {
	for dir, floors := range wireFloors {
		t.Run(filepath.Base(dir), func(t *testing.T) { scoreStories(t, dir, floors) })
	}
}

func scoreStories(t *testing.T, dir string, floors []floor) {
	golds, err := eval.LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Score(golds, extractDir(t, dir))
	var out strings.Builder
	rep.Print(&out, true)
	t.Log("\n" + out.String())
	checkFloors(t, rep, floors)
}

// The wire-copy shapes one sentence at a time, each with the rule that
// reads it.
func TestWireShapes(t *testing.T) {
	cases := []struct {
		name, text      string
		subj, pred, obj string
		amount          float64
	}{
		{"unit sold to", "Brisco has agreed to sell its Fenwick Logistics unit to Oakmere Partners for $210 million.", "oakmere-partners", model.Acquired, "fenwick-logistics", 210e6},
		{"relative with time words", "Fenmore Group, which agreed last month to buy Tilbury Re for $650 million, is weighing a bid.", "fenmore-group", model.Acquired, "tilbury-re", 650e6},
		{"whose chief executive", "Harrowgate, whose chief executive is Lukas Brenner, said the deal made sense.", "lukas-brenner", model.CEOOf, "harrowgate", 0},
		{"post kept in a denial", "Harrowgate, whose chief executive is Lukas Brenner, denied a report that it would buy Ostrava Pay.", "lukas-brenner", model.CEOOf, "harrowgate", 0},
		{"ticker tag", "Brisco Group Inc. (NYSE: BRG) said it has completed its acquisition of Lantern Software for $640 million.", "brisco-group-inc", model.Acquired, "lantern-software", 640e6},
		{"legal form dropped", "Brisco Group said it would buy Lantern. Brisco Group Inc. said Marcus Ellwood, chief executive of Brisco Group, was pleased.", "marcus-ellwood", model.CEOOf, "brisco-group-inc", 0},
		{"dateline agency no raiser", "CHICAGO (Bloomberg) -- Lantern Software raised $5 million in a round led by Arlo Partners.", "arlo-partners", model.InvestedIn, "lantern-software", 5e6},
		{"relative before rebuffed", "Kestrel, which is backed by Halden Capital and Miro Partners, rebuffed a $1.8 billion approach from Norvane in December.", "norvane", model.BidFor, "kestrel", 1.8e9},
		{"backers take no offer figure", "Kestrel, which is backed by Halden Capital and Miro Partners, rebuffed a $1.8 billion approach from Norvane in December.", "halden-capital", model.InvestedIn, "kestrel", 0},
		{"per-share pay valuing", "Norvane Holdings will pay $41 a share in cash, valuing Kestrel Bio at $2.4 billion.", "norvane-holdings", model.Acquired, "kestrel-bio", 2.4e9},
		{"per-share offer valuing", "Norvane Holdings offered $41 per share, valuing Kestrel Bio at about $2.4 billion.", "norvane-holdings", model.BidFor, "kestrel-bio", 2.4e9},
		{"owner apposition", "Harrowgate Capital, the owner of the Tessaly card network, has agreed to buy Selby Payments for $900 million.", "harrowgate-capital", model.Acquired, "selby-payments", 900e6},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if !has(doc, c.subj, c.pred, c.obj, c.amount) {
			t.Errorf("%s: want %s -%s-> %s %v; got %+v", c.name, c.subj, c.pred, c.obj, c.amount, doc.Relations)
		}
	}
	// Wrong readings of wire copy that must stay away.
	for _, c := range []struct{ text, subj, pred, obj string }{
		{"CHICAGO (Bloomberg) -- Calderon Brands raised its offer for Wexley Foods to $5.6 billion, trumping a rival bid from a consortium led by Arlo Partners.", "arlo-partners", model.InvestedIn, ""},
		{"Kestrel, which is backed by Halden Capital, rebuffed a $1.8 billion approach from Norvane.", "halden-capital", model.InvestedIn, "kestrel"},
	} {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		for _, r := range doc.Relations {
			if r.Subject == c.subj && r.Predicate == c.pred && (c.obj == "" || r.Amount != 0) {
				t.Errorf("%q: wrong reading %+v", c.text, r)
			}
		}
	}
	// A denial still denies the deal.
	doc := testX.Extract(model.Article{ID: "t", Text: "Harrowgate, whose chief executive is Lukas Brenner, denied a report that it would buy Ostrava Pay."})
	for _, r := range doc.Relations {
		if r.Predicate == model.Acquired {
			t.Errorf("denied deal read: %+v", r)
		}
	}
}
