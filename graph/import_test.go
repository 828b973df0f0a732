package graph

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-news/kg/model"
)

// The import tests stop the local Neo4j, replace its database with
// neo4j-admin database import and start it again, so they run only with
// KG_IMPORT_TEST=1, against the server scripts/neo4j.sh runs (the same
// KG_NEO4J_* variables).
func needImport(tb testing.TB) {
	tb.Helper()
	if os.Getenv("KG_IMPORT_TEST") != "1" {
		tb.Skip("set KG_IMPORT_TEST=1 (stops and restarts the local Neo4j) to test the bulk import")
	}
}

// reimport stops Neo4j, imports dir and starts Neo4j again; it returns how
// long neo4j-admin took and its peak RSS in MB.
func reimport(tb testing.TB, dir string) (time.Duration, float64) {
	tb.Helper()
	var out []byte
	sh := func(args ...string) *os.ProcessState {
		c := exec.Command("bash", append([]string{"../scripts/neo4j.sh"}, args...)...)
		// A busy machine can take minutes to start Neo4j.
		c.Env = append(os.Environ(), "KG_NEO4J_START_TIMEOUT=900")
		var err error
		out, err = c.CombinedOutput()
		if err != nil {
			tb.Fatalf("neo4j.sh %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return c.ProcessState
	}
	sh("stop")
	start := time.Now()
	st := sh("import", dir)
	took := time.Since(start)
	lastImportOutput = string(out)
	sh("start")
	var rss float64
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024 // kB on Linux
	}
	return took, rss
}

// lastImportOutput is what neo4j-admin printed in the last reimport.
var lastImportOutput string

var importDone = regexp.MustCompile(`IMPORT DONE in ([0-9a-z ]+)`)

// importerTime is the import's own duration as neo4j-admin reports it
// (without the JVM start), or 0.
func importerTime(out string) time.Duration {
	m := importDone.FindStringSubmatch(out)
	if m == nil {
		return 0
	}
	d, _ := time.ParseDuration(strings.ReplaceAll(strings.TrimSpace(m[1]), " ", ""))
	return d
}

func TestImportEqualsLoad(t *testing.T) {
	needImport(t)
	s := openTest(t)
	docs := append(corpus(), dealDocs()...)
	docs = append(docs, synthetic(50, 4, 5, 60)...)
	docs = append(docs, model.Document{
		Article:   art("quotes", "q", ""),
		Entities:  []model.Entity{{ID: "q", Type: model.Company, Name: `The "Quoted", Co; Ltd|x`, Mentions: []string{"line\nbreak"}}, aramco},
		Relations: []model.Relation{{Subject: "q", Predicate: model.PartnerIn, Object: "aramco", Evidence: `He said "yes, we will".`}},
	})
	// A revised version of an article in the same run replaces the first.
	revised := docs[len(docs)-2]
	revised.Article.Title += " (revised)"
	revised.Relations = revised.Relations[:1]
	docs = append(docs, revised)
	if _, err := s.Load(context.Background(), docs, 10000); err != nil {
		t.Fatal(err)
	}
	volatile := []string{"ingested_at", "first_seen", "last_seen"}
	want := dump(t, s, volatile...)

	dir := t.TempDir()
	rep, err := WriteImport(dir, docs, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Deals == 0 || rep.Mentions == 0 {
		t.Fatalf("import report %+v", rep)
	}
	_ = s.Close(context.Background())
	took, _ := reimport(t, dir)

	imported, err := Open(context.Background(), testConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = imported.Close(context.Background()) }()
	if _, err := imported.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := dump(t, imported, volatile...)
	if d := diff(want, got); d != "" {
		t.Errorf("imported graph differs from the loaded one:\n%s", d)
	}
	if len(got) != rep.Records() {
		t.Errorf("%d nodes and relationships, import wrote %d", len(got), rep.Records())
	}
	// The imported graph takes incremental loads like a loaded one: loading
	// the same documents again changes nothing.
	again, err := imported.Load(context.Background(), docs, 10000)
	if err != nil {
		t.Fatal(err)
	}
	if again.ArticlesUnchanged != rep.Articles || again.RelationshipsCreated != 0 {
		t.Errorf("re-load after import: %+v", again)
	}
	fmt.Printf("import: %+v, neo4j-admin %v\n", rep, took)
}
