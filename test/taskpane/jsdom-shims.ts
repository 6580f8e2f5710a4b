// jsdom has no layout engine: Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoLayoutResizeObserver;

export {};
