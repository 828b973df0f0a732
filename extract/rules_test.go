package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-news/kg/model"
)

// More sentences written for the tests, one per rule, about made-up firms.
func TestRulesOnOwnSentences(t *testing.T) {
	cases := []struct {
		name, text      string
		subj, pred, obj string
		amount          float64
	}{
		{"ar svo present", "نخلة تشتري منصة \"زيتونة\" مقابل 300 مليون دولار", "nkhlh", model.Acquired, "zytwnh", 300e6},
		{"ar quoted target after على", "أعلنت شركة سحاب القابضة استحواذها على \"غيمة\" مقابل 1.5 مليار ريال.", "shab-alqabdh", model.Acquired, "ghymh", 1.5e9},
		{"ar stake percent is investment", "اشترت شركة سحاب القابضة حصة 20% في شركة مرجان مقابل 90 مليون دولار.", "shab-alqabdh", model.InvestedIn, "mrjan", 90e6},
		{"ar controlling stake", "اشترت شركة سحاب القابضة حصة 60% في شركة مرجان مقابل 90 مليون دولار.", "shab-alqabdh", model.Acquired, "mrjan", 90e6},
		{"ar title then person", "وقال الرئيس التنفيذي لشركة مرجان، خالد الفهد، إن الصفقة مهمة.", "khald-alfhd", model.CEOOf, "mrjan", 0},
		{"ar founders", "وتأسست \"غيمة\" عام 2015 على يد سلمان العلي وفهد الناصر.", "slman-alaly", model.Founded, "ghymh", 0},
		{"ar round leaders", "جمعت \"غيمة\" 50 مليون دولار في جولة تمويل قادتها شركة سحاب القابضة.", "shab-alqabdh", model.InvestedIn, "ghymh", 50e6},
		{"ar eastern digits", "استحوذت شركة سحاب القابضة على \"غيمة\" مقابل ٤٥٠ مليون دولار.", "shab-alqabdh", model.Acquired, "ghymh", 450e6},
		{"ar purpose is bid", "قدمت شركة سحاب القابضة عرضا لشراء \"غيمة\" مقابل 2 مليار دولار، لكن مجلس الإدارة رفضه.", "shab-alqabdh", model.BidFor, "ghymh", 2e9},
		{"en the headline's subject is the verb's, not a name after by", "Built by Wanderers in Berlin, Brightwave Raises Capital from US Investors\n\nBuilt by Wanderers in Berlin, Brightwave Raises Capital from US Investors\n\nA funny thing is happening in Berlin. Reports estimate the city has 1300 startups. Further, they are funded by US-based investors like Northgate Ventures and Redline Capital.\n\nBrightwave has 12 staff.", "redline-capital", model.InvestedIn, "brightwave", 0},
		{"ar the object of a relative clause", "أخبار\n\nويشبه مشروع \"غيمة\" الذي استحوذت عليه شركة \"سحاب القابضة\" الألمانية بـ 100 مليون دولار في 2017 شركات أخرى.", "shab-alqabdh", model.Acquired, "ghymh", 100e6},
		{"ar the object of a relative clause with a glued pronoun (passes before too)", "أخبار\n\nوتعمل شركة مرجان التي اشترتها شركة سحاب القابضة العام الماضي في مجال الدفع.", "shab-alqabdh", model.Acquired, "mrjan", 0},
		{"en the object of a relative clause (passes before too)", "Deal news\n\nBrightwave, which Harlow Group acquired in 2017 for $100 million, now runs in six countries.", "harlow-group", model.Acquired, "brightwave", 100e6},
		{"en round led by", "Brightwave raised $40 million in a Series B round led by Northgate Ventures.", "northgate-ventures", model.InvestedIn, "brightwave", 40e6},
		{"en possessive compound", "Investors backed Harlow Group's $2.1bn Tallgrass Robotics takeover.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en founded with", "Maria Lindqvist founded Tallgrass Robotics in 2014 with Jonas Berg.", "jonas-berg", model.Founded, "tallgrass-robotics", 0},
		{"en gapped investors", "Northgate Ventures is putting in $300m, Redline Capital $200m and Bluewater Partners $100m into Tallgrass Robotics.", "redline-capital", model.InvestedIn, "tallgrass-robotics", 200e6},
		{"en rejected approach", "Harlow Group agreed to buy Tallgrass Robotics for $3bn. A year earlier Tallgrass Robotics rejected a $2bn approach.", "harlow-group", model.BidFor, "tallgrass-robotics", 2e9},
		{"en said it would acquire", "Harlow Group said it would acquire Tallgrass Robotics for $900 million.", "harlow-group", model.Acquired, "tallgrass-robotics", 900e6},
		{"en passive perfect", "Tallgrass Robotics has been bought by Harlow Group for $1.2 billion.", "harlow-group", model.Acquired, "tallgrass-robotics", 1.2e9},
		{"en sale to", "Kestrel Holdings agreed to sell Tallgrass Robotics to Harlow Group for $700 million.", "harlow-group", model.Acquired, "tallgrass-robotics", 700e6},
		{"en offer for the company", "Tallgrass Robotics said Harlow Group had made an unsolicited $5 billion offer for the company.", "harlow-group", model.BidFor, "tallgrass-robotics", 5e9},
		{"en possessive title", "Harlow Group's chief executive, Jane Doe, said the deal made sense.", "jane-doe", model.CEOOf, "harlow-group", 0},
		{"ar agreement to acquire", "وقعت شركة سحاب القابضة اتفاقية للاستحواذ على شركة مرجان مقابل 700 مليون دولار.", "shab-alqabdh", model.Acquired, "mrjan", 700e6},
		{"ar fund invests", "أعلن صندوق الغيث للاستثمار عن استثمار 200 مليون دولار في شركة مرجان.", "alghyth-llastthmar", model.InvestedIn, "mrjan", 200e6},
		{"ar sale to", "باعت شركة سحاب القابضة حصتها في شركة مرجان إلى مجموعة الريان مقابل 300 مليون دولار.", "alryan", model.Acquired, "mrjan", 300e6},
		{"ar definite name after مجموعة", "استحوذت مجموعة الريان على شركة مرجان بالكامل.", "alryan", model.Acquired, "mrjan", 0},
		{"ar offer reported", "قالت شركة مرجان إن مجموعة الريان قدمت عرضا بقيمة 5 مليارات دولار للاستحواذ عليها.", "alryan", model.BidFor, "mrjan", 5e9},
		{"ar fraction is a stake", "استحوذت مجموعة الريان على ثلث شركة مرجان مقابل 90 مليون دولار.", "alryan", model.InvestedIn, "mrjan", 90e6},
		{"ar shares bought", "اشترت مجموعة الريان نحو 20 مليون سهم في شركة مرجان مقابل 40 مليون دولار.", "alryan", model.InvestedIn, "mrjan", 40e6},
		{"ar founders after the verb", "وكانت شركة مرجان، التي أسسها سلمان العلي وفهد الناصر، قد نمت بسرعة.", "fhd-alnasr", model.Founded, "mrjan", 0},
		{"ar co-founded", "ويذكر أن \"غيمة\" شارك في تأسيسها سلمان العلي.", "slman-alaly", model.Founded, "ghymh", 0},
		{"en paid for", "The $3 billion Harlow Group paid for Tallgrass Robotics in 2017 looks cheap now.", "harlow-group", model.Acquired, "tallgrass-robotics", 3e9},
		{"ar leaders before a relative", "ومن أبرز داعمي \"غيمة\" مجموعة الريان وصندوق الغيث للاستثمار، اللذان قادا جولة تمويل بلغت نحو 75 مليون دولار.", "alryan", model.InvestedIn, "ghymh", 75e6},
		{"ar then goes on", "اشترت مجموعة الريان حصة 51% في شركة مرجان مقابل 100 مليون دولار، ثم استحوذت على الـ49% المتبقية بنحو 90 مليون دولار.", "alryan", model.Acquired, "mrjan", 90e6},
		{"en replaced by", "Tallgrass Robotics said its chief executive, Jane Doe, will be replaced by John Roe.", "john-roe", model.CEOOf, "tallgrass-robotics", 0},
		{"en deal for", "In May Harlow Group struck a $700 million deal for the privately held Texas producer Tallgrass Robotics.", "harlow-group", model.Acquired, "tallgrass-robotics", 700e6},
		{"en snapped up", "Harlow Group snapped up Tallgrass Robotics for $300 million.", "harlow-group", model.Acquired, "tallgrass-robotics", 300e6},
		{"en pumped into", "Northgate Ventures has pumped $40 million into Tallgrass Robotics.", "northgate-ventures", model.InvestedIn, "tallgrass-robotics", 40e6},
		{"en swallowed by", "Tallgrass Robotics was swallowed by Harlow Group in 2019.", "harlow-group", model.Acquired, "tallgrass-robotics", 0},
		{"ar bought (اقتنت)", "اقتنت مجموعة الريان شركة مرجان بقيمة 50 مليون دولار.", "alryan", model.Acquired, "mrjan", 50e6},
		{"ar bought (ابتاعت)", "ابتاعت شركة سحاب القابضة حصة الأغلبية في شركة مرجان.", "shab-alqabdh", model.Acquired, "mrjan", 0},
		{"ar funded (موّلت)", "موّلت شركة سحاب القابضة شركة مرجان بمبلغ 20 مليون دولار.", "shab-alqabdh", model.InvestedIn, "mrjan", 20e6},
		{"ar tender (عطاء)", "تقدمت مجموعة الريان بعطاء للاستحواذ على شركة مرجان.", "alryan", model.BidFor, "mrjan", 0},
		{"en relative clause after the buyer", "Harlow Group, which owns Marlow Foods, bought Zentrix Labs.", "harlow-group", model.Acquired, "zentrix-labs", 0},
		{"en participants join the raiser, not the lead", "Zentrix Labs has raised new funding. Dalby Capital led the $20 million Series B round, with participation from Northgate Ventures and Redline Partners.", "redline-partners", model.InvestedIn, "zentrix-labs", 0},
		{"en the company raised, after its founders", "Today we cover Tarrow Shop, a fintech startup. Founded by Ada Venn, Jonah Reyes, and Mira Solano, the company just raised a $2 million seed round led by Dalby Capital with participation from Northgate Ventures.", "northgate-ventures", model.InvestedIn, "tarrow-shop", 0},
		{"en founders of the company before its raise", "Today we cover Tarrow Shop, a fintech startup. Founded by Ada Venn, Jonah Reyes, and Mira Solano, the company just raised a $2 million seed round led by Dalby Capital.", "mira-solano", model.Founded, "tarrow-shop", 0},
		{"en it, then words, then the verb", "Harlow Group reported strong results on Monday. It agreed to buy Zentrix Labs.", "harlow-group", model.Acquired, "zentrix-labs", 0},
		{"en the name after a described modifier", "Harlow Group acquired D2C snack brand Tarrow Foods.", "harlow-group", model.Acquired, "tarrow-foods", 0},
		{"en named as its new chief executive", "Zentrix Labs named Maria Lindqvist as its new chief executive.", "maria-lindqvist", model.CEOOf, "zentrix-labs", 0},
		{"en has named as CEO", "Zentrix Labs has named Maria Lindqvist as CEO.", "maria-lindqvist", model.CEOOf, "zentrix-labs", 0},
		{"en an offer for a holder's stake", "Harlow Group has rejected a $300 million offer from Dalby Capital for its 20% stake in Zentrix Labs.", "dalby-capital", model.BidFor, "zentrix-labs", 300e6},
		{"en several targets of one purchase", "Harlow Group said it completed the purchase of Zentrix Labs, Marlow Foods and Tarrow Energy.", "harlow-group", model.Acquired, "tarrow-energy", 0},
		{"en one price for two targets", "Harlow Group bought Zentrix Labs and Marlow Foods for $3 billion.", "harlow-group", model.Acquired, "marlow-foods", 3e9},
		{"ar one price for two targets", "استحوذت مجموعة زمرد على شركة رمال للإسمنت وشركة واحة للأغذية مقابل 500 مليون دولار.", "zmrd", model.Acquired, "wahh-llaghdhyh", 500e6},
		{"en a list member with its own article", "Dalby Capital has invested in 22 startups, including Zentrix Labs, The Tarrow Shop and Marlow Foods.", "dalby-capital", model.InvestedIn, "marlow-foods", 0},
		{"en a second title after the first company", "\"It is a good deal,\" said Jonas Berg, chief executive of Zentrix Labs and co-founder of Tarrow Foods.", "jonas-berg", model.Founded, "tarrow-foods", 0},
		{"en the company, then words, then the verb", "Harlow Group reported strong results on Monday. The company agreed to buy Zentrix Labs.", "harlow-group", model.Acquired, "zentrix-labs", 0},
		{"en a direct object of backing", "Dalby Capital backed Zentrix Labs in 2020.", "dalby-capital", model.InvestedIn, "zentrix-labs", 0},
		{"en a Title Case headline's lead", "Zentrix Labs Raises $20M Series B Led By Dalby Capital\n\nThe round closed on Monday.", "dalby-capital", model.InvestedIn, "zentrix-labs", 20e6},
		{"en a Title Case phrasal verb", "Harlow Group Snaps Up Zentrix Labs\n\nThe deal closed on Monday.", "harlow-group", model.Acquired, "zentrix-labs", 0},
		{"en a lone name opening a sentence, written inside one elsewhere", "Dalby Capital-backed website Fettled, which covers start-ups, has raised £4m.\n\nFettled was launched in January 2019 by Harlow innovation editor John Calloway.", "john-calloway", model.Founded, "fettled", 0},
		{"en a second verb shares the first one's subject", "Harlow Group bought Zentrix Labs in 2023 and agreed in June to acquire Marlow Data.", "harlow-group", model.Acquired, "marlow-data", 0},
		{"en a part sold, named in apposition", "Harlow Group sold its freight business, Marlow Midstream, to Dalby Partners for $800 million.", "dalby-partners", model.Acquired, "marlow-midstream", 800e6},
		{"en a company that sells itself", "Rival Tarrow Software lost out on another startup, Zentrix Labs, which agreed to sell itself to Selby Group for $500 million.", "selby-group", model.Acquired, "zentrix-labs", 500e6},
		{"en a second it goes on with the first", "Harlow Group reported results. In 2020 it sold its freight business, Marlow Midstream, to Dalby Partners, and in 2022 it invested $150 million in Zentrix Labs.", "harlow-group", model.InvestedIn, "zentrix-labs", 150e6},
		{"en the employer's possessive after the name", "\"The offer undervalues us,\" said Marguerite Oyelaran, Zentrix's chief executive.", "marguerite-oyelaran", model.CEOOf, "zentrix", 0},
		{"en stays on as the firm's chief executive", "Jonas Berg founded Zentrix Labs. Berg, who has run the company since its founding, will stay on as Zentrix Labs' chief executive.", "jonas-berg", model.CEOOf, "zentrix-labs", 0},
		{"en named chief executive of, past a name", "Samir Haddadin, currently head of infrastructure at Harlow Group, has been named chief executive of Zentrix Labs.", "samir-haddadin", model.CEOOf, "zentrix-labs", 0},
		{"en its chief executive: the firm the person founded", "Harlow Group agreed to buy Zentrix Labs, founded by Wanjiru Kamau. Kamau, its chief executive, will continue to run the business.", "wanjiru-kamau", model.CEOOf, "zentrix-labs", 0},
		{"en a consortium made up of members", "Zentrix Labs signed a merger agreement with the Tallgrass Consortium, a group made up of Dutch pension investor Harlow Pensioen and French infrastructure fund Dalby Capital.", "dalby-capital", model.PartnerIn, "tallgrass-consortium", 0},
		{"ar a consortium's tail before its members", "وقع تحالف «نور» للبنية التحتية، الذي يضم شركة سحاب القابضة وصندوق ريم للاستثمار، اتفاقية للاستحواذ على شركة مرجان.", "rym-llastthmar", model.PartnerIn, "nwr", 0},
		{"ar the consortium buys, not its last member", "وقع تحالف «نور» للبنية التحتية، الذي يضم شركة سحاب القابضة وصندوق ريم للاستثمار، اتفاقية للاستحواذ على شركة مرجان.", "nwr", model.Acquired, "mrjan", 0},
		{"en a figure glued to its currency code ends no sentence", "Harlow Group reported results. In 2023 it bought clinic operator Marlow Care for SAR1.5 billion, and last year it invested SAR300 million in Zentrix Labs.", "harlow-group", model.InvestedIn, "zentrix-labs", 300e6},
		{"en a place-led description after in", "Harlow Group reported results. Last year it invested $300 million for a 15 per cent stake in Dubai pharmacy chain Zentrix Labs.", "harlow-group", model.InvestedIn, "zentrix-labs", 300e6},
		{"en Plus ends a name", "Harlow Group invested $300 million in Dawa Plus.", "harlow-group", model.InvestedIn, "dawa-plus", 300e6},
		{"en a stake in a place's company", "Harlow Group has agreed to take a 40% stake in Egypt's Zentrix Terminals for $180 million.", "harlow-group", model.InvestedIn, "zentrix-terminals", 180e6},
		{"en in a dotted place's startup", "Harlow Group will invest $250 million in U.S. hydrogen startup Zentrix Energy.", "harlow-group", model.InvestedIn, "zentrix-energy", 250e6},
		{"en a hyphenated compound describes", "Harlow Group took a minority stake in Dutch route-planning software firm Velmora.", "harlow-group", model.InvestedIn, "velmora", 0},
		{"en a sign's country letters end a name", "Harlow Resources agreed to buy copper developer Minera Zentrix for C$1.4 billion in cash.", "harlow-resources", model.Acquired, "minera-zentrix", 1.4e9},
		{"en a day between the target and its refusal", "The board of Zentrix Tankers ASA on Wednesday rejected a NOK 9.2 billion takeover offer from Danish shipping group Harlow Maritime, saying it undervalues the company.", "harlow-maritime", model.BidFor, "zentrix-tankers-asa", 9.2e9},
		{"en a participle before a company noun describes", "Zentrix Labs received an offer from British engineering group Harlow Industries.", "harlow-industries", model.BidFor, "zentrix-labs", 0},
		{"en an unnamed consortium's members, named after", "A consortium made up of Harlow Partners, Singapore's Dalby Infrastructure and Kuwait-based Tarrow Fund has made an offer for Zentrix Terminais.\n\nThe group, which calls itself the Atlantic Gateway Consortium, is offering 7.80 euros per share.", "dalby-infrastructure", model.PartnerIn, "atlantic-gateway-consortium", 0},
		{"ar an unnamed consortium's members, named in the headline", "تحالف «المرجان للمرافق» يقدم عرضاً للاستحواذ على «مياه رمال»\n\nتقدم تحالف يضم مجموعة سحاب القابضة وشركة «ريم للاستثمار» بعرض نقدي للاستحواذ على كامل أسهم شركة مياه رمال.", "rym-llastthmar", model.PartnerIn, "almrjan-llmrafq", 0},
		{"en a minority purchase names its company after of", "Harlow Group shares rose on Monday.\n\nDalby Capital agreed to buy a further 21% of Zentrix Labs for $40 million.", "dalby-capital", model.InvestedIn, "zentrix-labs", 40e6},
		{"en the target said its board rejected", "Zentrix Chemicals Corp said on Thursday its board had unanimously rejected an unsolicited $3.1 billion takeover proposal from German rival Harlow Industrie AG.", "harlow-industrie-ag", model.BidFor, "zentrix-chemicals-corp", 3.1e9},
		{"en partners before a venture in apposition", "Harlow Energy Holding and Dalby Power A/S today announced the formation of Zentrix Green Molecules Company (\"ZGMC\"), a 50:50 joint venture that will build a plant in the Duqm Special Economic Zone.", "dalby-power", model.PartnerIn, "zentrix-green-molecules-company", 0},
		{"en a venture's partner after with", "Last year Harlow Industrie merged its pigments division into Harlow Dalby Pigments, a joint venture with Japan's Dalby Chemical.", "dalby-chemical", model.PartnerIn, "harlow-dalby-pigments", 0},
		{"en a place-listed description opens no name", "Abu Dhabi-listed Zentrix Cement Industries has appointed Tarek Haddad as chief executive.", "tarek-haddad", model.CEOOf, "zentrix-cement-industries", 0},
		{"en a stake in the venture the story named", "Harlow Group and Dalby Systems have formed a joint venture called Zentrix Digital.\n\nTarrow Investment Company has agreed to buy a 20% stake in the venture for $100 million.", "tarrow-investment-company", model.InvestedIn, "zentrix-digital", 100e6},
		{"en the company's chief speaks of its offer", "Harlow Industrie Chief Executive Jonas Berg said the group would consider taking the offer directly to Zentrix shareholders.", "harlow-industrie", model.BidFor, "zentrix", 0},
		{"en a bidder who speaks of his own offer", "Elon Musk said his offer for Zentrix Labs was final.", "elon-musk", model.BidFor, "zentrix-labs", 0},
		{"en worth is the price", "Harlow Group agreed to acquire Tallgrass Robotics in a cash deal worth about $3 billion.", "harlow-group", model.Acquired, "tallgrass-robotics", 3e9},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if !has(doc, c.subj, c.pred, c.obj, c.amount) {
			t.Errorf("%s: want %s -%s-> %s %v; got %+v\n  entities %+v", c.name, c.subj, c.pred, c.obj, c.amount, doc.Relations, doc.Entities)
		}
	}
}

// Brands may open with digits; digits with a unit, scale or ordinal are no names.
func TestDigitName(t *testing.T) {
	for w, want := range map[string]bool{
		"99designs": true, "23andMe": true, "7Eleven": true, "4Sight": true,
		"5km": false, "3bn": false, "2nd": false, "1990s": false, "4G": false, "30pc": false,
		"50mg": false, "2024": false, "1.5bn": false, "12pm": false, "59million": false,
	} {
		if got := digitName(w); got != want {
			t.Errorf("digitName(%q) = %v, want %v", w, got, want)
		}
	}
}

// A title whose employer is named but unread gives no relation, not one to
// another company of the article.
func TestUnreadEmployer(t *testing.T) {
	text := "Harlow Group invested in the round. Jane Doe, co-founder and chief executive officer of zentrix, said the money would go to hiring."
	doc := testX.Extract(model.Article{ID: "t", Text: text})
	for _, r := range doc.Relations {
		if r.Predicate == model.CEOOf && r.Object == "harlow-group" {
			t.Errorf("CEO_OF guessed from another sentence: %+v", r)
		}
	}
	doc = testX.Extract(model.Article{ID: "t", Text: "Harlow Group said on Monday that Jane Doe, its chief executive officer, would step down."})
	if !has(doc, "jane-doe", model.CEOOf, "harlow-group", 0) {
		t.Errorf("its chief executive: want jane-doe CEO_OF harlow-group, got %+v", doc.Relations)
	}
}

// Guards of the night's English name rules, one sentence each: what must
// and must not be an entity of the article.
func TestEnglishNameGuards(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a name of digits and small letters written three times", "3mg gets another funding dose\n\nPrescription platform 3mg has received $5m from Redline Capital. 3mg was founded in 2019. Lina Haddad, chief executive of 3mg, said it would grow.", []string{"3mg", "redline-capital"}, []string{"prescription"}},
		{"a figure's unit is no name", "Zentrix Labs said the 10mg dose and the 20mg dose sold well, and a 5mg dose is planned for the 2nd half.", []string{"zentrix-labs"}, []string{"10mg", "20mg", "5mg", "2nd"}},
		{"a description capitalised in front of a name", "Harlow and Quarry won approval. The…\n\nSME Lending Startup Zentrix fetches US$3m seed funding\n\nLagos-based lending startup Zentrix has secured US$3 million from Redline Capital.", []string{"zentrix"}, []string{"sme-lending-startup-zentrix"}},
		{"a figure whose currency sign was lower-cased", "harlow partners to acquire zentrix from quarry for e750m\n\nHarlow Partners agreed to acquire Zentrix Labs for 750 million euros.", []string{"harlow-partners"}, []string{"e750m"}},
		{"month glued to its day", "On December31, Harlow Group closed its fiscal year.", []string{"harlow-group"}, []string{"december31"}},
		{"a French name with its joiners", "Harlow Group bought 60% of Banque Zentrix pour le Commerce for $20 million.", []string{"banque-zentrix-pour-le-commerce"}, []string{"banque-zentrix"}},
		{"a French company word opens a name of two joiners", "Harlow Group said Caisse de Tarrow et de Quarry bought Zentrix Labs.", []string{"caisse-de-tarrow-et-de-quarry", "zentrix-labs"}, []string{"quarry"}},
		{"a generic bank name takes its place after of", "In 2000, Harlow Bank acquired First Federal Bank of Omaha.", []string{"first-federal-bank-of-omaha"}, []string{"first-federal-bank"}},
		{"a bank's own name before of and its place", "In 2000, Harlow Bank acquired Zentrix Bank of Omaha.", []string{"zentrix-bank"}, []string{"zentrix-bank-of-omaha"}},
		{"a chief financial officer's whole title is no name", "Harlow Group said Zentrix Chief Financial Officer Lina Haddad will leave.", []string{"lina-haddad"}, []string{"financial-officer-lina-haddad"}},
		{"a filing's capitalised nouns are no names", "The program was authorized by our Board of Directors in February, as the Registrant's report to Stockholders said. Harlow Group bought Zentrix Labs.", []string{"harlow-group", "zentrix-labs"}, []string{"directors", "registrant", "stockholders"}},
		{"an honorific and a surname alone", "From April 2010 to December 2010, Mr. Theobald served as a financial consultant for the Company.", []string{"theobald"}, nil},
		{"an honorific before a full name", "Dr. Lina Haddad joined Zentrix Labs in 2019.", []string{"lina-haddad", "zentrix-labs"}, nil},
		{"an honorific without its stop", "Ms Corrigan said Harlow Group would grow.", []string{"corrigan", "harlow-group"}, nil},
		{"document head", "Under the Merger Agreement, Harlow Group will buy Zentrix Labs.", []string{"harlow-group", "zentrix-labs"}, []string{"merger-agreement", "agreement"}},
		{"name final", "Zentrix Labs was bought by Corvane Global last year.", []string{"corvane-global"}, []string{"corvane"}},
		{"company-only verb takes a place head", "Corvane acquired Osprey Bay in a $40 million deal.", []string{"osprey-bay"}, nil},
		{"copula then title", "Tamsin Okoro is the chief executive of Zentrix Labs.", []string{"tamsin-okoro"}, nil},
		{"figure's currency word", "Kirana Mart raised Rs 500 crore from Dalby Capital.", []string{"dalby-capital"}, []string{"rs"}},
		{"ticker", "Brisco Group Inc. (NYSE: BRG) said it would buy Lantern Software.", []string{"lantern-software"}, []string{"brg"}},
		{"contraction", "“We’ve seen more deals,” said Jonas Berg of Zentrix Labs.", []string{"jonas-berg"}, []string{"we-ve"}},
		{"a person of a company", "“We’ve seen more deals,” said Jonas Berg of Zentrix Labs.", []string{"zentrix-labs"}, []string{"jonas-berg-of-zentrix-labs"}},
		{"a company of a place", "Bank of Tarrow bought Zentrix Labs.", []string{"bank-of-tarrow"}, nil},
		{"a named company, then of where it is", "Zorvan purchased Harlow Company of Bossier City in 2008.", []string{"harlow-company"}, []string{"harlow-company-of-bossier-city", "bossier-city"}},
		{"a list member before a place-based description", "Zentrix Labs raised money from Quarry Ventures, Singapore-based fund Tarrow Partners and others.", []string{"quarry-ventures", "tarrow-partners"}, nil},
		{"a company head word closes a long name", "In July 2015, Zentrix Labs bought a majority stake in Harlow Corrosion Control Services, the largest testing firm.", []string{"harlow-corrosion-control-services"}, nil},
		{"digits open a name before a company word", "In 2023, Miami-based investment fund 818 Partners said it had signed an agreement with Zentrix Labs.", []string{"818-partners"}, nil},
		{"a year before a company word opens no name", "In 2023 Harlow Capital said it would buy Zentrix Labs.", []string{"harlow-capital"}, []string{"2023-harlow-capital"}},
		{"a country after of is the name's own", "Zentrix Labs bought a stake in Harlow Bank of Greece.", []string{"harlow-bank-of-greece"}, nil},
		{"dotted country", "Zentrix Labs drew funding from U.S. and global investors.", []string{"zentrix-labs"}, []string{"u-s"}},
		{"a title's employer, then a person of plain words", "Also speaking, partner of Harlow Fund Tovo Ramenu said the market is growing.", []string{"harlow-fund", "tovo-ramenu"}, []string{"harlow-fund-tovo-ramenu"}},
		{"a capitalised co-founder is a title", "Co-Founder and CEO of Zentrix Labs Marla Venn spoke.", []string{"zentrix-labs", "marla-venn"}, []string{"co-founder"}},
		{"a headline repeated as the first line is still the headline", "Zambian Neobank Zentrix Secures $8 Million\n\nZambian Neobank Zentrix Secures $8 Million\n\nZentrix, a lending startup, raised $8 million from Harlow Capital.", []string{"zentrix"}, []string{"neobank-zentrix"}},
		{"plural acronym", "Zentrix Labs granted ESOPs worth $2 million.", []string{"zentrix-labs"}, []string{"esops"}},
		{"a state, an island and a sea are places", "Deal news\n\nZentrix Labs will build plants in Karnataka, Kalimantan and on the Caspian Sea.", []string{"zentrix-labs"}, []string{"karnataka", "kalimantan", "caspian-sea"}},
		{"St. opens a name across its full stop", "Deal news\n\nThe Public Investment Fund completed the acquisition of Zentrix United Limited from St. Tarrow Holdings Limited.", []string{"st-tarrow-holdings-limited"}, []string{"tarrow-holdings-limited", "st"}},
		{"a minister's title inside a capitalised run starts the person", "Deal news\n\nCommunications Minister Tovo Ramenu said the deal with Zentrix Labs was approved.", []string{"tovo-ramenu"}, []string{"communications-minister-tovo-ramenu"}},
		{"a business term's acronym is no name", "Deal news\n\nZentrix Labs reported EBITDA of $2 million, and an EGM will vote on the VWAP price.", []string{"zentrix-labs"}, []string{"ebitda", "egm", "vwap"}},
		{"a lower-case-first brand is a name", "Zentrix Labs raised $3 million from iZora Group and Harlow Capital.", []string{"izora-group"}, nil},
		{"a lower-case brand after an ampersand is a name of its own (passes before too)", "The round was co-led by Harlow Croft & eLedger with participation from Zorvan Capital.", []string{"harlow-croft"}, []string{"harlow-croft-and-eledger"}},
		{"a hyphenated lower-case prefix is no brand (passes before too)", "Zentrix Labs raised a $3 million pre-Series A round from Harlow Capital.", []string{"zentrix-labs"}, []string{"pre-series", "pre-series-a"}},
		{"of joins no name without a company or organisation word", "Collapse of eLedger haunts the startup scene\n\nThe collapse of eLedger, backed by Harlow Capital, shook investors.", []string{"eledger"}, []string{"collapse-of-eledger"}},
		{"a place-based description makes a lone word a company's name", "Zentrix Labs raised money from New York investors, as well as Berlin-based Zorvex.", []string{"zorvex"}, nil},
		{"Angel closes a name", "Zentrix Labs raised money from California-based Tovo Angel and others.", []string{"tovo-angel"}, []string{"tovo"}},
		{"First opens a name a company word closes, at a sentence's start too", "Deal news\n\nFirst Harbor Bank has formally announced that it completed the purchase of Zentrix Labs.", []string{"first-harbor-bank"}, []string{"harbor-bank"}},
		{"a metal closes a miner's name (passes before too)", "Deal news\n\nHarlow Group agreed to acquire a 50.1% equity interest in Zorvan Tarrow Copper, a company with rights to two mines.", []string{"zorvan-tarrow-copper"}, nil},
		{"two names joined by and after a plural company noun are two (passes before too)", "Deal news\n\nRival firms Harlow Group and Tarrow Group made bids for Zentrix Labs.", []string{"harlow-group", "tarrow-group"}, []string{"harlow-group-and-tarrow-group"}},
		{"a number word opens a name a company word closes", "Zentrix Labs raised $4.5 million from Nine Harbor Ventures.", []string{"nine-harbor-ventures"}, []string{"harbor-ventures"}},
		{"New opens a name a company word closes", "The round was led by Brightwave Ventures and joined by New Meridian Associates and existing investors.", []string{"new-meridian-associates"}, nil},
		{"a nationality before a company word and its place", "Harlow Bank sealed a deal to buy shares in Arab Mining Corporation of Kenya.", []string{"arab-mining-corporation-of-kenya"}, []string{"mining-corporation-of-kenya"}},
		{"a designator's full stop before bracketed initials", "The agency placed the rating of Zorvan Insurance Company B.S.C. (ZIC) (Bahrain) under review.\n\nZIC acquired 41 per cent of Tarrow Takaful in 2015.", []string{"zorvan-insurance-company-b-s-c"}, []string{"zic"}},
	} {
		doc := testX.Extract(model.Article{ID: "t", Lang: "en", Text: c.text})
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
		}
		for _, id := range c.want {
			if !ids[id] {
				t.Errorf("%s: want entity %s, got %+v", c.name, id, doc.Entities)
			}
		}
		for _, id := range c.not {
			if ids[id] {
				t.Errorf("%s: want no entity %s, got %+v", c.name, id, doc.Entities)
			}
		}
	}
}

// A known company's name before Bank, Fund or Foundation is another
// company.
func TestUnitHeads(t *testing.T) {
	x := withLexicon(t, "corvane-holdings\tCompany\tCorvane Holdings\t\tCorvane\n")
	for _, text := range []string{"Corvane Bank acquired Osprey Lending for $12 million.", "Corvane Foundation acquired Osprey Lending for $12 million."} {
		doc := x.Extract(model.Article{ID: "t", Lang: "en", Text: text})
		for _, e := range doc.Entities {
			if e.ID == "corvane-holdings" {
				t.Errorf("%s: read as the known Corvane Holdings: %+v", text, doc.Entities)
			}
		}
	}
}

// "British brewer Harlow and Tarrow": after a singular company noun,
// two words joined by "and" are one name (the rules alone: the name scorer
// weighs the shape apart).
func TestAndInsideOneName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []entityCase{
		{"after a singular company noun", "Deal news\n\nBritish brewer Welsh and Harlow today rejected a takeover bid from Zorvan Group.", "welsh-and-harlow", model.Company},
		{"not cut to its last word", "Deal news\n\nBritish brewer Welsh and Harlow today rejected a takeover bid from Zorvan Group.", "harlow", ""},
		{"after a plural company noun, two names (passes before too)", "Deal news\n\nRival firms Harlow Group and Tarrow Group made bids for Zentrix Labs.", "tarrow-group", model.Company},
	}
	checkEntityTypes(t, x, cases)
}

// An Arabic company word before a Latin name types it, over an
// organisation head word ("شركة Harlow Trade Center").
func TestArabicCueTypesLatinName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	checkEntityTypes(t, x, []entityCase{
		{"a company word", "استحوذت شركة زمردين على جميع أسهم شركة Harlow Trade Center.", "harlow-trade-center", model.Company},
		{"no company word", "وقع مجلس سدرة اتفاقية مع Harlow Trade Center.", "harlow-trade-center", model.Organization},
	})
}

// A known Arabic name is not read through a long-vowel "typo" that is the
// final ي of an adjective ("البنك الزمرديني" is no بنك الزمردين).
func TestArabicFuzzyHitIsNoAdjective(t *testing.T) {
	x := withLexicon(t, "zumurdin-bank\tOrganization\tZumurdin Bank\tبنك الزمردين\t\n")
	checkEntityTypes(t, x, []entityCase{
		{"an adjective's final ي", "اقترب بنك سدرة من شراء حصة من رأسمال البنك الزمرديني للتجارة الخارجية.", "zumurdin-bank", ""},
	})
}

// A country after a known Arabic company name makes its unit there
// ("بنك هارلو مصر", as "Harlow Egypt").
func TestArabicKnownNameAndCountry(t *testing.T) {
	x := withLexicon(t, "harlow\tCompany\tHarlow\tهارلو\t\n")
	checkEntityTypes(t, x, []entityCase{
		{"the unit", "أخبار\n\nاستحوذ بنك سدرة على 100 في المئة من حصص بنك هارلو مصر.", "harlw-msr", model.Company},
		{"not the known company", "أخبار\n\nاستحوذ بنك سدرة على 100 في المئة من حصص بنك هارلو مصر.", "harlow", ""},
	})
}

// A known company's name, then capitalised words a company word closes,
// names a fund of its own ("Harlow Bank Blue Horizon Venture Fund").
func TestKnownNameThenFundWords(t *testing.T) {
	x := withLexicon(t, "harlow-bank\tCompany\tHarlow Bank\t\t\n")
	checkEntityTypes(t, x, []entityCase{
		{"the fund", "The round was led by Harlow Bank Blue Horizon Venture Fund, an investment arm of Harlow Bank.", "harlow-bank-blue-horizon-venture-fund", model.Company},
		{"the known company stays itself", "The round was led by Harlow Bank Blue Horizon Venture Fund, an investment arm of Harlow Bank.", "harlow-bank", model.Company},
	})
}

// A known name that opens with a company word, after a capitalised word of
// its run, is the tail of a longer name.
func TestKnownTailOfLongerName(t *testing.T) {
	x := withLexicon(t, "bank-of-kenya\tCompany\tBank of Kenya\t\t\n")
	cases := []entityCase{
		{"a longer name", "Harlow Group bought shares in the offering of Agrarian Bank of Kenya.", "agrarian-bank-of-kenya", model.Company},
		{"not the known tail", "Harlow Group bought shares in the offering of Agrarian Bank of Kenya.", "bank-of-kenya", ""},
		{"the known name alone", "Harlow Group bought shares in Bank of Kenya.", "bank-of-kenya", model.Company},
		{"no name joined across a word of the sentence", "Harlow Group bought shares in Bank of Kenya.", "harlow-group-bank-of-kenya", ""},
	}
	checkEntityTypes(t, x, cases)
}

// A known one-word name inside a longer name that a capitalised word opens
// and a designator closes is that other name's: "Al Hikma Quarry Sarl".
func TestKnownWordInsideDesignatedName(t *testing.T) {
	x := withLexicon(t, "harlow\tCompany\tHarlow\t\t\n")
	cases := []entityCase{
		{"the longer name", "Zentrix Labs bought Al Harlow Medical Sarl last year.", "al-harlow-medical-sarl", model.Company},
		{"not the known word", "Zentrix Labs bought Al Harlow Medical Sarl last year.", "harlow", ""},
		{"the known name alone", "Zentrix Labs bought Harlow last year.", "harlow", model.Company},
	}
	checkEntityTypes(t, x, cases)
}

// Money put "in" something that is no name goes to no company; "in it"
// and "in his company" still point back.
func TestInvestedInNoName(t *testing.T) {
	en := "Zentrix Labs raised $5 million from Dalby Capital. "
	ar := "جمعت شركة أرزة للبرمجيات 5 ملايين دولار من صندوق سدرة. "
	cases := []struct {
		name, text, investor string
		want                 bool
	}{
		{"a sector", en + "Harlow Fund announced a $300 million fund to invest primarily in Spanish SMEs.", "harlow-fund", false},
		{"a common noun", en + "Harlow Fund plans to invest in the food sector.", "harlow-fund", false},
		{"a pronoun", en + "Harlow Fund invested $2 million in it last year.", "harlow-fund", true},
		{"his company", en + "Harlow Fund invested $2 million in his company last year.", "harlow-fund", true},
		{"ar a sector", ar + "وتعتزم مجموعة زمرد الاستثمار في قطاع الأغذية.", "zmrd", false},
		{"ar small companies", ar + "وتعتزم مجموعة زمرد الاستثمار في الشركات الصغيرة.", "zmrd", false},
		{"ar a month is no object", ar + "واستثمرت مجموعة زمرد في مايو مليوني دولار في الشركة.", "zmrd", true},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		got := false
		for _, r := range doc.Relations {
			if r.Subject == c.investor && r.Predicate == model.InvestedIn {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s invested: %v, want %v; %+v", c.name, c.investor, got, c.want, doc.Relations)
		}
	}
}

// Names inside an apposition or a relative clause, and a round's lead, are
// no party to the deal told around them.
func TestNoPartyRelation(t *testing.T) {
	cases := []struct{ name, text, subj, obj string }{
		{"apposition after the buyer", "Harlow Group, the owner of Marlow Foods, bought a 30% stake in Zentrix Labs.", "marlow-foods", "zentrix-labs"},
		{"relative clause after the buyer", "Harlow Group, which owns Marlow Foods, bought Zentrix Labs.", "marlow-foods", "zentrix-labs"},
		{"another chief officer is no CEO", "Zentrix Labs named Maria Lindqvist as its new chief operating officer.", "maria-lindqvist", "zentrix-labs"},
		{"a seller after 'from' and its description is not bought", "Harlow Group has agreed to buy Selby Payments from private equity firm Dalby Partners.", "harlow-group", "dalby-partners"},
		{"ar a subsidiary's parent is no second target", "أعلنت مجموعة زمرد الاستحواذ على 50% من الشركة المشغلة لتطبيق \"دليل\" التابع لشركة سحاب مقابل 400 مليون دولار.", "zmrd", "shab"},
		{"no founder after a later deal word", "Dalby Capital's fund was launched in 2015 and invested in Zentrix Labs and Tarrow Shop.", "tarrow-shop", "zentrix-labs"},
		{"a pronoun subject's object is the slot finder's", "Dalby Capital has a new fund. The company plans to continue investing in start-ups in enterprise technology, fintech and consumer Zentrix.", "dalby-capital", "zentrix"},
		{"the first verb's object is no subject of the second", "Harlow Group bought Zentrix Labs in 2023 and agreed in June to acquire Marlow Data.", "zentrix-labs", "marlow-data"},
		{"its chief technology officer is no chief executive", "Zentrix Labs was started in 2019 by Ada Venn with Jonah Reyes, its chief technology officer.", "jonah-reyes", "zentrix-labs-x"},
		{"its chief executive is not the buyer's", "Harlow Group agreed to buy Zentrix Labs, founded by Wanjiru Kamau. Kamau, its chief executive, will continue to run the business.", "wanjiru-kamau", "harlow-group"},
		{"a founder is no raiser", "Today we cover Tarrow Shop, a fintech startup. Founded by Ada Venn, Jonah Reyes, and Mira Solano, the company just raised a $2 million seed round led by Dalby Capital.", "dalby-capital", "jonah-reyes"},
		{"founders are not the lead's", "Today we cover Tarrow Shop, a fintech startup. Founded by Ada Venn, Jonah Reyes, and Mira Solano, the company just raised a $2 million seed round led by Dalby Capital.", "ada-venn", "dalby-capital"},
		{"ar a consortium member is no buyer", "وقع تحالف «نور» للبنية التحتية، الذي يضم شركة سحاب القابضة وصندوق ريم للاستثمار، اتفاقية للاستحواذ على شركة مرجان.", "rym-llastthmar", "mrjan"},
		{"a capitalised company noun is another name's, no context", "Harlow Holding to Acquire Controlling Stake in Zentrix Labs for $42 Million\n\nHarlow Holding has agreed to acquire a 51 per cent stake in Zentrix Labs.", "harlow-holding", "controlling"},
		{"partners that merge buy nothing of the story's", "Harlow Group bought Zentrix Labs last year.\n\nDalby Mutual and Tarrow Credit agreed to merge, creating a group with A$18 billion in assets.", "dalby-mutual", "zentrix-labs"},
		{"a place after a venture in apposition is no partner", "Harlow Energy Holding and Dalby Power A/S today announced the formation of Zentrix Green Molecules Company (\"ZGMC\"), a 50:50 joint venture that will build a plant in the Duqm Special Economic Zone.", "duqm-special-economic-zone", "zentrix-green-molecules-company"},
		{"a second stake verb does not read the first one's pair backwards", "These actions follow ZIC increasing its shareholding in Tarrow Takaful Company B.S.C. (TTC) (Bahrain) to 64 per cent.\n\nZIC initially acquired 41 per cent of TTC's shareholding in 2015, and in April 2017 acquired an additional 23 per cent, for a total cash consideration of BHD 1.35 million.", "tarrow-takaful-company-b-s-c", "zic"},
		{"the lead is no raiser", "Zentrix Labs has raised new funding. Dalby Capital led the $20 million Series B round, with participation from Northgate Ventures.", "northgate-ventures", "dalby-capital"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		for _, r := range doc.Relations {
			if r.Subject == c.subj && r.Object == c.obj {
				t.Errorf("%s: unwanted %+v", c.name, r)
			}
		}
	}
}

// A part merged into a joint venture is no purchase of it.
func TestMergedPartIsNoPurchase(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "Last year Harlow Industrie merged its pigments division into Harlow Dalby Pigments, a joint venture with Japan's Dalby Chemical."})
	for _, r := range doc.Relations {
		if r.Predicate == model.Acquired {
			t.Errorf("unwanted %+v", r)
		}
	}
	if !has(doc, "harlow-industrie", model.PartnerIn, "harlow-dalby-pigments", 0) {
		t.Errorf("want harlow-industrie PARTNER_IN harlow-dalby-pigments; got %+v", doc.Relations)
	}
}

// A first word standing alone is the company whose longer name opens with
// it: a two-letter acronym too ("ZK" of ZK World), and a name with its
// company word inside ("Harlow" of Harlow Energy & Marine) once that name
// is read; written before it, such a word is often its parent's.
func TestEnglishShortForms(t *testing.T) {
	cases := []struct{ name, text, short, full string }{
		{"an acronym's two letters", "Deal news\n\nDubai's ZK World has agreed to buy Tarrow Labs. ZK said on Monday the deal would close this year.", "ZK", "ZK World"},
		{"a company word inside the name", "Deal news\n\nZK World agreed to buy Harlow Energy & Marine. Harlow has a fleet of 117 vessels.", "Harlow", "Harlow Energy & Marine"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Lang: "en", Text: c.text})
		var short, full string
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m == c.short {
					short = e.ID
				}
				if m == c.full {
					full = e.ID
				}
			}
		}
		if short == "" || short != full {
			t.Errorf("%s: %q and %q are not one entity: %+v", c.name, c.short, c.full, doc.Entities)
		}
	}
	doc := testX.Extract(model.Article{ID: "t", Lang: "en", Text: "Deal news\n\nTarrow launched its fourth venture capital fund, Tarrow Seleccion Ventures II, with €60 million."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "Tarrow") && contains(e.Mentions, "Tarrow Seleccion Ventures II") {
			t.Errorf("the parent written first joined its fund: %+v", e)
		}
	}
}

// withLexicon is an extractor with the lexicon rows added (TSV: id, type,
// name, Arabic name, aliases).
func withLexicon(t *testing.T, rows string) *Extractor {
	t.Helper()
	lex := filepath.Join(t.TempDir(), "lex.tsv")
	if err := os.WriteFile(lex, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{LexiconFiles: []string{lex}})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// A nationality is no long-vowel typo of a known name: "الحكومة
// الموريتانية" is the government, not المرتنة.
func TestArabicNationalityIsNoFuzzyHit(t *testing.T) {
	x := withLexicon(t, "almartana-media\tCompany\tAlmartana Media\tالمرتنة\t\n")
	text := "أخبار\n\nوقالت الحكومة الموريتانية إنها ستبيع حصتها في شركة رمال."
	checkEntityTypes(t, x, []entityCase{
		{"not the known name", text, "almartana-media", ""},
		{"the government", text, "mauritanian-government", model.Organization},
		{"not the known name after a ministry", "أخبار\n\nوقال مسؤول في الوزارة الموريتانية إن شركة رمال ستبيع حصتها.", "almartana-media", ""},
	})
}

// A hospital or clinic a deal names is a business, also when a first name
// or an organisation word opens its name.
func TestHospitalsAreCompanies(t *testing.T) {
	checkEntityTypes(t, testX, []entityCase{
		{"a first name opens it", "Harlow Healthcare bought Mohammed Zentrix Hospital for $40 million.", "mohammed-zentrix-hospital", model.Company},
		{"an organisation word inside it", "Harlow Healthcare bought Tarrow Medical Center Hospital for $40 million.", "tarrow-medical-center-hospital", model.Company},
		{"a clinic", "Harlow Healthcare bought Kingdom Quarry Clinic for $40 million.", "kingdom-quarry-clinic", model.Company},
	})
}
