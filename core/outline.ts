import { answerFinishes, isScoredBlock } from './blocks';
import type { Block } from './content/schema';
import type { BlockPosition } from './progress';

/*
 * The outline of a module and the rule of the Continue button. Apart from core/progress.ts, which
 * the first screen needs: this one needs the block types' definitions, which only the player loads.
 */

/**
 * Whether a block holds the learner back: a scored exercise whose latest answer (undefined before
 * any) is not finished. Continue waits on it, and no move through the outline passes it.
 */
export function holdsBack(block: Block, latestAnswer: unknown): boolean {
  return isScoredBlock(block) && (latestAnswer === undefined || !answerFinishes(block, latestAnswer));
}

/** A lesson in the outline of a module, in the learner's reading order. */
export interface LessonPlace {
  lessonIndex: number;
  /** Index of its first and last step over the whole module. */
  first: number;
  last: number;
  /** She may go to its first step: she reached it before, and no exercise left unanswered lies before it. */
  reachable: boolean;
  /** Every step of it read or answered. */
  done: boolean;
}

/** Where she stands in a module: the steps read or answered, the one on screen, her latest answers by block id. */
export interface Reached {
  doneBlockIds: readonly string[];
  currentBlockId: string;
  latestAnswers: ReadonlyMap<string, unknown>;
}

/**
 * The module's lessons as the outline shows them. A lesson is reachable once its first step was
 * reached — read, answered, on screen, or just after a step done (going on from a step marks it
 * done and shows the next, so she saw it even if she went back since) — and only while every
 * exercise before it is answered —
 * the rule of the Continue button, so the outline never takes her past an exercise she skipped
 * (a new version may add one behind her). Her current lesson is always reachable.
 */
export function lessonOutline(blocks: readonly BlockPosition[], reached: Reached): LessonPlace[] {
  const done = new Set(reached.doneBlockIds);
  const places: LessonPlace[] = [];
  let clear = true;
  let previousDone = false;
  for (const position of blocks) {
    const id = position.block.id;
    let place = places[places.length - 1];
    if (!place || place.lessonIndex !== position.lessonIndex) {
      const seen = done.has(id) || id === reached.currentBlockId || previousDone;
      place = { lessonIndex: position.lessonIndex, first: position.index, last: position.index, reachable: seen && clear, done: true };
      places.push(place);
    }
    place.last = position.index;
    place.done &&= done.has(id);
    if (id === reached.currentBlockId) place.reachable = true;
    if (holdsBack(position.block, reached.latestAnswers.get(id))) clear = false;
    previousDone = done.has(id);
  }
  return places;
}
