package extract

// triggerGuards are the named guards a trigger row may list
// (lang/LANG/triggers.tsv), in the order they are tried: a word's more
// specific shapes before the general ones. Each is small and tested alone
// (trigger_test.go); its words come from the languages' words.tsv.
var triggerGuards = []guard{
	{"take-part", guardTakePart},
	{"take-over", guardTakeOver},
	{"set-up", guardSetUp},
	{"put-in", guardPutIn},
	{"led-round", guardLedRound},
	{"chief-executive", guardChiefExecutive},
	{"public-offer", guardPublicOffer},
	{"offer-to-buy", guardOfferToBuy},
	{"backers", guardBackers},
	{"sold-part", guardSoldPart},
	{"stake", guardStake},
	{"plural-deals", guardPluralDeals},
	{"investment-in", guardInvestmentIn},
	{"committed", guardCommitted},
	{"participated", guardParticipated},
	{"ala-yad", guardAlaYad},
	{"investment-firms", guardInvestmentFirms},
	{"backers-after", guardBackersAfter},
	{"led-before", guardLedBefore},
	{"led-ar", guardLedAr},
	{"offer-to-buy-ar", guardOfferToBuyAr},
	{"investors-ar", guardInvestorsAr},
	{"venture", guardVenture},
	{"told-again", guardToldAgain},
	{"stake-told", guardStakeTold},
	{"stake-ar", guardStakeAr},
	{"means", guardMeans},
	{"founded-by-ar", guardFoundedByAr},
	{"co-founded-ar", guardCoFoundedAr},
	{"founded-passive-ar", guardFoundedPassiveAr},
	{"follows-bid", guardFollowsBid},
	{"purpose-ar", guardPurposeAr},
}

// triggerReaders are tried in order after the guards; the first that
// reads the trigger ends it, else the language's slot finder reads it.
var triggerReaders = []reader{
	{"we-will-buy", readWeWillBuy},
	{"backed-by", readBackedBy},
	{"founding", readFoundingVerb},
	{"take-lead-ar", readTakeLeadAr},
	{"leader-ar", readLeaderVerb},
	{"title", readTitleWord},
	{"minority", adjustMinority},
	{"then-ar", readThenAr},
	{"anaphor-subject", readAnaphorSubject},
	{"it-subject", readItSubject},
	{"paid-for", readPaidFor},
	{"deal-for", readDealFor},
	{"merger", readMerger},
	{"deal-noun", readDealNoun},
}
