package config

import "strings"

// RedactURI drops the user information from a URI such as
// bolt://neo4j:secret@host:7687, for messages and logs. It works on the
// text, so it also cleans a URI too malformed for url.Parse, which is when
// the URI is most likely to be printed.
func RedactURI(raw string) string {
	start := 0
	if i := strings.Index(raw, "://"); i >= 0 {
		start = i + len("://")
	}
	rest := raw[start:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	at := strings.LastIndexByte(rest[:end], '@')
	if at < 0 {
		return raw
	}
	return raw[:start] + rest[at+1:]
}

// URIPassword is the password inside a URI's user information, if any, so
// it can be scrubbed from messages that quote the URI some other way.
func URIPassword(raw string) string {
	start := 0
	if i := strings.Index(raw, "://"); i >= 0 {
		start = i + len("://")
	}
	rest := raw[start:]
	if end := strings.IndexAny(rest, "/?#"); end >= 0 {
		rest = rest[:end]
	}
	at := strings.LastIndexByte(rest, '@')
	if at < 0 {
		return ""
	}
	_, pw, _ := strings.Cut(rest[:at], ":")
	return pw
}
