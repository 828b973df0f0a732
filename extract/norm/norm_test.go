package norm

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"OpenAI", "openai"},
		{"أوبن إيه آي", "اوبن ايه اي"},
		{"أوبن أيه آي", "اوبن ايه اي"},
		{"إيلون", "ايلون"},
		{"مُحَمَّد", "محمد"},
		{"مليـــار", "مليار"},
		{"شركة", "شركه"},
		{"مصطفى", "مصطفي"},
		{"مؤسس", "موسس"},
		{"هيئة", "هييه"},
		{"٩٧٫٤", "97.4"},
		{"۱۲۳", "123"},
		{"a\xffb", "ab"},
		{"", ""},
		{"already folded 42", "already folded 42"}, // the ASCII fast path
	}
	for _, c := range cases {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The Wall Street Journal", "wall street journal"},
		{"  Checkout.com ", "checkout.com"},
		{"e&", "e&"},
		{"«أوبن  إيه آي»", "اوبن ايه اي"},
		{"Co-founder", "co founder"}, {"Lowe's", "lowes"},
		{"Sam Altman (@sama)", "sam altman @sama"},
		// One plain word takes the fast path; "the" alone is no prefix.
		{"Zentrix", "zentrix"}, {"the", "the"}, {"شركة", "شركه"}, {"", ""},
		{"x.", "x"}, {"’s", "s"},
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	cases := []struct{ a, b string }{
		{"إيلون ماسك", "إيلن ماسك"},
		{"الفيدرالية", "الفيدارلية"},
	}
	for _, c := range cases {
		if Skeleton(Fold(c.a)) != Skeleton(Fold(c.b)) {
			t.Errorf("Skeleton(%q) = %q != Skeleton(%q) = %q", c.a, Skeleton(Fold(c.a)), c.b, Skeleton(Fold(c.b)))
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"أوبن إيه آي", "OpenAI", "\xff\xfe", "٩٧٫٤ مليار", "مُحَمَّد"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) gave invalid UTF-8", s)
		}
		if Fold(got) != got {
			t.Fatalf("Fold is not idempotent on %q: %q then %q", s, got, Fold(got))
		}
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key is not idempotent on %q: %q then %q", s, k, Key(k))
		}
		_ = Skeleton(got)
	})
}

func TestStripControls(t *testing.T) {
	for in, want := range map[string]string{
		"Zen\u200bith":                     "Zenith",
		"\ufeffKes\u200ctrel\u200d":        "Kestrel",
		"\u202aأرامكو\u202c \u2067x\u2069": "أرامكو x",
		"نخ\u200fلة\u061c\u200e":           "نخلة",
		"plain":                            "plain",
	} {
		if got := StripControls(in); got != want {
			t.Errorf("StripControls(%q) = %q, want %q", in, got, want)
		}
	}
}
