#!/usr/bin/env bash
# Shows that `make test` leaves the demo graph as it was: `bin/kg stats` (no settings, as a user runs it after
# `make demo`) before and after `make test` must be identical. Runs `make demo` first when the demo Neo4j has no
# graph. Usage: scripts/check-demo-untouched.sh [COMMAND...]   (default: make test)
set -euo pipefail
cd "$(dirname "$0")/.."
# As a new user has it: nothing set.
unset KG_NEO4J_URI KG_NEO4J_PASSWORD KG_NEO4J_HOME KG_NEO4J_BOLT_PORT KG_NEO4J_HTTP_PORT KG_CONFIG
[ "$#" -gt 0 ] || set -- make test

if ! bash scripts/neo4j.sh status >/dev/null 2>&1 || ! [ -x bin/kg ] || ! bin/kg stats 2>/dev/null | grep -q 'Article'; then
  make demo >/dev/null
fi
before="$(bin/kg stats)"
echo "check: demo graph before: $(echo "$before" | grep -E '^(NODES|RELATIONSHIPS)' | tr -s ' ' | paste -sd, -)"
rc=0
"$@" || rc=$?
after="$(bin/kg stats)"
if [ "$before" != "$after" ]; then
  echo "check: FAIL: '$*' changed the demo graph:" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  exit 1
fi
echo "check: demo graph unchanged by '$*' (exit $rc): $(echo "$after" | grep -E '^(NODES|RELATIONSHIPS)' | tr -s ' ' | paste -sd, -)"
