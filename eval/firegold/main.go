// Command firegold writes one split of the FIRE dataset (eval.ReadFIRE) as
// kg extract inputs and score.py gold files, so that the yardstick the
// tests use can also be read with ../shared/eval/score.py --show-errors:
//
//	go run ./eval/firegold ../shared/data/fire-financial-re/fire_dev.json /tmp/kg-fire-dev
//
// writes /tmp/kg-fire-dev/in/ID.en.txt and /tmp/kg-fire-dev/gold/ID.gold.json.
// The texts are excerpts of the dataset (CC BY 4.0): keep them outside the
// work tree.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kg-news/kg/eval"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: firegold FIRE.json OUTDIR")
		os.Exit(2)
	}
	if err := write(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "firegold:", err)
		os.Exit(1)
	}
}

func write(src, out string) error {
	arts, golds, err := eval.ReadFIRE(src)
	if err != nil {
		return err
	}
	for _, d := range []string{"in", "gold"} {
		if err := os.MkdirAll(filepath.Join(out, d), 0o755); err != nil {
			return err
		}
	}
	for _, a := range arts {
		if err := os.WriteFile(filepath.Join(out, "in", a.ID+".en.txt"), []byte(a.Text+"\n"), 0o644); err != nil {
			return err
		}
		b, err := json.Marshal(golds[a.ID])
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "gold", a.ID+".gold.json"), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
