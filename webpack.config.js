// Webpack: task pane, ribbon function file and web workspace pages; the production build rewrites manifest URLs.
const path = require("path");
const { createHash } = require("crypto");
const { readFileSync } = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, parseAddinUrl, officeVersion, rewriteManifest } = require("./scripts/addin-manifest");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * Content-Security-Policy of each page. Scripts only from this origin (and Microsoft's office.js CDN for the
 * add-in pages); no eval; requests only to this origin. Styles allow inline: Fluent UI (Griffel) inserts
 * <style> rules at run time.
 */
function csp({ office }) {
  return [
    "default-src 'self'",
    `script-src 'self'${office ? ` ${OFFICE_CDN}` : ""}`,
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The add-in's public base URL for the production manifest (ADDIN_URL, checked), or the dev server's. */
function addinUrl() {
  return process.env.ADDIN_URL ? parseAddinUrl(process.env.ADDIN_URL) : DEV_URL;
}

/**
 * office-fallback.js is named in the page templates rather than bundled (it must run during parsing, right
 * after the CDN tag), so its content hash is computed here: every script the pages load then has a hashed
 * name and may be cached for a year (docs/deploy.md).
 */
const FALLBACK_SOURCE = path.join(__dirname, "src/taskpane/office-fallback.js");
const FALLBACK_NAME = `office-fallback.${createHash("sha256").update(readFileSync(FALLBACK_SOURCE)).digest("hex").slice(0, 8)}.js`;

/** The HTML pages the build emits; the manifest test checks every page it names is here. */
const PAGES = [
  { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], office: true },
  { filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], office: true },
  { filename: "workspace.html", template: "./src/workspace/workspace.html", chunks: ["workspace"], office: false },
];

/** Only the files of the packaged office.js an Excel pane can ask for (the whole package is 86 MB). */
const OFFICE_JS_FILES = ["office.js", "excel-*-16.0*.js", "o15apptofilemappingtable.js", "en-us/office_strings.js", "th-th/office_strings.js"];

/**
 * exceljs and jszip ship minified already; minifying their megabyte again takes minutes on a small
 * machine for no gain, so their chunk is marked as minimized before the minimizer runs.
 */
class SkipMinifiedVendorPlugin {
  constructor(pattern) {
    this.pattern = pattern;
  }
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SkipMinifiedVendorPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SkipMinifiedVendorPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, () => {
        for (const asset of compilation.getAssets()) {
          if (this.pattern.test(asset.name)) compilation.updateAsset(asset.name, asset.source, { minimized: true });
        }
      });
    });
  }
}

async function httpsOptions() {
  // Trusted localhost certificates from office-addin-dev-certs (installs them on first use).
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    throw new Error(
      `The dev server needs trusted localhost certificates and could not get them (${error.message}). ` +
        "Run `npx office-addin-dev-certs install` and try again.",
    );
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const officeDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  const publicUrl = dev ? DEV_URL : addinUrl();
  const version = officeVersion(require("./package.json").version);

  return {
    mode,
    devtool: dev ? "source-map" : false, // never "eval": the CSP forbids it
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      workspace: "./src/workspace/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent UI once for all pages (minified once, cached across pages).
          // Not the report Worker: its chunk is an entry of its own and must keep exceljs out of the pages' vendor chunk.
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: (chunk) => chunk.name !== "report-worker" && chunk.canBeInitial(), priority: -10 },
          // The .xlsx reader/writer: loaded on first use only, never in a page's first chunk.
          exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/, name: "exceljs", chunks: "async", priority: 10, enforce: true },
        },
      },
    },
    plugins: [
      // The Worker carries its own copy of exceljs (already minified): minifying it again would take minutes.
      new SkipMinifiedVendorPlugin(/^(exceljs|report-worker)\./),
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            template: page.template,
            chunks: page.chunks,
            scriptLoading: "defer",
            csp: csp({ office: page.office }),
            officeFallback: FALLBACK_NAME,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/sample-tracker.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "src/taskpane/office-fallback.js", to: FALLBACK_NAME, info: { minimized: true } },
          // Copied as shipped by Microsoft: already minified, so the minimizer must not spend minutes on them.
          ...OFFICE_JS_FILES.map((pattern) => ({
            from: pattern,
            context: officeDist,
            // A file named by its path gets an empty [path]: keep en-us/ and th-th/ apart, where office.js asks for them.
            to: `office-js/${path.posix.dirname(pattern) === "." ? "" : `${path.posix.dirname(pattern)}/`}[name][ext]`,
            globOptions: { ignore: ["**/*.debug.js"] },
            info: { minimized: true },
          })),
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => rewriteManifest(content.toString(), { baseUrl: publicUrl, version }),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          allowedHosts: ["localhost"],
          headers: { "Access-Control-Allow-Origin": "https://localhost:3000" },
          server: { type: "https", options: await httpsOptions() },
          static: false,
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
};

module.exports.PAGES = PAGES;
module.exports.csp = csp;
module.exports.DEV_URL = DEV_URL;
