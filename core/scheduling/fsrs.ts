import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

/**
 * Spaced repetition of glossary cards with the FSRS algorithm. Memory states are plain,
 * serializable values (dates as ISO strings) so they can be stored as they are.
 */
export interface CardMemory {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 'new' | 'learning' | 'review' | 'relearning';
  lastReview?: string;
}

/** The learner's self-assessment after seeing the answer. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type CardGrade = (typeof GRADES)[number];

const RATING: Record<CardGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATE_NAMES = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' } as const;
const STATES: Record<CardMemory['state'], State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

// No fuzz: the same reviews give the same schedule, which tests and learners can rely on.
const scheduler = fsrs({ enable_fuzz: false });

function toMemory(card: Card): CardMemory {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

function toCard(memory: CardMemory): Card {
  return {
    due: new Date(memory.due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: STATES[memory.state],
    ...(memory.lastReview ? { last_review: new Date(memory.lastReview) } : {}),
  };
}

/** A card never reviewed, due at once. */
export function newCardMemory(now: Date): CardMemory {
  return toMemory(createEmptyCard(now));
}

/** The memory state after a review graded by the learner at `now`. */
export function reviewCard(memory: CardMemory, grade: CardGrade, now: Date): CardMemory {
  return toMemory(scheduler.next(toCard(memory), now, RATING[grade]).card);
}

/** When each grade would bring the card back, to show on the grade buttons. */
export function nextDueByGrade(memory: CardMemory, now: Date): Record<CardGrade, string> {
  return Object.fromEntries(GRADES.map((g) => [g, reviewCard(memory, g, now).due])) as Record<CardGrade, string>;
}

export function isDue(memory: CardMemory, until: Date): boolean {
  return new Date(memory.due).getTime() <= until.getTime();
}
