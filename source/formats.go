package source

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/kg-news/kg/model"
)

// readOther reads the file formats besides plain text: HTML pages (one
// article, id its canonical URL, else its path under root) and JSON records
// (any number of articles, ids from the records). handled is false for
// plain text.
func readOther(root, path string, r io.Reader, fn func(model.Article) error, onErr func(string, error)) (handled bool, err error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case contains(RecordExts, ext):
		return true, ReadRecords(path, r, fn, onErr)
	case contains(HTMLExts, ext):
		b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
		if err != nil {
			onErr(path, fmt.Errorf("read %s: %w", path, err))
			return true, nil
		}
		if len(b) > MaxSize {
			onErr(path, fmt.Errorf("read %s: larger than %d MB: %w", path, MaxSize>>20, ErrSkip))
			return true, nil
		}
		a, err := FromHTML(path, b, "")
		if err != nil {
			onErr(path, err)
			return true, nil
		}
		a.ID = FileID(root, path)
		if a.URL != "" {
			if id, err := CanonicalURL(a.URL); err == nil {
				a.ID = id
			}
		}
		a.ContentHash = Hash(a)
		return true, fn(a)
	}
	return false, nil
}

// Count returns how many files Walk would read under paths (stdin counts as
// one), for a progress bar. Unreadable paths count as nothing.
func Count(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (hasExt(path) || path == p) {
				n++
			}
			return nil
		})
	}
	return n
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
