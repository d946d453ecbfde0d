/** What the page returns to bench/cohort-import.ts. Times in milliseconds. */
export interface ImportBenchResult {
  files: number;
  statements: number;
  refused: number;
  importMs: number;
  /** Reading and validating every file alone, without saving: the import's main-thread share. */
  validateMs: number;
  bulkAddMs: number;
  dashboardDataMs: number;
  /** NaN when the page could not render the dashboard. */
  dashboardRenderMs: number;
}
