// Package source reads articles from files, folders and standard input.
package source

import (
	"bufio"
	"context"
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
// Only regular files are read (see WalkContext).
func Walk(paths []string, stdin io.Reader, fn func(model.Article) error, onErr func(path string, err error)) error {
	return WalkContext(context.Background(), paths, stdin, WalkOptions{}, fn, onErr)
}

// WalkContext is Walk that stops when ctx is done, even while blocked
// reading standard input. FIFOs, devices and sockets are skipped without
// being opened, and so are symbolic links under a folder that point
// outside it unless opt.FollowSymlinks.
func WalkContext(ctx context.Context, paths []string, stdin io.Reader, opt WalkOptions, fn func(model.Article) error, onErr func(path string, err error)) error {
	if onErr == nil {
		onErr = func(string, error) {}
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			b, err := readAllCtx(ctx, stdin, MaxSize+1)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			a, err := readBytes("stdin", b, err)
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
			// A path named directly may be a link anywhere (root is its folder only for its id).
			if err := readFile(filepath.Dir(p), p, WalkOptions{FollowSymlinks: true}, fn, onErr); err != nil {
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
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := readFile(p, f, opt, fn, onErr); err != nil {
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
func readFile(root, path string, opt WalkOptions, fn func(model.Article) error, onErr func(string, error)) error {
	f, err := openRegular(root, path, opt)
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
	return readBytes(name, b, err)
}

// readBytes is Read after the reading.
func readBytes(name string, b []byte, err error) (model.Article, error) {
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
	b, _ = decodeText(b) // legacy Arabic (windows-1256, ISO-8859-6) to UTF-8
	if isBinary(b) {
		return model.Article{}, fmt.Errorf("read %s: binary data, not text (nor windows-1256 or ISO-8859-6 Arabic): %w", name, ErrSkip)
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
			a.Title = titleOf(t)
			break
		}
	}
	return a, nil
}

// titleOf makes a title of the first line: the line itself when short, else
// its first sentence, else its first 200 characters cut at a space (a file
// with no headline still gets a readable title).
func titleOf(line string) string {
	const max = 300
	if utf8.RuneCountInString(line) <= max {
		return line
	}
	rs := []rune(line)
	for i, r := range rs[:max] {
		if (r == '.' || r == '!' || r == '?' || r == '؟') && i > 10 && (i+1 == len(rs) || rs[i+1] == ' ') {
			return string(rs[:i+1])
		}
	}
	cut := 200
	for cut > 100 && rs[cut] != ' ' {
		cut--
	}
	return strings.TrimSpace(string(rs[:cut])) + "…"
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
