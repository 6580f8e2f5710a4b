// Builds what the browser tests load: the production pages (npm run build) and the fake-Excel bundle.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import { dirname } from "path";
import webpack from "webpack";
import { ARTIFACTS, DIST, FAKE_OFFICE_BUNDLE, ROOT } from "./paths";

function buildProduction(): void {
  // PYP_BROWSER_REUSE_DIST=1 skips the build when dist/ exists (for quick reruns while editing tests).
  if (process.env.PYP_BROWSER_REUSE_DIST === "1" && existsSync(`${DIST}/workspace.html`)) return;
  const result = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, ADDIN_URL: "" } });
  if (result.status !== 0) throw new Error(`production build failed (exit ${result.status})`);
}

function buildFakeOffice(): Promise<void> {
  mkdirSync(dirname(FAKE_OFFICE_BUNDLE), { recursive: true });
  const compiler = webpack({
    mode: "development",
    devtool: false, // the page's CSP forbids eval
    target: "web",
    context: ROOT,
    entry: "./test/browser/fake-office-entry.ts",
    output: { path: dirname(FAKE_OFFICE_BUNDLE), filename: "fake-office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } } }],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

export default async function globalSetup(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  buildProduction();
  await buildFakeOffice();
}
