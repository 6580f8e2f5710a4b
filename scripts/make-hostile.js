#!/usr/bin/env node
// Writes the hostile-workbook corpus into the folder named on the command line, with manifest.json
// saying what each file is and what the CLI must answer: "json" (exit 0/1, one JSON document),
// "line" (exit 2, one plain stderr line) or "either". Same content on every run (exceljs stamps its
// zip entries with the current time, so those bytes differ); nothing is written to the repo.
// Usage: node scripts/make-hostile.js OUT_DIR
"use strict";
const fs = require("fs");
const path = require("path");
const { INJECTION_STRINGS } = require("./hostile/common");
const { FILES: EXCELJS_FILES } = require("./hostile/exceljs-files");
const { FILES: PACKAGE_FILES } = require("./hostile/package-files");
const { FILES: BROKEN_FILES } = require("./hostile/broken-files");

const ALL_FILES = [...EXCELJS_FILES, ...PACKAGE_FILES, ...BROKEN_FILES];

/** Writes every file of the corpus into `dir`; resolves to the manifest it also writes there. */
async function makeHostile(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (const file of ALL_FILES) {
    const bytes = await file.build();
    fs.writeFileSync(path.join(dir, file.name), bytes);
    files.push({ name: file.name, expect: file.expect, about: file.about, bytes: bytes.length });
  }
  const manifest = { files, injection_strings: INJECTION_STRINGS };
  fs.writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

module.exports = { makeHostile, ALL_FILES };

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node scripts/make-hostile.js OUT_DIR\n");
    process.exit(2);
  }
  makeHostile(dir).then(
    (m) => process.stdout.write(`wrote ${m.files.length} hostile workbooks to ${dir}\n`),
    (e) => {
      process.stderr.write(`make-hostile: ${e && e.stack ? e.stack : e}\n`);
      process.exit(1);
    }
  );
}
