package eval

import "testing"

// The expected values were printed by score.py's norm (Python 3.11).
func TestNorm(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Elon Musk", "elon musk"},
		{"  ELON   MUSK ", "elon musk"},
		{"إيلون ماسك", "ايلون ماسك"},
		{"أوبن إيه آي", "اوبن ايه اي"},
		{"ٱلله", "الله"},
		{"مُحَمَّد", "محمد"},
		{"مليـــار", "مليار"},
		{"مصطفى", "مصطفي"},
		{"شركة", "شركه"},
		{"مؤسسة", "موسسه"},
		{"هيئة", "هييه"},
		{"The Wall Street Journal", "wall street journal"},
		{"the", "the"},
		{"theranos", "theranos"},
		{"The  Theranos", "theranos"},
		{"the the x", "the x"},
		{"ال جزيرة", "جزيره"},
		{"الجزيرة", "الجزيره"},
		{"ال\u00a0بنك", "بنك"},
		{"بنك ال", "بنك ال"},
		{"«أرامكو»", "ارامكو"},
		{"(PIF)", "pif"},
		{"S&P", "s&p"},
		{"e&", "e&"},
		{"Sam Altman, Jr.", "sam altman jr"},
		{"OpenAI’s", "openai s"},
		{"U.S.", "u s"},
		{"X Corp.", "x corp"},
		{"صندوق تلال العامة؛", "صندوق تلال العامه؛"}, // ؛ is not in the set
		{"؟!", "؟"},
		{"١٢٣", "١٢٣"}, // digits are not folded
		{"ﬁnance", "finance"},
		{"Ｏｐｅｎ", "open"},
		{"①", "1"},
		{"Ⅻ", "xii"},
		{"ﻻ", "لا"},
		{"ΟΔΥΣΣΕΥΣ", "οδυσσευς"},
		{"İstanbul", "i\u0307stanbul"},
		{"a\u00a0b", "a b"},
		{"a\x1cb", "a b"},
		{"\tthe\u2003Fund\n", "fund"},
		{"", ""},
		{"a\xffb", "a\ufffdb"},
	}
	for _, c := range cases {
		if got := Norm(c.in); got != c.want {
			t.Errorf("Norm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPyFloatRepr(t *testing.T) {
	cases := []struct {
		in   float64
		want string
	}{
		{0, "0.0"}, {1, "1.0"}, {0.9, "0.9"}, {2.0 / 3, "0.6666666666666666"},
		{97.4e9, "97400000000.0"}, {1e16, "1e+16"}, {1234567890123456, "1234567890123456.0"},
		{1e-4, "0.0001"}, {1.5e-5, "1.5e-05"}, {-2.5e22, "-2.5e+22"},
	}
	for _, c := range cases {
		if got := pyFloatRepr(c.in); got != c.want {
			t.Errorf("pyFloatRepr(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
