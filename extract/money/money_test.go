package money

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// want describes one expected mention. Text locates it; the test also checks
// that input[Start:End] == Text.
type want struct {
	text     string
	amount   float64
	low      float64
	cur      string
	upto     bool
	approx   bool
	perShare bool
}

func w(text string, amount float64, cur string) want {
	return want{text: text, amount: amount, cur: cur}
}

func (x want) up() want             { x.upto = true; return x }
func (x want) about() want          { x.approx = true; return x }
func (x want) share() want          { x.perShare = true; return x }
func (x want) from(lo float64) want { x.low = lo; return x }

func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

var cases = []struct {
	name string
	in   string
	want []want
}{
	// English: symbols, suffixes, words.
	{"usd billion", "The miner agreed to be bought for $97.4 billion in cash.", []want{w("$97.4 billion", 97.4e9, "USD")}},
	{"usd bn suffix", "Shareholders backed the $97.4bn offer on Tuesday.", []want{w("$97.4bn", 97.4e9, "USD")}},
	{"usd bn small", "The start-up raised $3.1bn from new backers.", []want{w("$3.1bn", 3.1e9, "USD")}},
	{"usd m suffix", "It sold the unit for $580m last year.", []want{w("$580m", 580e6, "USD")}},
	{"usd million", "Lenders provided a $580 million loan.", []want{w("$580 million", 580e6, "USD")}},
	{"US$", "The port was valued at US$3.5 billion by analysts.", []want{w("US$3.5 billion", 3.5e9, "USD")}},
	{"USD prefix", "Bonds worth USD 2 billion were placed.", []want{w("USD 2 billion", 2e9, "USD")}},
	{"dollars word", "The state paid 2 billion dollars for the stake.", []want{w("2 billion dollars", 2e9, "USD")}},
	{"euro sign", "It issued a €5 billion green bond.", []want{w("€5 billion", 5e9, "EUR")}},
	{"EUR code", "A EUR 5bn facility was signed.", []want{w("EUR 5bn", 5e9, "EUR")}},
	{"pound bn", "The retailer fetched £2bn at auction.", []want{w("£2bn", 2e9, "GBP")}},
	{"pound billion", "A £24 billion takeover shook the City.", []want{w("£24 billion", 24e9, "GBP")}},
	{"lira", "The airport cost 14.6 billion lira to build.", []want{w("14.6 billion lira", 14.6e9, "TRY")}},
	{"crore rupees", "Profit reached 9,093.6 crore rupees in the quarter.", []want{w("9,093.6 crore rupees", 9093.6e7, "INR")}},
	{"Rs crore", "The bank raised Rs 43,574 crore through the issue.", []want{w("Rs 43,574 crore", 43574e7, "INR")}},
	{"rupee sign crore", "A ₹1,200 crore plant opened.", []want{w("₹1,200 crore", 1200e7, "INR")}},
	{"lakh crore", "Investments of 1.5 lakh crore rupees were pledged.", []want{w("1.5 lakh crore rupees", 1.5e12, "INR")}},
	{"dirhams", "The tower sold for 1.2 billion dirhams.", []want{w("1.2 billion dirhams", 1.2e9, "AED")}},
	{"riyals", "Contracts worth 500 million riyals were awarded.", []want{w("500 million riyals", 500e6, "SAR")}},
	{"SAR prefix", "The sukuk raised SAR 2.5bn.", []want{w("SAR 2.5bn", 2.5e9, "SAR")}},
	{"CHF prefix", "The insurer paid CHF 3bn.", []want{w("CHF 3bn", 3e9, "CHF")}},
	{"Swiss francs", "The bank lost 3 billion Swiss francs in a week.", []want{w("3 billion Swiss francs", 3e9, "CHF")}},
	{"44bn", "He closed the $44bn purchase of the platform.", []want{w("$44bn", 44e9, "USD")}},
	{"1.9 billion", "Revenue hit $1.9 billion.", []want{w("$1.9 billion", 1.9e9, "USD")}},
	{"trillion", "The firm is worth $1 trillion now.", []want{w("$1 trillion", 1e12, "USD")}},
	{"per share", "The buyer offered $54.20 per share in cash.", []want{w("$54.20 per share", 54.2, "USD").share()}},
	{"a share", "That values the stock at $45 a share.", []want{w("$45 a share", 45, "USD").share()}},
	{"up to", "The fund could invest up to $40 billion.", []want{w("up to $40 billion", 40e9, "USD").up()}},
	{"as much as", "The sale may raise as much as $3bn.", []want{w("as much as $3bn", 3e9, "USD").up()}},
	{"about", "The loss was about $4 million.", []want{w("about $4 million", 4e6, "USD").about()}},
	{"more than", "They spent more than $2bn on chips.", []want{w("more than $2bn", 2e9, "USD").about()}},
	{"an estimated", "Fees of an estimated $700m were paid.", []want{w("an estimated $700m", 700e6, "USD").about()}},
	{"range dash", "The stake is valued at $1bn-$2bn.", []want{w("$1bn-$2bn", 2e9, "USD").from(1e9)}},
	{"range shared scale", "Analysts see a $1-2 billion charge.", []want{w("$1-2 billion", 2e9, "USD").from(1e9)}},
	{"range between", "Bids came in between $1 billion and $2 billion.", []want{w("between $1 billion and $2 billion", 2e9, "USD").from(1e9)}},
	{"k suffix", "Each seat costs $50k a year.", []want{w("$50k", 50e3, "USD")}},
	{"B suffix", "A $5B round closed.", []want{w("$5B", 5e9, "USD")}},
	{"C$", "The pipeline cost C$750 million.", []want{w("C$750 million", 750e6, "CAD")}},
	{"HK$", "The listing raised HK$12bn.", []want{w("HK$12bn", 12e9, "HKD")}},
	{"Saudi riyals", "The deal is worth 4 billion Saudi riyals.", []want{w("4 billion Saudi riyals", 4e9, "SAR")}},
	{"Qatari riyals", "It bought the hotel for 900 million Qatari riyals.", []want{w("900 million Qatari riyals", 900e6, "QAR")}},
	{"Kuwaiti dinars", "Profits of 300 million Kuwaiti dinars were booked.", []want{w("300 million Kuwaiti dinars", 300e6, "KWD")}},
	{"Egyptian pounds", "A 20 billion Egyptian pounds bond was sold.", []want{w("20 billion Egyptian pounds", 20e9, "EGP")}},
	{"pounds sterling", "Debts of 500 million pounds sterling remain.", []want{w("500 million pounds sterling", 500e6, "GBP")}},
	{"US dollars", "The loan is 2.5 billion US dollars.", []want{w("2.5 billion US dollars", 2.5e9, "USD")}},
	{"U.S. dollars", "The loan is 2.5 billion U.S. dollars.", []want{w("2.5 billion U.S. dollars", 2.5e9, "USD")}},
	{"a billion dollars", "It spent a billion dollars on the mine.", []want{w("a billion dollars", 1e9, "USD")}},
	{"half a billion", "Nearly half a billion dollars went missing.", []want{w("Nearly half a billion dollars", 0.5e9, "USD").about()}},
	{"yen", "The carmaker set aside 10 billion yen.", []want{w("10 billion yen", 10e9, "JPY")}},
	{"yen sign", "A ¥500 billion buyback was announced.", []want{w("¥500 billion", 500e9, "JPY")}},
	{"yuan", "The city raised 5 billion yuan.", []want{w("5 billion yuan", 5e9, "CNY")}},
	{"Dh prefix", "The developer sold Dh 5 billion of homes.", []want{w("Dh 5 billion", 5e9, "AED")}},
	{"billion-dollar", "They signed a 5 billion-dollar accord.", []want{w("5 billion-dollar", 5e9, "USD")}},
	{"from to change", "The bid rose from $40 to $45 per share.", []want{w("$40", 40, "USD").share(), w("$45 per share", 45, "USD").share()}},
	{"percent before money", "It paid 10% of $5bn upfront.", []want{w("$5bn", 5e9, "USD")}},
	{"glued model number", "The A320 jets were sold for $100 million.", []want{w("$100 million", 100e6, "USD")}},
	{"two currencies", "The price, €4.2bn ($4.6bn), was agreed.", []want{w("€4.2bn", 4.2e9, "EUR"), w("$4.6bn", 4.6e9, "USD")}},

	{"hyphenated scale", "It struck a $5-billion deal.", []want{w("$5-billion", 5e9, "USD")}},
	{"constant dollars", "Costs reached $3bn in 2019 dollars.", []want{w("$3bn", 3e9, "USD")}},
	{"Rs dot", "The state budgeted Rs. 500 crore for roads.", []want{w("Rs. 500 crore", 500e7, "INR")}},
	{"Ksh glued", "making an upfront payment of Ksh40.2 billion to the government", []want{w("Ksh40.2 billion", 40.2e9, "KES")}},
	{"glued code", "The issue raised USD500m in minutes.", []want{w("USD500m", 500e6, "USD")}},
	{"indian grouping", "A fine of 1,00,000 rupees was levied.", []want{w("1,00,000 rupees", 1e5, "INR")}},
	{"european dots", "The club paid 1.000.000 euros.", []want{w("1.000.000 euros", 1e6, "EUR")}},
	{"cents", "Shares closed at $1,234,567.89 in total.", []want{w("$1,234,567.89", 1234567.89, "USD")}},
	{"korean won", "Samsung won approval to spend 5 trillion South Korean won.", []want{w("5 trillion South Korean won", 5e12, "KRW")}},
	{"hong kong dollars", "It raised 3 billion Hong Kong dollars.", []want{w("3 billion Hong Kong dollars", 3e9, "HKD")}},
	{"range pounds m", "Fees of £1.5m-£2m are typical.", []want{w("£1.5m-£2m", 2e6, "GBP").from(1.5e6)}},
	{"range to", "Sales of $1.2 billion to $1.5 billion are expected.", []want{w("$1.2 billion to $1.5 billion", 1.5e9, "USD").from(1.2e9)}},
	{"range per share", "The offer values it at $40-$45 per share.", []want{w("$40-$45 per share", 45, "USD").share().from(40)}},
	{"filler in", "The bill was 13 billion in US dollars.", []want{w("13 billion in US dollars", 13e9, "USD")}},
	{"over", "He owes over $3,000 to 3,000 people.", []want{w("over $3,000", 3000, "USD").about()}},
	{"code after", "The 2.5bn SAR facility was signed.", []want{w("2.5bn SAR", 2.5e9, "SAR")}},
	{"mn suffix", "Operating profit was $300mn.", []want{w("$300mn", 300e6, "USD")}},
	{"E pound", "The telecom raised E£5bn locally.", []want{w("E£5bn", 5e9, "EGP")}},
	{"A$", "The miner sold A$1bn of bonds.", []want{w("A$1bn", 1e9, "AUD")}},
	{"S$", "The REIT bought it for S$2bn.", []want{w("S$2bn", 2e9, "SGD")}},
	{"decimal comma", "The club sold shares for 2,5 million euros.", []want{w("2,5 million euros", 2.5e6, "EUR")}},
	{"german Mrd", "Der Kaufpreis liegt bei 4,5 Mrd. €.", []want{w("4,5 Mrd. €", 4.5e9, "EUR")}},
	// Not money.
	{"employees", "The firm has nearly 7,500 employees.", nil},
	{"percent and year", "Revenue grew 9.2% in 2015.", nil},
	{"scale without currency", "The firm has 13 billion shares outstanding.", nil},
	{"year range", "Its 2019-2020 plan was scrapped.", nil},
	{"date", "The deal closed on 12.05.2021 at 10:30.", nil},
	{"arabic percent", "ارتفعت الأرباح بنسبة 5% في عام 2015.", nil},
	{"arabic leading percent", "نمت الإيرادات %5 خلال العام.", nil},
	{"arabic count", "توظف الشركة 7,500 موظف.", nil},
	{"arabic scale no currency", "أنتجت الحقول 3 ملايين برميل يومياً.", nil},
	{"arabic percent words", "ارتفع السهم 12 في المائة.", nil},

	// Arabic.
	{"ar basic", "استحوذت الشركة على منافستها مقابل 97.4 مليار دولار نقداً.", []want{w("97.4 مليار دولار", 97.4e9, "USD")}},
	{"ar eastern digits", "بلغت قيمة الصفقة ٩٧٫٤ مليار دولار.", []want{w("٩٧٫٤ مليار دولار", 97.4e9, "USD")}},
	{"ar persian digits", "بلغت قيمة الصفقة ۹۷٫۴ مليار دولار.", []want{w("۹۷٫۴ مليار دولار", 97.4e9, "USD")}},
	{"ar arabic thousands", "دفعت ١٬٢٠٠ مليون دولار.", []want{w("١٬٢٠٠ مليون دولار", 1.2e9, "USD")}},
	{"ar million", "باعت الوحدة بـ580 مليون دولار.", []want{w("580 مليون دولار", 580e6, "USD")}},
	{"ar dual genitive", "استثمرت ملياري دولار في المصنع.", []want{w("ملياري دولار", 2e9, "USD")}},
	{"ar dual nominative", "بلغت الاستثمارات مليارا دولار.", []want{w("مليارا دولار", 2e9, "USD")}},
	{"ar dual million", "خصصت مليوني دولار للبحث.", []want{w("مليوني دولار", 2e6, "USD")}},
	{"ar half", "قدمت نصف مليار دولار.", []want{w("نصف مليار دولار", 0.5e9, "USD")}},
	{"ar quarter", "ضخت ربع مليار دولار في السوق.", []want{w("ربع مليار دولار", 0.25e9, "USD")}},
	{"ar and a half the billion", "تبلغ قيمتها مليار ونصف المليار دولار.", []want{w("مليار ونصف المليار دولار", 1.5e9, "USD")}},
	{"ar and a half", "اشترت الأسهم بمليار ونصف دولار.", []want{w("مليار ونصف دولار", 1.5e9, "USD")}},
	{"ar bare billion", "وقعت عقداً بقيمة مليار دولار.", []want{w("مليار دولار", 1e9, "USD")}},
	{"ar plural", "جمعت 3 مليارات دولار من المستثمرين.", []want{w("3 مليارات دولار", 3e9, "USD")}},
	{"ar plural millions", "خسرت 4 ملايين يورو.", []want{w("4 ملايين يورو", 4e6, "EUR")}},
	{"ar riyal default", "رصدت 500 مليون ريال للمشروع.", []want{w("500 مليون ريال", 500e6, "SAR")}},
	{"ar qatari riyal", "بلغت الأرباح 2 مليار ريال قطري.", []want{w("2 مليار ريال قطري", 2e9, "QAR")}},
	{"ar omani rial", "قرض بقيمة 150 مليون ريال عماني.", []want{w("150 مليون ريال عماني", 150e6, "OMR")}},
	{"ar dirham", "بيع البرج مقابل 1.2 مليار درهم.", []want{w("1.2 مليار درهم", 1.2e9, "AED")}},
	{"ar kuwaiti dinar", "ربح البنك 600 مليون دينار كويتي.", []want{w("600 مليون دينار كويتي", 600e6, "KWD")}},
	{"ar bare dinar", "بلغت الموازنة 100 تريليون دينار.", []want{w("100 تريليون دينار", 100e12, "")}},
	{"ar egyptian pound", "طرحت سندات بقيمة 20 مليار جنيه مصري.", []want{w("20 مليار جنيه مصري", 20e9, "EGP")}},
	{"ar bare pound", "جمعت 3 مليارات جنيه.", []want{w("3 مليارات جنيه", 3e9, "EGP")}},
	{"ar sterling", "دفع 700 مليون جنيه إسترليني.", []want{w("700 مليون جنيه إسترليني", 700e6, "GBP")}},
	{"ar euro", "حصلت على تمويل بـ5 مليارات يورو.", []want{w("5 مليارات يورو", 5e9, "EUR")}},
	{"ar turkish lira", "بلغت التكلفة 14.6 مليار ليرة تركية.", []want{w("14.6 مليار ليرة تركية", 14.6e9, "TRY")}},
	{"ar lira ha variant", "بلغت التكلفة 14.6 مليار ليره تركيه.", []want{w("14.6 مليار ليره تركيه", 14.6e9, "TRY")}},
	{"ar indian rupee", "استثمرت 80 مليار روبية هندية.", []want{w("80 مليار روبية هندية", 80e9, "INR")}},
	{"ar crore", "أنفقت 500 كرور روبية.", []want{w("500 كرور روبية", 500e7, "INR")}},
	{"ar swiss franc", "غرامة قدرها 3 مليارات فرنك سويسري.", []want{w("3 مليارات فرنك سويسري", 3e9, "CHF")}},
	{"ar yen", "اشترت الحصة بـ900 مليار ين.", []want{w("900 مليار ين", 900e9, "JPY")}},
	{"ar yuan", "جمعت 8 مليارات يوان.", []want{w("8 مليارات يوان", 8e9, "CNY")}},
	{"ar american dollar", "بلغت القيمة 3 مليارات دولار أمريكي.", []want{w("3 مليارات دولار أمريكي", 3e9, "USD")}},
	{"ar ameriki variant", "بلغت القيمة 3 مليارات دولار أميركي.", []want{w("3 مليارات دولار أميركي", 3e9, "USD")}},
	{"ar canadian dollar", "بلغت القيمة 3 مليارات دولار كندي.", []want{w("3 مليارات دولار كندي", 3e9, "CAD")}},
	{"ar stray space clitic", "وافقت الشركة على البيع مقاب ل97.4 مليار دولار.", []want{w("97.4 مليار دولار", 97.4e9, "USD")}},
	{"ar clitic tatweel", "قدرت الصفقة بـ97.4 مليار دولار.", []want{w("97.4 مليار دولار", 97.4e9, "USD")}},
	{"ar clitic space", "قدرت الصفقة ب 97.4 مليار دولار.", []want{w("97.4 مليار دولار", 97.4e9, "USD")}},
	{"ar per share", "عرضت 55 دولاراً للسهم.", []want{w("55 دولاراً للسهم", 55, "USD").share()}},
	{"ar per share wahid", "عرضت 55 دولارا للسهم الواحد.", []want{w("55 دولارا للسهم الواحد", 55, "USD").share()}},
	{"ar per share kull", "دفعت 30 ريالاً لكل سهم.", []want{w("30 ريالاً لكل سهم", 30, "SAR").share()}},
	{"ar up to", "قد تصل إلى 25 مليار دولار.", []want{w("قد تصل إلى 25 مليار دولار", 25e9, "USD").up()}},
	{"ar ma yasil", "تخطط لجمع ما يصل إلى 4 مليارات دولار.", []want{w("ما يصل إلى 4 مليارات دولار", 4e9, "USD").up()}},
	{"ar hatta", "قد تستثمر حتى 3 مليارات دولار.", []want{w("حتى 3 مليارات دولار", 3e9, "USD").up()}},
	{"ar hawali", "بلغت الصفقة حوالي 1.1 مليار دولار.", []want{w("حوالي 1.1 مليار دولار", 1.1e9, "USD").about()}},
	{"ar binahw", "قدرت بنحو 4 مليارات دولار.", []want{w("نحو 4 مليارات دولار", 4e9, "USD").about()}},
	{"ar quraba", "ضخت قرابة 900 مليون دولار.", []want{w("قرابة 900 مليون دولار", 900e6, "USD").about()}},
	{"ar akthar min", "أنفقت أكثر من مليار دولار.", []want{w("أكثر من مليار دولار", 1e9, "USD").about()}},
	{"ar ma yaqrub", "جمعت ما يقرب من 700 مليون دولار.", []want{w("ما يقرب من 700 مليون دولار", 700e6, "USD").about()}},
	{"ar taqriban", "بلغت 2 مليار دولار تقريباً.", []want{w("2 مليار دولار تقريباً", 2e9, "USD").about()}},
	{"ar tatweel", "جمعت 5 مليـارات دولار.", []want{w("5 مليـارات دولار", 5e9, "USD")}},
	{"ar diacritics", "جَمَعَتْ 3 مِلْيَارَاتِ دُولَارٍ.", []want{w("3 مِلْيَارَاتِ دُولَارٍ", 3e9, "USD")}},
	{"ar range dash", "تقدر القيمة بـ1-2 مليار دولار.", []want{w("1-2 مليار دولار", 2e9, "USD").from(1e9)}},
	{"ar range bayn", "تتراوح القيمة بين 1 و2 مليار دولار.", []want{w("بين 1 و2 مليار دولار", 2e9, "USD").from(1e9)}},
	{"ar range bayn bare", "تتراوح بين مليار وملياري دولار.", []want{w("بين مليار وملياري دولار", 2e9, "USD").from(1e9)}},
	{"ar additive", "بلغت 3 مليارات و400 مليون دولار.", []want{w("3 مليارات و400 مليون دولار", 3.4e9, "USD")}},
	{"ar number word", "استثمرت خمسة مليارات دولار.", []want{w("خمسة مليارات دولار", 5e9, "USD")}},
	{"ar thousands", "دفعت 500 ألف دولار.", []want{w("500 ألف دولار", 500e3, "USD")}},
	{"ar of the dollars", "خسرت 13 مليار من الدولارات.", []want{w("13 مليار من الدولارات", 13e9, "USD")}},
	{"ar two currencies", "بيعت مقابل 2 مليار ريال (533 مليون دولار).", []want{w("2 مليار ريال", 2e9, "SAR"), w("533 مليون دولار", 533e6, "USD")}},
	{"ar decimal comma", "بلغت 1,5 مليار دولار.", []want{w("1,5 مليار دولار", 1.5e9, "USD")}},
	{"ar latin code", "جمعت 750 مليون USD.", []want{w("750 مليون USD", 750e6, "USD")}},
	{"ar dollar sign postfix", "سعر السهم 55$ الآن.", []want{w("55$", 55, "USD")}},
	{"ar sign after", "بلغت قيمتها 2.5 مليار $ تقريباً.", []want{w("2.5 مليار $ تقريباً", 2.5e9, "USD").about()}},
	{"ar additive bare", "وقعت صفقة بقيمة مليار و200 مليون دولار.", []want{w("مليار و200 مليون دولار", 1.2e9, "USD")}},
	{"ar at least", "ما لا يقل عن 3 مليارات دولار.", []want{w("ما لا يقل عن 3 مليارات دولار", 3e9, "USD").about()}},
	{"ar at least after", "تحتاج 50 مليار دولار على الأقل.", []want{w("50 مليار دولار على الأقل", 50e9, "USD").about()}},
	{"ar maximum", "بحد أقصى 3 مليارات دولار.", []want{w("حد أقصى 3 مليارات دولار", 3e9, "USD").up()}},
	{"ar from to", "ارتفع العرض من 1 إلى 2 مليار دولار.", []want{w("1", 1e9, "USD"), w("2 مليار دولار", 2e9, "USD")}},
	{"ar range ila", "تقدر بـ1.5 إلى 2 مليار دولار.", []want{w("1.5 إلى 2 مليار دولار", 2e9, "USD").from(1.5e9)}},
	{"ar hundreds word", "أنفقت ثلاثمائة مليون دولار.", []want{w("ثلاثمائة مليون دولار", 300e6, "USD")}},
	{"ar hundred thousand", "تبرعت بمئة ألف دولار.", []want{w("مئة ألف دولار", 100e3, "USD")}},
	{"ar dual thousand", "دفع ألفي دولار فقط.", []want{w("ألفي دولار", 2000, "USD")}},
	{"ar hong kong", "جمعت 3 مليارات دولار هونغ كونغ.", []want{w("3 مليارات دولار هونغ كونغ", 3e9, "HKD")}},
	{"ar emirati", "إيرادات بقيمة 4.5 مليار درهم إماراتي.", []want{w("4.5 مليار درهم إماراتي", 4.5e9, "AED")}},
	{"ar alef maqsura", "بلغت حوالى 3 مليارات دولار.", []want{w("حوالى 3 مليارات دولار", 3e9, "USD").about()}},
	{"ar arabic comma thousands", "خصصت ١،٥٠٠ مليون دولار.", []want{w("١،٥٠٠ مليون دولار", 1.5e9, "USD")}},
	{"ar tanween before alef", "عرضت 40 دولارًا للسهم.", []want{w("40 دولارًا للسهم", 40, "USD").share()}},
	{"ar plural saudi", "بلغت 7 مليارات ريالات سعودية.", []want{w("7 مليارات ريالات سعودية", 7e9, "SAR")}},
	{"ar wa clitic", "باعت حصة بـ3 مليارات دولار و5 مليارات يورو.", []want{w("3 مليارات دولار", 3e9, "USD"), w("5 مليارات يورو", 5e9, "EUR")}},
	{"ar bi clitic on scale", "وقعت عقداً بمليار دولار.", []want{w("مليار دولار", 1e9, "USD")}},
	{"mixed scripts", "The deal (صفقة بقيمة 2 مليار درهم) closed at $544m.", []want{w("2 مليار درهم", 2e9, "AED"), w("$544m", 544e6, "USD")}},
}

func TestFind(t *testing.T) {
	if len(cases) < 60 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Find(c.in)
			if len(got) != len(c.want) {
				t.Fatalf("Find(%q): got %d mentions %+v, want %d", c.in, len(got), got, len(c.want))
			}
			for i, g := range got {
				x := c.want[i]
				if g.Text != c.in[g.Start:g.End] {
					t.Errorf("Text %q != input[%d:%d] %q", g.Text, g.Start, g.End, c.in[g.Start:g.End])
				}
				if g.Text != x.text {
					t.Errorf("mention %d: Text %q, want %q", i, g.Text, x.text)
				}
				if !near(g.Amount, x.amount) {
					t.Errorf("mention %d %q: Amount %v, want %v", i, g.Text, g.Amount, x.amount)
				}
				if !near(g.Low, x.low) {
					t.Errorf("mention %d %q: Low %v, want %v", i, g.Text, g.Low, x.low)
				}
				if g.Currency != x.cur {
					t.Errorf("mention %d %q: Currency %q, want %q", i, g.Text, g.Currency, x.cur)
				}
				if g.UpTo != x.upto || g.Approx != x.approx || g.PerShare != x.perShare || g.Percent {
					t.Errorf("mention %d %q: flags upto=%v approx=%v share=%v pct=%v, want %v %v %v false",
						i, g.Text, g.UpTo, g.Approx, g.PerShare, g.Percent, x.upto, x.approx, x.perShare)
				}
			}
		})
	}
}

func TestParagraphOrder(t *testing.T) {
	para := "Acme said on Monday it would buy Globex for $12.5bn, or $54.20 per share, " +
		"a 30% premium. وقالت الشركة إن الصفقة تقدر بنحو 46.9 مليار ريال، " +
		"وإنها ستمول الجزء الأكبر بقرض قيمته ملياري دولار. The board also approved a buyback " +
		"of up to £750m and expects savings of about €1.1 billion by 2027, when 4,000 jobs will go. " +
		"وبلغت أرباح الربع الثالث ٣٫٢ مليار درهم."
	got := Find(para)
	wantTexts := []string{
		"$12.5bn", "$54.20 per share", "نحو 46.9 مليار ريال", "ملياري دولار",
		"up to £750m", "about €1.1 billion", "٣٫٢ مليار درهم",
	}
	if len(got) != len(wantTexts) {
		t.Fatalf("got %d mentions %+v, want %d", len(got), got, len(wantTexts))
	}
	for i, m := range got {
		if m.Text != wantTexts[i] {
			t.Errorf("mention %d: %q, want %q", i, m.Text, wantTexts[i])
		}
		if para[m.Start:m.End] != m.Text {
			t.Errorf("mention %d: offsets do not match text", i)
		}
		if i > 0 && m.Start < got[i-1].End {
			t.Errorf("mention %d starts at %d before previous end %d", i, m.Start, got[i-1].End)
		}
	}
	if got[2].Currency != "SAR" || !got[2].Approx || !near(got[2].Amount, 46.9e9) {
		t.Errorf("Arabic approx riyal mention wrong: %+v", got[2])
	}
	if got[4].Currency != "GBP" || !got[4].UpTo || !near(got[4].Amount, 750e6) {
		t.Errorf("up-to mention wrong: %+v", got[4])
	}
}

func TestRates(t *testing.T) {
	r := DefaultRates()
	if r.Date == "" {
		t.Fatal("rates carry no date")
	}
	for _, c := range []string{"USD", "EUR", "GBP", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "EGP",
		"JOD", "TRY", "INR", "CHF", "JPY", "CNY", "CAD", "AUD", "HKD", "SGD", "KRW"} {
		if v, ok := r.PerUSD[c]; !ok || !(v > 0) {
			t.Errorf("missing rate for %s", c)
		}
	}
	if usd, ok := r.ToUSD(3.75e9, "SAR"); !ok || !near(usd, 1e9) {
		t.Errorf("SAR peg: %v %v", usd, ok)
	}
	if usd, ok := r.ToUSD(5, "USD"); !ok || usd != 5 {
		t.Errorf("USD identity: %v %v", usd, ok)
	}
	if _, ok := r.ToUSD(1, ""); ok {
		t.Error("empty currency converted")
	}
	if _, ok := r.ToUSD(1, "XYZ"); ok {
		t.Error("unknown currency converted")
	}
	r.PerUSD["EUR"] = 0.5
	if usd, _ := r.ToUSD(1, "EUR"); usd != 2 {
		t.Errorf("override ignored: %v", usd)
	}
	if DefaultRates().PerUSD["EUR"] == 0.5 {
		t.Error("override leaked into the default table")
	}
	if len(r.Currencies()) != len(r.PerUSD) {
		t.Error("Currencies incomplete")
	}
}

func TestEdgeInputs(t *testing.T) {
	for _, s := range []string{
		"", "$", "$$$", "٫", "1,", ",1", "1.", "..5", "\xff\xfe$5bn\xff", "مليار", "ونصف",
		"$5bn-", "between $1bn and", "بين 1 و", strings.Repeat("9", 500) + " billion dollars",
		"0." + strings.Repeat("0", 500) + "1 billion dollars", strings.Repeat("1,", 300) + "5 dollars",
		strings.Repeat("مليار ", 100) + "دولار", "$" + strings.Repeat("5", 30),
	} {
		checkMentions(t, s, Find(s))
	}
	if got := Find(strings.Repeat("9", 40) + " dollars"); len(got) != 0 {
		t.Errorf("40-digit run returned as money: %+v", got)
	}
}

// checkMentions asserts the invariants Find promises on any input.
func checkMentions(t *testing.T, s string, ms []Mention) {
	t.Helper()
	prevEnd := 0
	for i, m := range ms {
		if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
			t.Fatalf("mention %d: bad offsets [%d,%d) for len %d", i, m.Start, m.End, len(s))
		}
		if m.Start < prevEnd {
			t.Fatalf("mention %d: starts at %d before previous end %d", i, m.Start, prevEnd)
		}
		prevEnd = m.End
		if s[m.Start:m.End] != m.Text {
			t.Fatalf("mention %d: Text %q != input[%d:%d]", i, m.Text, m.Start, m.End)
		}
		if math.IsNaN(m.Amount) || math.IsInf(m.Amount, 0) || m.Amount < 0 || m.Low < 0 || math.IsNaN(m.Low) {
			t.Fatalf("mention %d: bad amount %v / low %v", i, m.Amount, m.Low)
		}
		if m.Low != 0 && m.Low >= m.Amount {
			t.Fatalf("mention %d: low %v not below amount %v", i, m.Low, m.Amount)
		}
		if m.Percent {
			t.Fatalf("mention %d: Percent set", i)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, c := range cases {
		f.Add(c.in)
	}
	f.Add("\xd9\xa0\xd9\xab\xd9\xa1 مليار $")
	f.Add("بـ٫٥ مليون دولاراً للسهم الواحد تقريباً")
	f.Add("US$ 1-2-3 bn to 4 trillion lakh crore rupees per ordinary share")
	f.Fuzz(func(t *testing.T, s string) {
		ms := Find(s)
		checkMentions(t, s, ms)
		if !utf8.ValidString(s) {
			return
		}
		// Finding is deterministic and independent of pooled state.
		again := Find(s)
		if len(again) != len(ms) {
			t.Fatalf("second call found %d mentions, first %d", len(again), len(ms))
		}
	})
}

// benchText builds about 100 KB of mixed English/Arabic news prose, mostly
// without money, as a real article stream is.
func benchText() string {
	parts := []string{
		"The chemicals group said on Thursday that it had agreed to buy its smaller rival for $8.7bn in cash, ",
		"a premium of 27% to the closing price, and expects annual cost savings of about $400 million by 2026. ",
		"Analysts at two brokers said the offer, equal to $61.50 per share, undervalued the target's pipeline. ",
		"The company employs roughly 12,000 people across 30 countries and reported revenue growth of 4.1% last year. ",
		"أعلنت الشركة يوم الخميس أنها وافقت على الاستحواذ على منافستها مقابل 32.6 مليار ريال نقداً، ",
		"وقال الرئيس التنفيذي إن الصفقة ستمول جزئياً من خلال قرض بقيمة ملياري دولار وإصدار سندات. ",
		"وتوقع محللون أن تصل قيمة التآزر إلى ١٫٥ مليار درهم خلال ثلاث سنوات، بينما ارتفع السهم 6% في التداولات. ",
		"Regulators in Brussels and London have until the end of the year to review the transaction, people familiar with the matter said. ",
		"ويعمل في الشركة نحو 9 آلاف موظف في المنطقة، وتخطط لافتتاح مصنع جديد في عام 2027. ",
		"The board also approved a buyback of up to £1.2bn and a special dividend, while the bonds maturing in 2031 rallied. ",
	}
	var b strings.Builder
	for b.Len() < 100_000 {
		for _, p := range parts {
			b.WriteString(p)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

// TestArabicNoise checks that harakat, tatweel and bidi marks sprinkled
// inside Arabic words change no amount, currency or flag.
func TestArabicNoise(t *testing.T) {
	for _, noise := range []string{"\u0640", "\u064E", "\u0651\u064F", "\u200F"} {
		for _, c := range cases {
			var b strings.Builder
			for _, r := range c.in {
				b.WriteRune(r)
				if r >= 0x621 && r <= 0x64A {
					b.WriteString(noise)
				}
			}
			in := b.String()
			if in == c.in {
				continue
			}
			got := Find(in)
			checkMentions(t, in, got)
			if len(got) != len(c.want) {
				t.Errorf("%s with %q noise: got %d mentions %+v, want %d", c.name, noise, len(got), got, len(c.want))
				continue
			}
			for i, g := range got {
				x := c.want[i]
				if !near(g.Amount, x.amount) || !near(g.Low, x.low) || g.Currency != x.cur ||
					g.UpTo != x.upto || g.Approx != x.approx || g.PerShare != x.perShare {
					t.Errorf("%s with %q noise: mention %d = %+v, want %+v", c.name, noise, i, g, x)
				}
			}
		}
	}
}
