import type { ModuleResult } from '../attempts';
import type { Localized } from '../content/schema';
import { cleanName } from '../names';
import type { Language } from '../i18n';
import type { Profession } from '../professions';
import type { CellStatus, CohortReport, ReportModule } from './report';

/**
 * The cohort report as CSV: one row per learner, the columns of the dashboard's matrix. Per
 * module: her latest attempt's status, passed or not yet passed, the score that counts and the
 * module's passing score, her time, and when the attempt that counts was completed.
 *
 * Semicolon-separated, because the trainers' spreadsheets run with Belgian regional settings,
 * where the list separator is ";"; numbers are whole (percent, minutes), so the decimal comma
 * never meets the separator. Quoted as RFC 4180 says, and a cell that a spreadsheet would run
 * as a formula is prefixed with an apostrophe, as OWASP's CSV injection advice says: a
 * learner's chosen name is data.
 */
export const CSV_SEPARATOR = ';';

/** The words of the header and of the cells, in the reader's language. */
export interface CsvLabels {
  learner: string;
  profession: string;
  lastActivity: string;
  status: string;
  result: string;
  score: string;
  passingScore: string;
  timeMinutes: string;
  completedOn: string;
  professionName: (profession: Profession) => string;
  statusName: (status: CellStatus) => string;
  /** Passed or not yet passed, in words. */
  resultName: (result: ModuleResult) => string;
  /** How a learner who shared no name is shown (the start of her pseudonymous account). */
  anonymous: (accountStart: string) => string;
}

/**
 * Whether a spreadsheet could read the cell as a formula: it starts with a tab or a carriage
 * return, or its first visible character is =, +, - or @ — also after spaces (no-break ones
 * included) and invisible characters, and in compatibility forms such as the full-width "＝",
 * which spreadsheets fold to the plain sign.
 */
export function couldBeFormula(value: string): boolean {
  if (/^[\t\r]/.test(value)) return true;
  const visible = value.replace(/^[\s\p{Cf}\p{Cc}]+/u, '');
  return /^[=+\-@]/.test(visible.slice(0, 8).normalize('NFKC'));
}

export function csvCell(value: string): string {
  const safe = couldBeFormula(value) ? `'${value}` : value;
  return /[";\r\n,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** How a learner is named: her chosen name as CareLit shows names (core/names.ts), or the start of her pseudonymous account. */
export function learnerLabel(learner: { account: string; displayName?: string }, anonymous: (accountStart: string) => string): string {
  const name = learner.displayName === undefined ? null : cleanName(learner.displayName);
  return name || anonymous(learner.account.slice(0, 8));
}

export function moduleTitle(moduleId: string, catalogue: readonly ReportModule[], lang: Language): string {
  const title: Localized | undefined = catalogue.find((m) => m.id === moduleId)?.title;
  return title ? title[lang] : moduleId;
}

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');
const percent = (scaled: number | undefined) => (scaled === undefined ? '' : String(Math.round(scaled * 100)));
const minutes = (ms: number) => String(Math.round(ms / 60000));

export function cohortCsv(report: CohortReport, catalogue: readonly ReportModule[], lang: Language, labels: CsvLabels): string {
  const header = [labels.learner, labels.profession, labels.lastActivity];
  for (const id of report.moduleIds) {
    const title = moduleTitle(id, catalogue, lang);
    header.push(
      `${title}: ${labels.status}`,
      `${title}: ${labels.result}`,
      `${title}: ${labels.score}`,
      `${title}: ${labels.passingScore}`,
      `${title}: ${labels.timeMinutes}`,
      `${title}: ${labels.completedOn}`,
    );
  }
  const rows = report.learners.map((learner) => {
    const row = [learnerLabel(learner, labels.anonymous), learner.profession ? labels.professionName(learner.profession) : '', day(learner.lastActivityAt)];
    for (const id of report.moduleIds) {
      const cell = learner.cells[id]!;
      row.push(
        labels.statusName(cell.status),
        cell.result ? labels.resultName(cell.result) : '',
        percent(cell.score),
        percent(cell.passingScore),
        cell.status === 'not-started' ? '' : minutes(cell.timeSpentMs),
        day(cell.completedAt),
      );
    }
    return row;
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
