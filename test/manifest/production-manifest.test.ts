// The production manifest for a ministry's host: every URL on ADDIN_URL, package.json's version, valid offline.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const SCHEMA = join(ROOT, "schemas", "manifest-xsd", "OfficeAppManifestV1_1.xsd");
const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const packageVersion = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

const addinManifest = require(join(ROOT, "scripts", "addin-manifest.js")) as {
  parseAddinUrl(raw: string): string;
  officeVersion(version: string): string;
};
const webpackConfig = require(join(ROOT, "webpack.config.js")) as (
  env: unknown,
  argv: { mode: string },
) => Promise<{ plugins: { constructor: { name: string }; patterns?: { from: string; transform?: (content: Buffer) => string }[] }[] }>;

/** dist/manifest.xml as the production build writes it (the copy plugin's own transform) for this ADDIN_URL. */
async function builtManifest(addinUrl: string, source = manifestText): Promise<string> {
  const previous = process.env.ADDIN_URL;
  process.env.ADDIN_URL = addinUrl;
  try {
    const config = await webpackConfig({}, { mode: "production" });
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin")!;
    return copy.patterns!.find((p) => p.from.startsWith("manifest"))!.transform!(Buffer.from(source));
  } finally {
    if (previous === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = previous;
  }
}

/** xmllint against the schemas kept in the project (no network, nothing outside the repository). */
function validate(text: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "pyp-manifest-"));
  try {
    writeFileSync(join(dir, "manifest.xml"), text);
    execFileSync("xmllint", ["--noout", "--schema", SCHEMA, join(dir, "manifest.xml")], { stdio: "pipe" });
    return { ok: true, output: "" };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: Buffer }).stderr ?? error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every absolute URL anywhere in the text: attributes, namespace declarations, comments. */
function everyUrl(text: string): string[] {
  return [...text.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi)].map((m) => m[0]);
}

/** The XML namespaces an Office manifest must declare; names, never fetched. */
const NAMESPACES = [
  "http://schemas.microsoft.com/office/appforoffice/1.1",
  "http://www.w3.org/2001/XMLSchema-instance",
  "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
];

describe("production manifest for https://addins.example.go.th/pyp/", () => {
  const base = "https://addins.example.go.th/pyp/";

  it("names that origin and the schema namespaces only, every page and icon under the folder", async () => {
    const built = await builtManifest(base);
    const urls = everyUrl(built);
    const located = urls.filter((u) => !NAMESPACES.includes(u));
    // 2 pages and 4 icons, some named more than once (SupportUrl, LearnMoreUrl, both icon sets).
    expect(located.length).toBe(10);
    for (const url of located) expect(url.startsWith(base)).toBe(true);
    expect(new Set(located.map((u) => u.slice(base.length)))).toEqual(
      new Set(["taskpane.html", "commands.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]),
    );
    expect(new Set(urls.filter((u) => NAMESPACES.includes(u)))).toEqual(new Set(NAMESPACES));
    expect(built).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it("carries package.json's version as Office's four parts, whatever the source manifest says", async () => {
    const built = await builtManifest(base, manifestText.replace(/<Version>[^<]*<\/Version>/, "<Version>9.8.7.6</Version>"));
    expect([...built.matchAll(/<Version>([^<]*)<\/Version>/g)].map((m) => m[1])).toEqual([`${packageVersion}.0`.split(".").slice(0, 4).join(".")]);
  });

  it("validates offline against the Office manifest schemas, which do catch a broken one", async () => {
    const built = await builtManifest(base);
    expect(validate(built)).toEqual({ ok: true, output: "" });
    // The same check refuses a manifest Office would refuse: a semver pre-release version, a missing Id.
    const prerelease = validate(built.replace(/<Version>[^<]*<\/Version>/, "<Version>0.1.0-beta.1</Version>"));
    expect(prerelease.ok).toBe(false);
    expect(prerelease.output).toMatch(/Version/);
    expect(validate(built.replace(/<Id>[^<]*<\/Id>/, "")).ok).toBe(false);
  });

  it("takes the folder without its trailing slash, and an origin alone as its root", async () => {
    expect(everyUrl(await builtManifest("https://addins.example.go.th/pyp")).filter((u) => !NAMESPACES.includes(u))).toContain(`${base}taskpane.html`);
    expect(await builtManifest("https://addins.example.go.th")).toContain('"https://addins.example.go.th/taskpane.html"');
  });
});

describe("ADDIN_URL", () => {
  it.each([
    ["https://addins.example.go.th/pyp/", "https://addins.example.go.th/pyp/"],
    ["https://addins.example.go.th/pyp", "https://addins.example.go.th/pyp/"],
    ["  https://ADDINS.example.go.th:8443/a/b  ", "https://addins.example.go.th:8443/a/b/"],
    ["https://addins.example.go.th", "https://addins.example.go.th/"],
  ])("%j is the base %j", (raw, base) => {
    expect(addinManifest.parseAddinUrl(raw)).toBe(base);
  });

  it.each([
    ["http://addins.example.go.th/pyp/", /https:\/\/ URL: Office loads add-ins over HTTPS only/],
    ["ftp://addins.example.go.th/pyp/", /https:\/\//],
    ["addins.example.go.th/pyp/", /is not a URL/],
    ["https://addins.example.go.th/pyp/?v=2", /without \?query/],
    ["https://addins.example.go.th/pyp/#top", /#fragment/],
    ["https://it:secret@addins.example.go.th/pyp/", /user name/],
  ])("refuses %j with a message saying what to write, in English and Thai", (raw, message) => {
    expect(() => addinManifest.parseAddinUrl(raw)).toThrow(message);
    expect(() => addinManifest.parseAddinUrl(raw)).toThrow(/ \/ .*[\u0E00-\u0E7F]/);
  });

  it("refuses a non-HTTPS ADDIN_URL when the build reads its configuration", async () => {
    await expect(builtManifest("http://addins.example.go.th/pyp/")).rejects.toThrow(/HTTPS only/);
  });
});

describe("Office version from package.json", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["1.2.3", "1.2.3.0"],
    ["1.2.3.4", "1.2.3.4"],
    ["65535.0.12", "65535.0.12.0"],
  ])("%s becomes %s", (version, office) => {
    expect(addinManifest.officeVersion(version)).toBe(office);
  });

  it.each(["1.0.0-beta.1", "1.2", "1.2.3.4.5", "v1.2.3", "65536.0.0", "123456.0.0"])("refuses %s", (version) => {
    expect(() => addinManifest.officeVersion(version)).toThrow(/version/);
  });
});
