// Package browser carries kg's Neo4j Browser material: a graph style sheet
// (GraSS) and a guide (":play" slides) that walks a new analyst through the
// graph with clickable saved queries, and a small HTTP server for both.
package browser

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"regexp"
	"sort"
	"strings"

	"github.com/kg-news/kg/examples"
	"github.com/kg-news/kg/graph"
)

//go:embed kg.grass
var style string

//go:embed guide.html.tmpl
var guideTemplate string

// Style is the graph style sheet. Captions read the `caption` properties
// kg ingest writes (graph.Store.UpdateCaptions). GraSS takes no comments
// and needs single quotes around values holding braces.
func Style() string { return style }

// slide is one saved query presented in the guide.
type slide struct {
	Name, Title, Text, Description, Params, Cypher, Command string
}

// tour is the order and wording of the guide's query slides; the Cypher
// comes from the saved queries, so the guide never drifts from them.
var tour = []struct {
	name, title, text string
	params            map[string]string // Browser parameter -> Cypher literal
}{
	{"find", "Find someone, in any language", "Search every name and alias, Arabic or English, with fuzzy matching.", map[string]string{"text": "'ماسك'", "limit": "10"}},
	{"neighbourhood", "Draw a neighbourhood", "An entity and every deal and role around it. Switch to the graph view to see amounts on the arrows; click an arrow for its evidence.", map[string]string{"entity": "'OpenAI'", "hops": "1"}},
	{"investors", "Who put money in", "Investments and acquisitions into a company, with US-dollar amounts.", map[string]string{"company": "'OpenAI'"}},
	{"largest-deals", "The largest deals", "Every kind of deal ranked by its amount in US dollars.", map[string]string{"limit": "10", "min_confidence": "0"}},
	{"evidence", "Where a fact comes from", "The articles and the sentences behind the relationships between two entities.", map[string]string{"subject": "'Elon Musk'", "object": "'OpenAI'"}},
	{"rejected-bids", "Bids that were turned down", "Bids whose latest report says rejected.", map[string]string{"limit": "50"}},
	{"person-deals", "A person's deals", "Deals a person made, and deals made by the companies they run.", map[string]string{"person": "'Satya Nadella'", "via_founded": "false"}},
	{"paths", "How two entities connect", "The shortest chains of deals and roles between two entities.", map[string]string{"from": "'Public Investment Fund'", "to": "'Careem'", "max_hops": "4"}},
	{"disputed-figures", "Figures that disagree", "The same deal reported at different amounts by different sources.", map[string]string{"min_gap": "0.01"}},
	{"arabic-only", "Seen only in Arabic", "Entities that only Arabic sources mention so far.", map[string]string{"lang": "'ar'", "limit": "100"}},
	{"changed-since", "What changed", "Deals, entities and articles added or confirmed since a date.", map[string]string{"since": "'2025-01-01'", "limit": "200"}},
	{"co-mentioned", "Who appears together", "Entities named in the same articles, and whether a deal links them.", map[string]string{"entity": "'Uber'", "limit": "25"}},
}

var leadingComments = regexp.MustCompile(`(?m)\A(\s*//[^\n]*\n)*\s*`)

// Guide renders the guide. styleURL is where the Browser can fetch the
// style (shown in a runnable `:style URL` line).
func Guide(styleURL string) (string, error) {
	t, err := template.New("guide").Parse(guideTemplate)
	if err != nil {
		return "", err
	}
	var slides []slide
	for _, s := range tour {
		b, err := examples.Queries.ReadFile("queries/" + s.name + ".cypher")
		if err != nil {
			return "", fmt.Errorf("guide: %w", err)
		}
		q, err := graph.ParseSavedQuery(s.name, b)
		if err != nil {
			return "", err
		}
		var params, args []string
		for _, p := range q.Params {
			v, ok := s.params[p.Name]
			if !ok {
				return "", fmt.Errorf("guide: slide %s gives no value for parameter %s", s.name, p.Name)
			}
			params = append(params, fmt.Sprintf(":param %s => %s", p.Name, v))
			args = append(args, fmt.Sprintf("--param %s=%s", p.Name, strings.ReplaceAll(v, "'", "")))
		}
		slides = append(slides, slide{
			Name: s.name, Title: s.title, Text: s.text, Description: q.Description,
			Params:  strings.Join(params, "\n"),
			Cypher:  strings.TrimSpace(leadingComments.ReplaceAllString(q.Cypher, "")),
			Command: strings.TrimSpace("kg query " + s.name + " " + strings.Join(args, " ")),
		})
	}
	var b bytes.Buffer
	if err := t.Execute(&b, map[string]any{"StyleURL": styleURL, "Slides": slides}); err != nil {
		return "", err
	}
	return b.String(), nil
}

// TourCovers reports the saved queries the guide does not present.
func TourCovers() (missing []string, err error) {
	files, err := fs.Glob(examples.Queries, "queries/*.cypher")
	if err != nil {
		return nil, err
	}
	in := map[string]bool{}
	for _, s := range tour {
		in[s.name] = true
	}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "queries/"), ".cypher")
		if !in[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	return missing, nil
}

// Handler serves the style at /kg.grass, the guide at /guide.html and a
// short index at /. base is the server's URL as the Browser reaches it, such
// as http://127.0.0.1:7475. Neo4j Browser fetches remote guides and styles
// only from hosts in the server setting
// browser.remote_content_hostname_whitelist (the local Neo4j of
// scripts/neo4j.sh allows 127.0.0.1 and localhost; Neo4j's default is
// guides.neo4j.com and localhost, and Browser's page policy keeps Chromium
// from fetching http://localhost, so use 127.0.0.1). Responses allow any
// origin, since the Browser page comes from Neo4j's own port.
func Handler(base string) http.Handler {
	base = strings.TrimSuffix(base, "/")
	mux := http.NewServeMux()
	cors := func(w http.ResponseWriter, ctype string) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Cache-Control", "no-cache")
	}
	mux.HandleFunc("GET /kg.grass", func(w http.ResponseWriter, _ *http.Request) {
		cors(w, "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(style))
	})
	mux.HandleFunc("GET /guide.html", func(w http.ResponseWriter, _ *http.Request) {
		g, err := Guide(base + "/kg.grass")
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		cors(w, "text/html; charset=utf-8")
		_, _ = w.Write([]byte(g))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, _ *http.Request) {
		cors(w, "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><meta charset="utf-8"><title>kg for Neo4j Browser</title>
<h1>kg for Neo4j Browser</h1>
<p>In Neo4j Browser, run:</p>
<pre>:style %[1]s/kg.grass
:play %[1]s/guide.html</pre>
<p><a href="/kg.grass">kg.grass</a> · <a href="/guide.html">guide.html</a></p>`, template.HTMLEscapeString(base))
	})
	return mux
}
