package extract

import (
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

// People on no list, named by where they stand; invented names.
func TestArabicPersonContext(t *testing.T) {
	cases := []struct {
		name, text, want string
		person           bool // false: no person's name holds want
	}{
		{"two founders after the founding verb", "أسس تيرون فالديز وسيلفانو ريكيتي شركة زمردين في عام 2015.", "سيلفانو ريكيتي", true},
		{"a founder at the hands of", "تأسست شركة زمردين عام 2015 على يد تيرون فالديز.", "تيرون فالديز", true},
		{"a noun with his after a title is no one", "الرئيس التنفيذي لشركة زمردين يعلن استقالته\n\nبعد أشهر من الأزمة التي تعصف بعملاق الطيران، زمردين، أعلن الرئيس التنفيذي ورئيس مجلس الإدارة استقالته من منصبه أمس.", "استقالته", false},
		{"Ali written with its ي inside a name", "وأوضحت الصحيفة أن رئيس الشركة القطرية، الدكتور سالم علي الكواري، يضع اللمسات النهائية.", "سالم علي الكواري", true},
		{"a president of a company, the company, a comma, the person", "وقال رئيس شركة زمرد، تيرون فالديز، إن الصفقة مهمة.", "تيرون فالديز", true},
		{"a president of a club, the club and its nationality, the person", "اجتمع مع رئيس نادي زمرد الإسباني، تيرون فالديز، من أجل الاستحواذ على الفريق.", "تيرون فالديز", true},
		{"the one a post was taken from", "أعلنت مجموعة رمال القابضة تعيين سيلفانو ريكيتي رئيسا تنفيذيا خلفا لتيرون فالديز الذي تولى المنصب منذ 2015.", "تيرون فالديز", true},
		{"an appointment", "أعلنت مجموعة رمال القابضة تعيين سيلفانو ريكيتي رئيسا تنفيذيا.", "سيلفانو ريكيتي", true},
		{"a founding verb before ordinary words", "أسس المشروع قاعدة صلبة للشركة.", "المشروع قاعدة", false},
		{"an honorific before a surname alone", "وكان السيد فالديز قد عمل مستشارا لشركة زمردين.", "فالديز", true},
		{"an honorific before a full name", "وأضاف الدكتور سيلفانو ريكيتي أن الشركة ستنمو.", "سيلفانو ريكيتي", true},
		{"a family name that is an honorific opens no one", "وتواصل الدكتورة ميرولا السيد عملها رئيسة تنفيذية للمجموعة.", "عملها", false},
		{"a speaker before a comma and a role", "من جانبها، قالت ميرولا كاستيلان، مديرة الاستراتيجيات في الشركة، إن العرض مناسب.", "ميرولا كاستيلان", true},
		{"a speaker before the title, no comma", "ونقل تيرون فالديز الرئيس التنفيذي للمجموعة أن البنك سيبيع حصته.", "تيرون فالديز", true},
		{"a speaker before إن", "وقال سيلفانو ريكيتي إن الشركة ستنمو.", "سيلفانو ريكيتي", true},
		{"a nationality before the name", "بعدما قرر البرتغالي لوسيانو برانكو بيع النادي.", "لوسيانو برانكو", true},
		{"a byline", "أخبار الشركات\n\nبقلم: مرجان قطامش\nأعلنت شركة زمرد عن جولة تمويل.", "مرجان قطامش", true},
		{"a desk in a byline", "أخبار الشركات\n\nإعداد: وحدة الأبحاث\nأعلنت شركة زمرد عن جولة تمويل.", "وحدة الأبحاث", false},
		{"a board member's title from the lexicon", "وسيصبح عضو مجلس الإدارة تيرون فالديز رئيسا غير تنفيذي للمجلس.", "تيرون فالديز", true},
		{"an indefinite title after the name", "وكشف المبرمج سامي ريكيتي، مؤسس ومالك تطبيق زمرد، عن تلقيه عرضا.", "سامي ريكيتي", true},
		{"an employer inside a title is no title", "وأوضح الرئيس التنفيذي للشركة الزمردية القابضة، سيلفانو ريكيتي، أن الصفقة مهمة.", "سيلفانو ريكيتي", true},
		{"an indefinite title opens no name", "وأطلقت الشركة عملية بحث عن رئيس تنفيذي بالتعاون مع شركة مختصة.", "بالتعاون", false},
		{"a verb with و after a title", "شركة زمرد تعين سلمى الزهراوي رئيسة تنفيذية وتتلقى عرضا لشراء حصة.", "وتتلقى", false},
		{"a noun with ها after a title and a comma", "ليتولى سيلفانو ريكيتي، الذي كان يشغل منصب مدير العمليات، قيادتها بصفة مؤقتة.", "قيادتها", false},
		{"a second title after و is no name", "فقد تنحى رئيسها التنفيذي ومديرها التقني المخضرم جون زنكلر في فبراير.", "جون زنكلر", true},
		{"an occupation before the name", "ووفقا للمعلومات الواردة من الصحفي تيرون فالديز، فإن العرض كبير.", "تيرون فالديز", true},
		{"an occupation and a nationality before the name", "كشف المبرمج البرتغالي سيلفانو ريكيتي عن عرض لشراء التطبيق.", "سيلفانو ريكيتي", true},
		{"a name opening with ل after a board title", "وسيصبح عضو مجلس الإدارة لوسيان فالديز رئيسا غير تنفيذي.", "لوسيان فالديز", true},
		{"an ambiguous first name before an ordinary word", "وتسعى الشركة إلى نيل موافقة الهيئة على الصفقة.", "نيل موافقة", false},
		{"a present-tense verb after a first name", "وأكدت سلمى تعمل على الملف.", "تعمل", false},
		{"an adverb after a title", "وسيتولى منصب الرئيس التنفيذي مؤقتا خلال الفترة الانتقالية.", "مؤقتا", false},
		{"an ordinary definite word after a title", "لا يحق للمجلس التخلص من المستثمر الاستراتيجي لمجرد وجود خلافات.", "الاستراتيجي", false},
		{"a preposition glued to an ordinary word after a titled name", "وكشفت القوائم قيام الأمير سلطان الزهراوي بمنح الحصة لشركة زمرد.", "بمنح", false},
		{"an ordinary word is no first name behind و", "لا يحق لمجلس الإدارة التخلص من المستثمر لمجرد وجود خلافات.", "جود", false},
		{"between أن and a verb only people take", "أعلنت شركة زمرد اليوم أن سيلفانو ريكيتي استقال من منصبه.", "سيلفانو ريكيتي", true},
		{"after a verb only people take", "وقد استقال سيلفانو ريكيتي من منصبه في الشركة.", "سيلفانو ريكيتي", true},
		{"ordinary words after a speech verb", "وقال مصدر مطلع إن الشركة ستنمو.", "مصدر مطلع", false},
		{"a paper after a speech verb", "وقالت الزهراء أونلاين إنها حصلت على رسالة.", "الزهراء أونلاين", false},
		{"a quoted given name is the person named with it", "القصة الكاملة لاستحواذ ” سلمى ” على أسهم بنك سدرة\n\nوتعود مجموعة تلال إلى الشيخة سلمى كاستيلان.", "سلمى", true},
		{"an honorific with a preposition glued on", "وتولى المنصب خلفا للمهندس سيلفانو ريكيتي في مارس.", "سيلفانو ريكيتي", true},
		{"a post taken by a person", "تولى تيرون فالديز منصب الرئيس التنفيذي لشركة زمردين.", "تيرون فالديز", true},
		{"a company after a speech verb", "وقالت زمردين القابضة إنها ستؤسس شركة جديدة.", "زمردين القابضة", false},
		{"a second phrase after a nationality", "وصندوق تي إن زد سي الصيني ووحدة مديري الاستثمار.", "ووحدة مديري", false},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		found := false
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if e.Type == model.Person && (m == c.want || !c.person && strings.Contains(m, c.want)) {
					found = true
				}
			}
		}
		if found != c.person {
			t.Errorf("%s: person %q found=%v, want %v; entities %+v", c.name, c.want, found, c.person, doc.Entities)
		}
	}
}
