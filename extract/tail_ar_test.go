package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

// Arabic company names after a cue keep their descriptive tail, and the
// name with its cue is an alias; invented companies.
func TestArabicDescriptorTail(t *testing.T) {
	cases := []struct{ name, text, want, alias string }{
		{"li- noun and adjective", "استحوذت الشركة على حصة في شركة الندى للخدمات الطبية بالدمام.", "الندى للخدمات الطبية", "شركة الندى للخدمات الطبية"},
		{"li- verbal noun with a definite object", "باعت شركة وادي لإنتاج الأسمدة حصتها.", "وادي لإنتاج الأسمدة", "شركة وادي لإنتاج الأسمدة"},
		{"nationality after a definite core", "وقالت مجموعة الفيحاء الكويتية إنها تدرس العرض.", "الفيحاء الكويتية", "مجموعة الفيحاء الكويتية"},
		{"a Latin name with an Arabic tail", "وقالت وحدة Qarvex للوساطة المالية إن الطلب قوي.", "Qarvex للوساطة المالية", "Qarvex"},
		{"an adjective closes a legal form's tail", "وقاد الجولة صندوق سدرة للاستثمار الجريء بمبلغ 20 مليون دولار.", "سدرة للاستثمار الجريء", "صندوق سدرة للاستثمار الجريء"},
		{"a city opens a name a descriptor closes", "اشترت شركة الدمام للخدمات الطبية مستشفى جديدا.", "الدمام للخدمات الطبية", "شركة الدمام للخدمات الطبية"},
		{"a country after a one-word name", "وقالت شركة زنبق مصر إنها تدرس العرض.", "زنبق مصر", "شركة زنبق مصر"},
	}
	// The rules alone: whether the scorer keeps a name is its own test.
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		doc := x.Extract(model.Article{ID: "t", Text: c.text})
		found := false
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m == c.want {
					found = true
					if !contains(e.Aliases, c.alias) {
						t.Errorf("%s: %q has no alias %q: %v", c.name, c.want, c.alias, e.Aliases)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not found in %+v", c.name, c.want, doc.Entities)
		}
	}
}

// The tail stops at a deal word with its object and at a nationality after
// a company suffix.
func TestArabicDescriptorTailStops(t *testing.T) {
	cases := []struct{ name, text, not string }{
		{"verbal noun with a preposition", "وقعت شركة سدرة للاستثمار للاستحواذ على حصة في شركة أخرى.", "سدرة للاستثمار للاستحواذ"},
		{"nationality after القابضة", "أعلنت شركة رمال القابضة الإماراتية نتائجها.", "رمال القابضة الإماراتية"},
		{"a country after a two-word name", "استحوذت شركة رمال الخليج قطر على الحصة.", "رمال الخليج قطر"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		for _, e := range doc.Entities {
			if contains(e.Mentions, c.not) {
				t.Errorf("%s: %q taken as a name", c.name, c.not)
			}
		}
	}
}

// Words read as people that are not: a verbal noun that is also a first
// name before a definite common word, a participle of speech after a title.
func TestArabicNotPeople(t *testing.T) {
	cases := []struct{ name, text, not string }{
		{"a verbal noun that is a first name", "وتهدف الخطة إلى تحسين العائد المالي للمجموعة.", "تحسين العائد المالي"},
		{"a preposition phrase after a first name", "باع المستثمرون حصتهم فيما احتفظ خالد الساعدي بالحصة المتبقية.", "خالد الساعدي بالحصة"},
		{"a li- descriptor closes a body's name", "تملك الشركة التي يمتلك جهاز الواحة للاستثمار حصة الأغلبية فيها أصولا كبيرة.", "جهاز الواحة للاستثمار حصة"},
		{"a participle after a title", "وعلق الرئيس التنفيذي للشركة، قائلا إن النتائج جيدة.", "قائلا"},
	}
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		doc := x.Extract(model.Article{ID: "t", Text: c.text})
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if strings.HasPrefix(m, c.not) {
					t.Errorf("%s: %q taken as a name", c.name, m)
				}
			}
		}
	}
}

// "والأمير" is "and the prince": no first name read through the article.
func TestArabicNoFirstNameThroughArticle(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "وحضر الوزير والأمير سلمان بن فهد افتتاح المصنع."})
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if strings.HasPrefix(m, "أمير") {
				t.Errorf("%q read as a name", m)
			}
		}
	}
}

// Arabic names the cue rules read; invented names.
func TestArabicCueNames(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"an ordinary noun with its genitive after a name ending in ة is the clause's", "ونالت شركة سدرة موافقة المساهمين على الصفقة.", "سدرة"},
		{"a known name and a unit head after a list's و", "تأسس الصندوق بدعم من شركة زمرد ومايكروسوفت فاونديشن وغيرهما.", "مايكروسوفت فاونديشن"},
		{"a quoted place word that is a company's core is the company", "وتقدمت شركة الخليج للزمرد بعرض لشراء حصة في مجموعة رمال، وفازت «الخليج» بالمزايدة.", "الخليج"},
		{"a glossed name of several words", "ومن المستثمرين هارلو إيكويتي بارتنرز (Harlow Equity Partners) وغيرها.", "هارلو إيكويتي بارتنرز"},
		{"a glossed name after a list's و", "ومن المستثمرين تارو كابيتال (Tarrow Capital)، وكوارى فينتشرز (Quarry Ventures).", "كوارى فينتشرز"},
		{"a glossed name of spelled letters", "ومن المستثمرين تارو كابيتال (Tarrow Capital)، ودي كيو إيت (DQ8).", "دي كيو إيت"},
		{"an ambiguous first name before a nisba", "وقال منير الزهراوي إن الصفقة ستكتمل.", "منير الزهراوي"},
		{"a preposition closes the name (لفائدة)", "باعت الدولة 15% من شركة زمردين لفائدة شركة سدرة للاتصالات.", "زمردين"},
		{"a name before a description in apposition", "أعلنت زمردين، المنصة السعودية للتجارة الإلكترونية، عن جمع 5 ملايين دولار.", "زمردين"},
		{"a second sector noun joined to the tail", "وتبين أن شركة المرجانية للتجارة والمركبات قد اشترت 9 ملايين سهم.", "المرجانية للتجارة والمركبات"},
		{"a definite cue's name before the clause's preposition", "وسيتم التنسيق مع شركة تلال والشركة الليبية للمقاصة على آلية تنفيذ المزاد.", "الشركة الليبية للمقاصة"},
		{"a woman's name, a definite word and a sector word", "واشترت شركة غدير البحر للاستثمار وشركة وردية الساحل للاستثمار 9 ملايين سهم.", "وردية الساحل للاستثمار"},
		{"a firm named after a man, his name's stem a stop word", "وأسس شركة فهد العلي للتجارة عام 1990.", "فهد العلي للتجارة"},
		{"an ambiguous first name before بن", "وقال طارق بن سليمان الحربي إن الصفقة ستكتمل.", "طارق بن سليمان الحربي"},
		{"a bank named by a descriptor and adjective", "استحوذت شركة سنديان للتقنية على بنك الادخار الريفي.", "الادخار الريفي"},
		{"a bank named by a stop-listed descriptor and adjective", "باع بنك الاستثمار الزراعي حصته في شركة سنديان للتقنية.", "الاستثمار الزراعي"},
		{"a definite bank cue and two adjectives", "قال البنك الليبي الأفريقي إنه سيبيع حصته.", "البنك الليبي الأفريقي"},
		{"a dual cue after a cue", "باعت الحكومة حصتها إلى شركة وشركتي بيلسان ليميتد.", "بيلسان ليميتد"},
		{"a description between the cue and the name", "وكانت شركة التعدين الجنوب أفريقية زنبركو من بين المتقدمين.", "زنبركو"},
		{"a descriptor and its adjective", "يضم شركتي الطاقة المتجددة سولارين وتلال.", "سولارين"},
		{"a transliterated company word closes a name", "استحوذت الشركة على حصة في زنبركو باور العام الماضي.", "زنبركو باور"},
		{"initials spelled in letters after a cue", "وكان صندوق تي إن زد سي الحكومي من بين المتقدمين.", "تي إن زد سي"},
		{"a short name in brackets after the full name", "وقالت شركة الخامس من سدرة للصناعات الدوائية (زنبركو) إنها قدمت عرضا.", "زنبركو"},
		{"what a stake bought is in", "واستحوذت مجموعة زمرد على 10 بالمئة في زنبركو باورترين، المشروع المشترك بين شركتين.", "زنبركو باورترين"},
		{"what a stake bought is in, a date between", "واستحوذت مجموعة زمرد في يونيو حزيران على 10 بالمئة في زنبركو باورترين، المشروع المشترك.", "زنبركو باورترين"},
		{"a club after a stake", "اشترت مجموعة زمرد حصة في نادي سان ليوبولدو.", "سان ليوبولدو"},
		{"initials with إيه", "اختارت شركة كيو تي إيه الدولية للاستثمار ناديا إسبانيا.", "كيو تي إيه"},
		{"a known place-name inside a cue's longer name", "حصلت شركة زنبق البحر الأحمر السعودية على تمويل جديد.", "زنبق البحر الأحمر السعودية"},
		{"a first name opens a company with feminine adjectives", "وقدمت شركة سالم الشرقية العقارية عرضا للاستحواذ على الشركة.", "سالم الشرقية العقارية"},
		{"spelled letters inside a quoted name of five words", "استحوذت مجموعة \"زنبق دي إم للرعاية الصحية\" على حصة في المستشفى.", "زنبق دي إم للرعاية الصحية"},
		{"a definite name with no description keeps its words", "وقالت شركة الفيحاء ديجيتال إنها تدرس العرض.", "الفيحاء ديجيتال"},
		{"a first name alone after an indefinite cue", "أعلنت شركة سالم المتخصصة في الأغذية عن إغلاق جولة تمويل.", "سالم"},
		{"a first name alone after a cue, a nationality after it", "أعلنت شركة سالم السعودية عن إغلاق جولة تمويل.", "سالم"},
		{"a first name and a family name after a cue stay one name", "وقع العقد مع شركة عبدالقادر الزهراوي وأولاده.", "عبدالقادر الزهراوي وأولاده"},
		{"a participle of the field ends the name", "أعلنت شركة زمرد المتخصصة بالتقانة المالية عن إغلاق جولة تمويل.", "زمرد"},
		{"a name bracketed right after a cue", "وقالت مجموعة (زمرد) الدولية إنها تدرس العرض.", "زمرد"},
		{"a transliterated fund word closes a name", "ومن بين المستثمرين في الجولة رمال بارتنرز، وسدرة فاند.", "سدرة فاند"},
		{"a first name behind a clitic before a company word", "ومن بين المستثمرين في الجولة رمال بارتنرز، وكسامر فينتشرز.", "كسامر فينتشرز"},
		{"a common word after a father's first name ends the name", "رفع سامي نبيل سعر عرض الشراء لأسهم شركة زمرد.", "سامي نبيل"},
		{"a deal word after a titled name is the sentence's", "مما يسمح للمجموعة التي يقودها الملياردير سامي بوزيان بالإستحواذ على حصة في شركة زمرد.", "سامي بوزيان"},
		{"a definite cue, adjectives and a sector word", "وأوضحت المصادر أن الشركة الخليجية المغربية للاستثمار اتفقت على شراء حصة في شركة زمرد.", "الشركة الخليجية المغربية للاستثمار"},
		{"a participle describing the sector word", "أعلنت الشركة الخليجية للصناعات المتقدمة عن بيع حصتها في شركة زمرد.", "الشركة الخليجية للصناعات المتقدمة"},
		{"a list after a plural cue and a colon", "وافقت الجمعية على الاستحواذ على رأسمال شركات: زمرد التجارية والوطنية للأخشاب وسدرة للمناطق الحرة.", "زمرد التجارية"},
		{"a list's sector-named member after و", "وافقت الجمعية على الاستحواذ على رأسمال شركات: زمرد التجارية والوطنية للأخشاب وسدرة للمناطق الحرة.", "الوطنية للأخشاب"},
		{"a list's one-word members after a plural cue", "وتشمل الصفقة شركات زمرد وسدرة ورمال.", "رمال"},
		{"a second sector noun joined by و", "وافقت الجمعية على تخصيص أسهم لشركة زمرد للاستثمار والتطوير.", "زمرد للاستثمار والتطوير"},
		{"a place closing a quoted name a cue opens", "حصلت \"مجموعة زمرد أفريقيا\" على 300 مليون يورو من مستثمرين قدامى وجدد.", "زمرد أفريقيا"},
		{"a second definite noun joined to a cue's name", "نقلت الجريدة أن صندوق الرمال والتلال يقترب من إتمام صفقة لشراء حصة في شركة زمرد.", "الرمال والتلال"},
		{"a quoted domain name with a dot", "أغرى النجاح الذي حققه «زمرد. كوم» شركة رمال بشرائه.", "زمرد. كوم"},
		{"a list member named by a sector legal form", "وقاد الجولة كل من رمال فنتشرز، وسدرة للاستثمارات الهندية.", "سدرة للاستثمارات الهندية"},
		{"a compound first name after و", "وقال كل من أحمد الناصر وعبد الرحمن فهد الزهراوي إن الصفقة مهمة.", "عبد الرحمن فهد الزهراوي"},
	}
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		doc := x.Extract(model.Article{ID: "t", Text: c.text})
		if !mentioned(doc.Entities, c.want) {
			t.Errorf("%s: %q not found in %+v", c.name, c.want, doc.Entities)
		}
	}
}

// A cue's words with an indefinite nationality after them describe a
// company ("an Egyptian glass company"), they do not name one.
func TestArabicIndefiniteNationalityIsNoName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "اشترت شركة سنديان للتقنية حصة في شركة زجاج مصرية جديدة، وباع صندوق سيادي خليجي حصته في 5 شركات مقيدة ببورصة تلال."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "زجاج") || contains(e.Mentions, "سيادي") || contains(e.Mentions, "مقيدة ببورصة") {
			t.Errorf("a description taken as a name: %+v", e)
		}
	}
	if len(doc.Entities) == 0 {
		t.Error("the named company was lost too")
	}
}

// Words that name no party: what a deal is over ("الاستحواذ على حصص", "على
// صندوقين", "على سوق الأشغال") and a company's own committee ("اللجنة
// التنفيذية للشركة").
func TestArabicNoPartyWords(t *testing.T) {
	cases := []struct{ name, text, not string }{
		{"stakes after a deal word", "وقعت مجموعة زمرد اتفاقية للاستحواذ على حصص من أسهم شركة رمال.", "حصص"},
		{"a company word's dual after a deal word", "كما استحوذت مجموعة زمرد على صندوقين من شركة سدرة.", "صندوقين"},
		{"a company's own committee", "ووافقت اللجنة التنفيذية للشركة على بيع حصتها في شركة زمرد.", "اللجنة التنفيذية"},
		{"a market after a deal word", "ويسمح القرار لمجموعة زمرد بالاستحواذ على سوق الأشغال العمومية في المغرب.", "سوق"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if strings.Contains(m, c.not) {
					t.Errorf("%s: %q taken as a name: %+v", c.name, c.not, e)
				}
			}
		}
	}
}

// A title word after آل is a family's name: "صورة لآل الوزير مرتديا قميص
// النادي" names no person "مرتديا قميص النادي".
func TestArabicFamilyNameIsNoTitle(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "ونشر الموقع صورة لآل الوزير مرتديا قميص النادي."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "مرتديا قميص النادي") || contains(e.Mentions, "مرتديا") {
			t.Errorf("words after آل الوزير taken as a person: %+v", e)
		}
	}
}

// A noun with a possessive pronoun before a nationality is a unit, not a
// name: "حصتها في وحدتها المصرية".
func TestArabicPossessedNounIsNoName(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "باعت شركة سنديان للتقنية حصتها في وحدتها المصرية."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "حدتها") || contains(e.Mentions, "وحدتها") {
			t.Errorf("a possessed noun taken as a name: %+v", e)
		}
	}
}

// Brackets after a description or holding a month name no name: "صندوق
// سيادي خليجي ينضم إلى هيكل ملكية (زنبركو)", "مجموعة زمرد في شباط (فبراير)".
func TestArabicBracketNoName(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "ورفضت مجموعة زمرد العرض في شباط (فبراير) الماضي."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "فبراير") || contains(e.Aliases, "زمرد العرض في شباط") {
			t.Errorf("a bracketed month read as a name: %+v", e)
		}
	}
}

// After "في" a share price's move or a construct with a pronoun names no
// stake's company.
func TestArabicStakeInNoName(t *testing.T) {
	for _, text := range []string{"وارتفع سهم مجموعة زمرد 5% في تعاملات اليوم.", "وتدرس مجموعة زمرد بيع حصة في رأس مالها لمستثمر هندي."} {
		doc := testX.Extract(model.Article{ID: "t", Text: text})
		for _, e := range doc.Entities {
			if contains(e.Mentions, "تعاملات") || contains(e.Mentions, "رأس مالها") || contains(e.Mentions, "رأس") {
				t.Errorf("%q: a phrase after في taken as a name: %+v", text, e)
			}
		}
	}
}

// Descriptions joined by و before a known name are no name: "شركة الإسمنت
// والبناء المصرية زمردين".
func TestArabicDescriptionBeforeKnownName(t *testing.T) {
	x := withLexicon(t, "zumurdin-build\tCompany\tZumurdin Build\tزمردين\t\n")
	doc := x.Extract(model.Article{ID: "t", Text: "أعلنت شركة الإسمنت والبناء المصرية زمردين أنها أنهت الصفقة."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "الإسمنت") {
			t.Errorf("a description taken as a name: %+v", e)
		}
	}
}

// A verb after a cue opens a relative clause, not a name: "أكبر شركة تعمل
// في مجال".
func TestArabicVerbAfterCueIsNoName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "وتعتبر شركة سنديان للتقنية أكبر شركة تعمل في مجال البرمجيات."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "تعمل") {
			t.Errorf("a verb taken as a name: %+v", e)
		}
	}
}

// The word before a plural nationality (the people) names nothing.
func TestArabicPluralNationalityIsNoName(t *testing.T) {
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "ويعارض المصريون الصفقة، لكن شركة سنديان للتقنية ماضية فيها."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "يعارض") || contains(e.Mentions, "ويعارض") {
			t.Errorf("a verb taken as a name: %+v", e)
		}
	}
}

// A known person's first names alone are another man's: no mention of him.
func TestArabicKnownPersonPrefixIsNoMention(t *testing.T) {
	lex := t.TempDir() + "/lex.tsv"
	if err := os.WriteFile(lex, []byte("zahrawi-test\tPerson\tAbdulrahman Zahrawi\tعبد الرحمن الزهراوي\t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{NoNameModel: true, LexiconFiles: []string{lex}})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(model.Article{ID: "t", Text: "وقال عبد الرحمن فهد السالم، رئيس شركة سنديان للتقنية، إن الصفقة مهمة."})
	for _, e := range doc.Entities {
		if e.ID == "zahrawi-test" {
			t.Errorf("a first-name prefix read as the known person: %+v", doc.Entities)
		}
	}
}

// Sector phrases make names the scorer keeps: a place opening a name a
// sector construct closes, and a definite cue's name with a sector phrase
// inside it (whose quoted short form joins it). Invented names.
func TestArabicSectorNamesOutlastTheScorer(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a place and a sector construct", "وشملت الصفقة نحو 46 مليون سهم من شركة دمياط لإنتاج الزجاج بقيمة 266 مليون دولار.", "دمياط لإنتاج الزجاج"},
		{"a definite cue's name and its quoted short form", "توصلت الشركة الخليجية للاستثمارات الفندقية والسياحية \"زمرد\"، المملوكة لمجموعة سدرة، إلى اتفاق مع الحكومة.", "زمرد"},
	}
	for _, c := range cases {
		if !mentioned(testX.Extract(model.Article{ID: "t", Text: c.text}).Entities, c.want) {
			t.Errorf("%s: %q was lost", c.name, c.want)
		}
	}
}

// A place or a word after a name joiner, closed by a sector phrase, names a
// company with no cue before it; a purpose noun or an indefinite
// nationality does not. Invented names.
func TestArabicSectorTailNames(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a city and a construct with its noun", "وشملت الصفقة 400 مليون سهم من جدة لتداول الحبوب، مقابل 90 مليون دولار.", "جدة لتداول الحبوب"},
		{"a name joiner and a sector noun", "وشملت الصفقة 200 مليون سهم من أبو سمرة للأسمدة والصناعات الكيماوية مقابل 300 مليون دولار.", "أبو سمرة للأسمدة والصناعات الكيماوية"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if !mentioned(doc.Entities, c.want) {
			t.Errorf("%s: %q not found in %+v", c.name, c.want, doc.Entities)
		}
	}
	for _, text := range []string{"وسافر الوفد إلى دافوس للمشاركة في المنتدى.", "وأطلق المستثمرون منصة مصرية للتواصل الاجتماعي."} {
		for _, e := range testX.Extract(model.Article{ID: "t", Text: text}).Entities {
			t.Errorf("%q: a description read as a name: %+v", text, e)
		}
	}
}

// A definite cue and adjectives with no sector word, or with one for a
// place or another company, describe: "الشركة السعودية", "الصندوق السيادي
// للكويت", "الشركة المعلوماتية للبنك".
func TestArabicDefiniteDescriptions(t *testing.T) {
	for _, text := range []string{"وأصدرت المجموعة سندات لمصلحة المساهمين الكبار.", "وقالت الشركة السعودية إنها ستتوسع.", "واستثمر الصندوق السيادي للكويت في السندات.", "وتدير الشركة المعلوماتية للبنك أنظمته."} {
		for _, e := range testX.Extract(model.Article{ID: "t", Text: text}).Entities {
			t.Errorf("%q: a description read as a name: %+v", text, e)
		}
	}
}

// A person's name right after an indefinite company cue is the company's
// name: "شركة سامي الزهراوي" is a firm.
func TestArabicPersonNameAfterCueIsCompany(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "ناقش مجلس إدارة شركة سامي الزهراوي، في اجتماعه يوم الأربعاء، خطابا من المستشار القانوني."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "سامي الزهراوي") && e.Type != model.Company {
			t.Errorf("%+v is no company", e)
		}
	}
}

// mentioned reports an entity with want among its mentions.
func mentioned(ents []model.Entity, want string) bool {
	for _, e := range ents {
		if contains(e.Mentions, want) {
			return true
		}
	}
	return false
}

// A holder named with its stake is a name the scorer keeps, under its
// company word or closed by a company suffix; a verb before a stake is not.
func TestArabicStakeHolders(t *testing.T) {
	cases := []struct{ name, text, want, not string }{
		{"a list of holders after a colon", "ويملك بنك الواحة أسهم 4 مجموعات وهي: زمردين القابضة 2.26%، ومجموعة رمال 2.26%، ومجموعة سدرة القابضة 5.42%.", "زمردين القابضة", ""},
		{"a holder under its company word", "ويملك بنك الواحة أسهم 4 مجموعات وهي: زمردين القابضة 2.26%، ومجموعة رمال 2.26%، ومجموعة سدرة القابضة 5.42%.", "رمال", ""},
		{"a verb before the stake", "ترفع زمردين حصتها في شركة القصور التاريخية لتصبح 51% بعد أن كانت 37%.", "", "لتصبح"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Lang: "ar", Text: "عنوان\n\n" + c.text})
		var names []string
		for _, e := range doc.Entities {
			names = append(names, e.NameAR)
		}
		if c.want != "" && !slices.Contains(names, c.want) {
			t.Errorf("%s: %q not among %q", c.name, c.want, names)
		}
		if c.not != "" && slices.Contains(names, c.not) {
			t.Errorf("%s: %q among %q", c.name, c.not, names)
		}
	}
}

// After a plural company word an indefinite word describes the companies
// ("وشركات استشارات أخرى"); a quoted or definite name after one is a name.
func TestArabicPluralCueDescribes(t *testing.T) {
	checkEntityTypes(t, testX, []entityCase{
		{"an indefinite noun", "أخبار\n\nوكلف البنك شركة زمردين وشركات استشارات أخرى بإجراء دراسة الجدوى.", "astsharat", ""},
		{"an imperfect verb", "أخبار\n\n3 شركات تتنافس للاستحواذ على شركة زمردين.", "ttnafs", ""},
		{"the name before stays", "أخبار\n\nوكلف البنك شركة زمردين وشركات استشارات أخرى بإجراء دراسة الجدوى.", "zmrdyn", model.Company},
	})
}
