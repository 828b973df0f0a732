package extract

import "strings"

// arDescriptorTail extends an Arabic company name found after its cue over
// the descriptive words that close it: "الزمرد للخدمات الطبية", "تلال
// لإنتاج الأسمدة", "مناجم الزمرد الأردنية". It returns the new end. The
// name [j,k) is the core; the tail is at most three words of the shapes
// below, and a deal word ("للاستحواذ على") or a place after ب ends it.
func (m *mentionStage) arDescriptorTail(d *Doc, taken []bool, j, k int) int {
	toks := d.Tokens
	sent := toks[j].Sent
	free := func(q int) bool {
		return q < len(toks) && !taken[q] && toks[q].Sent == sent && toks[q].Script == Arabic
	}
	definite := false
	for q := j; q < k; q++ {
		definite = definite || strings.HasPrefix(toks[q].Norm, "ال") && !ar.CompanySuffixes[toks[q].Norm]
	}
	for n := 0; n < 3 && free(k); n++ {
		w := toks[k].Norm
		switch {
		case ar.CompanySuffixes[w]:
			k++
		case liNoun(w) && !governs(d, k+1) && triggerAt(&toks[k]) == nil:
			k++ // للخدمات, للأسمدة
		case liNoun(toks[k-1].Norm) && sectorConjunct(w) && !isCueWord(&toks[k]) && !governs(d, k+1):
			k++ // للتجارة والمركبات: a second sector noun joined to the first
		// After a li- noun an adjective is the phrase's ("للتطوير العقاري");
		// after القابضة a nationality is not ("رمال القابضة الإماراتية").
		case (n > 0 || definite || liNoun(toks[k-1].Norm)) && (isRelAdjective(w) || tailAdjectivesAr[w]):
			k++ // للخدمات الطبية, الاستثمار القومي, للاستثمار الجريء
		case n == 0 && definite && m.nationality(w):
			k++ // الخرافي الكويتية
		case n == 0 && k == j+1 && m.countryAfterName(d, j, k):
			k++ // زمرد مصر: the company's national unit or name
		case strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "لل") && !liCue(&toks[k]) && free(k+1) && strings.HasPrefix(toks[k+1].Norm, "ال") &&
			!governs(d, k+2) && triggerAt(&toks[k]) == nil && !ar.IsFunction(w) && len([]rune(w)) > 4:
			k += 2 // لإنتاج الأسمدة; not لصندوق الأفق, another company
			n++
		default:
			return k
		}
	}
	return k
}

// tailAdjectivesAr close a descriptive tail though they are no relational
// adjective: "للاستثمار الجريء", "للطاقة المتجددة".
var tailAdjectivesAr = wordSet("tail-adjectives-ar")

// countryAfterName reports a country right after a one-word name, the
// country the company is of ("زمرد مصر", "فودافون قطر"), as "Uber China"
// is in English; "السعودية" is also "Saudi" and is left to nationality.
func (m *mentionStage) countryAfterName(d *Doc, j, k int) bool {
	w := d.Tokens[k].Norm
	return m.isCountry(w) && !strings.HasSuffix(w, "يه") && !m.place(d.Tokens[j].Norm) && !m.lex.GivenName(d.Tokens[j].Norm)
}

// liNoun reports li- on a definite noun: "للخدمات" (لل + خدمات).
func liNoun(w string) bool {
	return strings.HasPrefix(w, "لل") && len([]rune(w)) > 4 && !ar.IsFunction(w)
}

// isRelAdjective reports a definite relational adjective: الطبية, الدولي.
func isRelAdjective(w string) bool {
	return strings.HasPrefix(w, "ال") && len([]rune(w)) > 4 &&
		(strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يين"))
}

// governs reports a preposition at q: a verbal noun before it has an
// object ("للاستثمار في", "للاستحواذ على") and is no part of a name.
func governs(d *Doc, q int) bool {
	if q >= len(d.Tokens) || d.Tokens[q].Sent != d.Tokens[q-1].Sent {
		return false
	}
	switch d.Tokens[q].Norm {
	case "في", "علي", "من", "الي", "مع", "عن":
		return true
	}
	return false
}

func (m *mentionStage) nationality(w string) bool {
	kind, ok := m.lex.Place(w)
	return ok && kind == "nationality" && strings.HasPrefix(w, "ال")
}

// indefiniteNationality reports a nationality adjective written without
// the article: "مصرية", "خليجي".
func (m *mentionStage) indefiniteNationality(t *Token) bool {
	kind, ok := m.lex.Place(t.Norm)
	return ok && kind == "nationality" && !strings.HasPrefix(t.Norm, "ال") && t.Script == Arabic
}

// cueAliases are the other spellings of a name read after cue token i:
// with the cue ("مجموعة الكستريلي") when the name follows it directly, and
// the core without the tail ("الزمرد" for الزمرد للخدمات الطبية is not
// one: only a core of two words or more, or one the article repeats, is
// taken by corePass; here the core with its cue).
func cueAliases(d *Doc, i, j, core, k int) []string {
	if j != i+1 {
		return nil
	}
	skip := 0
	for v, f := range d.Tokens[i].Forms {
		if ar.CompanyCues[f] {
			skip = d.Tokens[i].Prefix[v]
			break
		}
	}
	out := []string{surface(d, i, k, skip)}
	if core < k && core > j {
		out = append(out, surface(d, i, core, skip))
	}
	return out
}
