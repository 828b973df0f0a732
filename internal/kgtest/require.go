package kgtest

import (
	"testing"

	"github.com/kg-news/kg/internal/kgenv"
)

// Shared is ../shared beside the repository; without it the test skips,
// or fails under KG_REQUIRE_SHARED=1 (see package kgenv, which tests of
// package extract use directly).
func Shared(tb testing.TB) string { tb.Helper(); return kgenv.Shared(tb) }

// Python is python3's path; without it the test skips, or fails under
// KG_REQUIRE_PYTHON=1.
func Python(tb testing.TB) string { tb.Helper(); return kgenv.Python(tb) }
