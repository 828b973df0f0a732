#!/usr/bin/env bash
# Extract the dev corpus and score it with the shared yardstick.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${1:-../shared/corpus/dev}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/kg" ./cmd/kg
"$tmp/kg" extract --format jsonl "$dev"/*.txt >"$tmp/out.jsonl"
python3 ../shared/eval/score.py "$dev" "$tmp/out.jsonl" "${@:2}"
