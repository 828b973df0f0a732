package graph

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kg-news/kg/model"
)

func TestWrittenHalf(t *testing.T) {
	cases := []struct {
		text   string
		amount float64
		want   float64
	}{
		{"$97bn", 97e9, 0.5e9},
		{"$97.4bn", 97.4e9, 0.05e9},
		{"97.40 billion dollars", 97.4e9, 0.005e9},
		{"$1,500,000", 1.5e6, 0.5},
		{"٩٧٫٤ مليار دولار", 97.4e9, 0.05e9},
		{"97,4 Mrd. €", 97.4e9, 0.05e9},
		{"ten billion dollars", 10e9, 0.5e10}, // no numeral: the amount's digits
		{"", 97.4e9, 0.05e9},
		{"", 1e9, 0.5e9},
	}
	for _, c := range cases {
		if got := writtenHalf(c.text, c.amount); math.Abs(got-c.want) > c.want*1e-9 {
			t.Errorf("writtenHalf(%q, %g) = %g, want %g", c.text, c.amount, got, c.want)
		}
	}
}

func fig(source string, amount float64, currency string, usd float64, text, qual string) claim {
	return claim{source: source, amount: amount, currency: currency, amountUSD: usd, amountText: text, qualifier: qual, evidence: "sentence of " + source}
}

func TestResolve(t *testing.T) {
	tr := triple{"a", model.Acquired, "b"}
	cases := []struct {
		name   string
		claims []claim
		want   string // deals as key:sources, sorted by key
	}{
		{"rounding joins", []claim{fig("h", 97e9, "USD", 97e9, "$97bn", ""), fig("b", 97.4e9, "USD", 97.4e9, "$97.4bn", "")},
			"a|ACQUIRED|b|9.74e+10USD:[b h]"},
		{"about joins", []claim{fig("x", 95e9, "USD", 95e9, "about $95bn", model.About), fig("y", 97.4e9, "USD", 97.4e9, "$97.4bn", "")},
			"a|ACQUIRED|b|9.74e+10USD:[x y]"},
		{"up to joins a lower figure", []claim{fig("x", 5e9, "USD", 5e9, "up to $5bn", model.UpTo), fig("y", 3.2e9, "USD", 3.2e9, "$3.2bn", "")},
			"a|ACQUIRED|b|3.2e+09USD:[x y]"},
		{"no amount joins the one deal", []claim{fig("x", 0, "", 0, "", ""), fig("y", 97.4e9, "USD", 97.4e9, "$97.4bn", "")},
			"a|ACQUIRED|b|9.74e+10USD:[x y]"},
		{"no amount stays apart from two deals", []claim{fig("x", 0, "", 0, "", ""), fig("y", 1e9, "USD", 1e9, "$1bn", ""), fig("z", 3e9, "USD", 3e9, "$3bn", "")},
			"a|ACQUIRED|b:[x] a|ACQUIRED|b|1e+09USD:[y] a|ACQUIRED|b|3e+09USD:[z]"},
		{"currencies agree in dollars", []claim{fig("e", 5e9, "EUR", 5.4e9, "€5bn", ""), fig("u", 5.4e9, "USD", 5.4e9, "$5.4bn", "")},
			"a|ACQUIRED|b|5.4e+09USD:[e u]"},
		{"currencies far apart", []claim{fig("e", 5e9, "EUR", 5.4e9, "€5bn", ""), fig("u", 8e9, "USD", 8e9, "$8bn", "")},
			"a|ACQUIRED|b|5e+09EUR:[e] a|ACQUIRED|b|8e+09USD:[u]"},
		{"tranches stay apart", []claim{fig("x", 1e9, "USD", 1e9, "$1bn", ""), fig("y", 2e9, "USD", 2e9, "$2bn", "")},
			"a|ACQUIRED|b|1e+09USD:[x] a|ACQUIRED|b|2e+09USD:[y]"},
		{"revised offer stays apart", []claim{fig("x", 40.1e9, "USD", 40.1e9, "$40.1bn", ""), fig("y", 44.6e9, "USD", 44.6e9, "$44.6bn", "")},
			"a|ACQUIRED|b|4.01e+10USD:[x] a|ACQUIRED|b|4.46e+10USD:[y]"},
		{"no chain of roundings", []claim{fig("x", 97e9, "USD", 97e9, "$97bn", ""), fig("y", 97.4e9, "USD", 97.4e9, "$97.4bn", ""), fig("z", 96.6e9, "USD", 96.6e9, "$96.6bn", "")},
			"a|ACQUIRED|b|9.66e+10USD:[z] a|ACQUIRED|b|9.74e+10USD:[x y]"},
		{"one article once per deal", []claim{fig("x", 97e9, "USD", 97e9, "$97bn", ""), fig("x", 97.4e9, "USD", 97.4e9, "$97.4bn", "")},
			"a|ACQUIRED|b|9.74e+10USD:[x]"},
	}
	for _, c := range cases {
		// Every order of the claims gives the same deals.
		for _, perm := range permutations(len(c.claims)) {
			in := make([]claim, len(perm))
			for i, p := range perm {
				in[i] = c.claims[p]
			}
			if got := show(resolve(tr, in)); got != c.want {
				t.Errorf("%s, order %v:\n got %s\nwant %s", c.name, perm, got, c.want)
			}
		}
	}
	// The deal carries the most precise figure, every source its own.
	d := resolve(tr, []claim{fig("h", 97e9, "USD", 97e9, "$97bn", ""), fig("b", 97.4e9, "USD", 97.4e9, "$97.4bn", "")})[0]
	p := d.props()
	if p["amount"] != 97.4e9 || p["amount_text"] != "$97.4bn" || fmt.Sprint(p["amounts"]) != "[9.74e+10 9.7e+10]" || fmt.Sprint(p["amount_texts"]) != "[$97.4bn $97bn]" {
		t.Errorf("props: %v", p)
	}
}

func show(ds []deal) string {
	var parts []string
	for _, d := range ds {
		var src []string
		for _, c := range d.claims {
			src = append(src, c.source)
		}
		parts = append(parts, d.key+":["+strings.Join(src, " ")+"]")
	}
	return strings.Join(parts, " ")
}

// permutations lists every order of 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(append([]int(nil), p[:i]...), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}

// TestGroupAgreesLikeEachMember checks group.agreesWithAll, which reads
// the group's bounds, against agree with every member, on random figures
// in several currencies, with and without US dollar amounts.
func TestGroupAgreesLikeEachMember(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	amounts := []float64{5e9, 5.4e9, 5.42e9, 4.9e9, 6e9, 1.5e6, 97e9, 97.4e9}
	texts := []string{"", "$5bn", "$5.4bn", "5.42 billion", "€5bn", "1,500,000"}
	currencies := []string{"USD", "EUR", "SAR", ""}
	qualifiers := []string{"", model.About, model.UpTo}
	figure := func(i int) claim {
		c := claim{source: fmt.Sprint("src-", i), amount: amounts[rng.IntN(len(amounts))],
			currency: currencies[rng.IntN(len(currencies))], amountText: texts[rng.IntN(len(texts))],
			qualifier: qualifiers[rng.IntN(len(qualifiers))]}
		if rng.IntN(4) > 0 {
			c.amountUSD = c.amount * (0.8 + 0.4*rng.Float64())
		}
		c.half = writtenHalf(c.amountText, c.amount)
		return c
	}
	for range 20000 {
		g := &group{}
		for i := range 1 + rng.IntN(6) {
			g.add(figure(i))
		}
		c := figure(99)
		want := true
		for _, m := range g.claims {
			want = want && agree(c, m)
		}
		if got := g.agreesWithAll(c); got != want {
			t.Fatalf("agreesWithAll(%+v) over %+v = %v, want %v", c, g.claims, got, want)
		}
	}
}

// agree is the pairwise rule that group.agreesWithAll applies to a whole
// group at once, kept here as its reference: two figures can be the same
// deal's when their intervals overlap in one currency, or in US dollars
// within currencyTolerance.
func agree(a, b claim) bool {
	alo, ahi := a.interval()
	blo, bhi := b.interval()
	if a.currency == b.currency {
		return alo < bhi && blo < ahi
	}
	if a.amountUSD <= 0 || b.amountUSD <= 0 {
		return false
	}
	ra, rb := a.amountUSD/a.amount, b.amountUSD/b.amount
	alo, ahi, blo, bhi = alo*ra, ahi*ra, blo*rb, bhi*rb
	return alo < bhi*(1+currencyTolerance) && blo < ahi*(1+currencyTolerance)
}
