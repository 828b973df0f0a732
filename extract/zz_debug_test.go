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
