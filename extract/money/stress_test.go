package money

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// TestStressRandom feeds long random mixes of the grammar's own pieces, the
// inputs most likely to make look-ahead and separator handling misbehave.
func TestStressRandom(t *testing.T) {
	frags := []string{"$", "1", "5", ",", ".", "٫", "٬", "،", "مليار", "مليون", "ملياري", "و", "-", "between", "and", "to", "from", " ", " ", " ",
		"ونصف", "ل", "%", "دولار", "ريال", "قطري", "bn", "m", "US", "Rs", "crore", "lakh", "per", "share", "للسهم", "بين", "إلى", "من", "up", "about",
		"نحو", "تصل", "حتى", "٣", "۴", "\u0640", "\u064B", "a", "half", "billion", "dollars", "Saudi", "riyals", "USD", "ألف", "آلاف"}
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{20000, 80000} {
		var worst time.Duration
		var b strings.Builder
		for trial := 0; trial < 5; trial++ {
			b.Reset()
			for b.Len() < n {
				b.WriteString(frags[rng.Intn(len(frags))])
			}
			s := b.String()
			t0 := time.Now()
			ms := Find(s)
			if d := time.Since(t0); d > worst {
				worst = d
			}
			checkMentions(t, s, ms)
		}
		t.Logf("n=%d worst %v", n, worst)
	}
}
