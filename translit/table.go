package translit

// Near reports whether two word keys are equal or, when both are long
// enough to carry that much evidence, one class substitution, insertion or
// deletion apart.
func Near(a, b string) bool {
	if a == b {
		return a != ""
	}
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	return editOne(a, b)
}

// editOne reports whether a and b are exactly one edit apart.
func editOne(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// pair is one Latin/Arabic spelling of the same name word.
type pair struct{ lat, ar string }

// buildTable keeps, for each Arabic word, the Latin spelling seen most often
// whose key differs from the rule key (a rule miss the table repairs) and is
// still close to it (a transliteration, not a translation or a misalignment).
func buildTable(ps []pair) map[string]string {
	count := map[[2]string]int{}
	for _, p := range ps {
		count[[2]string{foldArabic(p.ar), p.lat}]++
	}
	best := map[string]string{}
	bestN := map[string]int{}
	for k, n := range count {
		ar, lat := k[0], k[1]
		ka, kl := WordKey(ar), WordKey(lat)
		if ka == kl || !closeKeys(ka, kl) {
			continue
		}
		if n > bestN[ar] || n == bestN[ar] && lat < best[ar] {
			best[ar], bestN[ar] = lat, n
		}
	}
	return best
}

// closeKeys allows up to two edits between keys of four or more classes,
// one for shorter ones.
func closeKeys(a, b string) bool {
	d := distance(a, b)
	if len(a) >= 4 && len(b) >= 4 {
		return d <= 2
	}
	return d <= 1
}

func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
