// Package config loads kg's settings from a YAML file, KG_* environment
// variables and command-line flags, in rising order of precedence, and checks
// them so that a wrong setting is reported by its key with what is allowed.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is the validated configuration.
type Config struct {
	Neo4j    Neo4j
	Ingest   Ingest
	Lexicon  Lexicon
	Rates    Rates
	Log      Log
	Sources  []Source
	Schedule string
	State    State
	Fetch    Fetch
	Job      Job
	Query    Query
	Files    Files
	File     string // the config file used, if any
}

// State says where the scheduled job keeps what must outlive a run (the
// failure log).
type State struct {
	Dir string
}

// Fetch bounds the HTTP requests of the scheduled job (feeds and pages).
type Fetch struct {
	Timeout      time.Duration // whole request, headers and body
	MaxBytes     int64         // largest body read; a larger one is a failure
	MaxRedirects int           // redirects followed before giving up
	UserAgent    string
}

// Job tunes the scheduled job's retries.
type Job struct {
	// RetryTimeout is how long one Neo4j operation is retried with
	// backoff before the pass gives up (the next pass starts over).
	RetryTimeout time.Duration
}

// Files says how source folders are read.
type Files struct {
	// FollowSymlinks reads symbolic links under a source folder that
	// point outside it; by default they are skipped and logged.
	FollowSymlinks bool
}

// Query bounds one `kg query`.
type Query struct {
	Timeout time.Duration // transaction timeout the server enforces
	MaxRows int           // rows printed in table format before cutting
}

// Neo4j says where the graph lives.
type Neo4j struct {
	URI      string
	User     string
	Password string `json:"-"`
	Database string
	// LocalPassword says the password came from the local launcher's
	// credentials file (no password was configured).
	LocalPassword bool
}

// Ingest tunes the ingest pipeline of kg ingest, kg run and kg extract.
type Ingest struct {
	BatchSize int // articles per write transaction
	Workers   int // extraction goroutines; 0 means one per core (GOMAXPROCS)
	Queue     int // batches read ahead of the one being written
	// LoadWorkers is how many write transactions one batch is split into,
	// committed at once over parts that share no entity; 1 writes a batch
	// in one transaction.
	LoadWorkers int
}

// Lexicon lists extra entity files to load besides the built-in one.
type Lexicon struct {
	Files []string
}

// Rates overrides the built-in currency reference rates (units per USD).
type Rates struct {
	Date   string
	PerUSD map[string]float64
}

// Log sets the log output.
type Log struct {
	Format string // text or json
	Level  string // debug, info, warn, error
}

// Source is one input of the scheduled job: a path or a feed URL.
type Source struct {
	Path string
	Feed string
}

// Flag names bound to config keys; cmd/kg registers them.
var flagKeys = map[string]string{
	"neo4j-uri":           "neo4j.uri",
	"neo4j-user":          "neo4j.user",
	"neo4j-password-file": "neo4j.password_file",
	"neo4j-database":      "neo4j.database",
	"batch-size":          "ingest.batch_size",
	"lexicon":             "lexicon.files",
	"log-format":          "log.format",
	"log-level":           "log.level",
}

// RegisterFlags adds the flags that override config keys.
func RegisterFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "config file (default: ./kg.yaml, then $HOME/.config/kg/kg.yaml; env KG_CONFIG)")
	fs.String("neo4j-uri", "", "Neo4j URI (neo4j.uri)")
	fs.String("neo4j-user", "", "Neo4j user (neo4j.user)")
	fs.String("neo4j-password-file", "", "file holding the Neo4j password (neo4j.password_file)")
	fs.String("neo4j-database", "", "Neo4j database (neo4j.database)")
	fs.Int("batch-size", 0, "articles per write transaction (ingest.batch_size)")
	fs.StringSlice("lexicon", nil, "extra lexicon files (lexicon.files)")
	fs.String("log-format", "", "log format: text or json (log.format)")
	fs.String("log-level", "", "log level: debug, info, warn, error (log.level)")
}

// Load reads the configuration. fs may be nil.
func Load(fs *pflag.FlagSet) (*Config, error) {
	v := viper.New()
	v.SetDefault("neo4j.uri", "bolt://127.0.0.1:7687")
	v.SetDefault("neo4j.user", "neo4j")
	v.SetDefault("neo4j.password", "")
	v.SetDefault("neo4j.password_file", "")
	v.SetDefault("neo4j.database", "neo4j")
	v.SetDefault("ingest.batch_size", 1000)
	v.SetDefault("ingest.workers", 0)
	v.SetDefault("ingest.queue", 2)
	v.SetDefault("ingest.load_workers", 1)
	v.SetDefault("lexicon.files", []string{})
	v.SetDefault("log.format", "text")
	v.SetDefault("log.level", "info")
	v.SetDefault("schedule", "15m")
	v.SetDefault("rates.date", "")
	v.SetDefault("state.dir", DefaultStateDir)
	v.SetDefault("fetch.timeout", "30s")
	v.SetDefault("fetch.max_bytes", DefaultMaxBytes)
	v.SetDefault("fetch.max_redirects", 5)
	v.SetDefault("fetch.user_agent", DefaultUserAgent)
	v.SetDefault("job.retry_timeout", "10m")
	v.SetDefault("query.timeout", "60s")
	v.SetDefault("query.max_rows", 1000)
	v.SetDefault("files.follow_symlinks", false)

	v.SetEnvPrefix("KG")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	file := os.Getenv("KG_CONFIG")
	if fs != nil {
		if f := fs.Lookup("config"); f != nil && f.Changed {
			file = f.Value.String()
		}
		for name, key := range flagKeys {
			if f := fs.Lookup(name); f != nil {
				if err := v.BindPFlag(key, f); err != nil {
					return nil, err
				}
			}
		}
	}
	explicit := file != ""
	if !explicit {
		// Look only for kg.yaml by its full name: viper's own search would
		// also take a file named "kg" (the binary) for a config.
		candidates := []string{"kg.yaml"}
		if home, err := os.UserHomeDir(); err == nil {
			candidates = append(candidates, home+"/.config/kg/kg.yaml")
		}
		for _, c := range candidates {
			if _, err := os.Stat(c); err == nil {
				file = c
				break
			}
		}
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("config %s: %w", file, err)
		}
	}
	return build(v)
}

func build(v *viper.Viper) (*Config, error) {
	c := &Config{File: v.ConfigFileUsed()}
	c.Neo4j = Neo4j{
		URI:      v.GetString("neo4j.uri"),
		User:     v.GetString("neo4j.user"),
		Password: v.GetString("neo4j.password"),
		Database: v.GetString("neo4j.database"),
	}
	if pf := v.GetString("neo4j.password_file"); pf != "" {
		b, err := os.ReadFile(pf)
		if err != nil {
			return nil, fmt.Errorf("config neo4j.password_file: %w", err)
		}
		c.Neo4j.Password = strings.TrimRight(string(b), "\r\n")
	}
	if c.Neo4j.Password == "" {
		c.Neo4j.Password, c.Neo4j.LocalPassword = localPassword(c.Neo4j.URI)
	}
	u, err := url.Parse(c.Neo4j.URI)
	switch {
	case err != nil || u.Host == "":
		return nil, fmt.Errorf("config neo4j.uri: %q is not a URI like bolt://host:7687", RedactURI(c.Neo4j.URI))
	case !oneOf(u.Scheme, "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"):
		return nil, fmt.Errorf("config neo4j.uri: scheme %q not allowed; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc", u.Scheme)
	}
	if c.Neo4j.User == "" {
		return nil, errors.New("config neo4j.user: must not be empty")
	}
	if c.Neo4j.Database == "" {
		return nil, errors.New("config neo4j.database: must not be empty")
	}

	if err := buildIngest(v, c); err != nil {
		return nil, err
	}

	c.Lexicon.Files = v.GetStringSlice("lexicon.files")
	for _, f := range c.Lexicon.Files {
		if _, err := os.Stat(f); err != nil {
			return nil, fmt.Errorf("config lexicon.files: %w", err)
		}
	}

	c.Rates.Date = v.GetString("rates.date")
	if m := v.GetStringMap("rates.per_usd"); len(m) > 0 {
		c.Rates.PerUSD = map[string]float64{}
		for k, raw := range m {
			f, ok := toFloat(raw)
			if !ok || f <= 0 {
				return nil, fmt.Errorf("config rates.per_usd.%s: %v is not a positive number of units per US dollar", k, raw)
			}
			c.Rates.PerUSD[strings.ToUpper(k)] = f
		}
	}

	c.Log = Log{Format: v.GetString("log.format"), Level: v.GetString("log.level")}
	if !oneOf(c.Log.Format, "text", "json") {
		return nil, fmt.Errorf("config log.format: %q not allowed; use text or json", c.Log.Format)
	}
	if !oneOf(c.Log.Level, "debug", "info", "warn", "error") {
		return nil, fmt.Errorf("config log.level: %q not allowed; use debug, info, warn or error", c.Log.Level)
	}

	c.Schedule = v.GetString("schedule")
	if err := checkSchedule(c.Schedule); err != nil {
		return nil, err
	}
	if raw := v.Get("sources"); raw != nil {
		list, ok := raw.([]any)
		if !ok {
			return nil, errors.New("config sources: must be a list of {path: ...} or {feed: ...}")
		}
		for i, item := range list {
			m, ok := item.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("config sources[%d]: must be {path: ...} or {feed: ...}", i)
			}
			s := Source{}
			s.Path, _ = m["path"].(string)
			s.Feed, _ = m["feed"].(string)
			if (s.Path == "") == (s.Feed == "") {
				return nil, fmt.Errorf("config sources[%d]: give exactly one of path or feed", i)
			}
			c.Sources = append(c.Sources, s)
		}
	}
	if err := buildJob(v, c); err != nil {
		return nil, err
	}
	if err := buildQuery(v, c); err != nil {
		return nil, err
	}
	switch raw := v.Get("files.follow_symlinks").(type) {
	case bool:
		c.Files.FollowSymlinks = raw
	case string:
		b, ok := map[string]bool{"true": true, "1": true, "false": false, "0": false, "": false}[strings.ToLower(strings.TrimSpace(raw))]
		if !ok {
			return nil, fmt.Errorf("config files.follow_symlinks: %q is not true or false", raw)
		}
		c.Files.FollowSymlinks = b
	default:
		return nil, fmt.Errorf("config files.follow_symlinks: %v is not true or false", raw)
	}
	return c, nil
}

func buildQuery(v *viper.Viper, c *Config) error {
	var err error
	if c.Query.Timeout, err = durationKey(v, "query.timeout", time.Second, 24*time.Hour); err != nil {
		return err
	}
	if c.Query.MaxRows, err = intKey(v, "query.max_rows"); err != nil {
		return err
	}
	if c.Query.MaxRows < 1 || c.Query.MaxRows > 10_000_000 {
		return fmt.Errorf("config query.max_rows: %d out of range; allowed 1..10000000", c.Query.MaxRows)
	}
	return nil
}

// ScheduleInterval returns the schedule as a duration when it is one.
func (c *Config) ScheduleInterval() (time.Duration, bool) {
	d, err := time.ParseDuration(c.Schedule)
	return d, err == nil && d > 0
}

// String prints the configuration with the password masked, for logs.
func (c *Config) String() string {
	pw := ""
	if c.Neo4j.Password != "" {
		pw = "***"
	}
	return fmt.Sprintf("neo4j.uri=%s neo4j.user=%s neo4j.password=%s neo4j.database=%s ingest.batch_size=%d lexicon.files=%v log.format=%s query.timeout=%s query.max_rows=%d files.follow_symlinks=%t",
		RedactURI(c.Neo4j.URI), c.Neo4j.User, pw, c.Neo4j.Database, c.Ingest.BatchSize, c.Lexicon.Files, c.Log.Format,
		c.Query.Timeout, c.Query.MaxRows, c.Files.FollowSymlinks)
}

func intKey(v *viper.Viper, key string) (int, error) {
	raw := v.Get(key)
	switch x := raw.(type) {
	case int:
		return x, nil
	case int64:
		return int(x), nil
	case float64:
		if x == float64(int(x)) {
			return int(x), nil
		}
	case string:
		var n int
		if _, err := fmt.Sscanf(x, "%d", &n); err == nil && fmt.Sprint(n) == strings.TrimSpace(x) {
			return n, nil
		}
	}
	return 0, fmt.Errorf("config %s: %v is not a whole number", key, raw)
}

func toFloat(raw any) (float64, bool) {
	switch x := raw.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	case string:
		var f float64
		_, err := fmt.Sscanf(x, "%g", &f)
		return f, err == nil
	}
	return 0, false
}

func oneOf(s string, allowed ...string) bool {
	for _, a := range allowed {
		if s == a {
			return true
		}
	}
	return false
}
