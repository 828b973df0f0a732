#!/usr/bin/env bash
# Extract the dev corpus and score it with the shared yardstick.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${1:-../shared/corpus/dev}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/kg" ./cmd/kg
# An article's id is its file name (extensions included); score.py pairs
# articles without an id with gold by the file name stem.
"$tmp/kg" extract --format jsonl "$dev"/*.txt | python3 -c '
import json, os, sys
for line in sys.stdin:
    d = json.loads(line)
    a = d.get("article", {})
    if a.get("id") == os.path.basename(a.get("source", "")):
        a.pop("id", None)
    print(json.dumps(d, ensure_ascii=False))
' >"$tmp/out.jsonl"
python3 ../shared/eval/score.py "$dev" "$tmp/out.jsonl" "${@:2}"
