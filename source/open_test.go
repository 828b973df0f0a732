//go:build unix

package source

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-news/kg/model"
)

// specialDir makes a source folder holding a regular article, a FIFO, a
// socket, a link to a file outside the folder and a link inside it.
func specialDir(t *testing.T) string {
	t.Helper()
	dir, outside := t.TempDir(), t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Acme bought Beta.\n"), 0o600))
	must(os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("root:x:0:0 secret\n"), 0o600))
	must(syscall.Mkfifo(filepath.Join(dir, "b.txt"), 0o600))
	must(os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "c.txt")))
	must(os.Symlink("a.txt", filepath.Join(dir, "d.txt")))
	ln, err := net.Listen("unix", filepath.Join(dir, "e.txt"))
	must(err)
	t.Cleanup(func() { _ = ln.Close() })
	return dir
}

// walkWithin runs WalkContext and fails the test if it has not returned
// within a minute: a blocked open of a FIFO never returns.
func walkWithin(t *testing.T, dir string, opt WalkOptions) (read []string, skipped map[string]string) {
	t.Helper()
	skipped = map[string]string{}
	done := make(chan error, 1)
	go func() {
		done <- WalkContext(context.Background(), []string{dir}, nil, opt, func(a model.Article) error {
			read = append(read, filepath.Base(a.Source)+"="+strings.TrimSpace(a.Text))
			return nil
		}, func(p string, err error) { skipped[filepath.Base(p)] = err.Error() })
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Walk blocked (on the FIFO?)")
	}
	sort.Strings(read)
	return read, skipped
}

func TestWalkReadsOnlyRegularFiles(t *testing.T) {
	dir := specialDir(t)
	read, skipped := walkWithin(t, dir, WalkOptions{})
	if want := "a.txt=Acme bought Beta. d.txt=Acme bought Beta."; strings.Join(read, " ") != want {
		t.Errorf("read %v, want %s", read, want)
	}
	for name, why := range map[string]string{"b.txt": "FIFO", "c.txt": "outside the source folder", "e.txt": "socket"} {
		if !strings.Contains(skipped[name], why) {
			t.Errorf("%s: skipped with %q, want a reason naming %q", name, skipped[name], why)
		}
	}
	read, _ = walkWithin(t, dir, WalkOptions{FollowSymlinks: true})
	if len(read) != 3 || !strings.Contains(strings.Join(read, " "), "c.txt=root:x:0:0 secret") {
		t.Errorf("with FollowSymlinks read %v, want the outside file too", read)
	}
}

// TestWalkStopsOnCancelWhileBlocked: a read from standard input that never
// ends still returns when the context is cancelled (SIGTERM).
func TestWalkStopsOnCancelWhileBlocked(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- WalkContext(ctx, []string{"-"}, r, WalkOptions{}, func(model.Article) error { return nil }, nil)
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v, want context.Canceled", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("WalkContext ignored the cancel while blocked on stdin")
	}
}
