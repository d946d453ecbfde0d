import type { z } from 'zod';
import type { Check } from '../cohort/checks';
import type { Localized } from '../content/fields';
import type { Language } from '../i18n';
import type { Random } from '../random';
import type { Interaction, InteractionType, Statement } from '../xapi/statements';

/**
 * What a block type is, as one unit (the way an H5P content type or an Adapt component is): its
 * content, what a learner answers and keeps as a draft, how an answer scores part by part, the
 * xAPI statements it makes, how a trainer's report reads it, what `content stats` and the checker
 * need, and how `carelit simulate` plays it. Pure: no DOM, React, Node or Electron. Every facet
 * is required — a type that does not answer, or keeps no draft, says so with `null` — so a type
 * that forgets one does not compile. Its view is the other half, in renderer/src/blocks/.
 */
export interface BlockDefinition<T extends string, B extends { id: string; type: T }, A, S, P extends PartOutcome> {
  type: T;
  /** The content schema (strict): what an author writes in a module file. */
  schema: z.ZodType<B>;
  /** What the type is called, for authors and trainers ("Quiz", "Tri"…). */
  label: Localized;
  content: ContentFacet<B>;
  /** How long a simulated learner spends on it when she only reads it (or sees it again). */
  visit(block: B, language: Language, rng: Random): number;
  /** How a learner answers it; null for blocks that are only read or kept for herself. */
  answer: AnswerFacet<B, A, P> | null;
  /** What the learner's work in progress looks like (a half-sorted exercise, a prompt being written); null when there is none. */
  state: StateFacet<B, S> | null;
}

/**
 * What a block type may read of the module around it. Not the module's own type: that one is
 * made of the block types, so a definition that named it would define itself.
 */
export interface ModuleContext {
  id: string;
  passingScore: number;
  glossary: readonly { id: string; term: Localized; definition: Localized }[];
}

/** A place in a block, for checker faults: `['options', 2, 'id']`. */
export type BlockPath = readonly (string | number)[];

export interface ContentFacet<B> {
  /** Every text a learner may read in it, per language (Markdown as written). */
  texts(block: B, mod: ModuleContext): Localized[];
  /** Minutes of work beyond reading its words: answering, sorting, writing. */
  minutes(block: B): number;
  /** Ids that must be unique within the block, by list: options, items, flaws… */
  ids(block: B): { list: string; entries: { id: string; path: BlockPath }[] }[];
  /** Files it needs from assets/. */
  assets(block: B): { file: string; path: BlockPath; what: string }[];
  /** Faults the schema alone cannot see (they depend on the module, or on a graph). */
  faults(block: B, mod: ModuleContext): { path: BlockPath; message: string }[];
  /**
   * For a block read along one path of several (a branching scenario): its shortest and longest
   * paths. `content stats` then counts the longest in the module's time, in place of the block's
   * words and `minutes`, and reports both. Absent when every word of the block is read once;
   * null when the block cannot be measured (a faulty graph: the checker names why).
   */
  paths?(block: B): { shortest: PathLength; longest: PathLength } | null;
}

/** One path through a branching block: how many decisions it asks for, and its minutes of reading and deciding. */
export interface PathLength {
  decisions: number;
  minutes: number;
}

/** The score of one answer: points, the xAPI scaled score, and whether it does what was asked. */
export interface Score {
  /** Points earned, between 0 and max. */
  raw: number;
  max: number;
  /** raw / max, in [0, 1]: the xAPI scaled score. */
  scaled: number;
  /** True when the answer succeeds: fully right for a quiz, full marks for a prompt, every critical point caught for a review. */
  correct: boolean;
}

/** The verdict on one part of an answer: an option, an item, a flaw, a choice. */
export interface PartOutcome {
  id: string;
  correct: boolean;
}

/** A score with its verdict part by part: what a view shows and what a report aggregates. */
export interface Outcome<P extends PartOutcome = PartOutcome> extends Score {
  parts: P[];
}

/** Which of several answers counts: the first (a quiz is final) or the latest (every try is kept). */
export type Counts = 'first' | 'latest';

export interface AnswerFacet<B, A, P extends PartOutcome> {
  /** The shape of an answer as stored. */
  schema: z.ZodType<A>;
  /** Whether an answer fits the block: every id known, nothing missing. */
  fits(block: B, answer: NoInfer<A>): boolean;
  /** The module is there for what depends on it: a review that misses a critical flaw is held below the module's passing score. */
  score(block: B, answer: NoInfer<A>, mod: ModuleContext): Outcome<P>;
  /**
   * Whether an answer completes the exercise, for a type answered step by step and saved at each
   * step (a scenario's path, which is complete at an ending). Absent: every answer does. Until
   * the answer that counts is complete, the learner cannot move on, and it cannot succeed.
   */
  finished?(block: B, answer: NoInfer<A>): boolean;
  counts: Counts;
  xapi: XapiFacet<B, A, P>;
  report: ReportFacet<B>;
  simulate: AnswerSimulation<B, A>;
}

/**
 * Makes one `answered` statement of the block being recorded (who, when, the score and the time
 * are known). A statement about one part of the block (a scenario's decision) may carry that
 * part's own score instead of the answer's.
 */
export interface Recorder {
  answered(interaction: Interaction, score?: Score): Statement;
}

export interface XapiFacet<B, A, P extends PartOutcome> {
  interactionType: InteractionType;
  /** Result extensions its statements may carry, each with the check a trainer's import applies to it. */
  extensions: Readonly<Record<string, Check>>;
  /** The statements an answer makes: usually one. */
  statements(block: B, answer: NoInfer<A>, outcome: Outcome<P>, record: Recorder): Statement[];
}

/** A mistake as data: the ids it names (an option; an item and the group it was put in; a missed flaw). */
export type Mistake = readonly string[];

export interface ReportFacet<B> {
  /** The exercise's name and its parts' labels, for the trainer's dashboard and CSV. */
  labels(block: B): { label: Localized; parts: Record<string, Localized> };
  /** What an answer got wrong, read back from its statement. */
  mistakes(statement: Statement): Mistake[];
  /** A mistake in words, each id given by its label. */
  describe(mistake: Mistake, label: (id: string) => string): string;
}

/** What a simulated learner brings to an exercise. */
export interface SimulatedLearner {
  rng: Random;
  /** 0–1: how often she answers right on the first go. */
  ability: number;
  language: Language;
  /** `module/block`: the key of the exercise's fixed difficulty, the same in every cohort. */
  key: string;
  /** 0 on her first visit to the exercise, 1 when she comes back to it. */
  attempt: number;
}

export interface AnswerSimulation<B, A> {
  answer(block: B, learner: SimulatedLearner): NoInfer<A>;
  /**
   * For a type answered step by step, each step saved as an answer (a scenario's path at each
   * choice): the answers given on the way to this one, ending with it. Absent: given at once.
   */
  steps?(block: B, answer: NoInfer<A>): NoInfer<A>[];
  /** Milliseconds she takes to give that answer (or each step of it). */
  answerMs(block: B, learner: SimulatedLearner): number;
  /** Milliseconds reading the feedback before she moves on or tries again. */
  feedbackMs(rng: Random): number;
}

export interface StateFacet<B, S> {
  schema: z.ZodType<S>;
  /** The state before she has done anything. */
  initial(block: B, mod: ModuleContext, now: Date): NoInfer<S>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyBlockDefinition = BlockDefinition<string, any, any, any, any>;

/** Names a definition's types once, from its schemas, so each facet is checked against them. */
export function defineBlock<const T extends string, B extends { id: string; type: T }, A = never, S = never, P extends PartOutcome = PartOutcome>(
  definition: BlockDefinition<T, B, A, S, P>,
): BlockDefinition<T, B, A, S, P> {
  return definition;
}
