// Package en is the English language of the extractor: its words, trigger
// rows and frame rows, embedded from the files beside this one, and the
// entity finder's vocabulary of extract/en under list names.
package en

import (
	"embed"

	vocab "github.com/kg-news/kg/extract/en"
	"github.com/kg-news/kg/extract/lang"
)

//go:embed words.tsv triggers.tsv frames.tsv
var files embed.FS

// Lang is English.
var Lang = lang.Must(lang.New("en", files, map[string]map[string]bool{
	"company-nouns": vocab.CompanyNouns,
	"legal-forms":   vocab.CompanyWords,
	"org-cues":      vocab.OrgWords,
	"person-titles": vocab.PersonTitles,
	"name-joiners":  vocab.NameJoiners,
	"months":        vocab.Months,
	"stop-words":    vocab.Stop,
}))
