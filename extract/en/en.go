// Package en holds the English word lists the extractor uses to tell names
// from ordinary capitalised words and to type the names it finds. Keys are
// lower case, as norm.Key gives them.
package en

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Stop are capitalised words that start sentences or headlines but are not
// names, nor parts of names when at the edge of a capitalised run.
var Stop = set("the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "to", "of",
	"and", "but", "or", "nor", "if", "as", "it", "its", "this", "that", "these", "those", "he",
	"she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "after", "before",
	"under", "over", "while", "when", "where", "who", "whom", "what", "why", "how", "both", "like",
	"less", "more", "most", "many", "some", "any", "all", "each", "every", "also", "once", "since",
	"until", "meanwhile", "however", "despite", "although", "though", "such", "last", "next",
	"first", "second", "third", "then", "there", "here", "one", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "other", "another", "neither", "either", "not", "no",
	"yes", "so", "yet", "because", "about", "above", "across", "against", "along", "among",
	"around", "between", "beyond", "during", "except", "inside", "into", "near", "off", "onto",
	"out", "outside", "per", "through", "throughout", "toward", "towards", "upon", "via", "within",
	"without", "according", "read", "sources", "people", "analysts", "shares", "investors",
	"officials", "executives", "customers", "regulators", "critics", "shareholders", "holders",
	"employees", "staff", "workers", "users", "lenders", "bankers", "unions", "bondholders", "together", "instead",
	"still", "even", "only", "just", "already", "again", "now", "today", "yesterday", "tomorrow",
	"earlier", "later", "eventually", "initially", "finally", "previously", "separately",
	"together", "overall", "indeed", "moreover", "furthermore", "thus", "therefore", "whether",
	"rather", "under", "unlike", "amid", "following", "including", "excluding", "plus", "minus",
	"will", "would", "could", "should", "may", "might", "must", "can", "shall", "has", "have",
	"had", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "said", "says",
	"say", "told", "tell", "ago", "year", "years", "month", "months", "week", "weeks", "day", "days",
	"deal", "deals", "company", "companies", "firm", "group", "news", "update", "breaking",
	"exclusive", "analysis", "opinion", "video", "photo", "watch", "related", "see", "also",
	"series", "round", "ipo", "ai", "ceo", "cfo", "coo", "cto", "chief", "executive", "chairman",
	"chairwoman", "chair", "president", "founder", "cofounder", "co", "vice", "senior", "managing",
	"director", "partner", "head", "board", "officer", "mr", "mrs", "ms", "dr", "sir", "dame",
	"prince", "princess", "king", "queen", "sheikh", "sheikha", "emir", "crown", "minister",
	"governor", "chancellor", "senator", "secretary", "general", "interim", "acting", "former",
	"new", "old", "big", "largest", "biggest", "top", "early", "late", "north", "south", "east",
	"west", "central", "global", "international", "national", "federal", "state", "public",
	"private", "united", "free", "open", "digital", "islamic", "arab", "muslim", "western",
	"eastern", "european", "asian", "african", "gulf", "middle", "am", "pm", "gmt", "utc", "inc",
	"corp", "ltd", "llc", "plc", "billion", "million", "trillion", "bn", "m", "usd", "eur", "gbp",
	"percent", "per cent", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "tv", "esg", "ev", "evs",
	"ok", "buy", "sell", "why", "no", "thank", "thanks", "please", "let", "lets", "let's",
	"poison", "pill", "asset", "backed", "cash", "stock", "debt", "equity", "price", "offer",
	"bid", "takeover", "merger", "acquisition", "stake", "fund", "funds", "bank", "banks")

// Months and days are capitalised but are dates, not names.
var Months = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday")

// CompanyWords end or make up company names (Sequoia Capital, Qatar Holding).
var CompanyWords = set("inc", "incorporated", "corp", "corporation", "co", "company", "companies",
	"ltd", "limited", "llc", "llp", "lp", "plc", "ag", "sa", "se", "nv", "bv", "gmbh", "spa", "ab",
	"asa", "oyj", "kk", "pjsc", "psc", "group", "holding", "holdings", "capital", "ventures",
	"venture", "partners", "investments", "investment", "invest", "investors", "bank", "bancorp",
	"banking", "financial", "finance", "securities", "asset", "assets", "management", "advisors",
	"advisers", "equity", "fund", "funds", "trust", "technologies", "technology", "tech", "labs",
	"systems", "software", "networks", "solutions", "communications", "telecom", "telecoms",
	"telecommunications", "media", "entertainment", "studios", "pictures", "games", "gaming",
	"energy", "oil", "petroleum", "gas", "resources", "mining", "motors", "motor", "automotive",
	"airlines", "airways", "aviation", "logistics", "shipping", "pharmaceuticals", "pharma",
	"therapeutics", "biotech", "health", "healthcare", "insurance", "assurance", "realty",
	"properties", "developments", "development", "industries", "industrial", "enterprises",
	"brands", "retail", "foods", "beverages", "electronics", "semiconductor", "semiconductors",
	"robotics", "dynamics", "platforms", "digital", "mobility", "exchange", "markets", "payments",
	"pay", "airline", "bancshares", "reit", "sachs", "stanley", "chase", "mobile", "cloud",
	"petrochemicals", "cement", "steel", "chemicals", "utilities", "power", "electric", "water",
	"sovereign", "wealth", "endowment", "family", "office", "ventures", "lab", "ai", "diagnostics",
	"medical", "biosciences", "bio", "analytics", "scientific", "devices", "instruments", "foods",
	"apparel", "materials", "aerospace", "defense", "defence", "semiconductors", "data")

// OrgWords mark governments, agencies, regulators, non-profits and
// universities.
var OrgWords = set("commission", "authority", "ministry", "department", "agency", "university",
	"college", "school", "institute", "council", "court", "government", "parliament", "congress",
	"senate", "regulator", "regulatory", "bureau", "administration", "foundation", "association",
	"union", "organization", "organisation", "committee", "tribunal", "federation", "reserve",
	"treasury", "nations", "assembly", "police", "army", "office", "directorate", "cabinet",
	"kingdom", "republic", "emirate", "municipality", "center", "centre", "society", "charity",
	"observatory", "board", "watchdog", "secretariat", "chamber")

// OrgOverridesCompany are words that make an Authority or Office a business
// after all (Qatar Investment Authority is a sovereign fund).
var OrgOverridesCompany = set("investment", "investments", "wealth", "fund", "holding", "holdings", "family")

// NameJoiners may sit inside a multi-word name: Bank of America, bin Talal.
var NameJoiners = set("of", "bin", "bint", "ibn", "al", "el", "de", "del", "della", "der", "den",
	"van", "von", "du", "da", "dos", "la", "le", "&", "and", "for")

// PersonTitles introduce a person's name: "Prince Alwaleed bin Talal".
var PersonTitles = set("mr", "mrs", "ms", "dr", "doctor", "sir", "dame", "prince", "princess", "king",
	"queen", "sheikh", "sheikha", "emir", "president", "minister", "governor", "senator",
	"chancellor", "judge", "professor", "prof", "crown", "lord", "lady", "ceo", "chairman",
	"chairwoman", "founder", "cofounder", "billionaire", "investor", "entrepreneur", "tycoon",
	"mogul", "magnate", "economist", "analyst")

// CompanyNouns describe a company in apposition: "the cloud security start-up".
var CompanyNouns = set("company", "firm", "startup", "start-up", "start", "group", "bank",
	"lender", "investor", "fund", "platform", "operator", "maker", "manufacturer", "retailer",
	"conglomerate", "giant", "rival", "provider", "developer", "producer", "insurer", "carrier",
	"airline", "exchange", "app", "unicorn", "subsidiary", "unit", "arm", "owner", "buyer",
	"seller", "acquirer", "backer", "shareholder", "broker", "bank", "fintech", "brand",
	"chain", "business", "supplier", "partner", "venture", "outlet", "publisher", "broadcaster",
	"network", "service", "marketplace", "player", "challenger", "incumbent", "specialist",
	"affiliate", "parent", "holding", "consortium", "newspaper", "agency")

// Context that types a Latin name with no known first name (personctx.go).
var (
	// AppositionTitles head a title phrase after a name: "X, Managing
	// Director of", "X, a board member of".
	AppositionTitles = set("member", "manager", "md", "coo", "cto", "cmo", "vp", "vice", "managing",
		"general", "senior", "co-founder", "co-ceo", "deputy", "acting")
	// AppositionFiller may stand between the comma and the title.
	AppositionFiller = set("a", "the", "its", "their", "former", "board", "group", "and", "co")
	// PersonPlurals before a name make it a person's: "founders X".
	PersonPlurals = set("founders", "cofounders", "co-founders", "executives", "investors", "brothers")
	// PersonVerbs before "by" make the name after it a person's: "founded by X".
	PersonVerbs = set("founded", "co-founded", "cofounded", "chaired", "headed", "co-chaired")
	// CompanyOnlyVerbs take companies as objects, never people: "acquired X".
	CompanyOnlyVerbs = set("acquired", "acquire", "acquires", "bought", "buy", "buys", "acquiring")
)
