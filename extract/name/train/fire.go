package main

import (
	"fmt"
	"os"

	"github.com/kg-news/kg/eval"
	"github.com/kg-news/kg/extract"
	"github.com/kg-news/kg/extract/name"
)

// fireExamples labels the rules' proposals on FIRE's English sentences
// (business news and filings; eval.ReadFIRE): in-domain examples far more
// numerous than the tuning slices. Its Product, Location and BusinessUnit
// spans are among the negatives the scorer learns from. Nothing of FIRE is
// read at run time.
func fireExamples(rules *extract.Extractor, path string) ([]name.Example, error) {
	arts, golds, err := eval.ReadFIRE(path)
	if err != nil {
		return nil, err
	}
	var ex []name.Example
	pos := 0
	for _, a := range arts {
		known := map[string]bool{}
		for _, e := range golds[a.ID].Entities {
			for _, n := range e.Names {
				known[eval.Norm(n)] = true
			}
		}
		for _, c := range rules.Candidates(a) {
			hit := false
			for _, n := range c.Names {
				hit = hit || n != "" && known[eval.Norm(n)]
			}
			if hit {
				pos++
			}
			ex = append(ex, name.Example{Feats: c.Feats, Name: hit})
		}
	}
	fmt.Fprintf(os.Stderr, "fire: %d proposals, %d of them names\n", len(ex), pos)
	return ex, nil
}
