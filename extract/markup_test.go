package extract

import (
	"strings"
	"testing"
)

func spaces(n int) string { return strings.Repeat(" ", n) }

func TestBlankMarkup(t *testing.T) {
	cases := []struct{ in, want string }{
		{`<p class="ckeCaption" >شعار شركة</p>`, "\n                      شعار شركة\n   "},
		{`أعلنت شركة <a href="https://x.com/a">الخليج</a> اليوم`, "أعلنت شركة " + spaces(len(`<a href="https://x.com/a">`)) + "الخليج" + spaces(4) + " اليوم"},
		{"Harlow&nbsp;Group", "Harlow      Group"},
		{"a < b and c > d", "a < b and c > d"},
		{"<img src=\"https://cdn.example.com/38739c84.png\">Zentrix", spaces(len(`<img src="https://cdn.example.com/38739c84.png">`)) + "Zentrix"},
		{"no markup", "no markup"},
	}
	for _, c := range cases {
		got := blankMarkup(c.in)
		if got != c.want {
			t.Errorf("blankMarkup(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("blankMarkup(%q) changed the length: %d, want %d", c.in, len(got), len(c.in))
		}
	}
}
