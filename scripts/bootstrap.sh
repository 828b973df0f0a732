#!/usr/bin/env bash
# First-time set-up for kg on Debian/Ubuntu: installs what `make demo` and `make test` need and says so in one
# line per step; prints nothing when everything is there. Idempotent. Called by `make demo`, `make test`, .ci/run.
#
#   Java 17 JDK, Maven, curl, chromium (browser tests)   apt-get (as root; `apt-get update` once if needed)
#   Go as go.mod asks (go 1.26.x)                         a go >= 1.21: its toolchain switch (GOTOOLCHAIN=auto)
#                                                         fetches the version from the Go module proxy; no go or an
#                                                         older one (Debian's golang-go is 1.19, which has no
#                                                         toolchain switch): that go downloads the toolchain module
#                                                         (checked against sum.golang.org) into $KG_GO_PREFIX/lib,
#                                                         linked as $KG_GO_PREFIX/bin/go (default /usr/local)
#
# Usage: scripts/bootstrap.sh          set up (or say exactly what to install, exit 1)
#        scripts/bootstrap.sh --go     print the go binary to use (for the Makefile); no installs
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PREFIX="${KG_GO_PREFIX:-/usr/local}"

say() { printf 'bootstrap: %s\n' "$*"; }
die() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

# The Go version go.mod asks for: its toolchain line, else its go line.
want_go() {
  local v
  v="$(sed -n 's/^toolchain go//p' go.mod)"
  [ -n "$v" ] || v="$(sed -n 's/^go //p' go.mod)"
  echo "$v"
}

# go_version BIN: "1.26.8" (the binary's own version, never a switched one).
go_version() { GOTOOLCHAIN=local "$1" env GOVERSION 2>/dev/null | sed 's/^go//'; }

# ver_ge A B: A >= B for dotted versions.
ver_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

# The go to use: the first with a toolchain switch (>= 1.21), on PATH or where this script installs one.
find_go() {
  local g v
  for g in "$(command -v go 2>/dev/null || true)" "$PREFIX/bin/go" "${KG_GO_EXTRA:-/usr/local/go/bin/go}"; do
    [ -n "$g" ] && [ -x "$g" ] || continue
    v="$(go_version "$g")"
    if [ -n "$v" ] && ver_ge "$v" 1.21; then echo "$g"; return 0; fi
  done
  return 1
}

if [ "${1:-}" = "--go" ]; then
  find_go || echo go
  exit 0
fi

# ---- Debian packages -------------------------------------------------------------------------------------------
missing=()
java_ok() {
  command -v javac >/dev/null || return 1
  local v
  v="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  case "$v" in '' | 1.* | [0-9] | 1[0-6]) return 1 ;; esac
}
java_ok || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v curl >/dev/null || missing+=(curl)
command -v chromium >/dev/null || missing+=(chromium)
find_go >/dev/null || command -v go >/dev/null || missing+=(golang-go) # only to fetch the right Go, below

updated=0
apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    die "missing: $*. Install them (Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y $*), then run this again."
  fi
  say "installing $* with apt-get (once)"
  if [ "$updated" = 0 ]; then
    apt-get update -qq >/dev/null
    updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi

# ---- Go ---------------------------------------------------------------------------------------------------------
WANT="$(want_go)"
case "$(uname -m)" in x86_64) ARCH=amd64 ;; aarch64 | arm64) ARCH=arm64 ;; *) ARCH="$(uname -m)" ;; esac
TOOLCHAIN_MOD="golang.org/toolchain@v0.0.1-go$WANT.linux-$ARCH"

# A go older than 1.21 cannot switch toolchains, but it can download the toolchain module like any module, with
# its checksum verified against sum.golang.org; the module is a complete Go installation.
install_toolchain() {
  local old="$1" tmp dir dest="$PREFIX/lib/go$WANT"
  [ -w "$PREFIX" ] || [ "$(id -u)" = 0 ] ||
    die "Go $WANT is needed and $old is too old (< 1.21). Install Go $WANT from https://go.dev/dl/ (or set KG_GO_PREFIX to a folder you can write)."
  say "downloading Go $WANT through the Go module proxy with $old (once, ~70 MB)"
  tmp="$(mktemp -d)"
  # Outside any module, so the old go does not read our go.mod.
  dir="$(cd "$tmp" && GO111MODULE=on GOFLAGS= GOPATH="$tmp/gopath" "$old" mod download -json "$TOOLCHAIN_MOD" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p')"
  { [ -n "$dir" ] && [ -f "$dir/bin/go" ]; } || die "could not download $TOOLCHAIN_MOD with $old"
  rm -rf "$dest" && mkdir -p "$PREFIX/lib" "$PREFIX/bin"
  cp -r "$dir" "$dest"
  chmod -R u+w "$tmp" "$dest" && rm -rf "$tmp"
  chmod +x "$dest"/bin/* "$dest"/pkg/tool/*/*
  ln -sf "$dest/bin/go" "$PREFIX/bin/go"
  ln -sf "$dest/bin/gofmt" "$PREFIX/bin/gofmt"
  say "Go $WANT installed in $dest (linked from $PREFIX/bin/go)"
}

GO="$(find_go || true)"
if [ -z "$GO" ]; then
  old="$(command -v go || true)"
  [ -n "$old" ] || die "no Go found. Install Go $WANT from https://go.dev/dl/, or run this as root on Debian/Ubuntu."
  install_toolchain "$old"
  GO="$(find_go)" || die "Go $WANT was installed in $PREFIX/lib but does not run"
fi

# A go >= 1.21 older than go.mod's runs the right one through GOTOOLCHAIN=auto (the Makefile exports it). Fetch
# it now, with a word, rather than silently inside the first build.
if ! ver_ge "$(go_version "$GO")" "$WANT"; then
  if [ ! -d "$(GOTOOLCHAIN=local "$GO" env GOMODCACHE)/$TOOLCHAIN_MOD" ]; then
    say "downloading Go $WANT through the Go module proxy (once, ~70 MB; go.mod asks for it, $GO is $(go_version "$GO"))"
  fi
  got="$(GOTOOLCHAIN="go$WANT" "$GO" env GOVERSION)" || die "could not get Go $WANT via GOTOOLCHAIN; install Go $WANT from https://go.dev/dl/"
  [ "$got" = "go$WANT" ] || die "GOTOOLCHAIN=go$WANT gave $got"
fi

# ---- Go modules -------------------------------------------------------------------------------------------------
export GOTOOLCHAIN=auto
modcache="$("$GO" env GOMODCACHE)"
driver="$(sed -n 's/^[[:space:]]*github.com\/neo4j\/neo4j-go-driver\/v5 \(v[^ ]*\).*/\1/p' go.mod)"
if [ ! -d "$modcache/github.com/neo4j/neo4j-go-driver/v5@$driver" ] || [ -z "$(ls -A "$("$GO" env GOCACHE)" 2>/dev/null)" ]; then
  say "first build: downloading Go modules and compiling, ~2-3 min"
  "$GO" mod download
fi
