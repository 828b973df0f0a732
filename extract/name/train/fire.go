package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/kg-news/kg/eval"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/model"
)

// fireInstance is one sentence of the FIRE financial relation dataset
// (Hamad et al., NAACL Findings 2024, CC BY 4.0): tokens and typed spans.
type fireInstance struct {
	Tokens   []string `json:"tokens"`
	Entities []struct {
		Type  string `json:"type"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"entities"`
}

// fireNameTypes are FIRE's span types that are names kg keeps; its
// Product, Location, BusinessUnit and FinancialEntity spans are the
// negatives the scorer must learn (products next to companies, places).
var fireNameTypes = map[string]bool{"Company": true, "Person": true}

// fireExamples labels the rules' proposals on FIRE's English sentences
// (business news and filings): in-domain examples far more numerous than
// the tuning slices. Files are *.json in dir; none is read at run time.
func fireExamples(rules *extract.Extractor, dir string) ([]name.Example, error) {
	paths := []string{dir}
	if !strings.HasSuffix(dir, ".json") {
		var err error
		if paths, err = filepath.Glob(filepath.Join(dir, "fire_*.json")); err != nil {
			return nil, err
		}
	}
	var ex []name.Example
	for _, p := range paths {
		if strings.HasSuffix(p, "fire_types.json") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var inst []fireInstance
		if err := json.Unmarshal(b, &inst); err != nil {
			return nil, err
		}
		for i, in := range inst {
			ex = append(ex, labelFire(rules, filepath.Base(p)+strconv.Itoa(i), in)...)
		}
	}
	pos := 0
	for _, e := range ex {
		if e.Name {
			pos++
		}
	}
	fmt.Fprintf(os.Stderr, "fire: %d proposals, %d of them names\n", len(ex), pos)
	return ex, nil
}

func labelFire(rules *extract.Extractor, id string, in fireInstance) []name.Example {
	known := map[string]bool{}
	for _, e := range in.Entities {
		if fireNameTypes[e.Type] && e.Start < e.End && e.End <= len(in.Tokens) {
			for _, n := range fireNames(detok(in.Tokens[e.Start:e.End])) {
				known[eval.Norm(n)] = true
			}
		}
	}
	var ex []name.Example
	a := model.Article{ID: "fire:" + id, Lang: "en", Text: detok(in.Tokens)}
	for _, c := range rules.Candidates(a) {
		hit := false
		for _, n := range c.Names {
			hit = hit || n != "" && known[eval.Norm(n)]
		}
		ex = append(ex, name.Example{Feats: c.Feats, Name: hit})
	}
	return ex
}

// FIRE's company spans carry legal forms, possessives and a bracketed
// short name ("Acme Widgets, Inc.'s ("Acme")"); kg's names, like the
// gold of the real corpus, are the name with and without them.
var (
	fireLegal = regexp.MustCompile(`(?i)[, ]+(inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|plc|n\.v|s\.a|ag|lp|l\.p|llp)\.?$`)
	fireAlias = regexp.MustCompile(`^(.*?)\s*\(\s*["“]?\s*(.*?)\s*["”]?\s*\)$`)
)

func fireNames(text string) []string {
	out := []string{text}
	cut := func(s string) string {
		for _, p := range []string{" 's", "'s", "’s"} {
			s = strings.TrimSuffix(s, p)
		}
		return strings.TrimRight(s, " ,")
	}
	text = cut(text)
	out = append(out, text)
	if m := fireAlias.FindStringSubmatch(text); m != nil {
		text = cut(m[1])
		out = append(out, text, m[2])
	}
	for fireLegal.MatchString(text) {
		text = fireLegal.ReplaceAllString(text, "")
		out = append(out, text)
	}
	return out
}

// detok joins FIRE's tokens the way the text was written: no space
// before closing punctuation or a clitic, none after an opening bracket
// or a currency sign.
func detok(toks []string) string {
	var b strings.Builder
	glue := true
	for _, t := range toks {
		if !glue && !closesLeft(t) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		glue = t == "(" || t == "[" || t == "$" || t == "“"
	}
	return b.String()
}

func closesLeft(t string) bool {
	switch t {
	case ",", ".", ";", ":", ")", "]", "%", "'s", "’s", "n't", "?", "!", "”":
		return true
	}
	return false
}
