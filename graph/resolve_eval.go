package graph

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/kg-news/kg/translit"
)

// Cross-script entity resolution, the decision half: which Arabic-only
// entity is which Latin-named one. It is pure Go over profiles read from the
// graph, so the rules are table-tested without a database (resolve.go does
// the reading and writing).
//
// A pair is a candidate when the types agree and the names share a key
// (translit.Match > 0). It becomes a merge only with corroborating context,
// weighed as follows:
//
//	a shared deal: the same predicate in the same direction with the same
//	counterparty, or with counterparties that are themselves a candidate
//	pair (both sides of one deal read in two languages)          1 each
//	the same amount on that deal (USD within amountTolerance)     +1
//	a co-mentioned entity (in an article of each side)            0.5 each, at most 1
//
// A name never merges on its own: the weight must reach 1, plus 1 for a
// short name (translit.Short) and 0.5 for a partial name match. Being named
// in one article, or a deal between the two, means two different entities.
const (
	amountTolerance = 0.10 // rounding ("$97bn", "$97.4bn") and currency conversion at reference rates
	coMentionWeight = 0.5
	coMentionCap    = 1.0
)

// profile is what the graph knows about one entity, for judging a pair.
type profile struct {
	id, typ  string
	names    []string // name, name_ar and aliases
	deals    []edgeDeal
	articles map[string]bool
	co       map[string]bool // entities named in the same articles
	merged   []string        // merged_from
	noMerge  map[string]bool // ids a split said to keep apart
}

type edgeDeal struct {
	pred  string
	out   bool
	other string
	usd   float64
}

// judgement is the decision on one candidate pair.
type judgement struct {
	arabic, latin string
	score         float64 // name match
	weight, need  float64
	evidence      []string
	veto          string // why the pair cannot be one entity
}

func (j judgement) ok() bool { return j.veto == "" && j.weight >= j.need }

// missing says what a candidate lacks, for `kg entities candidates`.
func (j judgement) missing() string {
	if j.veto != "" {
		return j.veto
	}
	if j.ok() {
		return ""
	}
	msg := fmt.Sprintf("evidence %.1f of %.1f", j.weight, j.need)
	for _, e := range j.evidence {
		if strings.HasPrefix(e, "shared deal") {
			return msg + ": needs the same amount or more shared deals or co-mentions"
		}
	}
	return msg + ": no shared deal or counterparty"
}

// nameScore is the best match between any Arabic name of a and any name of l.
func nameScore(a, l profile) float64 {
	best := 0.0
	for _, x := range a.names {
		for _, y := range l.names {
			best = math.Max(best, translit.Match(x, y))
		}
	}
	return best
}

// judge weighs the evidence for one pair. compatible tells whether two
// other entities are a candidate pair themselves (counterparties read in two
// scripts); name gives a display name for an id.
func judge(a, l profile, score float64, compatible func(x, y string) bool) judgement {
	j := judgement{arabic: a.id, latin: l.id, score: score, need: 1}
	if short(a) || short(l) {
		j.need++
	}
	if score < 1 {
		j.need += 0.5
	}
	for art := range a.articles {
		if l.articles[art] {
			j.veto = "both named in article " + art
			return j
		}
	}
	type shared struct {
		desc   string
		amount bool
	}
	deals := map[string]*shared{}
	for _, da := range a.deals {
		if da.other == l.id {
			j.veto = "a deal links the two"
			return j
		}
		for _, dl := range l.deals {
			if da.pred != dl.pred || da.out != dl.out || !(da.other == dl.other || compatible(da.other, dl.other)) {
				continue
			}
			dir := "->"
			if !da.out {
				dir = "<-"
			}
			k := da.pred + " " + dir + " " + dl.other
			sh := deals[k]
			if sh == nil {
				sh = &shared{desc: "shared deal " + k}
				deals[k] = sh
			}
			if sameAmount(da.usd, dl.usd) {
				sh.amount = true
			}
		}
	}
	for _, sh := range deals {
		j.weight++
		if sh.amount {
			j.weight++
			j.evidence = append(j.evidence, sh.desc+" (same amount)")
		} else {
			j.evidence = append(j.evidence, sh.desc)
		}
	}
	co := 0.0
	counterparty := map[string]bool{}
	for k := range deals {
		counterparty[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
	for x := range a.co {
		// A counterparty of a shared deal is named with both anyway: it
		// is not a second, independent sign.
		if l.co[x] && x != l.id && x != a.id && !counterparty[x] {
			co += coMentionWeight
			j.evidence = append(j.evidence, "co-mentioned with "+x)
		}
	}
	j.weight += math.Min(co, coMentionCap)
	sort.Strings(j.evidence)
	return j
}

func sameAmount(a, b float64) bool {
	return a > 0 && b > 0 && math.Abs(a-b) <= amountTolerance*math.Max(a, b)
}

// short: every name of the entity is a short one.
func short(p profile) bool {
	for _, n := range p.names {
		if translit.Key(n) != "" && !translit.Short(n) {
			return false
		}
	}
	return true
}

// decide picks, for each Arabic-only entity, the one candidate that passes
// and is better than every other; a tie leaves it for an analyst. It
// returns the merges (Arabic id -> judgement) and every judgement that fell
// short, in a stable order.
func decide(js []judgement) (merges []judgement, short []judgement) {
	byArabic := map[string][]judgement{}
	for _, j := range js {
		byArabic[j.arabic] = append(byArabic[j.arabic], j)
	}
	ids := make([]string, 0, len(byArabic))
	for id := range byArabic {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		list := byArabic[id]
		sort.Slice(list, func(i, k int) bool {
			if list[i].weight != list[k].weight {
				return list[i].weight > list[k].weight
			}
			if list[i].score != list[k].score {
				return list[i].score > list[k].score
			}
			return list[i].latin < list[k].latin
		})
		var passing []judgement
		for _, j := range list {
			if j.ok() {
				passing = append(passing, j)
			} else {
				short = append(short, j)
			}
		}
		switch {
		case len(passing) == 0:
		case len(passing) > 1 && passing[1].weight == passing[0].weight && passing[1].score == passing[0].score:
			for _, j := range passing {
				j.veto = "ambiguous: " + strings.Join(latinIDs(passing), ", ") + " fit equally"
				short = append(short, j)
			}
		default:
			merges = append(merges, passing[0])
			for _, j := range passing[1:] {
				j.veto = "a better candidate: " + passing[0].latin
				short = append(short, j)
			}
		}
	}
	return merges, short
}

func latinIDs(js []judgement) []string {
	out := make([]string, len(js))
	for i, j := range js {
		out[i] = j.latin
	}
	return out
}
