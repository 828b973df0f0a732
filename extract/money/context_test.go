package money

import "testing"

func TestCurrencyIn(t *testing.T) {
	cases := []struct{ noun, word, want string }{
		{"shillings", "Kenyan", "KES"},
		{"shillings", "Kampala", "UGX"},
		{"ريال", "الدوحة", "QAR"},
		{"ريال", "والقطرية", "QAR"},
		{"دينار", "الكويت", "KWD"},
		{"dinars", "Bahrain", "BHD"},
		{"pesos", "Colombian", "COP"},
		{"kroner", "Norway", "NOK"},
		{"dollars", "Nairobi", ""}, // Kenya has no dollar
		{"shillings", "Harlow", ""},
		{"riyals", "Brazilian", "BRL"},
	}
	for _, c := range cases {
		if got := CurrencyIn(Family(c.noun), c.word); got != c.want {
			t.Errorf("%s near %s: got %q, want %q", c.noun, c.word, got, c.want)
		}
	}
	if Family("Harlow") != "" || Family("shillings") != "shilling" {
		t.Errorf("Family: got %q and %q", Family("Harlow"), Family("shillings"))
	}
}

func TestNewCurrencyNouns(t *testing.T) {
	cases := []struct {
		text string
		amt  float64
		cur  string
	}{
		{"for 9.5 billion Kenyan shillings", 9.5e9, "KES"},
		{"for 40 billion naira", 40e9, "NGN"},
		{"for 2 billion rand", 2e9, "ZAR"},
		{"for 3 billion Swedish kronor", 3e9, "SEK"},
		{"for 1.2 billion reais", 1.2e9, "BRL"},
		{"بقيمة 3 مليارات شلن كيني", 3e9, "KES"},
	}
	for _, c := range cases {
		ms := Find(c.text)
		if len(ms) != 1 || ms[0].Amount != c.amt || ms[0].Currency != c.cur {
			t.Errorf("%q: got %+v, want %v %s", c.text, ms, c.amt, c.cur)
		}
	}
}

func TestScale(t *testing.T) {
	for _, c := range []struct {
		word string
		want int
	}{
		{"million", 6}, {"billion", 9}, {"مليون", 6}, {"مليونا", 6}, {"مليار", 9}, {"ملايين", 6}, {"m", 0}, {"shares", 0}, {"سهم", 0},
	} {
		if got := Scale(c.word); got != c.want {
			t.Errorf("Scale(%q) = %d, want %d", c.word, got, c.want)
		}
	}
}
