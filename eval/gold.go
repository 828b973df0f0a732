package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kg-news/kg/model"
)

// Gold is one NAME.gold.json file (format: shared/eval/FORMAT.md).
type Gold struct {
	// Article is the article id the system output is paired by.
	Article string `json:"article"`
	// Lang is the language group the article is counted in; "?" when the
	// file gives none (and "None" when it gives null, as score.py prints it).
	Lang      string         `json:"lang"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
	// Optional are relations that are neither rewarded nor penalised.
	Optional []GoldRelation `json:"optional_relations,omitempty"`
	// File is the file the gold was read from (set by LoadGold). Articles are
	// scored and reported in file name order, as score.py does.
	File string `json:"-"`
	// order is the position of the article key among the sorted gold files
	// (first occurrence), for a faithful order when two files share a key.
	order int
}

// GoldEntity is one annotated entity.
type GoldEntity struct {
	Key   string   `json:"key"`
	Type  string   `json:"type"`
	Names []string `json:"names"`
}

// GoldRelation is one annotated relation. Amount and Currency are nil when
// the gold gives none; Amount keeps its JSON literal because score.py prints
// an integer literal and a float literal differently.
type GoldRelation struct {
	Subject   Keys         `json:"subject"`
	Predicate string       `json:"predicate"`
	Object    Keys         `json:"object"`
	Amount    *json.Number `json:"amount,omitempty"`
	Currency  *string      `json:"currency,omitempty"`
	Status    string       `json:"status,omitempty"`
	Note      string       `json:"note,omitempty"`
}

// Keys is a gold subject or object: one entity key, a list of keys (any of
// which is accepted), or none (absent or null).
type Keys struct {
	Keys []string
	// List says the keys were written as a JSON list.
	List bool
}

// Key is a Keys of one key.
func Key(k string) Keys { return Keys{Keys: []string{k}} }

// AnyOf is a Keys written as a list.
func AnyOf(ks ...string) Keys { return Keys{Keys: ks, List: true} }

// None reports whether no key was given (score.py's None).
func (k Keys) None() bool { return !k.List && len(k.Keys) == 0 }

// Has reports whether key is one of the keys.
func (k Keys) Has(key string) bool {
	for _, x := range k.Keys {
		if x == key {
			return true
		}
	}
	return false
}

// String prints the keys as Python's str does: the key itself, a list as
// ['a', 'b'], or None.
func (k Keys) String() string {
	switch {
	case k.List:
		parts := make([]string, len(k.Keys))
		for i, x := range k.Keys {
			parts[i] = pyRepr(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case len(k.Keys) == 0:
		return "None"
	default:
		return k.Keys[0]
	}
}

// UnmarshalJSON reads a string, a list of strings or null.
func (k *Keys) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*k = Keys{}
		return nil
	case len(b) > 0 && b[0] == '[':
		var list []string
		if err := json.Unmarshal(b, &list); err != nil {
			return fmt.Errorf("keys: want a string or a list of strings: %w", err)
		}
		*k = Keys{Keys: list, List: true}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("keys: want a string or a list of strings: %w", err)
	}
	*k = Key(s)
	return nil
}

// MarshalJSON writes the keys as they were read.
func (k Keys) MarshalJSON() ([]byte, error) {
	switch {
	case k.List:
		if k.Keys == nil {
			return []byte("[]"), nil
		}
		return json.Marshal(k.Keys)
	case len(k.Keys) == 0:
		return []byte("null"), nil
	default:
		return json.Marshal(k.Keys[0])
	}
}

// UnmarshalJSON reads a gold file's object, defaulting lang as score.py
// does.
func (g *Gold) UnmarshalJSON(b []byte) error {
	type plain Gold
	var raw struct {
		plain
		Lang json.RawMessage `json:"lang"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*g = Gold(raw.plain)
	switch l := bytes.TrimSpace(raw.Lang); {
	case len(l) == 0:
		g.Lang = "?"
	case bytes.Equal(l, []byte("null")):
		g.Lang = "None"
	default:
		if err := json.Unmarshal(l, &g.Lang); err != nil {
			return fmt.Errorf("lang: %w", err)
		}
	}
	return nil
}

// LoadGold reads every *.gold.json file in dir, keyed by its "article". When
// two files give the same article, the later file (in name order) wins, as in
// score.py. An unreadable dir or a file that is not a gold object is an error
// naming the file.
func LoadGold(dir string) (map[string]Gold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".gold.json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	golds := make(map[string]Gold, len(names))
	for i, name := range names {
		path := filepath.Join(dir, name)
		g, err := readGold(path)
		if err != nil {
			return nil, err
		}
		g.order = i
		if prev, ok := golds[g.Article]; ok {
			g.order = prev.order
		}
		golds[g.Article] = g
	}
	return golds, nil
}

func readGold(path string) (Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("gold: %w", err)
	}
	if t := bytes.TrimSpace(b); len(t) == 0 || t[0] != '{' {
		return Gold{}, fmt.Errorf("gold %s: not a JSON object", path)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return Gold{}, fmt.Errorf("gold %s: %w", path, err)
	}
	g.File = path
	return g, nil
}

// LoadSystem reads a `kg extract --format jsonl` file: one model.Document per
// non-blank line. An "article" given as a plain string is taken as its id, as
// score.py does. A line that is not a document is an error naming the file
// and line.
func LoadSystem(path string) ([]model.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("system output: %w", err)
	}
	defer f.Close()
	docs, err := ReadSystem(f)
	if err != nil {
		return nil, fmt.Errorf("system output %s: %w", path, err)
	}
	return docs, nil
}

// ReadSystem reads jsonl system output from r; see LoadSystem.
func ReadSystem(r io.Reader) ([]model.Document, error) {
	br := bufio.NewReader(r)
	var docs []model.Document
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			d, derr := decodeDocument(line)
			if derr != nil {
				return nil, fmt.Errorf("line %d: %w", n, derr)
			}
			docs = append(docs, d)
		}
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func decodeDocument(line []byte) (model.Document, error) {
	var raw struct {
		Article   json.RawMessage  `json:"article"`
		Entities  []model.Entity   `json:"entities"`
		Relations []model.Relation `json:"relations"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		return model.Document{}, err
	}
	d := model.Document{Entities: raw.Entities, Relations: raw.Relations}
	a := bytes.TrimSpace(raw.Article)
	switch {
	case len(a) == 0 || bytes.Equal(a, []byte("null")):
	case a[0] == '"':
		if err := json.Unmarshal(a, &d.Article.ID); err != nil {
			return model.Document{}, fmt.Errorf("article: %w", err)
		}
	default:
		if err := json.Unmarshal(a, &d.Article); err != nil {
			return model.Document{}, fmt.Errorf("article: %w", err)
		}
	}
	return d, nil
}
