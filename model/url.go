package model

import (
	"net/url"
	"strings"
)

// WebURL returns raw if it is an absolute http or https URL with a host,
// and "" otherwise. Every place that stores or renders an article URL goes
// through it, so a javascript:, data: or file: link never becomes clickable.
func WebURL(raw string) string {
	s := strings.TrimSpace(raw)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return s
	}
	return ""
}
