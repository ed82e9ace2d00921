#!/usr/bin/env bash
# Builds the Pulumi CLI from Go modules (tools/pulumi-cli) into a cache shared by
# every clone on this machine, and rebuilds only when the pinned version changes.
# The npm `pulumi` CLI downloads binaries at run time, which offline machines cannot.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(sed -n 's#^[[:space:]]*github.com/pulumi/pulumi/pkg/v3 \(v[0-9.]*\)\( // indirect\)\{0,1\}$#\1#p' "$root/tools/pulumi-cli/go.mod")"
[ -n "$version" ] || { echo "engine: no pulumi/pkg/v3 pin found in tools/pulumi-cli/go.mod" >&2; exit 1; }
dir="${AIGOV_ENGINE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-aigov/engine}/$version"
bin="$dir/bin"

plugin_src="$root/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"
if [ ! -f "$plugin_src" ]; then
  echo "engine: node_modules is missing; run npm ci first" >&2
  exit 1
fi

if [ -x "$bin/pulumi" ] && [ "$("$bin/pulumi" version 2>/dev/null)" = "$version" ]; then
  echo "engine: cached pulumi $version at $bin"
else
  command -v go >/dev/null || { echo "engine: the Go toolchain (>= 1.25.11) is needed to build the Pulumi CLI" >&2; exit 1; }
  echo "engine: building pulumi $version from Go modules into $bin (a cold build takes about 4 minutes)"
  mkdir -p "$bin"
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
"$bin/pulumi" version
