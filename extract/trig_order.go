package extract

// triggerGuards are the named guards a trigger row may list
// (lang/LANG/triggers.tsv), in the order they are tried: a word's more
// specific shapes before the general ones. Each is small and tested alone
// (trigger_test.go); its words come from the languages' words.tsv. words
// names the list of the trigger words it checks ("" for a guard of every
// word of its frames): each of them must be on a row that names the guard.
var triggerGuards = []guard{
	{"take-part", "take", guardTakePart},
	{"take-over", "take", guardTakeOver},
	{"buy-from", "buy-from", guardBuyFrom},
	{"part-from-ar", "", guardPartFromAr},
	{"merge-unit", "merge-unit", guardMergeUnit},
	{"set-up", "set", guardSetUp},
	{"put-in", "put", guardPutIn},
	{"led-round", "led", guardLedRound},
	{"chief-executive", "executive", guardChiefExecutive},
	{"other-officer-ar", "", guardOtherOfficerAr},
	{"public-offer", "offer", guardPublicOffer},
	{"offer-to-buy", "offer-to-buy", guardOfferToBuy},
	{"proposed-sale", "proposed-sale", guardProposedSale},
	{"backers", "backers", guardBackers},
	{"sold-part", "sold", guardSoldPart},
	{"stake", "stake", guardStake},
	{"plural-deals", "plural-deals", guardPluralDeals},
	{"raised-round", "raised-round-nouns", guardRaisedRound},
	{"investment-in", "investment-nouns", guardInvestmentIn},
	{"committed", "committed", guardCommitted},
	{"participated", "participated", guardParticipated},
	{"ala-yad", "ala-yad", guardAlaYad},
	{"its-investment-ar", "", guardItsInvestmentAr},
	{"use-of-funds-ar", "", guardUseOfFundsAr},
	{"investment-firms", "investment-ar", guardInvestmentFirms},
	{"backers-after", "backers-ar", guardBackersAfter},
	{"led-as-role-ar", "", guardLedAsRoleAr},
	{"led-before", "led-ar", guardLedBefore},
	{"led-ar", "led-ar", guardLedAr},
	{"offer-received-ar", "", guardOfferReceivedAr},
	{"offer-to-buy-ar", "", guardOfferToBuyAr},
	{"investors-ar", "investors-ar", guardInvestorsAr},
	{"venture", "", guardVenture},
	{"told-again", "told-again-ar", guardToldAgain},
	{"stake-told", "stake-ar", guardStakeTold},
	{"stake-ar", "stake-ar.bare", guardStakeAr},
	{"means", "", guardMeans},
	{"founded-by-ar", "founded-it-ar", guardFoundedByAr},
	{"co-founded-ar", "co-founded-ar", guardCoFoundedAr},
	{"founded-passive-ar", "founded-passive-ar", guardFoundedPassiveAr},
	{"follows-bid", "", guardFollowsBid},
	{"purpose-ar", "", guardPurposeAr},
}

// triggerReaders are tried in order after the guards; the first that
// reads the trigger ends it, else the language's slot finder reads it.
var triggerReaders = []reader{
	{"we-will-buy", readWeWillBuy},
	{"backer-hyphen", readBackerHyphen},
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
