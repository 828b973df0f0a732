package money

import "math"

// amt is one amount before range handling and validation.
type amt struct {
	start, end int // token range [start, end)
	m          float64
	e          int
	scale      int
	extra      float64 // parts added after the scale: "و500 مليون", "ونصف"
	cur        string
	hasNum     bool // digits or a number word; false for a bare "مليار"
	hasScale   bool
	hasCur     bool // a currency was named (cur may still be "" for a bare "dinar")
	curPrefix  bool
	perShare   bool
}

func (a *amt) value() float64 { return val(a.m, a.e+a.scale) + a.extra }

type parser struct {
	s      string
	t      []token
	minTok int // tokens before this belong to an earlier mention
	out    []Mention
}

func (p *parser) ent(k int) *entry {
	if k < 0 || k >= len(p.t) || p.t[k].kind != kWord {
		return &lexTab[0]
	}
	return &lexTab[p.t[k].id]
}

func (p *parser) fw(k int) uint8 { return p.ent(k).fw }

// fwBack is fw for look-behind, which must not reach into the previous mention.
func (p *parser) fwBack(k int) uint8 {
	if k < p.minTok {
		return fwNone
	}
	return p.fw(k)
}

func (p *parser) punctAt(k int) rune {
	if k < 0 || k >= len(p.t) || p.t[k].kind != kPunct {
		return -1
	}
	return p.t[k].sym()
}

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‒', '−':
		return true
	}
	return false
}

func caseOK(t *token, req uint8) bool {
	switch req {
	case caseUpper:
		return t.flags&fUpper != 0
	case caseCap:
		return t.flags&fCap != 0
	}
	return true
}

func (p *parser) anchor(i int) bool {
	t := &p.t[i]
	switch t.kind {
	case kNum:
		return t.flags&fBad == 0
	case kPunct:
		return symbolCode(t.sym()) != ""
	case kWord:
		e := &lexTab[t.id]
		if e.roles&(rPfx|rCode|rNum|rFrac) != 0 {
			return true
		}
		return e.roles&rScale != 0 && e.arabic && !e.plural
	}
	return false
}

func (p *parser) run() {
	n := len(p.t)
	for i := 0; i < n; i++ {
		if !p.anchor(i) {
			continue
		}
		a, ok := p.single(i)
		if !ok {
			continue
		}
		if next, done := p.tryRange(i, &a); done {
			i = next - 1
			continue
		}
		if p.constantDollars(i, &a) {
			continue
		}
		if !a.hasCur {
			code, end, ok := p.filler(a.end, a.hasScale)
			if !ok {
				continue
			}
			a.cur, a.hasCur, a.end = code, true, end
		}
		start, approx, upto := p.mods(i)
		end, approx2 := p.postMods(a.end)
		p.emit(start, end, a.value(), 0, a.cur, approx || approx2, upto, a.perShare)
		i = end - 1
	}
}

// constantDollars reports "in 2019 dollars", a price basis rather than an amount.
func (p *parser) constantDollars(i int, a *amt) bool {
	if a.hasScale || a.curPrefix || a.e != 0 || a.m < 1900 || a.m > 2100 || p.fwBack(i-1) != fwIn {
		return false
	}
	tk := &p.t[i]
	return tk.kind == kNum && tk.end-tk.start == 4
}

// single parses one amount at token i: [currency] number [scale…] [currency]
// [per share], where the number may be digits, a number word, a fraction word
// or, in Arabic, implied by a bare scale word ("مليار دولار", "ملياري دولار").
// It does not decide whether the result is money; the caller does.
func (p *parser) single(i int) (a amt, ok bool) {
	t := p.t
	n := len(t)
	a.start = i
	j := i
	if code, nj, ok := p.curPrefix(j); ok {
		a.cur, a.hasCur, a.curPrefix = code, true, true
		j = nj
		if j >= n || t[j].kind != kNum {
			return a, false
		}
	}
	if j >= n {
		return a, false
	}
	j, digits, artOK, ok := p.number(j, &a)
	if !ok {
		return a, false
	}
	// "a $5-billion deal", "5-million-dollar"
	if digits && isDash(p.punctAt(j)) && t[j].flags&fGap == 0 && j+1 < n && t[j+1].flags&fGap == 0 && p.scaleAt(j+1, false) {
		j++
	}
	if j < n && p.scaleOK(j, a.hasNum, digits, artOK) {
		j = p.scaleTail(p.scaleWords(j, &a), &a)
	}
	if !a.hasNum && !a.hasScale {
		return a, false
	}
	a.end = p.currencyAfter(j, &a)
	return a, true
}

// number reads the number of an amount at j into a: digits, a number word
// before a scale, a fraction word ("half a billion", "نصف المليار"), or
// nothing before an Arabic bare scale word ("مليار دولار"). It returns the
// token after it, whether it was digits and whether the scale may carry
// the article; !ok when no amount starts here.
func (p *parser) number(j int, a *amt) (nj int, digits, artOK, ok bool) {
	t := p.t
	switch tk := &t[j]; tk.kind {
	case kNum:
		if tk.flags&fBad != 0 || (tk.flags&fGlued != 0 && !a.curPrefix) {
			return j, false, false, false
		}
		// Arabic typesetting often puts the percent sign first: "%5".
		if !a.curPrefix && tk.flags&fGap == 0 && isPercentSign(p.punctAt(j-1)) {
			return j, false, false, false
		}
		a.m, a.e, a.hasNum, digits = tk.m, int(tk.e), true, true
		j++
		if p.percentAt(j) {
			return j, false, false, false
		}
	case kWord:
		en := &lexTab[tk.id]
		switch {
		case en.roles&rNum != 0 && tk.cl&clArt == 0 && p.scaleAt(j+1, false):
			a.m, a.hasNum = en.num, true
			j++
		case en.roles&rFrac != 0:
			k := j + 1
			if !en.arabic && p.fw(k) == fwA {
				k++ // "half a billion"
			}
			if !p.scaleAt(k, true) {
				return j, false, false, false
			}
			a.m, a.hasNum, artOK = en.num, true, true // "نصف المليار"
			j = k
		case en.roles&rScale != 0 && en.arabic && !en.plural:
			// bare scale word, handled below
		default:
			return j, false, false, false
		}
	default:
		return j, false, false, false
	}
	return j, digits, artOK, true
}

// scaleWords reads the scale word at j, with a compound scale after it
// ("1.5 lakh crore", "ألف مليار"); a bare scale word is one or, dual, two.
func (p *parser) scaleWords(j int, a *amt) int {
	t, n := p.t, len(p.t)
	en := &lexTab[t[j].id]
	if !a.hasNum {
		a.m = 1
		if en.dual {
			a.m = 2
		}
	}
	a.scale, a.hasScale = int(en.scale), true
	j++
	// Compound scales multiply: "1.5 lakh crore", "ألف مليار".
	if j < n && p.scaleOK(j, true, false, false) {
		if en2 := &lexTab[t[j].id]; !en2.suffix && !en2.dual && int(en2.scale) > a.scale {
			a.scale += int(en2.scale)
			j++
		}
	}
	return j
}

// scaleTail reads what adds to a scaled amount after its scale: an Arabic
// fraction ("مليار ونصف [المليار]") and additive parts with falling scales
// ("3 مليارات و400 مليون").
func (p *parser) scaleTail(j int, a *amt) int {
	t, n := p.t, len(p.t)
	// "مليار ونصف [المليار]"
	if fr := p.ent(j); fr.roles&rFrac != 0 && fr.arabic && t[j].cl&clConj != 0 {
		sc := a.scale
		k := j + 1
		if p.scaleAt(k, true) {
			sc = int(lexTab[t[k].id].scale)
			k++
		}
		a.extra += fr.num * val(1, sc)
		j = k
	}
	// "3 مليارات و400 مليون": additive parts with falling scales.
	low := a.scale
	for step := 0; step < 3; step++ {
		k := j
		if p.fw(k) != fwWa || t[k].cl != 0 {
			break
		}
		k++
		if k+1 >= n || t[k].kind != kNum || t[k].flags&fBad != 0 || !p.scaleAt(k+1, false) {
			break
		}
		sc := int(lexTab[t[k+1].id].scale)
		if sc >= low {
			break
		}
		a.extra += val(t[k].m, int(t[k].e)+sc)
		low = sc
		j = k + 2
	}
	return j
}

// currencyAfter reads the currency after an amount ending at j, if it has
// none yet, and "per share" after a currency; it returns the amount's end.
func (p *parser) currencyAfter(j int, a *amt) int {
	t := p.t
	// "4,5 Mrd. €": an abbreviated scale's period, when a currency follows.
	if a.hasScale && !a.hasCur && p.punctAt(j) == '.' && t[j].flags&fGap == 0 && lexTab[t[j-1].id].abbr {
		if _, _, ok := p.curPostfix(j+1, true, false); ok {
			j++
		}
	}
	if !a.hasCur {
		if code, nj, ok := p.curPostfix(j, a.hasScale, false); ok {
			a.cur, a.hasCur = code, true
			j = nj
		}
	}
	if a.hasCur {
		if nj, ok := p.perShareAt(j); ok {
			a.perShare = true
			j = nj
		}
	}
	return j
}

// scaleAt reports a full scale word at k (not a one-letter suffix), without
// clitics except, when artOK, the article.
func (p *parser) scaleAt(k int, artOK bool) bool {
	if k < 0 || k >= len(p.t) || p.t[k].kind != kWord {
		return false
	}
	en := &lexTab[p.t[k].id]
	if en.roles&rScale == 0 || en.suffix {
		return false
	}
	cl := p.t[k].cl
	return cl == 0 || (artOK && cl == clArt)
}

// scaleOK reports whether the scale word at j applies to what precedes it.
func (p *parser) scaleOK(j int, hasNum, digits, artOK bool) bool {
	tk := &p.t[j]
	if tk.kind != kWord {
		return false
	}
	en := &lexTab[tk.id]
	if en.roles&rScale == 0 {
		return false
	}
	if en.suffix {
		return digits && tk.flags&fGap == 0
	}
	if !hasNum {
		return en.arabic && !en.plural
	}
	return tk.cl == 0 || (artOK && tk.cl == clArt)
}

func (p *parser) curPrefix(j int) (string, int, bool) {
	t := p.t
	n := len(t)
	tk := &t[j]
	switch tk.kind {
	case kPunct:
		if code := symbolCode(tk.sym()); code != "" {
			return code, j + 1, true
		}
	case kWord:
		en := &lexTab[tk.id]
		if en.roles&rPfx != 0 && tk.flags&fUpper != 0 && j+1 < n && t[j+1].kind == kPunct &&
			t[j+1].sym() == en.pfxSym && (t[j+1].flags&fGap == 0 || en.pfxGap) {
			return en.code, j + 2, true
		}
		if en.roles&rCode != 0 && caseOK(tk, en.codeCase) {
			k := j + 1
			if en.dotOK && p.punctAt(k) == '.' {
				k++
			}
			if k < n && t[k].kind == kNum {
				return en.code, k, true
			}
		}
	}
	return "", j, false
}

// curPostfix reads a currency after the number: a symbol, a code, a noun
// with an optional nationality (before it in English, after it in Arabic).
func (p *parser) curPostfix(j int, hasScale, artOK bool) (string, int, bool) {
	t := p.t
	n := len(t)
	if j >= n {
		return "", j, false
	}
	k := j
	// "a 5 billion-dollar deal"
	if isDash(p.punctAt(k)) && t[k].flags&fGap == 0 && k+1 < n && t[k+1].flags&fGap == 0 &&
		p.ent(k+1).roles&rNoun != 0 {
		k++
	}
	tk := &t[k]
	if tk.kind == kPunct {
		code := symbolCode(tk.sym())
		// A sign followed by digits belongs to the next amount.
		if code == "" || k != j || (k+1 < n && t[k+1].kind == kNum) {
			return "", j, false
		}
		return code, k + 1, true
	}
	if tk.kind != kWord || !(tk.cl == 0 || (artOK && tk.cl == clArt)) {
		return "", j, false
	}
	en := &lexTab[tk.id]
	if en.roles&rAdj != 0 && !en.after {
		if code, end, ok := p.adjNoun(k, en); ok {
			return code, end, true
		}
	}
	if en.roles&rNoun != 0 {
		if en.scaleReq && !hasScale {
			return "", j, false // "won" is mostly the verb
		}
		q := k + 1
		if q < n && t[q].kind == kWord && t[q].cl == 0 {
			if aen := &lexTab[t[q].id]; aen.roles&rAdj != 0 && aen.after {
				q2 := q + 1
				okNext := true
				if aen.needNext != fwNone {
					okNext = p.fw(q2) == aen.needNext
					q2++
				}
				if okNext {
					if code := combine(aen.country, en.family); code != "" {
						return code, q2, true
					}
				}
			}
		}
		return familyDefault[en.family], q, true
	}
	if en.roles&rCode != 0 && en.codePost && k == j && caseOK(tk, en.codeCase) {
		return en.code, k + 1, true
	}
	return "", j, false
}

// adjNoun reads an English nationality + currency noun ("Saudi riyals",
// "Hong Kong dollars", "U.S. dollars").
func (p *parser) adjNoun(k int, en *entry) (string, int, bool) {
	t := p.t
	q := k + 1
	if en.needNext != fwNone {
		if p.fw(q) != en.needNext {
			return "", k, false
		}
		q++
	}
	if p.punctAt(q) == '.' && t[q].flags&fGap == 0 {
		q++
	}
	if q < len(t) && t[q].kind == kWord && t[q].cl == 0 {
		if nen := &lexTab[t[q].id]; nen.roles&rNoun != 0 {
			if code := combine(en.country, nen.family); code != "" {
				return code, q + 1, true
			}
		}
	}
	return "", k, false
}

// filler accepts a scaled amount whose currency comes a word or two later:
// "13 مليار من الدولارات", "13 billion in US dollars".
func (p *parser) filler(j int, hasScale bool) (string, int, bool) {
	if !hasScale {
		return "", j, false
	}
	k := j
	for step := 0; step < 2 && k < len(p.t); step++ {
		f := p.fw(k)
		if f == fwOf || f == fwIn || f == fwWorth || (f == fwMin && p.t[k].cl == 0) {
			k++
			continue
		}
		break
	}
	if k == j {
		return "", j, false
	}
	return p.curPostfix(k, hasScale, true)
}

func (p *parser) perShareAt(j int) (int, bool) {
	t := p.t
	switch p.fw(j) {
	case fwPer:
		k := j + 1
		if p.fw(k) == fwShareKind {
			k++
		}
		if p.fw(k) == fwShare {
			return k + 1, true
		}
	case fwA:
		if p.fw(j+1) == fwShare {
			return j + 2, true
		}
	case fwSahm: // للسهم [الواحد]
		if t[j].cl&clPrep != 0 {
			k := j + 1
			if p.fw(k) == fwWahid && t[k].cl == clArt {
				k++
			}
			return k, true
		}
	case fwKull: // لكل سهم
		if t[j].cl&clPrep != 0 && p.fw(j+1) == fwSahm && t[j+1].cl == 0 {
			return j + 2, true
		}
	}
	if p.punctAt(j) == '/' && p.fw(j+1) == fwShare {
		return j + 2, true
	}
	return j, false
}

func isPercentSign(r rune) bool {
	return r == '%' || r == '٪' || r == '‰'
}

func (p *parser) percentAt(j int) bool {
	if isPercentSign(p.punctAt(j)) {
		return true
	}
	switch p.fw(j) {
	case fwPercent:
		return true
	case fwPer:
		return p.fw(j+1) == fwCent
	case fwFi: // في المائة
		return p.fw(j+1) == fwMiah && p.t[j+1].cl&clArt != 0
	case fwMiah: // بالمائة
		return p.t[j].cl&clArt != 0 && p.t[j].cl&clPrep != 0
	}
	return false
}

// mods looks behind token i for "up to", "about", "أكثر من", "ما يصل إلى"…
// and returns where the mention starts once they are included.
func (p *parser) mods(i int) (start int, approx, upto bool) {
	f1, f2, f3, f4 := p.fwBack(i-1), p.fwBack(i-2), p.fwBack(i-3), p.fwBack(i-4)
	switch {
	case f1 == fwTo && f2 == fwUp:
		return i - 2, false, true
	case f1 == fwAs && f2 == fwMuch && f3 == fwAs:
		return i - 3, false, true
	case f1 == fwOf && f2 == fwMaximum && f3 == fwA:
		return i - 3, false, true
	case (f1 == fwIla || f1 == fwLi) && f2 == fwYasil:
		s := i - 2
		if f3 == fwMa {
			s = i - 3
			if f4 == fwQad {
				s = i - 4
			}
		} else if f3 == fwQad {
			s = i - 3
		}
		return s, false, true
	case f1 == fwHatta:
		return i - 1, false, true
	case f1 == fwAqsa && f2 == fwHadd:
		return i - 2, false, true
	case (f1 == fwThan || f1 == fwMin) && (f2 == fwMore || f2 == fwLess):
		return i - 2, true, false
	case f1 == fwMin && f2 == fwYaqrub:
		if f3 == fwMa {
			return i - 3, true, false
		}
		return i - 2, true, false
	case (f1 == fwAla || f1 == fwAnAr) && f2 == fwYazid:
		if f3 == fwMa {
			return i - 3, true, false
		}
		return i - 2, true, false
	case f1 == fwAnAr && f2 == fwYaqil && f3 == fwLa:
		if f4 == fwMa {
			return i - 4, true, false
		}
		return i - 3, true, false
	case f1 == fwTo && f2 == fwClose, f1 == fwLeast && f2 == fwAt, f1 == fwOver && f2 == fwJust,
		f1 == fwOf && f2 == fwUpwards:
		return i - 2, true, false
	case f1 == fwOf && f2 == fwExcess && f3 == fwIn:
		return i - 3, true, false
	case f1 == fwEstimated:
		if f2 == fwAn {
			return i - 2, true, false
		}
		return i - 1, true, false
	case f1 == fwApprox || f1 == fwOver:
		return i - 1, true, false
	}
	return i, false, false
}

// postMods reads modifiers that follow the amount: "تقريباً", "على الأقل".
func (p *parser) postMods(end int) (int, bool) {
	switch p.fw(end) {
	case fwTaqriban:
		return end + 1, true
	case fwAla:
		if p.fw(end+1) == fwLess && p.t[end+1].cl == clArt {
			return end + 2, true
		}
	}
	return end, false
}

const (
	connNone = iota
	connDash
	connTo
	connAnd
)

// tryRange extends amount a (starting at token i) into a range: "$1bn-$2bn",
// "$1-2 billion", "between X and Y", "بين 1 و2 مليار دولار", "X to Y". After
// "from", "X to Y" is a change, not a range, and yields two mentions.
func (p *parser) tryRange(i int, a *amt) (int, bool) {
	t := p.t
	n := len(t)
	k := a.end
	if k >= n {
		return 0, false
	}
	between, bStart := false, i
	if p.fwBack(i-1) == fwBetween {
		between, bStart = true, i-1
		if p.fwBack(i-2) == fwMa {
			bStart = i - 2
		}
	}
	f1 := p.fwBack(i - 1)
	from := f1 == fwFrom || (f1 == fwMin && t[i-1].cl == 0 && p.fwBack(i-2) != fwMore &&
		p.fwBack(i-2) != fwLess && p.fwBack(i-2) != fwYaqrub)
	conn, kb := connNone, k+1
	switch {
	case isDash(p.punctAt(k)):
		conn = connDash
	case p.fw(k) == fwTo || (p.fw(k) == fwIla && t[k].cl == 0):
		conn = connTo
	case between && (p.fw(k) == fwAnd || (p.fw(k) == fwWa && t[k].cl == 0)):
		conn = connAnd
	case between && t[k].kind == kWord && t[k].cl&clConj != 0:
		conn, kb = connAnd, k // "بين مليار وملياري دولار"
	}
	if conn == connNone || kb >= n {
		return 0, false
	}
	b, ok := p.single(kb)
	if !ok {
		return 0, false
	}
	if conn == connTo && from {
		if !b.hasCur && !b.hasScale {
			return 0, false
		}
		x := *a
		if !x.hasCur && b.hasCur {
			x.cur, x.hasCur = b.cur, true
		}
		if !x.hasScale && b.hasScale && val(x.m, x.e+b.scale) <= b.value() {
			x.scale, x.hasScale = b.scale, true
		}
		if !x.hasCur {
			return 0, false
		}
		x.perShare = x.perShare || b.perShare
		p.emit(i, x.end, x.value(), 0, x.cur, false, false, x.perShare)
		return kb, true
	}
	if a.hasCur && b.hasCur && a.cur != b.cur {
		return 0, false
	}
	if !a.hasCur && !a.hasScale && !b.hasCur && !b.hasScale {
		return 0, false
	}
	if !b.hasCur && !b.hasScale && !between {
		return 0, false
	}
	lo, hi := a.value(), b.value()
	if !a.hasScale && b.hasScale {
		if l := val(a.m, a.e+b.scale); l <= hi {
			lo = l
		}
	} else if a.hasScale && !b.hasScale {
		if h := val(b.m, b.e+a.scale); h >= lo {
			hi = h
		}
	}
	if !(lo < hi) {
		return 0, false
	}
	cur, hasCur := a.cur, a.hasCur
	if b.hasCur {
		cur, hasCur = b.cur, true
	}
	end := b.end
	if !hasCur {
		code, e2, ok := p.filler(end, true)
		if !ok {
			return 0, false
		}
		cur, end = code, e2
	}
	start := i
	if between {
		start = bStart
	}
	ms, approx, upto := p.mods(start)
	end, approx2 := p.postMods(end)
	p.emit(ms, end, hi, lo, cur, approx || approx2, upto, a.perShare || b.perShare)
	return end, true
}

func (p *parser) emit(st, en int, amount, low float64, cur string, approx, upto, perShare bool) {
	if en <= st || st < 0 || en > len(p.t) {
		return
	}
	if math.IsNaN(amount) || math.IsInf(amount, 0) || amount < 0 ||
		math.IsNaN(low) || math.IsInf(low, 0) || low < 0 {
		return
	}
	start, end := p.t[st].start, p.t[en-1].end
	if ft := &p.t[st]; ft.kind == kWord && ft.cl&(clConj|clPrep) != 0 {
		start = skipClitics(p.s, start, ft.cl)
	}
	p.out = append(p.out, Mention{
		Start:    start,
		End:      end,
		Amount:   amount,
		Low:      low,
		Currency: cur,
		UpTo:     upto,
		Approx:   approx,
		PerShare: perShare,
		Text:     p.s[start:end],
	})
	p.minTok = en
}

// skipClitics moves a mention's start past the conjunction and preposition
// glued to its first word ("بمليار" starts at "مليار", "وبنحو" at "نحو"):
// like the clitic glued to digits, they belong to the sentence, not the amount.
func skipClitics(s string, pos int, cl uint8) int {
	letters := 0
	if cl&clConj != 0 {
		letters++
	}
	if cl&clPrep != 0 {
		letters++
	}
	for pos+1 < len(s) {
		c := s[pos]
		if c < 0xD8 || c > 0xDB {
			break
		}
		nr := arTab[rune(c&0x1F)<<6|rune(s[pos+1]&0x3F)-0x600]
		if nr > 0 {
			if letters == 0 {
				break
			}
			letters--
		} else if nr < 0 {
			break
		}
		pos += 2
	}
	return pos
}
