// Package examples carries kg's saved Cypher queries into the binary, so
// `kg query NAME` works from any directory. The files in queries/ are the
// source of truth; edit them there.
package examples

import "embed"

// Queries holds queries/*.cypher.
//
//go:embed queries/*.cypher
var Queries embed.FS
