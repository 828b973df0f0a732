#!/usr/bin/env bash
# `make reset`: wipe the demo graph, the local launcher's Neo4j in .neo4j/ (KG_NEO4J_HOME), after a yes, or
# with --yes. A running server is emptied in place (every node and relationship; constraints and indexes stay);
# a stopped one has its data folder removed (the next start makes a fresh one with the same password).
# Never touches a Neo4j at another KG_NEO4J_URI: this is for the local demo only.
set -euo pipefail
cd "$(dirname "$0")/.."
export KG_NEO4J_PASSWORD="${KG_NEO4J_PASSWORD:-kgpassword}"
HOME_DIR="${KG_NEO4J_HOME:-.neo4j}"
HTTP_PORT="${KG_NEO4J_HTTP_PORT:-7474}"

if [ "${1:-}" != "--yes" ]; then
  if [ ! -t 0 ]; then
    echo "reset: not a terminal; run 'make reset YES=1' to wipe the demo graph in $HOME_DIR" >&2
    exit 1
  fi
  read -r -p "Wipe the demo graph in $HOME_DIR (every article, entity and deal)? [y/N] " answer
  case "$answer" in y | Y | yes) ;; *) echo "reset: nothing changed"; exit 1 ;; esac
fi

if bash scripts/neo4j.sh status >/dev/null 2>&1; then
  pw="${KG_NEO4J_PASSWORD//\\/\\\\}"
  pw="${pw//\"/\\\"}"
  out="$(printf 'user = "neo4j:%s"\n' "$pw" |
    curl -sS -m 300 -K - -H 'Content-Type: application/json' -H 'Accept: application/json' \
      -d '{"statements":[{"statement":"MATCH (n) DETACH DELETE n"}]}' \
      "http://127.0.0.1:$HTTP_PORT/db/neo4j/tx/commit")"
  case "$out" in *'"errors":[]'*) echo "reset: demo graph emptied (Neo4j still running)" ;;
    *) echo "reset: failed: $out" >&2; exit 1 ;; esac
elif [ -d "$HOME_DIR/data" ]; then
  rm -rf "$HOME_DIR/data"
  echo "reset: demo graph removed ($HOME_DIR/data); make demo loads the examples again"
else
  echo "reset: no demo graph in $HOME_DIR"
fi
