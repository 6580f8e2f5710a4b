#!/usr/bin/env bash
# `npm run bench`: builds the command line and the benchmark (and the pane when dist/ is missing), then runs every benchmark.
# Not part of `npm test`: the figures are ratios and counts measured in one run, never pass/fail timings.
set -euo pipefail
cd "$(dirname "$0")/.."
# tsc emits even when a file someone is still working on fails to typecheck; the build is only refused when nothing came out.
npm run --silent build:cli || [ -f build/cli/main.js ] || exit 1
npx tsc -p tsconfig.bench.json || [ -f build/bench/bench/main.js ] || exit 1
if [ ! -f dist/taskpane.html ] || [ "${BENCH_BUILD_PANE:-}" = 1 ]; then npm run --silent build; fi
# The 100,000-row runs hold the synthetic tracker, the fake Excel's copy of it and the engine's rows at once.
exec node --max-old-space-size=6144 build/bench/bench/main.js "$@"
