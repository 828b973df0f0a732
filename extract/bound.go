package extract

import (
	"unicode/utf8"

	"github.com/kg-news/kg/model"
)

// Bounds on what extraction calls a name. A real name is a few words; a
// longer "name" is a run of capitalised words (a headline in capitals, a
// list, a table) that no index should hold: Neo4j refuses index entries
// over about 8 KB, which would make one article fail a whole write.
const (
	MaxNameRunes = 200 // name, name_ar, each alias and mention
	MaxIDBytes   = 256 // entity id
)

// bound drops the entities whose id or names are too long to be names, and
// the relations that name them, and trims over-long aliases and mentions.
func bound(d model.Document) model.Document {
	dropped := map[string]bool{}
	kept := d.Entities[:0]
	for _, e := range d.Entities {
		if len(e.ID) > MaxIDBytes || tooLong(e.Name) || tooLong(e.NameAR) {
			dropped[e.ID] = true
			continue
		}
		e.Aliases = shortOnly(e.Aliases)
		e.Mentions = shortOnly(e.Mentions)
		kept = append(kept, e)
	}
	d.Entities = kept
	if len(dropped) == 0 {
		return d
	}
	rels := d.Relations[:0]
	for _, r := range d.Relations {
		if !dropped[r.Subject] && !dropped[r.Object] {
			rels = append(rels, r)
		}
	}
	d.Relations = rels
	return d
}

func tooLong(s string) bool {
	return len(s) > MaxNameRunes && utf8.RuneCountInString(s) > MaxNameRunes
}

func shortOnly(list []string) []string {
	out := list[:0]
	for _, s := range list {
		if !tooLong(s) {
			out = append(out, s)
		}
	}
	return out
}
