package extract

import (
	"testing"

	"github.com/kg-news/kg/model"
)

// Arabic in-article coreference on invented companies: a short form, with
// or without its cue word and clitics, before or after the full name, is
// A place left alone when a name's descriptors are cut off is the place,
// not a short form of the company ("طنجة" of طنجة الوطنية للمعارض).
func TestArabicPlaceIsNoShortForm(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "قالت شركة زمرد إنها ستندمج مع شركة طنجة الوطنية للمعارض. وأضافت أن الاندماج يشمل فنادق في طنجة."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "طنجة") {
			t.Errorf("the place طنجة read as a short form: %+v", e)
		}
	}
}

// one entity with it.
func TestArabicShortFormsJoin(t *testing.T) {
	cases := []struct {
		name, text  string
		short, full string
	}{
		{"short form after the name", "أعلنت شركة نجمة الصحراء للروبوتات نتائجها. وقالت نجمة الصحراء إنها ستتوسع.", "نجمة الصحراء", "نجمة الصحراء للروبوتات"},
		{"short form with a clitic", "أعلنت شركة نجمة الصحراء للروبوتات نتائجها. وقال مدير لنجمة الصحراء إنها ستتوسع.", "نجمة الصحراء", "نجمة الصحراء للروبوتات"},
		{"headline before the name", "زفير تجمع تمويلا جديدا\n\nجمعت شركة زفير للروبوتات 5 ملايين دولار من مستثمرين.", "زفير", "زفير للروبوتات"},
		{"without القابضة", "وقعت مجموعة الواحة القابضة اتفاقا جديدا. وقالت الواحة إن الاتفاق يشمل المنطقة.", "الواحة", "الواحة القابضة"},
		{"without للاستثمار", "أسست شركة سدرة للاستثمار صندوقا. وقالت سدرة إن الصندوق سيستثمر في التقنية.", "سدرة", "سدرة للاستثمار"},
		{"without a relational adjective", "قالت شركة رمال العقارية إنها ستبني برجا. وأضافت رمال أن البناء يبدأ قريبا.", "رمال", "رمال العقارية"},
		{"without a sector construct and its noun", "قالت شركة كستريل لتعدين الذهب إن العرض منخفض. ورفضت الشركة تقديم معلومات إلى زمرد قبل تقديم عرض إلى كستريل.", "كستريل", "كستريل لتعدين الذهب"},
		{"a quoted short form right after the full name", "اتفقت مجموعة سدرة على شراء 25% من أسهم شركة دمياط لإنتاج الأسمدة “زمرد” بعلاوة سعرية.", "زمرد", "دمياط لإنتاج الأسمدة"},
		{"an Arabic word before a bracketed Latin name is its transliteration", "أعلنت زمردين(Zumrudin Labs) عن إغلاق جولة تمويل بقيمة 18 مليون دولار.", "زمردين", "Zumrudin Labs"},
		{"a repeat does not cut a company word off a longer name", "قالت شركة زمردتك إنها ستتوسع. وتمضي زمردتك القابضة قدما في السوق.", "زمردتك", "زمردتك القابضة"},
		{"a Latin name right after a quoted Arabic one", "استحوذت \"سدرة\" QRX، أحد الصناديق السيادية، على حصص في شركة زمرد.", "QRX", "سدرة"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		var full, short *model.Entity
		for i := range doc.Entities {
			for _, m := range doc.Entities[i].Mentions {
				if m == c.full {
					full = &doc.Entities[i]
				}
				if m == c.short {
					short = &doc.Entities[i]
				}
			}
		}
		if full == nil || short == nil || full.ID != short.ID {
			t.Errorf("%s: %q and %q are not one entity: %+v", c.name, c.short, c.full, doc.Entities)
		}
	}
}

func TestIsDescriptor(t *testing.T) {
	cases := []struct {
		word string
		want bool
	}{
		{"للروبوتات", true}, {"للاستثمار", true}, {"القابضة", true}, {"العقارية", true},
		{"الإقليمية", true}, {"الكويتية", true}, {"الصحراء", false}, {"زفير", false}, {"الواحة", false},
	}
	for _, c := range cases {
		toks := tokenize(c.word, nil)
		if len(toks) != 1 {
			t.Fatalf("%s: %d tokens", c.word, len(toks))
		}
		if got := isDescriptor(&toks[0]); got != c.want {
			t.Errorf("isDescriptor(%s) = %v, want %v", c.word, got, c.want)
		}
	}
}

func TestHyphenDescriptorsCut(t *testing.T) {
	cases := []struct{ text, want, not string }{
		{"Emirates-based Qirana Hospitals agreed to sell a stake to a fund.", "Qirana Hospitals", "Emirates-based Qirana Hospitals"},
		{"UK-headquartered Tolley Marsh said it would list its shares.", "Tolley Marsh", "UK-headquartered Tolley Marsh"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		found := false
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				found = found || m == c.want
				if m == c.not {
					t.Errorf("%q: the descriptor is kept in %q", c.text, m)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found in %+v", c.text, c.want, doc.Entities)
		}
	}
}

func TestPlaceNamesAfterTheirCue(t *testing.T) {
	cases := []struct{ text, want, typ string }{
		{"باع بنك طنجة حصته في شركة سنديان للتقنية إلى مستثمرين.", "بنك طنجة", model.Company},
		{"قال مسؤولون في بنك تونس الدولي إن الطلب على أسهم شركة سنديان للتقنية قوي.", "بنك تونس الدولي", model.Company},
		{"وافقت الحكومة التونسية على بيع حصة في شركة سنديان للتقنية.", "الحكومة التونسية", model.Organization},
		{"تملك حكومة البرتغال حصة في شركة سنديان للتقنية.", "حكومة البرتغال", model.Organization},
		{"رفع البنك المركزي الموريتاني سعر الفائدة على ودائع شركة سنديان للتقنية.", "البنك المركزي الموريتاني", model.Organization},
		{"اشترت مجموعة طنجة حصة في شركة سنديان للتقنية.", "مجموعة طنجة", model.Company},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		found := false
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				found = found || m == c.want && e.Type == c.typ
			}
		}
		if !found {
			t.Errorf("%q: no %s %q in %+v", c.text, c.typ, c.want, doc.Entities)
		}
	}
}

func TestMixedFileLanguage(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Brightwave Capital agreed to buy Tallgrass Robotics for $1.2 billion, the companies said on Monday. وقالت الشركتان إن الصفقة", "en"},
		{"استحوذت شركة زيتونة القابضة على شركة نخلة مقابل 2.5 مليار دولار بحسب بيان لشركة Brightwave Capital.", "ar"},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if doc.Article.Lang != c.want {
			t.Errorf("%q: lang %s, want %s", c.text, doc.Article.Lang, c.want)
		}
	}
}

// References back: each rule on invented companies; the reference joins
// the entity it points to, and never becomes its name.
func TestArabicBackReferences(t *testing.T) {
	cases := []struct{ name, text, ref, full string }{
		{"الأخيرة is the company named last", "استحوذت شركة زيتونة القابضة على شركة نخلة للتقنية. وكانت الأخيرة قد جمعت تمويلا.", "الأخيرة", "نخلة للتقنية"},
		{"المجموعة is the last group named", "أعلنت مجموعة الياقوت القابضة أرباحها. وقالت المجموعة إنها ستتوسع.", "المجموعة", "الياقوت القابضة"},
		{"الصندوق is the fund named in quotes after its cue", "أطلقت شركة زمرد صندوق \"رمال الرقمي\". وقال مسؤول إن مجموعة سدرة استثمرت في الصندوق.", "الصندوق", "رمال الرقمي"},
		{"المنصة is the platform the story names most", "استحوذت منصة \"زمرد\" على منصة \"رمال\". وقالت زمرد إن الصفقة مهمة. وستضخ مجموعة سدرة مليار دولار في المنصة.", "المنصة", "زمرد"},
		{"the name with and without شركة", "قالت شركة غيمة إنها ستتوسع. وأضافت غيمة أن التوسع يبدأ قريبا.", "غيمة", "غيمة"},
	}
	x, err := New(Options{NoNameModel: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		doc := x.Extract(model.Article{ID: "t", Text: c.text})
		var ref, full *model.Entity
		for i := range doc.Entities {
			if contains(doc.Entities[i].Mentions, c.full) {
				full = &doc.Entities[i]
			}
			if contains(doc.Entities[i].Mentions, c.ref) {
				ref = &doc.Entities[i]
			}
		}
		if full == nil || ref == nil || full.ID != ref.ID {
			t.Errorf("%s: %q does not join %q: %+v", c.name, c.ref, c.full, doc.Entities)
			continue
		}
		if full.NameAR == c.ref && c.ref != c.full {
			t.Errorf("%s: the reference %q became the name", c.name, c.ref)
		}
	}
}

// "الأخيرة" after a definite noun is an adjective ("the last time").
func TestArabicLatterAsAdjective(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "استحوذت شركة زيتونة القابضة على شركة نخلة للتقنية في المرة الأخيرة."})
	for _, e := range doc.Entities {
		if contains(e.Mentions, "الأخيرة") {
			t.Errorf("the adjective الأخيرة taken as a reference: %+v", e)
		}
	}
}
