#!/usr/bin/env bash
# `make test`: unit and integration tests against the TEST Neo4j (home .neo4j-test, bolt 7688, http 7476; the
# Makefile sets KG_NEO4J_*), never the demo's (.neo4j, 7687), so the demo graph is left as it was.
# Starts the test Neo4j if it is not running and then stops it again; one already running is left running.
# Prints one line per package and closes with "N passed, N failed, N skipped" (internal/testsum).
set -euo pipefail
cd "$(dirname "$0")/.."
GO="${GO:-go}"
: "${KG_NEO4J_HOME:?}" "${KG_NEO4J_BOLT_PORT:?}" "${KG_NEO4J_URI:?}"
# Integration tests fail (not skip) without Neo4j; a busy machine may need minutes to start it.
export KG_REQUIRE_NEO4J=1 KG_NEO4J_START_TIMEOUT="${KG_NEO4J_START_TIMEOUT:-600}"

started=0
if ! bash scripts/neo4j.sh status >/dev/null 2>&1; then
  bash scripts/neo4j.sh start
  started=1
fi
stop() { if [ "$started" = 1 ]; then bash scripts/neo4j.sh stop >/dev/null 2>&1 || true; fi; }
trap stop EXIT

"$GO" build -o bin/testsum ./internal/testsum
# -p 1: the test packages share (and wipe) one database.
set +e
"$GO" test -json -p 1 -count=1 "${@:-./...}" 2>&1 | bin/testsum
rc=${PIPESTATUS[1]}
set -e
exit "$rc"
