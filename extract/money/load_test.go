package money

import (
	"strings"
	"testing"
)

// Bad rows of lexicon.tsv are refused with a reason (init panics with the
// line number), so a typo in the data cannot silently drop a word.
func TestAddRowRejects(t *testing.T) {
	for _, c := range []struct{ kind, key, opts, words, want string }{
		{"scales", "3", "-", "thousand", "unknown kind"},
		{"scale", "x", "-", "thousand", "scale"},
		{"fw", "nosuch", "-", "about", "unknown function word"},
		{"adj", "US", "next=nosuch", "us", "unknown function word"},
		{"symbol", "USD", "-", "US$", "not one character"},
		{"pfx", "USD", "gap", "US", "sym="},
		{"num", "one", "-", "one", "bad value"},
		{"frac", "1/0", "-", "none", "bad value"},
		{"default", "dollar", "-", "USD EUR", "one code"},
		{"currency", "USD", "dollar", "-", "families@country"},
	} {
		err := addRow(c.kind, c.key, options(c.opts), strings.Fields(c.words))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %s %s %s: got %v, want an error with %q", c.kind, c.key, c.opts, c.words, err, c.want)
		}
	}
}

// The data keeps the readings the grammar relies on.
func TestLexiconReadings(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"3 مليارات ريال سعودي", "SAR"},
		{"5 billion Hong Kong dollars", "HKD"},
		{"Dh5 million", "AED"},
		{"£2bn", "GBP"},
		{"40 مليون جنيه", "EGP"},
		{"10 billion won", "KRW"},
	} {
		ms := Find(c.text)
		if len(ms) != 1 || ms[0].Currency != c.want {
			t.Errorf("%q: got %+v, want one amount in %s", c.text, ms, c.want)
		}
	}
	if ms := Find("he won 5 matches"); len(ms) != 0 {
		t.Errorf("the verb won read as a currency: %+v", ms)
	}
}
