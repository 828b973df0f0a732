package job

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kg-news/kg/config"
	"github.com/kg-news/kg/graph"
	"github.com/kg-news/kg/model"
)

// docStore keeps the documents loaded, by article id.
type docStore struct {
	mu   sync.Mutex
	docs map[string]model.Document
}

func (s *docStore) ContentHashes(context.Context, []string) (map[string]string, error) {
	return nil, nil
}

func (s *docStore) Load(_ context.Context, docs []model.Document, _ int) (graph.Report, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range docs {
		s.docs[d.Article.ID] = d
	}
	return graph.Report{ArticlesNew: len(docs)}, nil
}

// TestPassHonoursFileAndRateSettings: kg run and kg ingest read with the
// settings kg extract reads with (files.follow_symlinks, rates.per_usd);
// the job once built its own reader and extractor without them.
func TestPassHonoursFileAndRateSettings(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	story := "Deal\n\nZorvex Holdings agreed to acquire Quillmere Robotics for EUR 100 million, the companies said on Monday.\n"
	if err := os.WriteFile(filepath.Join(outside, "linked.txt"), []byte(story), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "linked.txt"), filepath.Join(dir, "linked.txt")); err != nil {
		t.Fatal(err)
	}
	for _, follow := range []bool{false, true} {
		cfg := testConfig(t, config.Source{Path: dir})
		cfg.Files.FollowSymlinks = follow
		cfg.Rates.PerUSD = map[string]float64{"EUR": 0.5}
		j, err := New(cfg, testLogger(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		s := &docStore{docs: map[string]model.Document{}}
		j.SetStore(s)
		st, err := j.Pass(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		d, ok := s.docs["linked.txt"]
		if ok != follow || st.Loaded != map[bool]int{false: 0, true: 1}[follow] {
			t.Fatalf("follow_symlinks=%v: loaded %v (%+v)", follow, ok, st)
		}
		if !follow {
			continue
		}
		var usd float64
		for _, r := range d.Relations {
			if r.Amount == 100e6 && r.Currency == "EUR" {
				usd = r.AmountUSD
			}
		}
		if usd != 200e6 {
			t.Errorf("amount_usd %v with rates.per_usd.EUR 0.5, want 2e8 (relations %+v)", usd, d.Relations)
		}
	}
}
