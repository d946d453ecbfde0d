import { definitionOf, isScoredBlock } from '../blocks';
import { BLOCKS } from '../blocks/registry';
import type { AnyBlockDefinition, Mistake } from '../blocks/types';
import { own } from '../content/id';
import type { LearningModule, Localized } from '../content/schema';
import type { Language } from '../i18n';
import { markdownToPlainText } from '../markdown/parse';
import type { Profession } from '../professions';
import { attemptPassed, countingAttempt, standingOf, type ModuleResult, type Standing } from '../attempts';
import { attemptsOf, type LearnerSummary, type ModuleSummary } from './summary';

/**
 * The cohort report: what the trainer's dashboard shows and what `carelit cohort report`
 * prints, from the same learner summaries. Pure and deterministic: same summaries, same report.
 */

/** What the report needs to know about a module: titles, passing score, objectives, exercise and part labels. */
export interface ReportModule {
  id: string;
  title: Localized;
  /** Scaled 0–1: a completion below it is not a pass. */
  passingScore: number;
  /** The time the module is planned to take: the hours a training record and a certificate state. */
  estimatedMinutes: number;
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
  return {
    id: mod.id,
    title: mod.title,
    passingScore: mod.passingScore,
    estimatedMinutes: mod.estimatedMinutes,
    objectives: mod.objectives.map((o) => ({ id: o.id, text: o.text })),
    items,
  };
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

/** Her latest attempt: none, open, or completed. */
export type CellStatus = 'not-started' | 'in-progress' | 'completed';

export interface ReportCell {
  /** Where she stands, in the words every screen uses: not started, in progress, not yet passed, passed. */
  standing: Standing;
  status: CellStatus;
  /** Once an attempt is completed: passed or not yet, by the attempt that counts (core/attempts.ts). */
  result?: ModuleResult;
  /** Scaled 0–1: the score of the attempt that counts. */
  score?: number;
  /** The module's passing score, when it is installed here. */
  passingScore?: number;
  /** When the attempt that counts was completed: the date passed, when passed. */
  completedAt?: string;
  /** The module's version in the attempt that counts. */
  moduleVersion?: number;
  /** Attempts begun, retakes included. */
  attempts: number;
  /** All attempts together. */
  timeSpentMs: number;
}

export interface ReportLearner {
  account: string;
  displayName?: string;
  profession?: Profession;
  lastActivityAt?: string;
  cells: Record<string, ReportCell>;
  /** Modules she completed at least once. */
  modulesCompleted: number;
  modulesPassed: number;
  totalTimeMs: number;
}

export interface ModuleCompletion {
  moduleId: string;
  learners: number;
  started: number;
  /** Learners who completed an attempt. */
  completed: number;
  /** Learners whose attempt that counts is passed. */
  passed: number;
  /** completed / learners; 0 when nobody is in the view. */
  completionRate: number;
  /** Median time of those who completed, in ms; null when nobody did. */
  medianTimeMs: number | null;
  /** Mean score (the attempt that counts) of those who completed; null when nobody did. */
  meanScore: number | null;
}

/** The scores that count of learners who completed a module, in ten bands: [0–10 %), [10–20 %) … [90–100 %]. */
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
  /**
   * The mistakes made most often on a first answer (as data: the ids they name), each with how
   * many learners made it, most frequent first, at most MISTAKES_REPORTED: for an output review
   * the flaws missed most, for a scenario the wrong turns, for device data the alerts missed.
   */
  commonMistakes: { mistake: Mistake; count: number }[];
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
  /** Completions: modules completed at least once, learner by learner; passes: modules passed. */
  totals: { learners: number; completions: number; passes: number; timeSpentMs: number };
}

export const SCORE_BANDS = 10;
/** How many of an exercise's most common mistakes the report keeps. */
export const MISTAKES_REPORTED = 3;

/**
 * A learner's standing in a module, from her attempts: passed or not by each completion's record
 * and the module's passing score, and the attempt that counts by core/attempts.ts's rule.
 */
export function cellOf(mod: ModuleSummary | undefined, module: ReportModule | undefined): ReportCell {
  const passingScore = module ? { passingScore: module.passingScore } : {};
  if (!mod) return { standing: 'not-started', status: 'not-started', attempts: 0, timeSpentMs: 0, ...passingScore };
  const attempts = attemptsOf(mod);
  const completed = attempts.flatMap((a) =>
    a.completedAt === undefined ? [] : [{ ...a, completedAt: a.completedAt, score: a.score ?? 0, passed: attemptPassed(a.score, a.success, module?.passingScore) }],
  );
  const counted = countingAttempt(completed);
  return {
    standing: standingOf(completed, mod.status === 'in-progress'),
    status: mod.status,
    ...(counted ? { result: counted.passed ? 'passed' : 'not-yet-passed', score: counted.score, completedAt: counted.completedAt, moduleVersion: counted.moduleVersion } : {}),
    ...passingScore,
    attempts: attempts.length,
    timeSpentMs: mod.timeSpentMs,
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
  const byItem = new Map<string, Omit<HardItem, 'commonMistakes'> & { mistakes: Map<string, { mistake: Mistake; count: number }> }>();
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
      // Ties in the order of their ids, so the same files give the same report everywhere.
      const commonMistakes = [...mistakes]
        .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
        .slice(0, MISTAKES_REPORTED)
        .map(([, found]) => found);
      return { ...item, shareCorrect: item.correct / item.answered, meanScore: item.meanScore / item.answered, commonMistakes };
    })
    .sort(
      (a, b) => a.meanScore - b.meanScore || a.shareCorrect - b.shareCorrect || b.answered - a.answered || (`${a.moduleId}/${a.blockId}` < `${b.moduleId}/${b.blockId}` ? -1 : 1),
    );
}

/** The part of the report that says where each learner stands: what a dashboard shows first (its totals and matrix). */
export type LearnersReport = Pick<CohortReport, 'profession' | 'moduleIds' | 'learners' | 'totals'>;

/** The rest: what is counted per module and per exercise. */
export type ReportCounts = Pick<CohortReport, 'completion' | 'scoreDistribution' | 'hardestItems'>;

/** The learners in view (all, or those of one profession), in the report's order. */
function learnersInView(summaries: readonly LearnerSummary[], profession: Profession | null): LearnerSummary[] {
  return summaries.filter((s) => profession === null || s.profession === profession).sort(byLearner);
}

/** Where each learner in view stands, and the totals: cohortReport's values, without what it counts per module and exercise. */
export function learnersReport(summaries: readonly LearnerSummary[], catalogue: readonly ReportModule[], profession: Profession | null = null): LearnersReport {
  const inView = learnersInView(summaries, profession);
  const known = catalogue.map((m) => m.id);
  const extra = [...new Set(inView.flatMap((s) => Object.keys(s.modules)))].filter((id) => !known.includes(id)).sort();
  const moduleIds = [...known, ...extra];

  const learners: ReportLearner[] = inView.map((s) => {
    const cells = Object.fromEntries(
      moduleIds.map((id) => [
        id,
        cellOf(
          own(s.modules, id),
          catalogue.find((m) => m.id === id),
        ),
      ]),
    );
    const values = Object.values(cells);
    return {
      account: s.account,
      ...(s.displayName ? { displayName: s.displayName } : {}),
      ...(s.profession ? { profession: s.profession } : {}),
      ...(s.lastActivityAt ? { lastActivityAt: s.lastActivityAt } : {}),
      cells,
      modulesCompleted: values.filter((c) => c.result !== undefined).length,
      modulesPassed: values.filter((c) => c.result === 'passed').length,
      totalTimeMs: values.reduce((sum, c) => sum + c.timeSpentMs, 0),
    };
  });

  return {
    profession,
    moduleIds,
    learners,
    totals: {
      learners: learners.length,
      completions: learners.reduce((sum, l) => sum + l.modulesCompleted, 0),
      passes: learners.reduce((sum, l) => sum + l.modulesPassed, 0),
      timeSpentMs: learners.reduce((sum, l) => sum + l.totalTimeMs, 0),
    },
  };
}

/** Completion, scores and the hardest exercises, from the learners' part of the report and the summaries it was made from. */
export function reportCounts({ profession, moduleIds, learners }: LearnersReport, summaries: readonly LearnerSummary[]): ReportCounts {
  const completion = moduleIds.map((moduleId): ModuleCompletion => {
    const cells = learners.map((l) => l.cells[moduleId]!);
    const done = cells.filter((c) => c.result !== undefined);
    const scores = done.flatMap((c) => (c.score === undefined ? [] : [c.score]));
    return {
      moduleId,
      learners: cells.length,
      started: cells.filter((c) => c.status !== 'not-started').length,
      completed: done.length,
      passed: done.filter((c) => c.result === 'passed').length,
      completionRate: cells.length ? done.length / cells.length : 0,
      medianTimeMs: median(done.map((c) => c.timeSpentMs)),
      meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    };
  });

  const scoreDistribution = moduleIds.map((moduleId): ScoreDistribution => {
    const bands = new Array<number>(SCORE_BANDS).fill(0);
    for (const l of learners) {
      const cell = l.cells[moduleId]!;
      if (cell.result !== undefined && cell.score !== undefined) bands[bandOf(cell.score)]! += 1;
    }
    return { moduleId, bands };
  });

  return { completion, scoreDistribution, hardestItems: hardestItems(learnersInView(summaries, profession)) };
}

/** The whole report, its members in the order `carelit cohort report` has always printed them. */
export function joinReport({ profession, moduleIds, learners, totals }: LearnersReport, { completion, scoreDistribution, hardestItems }: ReportCounts): CohortReport {
  return { profession, moduleIds, learners, completion, scoreDistribution, hardestItems, totals };
}

export function cohortReport(summaries: readonly LearnerSummary[], catalogue: readonly ReportModule[], profession: Profession | null = null): CohortReport {
  const part = learnersReport(summaries, catalogue, profession);
  return joinReport(part, reportCounts(part, summaries));
}
