// Package en is the English language of the extractor: its word lists,
// trigger rows and frame rows, embedded from the files beside this one.
package en

import (
	"embed"

	"github.com/kg-news/kg/extract/lang"
)

//go:embed words.tsv names.tsv triggers.tsv frames.tsv
var files embed.FS

// Lang is English; its words take no clitics.
var Lang = lang.Must(lang.New("en", files, nil))
