#!/usr/bin/env bash
# The main job on the built-in sample tracker: check it, write the report workbook, show the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/cli/main.js ] || npm run --silent build:cli
mkdir -p out
echo "== pyp-tracker check assets/sample-tracker.xlsx"
node bin/pyp-tracker.js check assets/sample-tracker.xlsx || true   # exit 1 = the sample's planted errors
echo
echo "== pyp-tracker report assets/sample-tracker.xlsx --out out/sample-report.xlsx"
node bin/pyp-tracker.js report assets/sample-tracker.xlsx --out out/sample-report.xlsx
echo
echo "Open out/sample-report.xlsx in Excel or LibreOffice to see the summary, charts and memos."
# At a terminal, go on to the web workspace (the same pane, no Excel needed) with the sample loaded;
# in scripts and CI the job ends here.
if [ -t 1 ] && [ -z "${CI:-}" ] && [ "${1:-}" != "--no-serve" ]; then
  exec node scripts/workspace.js
fi
echo "The web workspace with the sample loaded: npm run workspace"
