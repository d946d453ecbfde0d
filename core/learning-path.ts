import type { Standing } from './attempts';
import type { Profession } from './professions';

/**
 * A learner's path through the installed modules, and her next step. Pure: the home screen
 * reads it from the catalogue's metadata and her saved progress.
 *
 * The order: a module comes after the modules it names as prerequisites (when they are installed);
 * among the modules whose prerequisites are placed, the one most relevant to her profession comes
 * first — a module that names her profession before one that does not, then the one with the most
 * practice written for her (the exercises `readingOrder` in core/progress.ts puts first within a
 * module) — and, of equals, the catalogue's own order. Nothing is locked: the order is a suggestion.
 */
export interface PathModule {
  id: string;
  prerequisites: readonly string[];
  professions: readonly Profession[];
  /** How many practice blocks the module has written for each profession. */
  practiceFor: Partial<Record<Profession, number>>;
}

function relevance(mod: PathModule, profession: Profession | undefined): [number, number] {
  if (!profession || profession === 'other') return [0, 0];
  return [mod.professions.includes(profession) ? 1 : 0, mod.practiceFor[profession] ?? 0];
}

function moreRelevant(a: [number, number], b: [number, number]): boolean {
  return a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];
}

export function learningPath<M extends PathModule>(modules: readonly M[], profession?: Profession): M[] {
  const installed = new Set(modules.map((m) => m.id));
  const placed = new Set<string>();
  const path: M[] = [];
  const ready = (m: M) => m.prerequisites.every((p) => !installed.has(p) || placed.has(p));
  while (path.length < modules.length) {
    const left = modules.filter((m) => !placed.has(m.id));
    // Prerequisites that loop (the content check refuses them) cannot block the path: the loop is broken in catalogue order.
    const candidates = left.some(ready) ? left.filter(ready) : left;
    let best = candidates[0]!;
    for (const m of candidates) if (moreRelevant(relevance(m, profession), relevance(best, profession))) best = m;
    placed.add(best.id);
    path.push(best);
  }
  return path;
}

/** Where she stands in one module of her path, as the home reads it from her saved progress. */
export interface ModulePlace {
  standing: Standing;
  /** While a module is open: the lesson (0-based) she resumes in. */
  lessonIndex?: number;
}

export type NextStep = { kind: 'continue'; moduleId: string; lessonIndex: number } | { kind: 'start'; moduleId: string } | { kind: 'retake'; moduleId: string } | { kind: 'done' };

/**
 * The one step the home suggests: the module she has open (the first in her path, if several);
 * otherwise the first module of her path not yet passed — to start, or to take again; once every
 * module is passed, nothing more to do. Undefined when no module is installed.
 */
export function nextStep(path: readonly { id: string }[], places: ReadonlyMap<string, ModulePlace>): NextStep | undefined {
  if (path.length === 0) return undefined;
  const placeOf = (id: string): ModulePlace => places.get(id) ?? { standing: 'not-started' };
  const open = path.find((m) => placeOf(m.id).standing === 'in-progress');
  if (open) return { kind: 'continue', moduleId: open.id, lessonIndex: placeOf(open.id).lessonIndex ?? 0 };
  const todo = path.find((m) => placeOf(m.id).standing !== 'passed');
  if (!todo) return { kind: 'done' };
  return { kind: placeOf(todo.id).standing === 'not-yet-passed' ? 'retake' : 'start', moduleId: todo.id };
}

/** The prerequisites of a module she has not passed yet, in the order of her path: what to suggest first. */
export function suggestedFirst(mod: PathModule, path: readonly { id: string }[], passed: ReadonlySet<string>): string[] {
  return path.map((m) => m.id).filter((id) => mod.prerequisites.includes(id) && !passed.has(id));
}

/** The lesson (0-based) a block belongs to, from the number of blocks in each lesson; 0 for a block no longer in the module. */
export function lessonOf(blockIds: readonly string[], lessonSizes: readonly number[], blockId: string | undefined): number {
  const index = blockId === undefined ? -1 : blockIds.indexOf(blockId);
  if (index < 0) return 0;
  let end = 0;
  for (const [lesson, size] of lessonSizes.entries()) {
    end += size;
    if (index < end) return lesson;
  }
  return 0;
}

/** A declared duration as the home says it ("about 1 h 10 min"): to the nearest 5 minutes, never below 5 — an estimate is not more precise. */
export function aboutMinutes(minutes: number): number {
  return Math.max(5, Math.round(minutes / 5) * 5);
}
