// Pauses a long job awaits between its steps: none in a Web Worker, a macrotask on the page.
import { Pause } from "../core/tracker/load";

export type { Pause };

/** In a Web Worker nothing else waits for the thread. */
export const NO_PAUSE: Pause = () => Promise.resolve();

/** On the page: a macrotask, so input and paint get their turn between steps. */
export const MACROTASK_PAUSE: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));
