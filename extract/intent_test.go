package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// A purchase only planned, sought or under talks is a bid; a plan named
// elsewhere in the sentence, or a purchase the article reports as agreed,
// leaves the purchase.
func TestIntent(t *testing.T) {
	cases := []struct {
		name, text      string
		subj, pred, obj string
		not             string // a predicate the pair must not have
	}{
		{"en plans to acquire", "Harlow Group plans to acquire Zentrix Labs for $2 billion.", "harlow-group", model.BidFor, "zentrix-labs", model.Acquired},
		{"en in talks to buy", "Harlow Group is in talks to buy Zentrix Labs, people familiar with the matter said.", "harlow-group", model.BidFor, "zentrix-labs", model.Acquired},
		{"en considering buying", "Harlow Group is considering buying Zentrix Labs.", "harlow-group", model.BidFor, "zentrix-labs", model.Acquired},
		{"en a possible takeover", "Harlow Group confirmed a possible takeover of Zentrix Labs.", "harlow-group", model.BidFor, "zentrix-labs", model.Acquired},
		{"en a plan of the buyer is no intent of the deal", "Harlow Group, which plans to expand in Asia, bought Zentrix Labs.", "harlow-group", model.Acquired, "zentrix-labs", model.BidFor},
		{"en agreed stays agreed", "Harlow Group agreed to acquire Zentrix Labs for $2 billion.", "harlow-group", model.Acquired, "zentrix-labs", model.BidFor},
		{"en a plan then the agreement is one deal", "Harlow Group plans to buy Zentrix Labs. On Monday Harlow Group agreed to buy Zentrix Labs for $1 billion.", "harlow-group", model.Acquired, "zentrix-labs", model.BidFor},
		{"en attempts to acquire", "Quarry Corp attempts to acquire Zentrix Labs in a hostile bid.", "quarry-corp", model.BidFor, "zentrix-labs", model.Acquired},
		{"en a failed hostile takeover", "Harlow Group tried and failed in a hostile takeover of Zentrix Labs last year.", "harlow-group", model.BidFor, "zentrix-labs", model.Acquired},
		{"en failed to buy", "A few years ago, Harlow Group tried and failed to buy Zentrix Labs.", "harlow-group", model.BidFor, "zentrix-labs", model.Acquired},
		{"en a takeover offer is a bid", "Zentrix Labs rejected a takeover offer from Harlow Group on Monday.", "harlow-group", model.BidFor, "zentrix-labs", model.Acquired},
		{"ar intent verb before its subject", "تعتزم مجموعة زمرد الاستحواذ على شركة رمال للإسمنت مقابل 2 مليار دولار.", "zmrd", model.BidFor, "rmal-llasmnt", model.Acquired},
		{"en a question reports no purchase", "Will Harlow Group buy Zentrix Labs?", "harlow-group", model.BidFor, "zentrix-labs", model.Acquired},
		{"ar a question reports no purchase", "هل دخلت مجموعة زمرد سباق الاستحواذ على شركة رمال للإسمنت؟", "zmrd", model.BidFor, "rmal-llasmnt", model.Acquired},
		{"ar seeks to buy", "تسعى مجموعة زمرد إلى شراء شركة رمال للإسمنت.", "zmrd", model.BidFor, "rmal-llasmnt", model.Acquired},
		{"ar a done purchase", "استحوذت مجموعة زمرد على شركة رمال للإسمنت مقابل 2 مليار دولار.", "zmrd", model.Acquired, "rmal-llasmnt", model.BidFor},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if !has(doc, c.subj, c.pred, c.obj, 0) {
			t.Errorf("%s: want %s -%s-> %s; got %+v", c.name, c.subj, c.pred, c.obj, doc.Relations)
		}
		for _, r := range doc.Relations {
			if r.Subject == c.subj && r.Object == c.obj && r.Predicate == c.not {
				t.Errorf("%s: unwanted %+v", c.name, r)
			}
		}
	}
}

// A deal noun before an offer word names what the offer is for: "a
// takeover offer from X" is no purchase by the one who speaks of it.
func TestDealNounBeforeOffer(t *testing.T) {
	for _, text := range []string{
		"Zentrix Labs said a takeover offer from Harlow Group undervalued the company.",
		"The board of Zentrix Labs is weighing a buyout proposal from Harlow Group.",
	} {
		doc := testX.Extract(model.Article{ID: "t", Text: text})
		for _, r := range doc.Relations {
			if r.Predicate == model.Acquired || r.Subject == "zentrix-labs" {
				t.Errorf("%q: unwanted %+v", text, r)
			}
		}
	}
}
