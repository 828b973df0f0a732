package extract

import (
	"slices"
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

// A figure in brackets right after another is its conversion, not a second
// amount; a figure after other words in brackets stays.
func TestDropConversions(t *testing.T) {
	cases := []struct {
		name, text string
		want       int
	}{
		{"a hedged conversion", "for a consideration of C$323m (around $238m) in cash", 1},
		{"a bare conversion", "a 4.47 billion Canadian dollar (US$3.46 billion) offer", 1},
		{"an Arabic conversion", "بقيمة 5 مليارات ريال (نحو 1.3 مليار دولار)", 1},
		{"a bracket with more words is no conversion", "for $300m (including $50m in shares)", 2},
		{"two figures side by side", "raised $20m and $5m", 2},
	}
	for _, c := range cases {
		if got := dropConversions(c.text, money.Find(c.text)); len(got) != c.want {
			t.Errorf("%s: %d amounts, want %d: %+v", c.name, len(got), c.want, got)
		}
	}
}

// A figure with a scale word and no currency takes the currency of the
// amount named before it in its sentence, unless a noun after it says what
// it counts or it is a conversion in brackets.
func TestElidedCurrency(t *testing.T) {
	cases := []struct {
		name, text string
		want       []float64
	}{
		{"ar a later bid", "بلغ العرض نحو 60 مليون دينار كويتي، تلته مجموعة زمرد بعرض قيمته 54 مليونا ثم «رمال» بـ32.3 مليون.", []float64{60e6, 54e6, 32.3e6}},
		{"en a later bid", "Harlow bid $60 million, followed by Zentrix with 54 million.", []float64{60e6, 54e6}},
		{"ar shares counted", "دفعت 60 مليون دينار كويتي مقابل 9 ملايين سهم.", []float64{60e6}},
		{"en shares counted", "It paid $60 million for 54 million shares.", []float64{60e6}},
		{"no currency before", "The app has 54 million users, and 3 million.", nil},
		{"a conversion stays dropped", "a bid worth £6.8 billion (€9.7 billion) for Zentrix", []float64{6.8e9}},
		{"the next sentence is not the figure's", "It paid $60 million. Its rival has 54 million.", []float64{60e6}},
	}
	for _, c := range cases {
		d := newDoc(model.Article{ID: "t", Text: c.text})
		for _, st := range testX.stages[:4] {
			st.Run(d)
		}
		var got []float64
		for _, mo := range d.Money {
			got = append(got, mo.Amount)
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: amounts %v, want %v", c.name, got, c.want)
			continue
		}
		for k := range got {
			if got[k] != c.want[k] || d.Money[k].Currency == "" {
				t.Errorf("%s: amounts %v (%+v), want %v", c.name, got, d.Money, c.want)
				break
			}
		}
	}
}

// One deal said with two figures of one sum keeps the deal's own currency,
// else the more precise figure; different sums are two tranches.
func TestDropRestated(t *testing.T) {
	rel := func(amount float64, cur string, usd float64) model.Relation {
		return model.Relation{Subject: "a", Predicate: model.Acquired, Object: "b", Amount: amount, Currency: cur, AmountUSD: usd}
	}
	cases := []struct {
		name string
		in   []model.Relation
		want []float64
	}{
		{"a headline's dollar conversion", []model.Relation{rel(238e6, "USD", 238e6), rel(323e6, "CAD", 235.8e6)}, []float64{323e6}},
		{"a headline's rounded figure", []model.Relation{rel(5e9, "USD", 5e9), rel(5.1e9, "USD", 5.1e9)}, []float64{5.1e9}},
		{"two tranches", []model.Relation{rel(100e6, "USD", 100e6), rel(200e6, "USD", 200e6)}, []float64{100e6, 200e6}},
	}
	for _, c := range cases {
		got := dropRestated(c.in)
		var amounts []float64
		for _, r := range got {
			amounts = append(amounts, r.Amount)
		}
		if !slices.Equal(amounts, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, amounts, c.want)
		}
	}
}
