package job

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/kg-news/kg/ingest"
)

// Failure is one source or article the job could not read or load. Failures
// are kept in the state directory (state.dir) as JSON lines, so `kg failures`
// lists them across runs and processes.
type Failure = ingest.Failure

// Failure stages.
const (
	StageRead     = ingest.StageRead
	StageFeed     = ingest.StageFeed
	StageFetch    = ingest.StageFetch
	StageIdentity = ingest.StageIdentity
	StageExtract  = ingest.StageExtract
	StageLoad     = ingest.StageLoad
)

// PassSummary is what one pass did, kept beside the failures so that
// `kg failures` can show the latest pass even when it had none.
type PassSummary struct {
	Run      string    `json:"run"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	Stats
	Error string `json:"error,omitempty"`
}

const (
	failuresFile = "failures.jsonl"
	lastPassFile = "last-pass.json"
	// rotateAt is the size past which the failure log is moved to
	// failures.jsonl.1 (replacing an older one) when a pass starts.
	rotateAt = 8 << 20
)

// StateDir is the job's state directory: the failure log and the summary of
// the latest pass. Appends are single writes to a file opened O_APPEND, so
// two processes sharing it interleave whole lines.
type StateDir struct {
	dir string
	mu  sync.Mutex
}

// OpenState returns the state directory dir, creating it if needed.
func OpenState(dir string) (*StateDir, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("state.dir %s: %w", dir, err)
	}
	return &StateDir{dir: dir}, nil
}

// Dir is the directory's path.
func (s *StateDir) Dir() string { return s.dir }

// rotate moves a large failure log aside.
func (s *StateDir) rotate() {
	p := filepath.Join(s.dir, failuresFile)
	if fi, err := os.Stat(p); err == nil && fi.Size() > rotateAt {
		_ = os.Rename(p, p+".1")
	}
}

// Record appends a failure to the log.
func (s *StateDir) Record(f Failure) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := filepath.Join(s.dir, failuresFile)
	fh, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("state.dir: %w", err)
	}
	_, err = fh.Write(append(b, '\n'))
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("state.dir: write %s: %w", p, err)
	}
	return nil
}

// SavePass writes the summary of a finished pass (atomically, by rename).
func (s *StateDir) SavePass(p PassSummary) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(s.dir, lastPassFile+".*")
	if err != nil {
		return fmt.Errorf("state.dir: %w", err)
	}
	_, err = tmp.Write(append(b, '\n'))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(s.dir, lastPassFile))
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("state.dir: save pass summary: %w", err)
	}
	return nil
}

// LastPass returns the summary of the latest finished pass; ok is false if
// no pass has finished yet.
func (s *StateDir) LastPass() (p PassSummary, ok bool, err error) {
	b, err := os.ReadFile(filepath.Join(s.dir, lastPassFile))
	if errors.Is(err, fs.ErrNotExist) {
		return p, false, nil
	}
	if err != nil {
		return p, false, fmt.Errorf("state.dir: %w", err)
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return p, false, fmt.Errorf("state.dir: %s: %w", lastPassFile, err)
	}
	return p, true, nil
}

// Failures returns the recorded failures, oldest first: those of run only,
// or all kept (including the rotated log) when run is "".
func (s *StateDir) Failures(run string) ([]Failure, error) {
	var out []Failure
	for _, name := range []string{failuresFile + ".1", failuresFile} {
		fh, err := os.Open(filepath.Join(s.dir, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("state.dir: %w", err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for sc.Scan() {
			var f Failure
			if json.Unmarshal(sc.Bytes(), &f) != nil {
				continue // a line cut short by a crash
			}
			if run == "" || f.Run == run {
				out = append(out, f)
			}
		}
		err = sc.Err()
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("state.dir: read %s: %w", name, err)
		}
	}
	return out, nil
}
