package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/kg-news/kg/model"
)

func TestZZDebug(t *testing.T) {
	txt := os.Getenv("DBG")
	if txt == "" {
		t.Skip()
	}
	d := newDoc(model.Article{ID: "t", Text: txt})
	for _, st := range testX.stages {
		st.Run(d)
	}
	for i, tk := range d.Tokens {
		fmt.Printf("%d:%s[%v] ", i, tk.Norm, tk.Forms)
	}
	fmt.Println()
	for _, m := range d.Mentions {
		fmt.Printf("M %d-%d %s %s %q cue=%s\n", m.From, m.To, m.Type, m.Key, m.Surface, m.Cue)
	}
	for _, r := range d.Relations {
		fmt.Printf("R %s %s %s %v\n", r.Subj, r.Pred, r.Obj, r.Money)
	}
}

func TestZZFrames(t *testing.T) {
	txt := os.Getenv("DBG")
	if txt == "" {
		t.Skip()
	}
	d := newDoc(model.Article{ID: "t", Text: txt})
	for _, st := range testX.stages[:4] {
		st.Run(d)
	}
	fmt.Println("lang", d.Lang, len(d.Sentences), len(d.Mentions), len(frameRows[d.Lang]))
	for i, tk := range d.Tokens {
		for _, r := range frameRows[d.Lang][tk.Norm] {
			m, ok := matchRow(d, d.Sentences[0], newSpanMap(d, mentionsIn(d, d.Sentences[0])), r, i)
			fmt.Println("try", i, tk.Norm, tk.Forms, r.line, ok, m.subj, m.obj)
		}
	}
	for si, s := range d.Sentences {
		for _, r := range readFrames(d, si, partiesOnly(d, mentionsIn(d, s))) {
			fmt.Printf("F s%d %s %s %s %v\n", si, r.Subj, r.Pred, r.Obj, r.Money)
		}
	}
}
