// The production manifest: checks ADDIN_URL, turns package.json's version into Office's 4-part one, rewrites URLs.
"use strict";

/** Where the source manifest points (the dev server); the production build replaces this prefix. */
const DEV_URL = "https://localhost:3000/";

/** Thai and English in one line, as every failure the user (here: IT) reads. */
function fail(en, th) {
  return new Error(`${en} / ${th}`);
}

/**
 * The add-in's public base URL from ADDIN_URL, normalized to end in "/". Office loads add-in pages over
 * HTTPS only, and every page and icon is named relative to this base, so a query, fragment or user name
 * in it would end up inside every URL of the manifest: refused with a message saying what to write.
 */
function parseAddinUrl(raw) {
  const example = "https://addins.example.go.th/pyp/";
  const text = String(raw ?? "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw fail(`ADDIN_URL is not a URL (got "${text}"); write the folder the files are served from, e.g. ${example}`, `ADDIN_URL ไม่ใช่ URL (ได้รับ "${text}") ให้ระบุโฟลเดอร์ที่เก็บไฟล์ เช่น ${example}`);
  }
  if (url.protocol !== "https:") {
    throw fail(`ADDIN_URL must be an https:// URL: Office loads add-ins over HTTPS only (got ${text})`, `ADDIN_URL ต้องขึ้นต้นด้วย https:// เพราะ Office โหลด Add-in ผ่าน HTTPS เท่านั้น (ได้รับ ${text})`);
  }
  if (url.search || url.hash || url.username || url.password || text.includes("?") || text.includes("#")) {
    throw fail(`ADDIN_URL must be a plain folder URL without ?query, #fragment or user name, e.g. ${example} (got ${text})`, `ADDIN_URL ต้องเป็น URL ของโฟลเดอร์ ไม่มี ?query #fragment หรือชื่อผู้ใช้ เช่น ${example} (ได้รับ ${text})`);
  }
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/**
 * Office's <Version> from package.json's: "0.1.0" → "0.1.0.0". Office updates a deployed add-in only when this
 * grows, and its schema allows at most four numeric parts of up to five digits, so a pre-release tag or a
 * fifth part is refused rather than silently dropped (two builds would otherwise share one version).
 */
function officeVersion(version) {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:\.(\d{1,5}))?$/.exec(String(version));
  if (!match) {
    throw fail(
      `package.json version "${version}" cannot be an Office add-in version: use three or four numbers (e.g. 1.2.0), no pre-release tag`,
      `เวอร์ชันใน package.json "${version}" ใช้เป็นเวอร์ชันของ Add-in ไม่ได้ ให้ใช้ตัวเลขสามหรือสี่ชุด (เช่น 1.2.0) ไม่มีป้ายกำกับ pre-release`,
    );
  }
  const parts = match.slice(1, 4).concat(match[4] ?? "0").map(Number);
  if (parts.some((n) => n > 65535)) throw fail(`package.json version "${version}": each part must be at most 65535`, `เวอร์ชันใน package.json "${version}" แต่ละส่วนต้องไม่เกิน 65535`);
  return parts.join(".");
}

/** The manifest with every dev-server URL moved under `baseUrl` and <Version> set to `version` (already 4-part). */
function rewriteManifest(text, { baseUrl, version }) {
  const versions = text.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1) throw new Error(`manifest.xml must hold exactly one <Version> (found ${versions.length})`);
  return text.split(DEV_URL).join(baseUrl).replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

module.exports = { DEV_URL, parseAddinUrl, officeVersion, rewriteManifest };
