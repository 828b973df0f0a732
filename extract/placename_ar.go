package extract

import "strings"

// placeNamePass reads names made of a cue and a place (lexicon
// place_cues.tsv): "بنك طنجة", "وبنك تونس الدولي", "حكومة البرتغال", "الحكومة
// التونسية". Elsewhere a place is never a name, so these need their cue.
func (m *mentionStage) placeNamePass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if taken[i] || taken[i+1] || toks[i].Script != Arabic || toks[i+1].Sent != toks[i].Sent {
			continue
		}
		for v, f := range toks[i].Forms {
			// A two-word cue first: "البنك المركزي الأردني".
			at := i + 1
			cue, ok := m.lex.PlaceCueOf(f + " " + toks[i+1].Norm)
			if ok && i+2 < len(toks) && !taken[i+2] && toks[i+2].Sent == toks[i].Sent {
				at = i + 2
			} else if cue, ok = m.lex.PlaceCueOf(f); !ok {
				continue
			}
			end := m.placeNameEnd(d, taken, at, cue.Nationality)
			if end < 0 {
				break
			}
			k := "?" + foldKey(surface(d, i, end, toks[i].Prefix[v]))
			add(Mention{From: i, To: end, Type: cue.Type, Key: k, Surface: surface(d, i, end, toks[i].Prefix[v]), Cue: "org-word"})
			i = end - 1
			break
		}
	}
}

// placeNameEnd returns the end of the place (and its adjectives) at j, or -1.
func (m *mentionStage) placeNameEnd(d *Doc, taken []bool, j int, nationality bool) int {
	toks := d.Tokens
	kind, ok := m.lex.Place(toks[j].Norm)
	if !ok || nationality != (kind == "nationality") || !nationality && kind != "country" && kind != "city" {
		return -1
	}
	if nationality {
		return j + 1
	}
	end := j + 1
	// Up to two definite adjectives: "بنك تونس الدولي", "بنك ليون الأهلي".
	for end < len(toks) && end < j+3 && !taken[end] && toks[end].Sent == toks[j].Sent && isAdjective(toks[end].Norm) {
		end++
	}
	return end
}

// isAdjective reports a definite relational adjective: الوطني, الدولي,
// الأهلي (ending in ي after the article), or its feminine, which a
// feminine cue takes ("مجموعة أبوظبي الزمردية", "مجموعة عجمان الكستريلية"), or a
// company word ("القابضة").
func isAdjective(k string) bool {
	if !strings.HasPrefix(k, "ال") || len([]rune(k)) <= 4 {
		return false
	}
	return strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه") || nameSuffixesAr[k]
}
