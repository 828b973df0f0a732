package eval

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/kg-news/kg/model"
	"github.com/kg-news/kg/source"
)

// ReadRealTexts reads the rebuilt real-corpus texts in dir (NNN.txt: a
// url/lang/title header, "---", the body) as ../shared/corpus/real/inputs.sh
// hands them to kg extract: the title, a blank line, the body. A file
// without the header or that is no article is left out.
func ReadRealTexts(dir string) ([]model.Article, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "[0-9][0-9][0-9].txt"))
	if err != nil {
		return nil, err
	}
	var out []model.Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		head, body, ok := strings.Cut(string(b), "\n---\n")
		if !ok {
			continue
		}
		text := body
		for _, line := range strings.Split(head, "\n") {
			if v, ok := strings.CutPrefix(line, "title: "); ok && !strings.HasPrefix(v, "(untitled") {
				text = v + "\n\n" + body
			}
		}
		a, err := source.FromBytes(filepath.Base(p), []byte(text))
		if err != nil {
			continue
		}
		out = append(out, a)
	}
	return out, nil
}
