package extract

import (
	"strings"
	"testing"

	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/model"
)

// One invented sentence per frame row family, about made-up firms: the row
// must read it from its shape alone. amount -1 means the relation must
// carry no amount.
func TestFrameRows(t *testing.T) {
	cases := []struct {
		name, text      string
		subj, pred, obj string
		amount          float64
	}{
		{"ar the stakes a story's buyer took, listed", "استحوذت مجموعة رمال القابضة على حصص في 3 شركات مدرجة.\nوتتضمن صفقات الاستحواذ على حصص في شركة سدرة، وزمرد للأسمدة، وتلال للحاويات.", "rmal-alqabdh", model.InvestedIn, "sdrh", 0},
		{"ar shares of a company the story's buyer bought, past a company of the story", "استحوذت مجموعة رمال القابضة على حصص في 3 شركات مدرجة.\nوتتضمن صفقات الاستحواذ على حصص في شركة سدرة.\nوشملت الصفقات أكثر من 340 مليون سهم من شركة زمردين بمبلغ يقترب من 911.5 مليون دولار.", "rmal-alqabdh", model.InvestedIn, "zmrdyn", 911.5e6},
		{"ar a relative clause's buyer is not the company after من", "استحوذت مجموعة رمال القابضة على حصص في شركتين مدرجتين.\nوتعد قيمة الحصة التي اشترتها من شركة زمردين الأكبر، إذ بلغت 90 مليون دولار.", "zmrdyn", "", "rmal-alqabdh", -1},
		{"ar the buyer quoted after its company word and nationality", "استحوذت الشركة المغربية « زمردين » على جميع أسهم شركة Harlow Trade Center التي تمتلك فندق « سدرة » مقابل 524 مليون درهم.", "zmrdyn", model.Acquired, "harlow-trade-center", 524e6},
		{"en a lead with has before a round for", "Redline Capital has led a new financing round for Zentrix Labs.", "redline-capital", model.InvestedIn, "zentrix-labs", 0},
		{"en a lead of a company's seed round", "Redline Capital led the seed round of Zentrix Labs.", "redline-capital", model.InvestedIn, "zentrix-labs", 0},
		{"en a fund's size before its name is no deal figure", "Harlow’s $400 billion Northgate Investment Fund invested in Zentrix Labs last year.", "northgate-investment-fund", model.InvestedIn, "zentrix-labs", 0},
		{"en a figure before a name and its deal noun is the deal's", "Harlow Group completed the $2 billion Zentrix Labs acquisition in May.", "harlow-group", model.Acquired, "zentrix-labs", 2e9},
		{"en the appointed person is the one an apposition describes", "Sam Okafor, the son of former CEO and board member Lina Okafor, was appointed chief executive officer of Zentrix Labs on May 15.", "sam-okafor", model.CEOOf, "zentrix-labs", 0},
		{"en a deal noun whose parties its sentence does not name reads no deal", "Harlow Capital agreed to buy Zentrix Labs from Quarry Holdings for $500 million.\nThe deal marks a rare acquisition for Harlow of a North America head-quartered company, though the firm has experience with businesses supplying Tarrow Motors.", "zentrix-labs", "", "harlow-capital", -1},
		{"en a pronoun subject stands for the party named before", "Harlow Group said on Monday it bought a majority stake in Zentrix Labs.\nIn July 2015, it bought a majority stake in Tarrow Services, the largest testing company.", "harlow-group", model.Acquired, "tarrow-services", 0},
		{"en a passive verb after a dash aside takes the name before the aside", "Zentrix — a payments startup backed by Northgate Ventures — was acquired by Harlow Group for $200 million.", "harlow-group", model.Acquired, "zentrix", 200e6},
		{"en an active verb after a dash aside takes the name before the aside", "Zentrix — a payments startup backed by Northgate Ventures — bought Harlow Group for $200 million.", "zentrix", model.Acquired, "harlow-group", 200e6},
		{"en a backer in a described aside takes no figure of the clause", "Zentrix, a payments startup backed by Northgate Ventures, was acquired by Harlow Group for $200 million.", "northgate-ventures", model.InvestedIn, "zentrix", -1},
		{"en each buyer of a list before the verb buys", "The move comes after Harlow Partners and Zentrix Capital acquired Paris-based Tarrow Pharma from its founders.", "harlow-partners", model.Acquired, "tarrow-pharma", 0},
		{"en a list of three buyers shares the price", "Harlow Group, Quarry Holdings and Zentrix Capital bought Tarrow Labs for $40 million.", "quarry-holdings", model.Acquired, "tarrow-labs", 40e6},
		{"en each founder of a list before the verb founded", "Sam Okafor, Lina Haddad and Tim Brook co-founded Tarrow Labs in 2019.", "sam-okafor", model.Founded, "tarrow-labs", 0},
		{"en a relative clause with a pronoun: the buyer buys what it hangs on", "Harlow Group sold Quarry Labs, which it had bought in 2010, to Zentrix Capital.", "harlow-group", model.Acquired, "quarry-labs", 0},
		{"en a relative clause with a pronoun: the buyer buys no one named after it", "Harlow Group sold Quarry Labs, which it had bought in 2010, to Zentrix Capital.", "harlow-group", "", "zentrix-capital", -1},
		{"en a relative clause of a sale: the buyer after to", "The portfolio of Harlow Group included Tarrow and Quarry Labs, which it sold to Zentrix Capital last year.", "zentrix-capital", model.Acquired, "quarry-labs", 0},
		{"en a described party after with is met, not the buyer", "Dubai-listed courier company Harlow said it is in talks with Turkish delivery company Zentrix Kargo to buy Tarrow Freight.", "harlow", model.Acquired, "tarrow-freight", 0},
		{"en a described party after with buys nothing", "Dubai-listed courier company Harlow said it is in talks with Turkish delivery company Zentrix Kargo to buy Tarrow Freight.", "zentrix-kargo", "", "tarrow-freight", -1},
		{"en a name after from grants, it does not bid", "Harlow Finance House received tentative approval from Zentrix Bank on the share swap ratio to complete a potential takeover of Tarrow Bank.", "harlow-finance-house", model.BidFor, "tarrow-bank", 0},
		{"ar a verb's subject after a cue and a description", "واستحوذت شركة الاتصالات الإماراتية زمردين على 60% من شركة رمال مقابل 50 مليون دولار.", "zmrdyn", model.Acquired, "rmal", 50e6},
		{"ar a description named after وهي is what is bought", "أعلنت شركة سدرة نتائجها.\nوأبرمت شركة «رمال» العملاقة صفقة استحواذ أخرى على شركة ناشئة محلية أخرى، وهي «زمردين»، نظير 3.1 مليارات دولار.", "rmal", model.Acquired, "zmrdyn", 3.1e9},
		{"ar a description named after وهي: not the story's company", "أعلنت شركة سدرة نتائجها.\nوأبرمت شركة «رمال» العملاقة صفقة استحواذ أخرى على شركة ناشئة محلية أخرى، وهي «زمردين»، نظير 3.1 مليارات دولار.", "rmal", "", "sdrh", -1},
		{"ar the group a leader's clause hangs on is the sentence's first company", "وافقت هيئة تلال على استحواذ شركة زمردين على 60 % من رأسمال منافستها شركة رمال، مما يسمح للمجموعة التي يقودها الملياردير سالم الكواري بتعزيز موقعها.", "salm-alkwary", model.CEOOf, "zmrdyn", 0},
		{"ar the group a leader's clause hangs on is not the company named last", "وافقت هيئة تلال على استحواذ شركة زمردين على 60 % من رأسمال منافستها شركة رمال، مما يسمح للمجموعة التي يقودها الملياردير سالم الكواري بتعزيز موقعها.", "salm-alkwary", "", "rmal", -1},
		{"ar an owner named right after the buyer's name buys nothing", "شركة زمردين المملوكة للملياردير سالم الكواري، كانت قد أعلنت في 19 فبراير عن إبرام اتفاقية للاستحواذ على 60% من رأس مال شركة رمال.", "salm-alkwary", "", "rmal", -1},
		{"ar an owner named right after the buyer's name: the company buys", "شركة زمردين المملوكة للملياردير سالم الكواري، كانت قد أعلنت في 19 فبراير عن إبرام اتفاقية للاستحواذ على 60% من رأس مال شركة رمال.", "zmrdyn", model.Acquired, "rmal", 0},
		{"ar a person appointed to the post of chief executive", "وقالت شركة زمردين في بيان إن مجلس الإدارة قرر تعيين سالم الكواري في منصب الرئيس التنفيذي والرئيس، اعتبارا من 13 يناير.", "salm-alkwary", model.CEOOf, "zmrdyn", 0},
		{"ar an offer rejected in construct with its bidder", "رفض مجلس إدارة شركة زمردين عرض شركة رمال البالغ 2 مليار دولار.", "rmal", model.BidFor, "zmrdyn", 2e9},
		{"en a list after such as names no buyers", "Northgate Holding, which has stakes in companies such as Harlow Group, Quarry Holdings and Zentrix Capital, bought Tarrow Labs.", "harlow-group", "", "tarrow-labs", -1},
		{"en the object of another verb is no buyer", "Harlow Group sold Quarry Holdings and Zentrix Capital bought Tarrow Labs.", "quarry-holdings", "", "tarrow-labs", -1},
		{"en a takeover confirmed to a broadcaster does not buy it", "Sam Okafor, Managing Director of Harlow Bank, confirmed the takeover to Quarry FM and said the bank looked forward to partnering Zentrix.", "harlow-bank", "", "quarry-fm", -1},
		{"en a deal noun before a plural bid noun names what the bids are for", "Harlow Group has been the object of acquisition bids all summer, as Zentrix Group and Tarrow Holdings went back-and-forth with bids for the retail firm.", "harlow-group", "", "zentrix-group", -1},
		{"ar investing in general, with no figure and nothing it goes into, names no deal", "أطلقت شركة زمرد منصة جديدة للمدفوعات في الرياض.\nوقال مدير مجموعة سدرة إن الأعمال ستحتاج إلى رأس مال طويل الأمد وشركاء بالاستثمار يشاركون الرؤية.", "sdrh", "", "zmrd", -1},
		{"ar a fund's word for investing names no deal", "أطلقت شركة زمرد منصة جديدة للمدفوعات في الرياض.\nوكان صندوق «سدرة» للاستثمار بدبي خير مثال على بناء الجسور بين الأسواق.", "sdrh", "", "zmrd", -1},
		{"ar an investment with its figure is the deal told before", "تعد شركة زمرد أكبر منصة للمدفوعات في الرياض.\nأما مجموعة سدرة، فأعلنت في يونيو استثمار 30 مليون دولار للحصول على 9% من الشركة.", "sdrh", model.InvestedIn, "zmrd", 30e6},
		{"en a company raising in its sentence invests in nothing there", "Zentrix Labs said on Monday that it expects strong growth.\nThis week Dubai-based property startup Harlow announced a new funding round led by London VC firm Redline Capital, with participation from Quarry Ventures.", "harlow", "", "zentrix-labs", -1},
		{"en an offer told again with its value gives the offer its figure", "Zentrix Labs rejects unsolicited offer from investor\n\nLondon-based Zentrix Labs has rejected an unsolicited takeover offer from Harlow Group.\nThe offer values Zentrix Labs at £84.5 mln and represents a premium of about 30%.", "harlow-group", model.BidFor, "zentrix-labs", 84.5e6},
		{"en the raiser is the name an apposition describes", "Payments platform Zentrix, a spinout of online retailer Quarry Holdings, has received an undisclosed sum from Redline Capital.", "redline-capital", model.InvestedIn, "zentrix", 0},
		{"ar per cent in words before the shares of the target", "استحوذ بنك سدرة على 100 في المئة من حصص بنك زمرد.", "sdrh", model.Acquired, "zmrd", 0},
		{"ar the person met, after with and a title, buys nothing", "وتضع شركة سدرة القطرية اللمسات النهائية مع رئيس نادي زمرد الإسباني، تيرون فالديز، من أجل الاستحواذ على نادي زمرد.", "tyrwn-faldyz", "", "zmrd", -1},
		{"en founders before the company, in a digest: the company the sentence before names", "Zentrix Labs raised $5 million from Redline Capital last week, and Quarry Ventures bought a stake in Zentrix Labs too.\nAnother startup on the list is Harlow Spaces, a Dubai rental platform.\nEstablished in 2019 by Lina Haddad and Sam Okafor, the company provides a marketplace for co-working spaces.", "sam-okafor", model.Founded, "harlow-spaces", 0},
		{"en the company's CEO and one of its founders", "Zentrix Health raised $10 million from Redline Capital. In a conversation with Harlow, the company's CEO and one of the founders, Lina Haddad, explained that the app tracks data.", "lina-haddad", model.CEOOf, "zentrix-health", 0},
		{"en a stake its owner's dotted legal form possesses is in the company after in", "Zentrix Group bought Quarry Holdings B.V.'s 12.5 percent stake in Tarrow Kenya.", "zentrix-group", model.Acquired, "tarrow-kenya", 0},
		{"en the possessor of the stake bought is no company bought", "The deal includes Zentrix Group acquiring Quarry Holdings B.V.'s 12.5 percent stake in Tarrow Kenya.", "zentrix-group", "", "quarry-holdings-b-v", -1},
		{"en a chief named with his bare title speaks for the story's buyer", "Zentrix Logistics is in talks to buy Harlow Freight. The discussions are early, Lina Haddad Chief Executive Officer said in a statement.", "lina-haddad", model.CEOOf, "zentrix-logistics", 0},
		{"ar a chief named with his bare title speaks for the story's buyer", "تجري مجموعة زمرد محادثات لشراء شركة سدرة للشحن. وقال سالم الكواري، الرئيس التنفيذي، إن المحادثات في مراحلها الأولى.", "salm-alkwary", model.CEOOf, "zmrd", 0},
		{"en a cited founder is the company's founder", "Zentrix Labs plans to list in 2027, according to Founder Lina Haddad.", "lina-haddad", model.Founded, "zentrix-labs", 0},
		{"en a cited analyst is no party", "Harlow Group will buy Zentrix Labs, according to Lina Haddad.", "lina-haddad", "", "zentrix-labs", -1},
		{"ar a cited founder is the company's founder", "تعتزم شركة زمردين القابضة التوسع في السوق السعودية، وفقا لمؤسس الشركة سليم رمال.", "slym-rmal", model.Founded, "zmrdyn-alqabdh", 0},
		{"en a raise fetched names no investment of the raiser", "Harlow and Quarry won approval. The…\n\nBrightwave fetches US$3m seed funding", "brightwave", "", "harlow", -1},
		{"en closed list from", "Brightwave, a Kenyan payments startup, raised $13 million in seed funding from Northgate Ventures, Redline Capital and Maya Osei.", "redline-capital", model.InvestedIn, "brightwave", 13e6},
		{"en a past round's figure is not this round's; the backers take the raise's", "Brightwave raised $106 million. The funding, backed by Northgate Ventures and Redline Capital, comes three years after its previous round of $8.6 billion.", "redline-capital", model.InvestedIn, "brightwave", 106e6},
		{"en the target named before the deal noun", "Deal news\n\nAmid tight market rules, the Zentrix acquisition locked for Harlow Group the possibility of fast growth.", "harlow-group", model.Acquired, "zentrix", 0},
		{"en a dotted legal form without its last stop, and SARL", "Deal news\n\nZentrix S.A said it bought Harlow Sarl.", "zentrix-s-a", model.Acquired, "harlow-sarl", 0},
		{"en a name a verb follows opens a clause, no list member", "Weekly Roundup: Harlow Group Buys Zentrix Labs, Quarry Ventures Raises $5M\n\nThe week's deals follow.", "harlow-group", "", "quarry-ventures", 0},
		{"en backers counted in a relative clause", "Deal news\n\nBrightwave, which counts Northgate Ventures among its backers, raised $20 million.", "northgate-ventures", model.InvestedIn, "brightwave", -1},
		{"en competing offers a buyer outbid", "Deal news\n\nHarlow Partners agreed to acquire Zentrix Labs for about 750 million euros. Harlow is said to have outbid competing offers from US private equity firm Quarry Capital, European pharmaceutical firm Tarrow, and Chinese firm Brightwave Group.", "tarrow", model.BidFor, "zentrix-labs", -1},
		{"ar funding by a named backer (من قبل)", "حصلت شركة زمردين على تمويل بقيمة 1.5 مليون دولار من قبل شركة سدرة للاستثمار.", "sdrh-llastthmar", model.InvestedIn, "zmrdyn", 1.5e6},
		{"en a stake won at auction", "Deal news\n\nZentrix won the auction for the strategic partner's 26% stake in Harlow Health in 2013, with a bid of 60 million dinars.", "zentrix", model.InvestedIn, "harlow-health", 60e6},
		{"ar a stake won at auction", "وفازت «زمردين» في 2013 بالمزايدة على حصة الشريك الإستراتيجي البالغة 26 في «سدرة»، حيث بلغ العرض الذي تقدمت به نحو 60 مليون دينار.", "zmrdyn", model.InvestedIn, "sdrh", 60e6},
		{"en a league approving a takeover buys nothing", "Deal news\n\nThe Harlow League approved the takeover of Zentrix FC.", "harlow-league", "", "zentrix-fc", 0},
		{"en a part's figure, not the whole's", "Deal news\n\nBrightwave raised $51.5 million in a Series B round. The balanced $33.5 million of the $51.5 million came from a round led by Northgate Ventures.", "northgate-ventures", model.InvestedIn, "brightwave", 33.5e6},
		{"en a backer that doubled down in this round is no raiser", "Deal news\n\nBrightwave raised $20 million in a seed round led by Northgate Ventures. Redline Capital doubled down in this round while Quarry Ventures also participated.", "quarry-ventures", model.InvestedIn, "brightwave", -1},
		{"en a title's employer and a list member are no raiser", "Deal news\n\nBrightwave raised $20 million in a seed round led by Northgate Ventures. Angel investors joined too: Redline Capital and the co-founder of Zentrix Sam Okafor also participated.", "sam-okafor", model.InvestedIn, "brightwave", -1},
		{"en a participant joining a round from a named investor", "Deal news\n\nBrightwave has secured $20 million in Series A funding from Northgate Ventures, with Redline Capital joining.", "redline-capital", model.InvestedIn, "brightwave", -1},
		{"en a co-investor alongside", "Deal news\n\nNorthgate Ventures invested in Brightwave alongside Redline Capital.", "redline-capital", model.InvestedIn, "brightwave", -1},
		{"en a backer in the raiser's aside gets no figure of the round", "Deal news\n\nBrightwave, backed by Northgate Ventures, raised $20 million from Redline Capital and Bluewater Partners.", "northgate-ventures", model.InvestedIn, "brightwave", -1},
		{"en control won", "Deal news\n\nHarlow Group, the Dutch brewer, won control of Brightwave after a bidding war with Redline Capital.", "harlow-group", model.Acquired, "brightwave", 0},
		{"en a stake taken, the perfect", "Deal news\n\nHarlow Group has taken a 30 percent stake in Brightwave for $300 million.", "harlow-group", model.InvestedIn, "brightwave", 300e6},
		{"en closed list person", "Brightwave, a Kenyan payments startup, raised $13 million in seed funding from Northgate Ventures, Redline Capital and Maya Osei.", "maya-osei", model.InvestedIn, "brightwave", 13e6},
		{"en participants no amount", "Brightwave raised $40 million in a Series B round led by Northgate Ventures, with participation from Redline Capital and Bluewater Partners.", "bluewater-partners", model.InvestedIn, "brightwave", -1},
		{"en lead gets amount", "Brightwave raised $40 million in a Series B round led by Northgate Ventures, with participation from Redline Capital and Bluewater Partners.", "northgate-ventures", model.InvestedIn, "brightwave", 40e6},
		{"en a round's figure from described investors, no raising verb", "Brightwave is a Berlin startup.\n\nToday the company emerged from private beta with a $1 million seed round from New York investors Northgate Ventures and Redline Capital.", "redline-capital", model.InvestedIn, "brightwave", 1e6},
		{"en a round's figure from investors, no raising verb", "Brightwave is a Berlin startup.\n\nToday the company came out of beta with a $2 million seed round from Northgate Ventures and Redline Capital.", "redline-capital", model.InvestedIn, "brightwave", 2e6},
		{"en a country's possessive before the bidders", "Deal news\n\nBrisco Holdings today rejected a takeover bid from Denmark's Harlow Group and Dutch peer Dalby Holdings worth £6.8 billion.", "dalby-holdings", model.BidFor, "brisco-holdings", 6.8e9},
		{"en a country's possessive closing the sentence reads nothing", "Deal news\n\nBrisco Holdings rejected a takeover bid from Denmark's", "brisco-holdings", "", "harlow-group", 0},
		{"en said it rejected", "Deal news\n\nBrisco Holdings said it rejected a bid from Harlow Group.", "harlow-group", model.BidFor, "brisco-holdings", 0},
		{"en with investments from a list", "Deal news\n\nOne of the largest, Zentrix Labs, is headquartered in Berlin as well as Cambridge, Mass., with investments from Northgate Ventures, Redline Capital and Bluewater Partners.", "bluewater-partners", model.InvestedIn, "zentrix-labs", -1},
		{"en sold its business, named in apposition, to a buyer", "Deal news\n\nIn 2018 Harlow Holdings sold its wood flooring business, Tarrow Products, to private equity firm Dalby Industrial Partners for $100 million.", "dalby-industrial-partners", model.Acquired, "tarrow-products", 100e6},
		{"en sold to an affiliate of a buyer", "Deal news\n\nIn 2019 Osprey Holdings was sold to an affiliate of Kestrel Rock Capital, a private equity firm.", "kestrel-rock-capital", model.Acquired, "osprey-holdings", 0},
		{"en a caption's founders from left", "Deal news\n\nZentrix Labs founders (from left) Jane Roe, Omar Haddad and Peter Okafor.", "omar-haddad", model.Founded, "zentrix-labs", 0},
		{"en a company's chief before the person", "Deal news\n\n\"This acquisition accelerates our strategy,\" says Zorvan Group chief Jane Roe.", "jane-roe", model.CEOOf, "zorvan-group", 0},
		{"en a company's boss before the person (passes before too)", "Deal news\n\nZorvan Group boss Jane Roe agreed to buy Tarrow Labs.", "jane-roe", model.CEOOf, "zorvan-group", 0},
		{"en a chief's other title is no chief executive (passes before too)", "Deal news\n\nZorvan Group chief financial officer Jane Roe spoke.", "jane-roe", "", "zorvan-group", 0},
		{"en an interest raised is a stake raised", "Deal news\n\nHarlow Mining lifted its interest in Zorvan Gold to 19.9% last week.", "harlow-mining", model.InvestedIn, "zorvan-gold", 0},
		{"en an offer the target says it never received is no bid (passes before too)", "Deal news\n\nBrisco Holdings said it has not received any takeover offer from Harlow Group.", "harlow-group", "", "brisco-holdings", 0},
		{"en partners named before their joint venture", "Deal news\n\nCompetitors include Harlow Group and Tarrow Foods joint venture Zorvan Agriculture and co-operative Quarryfield.", "tarrow-foods", model.PartnerIn, "zorvan-agriculture", 0},
		{"en a partner's share of a newly formed venture", "Deal news\n\nDalby Energy will own 49pc of the newly formed Kestrel Neftegaz while Osprey Oil will hold the rest.", "dalby-energy", model.PartnerIn, "kestrel-neftegaz", 0},
		{"en a frame row's party stands even where the name scorer doubts it", "Deal news\n\nBritish brewer Welsh and Harlow today rejected a takeover bid from Denmark's Zorvan Group worth $6.8 billion.", "zorvan-group", model.BidFor, "welsh-and-harlow", 6.8e9},
		{"en co-leads", "Brightwave has closed a $25 million round co-led by Northgate Ventures and Redline Capital.", "redline-capital", model.InvestedIn, "brightwave", 25e6},
		{"en lead in next sentence", "Brightwave secured $60 million in its Series C round. The round was led by Northgate Ventures.", "northgate-ventures", model.InvestedIn, "brightwave", 60e6},
		{"en description in list", "Brightwave attracted $15m in series B funding from Northgate Ventures, hedge fund sponsor Redline Capital and investment firm Bluewater Partners.", "bluewater-partners", model.InvestedIn, "brightwave", 15e6},
		{"en descriptor name", "Brightwave announced a new funding round led by London VC firm Northgate Ventures.", "northgate-ventures", model.InvestedIn, "brightwave", 0},
		{"en backed by is no portfolio", "Brightwave, backed by investors including Northgate Ventures, is seeking $300 million.", "brightwave", "", "northgate-ventures", 0},
		{"en backed by investors", "Brightwave, backed by investors including Northgate Ventures, is seeking $300 million.", "northgate-ventures", model.InvestedIn, "brightwave", 0},
		{"en unit of the parent buys", "Harlow Group, a unit of Kestrel Holdings, bought Brightwave for $20 million.", "harlow-group", model.Acquired, "brightwave", 20e6},
		{"en unit of: not the parent", "Harlow Group, a wholly owned subsidiary of Kestrel Holdings, bought Brightwave for $20 million.", "kestrel-holdings", "", "brightwave", 0},
		{"en led by apposition", "Harlow Group, led by chief executive Jane Roe, bought Brightwave.", "harlow-group", model.Acquired, "brightwave", 0},
		{"en led by apposition: not the person", "Harlow Group, led by chief executive Jane Roe, bought Brightwave.", "jane-roe", "", "brightwave", 0},
		{"en team led by partners invested", "The Northgate Ventures team, led by partners Jane Roe and Omar Haddad, and chairman Maya Osei, invested $500,000 in Brightwave in its Series A round.", "northgate-ventures", model.InvestedIn, "brightwave", 500000},
		{"en team led by partners: no person invests", "The Northgate Ventures team, led by partners Jane Roe and Omar Haddad, and chairman Maya Osei, invested $500,000 in Brightwave in its Series A round.", "maya-osei", "", "brightwave", 0},
		{"en team led by partners: they lead no round", "The Northgate Ventures team, led by partners Jane Roe and Omar Haddad, and chairman Maya Osei, invested $500,000 in Brightwave in its Series A round.", "jane-roe", "", "northgate-ventures", 0},
		{"en led by a descriptor name: not the descriptor", "Dubai-based startup Brightwave announced a new funding round led by London VC firm Northgate Capital.", "london-vc", "", "brightwave", 0},
		{"en from an X-based investor", "Brightwave raised $75 million from London-based Northgate Capital in March last year.", "northgate-capital", model.InvestedIn, "brightwave", 75e6},
		{"en list with an X-based member", "Brightwave raised $9 million from Redline Capital and London-based Northgate Capital.", "northgate-capital", model.InvestedIn, "brightwave", 9e6},
		{"en portfolio list", "Northgate Ventures has invested in 22 startups, including Brightwave, Tallgrass Robotics and Kestrel Labs.", "northgate-ventures", model.InvestedIn, "kestrel-labs", -1},
		{"en portfolio including in", "Northgate Ventures has made 40 investments so far, including in Brightwave and Kestrel Labs.", "northgate-ventures", model.InvestedIn, "kestrel-labs", -1},
		{"en investors like", "Brightwave raised $8m in 2018, and investors like Jane Roe and Redline Capital joined that seed round.", "redline-capital", model.InvestedIn, "brightwave", -1},
		{"en stake bought", "Harlow Group bought a 20% stake in Tallgrass Robotics for $90 million.", "harlow-group", model.InvestedIn, "tallgrass-robotics", 90e6},
		{"en shares in a list", "Kestrel Holdings, the investment arm of the state, purchased shares in Tallgrass Robotics, Brightwave and Redline Capital.", "kestrel-holdings", model.InvestedIn, "brightwave", 0},
		{"en largest shareholder", "Northgate Ventures will now become the largest shareholder in Brightwave.", "northgate-ventures", model.InvestedIn, "brightwave", 0},
		{"en company CEO person in one capitalised run", "The deal closed. Harlow Group CEO Jane Roe said it would add scale.", "jane-roe", model.CEOOf, "harlow-group", 0},
		{"en company Chief Executive person", "The deal closed, Harlow Industries Chief Executive Jane Roe said.", "jane-roe", model.CEOOf, "harlow-industries", 0},
		{"en target rejected an offer from", "Tallgrass Robotics rejected a $2.1 billion takeover offer from Harlow Group.", "harlow-group", model.BidFor, "tallgrass-robotics", 2.1e9},
		{"en offer from: the target buys nothing", "The board of Tallgrass Robotics backed a $2.1 billion takeover offer from Harlow Group.", "tallgrass-robotics", "", "harlow-group", 0},
		{"en approach from", "Tallgrass Robotics has received a takeover approach from Harlow Group.", "harlow-group", model.BidFor, "tallgrass-robotics", 0},
		{"en target rejected the bidder's bid", "Tallgrass Robotics rejected Harlow Group's $2.1 billion bid.", "harlow-group", model.BidFor, "tallgrass-robotics", 2.1e9},
		{"en offer from, for another target", "Kestrel Holdings received an offer from Harlow Group last year for its stake in Tallgrass Robotics.", "harlow-group", "", "kestrel-holdings", 0},
		{"en offered a share price", "Harlow Group offered $45 a share for Tallgrass Robotics.", "harlow-group", model.BidFor, "tallgrass-robotics", -1},
		{"en bid a price for", "Harlow Group has bid $2.1 billion for Tallgrass Robotics.", "harlow-group", model.BidFor, "tallgrass-robotics", 2.1e9},
		{"en will pay for", "Harlow Group will pay $2.1 billion in cash for Tallgrass Robotics.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en joint offer", "Harlow Group and Kestrel Holdings made a joint offer for Tallgrass Robotics.", "harlow-group", model.BidFor, "tallgrass-robotics", 0},
		{"en Title Case headline verb", "Harlow Group Acquires Tallgrass Robotics for $2.1 Billion\n\nThe deal closed on Monday.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en Title Case headline, target first", "Tallgrass Robotics Rejects Harlow Group's $2.1 Billion Bid\n\nThe board met on Monday.", "harlow-group", model.BidFor, "tallgrass-robotics", 2.1e9},
		{"en closed the acquisition of a minority stake", "In December 2022, Harlow Group closed the acquisition of a 35.43% stake in Tallgrass Robotics for SAR 4.65 billion.", "harlow-group", model.InvestedIn, "tallgrass-robotics", 4.65e9},
		{"en stake raised to control", "Harlow Group signed an agreement to increase its stake in Tallgrass Robotics from 35.43% to 80.01%, for a total value of $1.78 billion.", "harlow-group", model.Acquired, "tallgrass-robotics", 1.78e9},
		{"en stake raised below control", "Harlow Group will increase its stake in Tallgrass Robotics from 10% to 20% for $50 million.", "harlow-group", model.InvestedIn, "tallgrass-robotics", 50e6},
		{"en minority stake sold to", "Kestrel Holdings is selling its 20% stake in Tallgrass Robotics to Harlow Group for $300 million.", "harlow-group", model.InvestedIn, "tallgrass-robotics", 300e6},
		{"en controlling stake sold to", "Kestrel Holdings agreed to sell its 60% stake in Tallgrass Robotics to Harlow Group for $300 million.", "harlow-group", model.Acquired, "tallgrass-robotics", 300e6},
		{"en per cent of: a minority stake", "Harlow Group purchased 18 per cent of Tallgrass Robotics in a deal worth $160 million.", "harlow-group", model.InvestedIn, "tallgrass-robotics", 0},
		{"en per cent of: no purchase of the whole", "Harlow Group purchased 18 per cent of Tallgrass Robotics in a deal worth $160 million.", "harlow-group", "", "kestrel-holdings", 0},
		{"en which already have bought", "Kestrel Holdings sold Brightwave to Harlow Group, which already have bought Tallgrass Robotics and Redline Labs.", "harlow-group", model.Acquired, "redline-labs", 0},
		{"en chairman and CEO of the group", "The deal was signed by Jane Roe, Chairman and CEO of the Harlow group, on Monday.", "jane-roe", model.CEOOf, "harlow", 0},
		{"en several targets, one price", "Harlow Group agreed to buy Tallgrass Robotics and Redline Labs for a combined $2.1 billion.", "harlow-group", model.Acquired, "redline-labs", 2.1e9},
		{"en which agreed to buy", "Harlow Group, which agreed to buy Tallgrass Robotics for $2.1 billion last year, said the deal had closed.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en taken over by", "Tallgrass Robotics was taken over by Harlow Group in 2019.", "harlow-group", model.Acquired, "tallgrass-robotics", 0},
		{"en is a joint venture of", "Tallgrass Energy is a joint venture of Harlow Group and Kestrel Holdings.", "kestrel-holdings", model.PartnerIn, "tallgrass-energy", 0},
		{"en a value figure's words stay its own", "Harlow Group agreed to buy Tallgrass Robotics, which has a market value of $1.5 billion, for $2.1 billion.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en revenue before the price", "Harlow Group agreed to buy Tallgrass Robotics, which posted revenue of $500 million last year, for $2.1 billion.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en a relative clause is an aside", "Harlow Group, which makes engines, agreed to buy Tallgrass Robotics for $2.1 billion.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en the buyer's market value is no price", "Harlow Group, which has a market capitalisation of $9 billion, agreed to buy Tallgrass Robotics.", "harlow-group", model.Acquired, "tallgrass-robotics", -1},
		{"en the price in the next sentence", "Harlow Group agreed to acquire Tallgrass Robotics. The transaction is valued at $2.1 billion.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en next sentence's figure is no price", "Harlow Group agreed to acquire Tallgrass Robotics. The deal will add $300 million of revenue.", "harlow-group", model.Acquired, "tallgrass-robotics", -1},
		{"en took control of", "Harlow Group took control of Tallgrass Robotics in March.", "harlow-group", model.Acquired, "tallgrass-robotics", 0},
		{"en will be sold to", "Tallgrass Robotics will be sold to Harlow Group for $2.1 billion.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en counter-offer of a price", "Harlow Group made a counter-offer of $2.3 billion for Tallgrass Robotics.", "harlow-group", model.BidFor, "tallgrass-robotics", 2.3e9},
		{"en rival bidder apposition", "Kestrel Holdings, a rival bidder for Tallgrass Robotics, offered $2.3 billion.", "kestrel-holdings", model.BidFor, "tallgrass-robotics", 2.3e9},
		{"en bidding war between", "Tallgrass Robotics is the subject of a bidding war between Harlow Group and Kestrel Holdings.", "kestrel-holdings", model.BidFor, "tallgrass-robotics", 0},
		{"en approached about a takeover", "Harlow Group has approached Tallgrass Robotics about a takeover.", "harlow-group", model.BidFor, "tallgrass-robotics", 0},
		{"en target's shareholders approved the sale", "Tallgrass Robotics shareholders approved the $2.1 billion sale to Harlow Group.", "harlow-group", model.Acquired, "tallgrass-robotics", 2.1e9},
		{"en target's board backed the takeover", "Tallgrass Robotics' board backed the takeover by Harlow Group.", "harlow-group", model.Acquired, "tallgrass-robotics", 0},
		{"en chief executive apposition", "Jane Roe, chief executive of Tallgrass Robotics, said the deal made sense.", "jane-roe", model.CEOOf, "tallgrass-robotics", 0},
		{"en founder and ceo", "Omar Haddad, founder and CEO of Tallgrass Robotics, said the deal made sense.", "omar-haddad", model.Founded, "tallgrass-robotics", 0},
		{"en founder and ceo role", "Omar Haddad, founder and CEO of Tallgrass Robotics, said the deal made sense.", "omar-haddad", model.CEOOf, "tallgrass-robotics", 0},
		{"en possessive chief executive", "Tallgrass Robotics's chief executive Jane Roe said the deal made sense.", "jane-roe", model.CEOOf, "tallgrass-robotics", 0},
		{"en launched by", "Brightwave was launched in January 2019 by magazine editor Jane Roe and engineer Omar Haddad.", "omar-haddad", model.Founded, "brightwave", 0},
		{"en founded by, the company", "Today we cover Brightwave, a Kenyan fintech startup. Founded by Maya Osei, Omar Haddad, and Jane Roe, the company raised a $1.5 million seed round led by Northgate Ventures.", "jane-roe", model.Founded, "brightwave", 0},
		{"en founded by: not the lead", "Today we cover Brightwave, a Kenyan fintech startup. Founded by Maya Osei, Omar Haddad, and Jane Roe, the company raised a $1.5 million seed round led by Northgate Ventures.", "jane-roe", "", "northgate-ventures", 0},
		{"en founded by: round", "Today we cover Brightwave, a Kenyan fintech startup. Founded by Maya Osei, Omar Haddad, and Jane Roe, the company raised a $1.5 million seed round led by Northgate Ventures.", "northgate-ventures", model.InvestedIn, "brightwave", 1.5e6},
		{"en named venture", "Harlow Group and Kestrel Holdings formed a joint venture called Tallgrass Energy.", "kestrel-holdings", model.PartnerIn, "tallgrass-energy", 0},
		{"en consortium members", "Harlow Group and Kestrel Holdings are members of the Tallgrass consortium, which bid for Brightwave.", "harlow-group", model.PartnerIn, "tallgrass", 0},
		{"en venture owned by", "The Tallgrass Energy joint venture, owned by Harlow Group and Kestrel Holdings, will build the plant.", "kestrel-holdings", model.PartnerIn, "tallgrass-energy", 0},
		{"en co-lead list", "Northgate Ventures and Redline Capital co-led the $12 million round in Brightwave.", "northgate-ventures", model.InvestedIn, "brightwave", 12e6},
		{"en venture apposition", "Tallgrass Energy, a joint venture between Harlow Group and Kestrel Holdings, will build the plant.", "harlow-group", model.PartnerIn, "tallgrass-energy", 0},
		{"en offer to buy", "Harlow Group said it had submitted an offer to buy up to 100% of Tallgrass Robotics.", "harlow-group", model.BidFor, "tallgrass-robotics", 0},
		{"en outlet after list", "Brightwave raised $5 million from Northgate Ventures and Redline Capital, TechWire reports.", "redline-capital", model.InvestedIn, "brightwave", 5e6},

		{"en possessive acquisition", "Harlow Group's acquisition of Tallgrass Robotics closed on Monday.", "harlow-group", model.Acquired, "tallgrass-robotics", 0},
		{"en sale to", "The sale of Brightwave to Kestrel Holdings was agreed on Monday.", "kestrel-holdings", model.Acquired, "brightwave", 0},
		{"en passive by", "Brightwave was acquired by Kestrel Holdings for $5 million.", "kestrel-holdings", model.Acquired, "brightwave", 5e6},
		{"en with X acquiring Y", "Analysts cheered, with Harlow Group acquiring Redline Capital.", "harlow-group", model.Acquired, "redline-capital", 0},
		{"en leads an investment", "Northgate Ventures led a $20 million investment in Brightwave.", "northgate-ventures", model.InvestedIn, "brightwave", 20e6},
		{"en approved acquisition of a list", "The general meeting of Harlow Group has approved the acquisition of Tallgrass Robotics, Brightwave and Kestrel Labs for a total cash value of $35 million.", "harlow-group", model.Acquired, "kestrel-labs", 35e6},
		{"en headline rounding", "Harlow Group buys Brightwave for $1bn\n\nHarlow Group agreed to buy Brightwave for $1.05 billion.", "harlow-group", model.Acquired, "brightwave", 1.05e9},
		{"en planned spending is no price", "Harlow Group bought Brightwave and plans to spend $500 million on new plants.", "harlow-group", model.Acquired, "brightwave", -1},
		{"en assumed debt is no price", "Harlow Group acquired Brightwave and will assume $300 million of its debt.", "harlow-group", model.Acquired, "brightwave", -1},
		{"en a part of the object", "Harlow Group bought Tallgrass Robotics's Egyptian business for $2bn in 2013.", "harlow-group", "", "tallgrass-robotics", 0},
		{"en acting ceo after another role", "Omar Haddad, a long-serving board member and acting CEO of Tallgrass Robotics, signed.", "omar-haddad", model.CEOOf, "tallgrass-robotics", 0},
		{"en chairman of A and ceo of B", "Others are Omar Haddad, Chairman of Brightwave and CEO of Tallgrass Robotics, and Jane Roe.", "omar-haddad", model.CEOOf, "tallgrass-robotics", 0},
		{"en chairman of A: not its ceo", "Others are Omar Haddad, Chairman of Brightwave and CEO of Tallgrass Robotics, and Jane Roe.", "omar-haddad", "", "brightwave", 0},
		{"en board member of A and acting ceo of B", "Jane Roe, a board member of Brightwave and Acting CEO of Kestrel Labs, signed.", "jane-roe", model.CEOOf, "kestrel-labs", 0},
		{"en the company ceo: the topic", "Harlow Group announced today it bought Brightwave. The company CEO Jane Roe stated that the acquisition will enable Kestrel Labs to expand.", "jane-roe", model.CEOOf, "harlow-group", 0},
		{"en the company ceo: not the company named later", "Harlow Group announced today it bought Brightwave. The company CEO Jane Roe stated that the acquisition will enable Kestrel Labs to expand.", "jane-roe", "", "kestrel-labs", 0},
		{"ar an auction's later bidder with its own figure", "طرحت الحكومة حصتها في شركة سدرة للأغذية للبيع. وبلغ العرض الأول نحو 60 مليون دينار كويتي، تلتها شركة مشاريع الواحة القابضة «واحة» بعرض قيمته 54 مليونا ثم «ينابيع» بـ32.3 مليون.", "msharya-alwahh-alqabdh", model.BidFor, "sdrh-llaghdhyh", 54e6},
		{"ar the last bidder of the chain", "طرحت الحكومة حصتها في شركة سدرة للأغذية للبيع. وبلغ العرض الأول نحو 60 مليون دينار كويتي، تلتها شركة مشاريع الواحة القابضة «واحة» بعرض قيمته 54 مليونا ثم «ينابيع» بـ32.3 مليون.", "ynabya", model.BidFor, "sdrh-llaghdhyh", 32.3e6},
		{"ar a price per share is no bid's figure", "تلقت شركة سدرة للأغذية عروضا للاستحواذ عليها. وتقدمت شركة زمرد بعرض بسعر 5.48 جنيه للسهم، تلاها عرض من شركة تلال المالية القابضة بسعر 5.6 جنيه، وأخيرا بريق كابيتال بسعر 5.72 جنيه.", "bryq-kabytal", model.BidFor, "sdrh-llaghdhyh", -1},
		{"ar then with no chain is no bid", "وقعت شركة سدرة للأغذية عقدا بقيمة 60 مليون دينار كويتي ثم «ينابيع» بـ32.3 مليون.", "ynabya", "", "sdrh-llaghdhyh", 0},
		{"en an auction's later bidder", "Harlow Group offered $60 million for Zentrix Labs, followed by Quarry Ventures with $54 million.", "quarry-ventures", model.BidFor, "zentrix-labs", 54e6},
		{"en followed by with no figure is no bid", "Harlow Group offered $60 million for Zentrix Labs, followed by Quarry Ventures.", "quarry-ventures", "", "zentrix-labs", 0},
		{"en a stake of a company described before its name", "MOROCCO - Harlow Zentrix's Quarry Group is set to acquire 25% of Morocco's third-largest banking group Tarrow from French group Credit Brightwave.", "quarry-group", model.InvestedIn, "tarrow", 0},
		{"en an investor entering a round", "Deal news\n\nFunding this week went to early-stage deals, with software platform Zentrix Labs seeing the largest infusion ($16.3 million) and Quarry Global Management entering as an investor.", "quarry-global-management", model.InvestedIn, "zentrix-labs", -1},
		{"en described members who all joined the round", "Deal news\n\nBrightwave raised $20 million in a Series B round led by Tarrow Group. Chinese technology venture capital firm Quarry Ventures, US low-carbon investor Harlow Capital and food and agriculture focused VC Zentrix Capital all joined the round.", "zentrix-capital", model.InvestedIn, "brightwave", -1},
		{"en a member who joined the round is no raiser", "Deal news\n\nBrightwave raised $20 million in a Series B round led by Tarrow Group. Chinese technology venture capital firm Quarry Ventures, US low-carbon investor Harlow Capital and food and agriculture focused VC Zentrix Capital all joined the round.", "zentrix-capital", "", "harlow-capital", 0},
		{"en all joined a board, no round", "Deal news\n\nQuarry Ventures and Harlow Capital both joined the board of Zentrix Labs.", "harlow-capital", "", "zentrix-labs", 0},
		{"en a chief financial officer runs no company", "Deal news\n\nHarlow Group said Zentrix Chief Financial Officer Lina Haddad will leave.", "lina-haddad", "", "zentrix", 0},
		{"en a chief executive officer in a run", "Deal news\n\nHarlow Group said Zentrix Chief Executive Officer Lina Haddad will leave.", "lina-haddad", model.CEOOf, "zentrix", 0},
		{"ar a stake in the companies a plural cue's colon lists", "وافقت الجمعية العامة لشركة زمردين القابضة على الاستحواذ على 100% من إجمالي رأسمال شركات: رمال التجارية والوطنية للمعدات وسدرة للمناطق الحرة.", "zmrdyn-alqabdh", model.Acquired, "sdrh-llmnatq-alhrh", 0},
		{"ar a post of two titles, the employer glued to its cue", "وتولى المهندس تيرون فالديز منصب العضو المنتدب والرئيس التنفيذي للشركة العربية للزراعة.", "tyrwn-faldyz", model.CEOOf, "shrkh-alarbyh-llzraah", 0},
		{"ar an anaphor's nationality picks the buyer", "وتأسست مجموعة «رمال القطرية» عام 2001. وباعت مجموعة ” تلال ” نصيبها من الأسهم في بنك سدرة إلى المجموعة القطرية.", "rmal-alqtryh", model.Acquired, "sdrh", 0},
		{"ar a title's anaphor is the company its sentence names", "باعت مجموعة زمرد المالية وحدتها في مصر لبنك سدرة. كما أكد بنك رمال في بيان الاتفاق، ونقل تيرون فالديز الرئيس التنفيذي للمجموعة أن رمال خفضت أصولها.", "tyrwn-faldyz", model.CEOOf, "rmal", 0},
		{"en a company that describes the name before its apposition buys nothing", "Deal news\n\nSam Okafor, a former Harlow shareholder, first bought a 49.9 per cent stake in Zentrix in 2016.", "sam-okafor", model.InvestedIn, "zentrix", 0},
		{"en named chief executive with no as", "Deal news\n\nHarlow Group named Lina Haddad chief executive officer, replacing Sam Okafor.", "lina-haddad", model.CEOOf, "harlow-group", 0},
		{"ar an appointment of a name on no list", "أعلنت مجموعة رمال القابضة تعيين سيلفانو ريكيتي رئيسا تنفيذيا.", "sylfanw-rykyty", model.CEOOf, "rmal-alqabdh", 0},
		{"ar an appointment after the company that appoints", "وعينت مجموعة رمال القابضة تيرون فالديز رئيساً تنفيذياً للمجموعة.", "tyrwn-faldyz", model.CEOOf, "rmal-alqabdh", 0},
		{"ar the target's board refused an offer from the bidder", "رفض مجلس إدارة شركة زمردين عرضا من مجموعة سدرة للاستحواذ على الشركة بقيمة 2 مليار ريال.", "sdrh", model.BidFor, "zmrdyn", 2e9},
		{"ar a company named by the shares bought, a sector word closing it", "استحوذت سدرة القابضة على 60% من أسهم زمردين للأغذية في صفقة بلغت قيمتها 300 مليون درهم.", "sdrh-alqabdh", model.Acquired, "zmrdyn-llaghdhyh", 300e6},
		{"ar a stake bought in it, the company that speaks", "قالت شركة زمردين إن مجموعة سدرة اشترت حصة 10% فيها.", "sdrh", model.InvestedIn, "zmrdyn", 0},
		{"ar a seller's stake in the target, its size after it", "وأضافت مجموعة سدرة أنها استحوذت على حصة شركة رمال البالغة (50% + سهم واحد) في شركة زمردين.", "sdrh", model.Acquired, "zmrdyn", 0},
		{"ar a seller's minority stake in the target", "استحوذت مجموعة سدرة على حصة شركة رمال البالغة 20% في شركة زمردين.", "sdrh", model.InvestedIn, "zmrdyn", 0},
		{"ar the seller whose stake is bought is no target", "استحوذت مجموعة سدرة على حصة شركة رمال البالغة 20% في شركة زمردين.", "sdrh", "", "rmal", 0},
		{"en a seller's controlling stake bought", "Deal news\n\nHarlow Group acquired Quarry Capital's 50.1% stake in Zentrix Labs.", "harlow-group", model.Acquired, "zentrix-labs", 0},
		{"en the seller of its stake is no buyer of it", "Deal news\n\nHarlow Group bought Quarry Capital's 20% stake in Zentrix Labs for $40 million.", "quarry-capital", "", "zentrix-labs", 0},
		{"en a stake bought from its holder", "Deal news\n\nHarlow Group bought Quarry Capital's 20% stake in Zentrix Labs for $40 million.", "harlow-group", model.InvestedIn, "zentrix-labs", 40e6},
		{"ar a Maghrebi sale to a buyer, for whose benefit", "فوتت الدولة في 15 % من شركة زمردين لفائدة شركة سدرة للاتصالات مقابل 360 مليون دولار.", "sdrh-llatsalat", model.InvestedIn, "zmrdyn", 360e6},
		{"en its own deal for the name before the noun", "Deal news\n\nHarlow Group completed its Zentrix Labs acquisition on Monday.", "harlow-group", model.Acquired, "zentrix-labs", 0},
		{"ar a controlling stake sought, its size in words", "وتسعى مجموعة رمال إلى الاستحواذ على حصة مسيطرة في بنك زمردين.", "rmal", model.BidFor, "zmrdyn", 0},
		{"ar a fund that led a round in a company", "أعلن صندوق رمال عن قيادته جولة تمويلية في شركة زمردين بقيمة 8 ملايين دولار.", "rmal", model.InvestedIn, "zmrdyn", 8e6},
		{"en a controlling stake planned is a bid", "Deal news\n\nHarlow Group plans to acquire a controlling stake in Zentrix Bank.", "harlow-group", model.BidFor, "zentrix-bank", 0},
		{"en a controlling stake bought is a purchase", "Deal news\n\nHarlow Group acquired a controlling stake in Zentrix Bank.", "harlow-group", model.Acquired, "zentrix-bank", 0},
		{"en a lead of a named company's round", "Deal news\n\nHarlow Ventures led Zentrix's $8 million Series A round.", "harlow-ventures", model.InvestedIn, "zentrix", 8e6},
		{"ar a holding told by its size", "وتبلغ حصة مجموعة رمال في شركة زمردين نحو 40%.", "rmal", model.InvestedIn, "zmrdyn", 0},
		{"ar a controlling holding told is no new investment", "وتبلغ حصة مجموعة رمال في شركة زمردين نحو 60%.", "rmal", "", "zmrdyn", 0},
		{"ar the board refused an offer the bidder made", "رفض مجلس إدارة شركة الدانة للضيافة والفنادق عرضا معدلا قدمته مجموعة السيف للاستثمار بقيمة 2.75 مليار ريال.", "alsyf-llastthmar", model.BidFor, "aldanh-lldyafh-walfnadq", 2.75e9},
		{"ar led as chief executive", "وقاد خالد الفهد شركة مرجان كمدير تنفيذي منذ 2016.", "khald-alfhd", model.CEOOf, "mrjan", 0},
		{"ar lead after بقيادة", "جمعت شركة سحاب القابضة 50 مليون دولار في جولة تمويل بقيادة صندوق الغيث للاستثمار ومجموعة الريان.", "alryan", model.InvestedIn, "shab-alqabdh", 50e6},
		{"ar participants", "جمعت شركة سحاب القابضة 50 مليون دولار في جولة تمويل بقيادة صندوق الغيث للاستثمار، وبمشاركة مجموعة الريان.", "alryan", model.InvestedIn, "shab-alqabdh", -1},
		{"ar closed list من", "حصلت شركة سحاب القابضة على تمويل بقيمة 20 مليون دولار من صندوق الغيث للاستثمار ومجموعة الريان.", "alryan", model.InvestedIn, "shab-alqabdh", 20e6},
		{"ar lead after the verb", "جمعت شركة سحاب القابضة 70 مليون دولار. وقادت عملية جمع التمويل مجموعة الريان.", "alryan", model.InvestedIn, "shab-alqabdh", 70e6},
		{"ar invests in", "تستثمر مجموعة الريان في شركة مرجان وشركة سحاب القابضة.", "alryan", model.InvestedIn, "shab-alqabdh", 0},
		{"ar raises its stake", "رفعت مجموعة الريان العام الماضي حصتها في شركة مرجان.", "alryan", model.InvestedIn, "mrjan", 0},
		{"ar stake raised to control", "اتفقت مجموعة الريان على زيادة حصتها في شركة مرجان إلى 51% مقابل مليار دولار.", "alryan", model.Acquired, "mrjan", 1e9},
		{"ar injects", "ضخت مجموعة الريان 40 مليون دولار في شركة مرجان.", "alryan", model.InvestedIn, "mrjan", 40e6},
		{"ar backed by", "جمعت شركة مرجان 9 ملايين دولار في جولة تمويل بدعم من مجموعة الريان.", "alryan", model.InvestedIn, "mrjan", 9e6},
		{"ar ceo after name", "قال خالد الفهد الرئيس التنفيذي لشركة مرجان إن الصفقة مهمة.", "khald-alfhd", model.CEOOf, "mrjan", 0},
		{"ar portfolio in passing", "أعلن \"سدرة كابيتال\"، عملاق التكنولوجيا الذي اشتهر باستثماراته الكبيرة في شركات مثل \"سحاب\" و\"مرجان\"، عن إطلاق صندوق جديد.", "sdrh-kabytal", model.InvestedIn, "mrjan", -1},
		{"ar its investment", "تتابع شركة الاستثمار \"سدرة كابيتال\" تمويلها لمستنسخات \"سحاب\"، وأعلنت اليوم عن استثمار لها في \"مرجان\"، وهو مستنسخ.", "sdrh-kabytal", model.InvestedIn, "mrjan", 0},
		{"ar its investment not the nearer firm", "تتابع شركة الاستثمار \"سدرة كابيتال\" تمويلها لمستنسخات \"سحاب\"، وأعلنت اليوم عن استثمار لها في \"مرجان\"، وهو مستنسخ.", "shab", "", "mrjan", 0},
		{"ar appointed chief executive", "أعلنت مجموعة «سحاب القابضة»، إحدى أكبر شركات القطاع الخاص، تعيين خالد الفهد رئيساً تنفيذياً خلفاً لعمر حداد.", "khald-alfhd", model.CEOOf, "shab-alqabdh", 0},
		{"ar chief executive succeeded", "أعلنت مجموعة «سحاب القابضة»، إحدى أكبر شركات القطاع الخاص، تعيين خالد الفهد رئيساً تنفيذياً خلفاً لعمر حداد.", "amr-hdad", model.CEOOf, "shab-alqabdh", 0},
		{"ar bidders after a rejected offer", "ورفضت مجموعة الريان العروض التي قدمت لشراء حصتها في شركة مرجان من شركة «سحاب القابضة» و «الغيث» البحرينية.", "alghyth", model.BidFor, "mrjan", 0},
		{"ar rejecter is no bidder", "ورفضت مجموعة الريان العروض التي قدمت لشراء حصتها في شركة مرجان من شركة «سحاب القابضة» و «الغيث» البحرينية.", "alryan", "", "mrjan", 0},
		{"ar investors before a relative clause", "وقالت الشركة الناشئة إن صندوق Northgate وكذلك صناديق Redline Partners و Bluewater Capital ، التي تمتلك امتيازات في إسبانيا، استثمرت في Brightwave خلال هذه الجولة.", "northgate", model.InvestedIn, "brightwave", 0},
		{"ar second investment of the same investor", "وقالت المصادر إن “سدرة كابيتال” ناقشت خططا لاستثمار 200 مليون دولار بـ” Brightwave” ، اضافة الى استثمار بقيمة 300 مليون دولار بشركة ” Tallgrass” التي تعمل في البصريات.", "sdrh-kabytal", model.InvestedIn, "tallgrass", 300e6},
		{"ar a target is no investor", "وقالت المصادر إن “سدرة كابيتال” ناقشت خططا لاستثمار 200 مليون دولار بـ” Brightwave” ، اضافة الى استثمار بقيمة 300 مليون دولار بشركة ” Tallgrass” التي تعمل في البصريات.", "brightwave", "", "tallgrass", 0},
		{"ar paid to buy a minority stake", "سددت \"نور\" ما قيمته 48 مليون يورو لشراء حصة 9 في المئة من \"بنك الغيث\".", "nwr", model.InvestedIn, "alghyth", 48e6},
		{"ar paid to buy", "دفعت مجموعة الريان 3 مليارات دولار لشراء شركة مرجان.", "alryan", model.Acquired, "mrjan", 3e9},
		{"ar consortium takeover", "أقر المجلس استحواذ تحالف مجموعة الريان وشركة سحاب القابضة على 76% من شركة مرجان.", "shab-alqabdh", model.Acquired, "mrjan", 0},
		{"ar offer made by, target before", "وافق مجلس إدارة شركة مرجان على عرض الاستحواذ المقدم من مجموعة الريان.", "alryan", model.BidFor, "mrjan", 0},
		{"ar offer made by, target is no bidder", "وافق مجلس إدارة شركة مرجان على عرض الاستحواذ المقدم من مجموعة الريان.", "mrjan", "", "alryan", 0},
		{"ar majority stake taken", "استحوذت مجموعة الريان على حصة أغلبية في شركة مرجان.", "alryan", model.Acquired, "mrjan", 0},
		{"ar stake taken", "استحوذت مجموعة الريان على حصة في شركة مرجان مقابل 40 مليون دولار.", "alryan", model.InvestedIn, "mrjan", 40e6},
		{"ar majority stake bought", "اشترت مجموعة الريان حصة أغلبية في شركة مرجان.", "alryan", model.Acquired, "mrjan", 0},
		{"ar offer received", "تلقت شركة مرجان عرضا من مجموعة الريان بقيمة 700 مليون دولار.", "alryan", model.BidFor, "mrjan", 700e6},
		{"ar rival offer rejected", "ورفضت شركة مرجان عرضا منافسا من مجموعة الريان.", "alryan", model.BidFor, "mrjan", 0},
		{"ar offered to buy is a bid", "عرضت مجموعة الريان شراء شركة مرجان مقابل 900 مليون دولار.", "alryan", model.BidFor, "mrjan", 900e6},
		{"ar consortium among the bidders", "ورفضت شركة مرجان العروض التي قدمت لشراء حصتها في شركة سحاب القابضة من صندوق الغيث، وتحالف بقيادة مجموعة الريان.", "alryan", model.BidFor, "shab-alqabdh", 0},
		{"ar consortium led by takes over", "استحوذ تحالف بقيادة مجموعة الريان على شركة مرجان.", "alryan", model.Acquired, "mrjan", 0},
		{"ar the whole of its shares", "استحوذت مجموعة الريان على كامل أسهم شركة مرجان.", "alryan", model.Acquired, "mrjan", 0},
		{"ar appointed, no quotes round the company", "أعلنت شركة مرجان تعيين خالد الفهد رئيساً تنفيذياً خلفاً لعمر حداد.", "amr-hdad", model.CEOOf, "mrjan", 0},
		{"ar agreement noun ends the buyer's name", "وقعت مجموعة الريان اتفاقا نهائيا لشراء شركة مرجان مقابل 70 مليون دولار.", "alryan", model.Acquired, "mrjan", 70e6},
		{"ar passive من قبل", "تم الاستحواذ على شركة مرجان من قبل مجموعة الريان مقابل 300 مليون دولار.", "alryan", model.Acquired, "mrjan", 300e6},
		{"ar passive purchase", "وجاءت الخطوة بعد شراء شركة مرجان العام الماضي من قبل مجموعة الريان.", "alryan", model.Acquired, "mrjan", 0},
		{"ar chief executive between dashes", "وقال خالد الفهد – الرئيس التنفيذي لشركة مرجان – إن المستشفى مهم.", "khald-alfhd", model.CEOOf, "mrjan", 0},
		{"ar chief executive in brackets", "وقال خالد الفهد (الرئيس التنفيذي لشركة مرجان) إن المستشفى مهم.", "khald-alfhd", model.CEOOf, "mrjan", 0},
		{"ar chief operating officer", "وقال خالد الفهد، الرئيس التنفيذي للعمليات في شركة مرجان، إن السوق واعد.", "khald-alfhd", "", "mrjan", 0},
		{"ar raised from, valuation is no amount", "جمعت شركة مرجان الناشئة 20 مليون دولار بتقييم 500 مليون دولار من مجموعة الريان.", "alryan", model.InvestedIn, "mrjan", 20e6},
		{"ar got money from a list", "حصلت شركة مرجان الناشئة على 20 مليون دولار من مجموعة الريان وصندوق الغيث.", "alghyth", model.InvestedIn, "mrjan", 20e6},
		{"ar lead then the company", "قادت مجموعة الريان جولة تمويل بقيمة 30 مليون دولار في شركة مرجان للأغذية.", "alryan", model.InvestedIn, "mrjan-llaghdhyh", 30e6},
		{"ar consortium bid", "وقدم تحالف يضم مجموعة الريان وشركة مرجان عرضا لشراء شركة الغيث.", "alryan", model.BidFor, "alghyth", 0},
		{"ar unnamed consortium is no venture", "وقدم تحالف يضم مجموعة الريان وشركة مرجان عرضا لشراء شركة الغيث.", "mrjan", "", "alryan", 0},
		{"ar consortium members", "التحالف \"نور\"، الذي يضم مجموعة الريان وشركة مرجان، فاز بالعقد.", "mrjan", model.PartnerIn, "nwr", 0},
		{"ar founded the company, then another firm", "شركة سدرة كابيتال تتوسع\n\nوتأسست الشركة عام 2011 على يد خالد الفهد الذي عمل لدى مجموعة الريان.", "khald-alfhd", model.Founded, "sdrh-kabytal", 0},
		{"ar founded the company, backers named between", "شركة سدرة كابيتال تتوسع\n\nوتأسست الشركة عام 2011، بدعم من مجموعة الريان وشركة زمرد والصندوق الخليجي للاستثمار وغيرهم، على يد خالد الفهد.", "khald-alfhd", model.Founded, "sdrh-kabytal", 0},
		{"ar a named venture, the joint venture between two companies", "واستحوذت مجموعة زمرد على 10 بالمئة في زنبركو باورترين، المشروع المشترك بين شركة رمال وشركة سدرة.", "sdrh", model.PartnerIn, "znbrkw-bawrtryn", 0},
		{"en partners after \"the joint venture between\"", "Zentrix bought 10% of Quarry Powertrain, the joint venture between Harlow Motors and Tarrow Motors.", "tarrow-motors", model.PartnerIn, "quarry-powertrain", 0},
		{"ar a description, then the target in apposition", "واستحوذت شركة زمرد على شركة ناشئة محلية، وهي «رمال»، مقابل 3 مليارات دولار.", "zmrd", model.Acquired, "rmal", 3e9},
		{"ar a deal noun, a description, then the target in apposition", "وأبرمت شركة «زمرد» للنقل حسب الطلب بصفقة استحواذ أخرى على شركة ناشئة محلية أخرى، وهي «رمال»، نظير 3.1 مليارات دولار.", "zmrd", model.Acquired, "rmal", 3.1e9},
		{"ar a holder in apposition", "واستحوذت شركة زمرد على 60% من رأس مال شركة رمال، وهي مساهمة بنسبة 55% في شركة سدرة.", "rmal", model.InvestedIn, "sdrh", -1},
		{"ar a sale signed with the buyer", "وقعت مجموعة «زمرد» عقدا مع شركة رمال لبيع كامل حصتها البالغة 80 % من أسهم شركة سدرة العقارية بقيمة 631 مليون ريال.", "rmal", model.Acquired, "sdrh-alaqaryh", 631e6},
		{"en a long description before a list member", "Zentrix raised $20 million from investors including Chinese technology venture capital firm Quarry Ventures, US low-carbon investor Tarrow Partners and Harlow Capital.", "tarrow-partners", model.InvestedIn, "zentrix", -1},
		{"en the company bought from a seller", "Quarry Ports is the country's largest port operator. Zentrix has bought the company from Oman's Harlow Group.", "zentrix", model.Acquired, "quarry-ports", -1},
		{"en the seller after from is no target", "Quarry Ports is the country's largest port operator. Zentrix has bought the company from Oman's Harlow Group.", "zentrix", "", "harlow-group", 0},
		{"en a passive's subject with an apposition before the verb", "Quarry Products, the buyer of bankrupt Tarrow Flooring, was purchased in February by Harlow Equity.", "harlow-equity", model.Acquired, "quarry-products", -1},
		{"ar the owner named in an aside is no buyer", "اتفقت شركة زمرد للاستثمار، التابعة لصندوق رمال السيادي، على شراء 25% من أسهم شركة سدرة.", "zmrd-llastthmar", model.InvestedIn, "sdrh", -1},
		{"ar the owner named in an aside buys nothing", "اتفقت شركة زمرد للاستثمار، التابعة لصندوق رمال السيادي، على شراء 25% من أسهم شركة سدرة.", "rmal-alsyady", "", "sdrh", 0},
		{"en a title set off by commas after a person is his", "Founded in 1977 in France by Gerard Lemaire, its current chairman and CEO, and Patrice Tarrow, Zentrix is today a global company.", "gerard-lemaire", model.CEOOf, "zentrix", -1},
		{"en a speaker's title with no employer is not the quote's company's", "Zentrix Pianos agreed to be bought by Harlow Capital. “Our agreement with Harlow represents an exceptional valuation for our shareholders,” said Michael Tarrow, chairman and interim chief executive.", "michael-tarrow", model.CEOOf, "zentrix-pianos", -1},
		{"en a minority stake held", "Harlow Group, which holds a 29.6 per cent stake in Zentrix Labs, made an offer.", "harlow-group", model.InvestedIn, "zentrix-labs", -1},
		{"en a share of the equity owned", "Harlow Group owns 39 per cent of Zentrix Labs.", "harlow-group", model.InvestedIn, "zentrix-labs", -1},
		{"en a majority owned is no minority holding", "Harlow Group owns 70% of Zentrix Labs.", "harlow-group", "", "zentrix-labs", 0},
		{"ar a stake held", "وتمتلك شركة زمرد حصة تبلغ 26% في شركة رمال.", "zmrd", model.InvestedIn, "rmal", -1},
		{"ar a share of the equity held", "وتملك مجموعة زمرد 30 في المئة من أسهم شركة رمال.", "zmrd", model.InvestedIn, "rmal", -1},
		{"ar a majority held is no minority holding", "وتملك مجموعة زمرد 70 في المئة من أسهم شركة رمال.", "zmrd", "", "rmal", 0},
		{"en founders named in a caption, names on no list", "Zentrix Labs founders (from left) Quan Zentrix Vu, Peter Tarrow, and Hoang Minh.", "hoang-minh", model.Founded, "zentrix-labs", -1},
		{"en earlier investors in the round were", "Zentrix raised $3 million. Previous investors in the pre-seed round were Quarry Capital, Tarrow Ventures.", "tarrow-ventures", model.InvestedIn, "zentrix", -1},
		{"en came in as a new investor", "Zentrix raised $3 million. Social-impact venture capital fund Harlow Impact Fund came in as a new investor in this round.", "harlow-impact-fund", model.InvestedIn, "zentrix", -1},
		{"en made follow-on investments in the round", "Zentrix raised $3 million led by Brightwave. Harlow Capital made follow-on investments in the round.", "harlow-capital", model.InvestedIn, "zentrix", -1},
		{"en joining the likes of earlier backers", "Harlow Capital will invest $150 million in Zentrix, it said on Monday, joining the likes of Quarry Labs and Brightwave Capital.", "quarry-labs", model.InvestedIn, "zentrix", -1},
		{"en an early investor in apposition", "The fund is backing Zentrix along with FJ Ventures, founded by Fabrice Tarrow, who was an early investor in Quarry Labs.", "fabrice-tarrow", model.InvestedIn, "quarry-labs", -1},
		{"en a rival's previous proposal for the story's target", "Quarry Gold rejected the bid. The Chinese miner has offered Quarry C$1.85 in cash for each common share, which is 35% higher than a previous proposal from Canada's Harlow Metals.", "harlow-metals", model.BidFor, "quarry-gold", -1},
		{"en buying into a company is a stake", "Harlow Holding has bought into a unit of Zentrix Capital as it boosts spending.", "harlow-holding", model.InvestedIn, "zentrix-capital", -1},
		{"en shares bought in a listing", "In 2010 Harlow Holding bought $2.8bn worth of shares in the initial public offering of Zentrix Bank.", "harlow-holding", model.InvestedIn, "zentrix-bank", 2.8e9},
		{"en a company that was a backer's investment", "Tom Harrowgate dropped out of college to found Zentrix Labs, which was Harlow Capital's first defense tech investment.", "harlow-capital", model.InvestedIn, "zentrix-labs", -1},
		{"ar an offer's target after من أسهم is no bidder", "ويستهدف عرض «زمرد» الاستحواذ على 90% من أسهم «رمال الوطنية للاستثمارات المالية».", "zmrd", model.BidFor, "rmal-alwtnyh-llastthmarat-almalyh", -1},
		{"ar founder's past employer", "شركة سدرة كابيتال تتوسع\n\nوتأسست الشركة عام 2011 على يد خالد الفهد الذي عمل لدى مجموعة الريان.", "khald-alfhd", "", "alryan", 0},
		{"ar took part in it", "أعلنت شركة مرجان الناشئة عن جمع 20 مليون دولار، في جولة شارك فيها كل من صندوق الغيث ومجموعة الريان.", "alryan", model.InvestedIn, "mrjan", -1},
		{"ar took part in a meeting", "عقدت شركة مرجان اجتماعا شارك فيه كل من مجموعة الريان وشركة سدرة كابيتال.", "alryan", "", "mrjan", 0},
		{"ar planned spending is no price", "ستستحوذ مجموعة الريان على شركة مرجان للأغذية، وتخطط لإنفاق 500 مليون دولار على توسعة مصانعها.", "alryan", model.Acquired, "mrjan-llaghdhyh", -1},
		{"ar price before planned spending", "ستستحوذ مجموعة الريان على شركة مرجان للأغذية مقابل 300 مليون دولار، وستنفق 500 مليون دولار على توسعة مصانعها.", "alryan", model.Acquired, "mrjan-llaghdhyh", 300e6},
		{"ar founded, passive, by a person after a date", "تأسست شركة مرجان السعودية في أبريل/نيسان 2018 من قبل سامي الزهراوي، وهو المدير السابق لمجموعة الريان.", "samy-alzhrawy", model.Founded, "mrjan", 0},
		{"ar a spending cue before a comma is no figure's", "جمعت شركة مرجان، الناشئة في مجال حفر الأنفاق، مبلغ 75 مليون دولار في جولة تمويل بقيادة مجموعة الريان.", "alryan", model.InvestedIn, "mrjan", 75e6},
		{"ar a price per share with no share word is no deal's figure", "قدمت مجموعة الريان عرضا لشراء شركة مرجان بسعر 9 جنيهات للسهم، بعد أن كان السعر السابق 7.5 جنيه.", "alryan", model.BidFor, "mrjan", -1},
		{"ar a past round's figure is not this round's; the backers take the raise's", "جمعت شركة مرجان 106 ملايين دولار في جولة تمويلية. يأتي التمويل، المدعوم من مجموعة الريان، بعد أكثر من 3 سنوات من جولة مرجان الأخيرة التي بلغت قيمتها 8.6 مليار دولار.", "alryan", model.InvestedIn, "mrjan", 106e6},
		{"ar a quoted buyer with its company word, nationality and an aside", "بعد أن اشترت شركة \"الريان\" القابضة الإماراتية (صندوق الثروة السيادي) حصة 20% في شركة مرجان مقابل 266 مليون دولار.", "alryan", model.InvestedIn, "mrjan", 266e6},
		{"ar a former chief executive named after his title's modifier", "وأضيفت المسؤوليات إلى رئيس مجلس الإدارة والرئيس التنفيذي الأسبق، سامي الزهراوي، ليستمر بتنفيذ استراتيجية مجموعة الريان.", "samy-alzhrawy", model.CEOOf, "alryan", 0},
		{"ar the founder of a college", "قال سامي الزهراوي، مؤسس كلية مرجان: إن الجولة مهمة.", "samy-alzhrawy", model.Founded, "klyh-mrjan", 0},
		{"ar shares that make a majority are a purchase", "وأوضحت الشركة أن مجموعة الريان وافقت على شراء 6.8 مليون سهم، في شركة مرجان، تمثل 54.5% من رأسمال الشركة، بقيمة 300 مليون ريال.", "alryan", model.Acquired, "mrjan", 300e6},
		{"ar shares that make a minority are an investment", "وأوضحت الشركة أن مجموعة الريان وافقت على شراء 6.8 مليون سهم، في شركة مرجان، تمثل 4.5% من رأسمال الشركة، بقيمة 30 مليون ريال.", "alryan", model.InvestedIn, "mrjan", 30e6},
		{"ar joint leads", "أعلنت شركة مرجان عن إغلاق جولة تمويل بقيمة 18 مليون دولار، بقيادة مشتركة من شركتي رمال فنتشرز، ومجموعة الريان.", "alryan", model.InvestedIn, "mrjan", 18e6},
		{"ar an acting chief of a body named after its cue", "وتم تعيين سامي الزهراوي رئيساً تنفيذياً بالوكالة لهيئة مرجان للأسواق.", "samy-alzhrawy", model.CEOOf, "hyyh-mrjan-llaswaq", 0},
		{"ar exclusive control of several, in a competition notice", "قرر المجلس الترخيص بتولي شركة ” Zentrix S.A “، المراقبة الحصرية لكل من شركة “Harlow Sarlau ” وشركة ” Quarry Sarl “.", "zentrix-s-a", model.Acquired, "quarry-sarl", 0},
		{"ar a participation in a company's capital", "وقرر المجلس الترخيص باقتناء مؤسسة “Tarrow Finance” لمساهمة في رأسمال شركة “Zumrud Holding SA” إلى جانب الشريك الأصلي.", "tarrow-finance", model.InvestedIn, "zumrud-holding-sa", 0},
		{"ar the company raising its stake", "أعلنت مجموعة الريان نتائجها. وفي عام 2008 قامت الشركة بزيادة حصتها في \"مرجان\" إلى 29.9 % من خلال شراء حصة إضافية بقيمة 188 مليون ريال.", "alryan", model.InvestedIn, "mrjan", 188e6},
		{"ar an offer's receipt told as a noun", "أعلنت شركة مرجان تلقيها عرضا غير ملزم من مجموعة الريان للاستحواذ على كامل أسهمها.", "alryan", model.BidFor, "mrjan", 0},
		{"ar a wish to buy is a bid", "أبدت مجموعة الريان رغبتها في الاستحواذ على شركة مرجان.", "alryan", model.BidFor, "mrjan", 0},
		{"ar a raiser on no list after its verb", "أغلقت زمردين جولة تمويل أولية بقيمة 3 ملايين دولار بمشاركة رمال كابيتال وسدرة فنتشرز.", "sdrh-fntshrz", model.InvestedIn, "zmrdyn", 0},
		{"ar founded at the hands of, the company on no list", "تأسست زمردين على يد سامي الزهراوي وخالد الحربي عام 2015.", "khald-alhrby", model.Founded, "zmrdyn", 0},
		{"ar a person launching a platform", "وأطلق سامي الزهراوي منصة مرجان في عام 2018.", "samy-alzhrawy", model.Founded, "mrjan", 0},
		{"ar co-founders after the company", "وشارك في تأسيس شركة مرجان كل من سامي الزهراوي وخالد الحربي.", "khald-alhrby", model.Founded, "mrjan", 0},
		{"ar a group launching a platform founds no company of a person's (passes before too)", "وأطلقت مجموعة الريان منصة مرجان في عام 2018.", "alryan", "", "mrjan", 0},
		{"ar a consortium's members, the verb first", "ويضم تحالف \"سحابة\" كلا من مجموعة الريان وشركة مرجان.", "alryan", model.PartnerIn, "shabh", 0},
		{"ar two parties signing for a named venture", "وقعت مجموعة الريان مع شركة مرجان اتفاقية لتأسيس شركة مشتركة تحت اسم \"سحابة\".", "alryan", model.PartnerIn, "shabh", 0},
		{"ar a partnership to found a named company", "دخلت مجموعة الريان في شراكة مع شركة مرجان لتأسيس شركة \"سحابة\".", "mrjan", model.PartnerIn, "shabh", 0},
		{"ar a share of a capital increase", "ساهمت مجموعة الريان بمبلغ 10 ملايين دولار في زيادة رأسمال شركة مرجان.", "alryan", model.InvestedIn, "mrjan", 10e6},
		{"ar the managing director's title before the chief executive's", "وقال سامي الزهراوي العضو المنتدب والرئيس التنفيذي لشركة مرجان إن النتائج جيدة.", "samy-alzhrawy", model.CEOOf, "mrjan", 0},
		{"ar the party a purchase is signed with is no target", "وقعت مجموعة الريان اتفاقية لشراء كامل أسهم الشركة المستهدفة مع كل من شركة مرجان.", "alryan", "", "mrjan", 0},
		{"ar stakes in several", "استحوذت مجموعة الريان على حصص في شركة مرجان وبنك سدرة.", "alryan", model.InvestedIn, "sdrh", 0},
		{"ar named venture", "اتفقت مجموعة الريان وشركة مرجان على تأسيس مشروع مشترك باسم \"سحابة\".", "mrjan", model.PartnerIn, "shabh", 0},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if c.pred == "" {
			for _, r := range doc.Relations {
				if r.Subject == c.subj && r.Object == c.obj {
					t.Errorf("%s: want no relation %s -> %s, got %+v", c.name, c.subj, c.obj, r)
				}
			}
			continue
		}
		want := c.amount
		if want < 0 {
			want = 0
		}
		ok := false
		for _, r := range doc.Relations {
			if r.Subject == c.subj && r.Predicate == c.pred && r.Object == c.obj && (want == 0 || r.Amount == want) && (c.amount >= 0 || r.Amount == 0) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: want %s -%s-> %s %v; got %+v\n  entities %+v", c.name, c.subj, c.pred, c.obj, c.amount, doc.Relations, doc.Entities)
		}
	}
}

// A bad row is an error naming its file and line, not a panic.
func TestParseFramesErrors(t *testing.T) {
	for _, row := range []string{
		"invest\tled by S+\tround\t-\traiser",                // five columns
		"merge\tled by S+\tround\t-\traiser\t-",              // unknown frame
		"invest\tled by S+\tsome\t-\traiser\t-",              // unknown amount
		"invest\tled by S+\tround\t-\tsomeone\t-",            // unknown finder
		"invest\tled by S+\tround\t-\traiser\tno-such-guard", // unknown guard
		"invest\tS+ O\tround\t-\t-\t-",                       // no anchor
	} {
		_, err := parseFrames("x.tsv", "# comment\n"+row+"\n")
		if err == nil || !strings.HasPrefix(err.Error(), "x.tsv:2:") {
			t.Errorf("row %q: want an error at x.tsv:2, got %v", row, err)
		}
	}
	rows, err := parseFrames("x.tsv", "invest\tround ?was led|co-led by S+\tround\t-\traiser\tround\n")
	if err != nil || len(rows) != 1 || !rows[0].anchor.words["round"] || len(rows[0].right) != 4 || !rows[0].right[1].words["co led"] {
		t.Errorf("good row: %+v %v", rows, err)
	}
}

// Each guard alone, on a sentence that passes it and one that does not.
func TestFrameGuards(t *testing.T) {
	cases := []struct {
		guard, yes, no, anchor string
	}{
		{"round", "Brightwave raised money in a round led by Northgate Ventures.", "The team was led by Northgate Ventures.", "led"},
		{"not-team", "The round was led by Northgate Ventures.", "The Brightwave team, led by Northgate Ventures, met.", "led"},
		{"to-control", "Harlow Group raised its stake in Brightwave from 30% to 60%.", "Harlow Group raised its stake in Brightwave from 10% to 30%.", "raised"},
		{"below-control", "Harlow Group raised its stake in Brightwave from 10% to 30%.", "Harlow Group raised its stake in Brightwave from 30% to 60%.", "raised"},
		{"several", "Harlow Group bought Brightwave and Redline Labs.", "Harlow Group bought Brightwave.", "bought"},
		{"minority", "Harlow Group bought a 20% stake in Brightwave.", "Harlow Group bought a 60% stake in Brightwave.", "bought"},
		{"majority", "Harlow Group bought a 60% stake in Brightwave.", "Harlow Group bought a 20% stake in Brightwave.", "bought"},
		{"stake-size", "وتبلغ حصة مجموعة رمال في شركة زمردين نحو 40%.", "وتبلغ حصة مجموعة رمال في شركة زمردين ما يؤهلها للسيطرة.", "وتبلغ"},
		{"money-before", "Brightwave raised $5 million from Northgate Ventures.", "Brightwave received approval from Northgate Ventures.", "from"},
		{"purchase-between", "Harlow Group made an offer to buy Brightwave from Northgate Ventures.", "Harlow Group made an offer of jobs at Brightwave from Northgate Ventures.", "offer"},
		{"active", "Northgate Ventures backed 22 startups, including Brightwave.", "Brightwave, backed by investors including Northgate Ventures, grew.", "backed"},
	}
	for _, c := range cases {
		for _, text := range []string{c.yes, c.no} {
			d := newDoc(model.Article{ID: "t", Text: text})
			for _, st := range testX.stages[:4] {
				st.Run(d)
			}
			m := frameMatch{from: 0, to: len(d.Tokens), listFrom: -1}
			for i, tk := range d.Tokens {
				if tk.Norm == c.anchor {
					m.anchor = i
				}
				if tk.Norm == "from" || tk.Norm == "in" && c.guard == "minority" {
					m.listFrom = i + 1
				}
			}
			for k, mn := range d.Mentions {
				if mn.From > m.anchor {
					m.obj = append(m.obj, k) // the names after the anchor
				}
			}
			got := frameGuards[c.guard](d, d.Sentences[0], &m)
			if got != (text == c.yes) {
				t.Errorf("guard %s on %q: got %v", c.guard, text, got)
			}
		}
	}
}

// A deal's party that a frame row (or, in Arabic, a company cue and a deal
// reader) vouches for stands even when the name scorer drops every name.
func TestDealPartiesOutlastTheNameScorer(t *testing.T) {
	x, err := New(Options{NameModel: &name.Model{Bias: -20, Threshold: 0.5, Weights: map[string]float64{}}})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, id string }{
		{"Deal news\n\nBrisco Holdings today rejected a takeover bid from Harlow Group worth $6.8 billion.", "harlow-group"},
		{"أخبار\n\nوذكرت تقارير أن صندوق كستريل البريطاني للاستثمار المباشر قدم عرضا رسميا قيمته 200 مليون دولار للاستحواذ على شركة رمال للصناعات الدوائية.", "rmal-llsnaaat-aldwayyh"},
	}
	for _, c := range cases {
		doc := x.Extract(model.Article{ID: "t", Text: c.text})
		found := false
		for _, e := range doc.Entities {
			found = found || e.ID == c.id
		}
		if !found {
			t.Errorf("%q: party %s dropped: %+v", c.text, c.id, doc.Entities)
		}
	}
}

// A sale with no buyer named reads no purchase, whatever the story's
// other companies (invented names).
func TestArabicSaleWithoutBuyer(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "ما الأثر المتوقع لبيع الريان القابضة حصتها في زمرد؟\n\nأعلنت شركة الريان القابضة أنها ستقوم ببيع كامل أسهمها في شركة زمرد عن طريق صفقة خاصة بقيمة 837 مليون ريال."})
	for _, r := range doc.Relations {
		if r.Predicate == model.Acquired {
			t.Errorf("a buyer guessed for a sale: %+v", r)
		}
	}
}

// A headline's purchase takes the consideration told further on, past a
// release's date and source lines, while the sentences name its target
// (invented names).
func TestPriceFollowsTheTarget(t *testing.T) {
	text := "Harlow Group to Acquire Zentrix Services\n\nJuly 30, 2007\n\nPress Release\n\nSOURCE: Harlow Group, Inc.\n\nHarlow Group to Acquire Zentrix Services\n\n" +
		"HOUSTON, Texas, July 30/Zentrix Wire/ — Harlow Group, Inc. (NYSE: HGI) today announced that it has entered into a definitive agreement to purchase substantially all of the assets of Zentrix Services, Inc. (“Zentrix”). " +
		"Zentrix, headquartered in Houston, provides rental tools. " +
		"The consideration for the assets acquired, totaling approximately $67.0 million, will consist of cash and a $6.0 million note."
	doc := testX.Extract(model.Article{ID: "t", Text: text})
	for _, r := range doc.Relations {
		if r.Predicate == model.Acquired && r.Object == "zentrix-services" && r.Amount == 67e6 {
			return
		}
	}
	t.Errorf("no purchase with the consideration: %+v", doc.Relations)
}

// "X bought 10% of Y, the joint venture between A and B": between names
// every partner, and X bought a stake, it is no partner.
func TestVentureBetweenNamesAllPartners(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "Zentrix bought 10% of Quarry Powertrain, the joint venture between Harlow Motors and Tarrow Motors."})
	for _, r := range doc.Relations {
		if r.Subject == "zentrix" && r.Predicate == model.PartnerIn {
			t.Errorf("the stake's buyer read as a partner: %+v", r)
		}
	}
}

// A title set off by commas after a person is his, not the next name's.
func TestApposedTitleHolder(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "Founded in 1977 in France by Gerard Lemaire, its current chairman and CEO, and Patrice Tarrow, Zentrix is today a global company."})
	for _, r := range doc.Relations {
		if r.Subject == "patrice-tarrow" && r.Predicate == model.CEOOf {
			t.Errorf("the title read as the next name's: %+v", r)
		}
	}
}
