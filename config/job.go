package config

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"github.com/spf13/viper"
)

// Defaults of the scheduled job's settings.
const (
	DefaultStateDir  = ".kg-state"
	DefaultMaxBytes  = 5 << 20
	DefaultUserAgent = "kg-news-ingest/1.0 (+https://github.com/kg-news/kg)"
)

// buildJob reads and checks the keys of the scheduled job: state.*, fetch.*
// and job.*.
func buildJob(v *viper.Viper, c *Config) error {
	c.State.Dir = strings.TrimSpace(v.GetString("state.dir"))
	if c.State.Dir == "" {
		return errors.New("config state.dir: must not be empty")
	}

	var err error
	if c.Fetch.Timeout, err = durationKey(v, "fetch.timeout", time.Second, time.Hour); err != nil {
		return err
	}
	mb, err := intKey(v, "fetch.max_bytes")
	if err != nil {
		return err
	}
	if mb < 1024 || mb > 1<<30 {
		return fmt.Errorf("config fetch.max_bytes: %d out of range; allowed 1024..%d", mb, 1<<30)
	}
	c.Fetch.MaxBytes = int64(mb)
	if c.Fetch.MaxRedirects, err = intKey(v, "fetch.max_redirects"); err != nil {
		return err
	}
	if c.Fetch.MaxRedirects < 0 || c.Fetch.MaxRedirects > 20 {
		return fmt.Errorf("config fetch.max_redirects: %d out of range; allowed 0..20", c.Fetch.MaxRedirects)
	}
	c.Fetch.UserAgent = strings.TrimSpace(v.GetString("fetch.user_agent"))
	if c.Fetch.UserAgent == "" {
		return errors.New("config fetch.user_agent: must not be empty (sites block requests without one)")
	}
	if c.Job.RetryTimeout, err = durationKey(v, "job.retry_timeout", time.Second, 24*time.Hour); err != nil {
		return err
	}

	for i, s := range c.Sources {
		if s.Feed == "" {
			continue
		}
		if strings.Contains(s.Feed, "://") && !IsURL(s.Feed) {
			return fmt.Errorf("config sources[%d].feed: %q is not an http or https URL (or a file path)", i, s.Feed)
		}
	}
	return nil
}

// IsURL reports whether s is an absolute http or https URL, as a feed
// source may be; anything else is a file path.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(l) > len("https://")
}

// checkSchedule accepts a positive Go duration (15m) or a cron expression
// (five fields, or a descriptor such as @hourly).
func checkSchedule(s string) error {
	if d, err := time.ParseDuration(s); err == nil {
		if d < time.Second {
			return fmt.Errorf("config schedule: %q is too short; use at least 1s", s)
		}
		return nil
	}
	if _, err := cron.ParseStandard(s); err != nil {
		return fmt.Errorf("config schedule: %q is neither a duration (15m, 1h30m) nor a cron expression (*/5 * * * *, @hourly): %v", s, err)
	}
	return nil
}

// NextRun returns when the job runs next after t: t plus the interval for a
// duration schedule, the next matching time for a cron expression.
func (c *Config) NextRun(t time.Time) (time.Time, error) {
	if d, ok := c.ScheduleInterval(); ok {
		return t.Add(d), nil
	}
	sched, err := cron.ParseStandard(c.Schedule)
	if err != nil {
		return time.Time{}, fmt.Errorf("config schedule: %w", err)
	}
	return sched.Next(t), nil
}

func durationKey(v *viper.Viper, key string, lo, hi time.Duration) (time.Duration, error) {
	raw := v.Get(key)
	var d time.Duration
	switch x := raw.(type) {
	case time.Duration:
		d = x
	case string:
		var err error
		if d, err = time.ParseDuration(strings.TrimSpace(x)); err != nil {
			return 0, fmt.Errorf("config %s: %q is not a duration like 30s or 5m", key, x)
		}
	default:
		return 0, fmt.Errorf("config %s: %v is not a duration like 30s or 5m", key, raw)
	}
	if d < lo || d > hi {
		return 0, fmt.Errorf("config %s: %s out of range; allowed %s..%s", key, d, lo, hi)
	}
	return d, nil
}
