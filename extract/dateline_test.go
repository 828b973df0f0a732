package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// A dateline's agency, on no list, is a company and no party to the story.
func TestDatelineAgency(t *testing.T) {
	cases := []struct {
		name, text, agency string
		want               bool
	}{
		{"city, date, agency in brackets", "Harlow buys Zentrix\n\nLONDON, March 3 (Corrant News) - Harlow Group bought Zentrix Labs.", "Corrant News", true},
		{"two-word city", "Harlow buys Zentrix\n\nSAN FRANCISCO, April 2 (Corrant News) - Harlow Group bought Zentrix Labs.", "Corrant News", true},
		{"date first", "Deals of the day\n\nAug 14 (Corrant News) - The following deals were reported.", "Corrant News", true},
		{"ar agency in brackets", "خبر\n\nالرياض، 12 مارس (مدار) - استحوذت مجموعة زمرد على شركة رمال للإسمنت.", "مدار", true},
		{"ar agency after a dash", "خبر\n\nالدوحة - سمت: استحوذت مجموعة زمرد على شركة رمال للإسمنت.", "سمت", true},
		{"ar quoted byline on its own line", "خبر\n\nالرياض – «نشرة الأعمال الإماراتية»\n\nاستحوذت مجموعة زمرد على شركة رمال للإسمنت.", "نشرة الأعمال الإماراتية", true},
		{"a capital city on no list", "Harlow buys Zentrix\n\nBRANTFORD, Nov 2 (Corrant News) - Harlow Group bought Zentrix Labs.", "Corrant News", true},
		{"a capital city on no list is no entity", "Harlow buys Zentrix\n\nBRANTFORD, Nov 2 (Corrant News) - Harlow Group bought Zentrix Labs.", "BRANTFORD", false},
		{"a capital city on no list before its country is no entity", "Harlow buys Zentrix\n\nBRANTFORD, THE NETHERLANDS – Harlow Group bought Zentrix Labs.", "BRANTFORD", false},
		{"no place before the brackets", "Harlow buys Zentrix\n\nShares rose in London (Corrant News) - traders said.", "Corrant News", false},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		id := entityWith(doc, c.agency)
		if (id != "") != c.want {
			t.Errorf("%s: %q found %v, want %v; entities %+v", c.name, c.agency, id != "", c.want, doc.Entities)
		}
		for _, r := range doc.Relations {
			if id != "" && (r.Subject == id || r.Object == id) {
				t.Errorf("%s: the agency is a party: %+v", c.name, r)
			}
		}
	}
}
