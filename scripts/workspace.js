#!/usr/bin/env node
// `npm run workspace`: serves the production build on 127.0.0.1 (no certificates, no outside requests)
// and opens nothing itself: it prints the address of the web workspace with the sample tracker loaded.
"use strict";
const { createServer } = require("http");
const { readFile } = require("fs/promises");
const { existsSync } = require("fs");
const { execSync } = require("child_process");
const path = require("path");

const ROOT = path.join(__dirname, "..", "dist");
const PORT = Number(process.env.PORT || 3001);
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".css": "text/css" };

if (!existsSync(path.join(ROOT, "workspace.html"))) {
  console.log("Building the pages once (npm run build)…");
  execSync("npm run --silent build", { stdio: "inherit", cwd: path.join(__dirname, "..") });
}

createServer(async (req, res) => {
  const urlPath = decodeURIComponent(new URL(req.url || "/", "http://127.0.0.1").pathname);
  const file = path.normalize(path.join(ROOT, urlPath === "/" ? "workspace.html" : urlPath));
  if (!file.startsWith(ROOT + path.sep)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
}).listen(PORT, "127.0.0.1", () => {
  console.log(`PYP Tracker web workspace: http://127.0.0.1:${PORT}/workspace.html?sample=1  (Ctrl+C stops it)`);
});
