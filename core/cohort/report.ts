import { definitionOf, isScoredBlock } from '../blocks';
import { BLOCKS } from '../blocks/registry';
import type { AnyBlockDefinition, Mistake } from '../blocks/types';
import { own } from '../content/id';
import type { LearningModule, Localized } from '../content/schema';
import type { Language } from '../i18n';
import { markdownToPlainText } from '../markdown/parse';
import type { Profession } from '../professions';
import type { LearnerSummary, ModuleSummary } from './summary';

/**
 * The cohort report: what the trainer's dashboard shows and what `carelit cohort report`
 * prints, from the same learner summaries. Pure and deterministic: same summaries, same report.
 */

/** What the report needs to know about a module: titles, objectives, exercise and part labels. */
export interface ReportModule {
  id: string;
  title: Localized;
  objectives: { id: string; text: Localized }[];
  /** Per exercise (block id): its type, its name, and the labels of its parts (options, items, groups…). */
  items: Record<string, { type: string; label: Localized; choices: Record<string, Localized> }>;
}

export function reportModule(mod: LearningModule): ReportModule {
  const items: ReportModule['items'] = {};
  for (const block of mod.lessons.flatMap((l) => l.blocks)) {
    if (!isScoredBlock(block)) continue;
    const { label, parts } = definitionOf(block).answer!.report.labels(block);
    items[block.id] = { type: block.type, label, choices: parts };
  }
  return { id: mod.id, title: mod.title, objectives: mod.objectives.map((o) => ({ id: o.id, text: o.text })), items };
}

/** A label as plain text on one line (an exercise may be written in Markdown). */
function plain(text: string): string {
  return markdownToPlainText(text).replace(/\s+/g, ' ').trim();
}

/** An exercise's name, or its id when the module is not installed here. */
export function exerciseText(catalogue: readonly ReportModule[], moduleId: string, blockId: string, lang: Language): string {
  const mod = catalogue.find((m) => m.id === moduleId);
  const label = mod && own(mod.items, blockId)?.label[lang];
  return label === undefined ? blockId : plain(label);
}

/** A mistake in words, as its block type describes it, each id by its label (or the id itself when unknown). */
export function mistakeText(catalogue: readonly ReportModule[], item: Pick<HardItem, 'moduleId' | 'blockId' | 'type'>, mistake: Mistake, lang: Language): string {
  const mod = catalogue.find((m) => m.id === item.moduleId);
  const exercise = mod && own(mod.items, item.blockId);
  const label = (id: string) => {
    const text = exercise && own(exercise.choices, id)?.[lang];
    return text === undefined ? id : plain(text);
  };
  const type = exercise?.type ?? item.type;
  const answer = Object.hasOwn(BLOCKS, type) ? (BLOCKS as Record<string, AnyBlockDefinition>)[type]!.answer : null;
  return answer ? answer.report.describe(mistake, label) : mistake.map(label).join(' → ');
}

export type CellStatus = 'not-started' | 'in-progress' | 'completed';

export interface ReportCell {
  status: CellStatus;
  /** Scaled 0–1, once completed. */
  score?: number;
  passed?: boolean;
  timeSpentMs: number;
  completedAt?: string;
}

export interface ReportLearner {
  account: string;
  displayName?: string;
  profession?: Profession;
  lastActivityAt?: string;
  cells: Record<string, ReportCell>;
  modulesCompleted: number;
  totalTimeMs: number;
}

export interface ModuleCompletion {
  moduleId: string;
  learners: number;
  started: number;
  completed: number;
  /** completed / learners; 0 when nobody is in the view. */
  completionRate: number;
  /** Median time of those who completed, in ms; null when nobody did. */
  medianTimeMs: number | null;
  /** Mean scaled score of those who completed; null when nobody did. */
  meanScore: number | null;
}

/** Completed-module scores in ten bands: [0–10 %), [10–20 %) … [90–100 %]. */
export interface ScoreDistribution {
  moduleId: string;
  bands: number[];
}

export interface HardItem {
  moduleId: string;
  blockId: string;
  /** Its block type, as the learners' records name it. */
  type: string;
  answered: number;
  correct: number;
  shareCorrect: number;
  /**
   * Mean scaled score of the first answers: the ranking key. The same as shareCorrect for a
   * quiz; for a sorting exercise or a prompt lab it counts partial credit, so that a prompt lab,
   * where "correct" means full marks on the rubric, is not always ranked hardest.
   */
  meanScore: number;
  /** The mistake made most often on a first answer (as data: the ids it names), and by how many learners. */
  commonMistake?: { mistake: Mistake; count: number };
}

export interface CohortReport {
  profession: Profession | null;
  /** Catalogue modules first, in catalogue order, then modules only the files know about. */
  moduleIds: string[];
  learners: ReportLearner[];
  completion: ModuleCompletion[];
  scoreDistribution: ScoreDistribution[];
  /** Every exercise answered at least once, hardest (lowest mean first-answer score) first. */
  hardestItems: HardItem[];
  totals: { learners: number; completions: number; timeSpentMs: number };
}

export const SCORE_BANDS = 10;

function cellOf(mod: ModuleSummary | undefined): ReportCell {
  if (!mod) return { status: 'not-started', timeSpentMs: 0 };
  return {
    status: mod.status,
    timeSpentMs: mod.timeSpentMs,
    ...(mod.score !== undefined ? { score: mod.score } : {}),
    ...(mod.passed !== undefined ? { passed: mod.passed } : {}),
    ...(mod.completedAt ? { completedAt: mod.completedAt } : {}),
  };
}

/** The band of a scaled score; the nudge keeps 0.7 (which is 6.999… × 10 in floating point) in the 70 % band. */
export function bandOf(score: number): number {
  return Math.min(SCORE_BANDS - 1, Math.max(0, Math.floor(score * SCORE_BANDS + 1e-9)));
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Who shows first: by name when there is one, then by account, so the order never depends on import order. */
function byLearner(a: LearnerSummary, b: LearnerSummary): number {
  // Not locale-aware on purpose: the same files give the same order on every machine.
  const an = a.displayName?.toLowerCase() ?? '\uffff';
  const bn = b.displayName?.toLowerCase() ?? '\uffff';
  return an < bn ? -1 : an > bn ? 1 : a.account < b.account ? -1 : a.account > b.account ? 1 : 0;
}

function hardestItems(learners: readonly LearnerSummary[]): HardItem[] {
  const byItem = new Map<string, HardItem & { mistakes: Map<string, { mistake: Mistake; count: number }> }>();
  for (const learner of learners) {
    for (const [key, outcome] of Object.entries(learner.items)) {
      let item = byItem.get(key);
      if (!item) {
        item = { moduleId: outcome.moduleId, blockId: outcome.blockId, type: outcome.type, answered: 0, correct: 0, shareCorrect: 0, meanScore: 0, mistakes: new Map() };
        byItem.set(key, item);
      }
      item.answered += 1;
      item.meanScore += outcome.scaled;
      if (outcome.correct) item.correct += 1;
      for (const mistake of outcome.mistakes) {
        // Ids never hold a NUL: joined with it, a mistake's ids make one key.
        const seen = item.mistakes.get(mistake.join('\u0000'));
        if (seen) seen.count += 1;
        else item.mistakes.set(mistake.join('\u0000'), { mistake, count: 1 });
      }
    }
  }
  return [...byItem.values()]
    .map(({ mistakes, ...item }) => {
      let commonMistake: HardItem['commonMistake'];
      for (const [, found] of [...mistakes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        if (!commonMistake || found.count > commonMistake.count) commonMistake = found;
      }
      return { ...item, shareCorrect: item.correct / item.answered, meanScore: item.meanScore / item.answered, ...(commonMistake ? { commonMistake } : {}) };
    })
    .sort((a, b) => a.meanScore - b.meanScore || a.shareCorrect - b.shareCorrect || b.answered - a.answered || (`${a.moduleId}/${a.blockId}` < `${b.moduleId}/${b.blockId}` ? -1 : 1));
}

export function cohortReport(
  summaries: readonly LearnerSummary[],
  catalogue: readonly ReportModule[],
  profession: Profession | null = null,
): CohortReport {
  const inView = summaries.filter((s) => profession === null || s.profession === profession).sort(byLearner);
  const known = catalogue.map((m) => m.id);
  const extra = [...new Set(inView.flatMap((s) => Object.keys(s.modules)))].filter((id) => !known.includes(id)).sort();
  const moduleIds = [...known, ...extra];

  const learners: ReportLearner[] = inView.map((s) => {
    const cells = Object.fromEntries(moduleIds.map((id) => [id, cellOf(own(s.modules, id))]));
    const values = Object.values(cells);
    return {
      account: s.account,
      ...(s.displayName ? { displayName: s.displayName } : {}),
      ...(s.profession ? { profession: s.profession } : {}),
      ...(s.lastActivityAt ? { lastActivityAt: s.lastActivityAt } : {}),
      cells,
      modulesCompleted: values.filter((c) => c.status === 'completed').length,
      totalTimeMs: values.reduce((sum, c) => sum + c.timeSpentMs, 0),
    };
  });

  const completion = moduleIds.map((moduleId): ModuleCompletion => {
    const cells = learners.map((l) => l.cells[moduleId]!);
    const done = cells.filter((c) => c.status === 'completed');
    const scores = done.flatMap((c) => (c.score === undefined ? [] : [c.score]));
    return {
      moduleId,
      learners: cells.length,
      started: cells.filter((c) => c.status !== 'not-started').length,
      completed: done.length,
      completionRate: cells.length ? done.length / cells.length : 0,
      medianTimeMs: median(done.map((c) => c.timeSpentMs)),
      meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    };
  });

  const scoreDistribution = moduleIds.map((moduleId): ScoreDistribution => {
    const bands = new Array<number>(SCORE_BANDS).fill(0);
    for (const l of learners) {
      const cell = l.cells[moduleId]!;
      if (cell.status === 'completed' && cell.score !== undefined) bands[bandOf(cell.score)]! += 1;
    }
    return { moduleId, bands };
  });

  return {
    profession,
    moduleIds,
    learners,
    completion,
    scoreDistribution,
    hardestItems: hardestItems(inView),
    totals: {
      learners: learners.length,
      completions: learners.reduce((sum, l) => sum + l.modulesCompleted, 0),
      timeSpentMs: learners.reduce((sum, l) => sum + l.totalTimeMs, 0),
    },
  };
}
