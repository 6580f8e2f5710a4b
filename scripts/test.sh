#!/usr/bin/env bash
# The test command (`npm test`): Debian packages, typecheck, lint, unit/integration tests, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-debian-packages.sh
[ -d node_modules ] || npm ci
echo "== typecheck ($SECONDS s)"; npx tsc -p tsconfig.json --noEmit
echo "== lint ($SECONDS s)"; npx eslint src test scripts bench
echo "== Excel API sets: table in sync with the typings, adapter members behind feature checks ($SECONDS s)"
node scripts/excel-api-sets.js --check; node scripts/check-api-use.js
echo "== build, CLI and pages ($SECONDS s)"; npm run --silent build:cli; npm run --silent build
echo "== unit and integration tests ($SECONDS s)"; npx jest --ci
if [ -f jest.browser.config.js ]; then echo "== browser tests in headless Chromium ($SECONDS s)"; PYP_BROWSER_REUSE_DIST=1 npx jest --ci -c jest.browser.config.js; fi
echo "== all tests passed ($SECONDS s)"
