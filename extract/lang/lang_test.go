package lang

import (
	"strings"
	"testing"
	"testing/fstest"
)

func files(words, triggers string) fstest.MapFS {
	return fstest.MapFS{
		"words.tsv":    {Data: []byte(words)},
		"names.tsv":    {Data: []byte("cues\tb|a\n")},
		"triggers.tsv": {Data: []byte(triggers)},
		"frames.tsv":   {Data: []byte("# none\n")},
	}
}

func TestNewReadsLists(t *testing.T) {
	l, err := New("xx", files("# c\ngreet\thello|hi\ngreet\they\n", "buy\tacquire\tverb\tcompleted\tg1,g2\tbuys|bought*\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(l.Words("greet"), ","); got != "hello,hi,hey" {
		t.Errorf("greet = %q", got)
	}
	if got := strings.Join(l.Words("cues"), ","); got != "b,a" {
		t.Errorf("names.tsv cues = %q", got)
	}
	if l.Words("none") != nil {
		t.Error("a missing list must be nil")
	}
	if f, p := l.Variants("word"); len(f) != 1 || f[0] != "word" || p[0] != 0 {
		t.Errorf("no clitics: Variants = %q %v", f, p)
	}
	tr := l.Triggers()
	if len(tr) != 1 || tr[0].Via != "buy" || tr[0].Frame != "acquire" || len(tr[0].Guards) != 2 || tr[0].Forms[1] != "bought*" || tr[0].Line != "xx/triggers.tsv:1" {
		t.Errorf("triggers = %+v", tr)
	}
}

// A bad row is an error that names the file and line.
func TestNewBadRows(t *testing.T) {
	cases := []struct{ words, triggers, want string }{
		{"greet hello\n", "", "xx/words.tsv:1: want 2"},
		{"", "\n\nbuy\tacquire\tverb\n", "xx/triggers.tsv:3: want 6"},
		{"", "buy\tacquire\tadverb\tcompleted\t-\tbuys\n", "xx/triggers.tsv:1: unknown kind"},
		{"cues\ta\n", "", "xx/names.tsv:1: list \"cues\" is also in words.tsv"},
	}
	for _, c := range cases {
		_, err := New("xx", files(c.words, c.triggers), nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q/%q: error %v, want %q", c.words, c.triggers, err, c.want)
		}
	}
}
