package export

import (
	_ "embed"
	"encoding/json"
	"io"
	"strings"

	"github.com/kg-news/kg/model"
)

//go:embed page.html
var pageHTML string

// WriteHTML writes one self-contained HTML page that draws the graph with
// its own small force layout (no server, no CDN, no network): drag to pan,
// wheel to zoom, drag a node to move it, click a node or a deal for its
// details and the sentences behind it. Articles are hidden until "articles"
// is ticked.
//
// Only http(s) URLs reach the page: any other url property is dropped, so a
// javascript: link stored by an older kg can never become clickable.
func WriteHTML(w io.Writer, g *Graph) error {
	data, err := json.Marshal(webOnly(toJSON(g))) // escapes <, > and &: safe inside <script>
	if err != nil {
		return err
	}
	page := strings.Replace(pageHTML, "/*KG_DATA*/null", string(data), 1)
	_, err = io.WriteString(w, page)
	return err
}

// webOnly drops the url properties that are not http(s) URLs, copying the
// property maps it changes so the caller's graph stays as read.
func webOnly(g jsonGraph) jsonGraph {
	for i, n := range g.Nodes {
		raw, ok := n.Properties["url"]
		if !ok {
			continue
		}
		if s, _ := raw.(string); model.WebURL(s) == "" {
			props := make(map[string]any, len(n.Properties))
			for k, v := range n.Properties {
				if k != "url" {
					props[k] = v
				}
			}
			g.Nodes[i].Properties = props
		}
	}
	return g
}
