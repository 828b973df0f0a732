package config

import (
	"bufio"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// LocalCredentialsFile is the file scripts/neo4j.sh writes in its home
// (KG_NEO4J_HOME, default .neo4j) once the local launcher's Neo4j is up:
// its Bolt URI and password, so `bin/kg` works after `make demo` with
// nothing set.
const LocalCredentialsFile = "credentials"

// localPassword returns the local launcher's password for uri when no
// password was configured: only for a loopback URI on the very port the
// launcher wrote, so a remote Neo4j never gets it.
func localPassword(uri string) (string, bool) {
	home := os.Getenv("KG_NEO4J_HOME")
	if home == "" {
		home = ".neo4j"
	}
	f, err := os.Open(filepath.Join(home, LocalCredentialsFile))
	if err != nil {
		return "", false
	}
	defer f.Close()
	kv := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if ok && !strings.HasPrefix(strings.TrimSpace(k), "#") {
			kv[strings.TrimSpace(k)] = v
		}
	}
	if kv["password"] == "" || !sameLocalServer(uri, kv["uri"]) {
		return "", false
	}
	return kv["password"], true
}

// sameLocalServer reports whether both URIs name a loopback host and the
// same port.
func sameLocalServer(configured, local string) bool {
	a, err1 := url.Parse(configured)
	b, err2 := url.Parse(local)
	if err1 != nil || err2 != nil || !isLoopback(a.Hostname()) || !isLoopback(b.Hostname()) {
		return false
	}
	return port(a) == port(b)
}

func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	return "7687"
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
