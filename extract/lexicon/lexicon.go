// Package lexicon holds kg's built-in knowledge of names: well-known
// entities with their English and Arabic names, places and nationality words
// (which are never entities), personal first names and job titles. The data
// is embedded in the binary; users add entity files of the same format.
package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	textnorm "github.com/kg-news/kg/extract/norm"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Entry is one known entity.
type Entry struct {
	ID      string
	Type    string
	Name    string
	NameAR  string
	Aliases []string
}

// Title is a job title phrase.
type Title struct {
	Role   string // ceo, founder, cofounder, chair, president, executive, former
	Lang   string
	Phrase string
	Key    string // textnorm.Key(Phrase)
}

// Lexicon answers questions about names. Keys are norm.Key forms.
type Lexicon struct {
	Entries []Entry
	byKey   map[string]int
	byID    map[string]int
	bySkel  map[string]int
	places  map[string]string
	given   map[string]bool
	titles  map[string]Title
	starts  map[string]bool // first words of names and of their skeletons
	prefix  map[string]int  // long Arabic names cut short by one word (أوبن إيه)
	pcues   map[string]PlaceCue
	abbrev  map[string]string // a name's last word and its short form (Company, Co)
	// nationalities are the nationality lines of places.tsv, for the
	// governments they name.
	nationalities [][]string
	// MaxTokens is the longest name, in words, to try when matching.
	MaxTokens int
}

// Load reads the built-in data and the extra entity files.
func Load(extra ...string) (*Lexicon, error) {
	l := &Lexicon{
		byKey:  map[string]int{},
		byID:   map[string]int{},
		bySkel: map[string]int{},
		places: map[string]string{},
		given:  map[string]bool{},
		titles: map[string]Title{},
		starts: map[string]bool{},
		prefix: map[string]int{},
		pcues:  map[string]PlaceCue{},
		abbrev: map[string]string{},
	}
	readers := []struct {
		name string
		fn   func(string, []string) error
	}{
		{"data/abbreviations.tsv", l.addAbbrev},
		{"data/entities.tsv", l.addEntity},
		{"data/places.tsv", l.addPlace},
		{"data/given_names.tsv", l.addGiven},
		{"data/given_names_census.tsv", l.addGiven},
		{"data/titles.tsv", l.addTitle},
		{"data/place_cues.tsv", l.addPlaceCue},
	}
	for _, r := range readers {
		b, err := dataFS.ReadFile(r.name)
		if err != nil {
			continue // a data file not yet shipped leaves that part empty
		}
		if err := parse(r.name, bytes.NewReader(b), r.fn); err != nil {
			return nil, err
		}
	}
	l.addGovernments()
	for _, f := range extra {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", f, err)
		}
		err = parse(f, fh, l.addEntity)
		fh.Close()
		if err != nil {
			return nil, err
		}
	}
	return l, nil
}

func parse(name string, r io.Reader, fn func(string, []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		// A lexicon written in an RTL editor may carry bidi marks; they would
		// make a name that never matches the (cleaned) article text.
		t := textnorm.StripControls(strings.TrimRight(sc.Text(), "\r"))
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		if err := fn(fmt.Sprintf("%s:%d", name, line), strings.Split(t, "\t")); err != nil {
			return fmt.Errorf("lexicon %w", err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	return nil
}

var validTypes = map[string]bool{"Person": true, "Company": true, "Organization": true}

func (l *Lexicon) addEntity(at string, f []string) error {
	if len(f) < 3 {
		return fmt.Errorf("%s: want id, type, name, name_ar, aliases separated by tabs", at)
	}
	for len(f) < 5 {
		f = append(f, "")
	}
	e := Entry{ID: strings.TrimSpace(f[0]), Type: strings.TrimSpace(f[1]), Name: strings.TrimSpace(f[2]), NameAR: strings.TrimSpace(f[3])}
	if e.ID == "" || !validTypes[e.Type] {
		return fmt.Errorf("%s: id must be set and type one of Person, Company, Organization (got %q)", at, e.Type)
	}
	for _, a := range strings.Split(f[4], "|") {
		if a = strings.TrimSpace(a); a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	idx := len(l.Entries)
	l.Entries = append(l.Entries, e)
	if _, dup := l.byID[e.ID]; !dup {
		l.byID[e.ID] = idx
	}
	for _, n := range append([]string{e.Name, e.NameAR}, e.Aliases...) {
		k := textnorm.Key(n)
		if k == "" {
			continue
		}
		if _, dup := l.byKey[k]; !dup {
			l.byKey[k] = idx
		}
		if short := l.abbreviated(k); short != "" {
			if _, dup := l.byKey[short]; !dup {
				l.byKey[short] = idx
			}
		}
		first, _, _ := strings.Cut(k, " ")
		l.starts[first] = true
		if words := strings.Fields(k); len(words) >= 3 && hasArabic(k) && longWords(words[:len(words)-1]) {
			p := strings.Join(words[:len(words)-1], " ")
			if _, dup := l.prefix[p]; !dup {
				l.prefix[p] = idx
			}
		}
		if w := strings.Count(k, " ") + 1; w > l.MaxTokens {
			l.MaxTokens = w
		}
		// Fuzzy spellings only for long Arabic names, where a dropped long
		// vowel is a typo and not another name.
		if sk := textnorm.Skeleton(k); hasArabic(k) && len([]rune(sk)) >= 6 {
			if _, dup := l.bySkel[sk]; !dup {
				l.bySkel[sk] = idx
			}
			first, _, _ := strings.Cut(sk, " ")
			l.starts["~"+first] = true
		}
	}
	return nil
}

func (l *Lexicon) addAbbrev(at string, f []string) error {
	if len(f) != 2 || strings.TrimSpace(f[0]) == "" || strings.TrimSpace(f[1]) == "" {
		return fmt.Errorf("%s: want a word and its short form separated by a tab", at)
	}
	l.abbrev[textnorm.Key(f[0])] = textnorm.Key(f[1])
	return nil
}

// abbreviated is key k with its last word written short, or "" when that
// word has no short form or the name is one word.
func (l *Lexicon) abbreviated(k string) string {
	sp := strings.LastIndexByte(k, ' ')
	if sp < 0 {
		return ""
	}
	if short, ok := l.abbrev[k[sp+1:]]; ok {
		return k[:sp+1] + short
	}
	return ""
}

// longWords reports whether every word has three letters or more, so that a
// cut name is still distinctive ("أوبن إيه", not "مجموعة علي").
func longWords(words []string) bool {
	for _, w := range words {
		if len([]rune(w)) < 3 {
			return false
		}
	}
	w := strings.TrimPrefix(words[0], "ال")
	return !strings.HasPrefix(w, "مجموع") && !strings.HasPrefix(w, "شرك") && !strings.HasPrefix(w, "بنك") && !strings.HasPrefix(w, "مصرف")
}

func hasArabic(s string) bool {
	for _, r := range s {
		if textnorm.IsArabic(r) {
			return true
		}
	}
	return false
}

func (l *Lexicon) addPlace(at string, f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("%s: want kind, en, ar forms", at)
	}
	kind := strings.TrimSpace(f[0])
	names := []string{f[1]}
	if len(f) > 2 {
		names = append(names, strings.Split(f[2], "|")...)
	}
	for _, n := range names {
		if k := textnorm.Key(n); k != "" {
			l.places[k] = kind
		}
	}
	if kind == "nationality" {
		l.nationalities = append(l.nationalities, names)
	}
	return nil
}

// addGovernments makes a government of every nationality entities.tsv does
// not list: "Icelandic Government", الحكومة الآيسلندية, one entity in both
// languages (its Arabic names are the definite feminine forms).
func (l *Lexicon) addGovernments() {
	for _, names := range l.nationalities {
		en := strings.TrimSpace(names[0])
		id := strings.ToLower(en) + "-government"
		if _, known := l.byID[id]; known || !asciiWord(en) {
			continue
		}
		var ar []string
		for _, f := range names[1:] {
			if f = strings.TrimSpace(f); strings.HasPrefix(f, "ال") && strings.HasSuffix(f, "ية") {
				ar = append(ar, "الحكومة "+f)
			}
		}
		if len(ar) == 0 || l.known(en+" government") || l.known(ar[0]) {
			continue
		}
		aliases := append([]string{en + " government"}, ar[1:]...)
		// The fields are built here, so addEntity cannot fail on them.
		_ = l.addEntity("places.tsv: "+en, []string{id, "Organization", en + " Government", ar[0], strings.Join(aliases, "|")})
	}
}

func (l *Lexicon) known(name string) bool {
	_, ok := l.byKey[textnorm.Key(name)]
	return ok
}

// asciiWord reports a name of ASCII letters only.
func asciiWord(s string) bool {
	for _, r := range s {
		if r > 'z' || r < 'A' || r > 'Z' && r < 'a' {
			return false
		}
	}
	return s != ""
}

func (l *Lexicon) addGiven(at string, f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("%s: want script, name", at)
	}
	if k := textnorm.Key(f[1]); k != "" {
		l.given[k] = true
	}
	return nil
}

func (l *Lexicon) addTitle(at string, f []string) error {
	if len(f) < 3 {
		return fmt.Errorf("%s: want role, lang, phrase", at)
	}
	t := Title{Role: strings.TrimSpace(f[0]), Lang: strings.TrimSpace(f[1]), Phrase: strings.TrimSpace(f[2])}
	t.Key = textnorm.Key(t.Phrase)
	if t.Key != "" {
		l.titles[t.Key] = t
	}
	return nil
}

// Lookup finds the entity whose name, Arabic name or alias has key k.
func (l *Lexicon) Lookup(k string) (Entry, bool) {
	if i, ok := l.byKey[k]; ok {
		return l.Entries[i], true
	}
	return Entry{}, false
}

// LookupFuzzy finds an entity by the Arabic skeleton of k (typos in long vowels).
func (l *Lexicon) LookupFuzzy(k string) (Entry, bool) {
	sk := textnorm.Skeleton(k)
	if len([]rune(sk)) < 6 {
		return Entry{}, false
	}
	if i, ok := l.bySkel[sk]; ok {
		return l.Entries[i], true
	}
	return Entry{}, false
}

// StartsName reports whether a name in the lexicon may begin with one of
// the forms of a word, exactly or by its skeleton: a cheap test that spares
// the full lookup for most words.
func (l *Lexicon) StartsName(forms []string) bool {
	for _, f := range forms {
		if l.starts[f] || l.starts["~"+textnorm.Skeleton(f)] {
			return true
		}
	}
	return false
}

// LookupPrefix finds a long Arabic name written without its last word,
// as a truncated headline or a typo leaves it ("أوبن إيه" for أوبن إيه آي).
func (l *Lexicon) LookupPrefix(k string) (Entry, bool) {
	if _, exact := l.byKey[k]; exact {
		return Entry{}, false
	}
	if i, ok := l.prefix[k]; ok {
		return l.Entries[i], true
	}
	return Entry{}, false
}

// ByID returns the entry with the given id.
func (l *Lexicon) ByID(id string) (Entry, bool) {
	if i, ok := l.byID[id]; ok {
		return l.Entries[i], true
	}
	return Entry{}, false
}

// Place returns the kind of place (country, city, region, nationality) a key names.
func (l *Lexicon) Place(k string) (string, bool) {
	kind, ok := l.places[k]
	if !ok && len(k) > 4 && strings.HasSuffix(k, "s") {
		// "Saudis", "Emiratis": the plural of a nationality is its people.
		if kind, ok = l.places[k[:len(k)-1]]; ok && kind != "nationality" {
			return "", false
		}
	}
	return kind, ok
}

// GivenName reports whether k is a known personal first name.
func (l *Lexicon) GivenName(k string) bool { return l.given[k] }

// Titles lists the job titles of one language, in key order; markers
// (role former) are left out, they follow a title.
func (l *Lexicon) Titles(lang string) []Title {
	var out []Title
	for _, t := range l.titles {
		if t.Lang == lang && t.Role != "former" {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// Title returns the job title with key k.
func (l *Lexicon) Title(k string) (Title, bool) {
	t, ok := l.titles[k]
	return t, ok
}

// PlaceCue is a cue word that names the place after it: "بنك طنطا".
type PlaceCue struct {
	Type string // Company or Organization
	// Nationality says the cue takes a nationality adjective (الحكومة
	// المصرية), not a place name (حكومة تلال).
	Nationality bool
}

func (l *Lexicon) addPlaceCue(at string, f []string) error {
	if len(f) < 3 || f[2] != "place" && f[2] != "nationality" {
		return fmt.Errorf("%s: want cue, type, place|nationality", at)
	}
	l.pcues[textnorm.Key(f[0])] = PlaceCue{Type: f[1], Nationality: f[2] == "nationality"}
	return nil
}

// PlaceCueOf returns the place cue of the folded word k.
func (l *Lexicon) PlaceCueOf(k string) (PlaceCue, bool) {
	c, ok := l.pcues[k]
	return c, ok
}
