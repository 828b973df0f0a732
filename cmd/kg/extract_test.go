//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildKg builds the kg binary into a temporary folder.
func buildKg(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kg")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestExtractSkipsFIFOAndHonoursSIGTERM: a FIFO in a source folder is
// skipped (it used to block kg for ever), and SIGTERM stops kg while it is
// blocked reading standard input.
func TestExtractSkipsFIFOAndHonoursSIGTERM(t *testing.T) {
	bin := buildKg(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "z.txt"), []byte("Microsoft invested $10 billion in OpenAI.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "a.txt"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "extract", dir)
	cmd.Env = append(os.Environ(), "KG_CONFIG=", "HOME="+dir)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("kg extract over a folder with a FIFO: %v (blocked?)\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "microsoft") || !strings.Contains(errOut.String(), "FIFO") {
		t.Errorf("want z.txt read and the FIFO reported\nstdout:\n%s\nstderr:\n%s", out.String(), errOut.String())
	}

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	blocked := exec.Command(bin, "extract", "-")
	blocked.Env = cmd.Env
	blocked.Stdin = r
	if err := blocked.Start(); err != nil {
		t.Fatal(err)
	}
	_ = r.Close()
	time.Sleep(time.Second) // let it reach the read
	if err := blocked.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- blocked.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("kg extract - after SIGTERM: %v, want exit status 0", err)
		}
	case <-time.After(time.Minute):
		_ = blocked.Process.Kill()
		t.Fatal("kg extract - ignored SIGTERM while blocked on stdin")
	}
}
