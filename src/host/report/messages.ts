// What the report Worker posts back to the page.
import { LocalText } from "../../core/findings";
import { ReportStep } from "../pane-host";
import { ReportOutcome } from "./job";

export type WorkerMessage =
  | { readonly type: "step"; readonly step: ReportStep }
  | { readonly type: "done"; readonly outcome: ReportOutcome }
  /** `plain` for our own errors (they carry Thai and English); otherwise the message of an unexpected one. */
  | { readonly type: "failed"; readonly plain: LocalText | null; readonly detail: string };

/** A Worker failure rebuilt on the page: our errors keep their Thai and English. */
export class ReportFailed extends Error {
  readonly th?: string;
  readonly en?: string;
  constructor(plain: LocalText | null, detail: string) {
    super(detail);
    if (plain) {
      this.th = plain.th;
      this.en = plain.en;
    }
  }
}
