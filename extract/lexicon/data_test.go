package lexicon

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	textnorm "github.com/kg-news/kg/extract/norm"
)

// tdRows reads ./data/<name>, checks encoding and line endings, and returns
// the non-comment, non-blank lines split on tabs, with their line numbers.
func tdRows(t *testing.T, name string, cols int) ([][]string, []int) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("data", name))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	if !utf8.Valid(raw) {
		t.Fatalf("%s: not valid UTF-8", name)
	}
	if bytes.Contains(raw, []byte("\r")) {
		t.Fatalf("%s: contains CR (want LF line endings)", name)
	}
	if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		t.Fatalf("%s: starts with a BOM", name)
	}
	var rows [][]string
	var lines []int
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			t.Errorf("%s:%d: %d columns, want %d: %q", name, n, len(f), cols, line)
			continue
		}
		for i, c := range f {
			if c != strings.TrimSpace(c) {
				t.Errorf("%s:%d: column %d has surrounding space: %q", name, n, i+1, c)
			}
		}
		rows = append(rows, f)
		lines = append(lines, n)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no data rows", name)
	}
	return rows, lines
}

// tdSplitForms splits a |-separated field; empty fields give no forms, but an
// empty element inside a non-empty field is an error.
func tdSplitForms(t *testing.T, where, s string) []string {
	t.Helper()
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	for _, p := range parts {
		if strings.TrimSpace(p) == "" || p != strings.TrimSpace(p) {
			t.Errorf("%s: bad form %q in %q", where, p, s)
		}
	}
	return parts
}

// tdHasForm reports whether one of forms normalises to k.
func tdHasForm(forms []string, k string) bool {
	for _, f := range forms {
		if tdNorm(f) == k {
			return true
		}
	}
	return false
}

func tdNorm(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// tdPlaceForms returns every normalised English and Arabic form in places.tsv.
func tdPlaceForms(t *testing.T) map[string]string {
	rows, lines := tdRows(t, "places.tsv", 3)
	forms := map[string]string{}
	for i, r := range rows {
		where := "places.tsv:" + strconv.Itoa(lines[i])
		forms[tdNorm(r[1])] = r[1]
		for _, a := range tdSplitForms(t, where, r[2]) {
			forms[tdNorm(a)] = r[1]
		}
	}
	return forms
}

var tdIDRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestDataEntities(t *testing.T) {
	rows, lines := tdRows(t, "entities.tsv", 5)
	places := tdPlaceForms(t)
	types := map[string]bool{"Person": true, "Company": true, "Organization": true}
	ids := map[string]int{}
	owner := map[string]string{} // normalised surface form -> id
	for i, r := range rows {
		where := "entities.tsv:" + strconv.Itoa(lines[i])
		id, typ, name, nameAr := r[0], r[1], r[2], r[3]
		if !tdIDRE.MatchString(id) {
			t.Errorf("%s: bad id %q", where, id)
		}
		if prev, ok := ids[id]; ok {
			t.Errorf("%s: duplicate id %q (first on line %d)", where, id, prev)
		}
		ids[id] = lines[i]
		if !types[typ] {
			t.Errorf("%s: bad type %q", where, typ)
		}
		if name == "" || nameAr == "" {
			t.Errorf("%s: empty name or name_ar", where)
		}
		forms := append([]string{name, nameAr}, tdSplitForms(t, where, r[4])...)
		for _, f := range forms {
			k := tdNorm(f)
			if k == "" {
				continue
			}
			if o, ok := owner[k]; ok && o != id {
				t.Errorf("%s: form %q of %s already belongs to %s", where, f, id, o)
			}
			owner[k] = id
			if p, ok := places[k]; ok {
				t.Errorf("%s: form %q of %s is a place/nationality (%s)", where, f, id, p)
			}
			// The matcher drops a leading "the ", so "The X" would match a bare word.
			if rest, ok := strings.CutPrefix(k, "the "); ok && !strings.Contains(rest, " ") && !tdHasForm(forms, rest) {
				t.Errorf("%s: form %q of %s reduces to the single word %q", where, f, id, rest)
			}
		}
	}
	if len(rows) < 600 {
		t.Errorf("entities.tsv: %d rows, want at least 600", len(rows))
	}
}

func TestDataPlaces(t *testing.T) {
	rows, lines := tdRows(t, "places.tsv", 3)
	kinds := map[string]bool{"country": true, "city": true, "region": true, "nationality": true}
	seen := map[string]int{}
	for i, r := range rows {
		where := "places.tsv:" + strconv.Itoa(lines[i])
		if !kinds[r[0]] {
			t.Errorf("%s: bad kind %q", where, r[0])
		}
		if r[1] == "" {
			t.Errorf("%s: empty en", where)
		}
		key := r[0] + "\t" + tdNorm(r[1])
		if prev, ok := seen[key]; ok {
			t.Errorf("%s: duplicate %s %q (first on line %d)", where, r[0], r[1], prev)
		}
		seen[key] = lines[i]
		tdSplitForms(t, where, r[2])
	}
}

func TestDataGivenNames(t *testing.T) {
	rows, lines := tdRows(t, "given_names.tsv", 2)
	seen := map[string]int{}
	counts := map[string]int{}
	for i, r := range rows {
		where := "given_names.tsv:" + strconv.Itoa(lines[i])
		script, name := r[0], r[1]
		switch script {
		case "en":
			for _, c := range name {
				if c > 0x24F {
					t.Errorf("%s: non-Latin character in en name %q", where, name)
					break
				}
			}
		case "ar":
			for _, c := range name {
				if c != ' ' && (c < 0x600 || c > 0x6FF) {
					t.Errorf("%s: non-Arabic character in ar name %q", where, name)
					break
				}
			}
		default:
			t.Errorf("%s: bad script %q", where, script)
		}
		if name == "" {
			t.Errorf("%s: empty name", where)
		}
		key := script + "\t" + tdNorm(name)
		if prev, ok := seen[key]; ok {
			t.Errorf("%s: duplicate %q (first on line %d)", where, name, prev)
		}
		seen[key] = lines[i]
		counts[script]++
	}
	if counts["en"] < 1000 || counts["ar"] < 500 {
		t.Errorf("given_names.tsv: en=%d ar=%d, want more", counts["en"], counts["ar"])
	}
}

func TestDataTitles(t *testing.T) {
	rows, lines := tdRows(t, "titles.tsv", 3)
	roles := map[string]bool{"ceo": true, "founder": true, "cofounder": true, "chair": true,
		"president": true, "executive": true, "former": true}
	langs := map[string]bool{"en": true, "ar": true}
	seen := map[string]string{}
	for i, r := range rows {
		where := "titles.tsv:" + strconv.Itoa(lines[i])
		if !roles[r[0]] {
			t.Errorf("%s: bad role %q", where, r[0])
		}
		if !langs[r[1]] {
			t.Errorf("%s: bad lang %q", where, r[1])
		}
		if r[2] == "" {
			t.Errorf("%s: empty phrase", where)
		}
		key := r[1] + "\t" + tdNorm(r[2])
		if prev, ok := seen[key]; ok {
			t.Errorf("%s: phrase %q listed twice (roles %s, %s)", where, r[2], prev, r[0])
		}
		seen[key] = r[0]
	}
}

// A known name ending in a word with a short form is found written short.
func TestAbbreviatedNames(t *testing.T) {
	f := filepath.Join(t.TempDir(), "extra.tsv")
	if err := os.WriteFile(f, []byte("tavora-holding\tCompany\tTavora Holding Company\tتافورا القابضة\t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"tavora holding company", "tavora holding co"} {
		if e, ok := l.Lookup(k); !ok || e.ID != "tavora-holding" {
			t.Errorf("Lookup(%q) = %+v, %v; want tavora-holding", k, e, ok)
		}
	}
	if _, ok := l.Lookup("tavora co"); ok {
		t.Errorf("a short form of another word is no name")
	}
}

// Titles lists one language's titles in key order, the markers that follow
// a title (former) left out.
func TestTitlesOfOneLanguage(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	ts := l.Titles("ar")
	if len(ts) == 0 {
		t.Fatal("no Arabic titles")
	}
	for i, tt := range ts {
		if tt.Lang != "ar" || tt.Role == "former" {
			t.Errorf("Titles(ar) holds %+v", tt)
		}
		if i > 0 && ts[i-1].Key >= tt.Key {
			t.Errorf("Titles(ar) out of order at %q", tt.Key)
		}
	}
}

// The Census names widen the given names without ordinary words: a name
// the NER corpora write in lower case or tag as a place is left out.
func TestDataCensusNames(t *testing.T) {
	rows, lines := tdRows(t, "given_names_census.tsv", 2)
	if len(rows) < 3000 {
		t.Errorf("given_names_census.tsv: %d names, want more", len(rows))
	}
	for i, r := range rows {
		if r[0] != "en" || r[1] == "" {
			t.Errorf("given_names_census.tsv:%d: bad row %q", lines[i], r)
		}
	}
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"ashton": true, "rowena": true, "santa": false, "delta": false, "royal": false} {
		if got := l.GivenName(w); got != want {
			t.Errorf("GivenName(%q) = %v, want %v", w, got, want)
		}
	}
}

// A nationality entities.tsv lists no government for makes one, named alike
// in both languages; a listed one keeps its own entry.
func TestGovernmentsFromNationalities(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, id string }{
		{"الحكومة الآيسلندية", "icelandic-government"},
		{"Icelandic government", "icelandic-government"},
		{"الحكومة التشيلية", "chilean-government"},
		{"الحكومة الألمانية", "german-government"},
	} {
		e, ok := l.Lookup(textnorm.Key(c.name))
		if !ok || e.ID != c.id || e.Type != "Organization" {
			t.Errorf("Lookup(%q) = %+v, %v; want Organization %s", c.name, e, ok, c.id)
		}
	}
	if e, _ := l.ByID("icelandic-government"); e.Name != "Icelandic Government" || e.NameAR != "الحكومة الآيسلندية" {
		t.Errorf("icelandic-government = %+v", e)
	}
}
