package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQueryNameIsNotAPath: a saved-query name that looks like a path is
// refused before any file is read, so its content can never be sent to the
// server nor echoed in an error.
func TestQueryNameIsNotAPath(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.cypher")
	if err := os.WriteFile(secret, []byte("root:TOPSECRET:0:0\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mine.cypher"), []byte("// description: mine\nRETURN 1 AS one\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{secret, "/etc/shadow", "../" + filepath.Base(dir) + "/secret", "a/b", "secret.cypher", "Mine", "-x", ""} {
		_, err := findQuery(name, []string{dir})
		if err == nil || !strings.Contains(err.Error(), "not a saved-query name") || strings.Contains(err.Error(), "TOPSECRET") {
			t.Errorf("findQuery(%q): %v, want a refusal of the name", name, err)
		}
	}
	q, err := findQuery("mine", []string{dir})
	if err != nil || q.Description != "mine" {
		t.Fatalf("findQuery(mine) = %+v, %v", q, err)
	}
	if _, err := findQuery("investors", nil); err != nil {
		t.Fatalf("built-in query by name: %v", err)
	}
}
