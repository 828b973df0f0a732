package extract

import "strings"

// blockTags end a line where they stand: "<p>", "<br>", "</div>".
var blockTags = setOf([]string{"p", "br", "div", "li", "tr", "td", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "figcaption", "figure"})

// blankMarkup returns text with the HTML tags and &nbsp; left in pasted or
// scraped plain text ("<p class=\"ckeCaption\">", "<img src=…>") turned to
// spaces, a block tag to a line break, so that no attribute or URL reads as
// a name. Each byte is replaced by one, so offsets into the text hold.
func blankMarkup(text string) string {
	if !strings.Contains(text, "<") && !strings.Contains(text, "&nbsp;") {
		return text
	}
	b := []byte(text)
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '<':
			if end := tagEnd(text, i); end > 0 {
				blank(b, i, end, blockTags[tagName(text[i+1:end])])
				i = end - 1
			}
		case b[i] == '&' && strings.HasPrefix(text[i:], "&nbsp;"):
			blank(b, i, i+len("&nbsp;"), false)
		}
	}
	return string(b)
}

// tagEnd is the end (after '>') of an HTML tag opening at i, or 0: the '<'
// must be followed by a letter, '/' or '!', and the '>' come before any
// other '<' ("a < b" is no tag).
func tagEnd(text string, i int) int {
	if i+1 >= len(text) {
		return 0
	}
	c := text[i+1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!') {
		return 0
	}
	for j := i + 1; j < len(text) && j < i+4096; j++ {
		switch text[j] {
		case '>':
			return j + 1
		case '<':
			return 0
		}
	}
	return 0
}

// tagName is the lower-case name of the tag whose text after '<' is s.
func tagName(s string) string {
	s = strings.TrimPrefix(s, "/")
	e := 0
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z' || s[e] >= '0' && s[e] <= '9') {
		e++
	}
	return strings.ToLower(s[:e])
}

// blank overwrites b[from:to] with spaces, the first with a line break
// when br.
func blank(b []byte, from, to int, br bool) {
	for k := from; k < to; k++ {
		b[k] = ' '
	}
	if br {
		b[from] = '\n'
	}
}
