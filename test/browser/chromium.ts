// Starting Debian's Chromium headless, shared by the browser tests and the browser benchmark.
import { Browser, chromium } from "playwright-core";

/** Chromium as installed by Debian; never a downloaded browser. `launch` gives each run a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
