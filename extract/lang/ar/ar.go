// Package ar is the Arabic language of the extractor: its words, trigger
// rows and frame rows, embedded from the files beside this one, and the
// entity finder's vocabulary of extract/ar under list names.
package ar

import (
	"embed"

	vocab "github.com/kg-news/kg/extract/ar"
	"github.com/kg-news/kg/extract/lang"
)

//go:embed words.tsv triggers.tsv frames.tsv
var files embed.FS

// Lang is Arabic.
var Lang = lang.Must(lang.New("ar", files, map[string]map[string]bool{
	"company-cues":        vocab.CompanyCues,
	"strong-company-cues": vocab.StrongCompanyCues,
	"anaphors":            vocab.Anaphors,
	"legal-forms":         vocab.CompanySuffixes,
	"org-cues":            vocab.OrgCues,
	"person-titles":       vocab.PersonTitles,
	"name-joiners":        vocab.NameJoiners,
	"months":              vocab.Months,
	"function-words":      vocab.Function,
}))
