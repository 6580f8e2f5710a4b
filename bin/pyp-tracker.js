#!/usr/bin/env node
// Entry of `npx pyp-tracker`: runs the compiled CLI (built by `npm install` through the prepare script).
"use strict";
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "pyp-tracker: the command line is not built yet; run `npm run build:cli` (ยังไม่ได้สร้างโปรแกรม: สั่ง npm run build:cli)\n",
  );
  process.exit(2);
}
require(main)
  .runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
