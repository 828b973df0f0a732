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
	for _, a := range arts {
		ex = append(ex, label(rules, a, goldNames(golds[a.ID]))...)
	}
	pos := 0
	for _, x := range ex {
		if x.Name {
			pos++
		}
	}
	fmt.Fprintf(os.Stderr, "fire: %d proposals, %d of them names\n", len(ex), pos)
	return ex, nil
}
