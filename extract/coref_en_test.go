package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// English short and legal forms of one invented company are one entity;
// two legal entities named side by side stay two.
func TestEnglishCoresJoin(t *testing.T) {
	cases := []struct {
		name, text string
		a, b       string
		one        bool
	}{
		{"without Holding", "Brennick Dhabi Holding reported higher profits. Brennick Dhabi also bought Zentrix Labs.", "Brennick Dhabi", "Brennick Dhabi Holding", true},
		{"Co and Company", "Harlow Energy Co agreed to buy Zentrix Labs. Harlow Energy Company said the deal would close soon.", "Harlow Energy Co", "Harlow Energy Company", true},
		{"two legal entities side by side", "The facility was signed by Harlow Energy Corporation, Harlow Energy Company, LLC and Dalby Bank.", "Harlow Energy Corporation", "Harlow Energy Company", false},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		ida, idb := entityWith(doc, c.a), entityWith(doc, c.b)
		if ida == "" || idb == "" || (ida == idb) != c.one {
			t.Errorf("%s: %q is %q, %q is %q (one entity: want %v)", c.name, c.a, ida, c.b, idb, c.one)
		}
	}
}

// entityWith is the id of the entity that has mention m, or "".
func entityWith(doc model.Document, m string) string {
	for _, e := range doc.Entities {
		for _, x := range e.Mentions {
			if x == m {
				return e.ID
			}
		}
	}
	return ""
}

// A firm named after a person is a company when one mention's context says
// only a company can be meant, though others only show a first name.
func TestCompanyContextOutweighsFirstName(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "Harlow Group has acquired UK-headquartered John Pellow in a £700 million deal. Harlow Group will combine John Pellow with its logistics unit."})
	for _, e := range doc.Entities {
		if e.Name == "John Pellow" && e.Type != model.Company {
			t.Errorf("John Pellow typed %s, want Company", e.Type)
		}
	}
	if !has(doc, "harlow-group", model.Acquired, "john-pellow", 700e6) {
		t.Errorf("want harlow-group -ACQUIRED-> john-pellow; got %+v", doc.Relations)
	}
}

// A nationality opening a company's name is no short form of it: "The
// Saudi fund" names no company. Invented names.
func TestNationalityIsNoShortForm(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "The Saudi sovereign wealth fund bought stakes in four companies. The Saudi Zentrix Investment Company bought shares in Harlow Fertilizers."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "Saudi") {
			t.Errorf("Saudi read as a short form: %+v", e)
		}
	}
}
