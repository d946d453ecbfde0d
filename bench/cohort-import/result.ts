/** What the page returns to bench/cohort-import.ts. Times in milliseconds. */
export interface ImportBenchResult {
  files: number;
  statements: number;
  refused: number;
  held: number;
  /** Reading and validating every file alone (decoding, checks, digest), without saving. */
  validateMs: number;
  /** The app's import: reading, validating, summarising, sealing and saving each file. */
  importMs: number;
  /** A plain Dexie bulkAdd of one row per statement (how cohorts were stored before schema version 6), per file. */
  bulkAddRowsMs: number;
  /** A plain Dexie bulkAdd of exactly the sealed records the import stored, per file. */
  bulkAddSealedMs: number;
  /** Bytes the import stored (sealed), against the files' bytes. */
  storedBytes: number;
  /** Deriving the keys from the passphrase at full strength (the unlock's own cost, before any data). */
  unlockMs: number;
  /** Unlocking, after the keys: opening every learner's sealed summary, once (nothing opened before). */
  dashboardDataMs: number;
  /** After unlocking: from the render call to the dashboard's first frame (totals, the matrix's first learners). NaN when it could not render. */
  dashboardRenderMs: number;
  /** How many learners the first frame's matrix holds. */
  dashboardFirstRows: number;
  /** From the same call to the frame holding every learner and every section. */
  dashboardCompleteMs: number;
}
