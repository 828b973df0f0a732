package main

import (
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/kg-news/kg/source"
)

// progressMinFiles is the fewest files worth a progress bar.
const progressMinFiles = 20

// progress is a progress bar on standard error over the files of an ingest;
// a nil *progress does nothing, so callers need not check.
type progress struct{ bar *progressbar.ProgressBar }

// newProgress returns a bar when standard error is a terminal and paths hold
// many files, else nil: logs, pipes and CI get no bar.
func newProgress(paths []string) *progress {
	if !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil
	}
	n := source.Count(paths)
	if n < progressMinFiles {
		return nil
	}
	return &progress{bar: progressbar.NewOptions(n,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

// add counts one file read.
func (p *progress) add() {
	if p != nil {
		_ = p.bar.Add(1)
	}
}

// done removes the bar.
func (p *progress) done() {
	if p != nil {
		_ = p.bar.Finish()
	}
}
