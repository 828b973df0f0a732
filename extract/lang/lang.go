// Package lang holds the per-language data of the extractor that is read as
// rows rather than code: the frame rows (triggers with their argument slots)
// of each language, one file per language (en/frames.tsv, ar/frames.tsv).
package lang

import "embed"

// Files holds every language's data files, by path ("en/frames.tsv").
//
//go:embed en/*.tsv ar/*.tsv
var Files embed.FS
