/** @jest-environment jsdom */
// The Figures tab's Briefing button over the Office host on each simulated Excel: the downloaded page carries the check's ministry figures.
import "./jsdom-shims";
import React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { OfficeHost } from "../../src/host/office-host";
import { Pane } from "../../src/taskpane/Pane";
import { PaneRoot } from "../../src/taskpane/PaneRoot";
import { createWorkbookState, installFakeOffice, snapshotWorkbook } from "../fakes/excel";
import { sampleRows, trackerSheet } from "./fake-host";

/** What a saved Blob holds, read the way a browser would (jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe.each(["1.7", "1.8", "1.9", "1.13", "latest"])("Briefing from the pane on ExcelApi %s", (excelApi) => {
  const url = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };
  const saved: Blob[] = [];
  const downloads: string[] = [];
  let click: jest.SpyInstance;

  beforeEach(() => {
    saved.length = 0;
    downloads.length = 0;
    // jsdom cannot navigate to a blob: URL; record the download the link asks for instead.
    click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    url.createObjectURL = (b: Blob) => {
      saved.push(b);
      return "blob:briefing";
    };
    url.revokeObjectURL = () => undefined;
  });

  afterEach(() => {
    click.mockRestore();
    delete url.createObjectURL;
    delete url.revokeObjectURL;
  });

  it("downloads one .html page whose ministry row is the check's, leaving the workbook as it was", async () => {
    const tracker = trackerSheet("โครงการ", sampleRows());
    const state = createWorkbookState([{ name: tracker.name, values: tracker.values }], { excelApi });
    const office = installFakeOffice(globalThis, state);
    try {
      const host = new OfficeHost("This workbook");
      const { ministry } = (await host.check()).analysis.figures;
      const before = snapshotWorkbook(state);
      render(
        <PaneRoot lang="en" theme="light">
          <Pane host={host} />
        </PaneRoot>,
      );
      await screen.findByTestId("tracker-found");
      fireEvent.click(screen.getByRole("tab", { name: "Figures" }));
      fireEvent.click(await screen.findByRole("button", { name: "Compute figures" }));
      fireEvent.click(await screen.findByRole("button", { name: "Briefing (.html)" }, { timeout: 10_000 }));
      await screen.findByText(/^Saved briefing.*\.html to your downloads/);
      expect(saved).toHaveLength(1);
      expect(downloads).toEqual([expect.stringMatching(/^briefing.*\.html$/)]);
      expect(saved[0].type).toBe("text/html;charset=utf-8");
      const html = await blobText(saved[0]);
      const row = new RegExp(`<tr data-code="${ministry.code}"[^>]*>.*?</tr>`).exec(html)?.[0] ?? "";
      expect(row).toContain(`data-field="progress_pct" data-value="${ministry.progress_pct ?? ""}"`);
      expect(row).toContain(`data-field="budget" data-value="${ministry.budget}"`);
      expect(row).toContain(`data-field="behind_plan" data-value="${ministry.behind_plan}"`);
      expect(snapshotWorkbook(state)).toEqual(before);
    } finally {
      office.uninstall();
    }
  });
});
