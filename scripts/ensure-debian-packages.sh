#!/usr/bin/env bash
# Makes sure the Debian packages the tests use are installed: installs them as root, else names them.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# Read the font list first: `fc-list | grep -q` under pipefail fails when grep closes the pipe early.
fonts=$(fc-list 2>/dev/null || true)
grep -qi "garuda\|loma\|kinnari\|sawasdee" <<<"$fonts" || need+=(fonts-thai-tlwg)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages for the tests: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
else
  echo "The tests need these Debian packages: ${need[*]} (run: sudo apt-get install -y ${need[*]})" >&2
  exit 1
fi
