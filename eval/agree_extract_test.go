package eval

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kg-news/kg/internal/kgenv"
)

// TestAgreeExtractor scores the real extractor's output on the dev corpus
// with score.py and with this package. The extractor is run as a program
// (kg extract --format jsonl), not imported, so that this package's tests
// compile on their own; kg failing to build or to extract is a failure.
// It also checks that `kg eval` prints what
// score.py prints for the same articles.
func TestAgreeExtractor(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in -short mode: builds and runs kg")
	}
	python, scorePy, devDir := scorer(t)
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("go not on PATH")
	}
	articles, err := filepath.Glob(filepath.Join(devDir, "*.txt"))
	if err != nil || len(articles) == 0 {
		kgenv.Missing(t, "KG_REQUIRE_SHARED", "no *.txt articles in %s", devDir)
	}
	sort.Strings(articles)

	// The binary lives apart from the working folder: kg reads ./kg* as its
	// config file.
	kg := filepath.Join(t.TempDir(), "kg")
	build := exec.Command(goBin, "build", "-o", kg, "./cmd/kg")
	build.Dir = repoRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("kg does not build: %v\n%s", err, out)
	}
	work := t.TempDir()
	run := func(args ...string) ([]byte, error) {
		cmd := exec.Command(kg, args...)
		cmd.Dir = work
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Logf("kg %s: %v\n%s", args[0], err, lastLines(stderr.String(), 15))
		}
		return out, err
	}

	jsonl, err := run(append([]string{"extract", "--format", "jsonl"}, articles...)...)
	if err != nil {
		t.Fatalf("kg extract failed: %v", err)
	}
	sysPath := filepath.Join(work, "dev.jsonl")
	writeFile(t, sysPath, stemIDs(t, jsonl))
	checkAgreement(t, python, scorePy, devDir, sysPath)

	// kg eval must print what score.py prints for the extractor's output.
	evalOut, err := run("eval", devDir, "--show-errors", "--json")
	if err != nil {
		t.Fatal("kg eval failed")
	}
	out := filepath.Join(t.TempDir(), "py.json")
	runPython(t, python, pyScore, scorePy, devDir, sysPath, out)
	var py pyResult
	readJSON(t, out, &py)
	if string(evalOut) != py.Output {
		t.Errorf("kg eval and score.py print differently:\n%s", lineDiff(py.Output, string(evalOut)))
	}
}

// stemIDs drops the article id from lines whose id is the article's file
// name (kg's identity for a file, extensions included), so that score.py
// pairs them with gold by the file name stem, as ArticleKey does.
func stemIDs(t *testing.T, jsonl []byte) []byte {
	var out bytes.Buffer
	for _, line := range bytes.Split(bytes.TrimSpace(jsonl), []byte("\n")) {
		var doc map[string]any
		if err := json.Unmarshal(line, &doc); err != nil {
			t.Fatalf("kg extract output: %v", err)
		}
		if art, ok := doc["article"].(map[string]any); ok {
			id, _ := art["id"].(string)
			src, _ := art["source"].(string)
			if id == filepath.Base(src) {
				delete(art, "id")
			}
		}
		b, _ := json.Marshal(doc)
		out.Write(append(b, '\n'))
	}
	return out.Bytes()
}

// lastLines is the tail of s, for a short log.
func lastLines(s string, n int) string {
	lines := bytes.Split([]byte(s), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}
