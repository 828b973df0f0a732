package config

import (
	"strings"
	"testing"
	"time"
)

func TestJobDefaults(t *testing.T) {
	hermetic(t)
	t.Setenv("KG_CONFIG", write(t, "sources:\n  - path: ./articles\n  - feed: https://news.example/rss.xml\n  - feed: ./feeds/local.xml\n"))
	c, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.State.Dir != DefaultStateDir || c.Fetch.Timeout != 30*time.Second || c.Fetch.MaxBytes != DefaultMaxBytes ||
		c.Fetch.MaxRedirects != 5 || c.Fetch.UserAgent != DefaultUserAgent || c.Job.RetryTimeout != 10*time.Minute {
		t.Fatalf("defaults: %+v %+v %+v", c.State, c.Fetch, c.Job)
	}
	if len(c.Sources) != 3 || c.Sources[1].Feed != "https://news.example/rss.xml" {
		t.Fatalf("sources: %+v", c.Sources)
	}
	if d, ok := c.ScheduleInterval(); !ok || d != 15*time.Minute {
		t.Fatalf("schedule %q", c.Schedule)
	}
}

func TestJobKeysFromFileAndEnv(t *testing.T) {
	hermetic(t)
	t.Setenv("KG_CONFIG", write(t, "state:\n  dir: /var/lib/kg\nfetch:\n  timeout: 5s\n  max_bytes: 1048576\n  user_agent: test-agent\nschedule: '*/5 * * * *'\n"))
	t.Setenv("KG_FETCH_MAX_REDIRECTS", "2")
	t.Setenv("KG_JOB_RETRY_TIMEOUT", "90s")
	c, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.State.Dir != "/var/lib/kg" || c.Fetch.Timeout != 5*time.Second || c.Fetch.MaxBytes != 1<<20 ||
		c.Fetch.MaxRedirects != 2 || c.Fetch.UserAgent != "test-agent" || c.Job.RetryTimeout != 90*time.Second {
		t.Fatalf("got %+v %+v %+v", c.State, c.Fetch, c.Job)
	}
	from := time.Date(2025, 1, 1, 10, 2, 0, 0, time.UTC)
	next, err := c.NextRun(from)
	if err != nil || !next.Equal(time.Date(2025, 1, 1, 10, 5, 0, 0, time.UTC)) {
		t.Fatalf("cron next after %s: %s %v", from, next, err)
	}
}

func TestScheduleForms(t *testing.T) {
	hermetic(t)
	for _, ok := range []string{"15m", "1h30m", "*/5 * * * *", "@hourly", "0 6 * * 1-5"} {
		t.Setenv("KG_CONFIG", write(t, "schedule: '"+ok+"'\n"))
		if _, err := Load(nil); err != nil {
			t.Errorf("schedule %q: %v", ok, err)
		}
	}
}

func TestJobErrorsNameTheKey(t *testing.T) {
	hermetic(t)
	cases := []struct{ yaml, key string }{
		{"schedule: often\n", "schedule"},
		{"schedule: 10ms\n", "schedule"},
		{"schedule: '61 * * * *'\n", "schedule"},
		{"state:\n  dir: ''\n", "state.dir"},
		{"fetch:\n  timeout: soon\n", "fetch.timeout"},
		{"fetch:\n  timeout: 2h\n", "fetch.timeout"},
		{"fetch:\n  max_bytes: 10\n", "fetch.max_bytes"},
		{"fetch:\n  max_bytes: big\n", "fetch.max_bytes"},
		{"fetch:\n  max_redirects: 99\n", "fetch.max_redirects"},
		{"fetch:\n  user_agent: ' '\n", "fetch.user_agent"},
		{"job:\n  retry_timeout: 0s\n", "job.retry_timeout"},
		{"sources:\n  - feed: ftp://x/rss\n", "sources[0].feed"},
	}
	for _, c := range cases {
		t.Setenv("KG_CONFIG", write(t, c.yaml))
		_, err := Load(nil)
		if err == nil || !strings.Contains(err.Error(), c.key) {
			t.Errorf("%q: error %v does not name %s", c.yaml, err, c.key)
		}
	}
}
