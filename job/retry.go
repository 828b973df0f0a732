package job

import "github.com/kg-news/kg/ingest"

// Retryable reports whether a Neo4j call that failed with err may succeed
// if tried again (see ingest.Retryable).
func Retryable(err error) bool { return ingest.Retryable(err) }
