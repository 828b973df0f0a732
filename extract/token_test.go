package extract

import (
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

// Token boundaries: words, numbers with their units, joiners inside Latin
// names, and Arabic clitics glued to Latin names or numbers.
func TestTokenize(t *testing.T) {
	cases := []struct{ text, want string }{
		{"AT&T bought Checkout.com", "AT&T|bought|Checkout.com"},
		{"raised $44bn", "raised|$|44bn"},
		{"ل97.4 مليار", "ل|97.4|مليار"},
		{"سوق.كوم", "سوق.كوم"},
		{"زمرد.نت", "زمرد.نت"},
		{"إم.سي", "إم.سي"},
		{"ال.كيو.ام.تي", "ال.كيو.ام.تي"},
		{"د.أحمد", "د.أحمد"},
		{"المساهمين.ومن شأن", "المساهمين|.|ومن|شأن"},
		{"وQZR Capital، وBrightwave Ventures", "و|QZR|Capital|،|و|Brightwave|Ventures"},
		{"لـGoogle", "لـ|Google"},
		{"Musk's bid", "Musk|'|s|bid"},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range tokenize(c.text, nil) {
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("tokenize(%q) = %s, want %s", c.text, g, c.want)
		}
	}
}

// Sentence ends: a full stop ends a sentence unless an abbreviation, an
// initial or a comma after it says the sentence goes on.
func TestSentenceEnds(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"Zentrix Labs raised $5 million. Harlow Capital led the round.", 2},
		{"Zentrix Labs is based in Cambridge, Mass., with offices in Berlin.", 1},
		{"Harlow Ltd. agreed to buy Zentrix Inc., which makes robots.", 1},
		{"J.P. Morgan advised Harlow Group.", 1},
		{"وافقت الهيئة على الصفقة.وقالت الشركة إنها ستكمل الشراء.", 2},
		{"أخبار\n\nأعلنت شركة زمردين أنها قد حصلت على تمويل بقيمة 1.5 مليون دولار\nامريكي من قبل شركة سدرة للاستثمار.", 2},
		{"Deal news\n\nZentrix Labs said on Monday that it had raised $5 million in a round\nled by Harlow Capital.", 2},
		{"Zentrix Labs raises $5 million\nHarlow Capital led the round.", 2},
		{"زمردين تجمع 5 ملايين دولار\nقادت سدرة الجولة.", 2},
		{"زمردين القابضة تجمع خمسة ملايين دولار في جولة تمويل جديدة بقيادة سدرة\nقالت الشركة إن الجولة ستدعم توسعها.", 2},
		{"Zentrix Labs said on Monday that it had raised $5 million\n\nHarlow Capital led the round.", 2},
	}
	for _, c := range cases {
		d := newDoc(model.Article{ID: "t", Lang: "en", Text: c.text})
		tokenStage{}.Run(d)
		sentenceStage{}.Run(d)
		if len(d.Sentences) != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, len(d.Sentences), c.want)
		}
	}
}

// Arabic written in presentation forms (text copied from PDFs) reads as the
// letters it shows.
func TestPresentationForms(t *testing.T) {
	doc := testX.Extract(model.Article{ID: "t", Text: "أخبار\n\nأعلنت ﺷرﻛﺔ زمرد القابضة استكمال الاستحواذ على ﺷرﻛﺔ رمال للإسمنت."})
	found := false
	for _, r := range doc.Relations {
		found = found || r.Subject == "zmrd-alqabdh" && r.Object == "rmal-llasmnt"
	}
	if !found {
		t.Errorf("no deal read from presentation forms: %+v %+v", doc.Relations, doc.Entities)
	}
}
