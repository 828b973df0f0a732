package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/kg-news/kg/model"
)

// ReadFIRE reads one split of the FIRE financial relation dataset (Hamad et
// al., "FIRE: A Dataset for FInancial Relation Extraction", NAACL Findings
// 2024, CC BY 4.0) as English articles of one sentence each, with gold in
// this package's terms (eval/firegold writes them out for score.py):
// Company and Person spans are entities; Company -ActionBuy-> Company is
// ACQUIRED (FIRE does not tell an agreed purchase from an offer); Person
// -Employeeof-> Company is CEO_OF when the person's Designation says chief
// executive. Other FIRE relations have no kg predicate.
func ReadFIRE(path string) ([]model.Article, map[string]Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var insts []fireInstance
	if err := json.Unmarshal(b, &insts); err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	base := strings.TrimSuffix(filepath.Base(path), ".json")
	arts := make([]model.Article, 0, len(insts))
	golds := make(map[string]Gold, len(insts))
	for n, in := range insts {
		id := fmt.Sprintf("%s-%04d", base, n)
		arts = append(arts, model.Article{ID: id, Source: path, Lang: "en", Text: detok(in.Tokens)})
		golds[id] = in.gold(id)
	}
	return arts, golds, nil
}

type fireInstance struct {
	Tokens   []string `json:"tokens"`
	Entities []struct {
		Type  string `json:"type"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"entities"`
	Relations []struct {
		Type string `json:"type"`
		Head int    `json:"head"`
		Tail int    `json:"tail"`
	} `json:"relations"`
}

var fireCEO = regexp.MustCompile(`(?i)\b(ceo|chief executive)`)

func (in fireInstance) span(i int) string {
	e := in.Entities[i]
	if e.Start < 0 || e.Start >= e.End || e.End > len(in.Tokens) {
		return ""
	}
	return detok(in.Tokens[e.Start:e.End])
}

func (in fireInstance) gold(id string) Gold {
	g := Gold{Article: id, Lang: "en", Entities: []GoldEntity{}, Relations: []GoldRelation{}} // lists, never null, for score.py
	keys := map[int]string{}
	index := map[string]int{}
	for i, e := range in.Entities {
		text := in.span(i)
		if (e.Type != "Company" && e.Type != "Person") || text == "" {
			continue
		}
		names := FIRENames(text)
		k := Norm(names[len(names)-1])
		keys[i] = k
		if j, ok := index[k]; ok {
			g.Entities[j].Names = append(g.Entities[j].Names, names...)
			continue
		}
		index[k] = len(g.Entities)
		g.Entities = append(g.Entities, GoldEntity{Key: k, Type: e.Type, Names: names})
	}
	titles := map[int]string{}
	for _, r := range in.Relations {
		if r.Type == "Designation" && r.Tail < len(in.Entities) {
			titles[r.Head] += " " + in.span(r.Tail)
		}
	}
	seen := map[string]bool{}
	for _, r := range in.Relations {
		s, ok1 := keys[r.Head]
		o, ok2 := keys[r.Tail]
		pred := ""
		switch {
		case !ok1 || !ok2:
		case r.Type == "ActionBuy":
			pred = model.Acquired
		case r.Type == "Employeeof" && fireCEO.MatchString(titles[r.Head]):
			pred = model.CEOOf
		}
		if pred != "" && !seen[s+pred+o] {
			seen[s+pred+o] = true
			g.Relations = append(g.Relations, GoldRelation{Subject: Key(s), Predicate: pred, Object: Key(o)})
		}
	}
	return g
}

// FIRE's company spans carry legal forms, possessives and a bracketed short
// name ("Acme Widgets, Inc.'s ("Acme")"); the gold of ../shared/corpus names
// an entity as written and also without them.
var (
	fireLegal = regexp.MustCompile(`(?i)[, ]+(inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|plc|n\.v|s\.a|ag|lp|l\.p|llp)\.?$`)
	fireAlias = regexp.MustCompile(`^(.*?)\s*\(\s*["“]?\s*(.*?)\s*["”]?\s*\)$`)
)

// FIRENames is a FIRE span's text and its shorter forms, the last one the
// bare name.
func FIRENames(text string) []string {
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

// detok joins FIRE's tokens the way the text was written: no space before
// closing punctuation or a clitic, none after an opening bracket or a
// currency sign.
func detok(toks []string) string {
	var b strings.Builder
	glue := true
	for _, t := range toks {
		if !glue && !fireClosers[t] {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		glue = t == "(" || t == "[" || t == "$" || t == "“"
	}
	return b.String()
}

var fireClosers = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true, "]": true,
	"%": true, "'s": true, "’s": true, "n't": true, "?": true, "!": true, "”": true}
