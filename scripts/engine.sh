#!/usr/bin/env bash
# Builds the Pulumi CLI from Go modules (tools/pulumi-cli) into a cache shared by
# every clone on this machine, and rebuilds only when the pinned version changes.
# The npm `pulumi` CLI downloads binaries at run time, which offline machines cannot.
# Next to it goes Pulumi's Node language host (pulumi-language-nodejs), so `pulumi up`
# runs in a project folder as for users. The Go module proxy does not serve it, so it
# is built from the source kept in ../shared/tools, rebuilt only when that source changes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(sed -n 's#^[[:space:]]*github.com/pulumi/pulumi/pkg/v3 \(v[0-9.]*\)\( // indirect\)\{0,1\}$#\1#p' "$root/tools/pulumi-cli/go.mod")"
[ -n "$version" ] || { echo "engine: no pulumi/pkg/v3 pin found in tools/pulumi-cli/go.mod" >&2; exit 1; }
dir="${AIGOV_ENGINE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-aigov/engine}/$version"
bin="$dir/bin"
langhost_src="${AIGOV_LANGHOST_SRC:-$root/../shared/tools/pulumi-language-nodejs}"

plugin_src="$root/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"
if [ ! -f "$plugin_src" ]; then
  echo "engine: node_modules is missing; run npm ci first" >&2
  exit 1
fi

# Every clone on the machine shares this folder: one build at a time; a clone that waited finds it built.
mkdir -p "$bin"
if command -v flock >/dev/null; then exec 9>"$bin/.engine.lock" && flock 9; fi

if [ -x "$bin/pulumi" ] && [ "$("$bin/pulumi" version 2>/dev/null)" = "$version" ]; then
  echo "engine: cached pulumi $version at $bin"
else
  command -v go >/dev/null || { echo "engine: the Go toolchain (>= 1.25.11) is needed to build the Pulumi CLI" >&2; exit 1; }
  echo "engine: building pulumi $version from Go modules into $bin (a cold build takes about 4 minutes)"
  start=$(date +%s)
  (
    cd "$root/tools/pulumi-cli"
    # The version stamp is required: the Automation API refuses an unversioned CLI.
    CGO_ENABLED=0 GOFLAGS=-mod=readonly go build -trimpath -tags osusergo,grpcnotrace \
      -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$version" \
      -o "$bin/pulumi.tmp" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
  )
  mv "$bin/pulumi.tmp" "$bin/pulumi"
  echo "engine: built in $(( $(date +%s) - start ))s"
fi
# The engine runs dynamic providers through this script, found next to the CLI.
install -m 755 "$plugin_src" "$bin/pulumi-resource-pulumi-nodejs"

# Source first (the pinned, tested language host), then one installed beside a Pulumi CLI >= the pin.
langhost="$bin/pulumi-language-nodejs"
stamp="$bin/pulumi-language-nodejs.stamp"
if [ -f "$langhost_src/build.sh" ]; then
  source_hash() { (cd "$langhost_src" && cat build.sh go.mod go.sum ./*.go | sha256sum | cut -d' ' -f1); }
  fresh() { [ -x "$langhost" ] && [ ! -L "$langhost" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$(source_hash)" ]; }
  if fresh; then
    echo "engine: cached pulumi-language-nodejs at $bin"
  else
    command -v go >/dev/null || { echo "engine: the Go toolchain (>= 1.25.11) is needed to build pulumi-language-nodejs" >&2; exit 1; }
    echo "engine: building pulumi-language-nodejs from $langhost_src into $bin (about 40 s with a warm Go cache)"
    start=$(date +%s)
    bash "$langhost_src/build.sh" "$bin" >/dev/null
    source_hash >"$stamp"
    echo "engine: pulumi-language-nodejs built in $(( $(date +%s) - start ))s"
  fi
else
  cli="$(command -v pulumi || true)"
  cli_version="$([ -n "$cli" ] && "$cli" version 2>/dev/null || true)"
  if [ -n "$cli" ] && [ "$(dirname "$cli")" != "$bin" ] && [ -x "$(dirname "$cli")/pulumi-language-nodejs" ] && [ -n "$cli_version" ] &&
    [ "$(printf '%s\n' "${version#v}" "${cli_version#v}" | sort -V | head -n1)" = "${version#v}" ]; then
    ln -sfn "$(dirname "$cli")/pulumi-language-nodejs" "$langhost"
    rm -f "$stamp"
    echo "engine: using the installed pulumi-language-nodejs of pulumi $cli_version at $(dirname "$cli")"
  else
    echo "engine: the source of Pulumi's Node language host is missing: no $langhost_src/build.sh" >&2
    echo "engine: it lives in ../shared/tools/pulumi-language-nodejs beside the repository; set AIGOV_LANGHOST_SRC to another folder holding it," >&2
    echo "engine: or put an installed Pulumi CLI >= ${version#v} with its pulumi-language-nodejs on PATH" >&2
    exit 1
  fi
fi
"$bin/pulumi" version
