// `npm run package`: the production build for a host (ADDIN_URL required), then the checks IT would otherwise do by hand.
"use strict";
const { spawnSync } = require("child_process");
const { existsSync, readFileSync, readdirSync, statSync } = require("fs");
const path = require("path");
const { parseAddinUrl, officeVersion } = require("./addin-manifest");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");

function stop(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** Every URL the manifest names: each must sit under the base URL and name a file in dist/. */
function checkManifestUrls(manifest, baseUrl) {
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  if (urls.length === 0) stop("dist/manifest.xml names no URL");
  for (const url of urls) {
    if (!url.startsWith(baseUrl)) stop(`dist/manifest.xml names ${url}, outside ${baseUrl}`);
    const file = path.join(DIST, decodeURIComponent(url.slice(baseUrl.length)));
    if (!existsSync(file)) stop(`dist/manifest.xml names ${url}, but dist/ has no such file`);
  }
  return urls.length;
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function main() {
  if (!process.env.ADDIN_URL) {
    stop("set ADDIN_URL to the HTTPS folder the files will be served from, e.g. ADDIN_URL=https://addins.example.go.th/pyp/ npm run package / ระบุ ADDIN_URL เป็นโฟลเดอร์ HTTPS ที่จะวางไฟล์ เช่น ADDIN_URL=https://addins.example.go.th/pyp/ npm run package");
  }
  let baseUrl;
  let version;
  try {
    baseUrl = parseAddinUrl(process.env.ADDIN_URL);
    version = officeVersion(require("../package.json").version);
  } catch (error) {
    stop(error.message);
  }
  const build = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "inherit", env: process.env });
  if (build.status !== 0) stop(`the build failed (exit ${build.status})`);

  const manifestPath = path.join(DIST, "manifest.xml");
  const valid = spawnSync("bash", [path.join(__dirname, "validate-manifest.sh"), manifestPath], { cwd: ROOT, stdio: "inherit" });
  if (valid.status !== 0) stop("dist/manifest.xml does not validate against the Office manifest schemas");
  const manifest = readFileSync(manifestPath, "utf8");
  if (!manifest.includes(`<Version>${version}</Version>`)) stop(`dist/manifest.xml does not carry version ${version}`);
  const urlCount = checkManifestUrls(manifest, baseUrl);

  const files = filesUnder(DIST);
  console.log(
    [
      "",
      `PYP Tracker ${version} packaged for ${baseUrl}`,
      `  dist/: ${files.length} files; copy all of them to ${baseUrl} (keep the folder layout)`,
      `  dist/manifest.xml: valid offline, ${urlCount} URLs, all under ${baseUrl}`,
      "  Next: docs/deploy.md (headers, Microsoft 365 admin center, rollback).",
    ].join("\n"),
  );
}

main();
