package translit

import (
	"bufio"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-news/kg/internal/kgenv"
)

// sharedData is ../shared/data next to the repository; the measurement
// skips when it is absent (the product never needs it), and fails under
// KG_REQUIRE_SHARED=1, as in CI.
func sharedData(t *testing.T) string {
	dir := filepath.Join("..", "..", "shared", "data")
	if _, err := os.Stat(dir); err != nil {
		kgenv.Missing(t, "KG_REQUIRE_SHARED", "no ../shared/data for the measurement on name pairs")
	}
	return dir
}

// readPairs reads both pair files: Wikidata rows seen at least twice (the
// singletons are often misaligned) and Google's Wikipedia pairs.
func readPairs(t *testing.T, dir string) []pair {
	var out []pair
	read := func(name string, row func([]string) (pair, bool)) {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if p, ok := row(strings.Split(sc.Text(), "\t")); ok {
				out = append(out, p)
			}
		}
	}
	read("netranslit-wd-arabic/wd_arabic.normalized.aligned.tokens", func(f []string) (pair, bool) {
		if len(f) != 3 {
			return pair{}, false
		}
		n, _ := strconv.Atoi(f[2])
		return pair{f[0], strings.ReplaceAll(f[1], " ", "")}, n >= 2
	})
	read("google-ar2en-translit/ar2en.txt", func(f []string) (pair, bool) {
		if len(f) != 2 {
			return pair{}, false
		}
		return pair{f[1], f[0]}, true
	})
	return out
}

// split puts a fifth of the Latin words (by hash, so every spelling of one
// word lands on the same side) in the held-out part.
func split(ps []pair) (tune, test []pair) {
	for _, p := range ps {
		h := fnv.New32a()
		h.Write([]byte(p.lat))
		if h.Sum32()%5 == 0 {
			test = append(test, p)
		} else {
			tune = append(tune, p)
		}
	}
	return tune, test
}

// score is the key's recall on true pairs and its collision rate on pairs
// of different names (each Latin word against the Arabic of the pair half
// the list away).
func score(ps []pair, match func(lat, ar string) bool) (recall, collide float64) {
	hit := 0
	for _, p := range ps {
		if match(p.lat, p.ar) {
			hit++
		}
	}
	bad, n := 0, 0
	for i, p := range ps {
		q := ps[(i+len(ps)/2+7)%len(ps)]
		if q.lat == p.lat || q.ar == p.ar {
			continue
		}
		n++
		if match(p.lat, q.ar) {
			bad++
		}
	}
	return float64(hit) / float64(len(ps)), float64(bad) / float64(max(n, 1))
}

func TestKeyOnNamePairs(t *testing.T) {
	tune, test := split(readPairs(t, sharedData(t)))
	rules := func(lat, ar string) bool { return anyEqual(wordKeysWith(lat, nil), wordKeysWith(ar, nil)) }
	tab := buildTable(tune)
	withTable := func(lat, ar string) bool { return anyEqual(wordKeysWith(lat, tab), wordKeysWith(ar, tab)) }
	for _, c := range []struct {
		name  string
		ps    []pair
		match func(string, string) bool
	}{
		{"tune rules", tune, rules}, {"test rules", test, rules}, {"test rules+tune table", test, withTable},
		{"test rules+table, near", test, func(l, a string) bool { return anyNear(wordKeysWith(l, tab), wordKeysWith(a, tab)) }},
	} {
		r, col := score(c.ps, c.match)
		t.Logf("%-24s pairs %6d  recall %.3f  collision %.4f", c.name, len(c.ps), r, col)
	}
	r, _ := score(test, rules)
	if r < 0.6 {
		t.Errorf("key recall on held-out pairs %.3f, want >= 0.6", r)
	}
}

func anyEqual(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y && x != "" {
				return true
			}
		}
	}
	return false
}

func anyNear(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if Near(x, y) {
				return true
			}
		}
	}
	return false
}
