package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/kg-news/kg/model"
)

func TestDebugMentions(t *testing.T) {
	f := os.Getenv("KG_DEBUG_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := newDoc(model.Article{ID: "x", Text: string(b)})
	for _, s := range testX.stages {
		s.Run(d)
	}
	for _, m := range d.Mentions {
		fmt.Printf("%-12s %-13s %-30s %s\n", m.Cue, m.Type, m.Surface, m.Key)
	}
	for _, r := range d.Relations {
		ev := d.Text[d.Sentences[r.Sent].Start:d.Sentences[r.Sent].End]
		if len(ev) > 120 {
			ev = ev[:120]
		}
		fmt.Printf("REL %s -%s-> %s :: %s\n", r.Subj, r.Pred, r.Obj, ev)
	}
}
