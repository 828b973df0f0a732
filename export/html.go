package export

import (
	_ "embed"
	"encoding/json"
	"io"
	"strings"
)

//go:embed page.html
var pageHTML string

// WriteHTML writes one self-contained HTML page that draws the graph with
// its own small force layout (no server, no CDN, no network): drag to pan,
// wheel to zoom, drag a node to move it, click a node or a deal for its
// details and the sentences behind it. Articles are hidden until "articles"
// is ticked.
func WriteHTML(w io.Writer, g *Graph) error {
	data, err := json.Marshal(toJSON(g)) // escapes <, > and &: safe inside <script>
	if err != nil {
		return err
	}
	page := strings.Replace(pageHTML, "/*KG_DATA*/null", string(data), 1)
	_, err = io.WriteString(w, page)
	return err
}
