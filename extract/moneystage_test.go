package extract

import (
	"testing"

	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/model"
)

// A bare riyal takes the nationality named last in full; a per-share price
// after the noun names none.
func TestInheritCurrency(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"named in full before", "بقيمة 2.75 مليار ريال قطري. ثم دفعت 480 مليون ريال.", "QAR"},
		{"a per-share price is bare", "بقيمة 2.75 مليار ريال قطري، أو 13.60 ريال للسهم. ثم دفعت 480 مليون ريال.", "QAR"},
		{"per share with lkl", "بقيمة 2.75 مليار ريال عماني، أو 1.2 ريال لكل سهم. ثم دفعت 480 مليون ريال.", "OMR"},
		{"nothing named: the default", "دفعت 480 مليون ريال.", "SAR"},
	}
	for _, c := range cases {
		ms := money.Find(c.text)
		inheritCurrency(ms)
		if len(ms) == 0 || ms[len(ms)-1].Currency != c.want {
			t.Errorf("%s: got %+v, want last currency %s", c.name, ms, c.want)
		}
	}
}

// A bare currency noun takes the currency of the country its sentence, else
// the headline or dateline, names.
func TestPlaceCurrency(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a nationality in the sentence", "Harlow Bank will buy Kenyan lender Zentrix Credit for 9.5 billion shillings.", "KES"},
		{"a dateline city", "الدوحة - سمت: استحوذت مجموعة زمرد على شركة مرجان مقابل 480 مليون ريال.", "QAR"},
		{"a dateline city, the figure later", "الكويت - سمت: أعلنت مجموعة زمرد نتائجها.\n\nواستحوذت على شركة مرجان مقابل 40 مليون دينار.", "KWD"},
		{"no place: the default", "استحوذت مجموعة زمرد على شركة مرجان مقابل 480 مليون ريال.", "SAR"},
		{"a bare dollar stays USD", "Harlow Bank will buy Kenyan lender Zentrix Credit for 90 million dollars.", "USD"},
		{"a text that writes US$ has local dollars", "TORONTO - Harlow Mining has a US$50-million deal with Zentrix.\n\nQuarry Corp attempts to acquire Harlow in a $5.1-billion bid.", "CAD"},
		{"a bare $ stays USD otherwise", "TORONTO - Harlow Mining has a deal with Zentrix.\n\nQuarry Corp attempts to acquire Harlow in a $5.1-billion bid.", "USD"},
	}
	for _, c := range cases {
		d := newDoc(model.Article{ID: "t", Text: c.text})
		tokenStage{}.Run(d)
		sentenceStage{}.Run(d)
		moneyStage{}.Run(d)
		if len(d.Money) == 0 || d.Money[len(d.Money)-1].Currency != c.want {
			t.Errorf("%s: got %+v, want %s", c.name, d.Money, c.want)
		}
	}
}
