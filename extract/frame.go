package extract

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/kg-news/kg/model"
)

// A frame row is one way a language says a predicate: a pattern of words
// and argument slots around an anchor word, how the slots that the pattern
// does not hold are found (the company that raised a round, the company
// named before, the story's topic), which money figure is the deal's, and
// small named guards. Rows live in extract/lang/LANG/frames.tsv; this file
// reads and matches them, frame_args.go fills the arguments.

// frameDef is what a frame family means.
type frameDef struct {
	pred, status string
}

// frames are the predicate families. A new predicate is one entry here
// plus its rows in the language files.
var frames = map[string]frameDef{
	"acquire": {model.Acquired, model.Completed},
	"bid":     {model.BidFor, model.Proposed},
	"invest":  {model.InvestedIn, model.Completed},
	"found":   {model.Founded, ""},
	"role":    {model.CEOOf, ""},
	"venture": {model.PartnerIn, model.Announced},
}

const (
	elWord = iota
	elSlot
	elSkip
)

// elem is one step of a pattern.
type elem struct {
	kind   int
	words  map[string]bool
	opt    bool // ?word: may be absent
	clitic bool // ~word: also with a clitic glued on
	slot   byte // 'S', 'O', 'P'
	list   bool // S+: "A, B and C"
	n      int  // _N: how many words may be skipped
	names  bool // *N: the skipped words may hold names
}

// frameRow is one parsed row of a frames.tsv file.
type frameRow struct {
	frames       []string
	left, right  []elem // elements before the anchor (nearest first) and after it
	anchor       elem
	amount       string
	subjBy, objB string
	guards       []string
	line         string // file:line, for errors and tests
}

// parseFrames reads one language's rows; a bad row is an error naming its
// file and line.
func parseFrames(name, text string) ([]frameRow, error) {
	var rows []frameRow
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 6 {
			return nil, fmt.Errorf("%s:%d: want 6 tab-separated columns, have %d", name, n, len(cols))
		}
		r, err := parseRow(cols)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		r.line = fmt.Sprintf("%s:%d", name, n)
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

func parseRow(cols []string) (frameRow, error) {
	r := frameRow{amount: cols[2], subjBy: cols[3], objB: cols[4]}
	for _, f := range strings.Split(cols[0], ",") {
		if _, ok := frames[f]; !ok {
			return r, fmt.Errorf("unknown frame %q", f)
		}
		r.frames = append(r.frames, f)
	}
	if cols[5] != "-" {
		for _, g := range strings.Split(cols[5], ",") {
			if frameGuards[g] == nil {
				return r, fmt.Errorf("unknown guard %q", g)
			}
			r.guards = append(r.guards, g)
		}
	}
	switch r.amount {
	case "none", "round", "closed", "after":
	default:
		return r, fmt.Errorf("unknown amount %q", r.amount)
	}
	for _, by := range []string{r.subjBy, r.objB} {
		if by != "-" && argFinders[by] == nil {
			return r, fmt.Errorf("unknown argument finder %q", by)
		}
	}
	var els []elem
	for _, f := range strings.Fields(cols[1]) {
		els = append(els, parseElem(f))
	}
	a := anchorOf(els)
	if a < 0 {
		return r, fmt.Errorf("pattern %q has no plain word to anchor it", cols[1])
	}
	r.anchor = els[a]
	for i := a - 1; i >= 0; i-- {
		r.left = append(r.left, els[i])
	}
	r.right = els[a+1:]
	return r, nil
}

func parseElem(f string) elem {
	switch {
	case f == "S" || f == "O" || f == "P" || f == "S+" || f == "O+" || f == "P+":
		return elem{kind: elSlot, slot: f[0], list: len(f) == 2}
	case len(f) > 1 && (f[0] == '_' || f[0] == '*') && f[1] >= '0' && f[1] <= '9':
		n := 0
		fmt.Sscanf(f[1:], "%d", &n)
		return elem{kind: elSkip, n: n, names: f[0] == '*'}
	}
	e := elem{kind: elWord, words: map[string]bool{}}
	if strings.HasPrefix(f, "?") {
		e.opt, f = true, f[1:]
	}
	for _, w := range strings.Split(f, "|") {
		if strings.HasPrefix(w, "~") {
			e.clitic, w = true, w[1:]
		}
		if w != "-" { // a hyphen alone is the mark itself ("X - backed")
			w = strings.ReplaceAll(w, "-", " ")
		}
		e.words[w] = true
	}
	return e
}

// anchorOf picks the first required word that is not punctuation.
func anchorOf(els []elem) int {
	first := -1
	for i, e := range els {
		if e.kind != elWord || e.opt {
			continue
		}
		if first < 0 {
			first = i
		}
		for w := range e.words {
			if len(w) > 1 {
				return i
			}
		}
	}
	return first
}

// frameIndex finds the rows of a language by anchor word.
type frameIndex map[string][]*frameRow

func buildIndex(rows []frameRow) frameIndex {
	ix := frameIndex{}
	for k := range rows {
		for w := range rows[k].anchor.words {
			ix[w] = append(ix[w], &rows[k])
		}
	}
	return ix
}

// frameRows are the rows of each language, read once from the embedded files.
var frameRows = func() map[string]frameIndex {
	out := map[string]frameIndex{}
	for _, l := range languages {
		rows, err := parseFrames(l.Frames())
		if err != nil {
			panic(err) // embedded at build time: a bad row is a build defect
		}
		out[l.Code()] = buildIndex(rows)
	}
	return out
}()

// wordOK reports whether token t is one of the element's words.
func (e *elem) wordOK(t *Token) bool {
	if e.words[t.Norm] {
		return true
	}
	if e.clitic {
		for _, f := range t.Forms[1:] {
			if e.words[f] {
				return true
			}
		}
	}
	return false
}
