// Package lang is the extractor's view of a language: a small interface that
// each language package (lang/ar, lang/en) implements from embedded data
// files, so that a new language is one package plus its data.
//
// A language package holds four files:
//   - words.tsv: named word lists of the relation rules (cue words of the
//     sentence rules, status and negation cues, the words of each trigger
//     guard, number words ...);
//   - names.tsv: the entity finder's word lists, in the same format
//     (company cues, legal forms, titles, stop words, months ...);
//   - triggers.tsv: trigger words with their frame, kind, status and guards;
//   - frames.tsv: frame rows, patterns of words and argument slots.
//
// and, in code, how a word reads with its clitics removed (Variants).
package lang

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// Language is one language's data.
type Language interface {
	// Code is the ISO 639-1 code: "ar", "en".
	Code() string
	// Words is the named word list, folded as the tokens are (norm.Key),
	// in file order; nil if the language has no such list.
	Words(list string) []string
	// Triggers are the rows of triggers.tsv.
	Triggers() []Trigger
	// Frames is the text of frames.tsv and its name for errors.
	Frames() (name, text string)
	// Variants are the ways to read a folded word with its clitics
	// removed, the word itself first, and the number of letters removed
	// for each (Arabic "وأوراكل" -> أوراكل); a language without clitics
	// gives the word alone.
	Variants(word string) (forms []string, prefix []int)
}

// Trigger is one row of triggers.tsv: words that announce a frame.
type Trigger struct {
	Via    string   // the trigger's name in relation provenance ("trigger:"+Via), a feature of the relation scorer
	Frame  string   // acquire | bid | invest | found | role | venture
	Kind   string   // verb | noun | sale (the buyer after "to"/"إلى")
	Status string   // the deal status a plain reading has, or "-"
	Guards []string // named guards, run in the registry's order
	Forms  []string // folded words; a trailing * matches any ending
	Line   string   // file:line
}

// data is a Language read from an embedded file system.
type data struct {
	code     string
	words    map[string][]string
	triggers []Trigger
	frames   string
	variants func(string) ([]string, []int)
}

func (l *data) Code() string               { return l.code }
func (l *data) Words(list string) []string { return l.words[list] }
func (l *data) Triggers() []Trigger        { return l.triggers }
func (l *data) Frames() (string, string)   { return l.code + "/frames.tsv", l.frames }

func (l *data) Variants(w string) ([]string, []int) {
	if l.variants == nil {
		return []string{w}, noPrefix
	}
	return l.variants(w)
}

var noPrefix = []int{0}

// New reads a language's data files from files (words.tsv, names.tsv,
// triggers.tsv, frames.tsv at its root). variants reads a word without its
// clitics; nil for a language that has none. A bad file is an error naming
// the file and line.
func New(code string, files fs.FS, variants func(string) ([]string, []int)) (Language, error) {
	l := &data{code: code, words: map[string][]string{}, variants: variants}
	read := func(name string) (string, error) {
		b, err := fs.ReadFile(files, name)
		if err != nil {
			return "", fmt.Errorf("lang %s: %w", code, err)
		}
		return string(b), nil
	}
	home := map[string]string{} // list -> the file it is in
	for _, name := range []string{"words.tsv", "names.tsv"} {
		text, err := read(name)
		if err != nil {
			return nil, err
		}
		if err := eachRow(code+"/"+name, text, 2, func(line string, cols []string) error {
			if f, ok := home[cols[0]]; ok && f != name {
				return fmt.Errorf("list %q is also in %s", cols[0], f)
			}
			home[cols[0]] = name
			l.words[cols[0]] = append(l.words[cols[0]], strings.Split(cols[1], "|")...)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	text, err := read("triggers.tsv")
	if err != nil {
		return nil, err
	}
	if err := eachRow(code+"/triggers.tsv", text, 6, func(line string, c []string) error {
		t := Trigger{Via: c[0], Frame: c[1], Kind: c[2], Status: c[3], Forms: strings.Split(c[5], "|"), Line: line}
		switch t.Kind {
		case "verb", "noun", "sale":
		default:
			return fmt.Errorf("unknown kind %q", t.Kind)
		}
		if c[4] != "-" {
			t.Guards = strings.Split(c[4], ",")
		}
		l.triggers = append(l.triggers, t)
		return nil
	}); err != nil {
		return nil, err
	}
	if l.frames, err = read("frames.tsv"); err != nil {
		return nil, err
	}
	return l, nil
}

// eachRow calls f on each row of a tab-separated file with n columns,
// skipping blank lines and # comments.
func eachRow(name, text string, n int, f func(line string, cols []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(nil, 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != n {
			return fmt.Errorf("%s:%d: want %d tab-separated columns, have %d", name, ln, n, len(cols))
		}
		if err := f(fmt.Sprintf("%s:%d", name, ln), cols); err != nil {
			return fmt.Errorf("%s:%d: %v", name, ln, err)
		}
	}
	return sc.Err()
}

// Must is New for the embedded data of a language package: a bad file is a
// build defect, caught by any test.
func Must(l Language, err error) Language {
	if err != nil {
		panic(err)
	}
	return l
}
