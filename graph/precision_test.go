package graph

import "testing"

// The memoised half is the computed one, on first and later calls.
func TestCachedHalf(t *testing.T) {
	for _, c := range []struct {
		text   string
		amount float64
		want   float64
	}{
		{"$97bn", 97e9, 0.5e9},
		{"$97.4bn", 97.4e9, 0.05e9},
		{"1,500,000", 1.5e6, 0.5},
		{"", 9.74e10, 0.005e10},
	} {
		for range 2 {
			if got := cachedHalf(c.text, c.amount); got != c.want || got != writtenHalf(c.text, c.amount) {
				t.Errorf("cachedHalf(%q, %g) = %g, want %g", c.text, c.amount, got, c.want)
			}
		}
	}
}
