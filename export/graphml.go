package export

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// WriteGraphML writes GraphML that Gephi, yEd and networkx read. Every
// property becomes a <key> (double, long, boolean or string; lists and
// maps as JSON text); "label" holds the caption and "labels" the Neo4j
// labels (":Entity:Person").
func WriteGraphML(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	nodeKeys := keyTypes(func(yield func(map[string]any)) {
		for _, n := range g.Nodes {
			yield(n.Props)
		}
	})
	edgeKeys := keyTypes(func(yield func(map[string]any)) {
		for _, l := range g.Links {
			yield(l.Props)
		}
	})
	fmt.Fprintln(bw, `<?xml version="1.0" encoding="UTF-8"?>`)
	fmt.Fprintln(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`)
	fmt.Fprintln(bw, `  <key id="label" for="node" attr.name="label" attr.type="string"/>`)
	fmt.Fprintln(bw, `  <key id="labels" for="node" attr.name="labels" attr.type="string"/>`)
	fmt.Fprintln(bw, `  <key id="kind" for="node" attr.name="kind" attr.type="string"/>`)
	fmt.Fprintln(bw, `  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>`)
	fmt.Fprintln(bw, `  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>`)
	for _, k := range sortedKeys(nodeKeys) {
		fmt.Fprintf(bw, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", esc(k), esc(k), nodeKeys[k])
	}
	for _, k := range sortedKeys(edgeKeys) {
		fmt.Fprintf(bw, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", esc(k), esc(k), edgeKeys[k])
	}
	fmt.Fprintln(bw, `  <graph id="kg" edgedefault="directed">`)
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", esc(n.Key))
		data(bw, "label", n.Caption())
		data(bw, "labels", ":"+strings.Join(n.Labels, ":"))
		data(bw, "kind", n.Kind)
		for _, k := range sortedKeys(n.Props) {
			data(bw, "n_"+k, graphmlValue(n.Props[k], nodeKeys[k]))
		}
		fmt.Fprintln(bw, "    </node>")
	}
	for i, l := range g.Links {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, esc(l.Source), esc(l.Target))
		data(bw, "e_label", l.Caption())
		data(bw, "e_type", l.Type)
		for _, k := range sortedKeys(l.Props) {
			data(bw, "e_"+k, graphmlValue(l.Props[k], edgeKeys[k]))
		}
		fmt.Fprintln(bw, "    </edge>")
	}
	fmt.Fprintln(bw, "  </graph>")
	fmt.Fprintln(bw, "</graphml>")
	return bw.Flush()
}

func data(w io.Writer, key, value string) {
	fmt.Fprintf(w, "      <data key=\"%s\">%s</data>\n", esc(key), esc(value))
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// keyTypes finds each property's GraphML type over all elements: long if
// every value is an integer, double if every value is a number, boolean if
// every value is a bool, else string.
func keyTypes(each func(func(map[string]any))) map[string]string {
	types := map[string]string{}
	each(func(props map[string]any) {
		for k, v := range props {
			var t string
			switch v.(type) {
			case int64:
				t = "long"
			case float64:
				t = "double"
			case bool:
				t = "boolean"
			default:
				t = "string"
			}
			switch prev, seen := types[k]; {
			case !seen || prev == t:
				types[k] = t
			case (prev == "long" && t == "double") || (prev == "double" && t == "long"):
				types[k] = "double"
			default:
				types[k] = "string"
			}
		}
	})
	return types
}

func graphmlValue(v any, typ string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
