#!/usr/bin/env bash
# Local Neo4j 5.26 Community (Bolt + HTTP + Browser) for kg development, tests and CI, without Docker.
# Runs the Java launcher in neo4j/launcher (built with Maven on first use) in the background.
#
# Usage: scripts/neo4j.sh {start|stop|status|logs [-f]|restart|import DIR}
#   import DIR  replaces the database with the CSV files `kg import` wrote into DIR (neo4j-admin database import
#               full, from the same jars); Neo4j must be stopped. Start it again afterwards.
#
# Environment (defaults):
#   KG_NEO4J_PASSWORD      kgpassword   password of user neo4j (>= 8 chars), applied on every start
#   KG_NEO4J_BOLT_PORT     7687
#   KG_NEO4J_HTTP_PORT     7474         Browser at http://127.0.0.1:7474/browser/
#   KG_NEO4J_HOME          .neo4j       data, logs, pid; relative paths are relative to the repo root
#                                       (launcher.log = process output; logs/ = Neo4j's neo4j.log, debug.log)
#   KG_NEO4J_HEAP          1g           JVM -Xmx
#   KG_NEO4J_PAGECACHE     128m         Neo4j page cache
#   KG_NEO4J_SETTINGS                   extra neo4j.conf lines, separated by ";" (e.g. db.tx_state.memory_allocation=OFF_HEAP)
#   KG_NEO4J_JAVA          java         Java 17+ binary (default: $JAVA_HOME/bin/java, else java on PATH)
#   KG_NEO4J_JAVA_OPTS                  extra JVM options
#   KG_NEO4J_START_TIMEOUT 180          seconds to wait for Neo4j to answer
#   KG_NEO4J_STOP_TIMEOUT  120          seconds to wait after SIGTERM before SIGKILL
#   KG_NEO4J_IMPORT_HEAP   $KG_NEO4J_HEAP  import: -Xmx of neo4j-admin (its bulk data lives off heap)
#   KG_NEO4J_IMPORT_OPTS                import: extra neo4j-admin database import full options (e.g. --threads=2)
#   KG_NEO4J_IMPORT_JAVA_OPTS           import: extra JVM options of neo4j-admin
#
# Once Neo4j answers, start writes $KG_NEO4J_HOME/credentials (mode 0600): its Bolt URI and password, which kg
# uses when no password is configured and its URI is that loopback address and port (never a remote one).
#
#   KG_NEO4J_CDS           1 (0 if CI=true)  JVM class-data-sharing archive: the first clean stop dumps the loaded
#                                       classes (~130 MB in neo4j/launcher/target/cds), later starts use ~40% less CPU;
#                                       import keeps one of its own for neo4j-admin, dumped by its first success
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export KG_NEO4J_PASSWORD="${KG_NEO4J_PASSWORD:-kgpassword}"
export KG_NEO4J_BOLT_PORT="${KG_NEO4J_BOLT_PORT:-7687}"
export KG_NEO4J_HTTP_PORT="${KG_NEO4J_HTTP_PORT:-7474}"
export KG_NEO4J_PAGECACHE="${KG_NEO4J_PAGECACHE:-128m}"
KG_NEO4J_HOME="${KG_NEO4J_HOME:-.neo4j}"
case "$KG_NEO4J_HOME" in /*) ;; *) KG_NEO4J_HOME="$ROOT/$KG_NEO4J_HOME" ;; esac
export KG_NEO4J_HOME
HEAP="${KG_NEO4J_HEAP:-1g}"
START_TIMEOUT="${KG_NEO4J_START_TIMEOUT:-180}"
STOP_TIMEOUT="${KG_NEO4J_STOP_TIMEOUT:-120}"
if [ "${CI:-}" = true ]; then CDS="${KG_NEO4J_CDS:-0}"; else CDS="${KG_NEO4J_CDS:-1}"; fi

LAUNCHER_DIR="$ROOT/neo4j/launcher"
PID_FILE="$KG_NEO4J_HOME/neo4j.pid"
READY_FILE="$KG_NEO4J_HOME/run/kg-ready"  # written by the launcher once the password is applied
LOG_FILE="$KG_NEO4J_HOME/launcher.log"  # launcher stdout/stderr; Neo4j's own logs are in logs/
BUILD_LOG="$KG_NEO4J_HOME/build.log"
MAIN_CLASS="kg.launcher.Launcher"
LAUNCHER_JAR="$LAUNCHER_DIR/target/kg-neo4j-launcher-1.0.0.jar"
CDS_DIR="$LAUNCHER_DIR/target/cds"
CDS_ARCHIVE="$CDS_DIR/launcher.jsa"
CDS_ADMIN_ARCHIVE="$CDS_DIR/admin.jsa"  # neo4j-admin's (import)
IMPORT_HEAP="${KG_NEO4J_IMPORT_HEAP:-${KG_NEO4J_HEAP:-1g}}"
JAVA_ID=""  # java.home + exact runtime version, set by check_java; a CDS archive only fits that JVM

say() { printf 'neo4j: %s\n' "$*"; }
err() { printf 'neo4j: ERROR: %s\n' "$*" >&2; }

java_bin() {
  if [ -n "${KG_NEO4J_JAVA:-}" ]; then echo "$KG_NEO4J_JAVA"
  elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"
  else echo java; fi
}

# Pid of our running launcher, or nothing. Checks the command line so a recycled pid is not mistaken for Neo4j.
running_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 0
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  case "$pid" in '' | *[!0-9]*) return 0 ;; esac
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"; then
    echo "$pid"
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A real authenticated Cypher round trip over HTTP. The credentials go through curl's stdin config so the
# password does not show up in `ps`.
cypher_ok() {
  local pw="${KG_NEO4J_PASSWORD//\\/\\\\}"
  pw="${pw//\"/\\\"}"
  printf 'user = "neo4j:%s"\n' "$pw" |
    curl -sS -m 5 -K - -H 'Content-Type: application/json' -H 'Accept: application/json' \
      -d '{"statements":[{"statement":"RETURN 1"}]}' \
      "http://127.0.0.1:$KG_NEO4J_HTTP_PORT/db/neo4j/tx/commit" 2>/dev/null | grep -q '"errors":\[\]'
}

healthy() { port_open "$KG_NEO4J_BOLT_PORT" && cypher_ok; }

# The file kg reads for the local server's password (config/local.go), written only by a start that answered.
write_credentials() {
  local f="$KG_NEO4J_HOME/credentials"
  (umask 077 && printf '# written by scripts/neo4j.sh; kg uses it for this loopback URI only\nuri=bolt://127.0.0.1:%s\npassword=%s\n' \
    "$KG_NEO4J_BOLT_PORT" "$KG_NEO4J_PASSWORD" >"$f.tmp" && mv -f "$f.tmp" "$f")
}

# Rebuild only when the launcher sources changed since the last successful build.
build_if_needed() {
  local stamp="$LAUNCHER_DIR/target/.kg-built"
  if [ -f "$stamp" ] && [ -d "$LAUNCHER_DIR/target/lib" ] &&
    [ -z "$(find "$LAUNCHER_DIR/pom.xml" "$LAUNCHER_DIR/src" -newer "$stamp" -print -quit)" ]; then
    return 0
  fi
  command -v mvn >/dev/null || { err "mvn (Maven 3) is required to build neo4j/launcher"; exit 1; }
  say "building launcher (first build downloads Neo4j jars into ~/.m2)..."
  # Maven's output goes to a file: -q alone still prints stray ANSI resets and we only need it on failure.
  if ! (cd "$LAUNCHER_DIR" && mvn -q -B -Dstyle.color=never package) >"$BUILD_LOG" 2>&1; then
    err "launcher build failed, see $BUILD_LOG:"
    tail -n 40 "$BUILD_LOG" >&2
    exit 1
  fi
  rm -rf "$CDS_DIR"  # the archive is only valid for the exact jars it was dumped from
  touch "$stamp"
}

check_java() {
  local java props ver
  java="$(java_bin)"
  command -v "$java" >/dev/null || { err "java not found (set KG_NEO4J_JAVA or JAVA_HOME); Java 17 or 21 needed"; exit 1; }
  props="$("$java" -XshowSettings:properties -version 2>&1)"
  ver="$(sed -n 's/^ *java.specification.version = //p' <<<"$props")"
  JAVA_ID="$(sed -n 's/^ *java.home = //p; s/^ *java.runtime.version = //p' <<<"$props" | tr '\n' ' ')"
  case "$ver" in 1.* | '' | [0-9] | 1[0-6]) err "Java 17+ required, $java is '$ver'"; exit 1 ;; esac
}

# Class data sharing (AppCDS): class loading and verification dominate Neo4j's startup CPU. With no archive for
# this JVM + jars, the run records one that the JVM writes at exit (after Neo4j has shut down); `stop` keeps it
# only if the process exited cleanly, so a killed dump is never used. A stale or unusable archive just means
# -Xshare:auto runs without sharing.
cds_opts() {
  local archive="${1:-$CDS_ARCHIVE}"
  [ "$CDS" = 1 ] || return 0
  mkdir -p "$CDS_DIR"
  rm -f "$archive.tmp"
  if [ -s "$archive" ] && [ "$(cat "$archive.java-id" 2>/dev/null)" = "$JAVA_ID" ]; then
    java_opts+=("-XX:SharedArchiveFile=$archive")
  else
    rm -f "$archive"
    printf '%s' "$JAVA_ID" >"$archive.java-id"
    java_opts+=("-XX:ArchiveClassesAtExit=$archive.tmp")
  fi
  java_opts+=('-Xlog:cds*=off') # hundreds of harmless "skipping class" warnings otherwise
}

cmd_start() {
  local pid launched=0
  pid="$(running_pid)"
  if [ -n "$pid" ]; then
    if healthy; then
      write_credentials
      say "already running (pid $pid): bolt://127.0.0.1:$KG_NEO4J_BOLT_PORT http://127.0.0.1:$KG_NEO4J_HTTP_PORT/browser/"
      return 0
    fi
    if [ -f "$READY_FILE" ]; then
      # Up, but our login fails: most likely a different KG_NEO4J_PASSWORD than the server was started with.
      err "running (pid $pid) but an authenticated query fails; wrong KG_NEO4J_PASSWORD? ('restart' applies it)"
      exit 1
    fi
    say "already started (pid $pid) but not answering yet; waiting"
  else
    for port in "$KG_NEO4J_BOLT_PORT" "$KG_NEO4J_HTTP_PORT"; do
      if port_open "$port"; then
        err "port $port is already in use by another process (another Neo4j?); stop it or set KG_NEO4J_BOLT_PORT/KG_NEO4J_HTTP_PORT"
        exit 1
      fi
    done
    if [ "${#KG_NEO4J_PASSWORD}" -lt 8 ]; then
      err "KG_NEO4J_PASSWORD must be at least 8 characters"
      exit 1
    fi
    mkdir -p "$KG_NEO4J_HOME"
    check_java
    build_if_needed
    [ -f "$LOG_FILE" ] && mv -f "$LOG_FILE" "$LOG_FILE.1"
    rm -f "$READY_FILE"
    local java_opts=(
      "-Xmx$HEAP" -Xms256m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow
      # The same JDK-internal access Neo4j's own start script grants (native IO, Netty).
      --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
      -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
      -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8
    )
    cds_opts
    # shellcheck disable=SC2206 # word splitting of the user's extra options is intended
    java_opts+=(${KG_NEO4J_JAVA_OPTS:-})
    say "starting Neo4j (bolt 127.0.0.1:$KG_NEO4J_BOLT_PORT, http 127.0.0.1:$KG_NEO4J_HTTP_PORT, home $KG_NEO4J_HOME)"
    # The jar, not target/classes: CDS refuses class directories on the classpath.
    # setsid: own session, so killing the caller's process group (make, CI step, terminal) leaves Neo4j up.
    local launcher_cmd=("$(java_bin)" "${java_opts[@]}" -cp "$LAUNCHER_JAR:$LAUNCHER_DIR/target/lib/*" "$MAIN_CLASS")
    # --wait: should setsid ever have to fork, it stays alive until Java exits, so $! is still a live pid.
    if command -v setsid >/dev/null; then launcher_cmd=(setsid --wait "${launcher_cmd[@]}"); fi
    nohup "${launcher_cmd[@]}" </dev/null >"$LOG_FILE" 2>&1 &
    pid=$!
    launched=1
    echo "$pid" >"$PID_FILE"
  fi

  local t0=$SECONDS
  # Probe only after the launcher's ready marker: probing earlier with a not-yet-applied password would count
  # as failed logins and lock the user out for a few seconds.
  while ! { [ -f "$READY_FILE" ] && healthy; }; do
    if ! kill -0 "$pid" 2>/dev/null; then
      err "Neo4j exited during startup; last lines of $LOG_FILE:"
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if [ $((SECONDS - t0)) -ge "$START_TIMEOUT" ]; then
      err "Neo4j did not answer on bolt :$KG_NEO4J_BOLT_PORT / http :$KG_NEO4J_HTTP_PORT within ${START_TIMEOUT}s. Last lines of $LOG_FILE:"
      tail -n 40 "$LOG_FILE" >&2 || true
      # Only tear down what this call started; a server someone else started is left alone.
      if [ "$launched" = 1 ]; then cmd_stop >&2; fi
      exit 1
    fi
    sleep 1
  done
  # The JVM writes its own pid; prefer it in case a wrapper (setsid) forked.
  local jvm_pid
  jvm_pid="$(cat "$KG_NEO4J_HOME/run/neo4j.pid" 2>/dev/null || true)"
  if [ -n "$jvm_pid" ] && [ "$jvm_pid" != "$pid" ] && kill -0 "$jvm_pid" 2>/dev/null; then
    pid="$jvm_pid"
    echo "$pid" >"$PID_FILE"
  fi
  write_credentials
  say "up after $((SECONDS - t0))s (pid $pid): bolt://127.0.0.1:$KG_NEO4J_BOLT_PORT  http://127.0.0.1:$KG_NEO4J_HTTP_PORT/browser/  user neo4j"
}

cmd_stop() {
  local pid
  pid="$(running_pid)"
  if [ -z "$pid" ]; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  say "stopping (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  local t0=$SECONDS killed=0
  if grep -qa ArchiveClassesAtExit "/proc/$pid/cmdline" 2>/dev/null; then
    say "(this first clean stop also writes the JVM class-sharing archive, which takes a few extra seconds)"
  fi
  while kill -0 "$pid" 2>/dev/null; do
    if [ $((SECONDS - t0)) -ge "$STOP_TIMEOUT" ]; then
      err "still running after ${STOP_TIMEOUT}s, sending SIGKILL (next start will recover the store)"
      kill -KILL "$pid" 2>/dev/null || true
      killed=1
      sleep 1
      break
    fi
    sleep 0.5
  done
  if [ "$killed" = 0 ] && [ -s "$CDS_ARCHIVE.tmp" ]; then
    mv -f "$CDS_ARCHIVE.tmp" "$CDS_ARCHIVE"
  fi
  rm -f "$PID_FILE" "$CDS_ARCHIVE.tmp"
  say "stopped after $((SECONDS - t0))s"
}

cmd_status() {
  local pid
  pid="$(running_pid)"
  if [ -z "$pid" ]; then
    say "not running"
    return 3
  fi
  if healthy; then
    say "running (pid $pid): bolt://127.0.0.1:$KG_NEO4J_BOLT_PORT  http://127.0.0.1:$KG_NEO4J_HTTP_PORT/browser/"
    return 0
  fi
  say "process $pid is alive but Neo4j does not answer (starting, or wrong KG_NEO4J_PASSWORD?)"
  return 1
}

cmd_logs() {
  [ -f "$LOG_FILE" ] || { say "no log yet ($LOG_FILE)"; return 0; }
  if [ "${1:-}" = "-f" ]; then
    exec tail -n 100 -F "$LOG_FILE"
  fi
  tail -n 100 "$LOG_FILE"
  say "(full log: $LOG_FILE; query/debug logs: $KG_NEO4J_HOME/logs/; follow with: $0 logs -f)"
}

# Bulk first load: neo4j-admin database import full, run from the launcher's Neo4j jars (AdminTool is the
# neo4j-admin entry point). It overwrites the neo4j database, so it refuses while the server runs.
cmd_import() {
  local dir="${1:-}"
  [ -n "$dir" ] && [ -f "$dir/entities.csv" ] || { err "usage: $0 import DIR (DIR holds the CSV files of kg import)"; exit 2; }
  if [ -n "$(running_pid)" ]; then
    err "Neo4j is running; stop it first ($0 stop): the import replaces the database"
    exit 1
  fi
  dir="$(cd "$dir" && pwd)"
  check_java
  build_if_needed
  mkdir -p "$KG_NEO4J_HOME/conf" "$KG_NEO4J_HOME/logs"
  if [ ! -f "$KG_NEO4J_HOME/conf/neo4j.conf" ]; then
    err "no $KG_NEO4J_HOME/conf/neo4j.conf yet: start Neo4j once so the launcher writes it"
    exit 1
  fi
  # The admin tool is a JVM of its own: its class loading is a fixed cost of every import, which a class-data
  # archive of its own (dumped by the first successful import) cuts as it does for the server.
  local java_opts=("-Xmx$IMPORT_HEAP")
  cds_opts "$CDS_ADMIN_ARCHIVE"
  # shellcheck disable=SC2206 # word splitting of the user's extra options is intended
  java_opts+=(${KG_NEO4J_IMPORT_JAVA_OPTS:-})
  # shellcheck disable=SC2206
  local extra=(${KG_NEO4J_IMPORT_OPTS:-})
  say "importing $dir into $KG_NEO4J_HOME (database neo4j)"
  local rc=0
  NEO4J_HOME="$KG_NEO4J_HOME" NEO4J_CONF="$KG_NEO4J_HOME/conf" "$(java_bin)" "${java_opts[@]}" \
    -cp "$LAUNCHER_JAR:$LAUNCHER_DIR/target/lib/*" org.neo4j.cli.AdminTool database import full \
    --overwrite-destination=true --array-delimiter=U+001F --multiline-fields=true --skip-bad-relationships=false \
    --nodes="$dir/entities.csv" --nodes="$dir/articles.csv" \
    --relationships="$dir/mentions.csv" --relationships="$dir/deals.csv" \
    --report-file="$KG_NEO4J_HOME/logs/import.report" "${extra[@]}" neo4j || rc=$?
  if [ "$rc" = 0 ] && [ -s "$CDS_ADMIN_ARCHIVE.tmp" ]; then
    mv -f "$CDS_ADMIN_ARCHIVE.tmp" "$CDS_ADMIN_ARCHIVE"
  fi
  rm -f "$CDS_ADMIN_ARCHIVE.tmp"
  return "$rc"
}

case "${1:-}" in
  start) cmd_start ;;
  import) shift; cmd_import "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "$@" ;;
  restart) cmd_stop && cmd_start ;;
  *)
    echo "usage: $0 {start|stop|status|logs [-f]|restart|import DIR}" >&2
    exit 2
    ;;
esac
