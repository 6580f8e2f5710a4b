// Whether the page is narrow (a task pane, or 200 % zoom): tables stack and chart labels use short names.
import { useEffect, useState } from "react";

/** Below this width (CSS px) rows of a table become stacked cards (WCAG 1.4.10 reflow). */
export const NARROW_QUERY = "(max-width: 400px)";

function matches(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(NARROW_QUERY).matches;
}

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(matches);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(NARROW_QUERY);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener?.("change", update);
    return () => query.removeEventListener?.("change", update);
  }, []);
  return narrow;
}
