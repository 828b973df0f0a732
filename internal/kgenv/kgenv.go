// Package kgenv lets tests find what they need from outside the
// repository (../shared, python3) and decide what its absence means: a skip
// on a developer's machine, a failure in CI, where KG_REQUIRE_SHARED=1 and
// KG_REQUIRE_PYTHON=1 are set (as KG_REQUIRE_NEO4J=1 is for the database).
// It imports nothing of kg, so any package's tests can use it (package
// kgtest imports the extractor, which extract's own tests cannot).
package kgenv

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Missing skips the test with the reason, or fails it when the environment
// variable env is "1".
func Missing(tb testing.TB, env, format string, args ...any) {
	tb.Helper()
	why := fmt.Sprintf(format, args...)
	if os.Getenv(env) == "1" {
		tb.Fatalf("%s=1: %s", env, why)
	}
	tb.Skipf("skipping: %s (%s=1 makes this a failure)", why, env)
}

// Root is the repository root: the nearest folder above the working
// directory holding go.mod.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
	}
	tb.Fatal("repository root (go.mod) not found")
	return ""
}

// Shared is ../shared beside the repository, with its dev corpus; without
// it the test skips, or fails under KG_REQUIRE_SHARED=1.
func Shared(tb testing.TB) string {
	tb.Helper()
	s := filepath.Join(filepath.Dir(Root(tb)), "shared")
	dev, _ := filepath.Glob(filepath.Join(s, "corpus", "dev", "*.txt"))
	if len(dev) == 0 {
		Missing(tb, "KG_REQUIRE_SHARED", "no articles in %s", filepath.Join(s, "corpus", "dev"))
	}
	return s
}

// Python is the path of python3; without it the test skips, or fails under
// KG_REQUIRE_PYTHON=1.
func Python(tb testing.TB) string {
	tb.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		Missing(tb, "KG_REQUIRE_PYTHON", "python3 not on PATH")
	}
	return p
}
