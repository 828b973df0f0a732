package extract

import (
	"strings"
	"testing"
)

// Token boundaries: words, numbers with their units, joiners inside Latin
// names, and Arabic clitics glued to Latin names or numbers.
func TestTokenize(t *testing.T) {
	cases := []struct{ text, want string }{
		{"AT&T bought Checkout.com", "AT&T|bought|Checkout.com"},
		{"raised $44bn", "raised|$|44bn"},
		{"ل97.4 مليار", "ل|97.4|مليار"},
		{"سوق.كوم", "سوق.كوم"},
		{"وMSA Capital، وFoundation Ventures", "و|MSA|Capital|،|و|Foundation|Ventures"},
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
