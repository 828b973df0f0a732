// Package source reads articles from files, folders and standard input.
package source

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kg-news/kg/model"
)

// MaxSize is the largest article read; larger files are an error, so one
// stray dump cannot exhaust memory.
const MaxSize = 64 << 20

// Exts are the file extensions read when walking a folder: text, HTML pages
// (HTMLExts) and article records (RecordExts).
var Exts = []string{".txt", ".md", ".html", ".htm", ".json", ".jsonl"}

// ErrSkip marks a file that was skipped for a reason worth logging.
var ErrSkip = errors.New("skipped")

// Walk calls fn for each article under paths: files, folders (recursively,
// in name order) and "-" for standard input. A file that cannot be read as
// an article is reported through onErr (which may be nil) and skipped, so one
// bad file does not stop the rest; an error from fn stops the walk.
func Walk(paths []string, stdin io.Reader, fn func(model.Article) error, onErr func(path string, err error)) error {
	if onErr == nil {
		onErr = func(string, error) {}
	}
	for _, p := range paths {
		if p == "-" {
			a, err := Read("stdin", stdin)
			if err != nil {
				onErr("-", err)
				continue
			}
			if err := fn(a); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("read %s: %w", p, err)
		}
		if !info.IsDir() {
			if err := readFile(filepath.Dir(p), p, fn, onErr); err != nil {
				return err
			}
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				onErr(path, err)
				return nil
			}
			if !d.IsDir() && hasExt(path) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			if err := readFile(p, f, fn, onErr); err != nil {
				return err
			}
		}
	}
	return nil
}

func hasExt(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Exts {
		if ext == e {
			return true
		}
	}
	return false
}

// readFile reads the file at path, found under the source folder root.
func readFile(root, path string, fn func(model.Article) error, onErr func(string, error)) error {
	f, err := os.Open(path)
	if err != nil {
		onErr(path, err)
		return nil
	}
	if handled, err := readOther(root, path, f, fn, onErr); handled {
		f.Close()
		return err
	}
	a, err := Read(path, f)
	f.Close()
	if err != nil {
		onErr(path, err)
		return nil
	}
	a.ID = FileID(root, path)
	return fn(a)
}

// Read reads one article from r; name is its file name or URL.
// The article id is the file name with its extensions (Walk makes it the
// path under the source folder); the title is its first non-empty line.
func Read(name string, r io.Reader) (model.Article, error) {
	b, err := io.ReadAll(io.LimitReader(bufio.NewReader(r), MaxSize+1))
	if err != nil {
		return model.Article{}, fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) > MaxSize {
		return model.Article{}, fmt.Errorf("read %s: larger than %d MB: %w", name, MaxSize>>20, ErrSkip)
	}
	return FromBytes(name, b)
}

// FromBytes makes an article from its raw text.
func FromBytes(name string, b []byte) (model.Article, error) {
	if len(strings.TrimSpace(string(b))) == 0 {
		return model.Article{}, fmt.Errorf("read %s: empty: %w", name, ErrSkip)
	}
	if isBinary(b) {
		return model.Article{}, fmt.Errorf("read %s: binary data, not text: %w", name, ErrSkip)
	}
	text := string(b)
	if !utf8.ValidString(text) {
		// Mostly-valid text with a few bad bytes is still news; replace them.
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	sum := sha256.Sum256([]byte(text))
	a := model.Article{
		ID:          FileID(filepath.Dir(name), name),
		Source:      name,
		Text:        text,
		ContentHash: hex.EncodeToString(sum[:]),
	}
	for _, line := range strings.SplitN(text, "\n", 20) {
		if t := strings.TrimSpace(line); t != "" {
			if utf8.RuneCountInString(t) <= 300 {
				a.Title = t
			}
			break
		}
	}
	return a, nil
}

// FileID is the identity of an article read from a file that names none
// itself: its path under root, the source folder it was found in, with
// slashes and with its extensions, so that 2025-01/story.txt and
// 2025-02/story.txt, or deal.en.txt and deal.ar.txt, are different articles.
// A path outside root keeps its file name only.
func FileID(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == "." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || rel == ".." {
		rel = filepath.Base(path)
	}
	return filepath.ToSlash(rel)
}

// isBinary says whether b looks like binary data: NUL bytes or mostly
// invalid UTF-8 in its first 8 KB.
func isBinary(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	bad := 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == 0 {
			return true
		}
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return bad*10 > len(head)
}
