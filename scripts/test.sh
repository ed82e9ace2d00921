#!/usr/bin/env bash
# The whole suite, in two mocha processes side by side: the lifecycles of every
# resource in both hostings (about half the suite's time, mostly spent waiting
# on the engine) beside everything else. The lifecycles use a program folder of
# their own; their report is printed whole after the rest's, so neither
# interleaves. Fails when either fails.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LIFECYCLES=(dist/tests/e2e/lifecycle.spec.js dist/tests/e2e/native/lifecycle.spec.js)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
AIGOV_E2E_DIR=.e2e/lifecycles mocha "${LIFECYCLES[@]}" >"$log" 2>&1 &
lifecycles=$!
ignore=()
for f in "${LIFECYCLES[@]}"; do ignore+=(--ignore "$f"); done
mocha 'dist/tests/**/*.spec.js' "${ignore[@]}"
rest=$?
wait "$lifecycles"
life=$?
echo
echo "== The lifecycles, run beside the rest =="
cat "$log"
echo
echo "suite: the rest exited $rest, the lifecycles $life"
[ "$rest" -eq 0 ] && [ "$life" -eq 0 ]
