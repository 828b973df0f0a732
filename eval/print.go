package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// Print writes the report as score.py prints it: with showErrors, a
// "## article" block of missed and extra entities, wrong types, missed and
// wrong relations for each article with errors; the articles with no system
// output; and one line per group, "all" first:
//
//	all  articles=31  entity P=0.900 R=0.900 F1=0.900 | relation P=0.500 R=0.400 F1=0.444
//
// Write errors are ignored; w is expected to be a terminal or a buffer.
func (r Report) Print(w io.Writer, showErrors bool) {
	if showErrors {
		for _, a := range r.Articles {
			if !a.HasErrors() {
				continue
			}
			fmt.Fprintf(w, "## %s\n", a.Article)
			printItems(w, "  missed entity: ", a.MissedEntities)
			printItems(w, "  extra entity:  ", a.ExtraEntities)
			printItems(w, "  wrong type:    ", a.WrongTypes)
			printItems(w, "  missed rel:    ", a.MissedRelations)
			printItems(w, "  wrong rel:     ", a.WrongRelations)
		}
	}
	if len(r.NoOutput) > 0 {
		fmt.Fprintf(w, "articles with no system output: %s\n", strings.Join(r.NoOutput, ", "))
	}
	for _, g := range r.Groups {
		ep, er, ef := g.Entity.PRF()
		rp, rr, rf := g.Relation.PRF()
		fmt.Fprintf(w, "%-4s articles=%-3d entity P=%.3f R=%.3f F1=%.3f | relation P=%.3f R=%.3f F1=%.3f\n",
			g.Group, g.Articles, ep, er, ef, rp, rr, rf)
	}
}

func printItems(w io.Writer, prefix string, items []string) {
	for _, x := range items {
		fmt.Fprintf(w, "%s%s\n", prefix, x)
	}
}

// JSON is the line score.py prints with --json, byte for byte:
//
//	{"all": {"articles": 31, "entity": [P, R, F1], "relation": [P, R, F1]}, "ar": {...}}
func (r Report) JSON() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, g := range r.Groups {
		if i > 0 {
			b.WriteString(", ")
		}
		ep, er, ef := g.Entity.PRF()
		rp, rr, rf := g.Relation.PRF()
		fmt.Fprintf(&b, "%s: {\"articles\": %d, \"entity\": [%s, %s, %s], \"relation\": [%s, %s, %s]}",
			pyJSONString(g.Group), g.Articles,
			pyFloatRepr(ep), pyFloatRepr(er), pyFloatRepr(ef),
			pyFloatRepr(rp), pyFloatRepr(rr), pyFloatRepr(rf))
	}
	b.WriteByte('}')
	return b.String()
}

// pySysAmount prints a system amount as score.py does (amount or "") after
// the JSON round trip: Go writes a whole number below 1e21 without a point,
// which Python reads as an int.
func pySysAmount(f float64) string {
	if f == 0 {
		return ""
	}
	lit, err := json.Marshal(f)
	if err != nil { // NaN or Inf, which no JSON carries
		return pyFloatRepr(f)
	}
	return pyNumber(string(lit))
}

// pyGoldAmount prints a gold amount as score.py does, from its JSON literal.
func pyGoldAmount(n *json.Number) string {
	if n == nil || numberValue(*n) == 0 {
		return ""
	}
	return pyNumber(string(*n))
}

// pyNumber is str() of the value Python's json reads from a number literal:
// an int for a literal with no fraction or exponent, else a float.
func pyNumber(lit string) string {
	if !strings.ContainsAny(lit, ".eE") {
		if strings.Trim(lit, "-0") == "" {
			return "0"
		}
		return lit
	}
	f, _ := strconv.ParseFloat(lit, 64) // an overflow gives ±Inf, as in Python
	return pyFloatRepr(f)
}

// pyFloatRepr is Python's repr of a float: the shortest round-tripping
// digits, in fixed notation (with ".0" when whole) when the decimal exponent
// is in [-4, 16), else as d.ddde±XX.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0:
		if math.Signbit(f) {
			return "-0.0"
		}
		return "0.0"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			return sign + "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			return sign + digits[:decpt] + "." + digits[decpt:]
		}
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	e := decpt - 1
	esign := "+"
	if e < 0 {
		esign, e = "-", -e
	}
	return fmt.Sprintf("%s%se%s%02d", sign, m, esign, e)
}

// pyRepr is Python's repr of a str.
func pyRepr(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}

// pyJSONString is Python's json.dumps of a str (ensure_ascii).
func pyJSONString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r >= ' ' && r <= '~':
			b.WriteRune(r)
		case r > 0xFFFF:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// pyUpper is Python's str.upper (full case mapping, so "ß" is "SS").
func pyUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || ('a' <= c && c <= 'z') {
			return cases.Upper(language.Und).String(s)
		}
	}
	return s
}
