// Runs a report job in a Web Worker (webpack bundles ./worker as its own chunk); loaded only where Worker exists.
import { ReportProgress } from "../pane-host";
import { ReportJob, ReportOutcome } from "./job";
import { ReportFailed, WorkerMessage } from "./messages";

export function runInWorker(job: ReportJob, progress: ReportProgress): Promise<ReportOutcome> {
  // webpack sees `new Worker(new URL(..., import.meta.url))` and emits ./worker as a separate chunk.
  const worker = new Worker(
    // @ts-expect-error import.meta needs an ES module target: webpack compiles this file (module esnext), tsc only checks it.
    new URL("./worker.ts", import.meta.url),
    { name: "report-worker" },
  );
  return new Promise<ReportOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "step") return progress(message.step);
      worker.terminate();
      if (message.type === "done") resolve(message.outcome);
      else reject(new ReportFailed(message.plain, message.detail));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the report worker failed"));
    };
    worker.postMessage(job);
  });
}
