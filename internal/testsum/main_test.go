package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	cases := []struct {
		name   string
		input  string
		ok     bool
		last   string
		within []string
	}{
		{"all pass", `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"pass","Package":"p","Test":"TestA"}
{"Action":"pass","Package":"p","Test":"TestA/sub"}
{"Action":"skip","Package":"p","Test":"TestB"}
{"Action":"pass","Package":"p","Elapsed":1.5}
{"Action":"skip","Package":"q"}`, true, "2 passed, 0 failed, 1 skipped",
			[]string{"ok    p  1.5s  2 passed, 0 failed, 1 skipped", "-     q  (no tests)"}},
		{"a failure shows its output", `{"Action":"output","Package":"p","Test":"TestA","Output":"a_test.go:9: want 2\n"}
{"Action":"fail","Package":"p","Test":"TestA"}
{"Action":"pass","Package":"p","Test":"TestB"}
{"Action":"fail","Package":"p","Elapsed":0.2}`, false, "1 passed, 1 failed, 0 skipped",
			[]string{"--- FAIL: TestA (p)", "a_test.go:9: want 2", "FAIL  p", "failed: p.TestA"}},
		{"a build failure counts", `# p
p/a.go:3:1: syntax error
{"Action":"output","Package":"p","Output":"FAIL\tp [build failed]\n"}
{"Action":"fail","Package":"p"}`, false, "0 passed, 1 failed, 0 skipped",
			[]string{"syntax error", "[build failed]"}},
	}
	for _, c := range cases {
		var out strings.Builder
		ok := run(strings.NewReader(c.input), &out)
		lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
		if ok != c.ok || lines[len(lines)-1] != c.last {
			t.Errorf("%s: ok %v, last line %q; want %v, %q\n%s", c.name, ok, lines[len(lines)-1], c.ok, c.last, out.String())
		}
		for _, s := range c.within {
			if !strings.Contains(out.String(), s) {
				t.Errorf("%s: output lacks %q:\n%s", c.name, s, out.String())
			}
		}
	}
}
