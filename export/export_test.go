package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-news/kg/export"
	"github.com/kg-news/kg/internal/kgtest"
)

func write(t *testing.T, format string, g *export.Graph) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(&b, format, g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

type jsonGraph struct {
	Nodes []struct {
		ID         string         `json:"id"`
		Kind       string         `json:"kind"`
		Caption    string         `json:"caption"`
		Properties map[string]any `json:"properties"`
	} `json:"nodes"`
	Links []struct {
		Source, Target, Type, Caption string
		Properties                    map[string]any `json:"properties"`
	} `json:"links"`
}

// TestExports exports the demo graph in every format and checks each.
func TestExports(t *testing.T) {
	s := kgtest.Examples(t)
	ctx := context.Background()
	g, err := export.Read(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	_, rows := kgtest.Rows(t, s, `MATCH (n) WHERE n:Entity OR n:Article WITH count(n) AS n
		MATCH ()-[r]->() RETURN n, count(r)`, nil)
	nodes, links := int(rows[0][0].(int64)), int(rows[0][1].(int64))
	if len(g.Nodes) != nodes || len(g.Links) != links {
		t.Fatalf("read %d nodes, %d links; graph has %d, %d", len(g.Nodes), len(g.Links), nodes, links)
	}

	t.Run("json", func(t *testing.T) {
		var j jsonGraph
		if err := json.Unmarshal(write(t, "json", g), &j); err != nil {
			t.Fatal(err)
		}
		if len(j.Nodes) != nodes || len(j.Links) != links {
			t.Fatalf("%d nodes, %d links", len(j.Nodes), len(j.Links))
		}
		found := false
		for _, l := range j.Links {
			if l.Source == "entity:elon-musk" && l.Type == "BID_FOR" && l.Target == "entity:openai" {
				found = l.Properties["amount_usd"] == 97.4e9 && l.Caption == "BID_FOR $97.4bn"
			}
		}
		if !found {
			t.Error("no Musk -BID_FOR $97.4bn-> OpenAI link")
		}
		for _, n := range j.Nodes {
			if n.ID == "entity:careem" && (n.Kind != "Company" || n.Properties["name_ar"] != "كريم") {
				t.Errorf("careem: %+v", n)
			}
		}
	})

	t.Run("graphml", func(t *testing.T) {
		var doc struct {
			Graph struct {
				Nodes []struct {
					ID   string `xml:"id,attr"`
					Data []struct {
						Key   string `xml:"key,attr"`
						Value string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"node"`
				Edges []struct {
					Source string `xml:"source,attr"`
					Target string `xml:"target,attr"`
					Data   []struct {
						Key   string `xml:"key,attr"`
						Value string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(write(t, "graphml", g), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Graph.Nodes) != nodes || len(doc.Graph.Edges) != links {
			t.Fatalf("%d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
		}
		found := false
		for _, e := range doc.Graph.Edges {
			if e.Source == "entity:uber" && e.Target == "entity:careem" {
				for _, d := range e.Data {
					found = found || (d.Key == "e_amount_usd" && d.Value == "3.1e+09")
				}
			}
		}
		if !found {
			t.Error("no Uber -> Careem edge with amount_usd 3.1e+09")
		}
	})

	t.Run("cypher", func(t *testing.T) {
		script := string(write(t, "cypher", g))
		want := string(write(t, "json", g))
		// Rebuild from the script on an empty database, twice: the
		// second run must change nothing.
		s2 := kgtest.Open(t)
		for run := 1; run <= 2; run++ {
			var stmts []string
			for _, line := range strings.Split(script, "\n") {
				if line != "" && !strings.HasPrefix(line, "//") {
					stmts = append(stmts, strings.TrimSuffix(line, ";"))
				}
			}
			kgtest.Write(t, stmts...)
			g2, err := export.Read(ctx, s2)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(write(t, "json", g2)); got != want {
				t.Fatalf("run %d: rebuilt graph differs from the original:\n%s", run, firstDiff(got, want))
			}
		}
	})

	t.Run("html", func(t *testing.T) {
		page := filepath.Join(t.TempDir(), "kg.html")
		if err := os.WriteFile(page, write(t, "html", g), 0o644); err != nil {
			t.Fatal(err)
		}
		checkHTML(t, page, g)
	})
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "got:  " + la[i] + "\nwant: " + lb[i]
		}
	}
	return "lengths differ"
}

// checkHTML opens the exported page in headless Chromium from a file: URL
// (no server) and checks that it draws the graph, shows evidence on click,
// zooms and shows articles on demand.
func checkHTML(t *testing.T, page string, g *export.Graph) {
	b := kgtest.Chromium(t, 1400, 900)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := b.Navigate(ctx, "file://"+page); err != nil {
		t.Fatal(err)
	}
	if err := b.WaitFor(ctx, `document.body.dataset.ready === "1"`, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	entities := 0
	for _, n := range g.Nodes {
		if n.Kind != "Article" {
			entities++
		}
	}
	var drawn int
	if err := b.Eval(ctx, `document.querySelectorAll("svg g.node circle").length`, &drawn); err != nil {
		t.Fatal(err)
	}
	if drawn != entities {
		t.Fatalf("drew %d nodes, want %d entities", drawn, entities)
	}
	// The header counts the whole graph, as kg stats does, and says what is hidden.
	all := fmt.Sprintf("%d nodes, %d relationships", len(g.Nodes), len(g.Links))
	var count string
	if err := b.Eval(ctx, `document.getElementById("count").textContent`, &count); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(count, fmt.Sprintf("showing %d nodes", entities)) || !strings.Contains(count, "of "+all+" (articles") {
		t.Errorf("header %q, want the %d entities shown of %s and why", count, entities, all)
	}
	// Every node inside the view after the initial fit.
	var outside int
	if err := b.Eval(ctx, `(() => { const r = document.getElementById("graph").getBoundingClientRect(); let n = 0;
		for (const c of document.querySelectorAll("g.node circle")) { const b = c.getBoundingClientRect();
		  if (b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1) n++; }
		return n; })()`, &outside); err != nil {
		t.Fatal(err)
	}
	if outside > 0 {
		t.Errorf("%d nodes drawn outside the view", outside)
	}
	// Click Musk's bid: the panel shows the amount and both sentences.
	var panel string
	if err := b.Eval(ctx, `(() => {
		const g = [...document.querySelectorAll("g.link")].find(g => g._link.source === "entity:elon-musk" && g._link.type === "BID_FOR");
		const box = g.querySelector("path.hit").getBoundingClientRect();
		return JSON.stringify([box.left + box.width / 2, box.top + box.height / 2]); })()`, &panel); err != nil {
		t.Fatal(err)
	}
	if err := b.Eval(ctx, `[...document.querySelectorAll("g.link")].find(g => g._link.source === "entity:elon-musk" && g._link.type === "BID_FOR").dispatchEvent(new MouseEvent("click", {bubbles: true}))`, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.Eval(ctx, `document.getElementById("panel").innerText`, &panel); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"$97.4bn", "rejected", "97.4 billion", "97.4 مليار", "OpenAI board rejects"} {
		if !strings.Contains(panel, want) {
			t.Errorf("evidence panel lacks %q:\n%s", want, panel)
		}
	}
	kgtest.Screenshot(t, b, "export-html.png")
	// Wheel zoom changes the view's scale.
	var scale string
	if err := b.Eval(ctx, `(() => { const before = document.getElementById("view").getAttribute("transform");
		document.getElementById("graph").dispatchEvent(new WheelEvent("wheel", {deltaY: -300, clientX: 300, clientY: 300, bubbles: true, cancelable: true}));
		return before + " -> " + document.getElementById("view").getAttribute("transform"); })()`, &scale); err != nil {
		t.Fatal(err)
	}
	if parts := strings.Split(scale, " -> "); len(parts) != 2 || parts[0] == parts[1] {
		t.Errorf("wheel did not zoom: %s", scale)
	}
	// Ticking "articles" draws the articles too.
	if err := b.Eval(ctx, `document.getElementById("articles").click()`, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.Eval(ctx, `document.querySelectorAll("svg g.node").length`, &drawn); err != nil {
		t.Fatal(err)
	}
	if drawn != len(g.Nodes) {
		t.Errorf("with articles: drew %d nodes, want %d", drawn, len(g.Nodes))
	}
	if err := b.Eval(ctx, `document.getElementById("count").textContent`, &count); err != nil {
		t.Fatal(err)
	}
	if count != all {
		t.Errorf("with articles: header %q, want %q", count, all)
	}
}

// TestHTMLEscapes checks that text from articles cannot break out of the
// page's script or markup.
func TestHTMLEscapes(t *testing.T) {
	g := &export.Graph{Nodes: []export.Node{{Key: "entity:x", ID: "x", Kind: "Company",
		Props: map[string]any{"id": "x", "name": "</script><script>alert(1)</script>"}}}}
	page := string(write(t, "html", g))
	if strings.Count(page, "</script>") != 1 {
		t.Error("a name closed the page's script element")
	}
}

// TestCypherLiterals checks the quoting of the rebuild script.
func TestCypherLiterals(t *testing.T) {
	g := &export.Graph{Nodes: []export.Node{{Key: "entity:a", ID: "a\"b", Kind: "Company", Labels: []string{"Company", "Entity"},
		Props:    map[string]any{"id": "a\"b", "name": "x\ny\\z", "n": int64(3), "f": 1e10, "l": []any{"p", 1.5}, "t": "2025-01-01T00:00:00Z"},
		Temporal: []string{"t"}}}}
	script := string(write(t, "cypher", g))
	want := "MERGE (n:`Entity` {id: \"a\\\"b\"}) SET n:`Company` SET n += {`f`: 10000000000.0, `id`: \"a\\\"b\", `l`: [\"p\", 1.5], `n`: 3, `name`: \"x\\ny\\\\z\", `t`: datetime(\"2025-01-01T00:00:00Z\")};"
	if !strings.Contains(script, want) {
		t.Errorf("script:\n%s\nwant line:\n%s", script, want)
	}
}

// TestHTMLDropsScriptURLs: an article url that is not http(s) never reaches
// the page, so it cannot become a clickable javascript: link.
func TestHTMLDropsScriptURLs(t *testing.T) {
	g := &export.Graph{Nodes: []export.Node{
		{Key: "article:a", ID: "a", Kind: "Article", Props: map[string]any{"id": "a", "url": "javascript:alert(document.domain)"}},
		{Key: "article:b", ID: "b", Kind: "Article", Props: map[string]any{"id": "b", "url": " JaVaScRiPt:alert(2)"}},
		{Key: "article:c", ID: "c", Kind: "Article", Props: map[string]any{"id": "c", "url": "data:text/html,<b>x</b>"}},
		{Key: "article:d", ID: "d", Kind: "Article", Props: map[string]any{"id": "d", "url": "https://news.example/d"}},
	}}
	page := strings.ToLower(string(write(t, "html", g)))
	for _, bad := range []string{"javascript:alert", "data:text/html"} {
		if strings.Contains(page, bad) {
			t.Errorf("page carries %q", bad)
		}
	}
	if !strings.Contains(page, "https://news.example/d") {
		t.Error("page lost the http(s) url")
	}
	if g.Nodes[0].Props["url"] == nil {
		t.Error("WriteHTML changed the caller's graph")
	}
}
