package source

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// WalkOptions change how Walk reads files.
type WalkOptions struct {
	// FollowSymlinks lets a symbolic link under a source folder point
	// outside it (config files.follow_symlinks). Links that stay inside
	// the folder are always read.
	FollowSymlinks bool
}

// openRegular opens path for reading if it is a regular file, and reports
// anything else (a FIFO, a device, a socket, a link leaving root) as
// skipped without opening it: opening a FIFO would block until a writer
// came, and opening some devices has effects. root is the source folder
// the path was found under, or "" for a path named directly.
func openRegular(root, path string, opt WalkOptions) (*os.File, error) {
	li, err := os.Lstat(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if li.Mode()&fs.ModeSymlink != 0 && root != "" && !opt.FollowSymlinks {
		if err := insideRoot(root, path); err != nil {
			return nil, err
		}
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(path, st.Mode())
	}
	// O_NONBLOCK: should the file be swapped for a FIFO after the check,
	// the open still returns at once, and the check below refuses it.
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if st, err = f.Stat(); err != nil || !st.Mode().IsRegular() {
		_ = f.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		return nil, notRegular(path, st.Mode())
	}
	return f, nil
}

// insideRoot refuses a symbolic link whose target is outside root.
func insideRoot(root, path string) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("read %s: broken symbolic link: %w", path, ErrSkip)
	}
	base, err := filepath.EvalSymlinks(root)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	rel, err := filepath.Rel(base, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return fmt.Errorf("read %s: symbolic link to %s, outside the source folder %s (files.follow_symlinks: true reads it): %w", path, target, root, ErrSkip)
	}
	return nil
}

func notRegular(path string, m fs.FileMode) error {
	kind := "not a regular file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeCharDevice != 0:
		kind = "a character device"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	case m.IsDir():
		kind = "a folder"
	}
	return fmt.Errorf("read %s: %s, not a regular file: %w", path, kind, ErrSkip)
}

// readAllCtx reads r to the end, or returns as soon as ctx is done: a read
// from standard input may block for ever, and SIGTERM must still stop kg.
func readAllCtx(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := io.ReadAll(io.LimitReader(r, limit))
		done <- result{b, err}
	}()
	select {
	case res := <-done:
		return res.b, res.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
