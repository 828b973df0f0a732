package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kg-news/kg/graph"
)

// Table output is for people; json and csv keep the raw values. In a table:
//   - a number in a column named amount_usd or *_usd reads as US dollars
//     ("$97.4bn"), and a number in `amount` in the currency of the row's
//     `currency` column ("SAR 28.3m"), which the table then leaves out;
//   - a list reads as its items joined by ", ", a path as the route it
//     takes ("A -[BID_FOR $97.4bn]-> B"), a node or relationship as its
//     caption, any other map as key: value pairs;
//   - a column that repeats an earlier one cell for cell (and is not all
//     empty) is left out: a query's `route` and the `path` it spells out.

// tableView renders rows as table cells and says which columns to show.
func tableView(cols []string, rows [][]any) ([]string, [][]string) {
	currency := indexOf(cols, "currency")
	keep := make([]bool, len(cols))
	for i := range cols {
		keep[i] = !(i == currency && indexOf(cols, "amount") >= 0)
	}
	cells := make([][]string, len(rows))
	for ri, r := range rows {
		cells[ri] = make([]string, len(r))
		for i, v := range r {
			cur := ""
			switch {
			case strings.HasSuffix(cols[i], "_usd"):
				cur = "USD"
			case cols[i] == "amount" && currency >= 0:
				cur, _ = r[currency].(string)
			default:
				cells[ri][i] = tableCell(v)
				continue
			}
			cells[ri][i] = moneyCell(v, cur)
		}
	}
	for i := range cols {
		for j := 0; j < i && keep[i]; j++ {
			if keep[j] && sameColumn(cells, i, j) {
				keep[i] = false
			}
		}
	}
	var outCols []string
	for i, c := range cols {
		if keep[i] {
			outCols = append(outCols, c)
		}
	}
	out := make([][]string, len(cells))
	for ri, r := range cells {
		for i, c := range r {
			if keep[i] {
				out[ri] = append(out[ri], c)
			}
		}
	}
	return outCols, out
}

func indexOf(cols []string, name string) int {
	for i, c := range cols {
		if c == name {
			return i
		}
	}
	return -1
}

// sameColumn: columns i and j hold the same cells, not all empty.
func sameColumn(cells [][]string, i, j int) bool {
	filled := false
	for _, r := range cells {
		if r[i] != r[j] {
			return false
		}
		filled = filled || r[i] != ""
	}
	return filled
}

// moneyCell is a number as money in cur ("" for none); anything else as a
// plain cell.
func moneyCell(v any, cur string) string {
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case int64:
		f = float64(x)
	default:
		return tableCell(v)
	}
	if s := graph.AmountText(f, cur); s != "" {
		return s
	}
	return cell(v)
}

// tableCell is one value as a person reads it.
func tableCell(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = tableCell(e)
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return mapCell(x)
	}
	return cell(v)
}

// mapCell renders what graph.Plain makes of paths, nodes and relationships,
// and any other map as sorted key: value pairs.
func mapCell(m map[string]any) string {
	if nodes, ok := m["nodes"].([]any); ok {
		if rels, ok := m["relationships"].([]any); ok && len(m) == 2 {
			return route(nodes, rels)
		}
	}
	if _, ok := m["_labels"]; ok {
		return caption(m)
	}
	if t, ok := m["_type"].(string); ok {
		if c, ok := m["caption"].(string); ok && c != "" {
			return c
		}
		return t
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + tableCell(m[k])
	}
	return strings.Join(parts, ", ")
}

// caption is a node's display name: its caption, English name, Arabic
// name or id.
func caption(node map[string]any) string {
	for _, k := range []string{"caption", "name", "name_ar", "title", "id"} {
		if s, ok := node[k].(string); ok && s != "" {
			return s
		}
	}
	return fmt.Sprint(node["_id"])
}

// route spells a path out with arrows in each relationship's direction.
func route(nodes, rels []any) string {
	if len(nodes) == 0 {
		return ""
	}
	var b strings.Builder
	first, _ := nodes[0].(map[string]any)
	b.WriteString(caption(first))
	for i, r := range rels {
		rel, _ := r.(map[string]any)
		if i+1 >= len(nodes) {
			break
		}
		next, _ := nodes[i+1].(map[string]any)
		text := mapCell(rel)
		if rel["_start"] == next["_id"] {
			b.WriteString(" <-[" + text + "]- ")
		} else {
			b.WriteString(" -[" + text + "]-> ")
		}
		b.WriteString(caption(next))
	}
	return b.String()
}

// rowCount is "1 row", "2 rows".
func rowCount(n int) string {
	if n == 1 {
		return "(1 row)"
	}
	return fmt.Sprintf("(%d rows)", n)
}
