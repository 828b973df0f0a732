package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// Latin names typed and bounded by their context; invented names.
func TestLatinNameContext(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, text, want, typ string }{
		{"title in apposition", "Investors included Tunde Okafor, Managing Director of Brightwave Capital.", "Tunde Okafor", model.Person},
		{"title in brackets", "The firm is led by founders Ravi Kotwal (CEO) and others.", "Ravi Kotwal", model.Person},
		{"founded by", "Quillpay was founded by Obi Nnamdi in Lagos.", "Obi Nnamdi", model.Person},
		{"a middle initial", "The deal was signed by Johan K. Tellefsen yesterday.", "Johan K. Tellefsen", model.Person},
		{"dotted initials", "Brightwave hired J.K. Tallow Partners to advise it.", "J.K. Tallow Partners", model.Company},
		{"a company only is acquired", "Tallgrass acquired UK-headquartered John Pellow in a deal.", "John Pellow", model.Company},
	}
	for _, c := range cases {
		doc := x.Extract(model.Article{ID: "t", Text: c.text})
		found := false
		for _, e := range doc.Entities {
			found = found || contains(e.Mentions, c.want) && e.Type == c.typ
		}
		if !found {
			t.Errorf("%s: no %s %q in %+v", c.name, c.typ, c.want, doc.Entities)
		}
	}
}

// A currency code next to a figure is money, not a company.
func TestCurrencyCodeIsNoName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "Brightwave Capital sold a stake for EGP 7.3 bn. The EGP fell."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "EGP") {
			t.Errorf("EGP taken as a name: %+v", e)
		}
	}
}
