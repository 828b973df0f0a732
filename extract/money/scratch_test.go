package money

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestScratchWorst(t *testing.T) {
	for _, unit := range []string{"1,", "1.", "$1-", "مليار و", "و1 مليار ", "between $1 and ", "ونصف ", "$1bn to ", "from $1 to ", "1,1.", "١٬", "a ", "US$", "بـ", "ـ", "\u064b", "9"} {
		for _, n := range []int{10000, 40000} {
			s := strings.Repeat(unit, n)
			t0 := time.Now()
			ms := Find(s)
			fmt.Printf("%-18q n=%6d len=%8d mentions=%6d %v\n", unit, n, len(s), len(ms), time.Since(t0))
		}
	}
}
