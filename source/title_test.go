package source

import (
	"strings"
	"testing"
)

func TestTitleOfLongFirstLine(t *testing.T) {
	long := strings.Repeat("word ", 80)
	cases := []struct{ text, want string }{
		{"Short headline\n\nBody.", "Short headline"},
		{"Acme buys Tallgrass for $1bn. " + long, "Acme buys Tallgrass for $1bn."},
		{"استحوذت شركة زيتونة على شركة نخلة؟ " + long, "استحوذت شركة زيتونة على شركة نخلة؟"},
	}
	for _, c := range cases {
		a, err := FromBytes("x.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.want {
			t.Errorf("title %q, want %q", a.Title, c.want)
		}
	}
	a, _ := FromBytes("x.txt", []byte(long))
	if a.Title == "" || len([]rune(a.Title)) > 201 || !strings.HasSuffix(a.Title, "…") {
		t.Errorf("a long line with no sentence end gives title %q", a.Title)
	}
}
