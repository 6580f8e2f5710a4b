#!/usr/bin/env bash
# Validates a manifest (manifest.xml by default) offline against the Office add-in XML schemas in schemas/manifest-xsd.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMA_DIR="${MANIFEST_XSD_DIR:-schemas/manifest-xsd}"
SCHEMA="$SCHEMA_DIR/OfficeAppManifestV1_1.xsd"
MANIFEST="${1:-manifest.xml}"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found; install it with: apt-get install -y libxml2-utils" >&2
  exit 2
fi
if [ ! -f "$SCHEMA" ]; then
  echo "validate-manifest: schema not found at $SCHEMA (set MANIFEST_XSD_DIR to the folder holding OfficeAppManifestV1_1.xsd)" >&2
  exit 2
fi

xmllint --noout --schema "$SCHEMA" "$MANIFEST"
