// The report Worker: builds the .xlsx off the page's thread and posts each step, then the bytes (transferred).
import { plainProblem } from "../detection";
import { ReportJob, runReportJob } from "./job";
import { NO_PAUSE } from "../pause";
import { WorkerMessage } from "./messages";

const scope = self as unknown as { onmessage: ((e: MessageEvent<ReportJob>) => void) | null; postMessage(m: WorkerMessage, transfer?: Transferable[]): void };

scope.onmessage = (event) => {
  runReportJob(event.data, (step) => scope.postMessage({ type: "step", step }), NO_PAUSE).then(
    (outcome) => scope.postMessage({ type: "done", outcome }, [outcome.bytes.buffer as ArrayBuffer]),
    (error: unknown) => {
      const plain = plainProblem(error);
      scope.postMessage({ type: "failed", plain, detail: error instanceof Error ? error.message : String(error) });
    },
  );
};
