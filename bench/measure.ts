// Timing helpers: wall-clock milliseconds and medians (shared machines are noisy, so one run proves little).
import { performance } from "perf_hooks";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function timeMs<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** Two decimals for the results file: the numbers are noisy beyond that. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
