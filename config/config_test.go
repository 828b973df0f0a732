package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// hermetic clears every KG_* variable for the test and points HOME at an
// empty folder, so the developer's environment (KG_NEO4J_URI set for
// another server, a ~/.config/kg/kg.yaml) cannot change what is tested.
func hermetic(t *testing.T) {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "KG_") {
			t.Setenv(k, "")
		}
	}
	t.Setenv("HOME", t.TempDir())
}

func write(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "kg.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPrecedenceFileEnvFlag(t *testing.T) {
	hermetic(t)
	p := write(t, "neo4j:\n  uri: bolt://file:7687\n  database: fromfile\ningest:\n  batch_size: 50\n")
	t.Setenv("KG_CONFIG", p)
	t.Setenv("KG_NEO4J_DATABASE", "fromenv")
	fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
	RegisterFlags(fs)
	if err := fs.Parse([]string{"--batch-size", "7"}); err != nil {
		t.Fatal(err)
	}
	c, err := Load(fs)
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.URI != "bolt://file:7687" || c.Neo4j.Database != "fromenv" || c.Ingest.BatchSize != 7 {
		t.Fatalf("got uri=%s db=%s batch=%d", c.Neo4j.URI, c.Neo4j.Database, c.Ingest.BatchSize)
	}
}

func TestErrorsNameTheKey(t *testing.T) {
	hermetic(t)
	cases := []struct{ yaml, key string }{
		{"neo4j:\n  uri: http://x:7474\n", "neo4j.uri"},
		{"neo4j:\n  uri: not a uri\n", "neo4j.uri"},
		{"ingest:\n  batch_size: 0\n", "ingest.batch_size"},
		{"ingest:\n  batch_size: lots\n", "ingest.batch_size"},
		{"ingest:\n  load_workers: 0\n", "ingest.load_workers"},
		{"log:\n  format: xml\n", "log.format"},
		{"log:\n  level: loud\n", "log.level"},
		{"rates:\n  per_usd:\n    eur: -1\n", "rates.per_usd.eur"},
		{"sources:\n  - {path: a, feed: b}\n", "sources[0]"},
		{"lexicon:\n  files: [/nonexistent/lex.tsv]\n", "lexicon.files"},
		{"query:\n  timeout: forever\n", "query.timeout"},
		{"query:\n  max_rows: 0\n", "query.max_rows"},
	}
	for _, c := range cases {
		t.Setenv("KG_CONFIG", write(t, c.yaml))
		_, err := Load(nil)
		if err == nil || !strings.Contains(err.Error(), c.key) {
			t.Errorf("%q: error %v does not name %s", c.yaml, err, c.key)
		}
	}
}

func TestPasswordFileAndMasking(t *testing.T) {
	hermetic(t)
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("s3cret-pass\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KG_CONFIG", write(t, "neo4j:\n  password_file: "+pw+"\n"))
	c, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.Password != "s3cret-pass" {
		t.Fatalf("password %q", c.Neo4j.Password)
	}
	if strings.Contains(c.String(), "s3cret") {
		t.Fatalf("String() leaks the password: %s", c.String())
	}
}

func TestBinaryNamedKgIsNotAConfig(t *testing.T) {
	hermetic(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kg"), []byte("\x7fELF\x00\x01"), 0o700); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { _ = os.Chdir(wd) })
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KG_CONFIG", "")
	t.Setenv("HOME", dir)
	if _, err := Load(nil); err != nil {
		t.Fatalf("a binary named kg was read as config: %v", err)
	}
}

// TestLocalCredentials: with no password configured, kg takes the local
// launcher's, but only for a loopback URI on the launcher's port.
func TestLocalCredentials(t *testing.T) {
	home := t.TempDir()
	body := "# scripts/neo4j.sh\nuri=bolt://127.0.0.1:7687\npassword=launcher-pw\n"
	if err := os.WriteFile(filepath.Join(home, LocalCredentialsFile), []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		uri, password, want string
	}{
		{"", "", "launcher-pw"}, // the default URI is the launcher's
		{"bolt://localhost:7687", "", "launcher-pw"},
		{"neo4j://127.0.0.1", "", "launcher-pw"},
		{"bolt://127.0.0.1:7688", "", ""}, // another local server
		{"bolt://db.example.com:7687", "", ""},
		{"neo4j+s://10.0.0.5:7687", "", ""},
		{"bolt://127.0.0.1:7687", "mine-pass", "mine-pass"},
	}
	for _, c := range cases {
		t.Setenv("KG_CONFIG", write(t, "log:\n  level: info\n"))
		t.Setenv("KG_NEO4J_HOME", home)
		t.Setenv("KG_NEO4J_URI", c.uri)
		t.Setenv("KG_NEO4J_PASSWORD", c.password)
		cfg, err := Load(nil)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Neo4j.Password != c.want {
			t.Errorf("uri %q password %q: got password %q, want %q", c.uri, c.password, cfg.Neo4j.Password, c.want)
		}
		if cfg.Neo4j.LocalPassword != (c.password == "" && c.want != "") {
			t.Errorf("uri %q: LocalPassword %v", c.uri, cfg.Neo4j.LocalPassword)
		}
	}
}

// TestMain clears the KG_* settings of the caller (make test sets
// KG_NEO4J_URI and friends for the test Neo4j), so each test sees only the
// files and variables it sets itself.
func TestMain(m *testing.M) {
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "KG_") {
			os.Unsetenv(k)
		}
	}
	os.Exit(m.Run())
}

// TestURIPasswordNeverShown: a password inside neo4j.uri appears neither in
// the debug config line nor in the error for a malformed URI.
func TestURIPasswordNeverShown(t *testing.T) {
	hermetic(t)
	t.Setenv("KG_CONFIG", write(t, "neo4j:\n  uri: bolt://neo4j:hunter22pw@db.example:7687\n"))
	c, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := c.String(); strings.Contains(s, "hunter22pw") || !strings.Contains(s, "db.example:7687") {
		t.Errorf("String() = %s", s)
	}
	for _, bad := range []string{"bolt://neo4j:hunter22pw@db.example:port", "bolt://neo4j:hunter22pw@", "neo4j:hunter22pw@db", "bolt://neo4j:hunter22pw@db:7687/%zz"} {
		t.Setenv("KG_NEO4J_URI", bad)
		_, err := Load(nil)
		if err == nil {
			t.Errorf("%s accepted", RedactURI(bad))
			continue
		}
		if strings.Contains(err.Error(), "hunter22pw") {
			t.Errorf("error shows the password: %v", err)
		}
	}
	if got := URIPassword("bolt://neo4j:hunter22pw@db:7687"); got != "hunter22pw" {
		t.Errorf("URIPassword = %q", got)
	}
}
