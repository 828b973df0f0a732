package model

import "testing"

func TestWebURL(t *testing.T) {
	cases := map[string]string{
		"https://example.com/a?b=1":            "https://example.com/a?b=1",
		" HTTP://Example.com/ ":                "HTTP://Example.com/",
		"javascript:alert(document.domain)":    "",
		"JavaScript://example.com/%0Aalert(1)": "",
		"data:text/html,<script>x</script>":    "",
		"file:///etc/passwd":                   "",
		"//example.com/x":                      "",
		"/relative":                            "",
		"https:opaque":                         "",
		"":                                     "",
		"vbscript:msgbox":                      "",
	}
	for in, want := range cases {
		if got := WebURL(in); got != want {
			t.Errorf("WebURL(%q) = %q, want %q", in, got, want)
		}
	}
}
