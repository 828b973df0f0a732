package extract

import (
	"os"
	"strings"
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
		{"a field before the title", "\"It is a full price,\" said Tolvan Arrith, mining analyst at Ashcombe Securities in London.", "Tolvan Arrith", model.Person},
		{"a field word is no title: a company", "Brightwave bought Tolvan Arrith, mining company, last year.", "Tolvan Arrith", model.Company},
		{"a five-word name with bin is a person", "Zentrix Cement appointed a new chief, succeeding founder Tallah bin Rashid Al Varoudi, who will become chairman.", "Tallah bin Rashid Al Varoudi", model.Person},
		{"title in brackets", "The firm is led by founders Ravi Kotwal (CEO) and others.", "Ravi Kotwal", model.Person},
		{"founded by", "Quillpay was founded by Obi Nnamdi in Lagos.", "Obi Nnamdi", model.Person},
		{"a middle initial", "The deal was signed by Johan K. Tellefsen yesterday.", "Johan K. Tellefsen", model.Person},
		{"dotted initials", "Brightwave hired J.K. Tallow Partners to advise it.", "J.K. Tallow Partners", model.Company},
		{"a hyphenated title before a first name", "Tallgrass Robotics co-founder Jane Pellow spoke.", "Jane Pellow", model.Person},
		{"a company only is acquired", "Tallgrass acquired UK-headquartered John Pellow in a deal.", "John Pellow", model.Company},
		{"a plural possessive inside a name", "The Qirana Universities' Teachers Fund Society sold its stake.", "Qirana Universities' Teachers Fund Society", model.Company},
		{"a known one-word name inside a person's name", "Early backers like Doctor Ola Tunmise, a partner at Brightwave Capital, joined.", "Ola Tunmise", model.Person},
		{"and inside a described name", "Shares of Qirana Glass and Packaging Company rose.", "Qirana Glass and Packaging Company", model.Company},
		{"a middle name dropped", "Omar Tadros Belkacem signed. Omar Belkacem said the deal was done.", "Omar Belkacem", model.Person},
		{"a name adjective opens a company name", "Qirana bought Tallow Trading, National Widget Company and others.", "National Widget Company", model.Company},
		{"an analyst at a firm", "\"They paid a full price,\" said Joelle Marchetti, an analyst at Crowden Pike.", "Joelle Marchetti", model.Person},
		{"a described analyst", "\"Investors got their money back,\" said Nkechi Adeyemi-Hart, a Lagos-based analyst at Keffi Advisory.", "Nkechi Adeyemi-Hart", model.Person},
		{"a credit line", "(Reporting by Chiara Benedetti in Milan and Luc Hervieu in Paris; Editing by Ruth Pemberton)", "Luc Hervieu", model.Person},
		{"a credit line's editor", "(Reporting by Henrik Aasen; Additional reporting by Yumiko Sato in Tokyo)", "Yumiko Sato", model.Person},
		{"a name adjective at a sentence start", "International Brightwave Holding Co., which grew fast, sold a stake.", "International Brightwave Holding Co", model.Company},
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

// Two names joined by "and" stay two; a company's name without its company
// words is an alias; a shorter form of a person's name joins the longer.
func TestLatinNameJoins(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "The round was led by QuillPay and Tarrow Capital. Vantor Mining Company said on Monday it agreed."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "QuillPay and Tarrow Capital") {
			t.Errorf("two names read as one: %+v", e)
		}
		if contains(e.Mentions, "Vantor Mining Company") && !contains(e.Aliases, "Vantor") {
			t.Errorf("no core alias: %+v", e)
		}
	}
	doc = x.Extract(model.Article{ID: "t", Text: "Omar Tadros Belkacem signed the deal. Later Omar Belkacem said it was done."})
	ids := map[string]bool{}
	for _, e := range doc.Entities {
		if contains(e.Mentions, "Omar Belkacem") || contains(e.Mentions, "Omar Tadros Belkacem") {
			ids[e.ID] = true
		}
	}
	if len(ids) != 1 {
		t.Errorf("middle name: %d entities, want 1: %+v", len(ids), doc.Entities)
	}
}

// The plural of a nationality is its people, no company.
func TestNationalityPluralIsNoName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "The Saudis have arrived\n\nInvestors from the kingdom bought stakes in Qirana Glass Company."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "Saudis") {
			t.Errorf("Saudis taken as a name: %+v", e)
		}
	}
}

// A Latin person's first name alone joins the person, unless two people
// share it.
func TestFirstNameJoinsPerson(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "Quillpay was founded by Tobiah Marrow in Lagos. Later Tobiah sold his shares to Brightwave Capital."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "Tobiah") && e.Type != model.Person {
			t.Errorf("first name alone not joined to its person: %+v", doc.Entities)
		}
	}
}

// A place's name with a place head is no company: "Palm Street", "the
// Nordic region"; a company word keeps the name.
func TestPlaceHeadIsNoName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "Brightwave Capital opened an office in Tarrow Street. It closed a fund for the Quindar region. Tarrow Valley Bank joined."})
	bank := false
	for _, e := range doc.Entities {
		if contains(e.Mentions, "Tarrow Street") || contains(e.Mentions, "Quindar") {
			t.Errorf("a place taken as a name: %+v", e)
		}
		bank = bank || contains(e.Mentions, "Tarrow Valley Bank")
	}
	if !bank {
		t.Errorf("no Tarrow Valley Bank in %+v", doc.Entities)
	}
}

// A known name, company words and a designator are the known company's
// full name, not a unit of it.
func TestDesignatedKnownName(t *testing.T) {
	lex := t.TempDir() + "/lex.tsv"
	row := "tarrowfin\tCompany\tTarrowfin Investment Company\t\tTarrowfin\n"
	if err := os.WriteFile(lex, []byte(row), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{NoNameModel: true, LexiconFiles: []string{lex}})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "The deal was signed by Saad Noor, CEO of Tarrowfin Investment Co., which owns Quill Care Group."})
	for _, e := range doc.Entities {
		if e.ID != "tarrowfin" && strings.HasPrefix(e.Name, "Tarrowfin") {
			t.Errorf("the full name made a unit of its own: %+v", e)
		}
	}
}

// A known one-word name that ends a longer place name is the place.
func TestKnownNameEndingPlace(t *testing.T) {
	lex := t.TempDir() + "/lex.tsv"
	if err := os.WriteFile(lex, []byte("arabia-test\tCompany\tArabia\t\t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{NoNameModel: true, LexiconFiles: []string{lex}})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "Quill Capital opened an office in Saudi Arabia’s capital."})
	for _, e := range doc.Entities {
		if e.ID == "arabia-test" {
			t.Errorf("the place read as a name: %+v", e)
		}
	}
}

// A lone company word, or an acronym the article spells out in ordinary
// words, names nothing.
func TestCommonWordsAreNoName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	text := "Egypt - The annual general meeting (AGM) of Quill Trading Plc approved the deal. The AGM also heard Tarrow Capital and Partners."
	doc := x.Extract(model.Article{ID: "t", Text: text})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "AGM") || contains(e.Mentions, "Partners") {
			t.Errorf("a common word taken as a name: %+v", e)
		}
	}
	if len(doc.Entities) < 2 {
		t.Errorf("the names were lost too: %+v", doc.Entities)
	}
}

// A known company followed by a region names its regional arm.
func TestKnownNameRegionalArm(t *testing.T) {
	lex := t.TempDir() + "/lex.tsv"
	if err := os.WriteFile(lex, []byte("quillmag-test\tCompany\tQuillmag\tكويلماج\t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{NoNameModel: true, LexiconFiles: []string{lex}})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"As published in Quillmag Middle East, October 2017.", "بحسب مجلة كويلماج الشرق الأوسط فإن الصفقة تمت."} {
		doc := x.Extract(model.Article{ID: "t", Text: text})
		for _, e := range doc.Entities {
			if e.ID == "quillmag-test" {
				t.Errorf("%s: the regional arm read as its parent: %+v", text, doc.Entities)
			}
		}
	}
}

// A product's name is no company: "the Zorbox console", "the maker of
// Widget Quest and Zorbox".
func TestProductIsNoName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	text := "Tarrow Games, the maker of Widget Quest and Glimmer Saga, sold a stake. Quill Corp, maker of the rival Zorbox console, objected."
	doc := x.Extract(model.Article{ID: "t", Text: text})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "Widget Quest") || contains(e.Mentions, "Glimmer Saga") || contains(e.Mentions, "Zorbox") {
			t.Errorf("a product taken as a company: %+v", e)
		}
	}
	if len(doc.Entities) < 2 {
		t.Errorf("the companies were lost too: %+v", doc.Entities)
	}
}
