package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// People on no list, named by where they stand; invented names.
func TestArabicPersonContext(t *testing.T) {
	cases := []struct {
		name, text, want string
		person           bool // false: no person of that name
	}{
		{"a speaker before a comma and a role", "من جانبها، قالت ميرولا كاستيلان، مديرة الاستراتيجيات في الشركة، إن العرض مناسب.", "ميرولا كاستيلان", true},
		{"a speaker before the title, no comma", "ونقل تيرون فالديز الرئيس التنفيذي للمجموعة أن البنك سيبيع حصته.", "تيرون فالديز", true},
		{"a speaker before إن", "وقال سيلفانو ريكيتي إن الشركة ستنمو.", "سيلفانو ريكيتي", true},
		{"a nationality before the name", "بعدما قرر البرتغالي لوسيانو برانكو بيع النادي.", "لوسيانو برانكو", true},
		{"a byline", "أخبار الشركات\n\nبقلم: مرجان قطامش\nأعلنت شركة زمرد عن جولة تمويل.", "مرجان قطامش", true},
		{"a desk in a byline", "أخبار الشركات\n\nإعداد: وحدة الأبحاث\nأعلنت شركة زمرد عن جولة تمويل.", "وحدة الأبحاث", false},
		{"ordinary words after a speech verb", "وقال مصدر مطلع إن الشركة ستنمو.", "مصدر مطلع", false},
		{"a paper after a speech verb", "وقالت الزهراء أونلاين إنها حصلت على رسالة.", "الزهراء أونلاين", false},
		{"a second phrase after a nationality", "وصندوق سي إن آي سي الصيني ووحدة مديري الاستثمار.", "ووحدة مديري", false},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		found := false
		for _, e := range doc.Entities {
			if e.Type == model.Person && contains(e.Mentions, c.want) {
				found = true
			}
		}
		if found != c.person {
			t.Errorf("%s: person %q found=%v, want %v; entities %+v", c.name, c.want, found, c.person, doc.Entities)
		}
	}
}
