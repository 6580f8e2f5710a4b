// What every browser test file starts with: dist/ served on 127.0.0.1, one Chromium, the engine's check of the sample.
import { mkdirSync } from "fs";
import { Browser } from "playwright-core";
import { CheckResult } from "../../src/app/check";
import { engineCheck } from "./engine";
import { launchChromium } from "./harness";
import { ARTIFACTS, DIST, SAMPLE_TRACKER } from "./paths";
import { StaticServer, serveDirectory } from "./static-server";

export interface BrowserSuite {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** The engine's own result on the sample tracker: what the pages must show. */
  readonly sample: CheckResult;
}

export async function startBrowserSuite(): Promise<BrowserSuite> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  const sample = await engineCheck(SAMPLE_TRACKER, "sample-tracker.xlsx");
  return { server, browser, sample };
}

export async function stopBrowserSuite(suite: Partial<BrowserSuite>): Promise<void> {
  await suite.browser?.close();
  await suite.server?.close();
}
