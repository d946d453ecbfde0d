/** What the page measures for one mark, for bench/output-review.ts. Times in milliseconds. */
export interface MarkTiming {
  /** From the key's input event to the mark on the page: handler, React's render and commit, style and layout. */
  toMarkedMs: number;
  /** From the key's input event to the next animation frame after that. */
  toFrameMs: number;
}

export interface PageSetup {
  segments: number;
  words: number;
}
