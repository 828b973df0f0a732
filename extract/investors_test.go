package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// English investor lists in funding news, one shape a case; invented names.
// amount -1: the relation must be there with no amount.
func TestInvestorLists(t *testing.T) {
	cases := []struct {
		name, text      string
		subj, pred, obj string
		amount          float64
	}{
		{"closed list then purpose", "Kirana Mart raised Rs 500 crore from Dalby Capital and Ferrow Partners to open new stores.", "ferrow-partners", model.InvestedIn, "kirana-mart", 5e9},
		{"closed list then purpose, first", "Kirana Mart raised Rs 500 crore from Dalby Capital and Ferrow Partners to open new stores.", "dalby-capital", model.InvestedIn, "kirana-mart", 5e9},
		{"participation from existing investors", "Tovo Health raised $12 million in a Series A round led by Northgate Ventures, with participation from existing investors Dalby Capital and Ferrow Partners.", "ferrow-partners", model.InvestedIn, "tovo-health", -1},
		{"participation from existing investor", "Tovo Health raised $12 million in a Series A round led by Northgate Ventures, with participation from existing investor Dalby Capital.", "dalby-capital", model.InvestedIn, "tovo-health", -1},
		{"existing backers took part", "Tovo Health raised $12 million in a Series A round. Existing backers Dalby Capital, Ferrow Partners and Corvane Capital also took part.", "corvane-capital", model.InvestedIn, "tovo-health", -1},
		{"existing backers joined", "Tovo Health raised $12 million in a Series A round. Existing backers Dalby Capital, Ferrow Partners and Corvane Capital also joined.", "dalby-capital", model.InvestedIn, "tovo-health", -1},
		{"also participated in the round", "Tovo Health raised $12 million in a Series A round led by Northgate Ventures. Dalby Capital, Ferrow Partners and Corvane Capital also participated in the round.", "ferrow-partners", model.InvestedIn, "tovo-health", -1},
		{"led by with joining", "Tovo Health raised $12 million. The round was led by Northgate Ventures, with Dalby Capital, Ferrow Partners and Corvane Capital joining.", "ferrow-partners", model.InvestedIn, "tovo-health", -1},
		{"led by with joining, lead", "Tovo Health raised $12 million. The round was led by Northgate Ventures, with Dalby Capital, Ferrow Partners and Corvane Capital joining.", "northgate-ventures", model.InvestedIn, "tovo-health", 12e6},
		{"co-led by both", "Tovo Health raised $12 million in a round co-led by Northgate Ventures and Dalby Capital.", "dalby-capital", model.InvestedIn, "tovo-health", 12e6},
		{"backed by closed", "Tovo Health, which is backed by Northgate Ventures, Dalby Capital and Ferrow Partners, sells software to clinics.", "ferrow-partners", model.InvestedIn, "tovo-health", -1},
		{"investors include", "Tovo Health raised $12 million last year. Its investors include Northgate Ventures and Dalby Capital.", "dalby-capital", model.InvestedIn, "tovo-health", -1},
		{"people with titles in a list", "Tovo Health raised $8 million in a Series A in 2018. Early investors like Doctor Jane Roe, Director at Kestrel company, Tom Berger, Managing Director of Pellmont, and Anna Tarrow were paid well.", "anna-tarrow", model.InvestedIn, "tovo-health", -1},
		{"people with titles in a list, second", "Tovo Health raised $8 million in a Series A in 2018. Early investors like Jane Roe, Director at Kestrel company, Tom Berger, Managing Director of Pellmont, and Anna Tarrow were paid well.", "tom-berger", model.InvestedIn, "tovo-health", -1},
		{"leads with an apposition", "Tovo Health raised $30 million. Dalby Capital and Ferrow Ltd., another existing investor in the company, are leading the round.", "dalby-capital", model.InvestedIn, "tovo-health", 30e6},
		{"place possessive inside a list", "Tovo Health raised $30 million. Dalby Capital and South Africa's Ferrow Ltd. are leading the round.", "dalby-capital", model.InvestedIn, "tovo-health", 30e6},
		{"leads of a round sought", "Tovo Health is seeking $300 million for expansion, people said. The fundraising would value it at $1 billion. Dalby Capital and Ferrow Ltd., another existing investor in the company, are leading the fundraising.", "ferrow-ltd", model.InvestedIn, "tovo-health", 300e6},
		{"and inside a name", "Tovo Health raised $12 million from Northgate Ventures and Ashby and Cole Ventures.", "ashby-and-cole-ventures", model.InvestedIn, "tovo-health", 12e6},
		{"investors in the round include", "Tovo Health raised $12 million. Other investors in the round include Dalby Capital and Ferrow Partners.", "ferrow-partners", model.InvestedIn, "tovo-health", -1},
		{"with also participating", "Tovo Health raised $12 million in a round led by Northgate Ventures, with Dalby Capital and Ferrow Partners also participating.", "dalby-capital", model.InvestedIn, "tovo-health", -1},
		{"the firm's investor leading the deal", "Tovo Health is raising $100 million, sources say. The new round will value the company at around $470 million. However, the deal has not closed. The Dalby investor leading the deal is Jane Roe.", "dalby", model.InvestedIn, "tovo-health", 100e6},
		{"the round's company is not the topic", "Harlow Group bought Pellmont. Harlow Group also bought Zentrix, and Harlow Group shares rose. Tovo Health is raising $100 million, sources say. The Dalby investor leading the deal is Jane Roe.", "dalby", model.InvestedIn, "tovo-health", 100e6},
		{"angel investor person", "Tovo Health raised $2 million in seed funding from Northgate Ventures and angel investor Jane Roe.", "jane-roe", model.InvestedIn, "tovo-health", 2e6},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		amt := c.amount
		if amt < 0 {
			amt = 0
		}
		ok := has(doc, c.subj, c.pred, c.obj, amt)
		if ok && c.amount < 0 {
			for _, r := range doc.Relations {
				if r.Subject == c.subj && r.Predicate == c.pred && r.Object == c.obj && r.Amount != 0 {
					ok = false
				}
			}
		}
		if !ok {
			t.Errorf("%s: want %s -%s-> %s %v; got %+v\n  entities %+v", c.name, c.subj, c.pred, c.obj, c.amount, doc.Relations, doc.Entities)
		}
	}
}
