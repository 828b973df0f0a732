package extract

import (
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

func TestBound(t *testing.T) {
	long := strings.Repeat("Word ", 41) // 205 runes
	arLong := strings.Repeat("كلمة ", 41)
	tests := []struct {
		name      string
		in        model.Entity
		keep      bool
		aliases   int
		relations int
	}{
		{"short", model.Entity{ID: "acme", Name: "Acme", Aliases: []string{"Acme"}}, true, 1, 1},
		{"long name", model.Entity{ID: "acme", Name: long}, false, 0, 0},
		{"long arabic name", model.Entity{ID: "acme", NameAR: arLong}, false, 0, 0},
		{"long id", model.Entity{ID: strings.Repeat("x", MaxIDBytes+1), Name: "X"}, false, 0, 0},
		{"200 runes is a name", model.Entity{ID: "acme", Name: strings.Repeat("ا", 200)}, true, 0, 1},
		{"long alias dropped", model.Entity{ID: "acme", Name: "Acme", Aliases: []string{"Acme", long}}, true, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			other := model.Entity{ID: "beta", Name: "Beta"}
			d := bound(model.Document{
				Entities:  []model.Entity{tc.in, other},
				Relations: []model.Relation{{Subject: tc.in.ID, Predicate: model.Acquired, Object: "beta"}},
			})
			kept := len(d.Entities) == 2
			if kept != tc.keep || len(d.Relations) != tc.relations {
				t.Fatalf("entities %v relations %v; want kept=%v and %d relations", d.Entities, d.Relations, tc.keep, tc.relations)
			}
			if kept && len(d.Entities[0].Aliases) != tc.aliases {
				t.Errorf("aliases %q, want %d", d.Entities[0].Aliases, tc.aliases)
			}
		})
	}
}

// TestCapitalisedRunIsNoName: ~8 KB of capitalised words, which Neo4j
// would refuse to index as a name, give no entity.
func TestCapitalisedRunIsNoName(t *testing.T) {
	text := "Microsoft invested $1 billion in OpenAI.\n\n" + strings.Repeat("Alpha Bravo Charlie Delta ", 320) + "\n"
	d := testX.Extract(model.Article{ID: "caps", Text: text})
	for _, e := range d.Entities {
		if len(e.ID) > MaxIDBytes || len([]rune(e.Name)) > MaxNameRunes || len([]rune(e.NameAR)) > MaxNameRunes {
			t.Errorf("entity %.60q (id %d bytes) kept", e.Name, len(e.ID))
		}
	}
	if len(d.Entities) == 0 {
		t.Error("the good sentence's entities were lost too")
	}
}
