// Where the browser tests find the build and put their outputs (test-artifacts/ is gitignored).
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "test-artifacts", "browser");
export const FAKE_OFFICE_BUNDLE = join(ARTIFACTS, "fake-office", "fake-office.js");
export const SAMPLE_TRACKER = join(ROOT, "assets", "sample-tracker.xlsx");
