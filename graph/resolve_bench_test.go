package graph

import (
	"fmt"
	"testing"
)

// BenchmarkKeyCandidates: finding the key candidates of one Arabic-only
// entity among 10,000 Latin-named ones (the index keeps this from being a
// comparison with every name).
func BenchmarkKeyCandidates(b *testing.B) {
	syll := []string{"ka", "ri", "mo", "sa", "lu", "te", "na", "bo", "di", "fa", "ha", "zu", "ja", "qe"}
	latin := make([]profile, 0, 10000)
	for i := range 10000 {
		name := syll[i%14] + syll[(i/14)%14] + syll[(i/196)%14] + " Holding"
		latin = append(latin, profile{id: fmt.Sprint("l", i), typ: "Company", names: []string{name}})
	}
	ix := newKeyIndex(latin)
	a := profile{id: "a", typ: "Company", names: []string{"كاريمو القابضة"}}
	b.ResetTimer()
	for b.Loop() {
		if len(ix.candidates(a)) == 0 {
			b.Fatal("no candidate")
		}
	}
}
