// One async pane action at a time per panel: busy flag, and the failure kept for a MessageBar.
import { useCallback, useRef, useState } from "react";

export interface Action {
  readonly busy: boolean;
  /** The last failure (rendered in the current language by <Problem>), or null. */
  readonly error: unknown;
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    // A second click while working would start a second Excel.run on the same workbook.
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (failure) {
      setError(failure ?? new Error("unknown failure"));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
