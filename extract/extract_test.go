package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-news/kg/model"
)

var testX = func() *Extractor {
	x, err := New(Options{})
	if err != nil {
		panic(err)
	}
	return x
}()

func has(doc model.Document, subj, pred, obj string, amount float64) bool {
	for _, r := range doc.Relations {
		if r.Subject == subj && r.Predicate == pred && r.Object == obj && (amount == 0 || r.Amount == amount) {
			return true
		}
	}
	return false
}

// Sentences written for these tests, about made-up companies on no list:
// the rules must read them from their shape alone.
func TestRelationsOnUnseenNames(t *testing.T) {
	cases := []struct {
		name, text      string
		subj, pred, obj string
		amount          float64
	}{
		{"ar verb-first acquisition", "استحوذت شركة زيتونة القابضة على شركة نخلة مقابل 2.5 مليار دولار.", "zytwnh-alqabdh", model.Acquired, "nkhlh", 2.5e9},
		{"en acquisition", "Brightwave Capital agreed to acquire Tallgrass Robotics for $1.2 billion, the companies said.", "brightwave-capital", model.Acquired, "tallgrass-robotics", 1.2e9},
		{"en passive acquisition", "Tallgrass Robotics was acquired by Brightwave Capital in 2021.", "brightwave-capital", model.Acquired, "tallgrass-robotics", 0},
		{"en title", "Maria Lindqvist, chief executive of Tallgrass Robotics, said the deal was good.", "maria-lindqvist", model.CEOOf, "tallgrass-robotics", 0},
		{"en known company", "Microsoft invested $10 billion in Tallgrass Robotics.", "microsoft", model.InvestedIn, "tallgrass-robotics", 10e9},
	}
	for _, c := range cases {
		doc := testX.Extract(model.Article{ID: "t", Text: c.text})
		if !has(doc, c.subj, c.pred, c.obj, c.amount) {
			t.Errorf("%s: want %s -%s-> %s %v; got %+v / %+v", c.name, c.subj, c.pred, c.obj, c.amount, doc.Relations, doc.Entities)
		}
	}
}

func TestDenialGivesNoRelation(t *testing.T) {
	for _, text := range []string{
		"Brightwave Capital said it does not intend to make an offer for Tallgrass Robotics.",
		"وقالت شركة زيتونة إنها لا تعتزم تقديم عرض للاستحواذ على شركة نخلة.",
	} {
		doc := testX.Extract(model.Article{ID: "t", Text: text})
		for _, r := range doc.Relations {
			if r.Predicate == model.BidFor || r.Predicate == model.Acquired {
				t.Errorf("%q: denial read as %+v", text, r)
			}
		}
	}
}

func TestOneEntityAcrossLanguages(t *testing.T) {
	ar := testX.Extract(model.Article{ID: "a", Text: "قدم إيلون ماسك عرضا لشراء أوبن إيه آي."})
	en := testX.Extract(model.Article{ID: "b", Text: "Elon Musk made an offer to buy OpenAI."})
	ids := func(d model.Document) string {
		var s []string
		for _, e := range d.Entities {
			s = append(s, e.ID)
		}
		return strings.Join(s, ",")
	}
	if !strings.Contains(ids(ar), "elon-musk") || !strings.Contains(ids(en), "elon-musk") {
		t.Fatalf("ids differ: ar=%s en=%s", ids(ar), ids(en))
	}
}

func TestBadInputNeverPanics(t *testing.T) {
	inputs := []string{"", "\x00\x01\xff\xfe", strings.Repeat("مليار ", 2000), strings.Repeat("A", 100000), "$$$ ٫٫٫ bn", "\"«»“”", "لـ", "ل97.4"}
	for _, in := range inputs {
		_ = testX.Extract(model.Article{ID: "x", Text: in})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"استحوذت شركة أوبر على كريم مقابل 3.1 مليار دولار", "Microsoft invested $13bn in OpenAI.", "\xff", "تحت مسمى \"ستارجيت\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := testX.Extract(model.Article{ID: "f", Text: s})
		for _, e := range doc.Entities {
			if !utf8.ValidString(e.Name) || !utf8.ValidString(e.NameAR) || e.ID == "" {
				t.Fatalf("bad entity %+v", e)
			}
		}
	})
}

// A 50 MB input (the dev articles over and over) is read piece by piece:
// a clean result, and memory that does not grow with the input.
func TestVeryLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	var b strings.Builder
	unit := "استحوذت شركة زيتونة القابضة على شركة نخلة مقابل 2.5 مليار دولار.\nBrightwave Capital agreed to acquire Tallgrass Robotics for $1.2 billion.\n\n"
	for b.Len() < 50<<20 {
		b.WriteString(unit)
	}
	doc := testX.Extract(model.Article{ID: "big", Text: b.String()})
	if len(doc.Relations) != 2 || len(doc.Entities) != 4 {
		t.Fatalf("50 MB input: %d entities, %d relations; want 4 and 2", len(doc.Entities), len(doc.Relations))
	}
}

func TestChunksKeepText(t *testing.T) {
	text := strings.Repeat("أوبن إيه آي\n\nMicrosoft ", 5000)
	parts := chunks(text, 1000)
	if strings.Join(parts, "") != text {
		t.Fatal("chunks lost text")
	}
	for _, p := range parts {
		if len(p) > 1000 || !utf8.ValidString(p) {
			t.Fatalf("bad chunk of %d bytes", len(p))
		}
	}
}

// TestInvisibleControlsStripped: zero-width and bidi control characters
// inside names neither cut them nor make look-alike entities.
func TestInvisibleControlsStripped(t *testing.T) {
	cases := []struct{ dirty, clean string }{
		{"Brightwave Cap\u200bital agreed to acquire Tall\u200dgrass Robo\u2066tics\u2069 for $1.2 billion, the companies said.",
			"Brightwave Capital agreed to acquire Tallgrass Robotics for $1.2 billion, the companies said."},
		{"\ufeffاستحوذت شركة زيتو\u200fنة القابضة على شركة \u202bنخلة\u202c\u061c مقابل 2.5 مليار دولار.",
			"استحوذت شركة زيتونة القابضة على شركة نخلة مقابل 2.5 مليار دولار."},
	}
	for _, c := range cases {
		got := testX.Extract(model.Article{ID: "t", Text: c.dirty, Title: c.dirty})
		want := testX.Extract(model.Article{ID: "t", Text: c.clean, Title: c.clean})
		if fmt.Sprint(got.Entities) != fmt.Sprint(want.Entities) || fmt.Sprint(got.Relations) != fmt.Sprint(want.Relations) {
			t.Errorf("%q:\n got %+v %+v\nwant %+v %+v", c.clean, got.Entities, got.Relations, want.Entities, want.Relations)
		}
		if len(want.Relations) == 0 {
			t.Errorf("%q: no relation read at all", c.clean)
		}
		if got.Article.Title != c.clean {
			t.Errorf("title %q, want %q", got.Article.Title, c.clean)
		}
	}
}
