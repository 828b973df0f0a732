#!/bin/sh
# bench-extract.sh: compare the speed of kg's extractor with prose v2's full
# pipeline on one core, on the Arabic and the English dev articles
# (../shared/corpus/dev), and print MB/s per side and the ratio kg/prose.
#
# Usage: scripts/bench-extract.sh [go test flags, e.g. -benchtime=3s]
#
# Runs TestSpeedRatio in extract/bench (KG_BENCH=1), which times both with
# testing.Benchmark; for the raw benchmark lines use
#   GOMAXPROCS=1 go test ./extract/bench -run '^$' -bench . -cpu 1
set -eu
cd "$(dirname "$0")/.."

out=$(mktemp)
trap 'rm -f "$out"' EXIT INT TERM

echo "kg extract vs prose v2 (full pipeline), GOMAXPROCS=1, $(go env GOOS)/$(go env GOARCH)"
if ! GOMAXPROCS=1 KG_BENCH=1 go test ./extract/bench -run '^TestSpeedRatio$' -count=1 -cpu 1 -v "$@" >"$out" 2>&1; then
	cat "$out" >&2
	echo "bench-extract: go test failed" >&2
	exit 1
fi
if grep -q -- '--- SKIP' "$out"; then
	grep -A2 -- '--- SKIP' "$out" >&2
	exit 1
fi
# The t.Logf lines, without the file:line prefix.
grep -E 'bench_test\.go:[0-9]+: ' "$out" | sed -E 's/^ *bench_test\.go:[0-9]+: //'
