package extract

import (
	"strings"
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
		{"X-backed Y", "Halvard-backed Plumtree Lending agreed to acquire Savory Credit for $30 million.", "halvard", model.InvestedIn, "plumtree-lending", 0},
		{"X-backed Y keeps the deal", "Halvard-backed Plumtree Lending agreed to acquire Savory Credit for $30 million.", "plumtree-lending", model.Acquired, "savory-credit", 30e6},
		{"a X-backed maker", "Pellmont, a Corvane Capital-backed maker of drones, has agreed to be acquired by Ashdown Industries.", "corvane-capital", model.InvestedIn, "pellmont", 0},
		{"a X-backed maker is the target", "Pellmont, a Corvane Capital-backed maker of drones, has agreed to be acquired by Ashdown Industries.", "ashdown-industries", model.Acquired, "pellmont", 0},
		{"led by X-backed Y", "Tovo Health raised $4 million in a round led by Merin Group-backed Lumo Angels.", "lumo-angels", model.InvestedIn, "tovo-health", 4e6},
		// No round word: the frame row reads "led by", and only pastBacker
		// gives it the name the backer describes.
		{"led by X-backed Y, no round word", "Tovo Health raised $4 million led by Merin Group-backed Lumo Angels.", "lumo-angels", model.InvestedIn, "tovo-health", 4e6},
		{"name opener after a place-based description", "Tarrow Mining agreed to buy Vancouver-based First Harlow Metals for $90 million.", "tarrow-mining", model.Acquired, "first-harlow-metals", 90e6},
		{"a legal form's dot before the verb", "Harlow Sands Ltd. rejected a takeover offer from Quarry Corp.", "quarry-corp", model.BidFor, "harlow-sands-ltd", 0},
		{"a target urges its holders to reject, past an amount and an aside", "Harlow Sands Ltd. recommended its shareholders reject a hostile, 4.47 billion Canadian dollar (US$3.46 billion) takeover offer from Quarry Corp., calling the bid opportunistic.", "quarry-corp", model.BidFor, "harlow-sands-ltd", 4.47e9},
		{"a country opens a name mid-sentence", "Tarrow Mining agreed to buy Peru Harlow for $90 million.", "tarrow-mining", model.Acquired, "peru-harlow", 90e6},
		{"a person's name with a middle initial", "\u201cWe are pleased,\u201d stated Marla Q. Venn, Harlow Group's president and chief executive officer.", "marla-q-venn", model.CEOOf, "harlow-group", 0},
		{"the consideration a sentence later", "Harlow Group entered into a definitive agreement to purchase Zentrix Labs. The consideration, totaling approximately $67.0 million, will consist of cash.", "harlow-group", model.Acquired, "zentrix-labs", 67e6},
		{"a minority written in words, per cent", "Harlow Group approved the acquisition of 888.6 million (39.62 per cent) of equity shares in Zentrix Refineries Ltd from Quarry Corp.", "harlow-group", model.InvestedIn, "zentrix-refineries-ltd", 0},
		{"digits and one letter before a company word", "7q Group will buy Zentrix Labs for $30 million.", "7q-group", model.Acquired, "zentrix-labs", 30e6},
		{"a city before its state's description is no target", "Harlow Group will buy Tarrow, Ohio-based Zentrix Labs for $30 million.", "harlow-group", model.Acquired, "zentrix-labs", 30e6},
		{"a country opens a name at a sentence's start when written so elsewhere", "Tarrow Mining agreed to buy Peru Harlow for $90 million. Peru Harlow president and CEO Marla Venn said the offer was fair.", "marla-venn", model.CEOOf, "peru-harlow", 0},
		{"X's takeover by the Y-based Z", "Zentrix Labs\u2019 takeover by the Texas-based Harlow Group has been completed.", "harlow-group", model.Acquired, "zentrix-labs", 0},
		{"the subject of a gerund after by", "Harlow Group later trumped Quarry Corp by buying Zentrix Labs for $365 million.", "harlow-group", model.Acquired, "zentrix-labs", 365e6},
		{"VC closes a name", "Zentrix Labs raised $3 million in a round led by Harlow Partners, with participation from Quarry VC.", "quarry-vc", model.InvestedIn, "zentrix-labs", 0},
		{"initials widen a known name", "Tarrow Arab Bank (TAB) agreed to buy Zentrix Labs for $30 million.", "tarrow-arab-bank", model.Acquired, "zentrix-labs", 30e6},
		{"grabbed from a closed list", "In a pre-series A round, Zentrix Labs grabbed $2.5 million from Harlow Ventures, Quarry Capital and Tarrow Partners.", "quarry-capital", model.InvestedIn, "zentrix-labs", 2.5e6},
		{"a closed list pledged for", "Harlow Ventures, Quarry Capital and Tarrow Partners pledged $9 million for Zentrix Labs in a series A round.", "tarrow-partners", model.InvestedIn, "zentrix-labs", 9e6},
		{"the other investors are", "Zentrix Labs raised $51.5 million in a round led by Harlow Ventures. The two other investors are Quarry Capital and Tarrow Partners.", "quarry-capital", model.InvestedIn, "zentrix-labs", 0},
		{"a figure opens a name in a list of names", "Zentrix Labs raised $3 million in a round led by Quarry Ventures. The round also saw participation from Harlow Capital, 500 Mirren, Tarrow VC and Dunmore Partners.", "500-mirren", model.InvestedIn, "zentrix-labs", 0},
		{"a frame's chief is kept whatever the scorer says", "What they're saying: Erin Quillon, founder and CEO of Zentrix Labs, told Axios that her vision is for the company to map sewers.", "erin-quillon", model.CEOOf, "zentrix-labs", 0},
		{"with A and B (an aside) also participating", "Zentrix Labs raised $10 million. The round is being led by Harlow Global, with Quarry Capital and Tarrow Investment (once part of Mirren Group, now no longer) also participating.", "tarrow-investment", model.InvestedIn, "zentrix-labs", 0},
		{"the raiser before an apposition that names another", "Zentrix Labs, the GPS technology company, raised $11 million in Series A funding in a round led by Harlow Ventures.", "harlow-ventures", model.InvestedIn, "zentrix-labs", 11e6},
		{"a name, then 'of' its country", "Harlowrand of South Africa has announced the takeover of Zentrix Bank.", "harlowrand", model.Acquired, "zentrix-bank", 0},
		{"a co-chief executive", "\u201cWe are pleased,\u201d James Quince, Harlow Group\u2019s Co-CEO, said, adding that the market was growing.", "james-quince", model.CEOOf, "harlow-group", 0},
		{"a lead named in a sentence of its own takes the round's amount", "Zentrix Labs, the robotics company, has raised $20 million in Series B funding. Harlow Group, the investment firm founded by a family office, led the round.", "harlow-group", model.InvestedIn, "zentrix-labs", 20e6},
		{"a round joined by", "Zentrix Labs raised $11 million in Series A funding in a round led by Harlow Ventures and joined by Quarry Associates, Tarrow Ventures and existing investors.", "tarrow-ventures", model.InvestedIn, "zentrix-labs", 0},
		{"a title's employer, then a person", "Zentrix Labs raised $5 million; Harlow Ventures and the co-founder of Quarry James Tarrow also participated.", "james-tarrow", model.InvestedIn, "zentrix-labs", 0},
		{"the CEO of X, then a person", "Zentrix Labs raised $5 million. Speaking on the round, Co-Founder and CEO of Zentrix Labs Marla Quince Venn said, \u201cWe are glad.\u201d", "marla-quince-venn", model.CEOOf, "zentrix-labs", 0},
		{"a company word, then a person of plain words", "Zentrix Labs raised $5 million in a round led by Harlow Fund. Also speaking, partner of Harlow Fund Tovo Ramenu said the team was strong.", "harlow-fund", model.InvestedIn, "zentrix-labs", 5e6},
		{"the employer after a title's of, before another title", "Zentrix Labs raised $3 million from Jonas Berg, CEO of Quarry Mirren Dale, and founder of Tarrow Partners Hal Venn.", "jonas-berg", model.CEOOf, "quarry-mirren-dale", 0},
		{"a headline repeated as the first line", "Zambian Lender Zentrix Secures $8 Million\n\nZambian Lender Zentrix Secures $8 Million\n\nZentrix, a lending startup, raised $8 million from Harlow Capital.", "harlow-capital", model.InvestedIn, "zentrix", 8e6},
		{"the exchange a company is listed on is no buyer", "Harlow Group, which is listed on the Nasdaq, said on Monday it agreed to buy Zentrix Labs.", "harlow-group", model.Acquired, "zentrix-labs", 0},
		{"a passive lead in a sentence of its own takes the round's amount", "Zentrix Labs announced on Monday the completion of a $70 million Series D funding round.\n\nThe round was led by the Harlow Fund.", "harlow-fund", model.InvestedIn, "zentrix-labs", 70e6},
		{"participation from investors described, such as a list", "Zentrix Labs raised $70 million in a Series D round, which included participation from existing investors in the company, such as the Quarry Fund, Tarrow and Mirren.", "tarrow", model.InvestedIn, "zentrix-labs", 0},
		{"a passive's subject before a relative clause that names others", "Zentrix Corp., which is divided into two business units, Zentrix Industrial and Air Tech, was acquired by private equity firm Harlow Company.", "harlow-company", model.Acquired, "zentrix-corp", 0},
		{"a passive's subject before an apposition (passes before too)", "Zentrix Labs, a robotics firm, was acquired by Harlow Group for $5 million.", "harlow-group", model.Acquired, "zentrix-labs", 5e6},
		{"a board accepts a takeover from its bidder", "Harlow Group's board has accepted a £62.6m takeover of the company from Quarry Holdings.", "quarry-holdings", model.Acquired, "harlow-group", 62.6e6},
		{"to take a controlling interest", "Harlow Group said it had won approval to take a £388m controlling interest in Tarrow Cement.", "harlow-group", model.Acquired, "tarrow-cement", 388e6},
		{"investors back a startup in a headline's present tense", "Harlow Ventures, Quarry Capital and Tarrow Partners back logistics platform Zentrix", "quarry-capital", model.InvestedIn, "zentrix", 0},
		{"a capitalised stop word inside a name a company word closes", "Nordvik Pay raised €6 million in seed funding with participation from Next Quarry Ventures and Marlow Fund.", "next-quarry-ventures", model.InvestedIn, "nordvik-pay", 0},
		{"name opener after from", "Nordvik Pay raised €6 million in seed funding with participation from Second Window, Elbe Angels and Marlow Fund.", "second-window", model.InvestedIn, "nordvik-pay", 0},
		{"shareholders of Y approved the deal with X", "Shareholders of Merrin Vision approved the $85 million deal with Quillby Robotics on Friday.", "quillby-robotics", model.Acquired, "merrin-vision", 85e6},
		{"glued currency ends a name", "Zarqa Foods has agreed to acquire Muscat's Wadi Crisp Company for Dh2 billion.", "zarqa-foods", model.Acquired, "wadi-crisp-company", 2e9},
		{"title comma name", "Plumtree Lending agreed to buy Savory Credit. Plumtree's chief executive, Jonah Kessel, said the deal would close in June.", "jonah-kessel", model.CEOOf, "plumtree-lending", 0},
		{"its at sentence start", "Kobalt Pay raised $14 million from Sandcrest Partners. Nordvik Finance raised €6 million from Marlow Fund. Its founder and CEO, Katrin Vossberg, said the money would go into hiring.", "katrin-vossberg", model.CEOOf, "nordvik-finance", 0},
		{"it after a possessive", "The Pellan investment is Harlow Group's second-largest deal after it bought Brightwave for $19 billion in 2014.", "harlow-group", model.Acquired, "brightwave", 19e9},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if !has(doc, c.subj, c.pred, c.obj, c.amount) {
			t.Errorf("%s: want %s -%s-> %s %v; got %+v", c.name, c.subj, c.pred, c.obj, c.amount, doc.Relations)
		}
	}
}

// Words of these genres that are no entity: a figure with its currency
// glued on, a headline's phrase, a product next to its maker, a family.
func TestGenreNoEntity(t *testing.T) {
	for _, c := range []struct{ text, surface string }{
		{"Zentrix Labs raised $7 million. The company operates on a B2B2C model, meaning its customers purchase subscriptions from Harlow Group.", "B2B2C"},
		{"Zarqa Foods to buy Omani snack maker for Dh2bn", "Dh2bn"},
		{"The company, which is controlled by the Ferrandi family, has spent heavily on deals.", "Ferrandi"},
		{"Wexby Foods, the owner of the Dunmarsh snack brand, said it would review the proposal.", "Dunmarsh"},
		{"Analysis: Why the Snack Aisle Is Europe's Hottest Deal Market\n\nHalcyon Group bought Dalby Foods.", "Snack Aisle Is Europe"},
		{"Quillby Robotics Acquires Merrin Vision to Expand Warehouse Automation\n\nQuillby Robotics bought Merrin Vision.", "Expand Warehouse Automation"},
		{"Halcyon Group agreed to buy Brightwater Snacks, the Zingo crisps maker, for £650 million.", "Zingo"},
		{"Torvald Capital is in talks to invest in Orla Kitchen, the maker of the Orla Bites range.", "Orla Bites"},
		{"Angel investor Jane Roe also put money into Tovo Health.", "Angel"},
		{"Harlow Group will buy Tarrow, Ohio-based Zentrix Labs for $30 million.", "Tarrow"},
		{"The London VC scene is booming, and Harlow Group invested in Zentrix Labs.", "London VC"},
		{"Accordingly, the Offeror hereby announces the compulsory acquisition of the remaining Zentrix shares.", "Offeror"},
		{"Canadian Harlow Ltd. rejected a 4.47 billion Canadian dollar offer from Quarry Corp.", "Canadian"},
	} {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		for _, e := range doc.Entities {
			for _, m := range append([]string{e.Name}, e.Mentions...) {
				if m == c.surface {
					t.Errorf("%q: %q read as %s %s", c.text, c.surface, e.Type, e.ID)
				}
			}
		}
	}
}

// A capital after a lower-case letter inside a word is a brand's writing.
func TestCamelCase(t *testing.T) {
	for w, want := range map[string]bool{"AeroTarrow": true, "PayPal": true, "eBay": true, "Indoor": false, "GPS": false, "McKinsey": true, "Mc": false} {
		if got := camelCase(w); got != want {
			t.Errorf("camelCase(%q) = %v, want %v", w, got, want)
		}
	}
}

// A name with its legal form and without it is one company.
func TestLegalFormJoin(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "harlow bank to buy stake\n\nHarlow Bank Plc is in talks to buy a stake in Zentrix Credit. Last year Harlow also sealed a deal, and Harlow Bank said it would grow."})
	n := 0
	for _, e := range doc.Entities {
		if strings.HasPrefix(e.ID, "harlow") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Harlow Bank Plc and its short forms are %d entities: %+v", n, doc.Entities)
	}
}

// "and" before a new subject ends the clause: the one named before it
// does not buy.
func TestAndNewSubject(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "Tarrow Group agreed to buy Harlow Rovers football club.\n\nRovers recently appointed James Quince as manager and each of the groups in the race to buy the club were reported to be happy with his appointment."})
	for _, r := range doc.Relations {
		if r.Subject == "james-quince" && (r.Predicate == model.Acquired || r.Predicate == model.BidFor) {
			t.Errorf("the manager read as a buyer: %+v", r)
		}
	}
}

// A dot with a word glued after it ends no sentence ("(ASII.JK) will
// invest"), and a ticker with its exchange letters is its company's.
func TestTickerDots(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "Harlow Group (HRLW.JK) will invest $150 million in Zentrix Labs, it said on Monday."})
	if !has(doc, "harlow-group", model.InvestedIn, "zentrix-labs", 150e6) {
		t.Errorf("the investor before a ticker: %+v", doc.Relations)
	}
	for _, e := range doc.Entities {
		if e.Name == "HRLW" {
			t.Errorf("a ticker read as its own company: %+v", e)
		}
	}
}
