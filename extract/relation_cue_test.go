package extract

import "testing"

// sentenceHas matches cues at word starts only (after a glued و or ف too),
// whole words unless the cue ends in '*', phrases across spaces.
func TestSentenceHas(t *testing.T) {
	cues := []string{"تنفي", "negotiat*", "called off", "in talks*"}
	cases := []struct {
		folded string
		want   bool
	}{
		{"الشركه تنفي الخبر", true},
		{"ونفت وتنفي الخبر", true},         // glued و
		{"فتنفي", true},                    // glued ف, whole sentence
		{"قالت تنفيذيا", false},            // not a whole word
		{"they are negotiating now", true}, // prefix cue
		{"renegotiating", false},           // not at a word start
		{"the deal was called off", true},
		{"the deal was called offshore", false},
		{"still in talkshow", true}, // a phrase may end in a prefix
		{"", false},
	}
	for _, c := range cases {
		if got := sentenceHas(c.folded, cues); got != c.want {
			t.Errorf("sentenceHas(%q) = %v, want %v", c.folded, got, c.want)
		}
	}
	if sentenceHas("anything", nil) {
		t.Error("no cues matched")
	}
}
