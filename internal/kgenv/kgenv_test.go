package kgenv

import (
	"testing"
)

// fakeTB records whether a helper skipped or failed.
type fakeTB struct {
	testing.TB
	skipped, failed bool
}

func (f *fakeTB) Helper()               {}
func (f *fakeTB) Skipf(string, ...any)  { f.skipped = true }
func (f *fakeTB) Fatalf(string, ...any) { f.failed = true }
func (f *fakeTB) Fatal(...any)          { f.failed = true }

// TestMissingFailsWhenRequired: KG_REQUIRE_*=1 turns the skip into a
// failure.
func TestMissingFailsWhenRequired(t *testing.T) {
	t.Setenv("KG_REQUIRE_PYTHON", "")
	f := &fakeTB{TB: t}
	Missing(f, "KG_REQUIRE_PYTHON", "python3 not on PATH")
	if !f.skipped || f.failed {
		t.Errorf("not required: skipped=%v failed=%v, want a skip", f.skipped, f.failed)
	}
	t.Setenv("KG_REQUIRE_PYTHON", "1")
	f = &fakeTB{TB: t}
	Missing(f, "KG_REQUIRE_PYTHON", "python3 not on PATH")
	if !f.failed {
		t.Errorf("required: skipped=%v failed=%v, want a failure", f.skipped, f.failed)
	}
}

func TestPythonMissingFails(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("KG_REQUIRE_PYTHON", "1")
	f := &fakeTB{TB: t}
	Python(f)
	if !f.failed {
		t.Error("python3 missing under KG_REQUIRE_PYTHON=1 did not fail")
	}
}
