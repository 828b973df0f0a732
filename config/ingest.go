package config

import (
	"fmt"

	"github.com/spf13/viper"
)

// buildIngest reads and checks the ingest.* keys.
func buildIngest(v *viper.Viper, c *Config) error {
	for _, k := range []struct {
		key    string
		to     *int
		lo, hi int
	}{
		{"ingest.batch_size", &c.Ingest.BatchSize, 1, 100000},
		{"ingest.workers", &c.Ingest.Workers, 0, 1024},
		{"ingest.queue", &c.Ingest.Queue, 0, 64},
		{"ingest.load_workers", &c.Ingest.LoadWorkers, 1, 16},
	} {
		n, err := intKey(v, k.key)
		if err != nil {
			return err
		}
		if n < k.lo || n > k.hi {
			return fmt.Errorf("config %s: %d out of range; allowed %d..%d", k.key, n, k.lo, k.hi)
		}
		*k.to = n
	}
	return nil
}
