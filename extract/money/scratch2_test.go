package money

import (
	"strings"
	"testing"
)

func BenchmarkCommaList(b *testing.B) {
	s := strings.Repeat("1,", 40000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s)
	}
}
