package export

import (
	"encoding/json"
	"io"
)

// jsonGraph is the JSON export: nodes and links, as d3 and most graph
// tools read them.
type jsonGraph struct {
	Nodes []jsonNode `json:"nodes"`
	Links []jsonLink `json:"links"`
}

type jsonNode struct {
	ID         string         `json:"id"`
	Kind       string         `json:"kind"`
	Labels     []string       `json:"labels"`
	Caption    string         `json:"caption"`
	Properties map[string]any `json:"properties"`
}

type jsonLink struct {
	Source     string         `json:"source"`
	Target     string         `json:"target"`
	Type       string         `json:"type"`
	Caption    string         `json:"caption"`
	Properties map[string]any `json:"properties"`
}

func toJSON(g *Graph) jsonGraph {
	out := jsonGraph{Nodes: make([]jsonNode, 0, len(g.Nodes)), Links: make([]jsonLink, 0, len(g.Links))}
	for _, n := range g.Nodes {
		out.Nodes = append(out.Nodes, jsonNode{ID: n.Key, Kind: n.Kind, Labels: n.Labels, Caption: n.Caption(), Properties: n.Props})
	}
	for _, l := range g.Links {
		out.Links = append(out.Links, jsonLink{Source: l.Source, Target: l.Target, Type: l.Type, Caption: l.Caption(), Properties: l.Props})
	}
	return out
}

// WriteJSON writes {"nodes": [...], "links": [...]}. A node's id is
// "entity:ID" or "article:ID"; links name their ends by those ids.
// Date-times are ISO 8601 strings.
func WriteJSON(w io.Writer, g *Graph) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(toJSON(g))
}
