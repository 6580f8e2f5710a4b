// What jsdom lacks and browsers have: ResizeObserver (Fluent's MessageBar measures itself with it; jsdom has no
// layout) and TextEncoder/TextDecoder (the .xlsx reader decodes zip entries with them).
import { TextDecoder, TextEncoder } from "util";

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown; TextEncoder?: unknown; TextDecoder?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoLayoutResizeObserver;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = TextEncoder;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = TextDecoder;

