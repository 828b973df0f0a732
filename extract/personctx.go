package extract

import (
	"strings"

	"github.com/kg-news/kg/extract/name"
)

// personContext reports a Latin name whose context says it is a person's
// although no first name is known: a title in apposition ("Zorvan
// Okafor, Managing Director of Brightwave", "Orvan Haddad (CEO)", "X, a
// board member of"), or a verb only people are the agents of before it
// ("founded by X", "chaired by X", "founders X"), or a title and a comma
// before it ("its chief executive, X").
func personContext(toks []Token, from, to int) bool {
	sent := toks[from].Sent
	// "Jane Roe, chief executive of", "Jane Roe (CEO)", and with a verb
	// between: "Jane Roe is the chief executive of".
	if to < len(toks) && toks[to].Sent == sent && (toks[to].Text == "," || toks[to].Text == "(" || en.PersonCopulas[toks[to].Norm]) {
		for j := to + 1; j < to+7 && j < len(toks) && toks[j].Sent == sent; j++ {
			k := toks[j].Norm
			if enTitleWords[k] || en.PersonTitles[k] || en.AppositionTitles[k] {
				return true
			}
			// "Jane Roe, Acme's chief executive": the employer's possessive;
			// "a Lagos-based analyst".
			if toks[j].Upper && possessiveAt(toks, j+1) {
				j += 2
				continue
			}
			if hyphenDescriptor(&toks[j]) {
				continue
			}
			// "Devika Raman, mining analyst at": a field before the title.
			if j <= to+3 && toks[j].Script == Latin && !toks[j].Upper && !en.Stop[k] && !en.AppositionFiller[k] && !notDescription[k] {
				continue
			}
			if !en.AppositionFiller[k] {
				break
			}
		}
	}
	if from >= 1 && toks[from-1].Sent == sent {
		if en.PersonPlurals[toks[from-1].Norm] {
			return true
		}
		if from >= 2 && toks[from-1].Norm == "by" && en.PersonVerbs[toks[from-2].Norm] {
			return true
		}
		if creditList(toks, from) {
			return true
		}
		// "Plumtree's chief executive, Jonah Kessel, said": a title, a
		// comma, the name.
		if from >= 2 && toks[from-1].Text == "," && (enTitleWords[toks[from-2].Norm] || en.PersonTitles[toks[from-2].Norm]) {
			return true
		}
	}
	return false
}

var creditVerbs = wordSet("credit-verbs")

// creditList reports a name in a wire story's credit line:
// "(Reporting by A in Milan and B in Paris; Editing by C)" names people.
func creditList(toks []Token, from int) bool {
	for j := from - 1; j >= 1 && j >= from-8 && toks[j].Sent == toks[from].Sent; j-- {
		switch t := toks[j].Text; {
		case t == ";" || t == "(" || t == ")":
			return false
		case toks[j].Norm == "by" && creditVerbs[toks[j-1].Norm]:
			return true
		}
	}
	return false
}

// possessiveAt reports "'s" (or "’s") at token j.
func possessiveAt(toks []Token, j int) bool {
	return j+1 < len(toks) && (toks[j].Text == "'" || toks[j].Text == "’") && toks[j+1].Norm == "s"
}

// companyOnlyBefore reports a word before a name that only a company takes:
// "UK-headquartered John Tarrow", "acquired John Lewis".
func companyOnlyBefore(toks []Token, from int) bool {
	if from < 1 || toks[from-1].Sent != toks[from].Sent {
		return false
	}
	// "-based", "-headquartered", "-listed": a participle after the hyphen,
	// not a title ("co-founder Jane Roe").
	p := &toks[from-1]
	return hyphenDescriptor(p) && strings.HasSuffix(p.Norm, "ed") || en.CompanyOnlyVerbs[p.Norm]
}

// currencyCode reports an ISO 4217 code (CLDR list) that the article
// writes next to a figure somewhere: "EGP 7.15 bn", "3bn SAR".
func currencyCode(d *Doc, k string) bool {
	if !name.Currency(k) {
		return false
	}
	toks := d.Tokens
	for i := range toks {
		if toks[i].Norm != k {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Script == Digit || i > 0 && toks[i-1].Script == Digit {
			return true
		}
	}
	return false
}

// andNameEnd returns the end of a name that goes on over "and" at j: the
// words after it, capitalised (with of/for joiners), end in a company or
// organisation word, or the run before "and" is a company word followed by
// for/of ("Holding Company for Quarry and Land Transport"); the word
// before "and" is not itself a company word. Else 0.
func andNameEnd(toks []Token, taken []bool, i, j int, place func(string) bool) int {
	if toks[j].Norm != "and" || j == i || isCompanyWord(toks[j-1].Norm) {
		return 0
	}
	k := j + 1
	for k < len(toks) && !taken[k] && toks[k].Sent == toks[i].Sent && k < j+7 {
		if isNameWord(&toks[k]) && !en.Months[toks[k].Norm] {
			k++
			continue
		}
		if (toks[k].Norm == "of" || toks[k].Norm == "for") && k+1 < len(toks) && isNameWord(&toks[k+1]) {
			k += 2
			continue
		}
		break
	}
	if k == j+1 {
		return 0
	}
	// The word before "and" must read as part of a description (a common
	// word or a place: "Iron and Steel", "Kuwait and Middle East"), not as a
	// name of its own ("ZenTrix and Redline Capital").
	last, before := toks[k-1].Norm, toks[j-1].Norm
	if (isCompanyWord(last) || en.OrgWords[last]) && (name.Common("en", before) || place(before)) {
		return k
	}
	for q := i; q+1 < j; q++ {
		if isCompanyWord(toks[q].Norm) && (toks[q+1].Norm == "for" || toks[q+1].Norm == "of") {
			return k
		}
	}
	// "British brewer Harlow and Tarrow": after a singular company
	// noun one name of two words follows, "and" inside it ("rival firms A
	// and B" is two).
	if j == i+1 && k == j+2 && i > 0 && en.CompanyNouns[toks[i-1].Norm] && !strings.HasSuffix(toks[i-1].Norm, "s") {
		return k
	}
	// A second "and" in a list: "from Northgate Ventures and Ashby and
	// Cole Ventures" has two members, the second a partnership's name.
	if isCompanyWord(last) && j == i+1 && i >= 2 && toks[i-1].Norm == "and" && isCompanyWord(toks[i-2].Norm) {
		return k
	}
	return 0
}

// insideCapitalised reports a Latin word between two capitalised words of
// its sentence that are no stop words, or right after a person's title:
// the middle of a longer name.
func insideCapitalised(d *Doc, i int) bool {
	toks := d.Tokens
	prev := i > 0 && toks[i-1].Sent == toks[i].Sent && toks[i-1].Script == Latin
	if prev && (en.PersonTitles[toks[i-1].Norm] || en.PersonTitles[strings.TrimSuffix(toks[i-1].Norm, ".")]) {
		return true
	}
	next := i+1 < len(toks) && toks[i+1].Sent == toks[i].Sent && toks[i+1].Upper && !en.Stop[toks[i+1].Norm] && !isCompanyWord(toks[i+1].Norm)
	return prev && next && toks[i-1].Upper && !en.Stop[toks[i-1].Norm] && !toks[i-1].SentStart
}

// commonAcronym reports an all-capitals word the article defines, in
// brackets, as the initials of the lower-case words before it: "annual
// general meeting (AGM)".
func commonAcronym(d *Doc, w string) bool {
	n := len(w)
	if n < 2 || n > 6 || strings.ToUpper(w) != w {
		return false
	}
	toks := d.Tokens
	for i := range toks {
		if toks[i].Text != w || i < n+1 || i+1 >= len(toks) || toks[i-1].Text != "(" || toks[i+1].Text != ")" {
			continue
		}
		if initialsOf(toks[i-1-n:i-1], w) {
			return true
		}
	}
	return false
}

// initialsOf reports lower-case words whose first letters spell w.
func initialsOf(words []Token, w string) bool {
	for j, t := range words {
		if t.Script != Latin || t.Upper || !strings.EqualFold(t.Text[:1], w[j:j+1]) {
			return false
		}
	}
	return true
}
