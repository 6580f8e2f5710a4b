/** @jest-environment jsdom */
// The add-in manifest: resources resolve, URLs are HTTPS, permissions, and every page it names is built.
import { readFileSync, existsSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const manifest = new DOMParser().parseFromString(manifestText, "application/xml");
const webpackConfig = require(join(ROOT, "webpack.config.js")) as {
  PAGES: { filename: string; office: boolean }[];
  DEV_URL: string;
  (env: unknown, argv: { mode: string }): Promise<{ plugins: WebpackPlugin[] }>;
};

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => string;
}

interface WebpackPlugin {
  constructor: { name: string };
  userOptions?: { filename?: string; csp?: string };
  patterns?: CopyPattern[];
}

/** The production manifest as the build writes it with ADDIN_URL set. */
async function productionManifest(addinUrl: string): Promise<string> {
  const previous = process.env.ADDIN_URL;
  process.env.ADDIN_URL = addinUrl;
  try {
    const config = await webpackConfig({}, { mode: "production" });
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin")!;
    const pattern = copy.patterns!.find((p) => p.from.startsWith("manifest"))!;
    return pattern.transform!(Buffer.from(manifestText));
  } finally {
    if (previous === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = previous;
  }
}

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function all(localName: string): Element[] {
  return Array.from(manifest.getElementsByTagNameNS("*", localName));
}

function urlsInManifest(): string[] {
  const urls: string[] = [];
  for (const el of Array.from(manifest.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
  }
  return urls;
}

describe("manifest.xml", () => {
  it("is well-formed XML for an Excel task pane app", () => {
    expect(manifest.getElementsByTagName("parsererror")).toHaveLength(0);
    const root = manifest.documentElement;
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("TaskPaneApp");
    expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"))).toEqual([
      "Workbook",
      "Workbook",
    ]);
  });

  it("asks for ReadWriteDocument", () => {
    expect(all("Permissions").map((p) => p.textContent?.trim())).toEqual(["ReadWriteDocument"]);
  });

  it("names only defined resources, each defined once", () => {
    const defined = new Map<string, number>();
    for (const kind of ["Image", "Url", "String"]) {
      for (const el of Array.from(manifest.getElementsByTagNameNS(BT, kind))) {
        const id = el.getAttribute("id");
        if (id) defined.set(id, (defined.get(id) ?? 0) + 1);
      }
    }
    const used = Array.from(manifest.getElementsByTagName("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) expect({ resid, defined: defined.get(resid) ?? 0 }).toEqual({ resid, defined: 1 });
  });

  it("uses HTTPS everywhere and no outside domains", () => {
    const urls = urlsInManifest();
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(webpackConfig.DEV_URL)).toBe(true);
    expect(all("AppDomain")).toHaveLength(0);
  });

  it("puts its button on the Home tab and shows the task pane", () => {
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = all("Action")[0];
    expect(action.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("ShowTaskpane");
    // Requirement sets belong to the top level only; inside VersionOverrides they would hide the button.
    expect(all("VersionOverrides")[0].getElementsByTagNameNS("*", "Requirements")).toHaveLength(0);
  });

  it("has Thai for every string it shows", () => {
    // Elements carrying text themselves (a GetStarted <Description resid=…> points at a bt:String instead).
    const strings = [...all("DisplayName"), ...all("Description"), ...Array.from(manifest.getElementsByTagNameNS(BT, "String"))].filter((el) =>
      el.hasAttribute("DefaultValue"),
    );
    expect(strings.length).toBeGreaterThan(3);
    for (const el of strings) {
      const thai = Array.from(el.getElementsByTagNameNS("*", "Override")).find((o) => o.getAttribute("Locale") === "th-TH");
      expect({ id: el.getAttribute("id") ?? el.localName, thai: /[\u0E00-\u0E7F]/.test(thai?.getAttribute("Value") ?? "") }).toEqual({
        id: el.getAttribute("id") ?? el.localName,
        thai: true,
      });
    }
  });

  it("names only pages and icons the production build emits", async () => {
    const config = await webpackConfig({}, { mode: "production" });
    const pages = config.plugins
      .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p) => p.userOptions?.filename);
    for (const url of urlsInManifest()) {
      const file = url.slice(webpackConfig.DEV_URL.length);
      if (file.endsWith(".html")) expect(pages).toContain(file);
      else expect(existsSync(join(ROOT, file))).toBe(true);
    }
  });

  it("gives every page a Content-Security-Policy without eval and with requests to its own origin only", async () => {
    const config = await webpackConfig({}, { mode: "production" });
    const pages = config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin");
    expect(pages.map((p) => p.userOptions?.filename).sort()).toEqual(["commands.html", "taskpane.html", "workspace.html"]);
    for (const page of pages) {
      const csp = page.userOptions?.csp ?? "";
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).toContain("connect-src 'self'");
      const scripts = /script-src ([^;]*)/.exec(csp)![1].trim().split(/\s+/);
      for (const source of scripts) expect(["'self'", "https://appsforoffice.microsoft.com"]).toContain(source);
    }
  });

  it("points the production manifest at ADDIN_URL, and refuses a non-HTTPS one", async () => {
    const built = await productionManifest("https://pyp.example.go.th/addin");
    expect(built).not.toContain("localhost");
    const urls = [...built.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBe(urlsInManifest().length);
    for (const url of urls) expect(url.startsWith("https://pyp.example.go.th/addin/")).toBe(true);
    const unversioned = (text: string) => text.replace(/<Version>[^<]*<\/Version>/, "<Version/>");
    expect(unversioned(built.replace(/https:\/\/pyp\.example\.go\.th\/addin\//g, webpackConfig.DEV_URL))).toBe(unversioned(manifestText));
    await expect(productionManifest("http://pyp.example.go.th/")).rejects.toThrow(/https/);
  });
});
