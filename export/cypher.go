package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// WriteCypher writes a Cypher script that rebuilds the graph: the id
// constraints, then one MERGE per node and relationship, one statement per
// line ending in ";". MERGE on ids (and on deal keys) makes the script
// idempotent: running it again, or on a graph that already holds part of
// it, changes nothing. Run it with cypher-shell -f, or paste it into Neo4j
// Browser (multi-statement editor).
func WriteCypher(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "// kg export: rebuilds the knowledge graph with idempotent MERGEs.")
	fmt.Fprintf(bw, "// %d nodes, %d relationships. Run: cypher-shell -u neo4j -f FILE\n", len(g.Nodes), len(g.Links))
	fmt.Fprintln(bw, "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;")
	fmt.Fprintln(bw, "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;")
	for _, n := range g.Nodes {
		base := "Entity"
		if n.Kind == "Article" {
			base = "Article"
		}
		fmt.Fprintf(bw, "MERGE (n:%s {id: %s})", ident(base), literal(n.ID, false))
		var extra []string
		for _, l := range n.Labels {
			if l != base {
				extra = append(extra, ident(l))
			}
		}
		if len(extra) > 0 {
			fmt.Fprintf(bw, " SET n:%s", strings.Join(extra, ":"))
		}
		fmt.Fprintf(bw, " SET n += %s;\n", mapLiteral(n.Props, n.Temporal))
	}
	for _, l := range g.Links {
		fmt.Fprintf(bw, "MATCH (a:%s {id: %s}) MATCH (b:Entity {id: %s}) ",
			ident(nodeLabel(l.Source)), literal(keyID(l.Source), false), literal(keyID(l.Target), false))
		if key, ok := l.Props["key"]; ok {
			fmt.Fprintf(bw, "MERGE (a)-[r:%s {key: %s}]->(b)", ident(l.Type), literal(key, false))
		} else {
			fmt.Fprintf(bw, "MERGE (a)-[r:%s]->(b)", ident(l.Type))
		}
		if len(l.Props) > 0 {
			fmt.Fprintf(bw, " SET r += %s", mapLiteral(l.Props, l.Temporal))
		}
		fmt.Fprintln(bw, ";")
	}
	return bw.Flush()
}

func nodeLabel(key string) string {
	if strings.HasPrefix(key, "article:") {
		return "Article"
	}
	return "Entity"
}

func keyID(key string) string {
	_, id, _ := strings.Cut(key, ":")
	return id
}

// ident quotes a label, type or property name with backticks.
func ident(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}

func mapLiteral(props map[string]any, temporal []string) string {
	var b strings.Builder
	b.WriteString("{")
	for i, k := range sortedKeys(props) {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(ident(k))
		b.WriteString(": ")
		b.WriteString(literal(props[k], slices.Contains(temporal, k)))
	}
	b.WriteString("}")
	return b.String()
}

// literal renders a plain value as a Cypher literal; temporal wraps a
// date-time string in datetime().
func literal(v any, temporal bool) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return "null"
		}
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	case string:
		if temporal {
			return "datetime(" + quote(x) + ")"
		}
		return quote(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = literal(e, temporal)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		return mapLiteral(x, nil)
	}
	return quote(fmt.Sprint(v))
}

// quote renders a Cypher string literal; everything outside printable
// ASCII-safe text is escaped, so a statement always fits on one line.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
