/** What the page returns to bench/device-data.ts. Times in milliseconds. */
export interface DeviceBenchResult {
  points: number;
  /** Each time the chart of all the points was drawn: React's render and commit, then style and layout. */
  drawMs: number[];
  /** Each cursor move (an arrow key): the update, its commit, style and layout. */
  moveMs: number[];
  /** What the last move said in the live region: proof that the cursor moved. */
  lastReadout: string;
}
