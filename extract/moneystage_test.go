package extract

import (
	"testing"

	"github.com/kg-news/kg/extract/money"
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
