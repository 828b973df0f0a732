// Package ar is the Arabic language of the extractor: its word lists,
// trigger rows and frame rows, embedded from the files beside this one, and
// how a word reads without its clitics (Variants).
package ar

import (
	"embed"

	"github.com/kg-news/kg/extract/lang"
)

//go:embed words.tsv names.tsv triggers.tsv frames.tsv
var files embed.FS

// Lang is Arabic.
var Lang = lang.Must(lang.New("ar", files, Variants))
