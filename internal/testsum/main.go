// Command testsum reads `go test -json` on standard input and prints what a
// person wants from a test run: one line per package, the output of every
// failed test, and a closing line "N passed, N failed, N skipped" (tests and
// subtests). It exits 1 when a test or a package failed, so `make test`
// fails too. Used by scripts/test.sh.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Elapsed float64
	Output  string
}

// counts are the results of one package's tests.
type counts struct{ passed, failed, skipped int }

// summary collects a whole run.
type summary struct {
	pkgs     map[string]*counts
	order    []string
	output   map[string][]string // buffered output per package/test, printed for failures
	failed   []string            // failed tests, "pkg.TestName", in order
	pkgFails int                 // packages that failed without a failing test (build errors, panics)
}

func newSummary() *summary {
	return &summary{pkgs: map[string]*counts{}, output: map[string][]string{}}
}

func (s *summary) pkg(name string) *counts {
	c, ok := s.pkgs[name]
	if !ok {
		c = &counts{}
		s.pkgs[name] = c
		s.order = append(s.order, name)
	}
	return c
}

// add takes one event; w gets the per-package lines as packages finish.
func (s *summary) add(e event, w io.Writer) {
	key := e.Package + "\x00" + e.Test
	c := s.pkg(e.Package)
	switch e.Action {
	case "output":
		s.output[key] = append(s.output[key], e.Output)
	case "pass", "fail", "skip":
		if e.Test != "" {
			s.test(c, e, key, w)
			return
		}
		s.finishPackage(c, e, key, w)
	}
}

func (s *summary) test(c *counts, e event, key string, w io.Writer) {
	switch e.Action {
	case "pass":
		c.passed++
	case "skip":
		c.skipped++
	case "fail":
		c.failed++
		s.failed = append(s.failed, e.Package+"."+e.Test)
		fmt.Fprintf(w, "--- FAIL: %s (%s)\n", e.Test, e.Package)
		for _, line := range s.output[key] {
			fmt.Fprint(w, "    ", line)
		}
	}
	delete(s.output, key)
}

func (s *summary) finishPackage(c *counts, e event, key string, w io.Writer) {
	n := c.passed + c.failed + c.skipped
	switch {
	case e.Action == "fail":
		if c.failed == 0 {
			s.pkgFails++
			for _, line := range s.output[key] {
				fmt.Fprint(w, "    ", line)
			}
		}
		fmt.Fprintf(w, "FAIL  %s  %.1fs  %s\n", e.Package, e.Elapsed, c)
	case n == 0:
		fmt.Fprintf(w, "-     %s  (no tests)\n", e.Package)
	default:
		fmt.Fprintf(w, "ok    %s  %.1fs  %s\n", e.Package, e.Elapsed, c)
	}
	delete(s.output, key)
}

func (c *counts) String() string {
	return fmt.Sprintf("%d passed, %d failed, %d skipped", c.passed, c.failed, c.skipped)
}

// total is the closing line; a package that failed without a failing test
// counts as one failure, so the line never says "0 failed" for a red run.
func (s *summary) total() (counts, bool) {
	var t counts
	for _, c := range s.pkgs {
		t.passed += c.passed
		t.failed += c.failed
		t.skipped += c.skipped
	}
	t.failed += s.pkgFails
	return t, t.failed == 0
}

func run(r io.Reader, w io.Writer) bool {
	s := newSummary()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			fmt.Fprintln(w, string(line)) // build errors and the like, as they come
			continue
		}
		s.add(e, w)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(w, "testsum: reading go test output:", err)
		s.pkgFails++
	}
	t, ok := s.total()
	if len(s.failed) > 0 {
		sort.Strings(s.failed)
		fmt.Fprintf(w, "\nfailed: %s\n", strings.Join(s.failed, " "))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, t.String())
	return ok
}

func main() {
	if !run(os.Stdin, os.Stdout) {
		os.Exit(1)
	}
}
