// npm start: desktop Excel (Windows, Mac) sideloads through office-addin-debugging; elsewhere the HTTPS dev server
// starts and the steps to sideload into Excel on the web are printed.
"use strict";
const { spawn } = require("child_process");

const DESKTOP = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(args) {
  const child = spawn(npx, args, { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

if (DESKTOP) {
  console.log("Starting Excel with PYP Tracker sideloaded:");
  console.log("  npx office-addin-debugging start manifest.xml");
  console.log("(office-addin-debugging is fetched by npx on first use; it also starts the dev server.)\n");
  run(["office-addin-debugging", "start", "manifest.xml"]);
} else {
  console.log(`PYP Tracker dev server: https://localhost:3000

Excel on the web:
  1. Trust the localhost certificate once:  npx office-addin-dev-certs install
  2. Open a workbook in Excel on the web (office.com).
  3. Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in, and choose manifest.xml from this folder.
  4. Home › PYP Tracker opens the pane.

Without Microsoft 365: open https://localhost:3000/workspace.html (the same pane over a local .xlsx).
`);
  run(["webpack", "serve", "--mode", "development"]);
}
