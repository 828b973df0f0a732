package extract

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kg-news/kg/model"
)

// wordToken is the token a single folded trigger word makes.
func wordToken(w string) Token {
	t := Token{Norm: w, Script: Latin, Forms: []string{w}}
	if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Arabic, r) {
		t.Script = Arabic
		t.Forms, t.Prefix = ar.Variants(w)
	}
	return t
}

func rowHasGuard(tr *trigger, name string) bool {
	for _, g := range tr.guards {
		if g.name == name {
			return true
		}
	}
	return false
}

// A guard checks its own trigger words, but runs only on the rows that name
// it: each of its words must be on such a row, and a guard of a whole frame
// on every row of that frame.
func TestTriggerRowsNameTheirGuards(t *testing.T) {
	for _, g := range triggerGuards {
		if g.words == "" {
			continue
		}
		for _, w := range wordList(g.words) {
			tok := wordToken(w)
			tr := triggerAt(&tok)
			if tr == nil {
				t.Errorf("guard %s: word %q is no trigger", g.name, w)
			} else if !rowHasGuard(tr, g.name) {
				t.Errorf("guard %s: word %q is on trigger row %s, which does not name the guard", g.name, w, tr.via)
			}
		}
	}
	frameGuardsOf := map[string][]string{ // guards of every row of a frame, by script
		"venture":            {"venture"},
		"acquire":            {"means", "follows-bid"},
		"bid":                {"means"},
		"invest":             {"means"},
		"ar:" + model.BidFor: {"offer-to-buy-ar"},
		"ar:acquire":         {"purpose-ar"},
	}
	predFrame := map[string]string{}
	for f, def := range frames {
		predFrame[def.pred] = f
	}
	for script, tab := range triggerTables {
		if tab == nil {
			continue
		}
		for k := range tab.rows {
			tr := &tab.rows[k]
			f := predFrame[tr.pred]
			want := append([]string{}, frameGuardsOf[f]...)
			if script == Arabic {
				want = append(want, frameGuardsOf["ar:"+f]...)
				if tr.pred == model.BidFor {
					want = append(want, frameGuardsOf["ar:"+model.BidFor]...)
				}
			}
			for _, g := range want {
				if !rowHasGuard(tr, g) {
					t.Errorf("trigger row %s (%s): misses the frame guard %s", tr.via, f, g)
				}
			}
		}
	}
}

// Every guard is named by some row, and runs in registry order there.
func TestTriggerGuardsUsedInOrder(t *testing.T) {
	used := map[string]bool{}
	for _, tab := range triggerTables {
		if tab == nil {
			continue
		}
		for _, tr := range tab.rows {
			last := -1
			for _, g := range tr.guards {
				used[g.name] = true
				k := 0
				for triggerGuards[k].name != g.name {
					k++
				}
				if k <= last {
					t.Errorf("row %s: guard %s out of registry order", tr.via, g.name)
				}
				last = k
			}
		}
	}
	for _, g := range triggerGuards {
		if !used[g.name] {
			t.Errorf("guard %s: no trigger row names it", g.name)
		}
	}
}

// One guard at a time, on invented sentences: the guard runs alone on the
// trigger word and must give the verdict (and, where it changes it, the
// predicate) the case names.
func TestTriggerGuards(t *testing.T) {
	cases := []struct {
		guard, text, word string
		want              verdict
		pred              string // the predicate after the guard, or ""
		rels              bool   // the guard reads relations itself
	}{
		{"take-part", "Brightwave raised $9m in a seed round. Northgate Ventures was also taking part in the round.", "taking", stop, "", true},
		{"take-part", "Harlow Group is taking over Brightwave.", "taking", pass, "", false},
		{"buy-from", "A Harlow unit agreed to buy from Brightwave up to $100 million of gravel.", "buy", stop, "", false},
		{"merge-unit", "Harlow Group plans to merge its Norwegian business with Brightwave in a deal.", "merge", stop, "", false},
		{"merge-unit", "Harlow Group will merge Brightwave into its unit.", "merge", pass, "", false},
		{"buy-from", "Harlow Group agreed to buy Brightwave from Northgate.", "buy", pass, "", false},
		{"buy-from", "Harlow Group agreed to acquire two factories from Brightwave.", "acquire", stop, "", false},
		{"buy-from", "Harlow Group agreed to acquire a 20% stake from Brightwave.", "acquire", pass, "", false},
		{"take-over", "Harlow Group is taking over Brightwave.", "taking", goOn, model.Acquired, false},
		{"take-over", "Harlow Group took a 9% stake in Brightwave.", "took", goOn, model.InvestedIn, false},
		{"take-over", "Harlow Group took the lead in talks.", "took", stop, "", false},
		{"set-up", "Jane Roe set up Brightwave in 2019.", "set", goOn, "", false},
		{"set-up", "Jane Roe set a record.", "set", stop, "", false},
		{"put-in", "Northgate Ventures put $5m in Brightwave.", "put", goOn, "", false},
		{"put-in", "Northgate Ventures put pressure on Brightwave.", "put", stop, "", false},
		{"led-round", "Northgate Ventures led the Series A round of Brightwave.", "led", goOn, "", false},
		{"led-round", "Jane Roe led the team at Brightwave.", "led", stop, "", false},
		{"led-round", "Fintech firm Brightwave led this segment with a $218 million seed round.", "led", stop, "", false},
		{"led-round", "The Northgate team, led by partners Jane Roe and Omar Haddad, invested in its Series A round.", "led", stop, "", false},
		{"raised-round", "Brightwave raised $60 million in a funding round last year.", "funding", stop, "", false},
		{"raised-round", "Northgate Ventures led the funding of Brightwave.", "funding", pass, "", false},
		{"chief-executive", "Brightwave chief executive Jane Roe spoke.", "executive", goOn, "", false},
		{"chief-executive", "Brightwave executive Jane Roe spoke.", "executive", stop, "", false},
		{"other-officer-ar", "وقال خالد الفهد، الرئيس التنفيذي للعمليات في شركة مرجان، إن السوق واعد.", "التنفيذي", stop, "", false},
		{"other-officer-ar", "وقال خالد الفهد، الرئيس التنفيذي لشركة مرجان، إن السوق واعد.", "التنفيذي", pass, "", false},
		{"public-offer", "Brightwave priced its initial public offer.", "offer", stop, "", false},
		{"public-offer", "Harlow Group made an offer for Brightwave.", "offer", pass, "", false},
		{"offer-to-buy", "Harlow Group offered ten-year commitments to Brightwave.", "offered", stop, "", false},
		{"offer-to-buy", "Harlow Group offered to buy Brightwave.", "offered", pass, "", false},
		{"backers", "Brightwave's backers include Northgate Ventures and Redline Capital.", "backers", stop, "", true},
		{"sold-part", "Harlow Group sold its welding unit to Brightwave.", "sold", stop, "", false},
		{"sold-part", "Harlow Group sold Brightwave to Kestrel Holdings.", "sold", pass, "", false},
		{"stake", "Harlow Group bought a controlling stake in Brightwave.", "stake", goOn, model.Acquired, false},
		{"stake", "Harlow Group bought a 9% stake in Brightwave.", "stake", goOn, model.InvestedIn, false},
		{"stake", "Harlow Group holds a stake in Brightwave.", "stake", stop, "", false},
		{"plural-deals", "Harlow Group relied on acquisitions to grow.", "acquisitions", stop, "", false},
		{"plural-deals", "Harlow Group announced acquisitions of Brightwave and Kestrel Labs.", "acquisitions", pass, "", false},
		{"investment-in", "The investment firm Northgate Ventures spoke.", "investment", stop, "", false},
		{"investment-in", "Northgate Ventures made an investment in Brightwave.", "investment", pass, "", false},
		{"committed", "Harlow Group committed to keep Brightwave's staff.", "committed", stop, "", false},
		{"committed", "Harlow Group committed $5m to Brightwave.", "committed", pass, "", false},
		{"participated", "Northgate Ventures participated in the round.", "participated", goOn, "", false},
		{"ala-yad", "تأسست شركة مرجان على يد خالد الفهد.", "يد", goOn, "", false},
		{"ala-yad", "مد خالد الفهد يد العون.", "يد", stop, "", false},
		{"proposed-sale", "Harlow Group has proposed to dispose of three retail properties for $2bn to Zentrix Trust.", "proposed", stop, "", false},
		{"proposed-sale", "Harlow Group has proposed to acquire Zentrix Labs for $2bn.", "proposed", pass, "", false},
		{"investment-firms", "قالت شركات استثمار إن السوق تتحسن.", "استثمار", stop, "", false},
		{"investment-firms", "أعلنت مجموعة الريان استثمار 5 ملايين دولار في شركة مرجان.", "استثمار", pass, "", false},
		{"investment-firms", "وقال مستشار الاستثمار لشركة زمرد إن عرض شركة سدرة مناسب.", "الاستثمار", stop, "", false},
		{"backers-after", "أطلقت شركة مرجان منصة جديدة. ومن أبرز داعمي المنصة مجموعة الريان وصندوق الغيث للاستثمار.", "داعمي", stop, "", true},
		{"led-before", "وقالت مجموعة الريان وصندوق الغيث للاستثمار، اللذان قادا جولة تمويل شركة مرجان، إن النمو قوي.", "قادا", stop, "", false},
		{"led-ar", "جمعت شركة مرجان 50 مليون دولار في جولة تمويل قادتها مجموعة الريان.", "قادتها", stop, "", true},
		{"led-ar", "قادت مجموعة الريان السوق.", "قادت", stop, "", false},
		{"led-as-role-ar", "وقاد خالد الفهد شركة مرجان كمدير تنفيذي منذ 2016.", "وقاد", stop, "", false},
		{"led-as-role-ar", "وقادت مجموعة الريان جولة التمويل في شركة مرجان.", "وقادت", pass, "", false},
		{"offer-to-buy-ar", "قدمت مجموعة الريان عرضا لشراء شركة مرجان.", "عرضا", goOn, "", false},
		{"offer-to-buy-ar", "قدمت مجموعة الريان عرضا فنيا.", "عرضا", stop, "", false},
		{"investors-ar", "ومن بين المستثمرين مجموعة الريان وصندوق الغيث للاستثمار.", "المستثمرين", stop, "", false},
		{"venture", "Harlow Group and Kestrel Holdings formed a joint venture called Tallgrass Energy.", "venture", stop, "", true},
		{"told-again", "وقالت شركة مرجان إن الاستثمار سيعزز نموها.", "الاستثمار", stop, "", false},
		{"told-again", "أعلنت مجموعة الريان الاستثمار في شركة مرجان.", "الاستثمار", pass, "", false},
		{"stake-told", "وقالت مجموعة الريان إن الحصة مهمة.", "الحصه", stop, "", false},
		{"stake-ar", "وقالت مجموعة الريان إنها بنت حصة 9% في شركة مرجان.", "حصه", goOn, "", false},
		{"stake-ar", "تملك مجموعة الريان حصة في شركة مرجان.", "حصه", stop, "", false},
		{"stake-ar", "تدير مجموعة الريان الميناء بحصة 45%.", "بحصه", stop, "", false},
		{"means", "بنت مجموعة الريان حصتها عبر شراء أسهم شركة مرجان.", "شراء", stop, "", false},
		{"means", "أعلنت مجموعة الريان شراء شركة مرجان.", "شراء", pass, "", false},
		{"founded-by-ar", "وكانت شركة مرجان، التي أسسها خالد الفهد، قد نمت.", "اسسها", stop, "", true},
		{"co-founded-ar", "ويذكر أن شركة مرجان شارك في تأسيسها خالد الفهد.", "شارك", stop, "", true},
		{"founded-passive-ar", "تأسست شركة مرجان عام 2010.", "تاسست", stop, "", false},
		{"follows-bid", "Harlow Group made an offer to buy Brightwave.", "buy", stop, "", false},
		{"part-from-ar", "أعلنت شركة رمال أنها تستحوذ على صندوقين من مجموعة زمرد.", "تستحوذ", stop, "", false},
		{"part-from-ar", "استحوذت شركة رمال على 60% من شركة زمردين.", "استحوذت", pass, "", false},
		{"part-from-ar", "استحوذت شركة رمال على شركة زمردين من مجموعة سدرة.", "استحوذت", pass, "", false},
		{"follows-bid", "Harlow Group agreed to buy Brightwave.", "buy", pass, "", false},
		{"follows-bid", "Brightwave has been the object of acquisition bids all summer, as Harlow Group bid.", "acquisition", stop, "", false},
		{"purpose-ar", "قدمت مجموعة الريان عرضا لشراء شركة مرجان.", "لشراء", stop, "", true},
		{"offer-received-ar", "ورفضت مجموعة الريان العروض التي قدمت لشراء حصتها في شركة مرجان من شركة سحاب القابضة.", "العروض", stop, "", false},
		{"offer-received-ar", "ورفضت مجموعة الريان العروض التي قدمت لشراء حصتها في شركة مرجان من شركة سحاب القابضة.", "لشراء", stop, "", false},
		{"offer-received-ar", "قدمت مجموعة الريان عرضا لشراء شركة مرجان.", "لشراء", pass, "", false},
		{"its-investment-ar", "وأعلنت مجموعة الريان اليوم عن استثمار لها في شركة مرجان.", "استثمار", stop, "", false},
		{"its-investment-ar", "أعلنت مجموعة الريان استثمار 5 ملايين دولار في شركة مرجان.", "استثمار", pass, "", false},
		{"use-of-funds-ar", "قال خالد الفهد إن التمويل الجديد سوف يستخدم للاستثمار في أدوات جديدة لشركة مرجان.", "للاستثمار", stop, "", false},
		{"use-of-funds-ar", "تخطط مجموعة الريان للاستثمار في شركة مرجان.", "للاستثمار", pass, "", false},
		{"offer-received-ar", "ولم يوافق مساهمو شركة مرجان على قبول عرض الشراء المقدم من مجموعة الريان.", "عرض", stop, "", false},
		{"offer-received-ar", "ورفضت شركة مرجان عرضاً من مجموعة الريان بقيمة 40 مليون ريال للاستحواذ عليها.", "عرضا", pass, "", false},
		{"offer-received-ar", "رفض مجلس إدارة شركة مرجان عرض مجموعة الريان للاستحواذ على الشركة.", "للاستحواذ", pass, "", false},
		{"purpose-ar", "أعلنت شركة الريان عن إبرام اتفاقية مع شركة مرجان للاستحواذ على شركة الغيث.", "للاستحواذ", stop, "", true},
		{"purpose-ar", "أعلنت مجموعة الريان شراء شركة مرجان.", "شراء", pass, "", false},
		{"purpose-ar", "دفعت مجموعة الريان 3 مليارات دولار لشراء شركة مرجان.", "لشراء", stop, "", true},
	}
	byName := map[string]*guard{}
	for k := range triggerGuards {
		byName[triggerGuards[k].name] = &triggerGuards[k]
	}
	for _, c := range cases {
		g := byName[c.guard]
		if g == nil {
			t.Fatalf("no guard %s", c.guard)
		}
		tc := trigAt(t, c.text, c.word)
		if tc == nil {
			continue
		}
		rels, v := g.fn(tc)
		if v != c.want {
			t.Errorf("%s on %q: verdict %d, want %d", c.guard, c.text, v, c.want)
		}
		if c.pred != "" && tc.pred != c.pred {
			t.Errorf("%s on %q: predicate %s, want %s", c.guard, c.text, tc.pred, c.pred)
		}
		if c.rels && len(rels) == 0 {
			t.Errorf("%s on %q: read no relation", c.guard, c.text)
		}
	}
	// Every guard has a case.
	for _, g := range triggerGuards {
		found := false
		for _, c := range cases {
			found = found || c.guard == g.name
		}
		if !found {
			t.Errorf("guard %s has no case", g.name)
		}
	}
}

// trigAt runs the stages before the relations on text and returns the
// trigger being read at the first token whose folded word is word.
func trigAt(t *testing.T, text, word string) *trig {
	t.Helper()
	d := newDoc(model.Article{ID: "t", Text: text})
	d.lex = testX.res.lex
	for _, st := range testX.stages {
		if st.Name() == (relationStage{}).Name() {
			break
		}
		st.Run(d)
	}
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		if tk.Norm != word {
			continue
		}
		tr := triggerAt(tk)
		if tr == nil {
			t.Errorf("%q: %q is no trigger", text, word)
			return nil
		}
		si := tk.Sent
		s := d.Sentences[si]
		return &trig{d: d, si: si, i: i, s: s, t: tk, tr: tr, ms: partiesOnly(d, mentionsIn(d, s)), folded: joinNorm(d.Tokens, s.From, s.To), w: tk.Norm, ar: tk.Script == Arabic, pred: tr.pred}
	}
	t.Errorf("%q: no token %q", text, word)
	return nil
}

// One frame reader at a time, on invented sentences: ok says whether the
// reader takes the trigger (reading it or refusing it), rels whether it
// reads a relation, pred the predicate after it.
func TestTriggerReaders(t *testing.T) {
	cases := []struct {
		reader, text, word string
		ok, rels           bool
		pred               string
	}{
		{"we-will-buy", "قال خالد الفهد: سنشتري شركة مرجان.", "سنشتري", true, true, ""},
		{"we-will-buy", "أعلنت مجموعة الريان شراء شركة مرجان.", "شراء", false, false, ""},
		{"backer-hyphen", "Northgate-backed Tallgrass Robotics grew fast.", "backed", true, false, ""},
		{"backer-hyphen", "Northgate backed Tallgrass Robotics.", "backed", false, false, ""},
		{"backed-by", "The loan was backed by his Brightwave shares.", "backed", true, false, ""},
		{"backed-by", "Tallgrass Robotics backed by Northgate Ventures grew fast.", "backed", false, false, ""},
		{"founding", "Jane Roe founded Tallgrass Robotics in 2019.", "founded", true, true, ""},
		{"founding", "Brightwave chief executive Jane Roe spoke.", "executive", false, false, ""},
		{"take-lead-ar", "أعلنت شركة مرجان أن خالد الفهد سيتولى قيادتها.", "قيادتها", true, false, ""},
		{"leader-ar", "وتعمل شركة مرجان، التي يقودها خالد الفهد، في الخليج.", "يقودها", true, true, ""},
		{"title", "Tallgrass Robotics co-founder Jane Roe spoke.", "co founder", true, true, ""},
		{"title", "Jane Roe founded Brightwave in 2019.", "founded", false, false, ""},
		{"minority", "Harlow Group bought 9% of Brightwave.", "bought", false, false, model.InvestedIn},
		{"minority", "Harlow Group bought Brightwave.", "bought", false, false, model.Acquired},
		{"then-ar", "أعلنت مجموعة الريان خطة، ثم استحوذت على الحصة المتبقية.", "استحوذت", false, false, ""},
		{"anaphor-subject", "Brightwave grew fast. The company will buy Kestrel Labs.", "buy", true, true, ""},
		{"it-subject", "Harlow Group grew after it bought Brightwave.", "bought", true, true, ""},
		{"paid-for", "The $3 billion Harlow Group paid for Brightwave looks cheap.", "paid", true, true, ""},
		{"paid-for", "Harlow Group paid dividends.", "paid", true, false, ""},
		{"deal-for", "Harlow Group struck a $7 million deal for Tallgrass Robotics.", "deal", true, true, ""},
		{"deal-for", "Harlow Group struck a deal with Brightwave.", "deal", true, false, ""},
		{"merger", "Harlow Group and Brightwave abandoned their planned merger.", "merger", true, true, ""},
		{"deal-noun", "Investors backed Harlow Group's $2bn Tallgrass Robotics takeover.", "takeover", true, true, ""},
		{"deal-noun", "Harlow Group said the offer was unlikely.", "offer", true, false, ""},
	}
	byName := map[string]*reader{}
	for k := range triggerReaders {
		byName[triggerReaders[k].name] = &triggerReaders[k]
	}
	for _, c := range cases {
		r := byName[c.reader]
		if r == nil {
			t.Fatalf("no reader %s", c.reader)
		}
		tc := trigAt(t, c.text, c.word)
		if tc == nil {
			continue
		}
		rels, ok := r.fn(tc)
		if ok != c.ok || (len(rels) > 0) != c.rels {
			t.Errorf("%s on %q: ok %v, %d relations; want ok %v, relations %v", c.reader, c.text, ok, len(rels), c.ok, c.rels)
		}
		if c.pred != "" && tc.pred != c.pred {
			t.Errorf("%s on %q: predicate %s, want %s", c.reader, c.text, tc.pred, c.pred)
		}
	}
	for _, r := range triggerReaders {
		found := false
		for _, c := range cases {
			found = found || c.reader == r.name
		}
		if !found {
			t.Errorf("reader %s has no case", r.name)
		}
	}
}
