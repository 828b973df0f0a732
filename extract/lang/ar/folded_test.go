package ar

import (
	"strings"
	"testing"

	"github.com/kg-news/kg/extract/norm"
)

// TestDataIsFolded: tokens are matched by their folded form (ة→ه, أ→ا,
// ى→ي, ئ→ي, ؤ→و), so a word written unfolded in a data file ("على",
// "المئة", "ائتلاف") would never match anything.
func TestDataIsFolded(t *testing.T) {
	for _, name := range []string{"words.tsv", "names.tsv", "triggers.tsv", "frames.tsv"} {
		b, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("\t |?~*", r) }) {
				if strings.ContainsFunc(w, norm.IsArabic) && norm.Fold(w) != w {
					t.Errorf("%s:%d: %q is not folded (write %q)", name, n+1, w, norm.Fold(w))
				}
			}
		}
	}
}
