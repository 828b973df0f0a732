package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-news/kg/eval"
	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

// Wire-copy floors: testdata/wire holds English M&A and funding stories
// written for the tests in the shapes of agency and business-press copy
// (datelines, bylines, "valued at $N including debt", "$N a share", "agreed
// to be acquired by", "X-backed Y", a raised offer, a sale of a unit), with
// invented names and gold written by hand in the corpus format
// (../shared/eval/FORMAT.md). They are scored as the real corpus is, so a
// rule fitted to one corpus that breaks a common shape shows here. Run
// with -v to see each error.
var wireFloors = []floor{{"en", "entity", 0.90}, {"en", "relation", 0.70}}

func TestWireCopy(t *testing.T) {
	golds, err := eval.LoadGold("testdata/wire")
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("testdata/wire/*.txt")
	var docs []model.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := source.FromBytes(p, b)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, testX.Extract(a))
	}
	rep := eval.Score(golds, docs)
	var out strings.Builder
	rep.Print(&out, true)
	t.Log("\n" + out.String())
	checkFloors(t, rep, wireFloors)
}
