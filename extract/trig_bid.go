package extract

import (
	"github.com/kg-news/kg/model"
)

// Guards and readers of the bid frame (BID_FOR): offers, approaches,
// proposals.

var (
	offerNouns    = wordSet("offer")
	publicWord    = wordSet("offer.public")
	priceWord     = wordSet("offer.price")
	offerVerbs    = wordSet("offer-to-buy")
	proposalWords = wordSet("proposed-sale")
	saleAfter     = wordList("proposed-sale.sale")
	buyingWords   = wordList("offer-to-buy.buying")
	weBuyAr       = wordSet("we-buy-ar")
	offerPrefixAr = wordList("offer-ar")
	buyingAr      = wordList("buying-ar")
	buyingNounsAr = wordList("buying-nouns-ar")
	weWillPrefix  = wordList("we-will-ar")
)

// public-offer: "initial public offer", "offer price": no bid.
func guardPublicOffer(c *trig) ([]Rel, verdict) {
	if c.ar || !offerNouns[c.w] || !publicWord[c.tok(c.i-1)] && !priceWord[c.tok(c.i+1)] {
		return nil, pass
	}
	return nil, stop
}

// proposed-sale: "has proposed to dispose of three properties to Y", "the
// proposed disposal of its aviation business": a sale proposed, no bid.
func guardProposedSale(c *trig) ([]Rel, verdict) {
	if c.ar || !proposalWords[c.w] || within(c.d, c.s, c.i, 3, saleAfter...) < 0 {
		return nil, pass
	}
	return nil, stop
}

// offer-to-buy: "offered ten-year commitments": an offer of something
// else; an offer is a bid only with a word of buying after it.
func guardOfferToBuy(c *trig) ([]Rel, verdict) {
	if c.ar || !offerVerbs[c.w] || within(c.d, c.s, c.i, 6, buyingWords...) >= 0 {
		return nil, pass
	}
	return nil, stop
}

// offer-to-buy-ar: an offer is a bid only when it is an offer to buy; an
// attempt or a proposal only when "to buy" follows it.
func guardOfferToBuyAr(c *trig) ([]Rel, verdict) {
	if !c.ar || c.pred != model.BidFor || weBuyAr[c.w] {
		return nil, pass
	}
	offer := hasAnyPrefix(c.w, offerPrefixAr)
	if within(c.d, c.s, c.i, 6, buyingAr...) < 0 && (!offer || !containsAny(c.folded, buyingNounsAr)) {
		return nil, stop
	}
	return nil, goOn
}

// we-will-buy: "سنشتري تويتر": we, the speaker, will buy.
func readWeWillBuy(c *trig) ([]Rel, bool) {
	if !c.ar || !hasAnyPrefix(c.w, weWillPrefix) || c.pred != model.BidFor && c.pred != model.Acquired || len([]rune(c.w)) <= 4 {
		return nil, false
	}
	d, ms := c.d, c.ms
	obj := firstAfter(d, ms, c.i, c.pred, false)
	if obj < 0 {
		return nil, true
	}
	subj := -1
	for n := len(ms) - 1; n >= 0; n-- {
		if m := d.Mentions[ms[n]]; m.To <= c.i && m.Key != d.Mentions[obj].Key && okSubject(m, c.pred) {
			subj = ms[n]
			break
		}
	}
	if subj < 0 {
		return nil, true
	}
	return []Rel{{Subj: d.Mentions[subj].Key, Obj: d.Mentions[obj].Key, Pred: model.BidFor, Money: pickMoney(d, c.s, c.i, true), Status: model.Proposed, Conf: 0.6, Sent: c.si}}, true
}

var (
	offerReceivedAr = wordSet("offer-received-ar")
	offerNounsAr    = wordList("offer-received-ar.offer")
	offerSelfAr     = wordSet("offer-received-ar.self")
	offerOnAr       = wordSet("offer-received-ar.on")
)

// offerForItself reports an offer to buy the one who received it, told by
// a pronoun or a reference back right after the trigger ("ورفضت X عرضاً
// من Y للاستحواذ عليها", "عرض Y للاستحواذ على الشركة"): then the receiver
// is the target and the bidder reading stands.
func offerForItself(c *trig) bool {
	for j := c.i; j < c.s.To && j <= c.i+12; j++ {
		for _, f := range c.d.Tokens[j].Forms {
			if offerSelfAr[f] || isAnaphor(f) && j > c.i && offerOnAr[c.tok(j-1)] {
				return true
			}
		}
	}
	return false
}

// offer-received-ar: "ورفضت X العروض التي قدمت لشراء حصتها في Y من A وB":
// the one who rejects or receives offers is the seller, not a bidder; the
// bidders come after من (a frame row). On a word of buying ("لشراء") it
// applies only with an offer between.
func guardOfferReceivedAr(c *trig) ([]Rel, verdict) {
	if !c.ar || c.pred != model.BidFor && c.pred != model.Acquired {
		return nil, pass
	}
	if offerForItself(c) {
		return nil, pass
	}
	offer := c.pred == model.BidFor
	for j := c.i - 1; j >= c.s.From && j >= c.i-20; j-- {
		for _, f := range c.d.Tokens[j].Forms {
			// "تدرس رفع سعر عرض الاستحواذ": who raises an offer made it.
			if offerRaisedAr[f] {
				return nil, pass
			}
			offer = offer || hasAnyPrefix(f, offerNounsAr)
			if offer && offerReceivedAr[f] {
				return nil, stop
			}
		}
	}
	return nil, pass
}

var offerRaisedAr = wordSet("offer-received-ar.raised")
