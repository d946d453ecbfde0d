import { answerCounts, answerStatements, definitionOf, isScoredBlock, scoreAnswer, type Answer, type Block, type ScoredBlock } from '../blocks';
import type { Outcome, Score, SimulatedLearner } from '../blocks/types';
import type { LearningModule } from '../content/schema';
import type { Language } from '../i18n';
import { moduleScore } from '../module-score';
import type { Profession } from '../professions';
import { flattenBlocks, MAX_COUNTED_BLOCK_MS } from '../progress';
import { seededRandom, splitmix32, type Random } from '../random';
import { moduleCompletedStatement, type Statement, type StatementEnv } from '../xapi/statements';
import { buildProgressFile, type ProgressFile } from './progress-file';

/**
 * Made-up learners for demos, tests and benchmarks: the progress files a cohort of care
 * professionals would hand their trainer. Seeded, so the same seed gives the same files byte
 * for byte. Everything a file holds is made the way the app makes it: answers are scored by
 * the real scorers, statements built by the real builders, the module score and its time
 * counted as renderer/src/db/study.ts counts them. Only the learner is invented: who she is,
 * how well and how fast she answers, when she works, where she stops.
 */
export interface SimulateOptions {
  learners: number;
  seed: number;
  /** Exactly this many statements per learner (benchmarks): more prompt-lab tries and retakes, or an earlier stop. */
  statementsPerLearner?: number;
  appVersion: string;
  /** The first working day's start; sessions fall in the nine hours after that time of day. Default 2026-01-05T08:00Z (a Monday, 9:00 in Brussels). */
  start?: Date;
}

/**
 * Early in 2026, so that the whole simulated term (some four months) lies in the past: an import
 * refuses a file dated after the moment it reads it (core/cohort/read-progress-file.ts).
 */
export const DEFAULT_START = new Date(Date.UTC(2026, 0, 5, 8));

/** Learner i's own stream: she is the same whatever the size of the cohort. */
function learnerSeed(seed: number, index: number): number {
  return (splitmix32(seed ^ Math.imul(index + 1, 0x2c1b3c6d))() ^ index) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Who the learners are

/** Fictitious people, with first names and surnames as diverse as Brussels care staff. */
const FIRST_NAMES = [
  'Amina',
  'Fatima',
  'Nadia',
  'Yasmina',
  'Samira',
  'Leila',
  'Nour',
  'Aïcha',
  'Khadija',
  'Salma',
  'Marie',
  'Julie',
  'Chloé',
  'Camille',
  'Manon',
  'Élise',
  'Claire',
  'Isabelle',
  'Véronique',
  'Nathalie',
  'Lotte',
  'Lien',
  'Els',
  'Hanne',
  'Anke',
  'Sofie',
  'Fien',
  'Griet',
  'Ine',
  'Tine',
  'Elif',
  'Zeynep',
  'Ayşe',
  'Merve',
  'Ana',
  'Inês',
  'Lucía',
  'Giulia',
  'Chiara',
  'Katarzyna',
  'Ioana',
  'Andreea',
  'Divine',
  'Chantal',
  'Esther',
  'Mariam',
  'Awa',
  'Aminata',
  'Sara',
  'Emma',
  'Mohamed',
  'Youssef',
  'Karim',
  'Bilal',
  'Rachid',
  'Mehdi',
  'Thomas',
  'Nicolas',
  'Arnaud',
  'Julien',
  'Jonas',
  'Ruben',
  'Koen',
  'Wout',
  'Bram',
  'Mehmet',
  'Emre',
  'Luca',
  'Marco',
  'Diego',
  'Tomasz',
  'Andrei',
  'Mamadou',
  'Patrick',
  'Dimitri',
  'Jean-Marc',
  'Serge',
  'Ibrahim',
  'Omar',
  'Kevin',
];
const SURNAMES = [
  'Dupont',
  'Lambert',
  'Leclercq',
  'Renard',
  'Lejeune',
  'Mertens',
  'Willems',
  'Claes',
  'Maes',
  'Goossens',
  'Vermeulen',
  'De Smet',
  'Van den Broeck',
  'Wouters',
  'Hermans',
  'Verhoeven',
  'Desmet',
  'Michiels',
  'Lemaire',
  'Collignon',
  'El Amrani',
  'Benali',
  'Bouzid',
  'Haddad',
  'El Idrissi',
  'Azzouzi',
  'Cherkaoui',
  'Ouali',
  'Tahiri',
  'Ziani',
  'Yılmaz',
  'Kaya',
  'Öztürk',
  'Demir',
  'Kabongo',
  'Lukusa',
  'Nkemba',
  'Tshibangu',
  'Mutombo',
  'Ilunga',
  'Diallo',
  'Ndiaye',
  'Traoré',
  'Rossi',
  'Esposito',
  'Russo',
  'García',
  'Fernández',
  'Santos',
  'Ferreira',
  'Kowalski',
  'Nowak',
  'Popescu',
  'Ionescu',
  'Papadopoulos',
  'Nguyen',
  'Haidari',
  'Ahmadi',
  'Sow',
  'Balde',
];

/** Roughly the make-up of a hospital and mutuality training group. */
const PROFESSION_WEIGHTS: readonly (readonly [Profession, number])[] = [
  ['nurse', 30],
  ['physician', 18],
  ['physiotherapist', 12],
  ['hospital-admin', 16],
  ['mutuality-staff', 16],
  ['other', 8],
];
/** Brussels: mostly French-speaking, a large Dutch-speaking share, English for some staff. */
const LANGUAGE_WEIGHTS: readonly (readonly [Language, number])[] = [
  ['fr', 55],
  ['nl', 30],
  ['en', 15],
];
const SHARES_NAME = 0.8;
const SHARES_PROFESSION = 0.85;

interface Profile {
  accountName: string;
  displayName?: string;
  profession?: Profession;
  language: Language;
  /** 0–1: how often she answers right on the first go. */
  ability: number;
  /** Time she takes against an average learner (1 = average). */
  pace: number;
}

function displayNameOf(rng: Random): string {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(SURNAMES);
  return rng.weighted<string>([
    [`${first} ${last}`, 70],
    [first, 20],
    [`${first} ${last[0]}.`, 10],
  ]);
}

function profileOf(rng: Random): Profile {
  const accountName = rng.uuid();
  const name = displayNameOf(rng);
  const profession = rng.weighted(PROFESSION_WEIGHTS);
  return {
    accountName,
    ...(rng.chance(SHARES_NAME) ? { displayName: name } : {}),
    ...(rng.chance(SHARES_PROFESSION) ? { profession } : {}),
    language: rng.weighted(LANGUAGE_WEIGHTS),
    ability: 0.45 + 0.5 * ((rng.next() + rng.next()) / 2),
    pace: rng.between(0.7, 1.5),
  };
}

// ---------------------------------------------------------------------------------------------
// When they work

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Sessions start within the first seven hours of the working day and stop before its ninth. */
const SESSION_START_SPREAD = 7 * HOUR;
const WORKING_DAY = 9 * HOUR;
/** Where the player's clock for the current block starts: when it was shown, then at each answer. */
interface Timer {
  since: number;
}

interface Clock {
  start: number;
  /** Calendar days since the start. */
  day: number;
  now: number;
  sessionEnds: number;
}

function isWeekend(ms: number): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Opens a session `gapDays` calendar days after the current one, on the next working day. */
function openSession(clock: Clock, rng: Random, gapDays: number): void {
  clock.day += gapDays;
  while (isWeekend(clock.start + clock.day * DAY)) clock.day += 1;
  const dayStart = clock.start + clock.day * DAY;
  clock.now = dayStart + Math.floor(rng.next() * SESSION_START_SPREAD);
  clock.sessionEnds = Math.min(clock.now + rng.int(20, 80) * MINUTE, dayStart + WORKING_DAY);
}

/** Mostly a few days between sessions, sometimes a week or more. */
function gapBetweenSessions(rng: Random): number {
  return rng.chance(0.85) ? rng.int(1, 4) : rng.int(5, 12);
}

// ---------------------------------------------------------------------------------------------
// Statements, as the app makes them

/**
 * Scores answers as the app does. Scoring is the costly part of some answers (the prompt
 * checker takes ~0.5 ms) and a benchmark cohort has 100,000 tries, but learners give the same
 * few answers again and again: each distinct answer to an exercise is scored once.
 */
export class StatementMaker {
  private readonly outcomes = new Map<string, Outcome>();

  answered(env: StatementEnv, mod: LearningModule, block: ScoredBlock, answer: Answer, durationMs: number): Made {
    const key = `${mod.id}/${block.id}/${JSON.stringify(answer)}`;
    let outcome = this.outcomes.get(key);
    if (!outcome) {
      outcome = scoreAnswer(block, answer, mod) ?? undefined;
      // The simulation's own answers always fit their block; this would be a bug here, not bad input.
      if (!outcome) throw new Error(`simulated answer does not fit block ${block.id}`);
      this.outcomes.set(key, outcome);
    }
    return { statements: answerStatements(env, mod, block, answer, outcome, durationMs), score: outcome };
  }
}

interface Made {
  statements: Statement[];
  score: Score;
}

// ---------------------------------------------------------------------------------------------
// A learner going through the catalogue

interface ModuleWork {
  mod: LearningModule;
  blocks: Block[];
  /** The module's time as the app counts it (progress.timeSpentMs). */
  timeMs: number;
  latest: Map<string, Score>;
  answered: Set<string>;
  /** Her attempt at the module (its xAPI registration), from when she starts it; a retake is a new one. */
  registration: string | null;
  completed: boolean;
  /** An attempt passed: she never takes the module again. */
  passed: boolean;
  retaken: boolean;
  /** Exercises she may try again (the latest try counts) that she has reached, in reading order. */
  labs: ScoredBlock[];
}

class Learner {
  readonly works: ModuleWork[];
  /** Where she is: module, then block, in catalogue and reading order. */
  private moduleIndex = 0;
  private blockIndex = 0;
  private visited = 0;
  readonly clock: Clock;

  constructor(
    readonly rng: Random,
    readonly profile: Profile,
    catalogue: readonly LearningModule[],
    start: number,
    private readonly maker: StatementMaker,
  ) {
    this.works = catalogue.map((mod) => ({
      mod,
      blocks: flattenBlocks(mod).map((p) => p.block),
      timeMs: 0,
      latest: new Map(),
      answered: new Set(),
      registration: null,
      completed: false,
      passed: false,
      retaken: false,
      labs: [],
    }));
    this.clock = { start, day: 0, now: start, sessionEnds: start };
    openSession(this.clock, rng, rng.int(0, 12));
  }

  /** Blocks visited so far over the whole catalogue. */
  get position(): number {
    return this.visited;
  }

  get finishedCatalogue(): boolean {
    return this.moduleIndex >= this.works.length;
  }

  private env(work: ModuleWork): StatementEnv {
    const { accountName, language } = this.profile;
    return { accountName, language, now: new Date(this.clock.now), newId: () => this.rng.uuid(), ...(work.registration ? { registration: work.registration } : {}) };
  }

  private spend(ms: number): number {
    const spent = Math.round(ms * this.profile.pace);
    this.clock.now += spent;
    return spent;
  }

  private learner(work: ModuleWork, block: ScoredBlock): SimulatedLearner {
    const { ability, language } = this.profile;
    return { rng: this.rng, ability, language, key: `${work.mod.id}/${block.id}`, attempt: work.answered.has(block.id) || work.retaken ? 1 : 0 };
  }

  /** Records an answer made now, timed since the block was shown or since her last answer on it, as the player does. */
  private *answer(work: ModuleWork, block: ScoredBlock, timer: Timer, answer: Answer): Generator<Statement> {
    const durationMs = this.clock.now - timer.since;
    timer.since = this.clock.now;
    const { statements, score } = this.maker.answered(this.env(work), work.mod, block, answer, durationMs);
    work.latest.set(block.id, score);
    work.answered.add(block.id);
    work.timeMs += Math.min(durationMs, MAX_COUNTED_BLOCK_MS); // saveAnswer
    yield* statements;
  }

  /** She thinks and answers: at once, or step by step where each step is saved (a scenario's choices). */
  private *give(work: ModuleWork, block: ScoredBlock, timer: Timer): Generator<Statement> {
    const simulation = definitionOf(block).answer!.simulate;
    const learner = this.learner(work, block);
    const answer = simulation.answer(block, learner) as Answer;
    for (const step of (simulation.steps?.(block, answer) ?? [answer]) as Answer[]) {
      this.spend(simulation.answerMs(block, learner));
      yield* this.answer(work, block, timer, step);
    }
  }

  /** One answer: she thinks, answers, and reads the feedback. */
  private *answerOnce(work: ModuleWork, block: ScoredBlock, timer: Timer): Generator<Statement> {
    yield* this.give(work, block, timer);
    this.spend(definitionOf(block).answer!.simulate.feedbackMs(this.rng));
  }

  /** Her tries at an exercise whose latest try counts, in one visit, each timed from the one before, as the player times them; on a first visit she stops at full marks. */
  *tries(work: ModuleWork, block: ScoredBlock, timer: Timer, tries: number, untilFull: boolean): Generator<Statement> {
    const simulation = definitionOf(block).answer!.simulate;
    for (let i = 0; i < tries; i += 1) {
      yield* this.give(work, block, timer);
      if (!work.labs.includes(block)) work.labs.push(block);
      if (untilFull && work.latest.get(block.id)!.correct) return;
      this.spend(simulation.feedbackMs(this.rng)); // reads the findings and the expert's answer
    }
  }

  /** One block in reading order: read it, answer it, leave it (or finish the module on the last one). */
  private *visit(work: ModuleWork, block: Block): Generator<Statement> {
    const timer: Timer = { since: this.clock.now };
    const { rng } = this;
    const { ability, language } = this.profile;
    if (isScoredBlock(block) && !work.answered.has(block.id)) {
      if (answerCounts(block) === 'latest') yield* this.tries(work, block, timer, 1 + (rng.chance(ability) ? rng.int(1, 2) : 0), true);
      else yield* this.answerOnce(work, block, timer);
    } else {
      this.spend(definitionOf(block).visit(block, language, rng));
    }
    work.timeMs += Math.min(this.clock.now - timer.since, MAX_COUNTED_BLOCK_MS); // moveTo, or completeModule on the last block
  }

  private finish(work: ModuleWork): Statement {
    const result = moduleScore(work.mod, work.latest);
    work.completed = true;
    work.passed ||= result.passed;
    return moduleCompletedStatement(this.env(work), work.mod, result, work.timeMs);
  }

  /** Taking a module again after completing it below its passing score, as the app lets her: a new attempt, every block again, then its completion. */
  private *retake(work: ModuleWork): Generator<Statement> {
    Object.assign(work, { registration: this.rng.uuid(), retaken: true, timeMs: 0 });
    work.latest.clear();
    work.answered.clear();
    for (const block of work.blocks) {
      if (this.clock.now > this.clock.sessionEnds) openSession(this.clock, this.rng, gapBetweenSessions(this.rng));
      yield* this.visit(work, block);
    }
    yield this.finish(work);
  }

  /** Goes on through the catalogue until `stop` says so before a block, or the catalogue ends. */
  *walk(stop: () => boolean): Generator<Statement> {
    while (!this.finishedCatalogue && !stop()) {
      const work = this.works[this.moduleIndex]!;
      if (this.clock.now > this.clock.sessionEnds) openSession(this.clock, this.rng, gapBetweenSessions(this.rng));
      const block = work.blocks[this.blockIndex]!;
      work.registration ??= this.rng.uuid();
      yield* this.visit(work, block);
      this.blockIndex += 1;
      this.visited += 1;
      if (this.blockIndex === work.blocks.length) {
        yield this.finish(work);
        this.moduleIndex += 1;
        this.blockIndex = 0;
      }
    }
  }

  /** Moving through the player to another block: each step counted as the app counts it. */
  private navigate(work: ModuleWork, steps: number): void {
    for (let i = 0; i < steps; i += 1) work.timeMs += Math.min(this.spend(this.rng.between(3, 12) * SECOND), MAX_COUNTED_BLOCK_MS);
  }

  /**
   * Coming back later: more tries at prompt labs she has reached and, in a module completed below
   * its passing score, a retake. Endless; empty when she has nothing to come back to.
   */
  *comebacks(): Generator<Statement> {
    const { rng } = this;
    for (;;) {
      const withLabs = this.works.filter((w) => w.labs.length > 0);
      const retakable = this.works.filter((w) => w.completed && !w.passed);
      if (!withLabs.length && !retakable.length) return;
      openSession(this.clock, rng, gapBetweenSessions(rng));
      while (this.clock.now < this.clock.sessionEnds) {
        if (retakable.length && (!withLabs.length || rng.chance(0.25))) {
          yield* this.retake(rng.pick(retakable));
          break;
        }
        const work = rng.chance(0.6) ? withLabs[withLabs.length - 1]! : rng.pick(withLabs);
        for (let labs = rng.int(1, 2); labs > 0; labs -= 1) {
          this.navigate(work, rng.int(1, 6));
          yield* this.tries(work, rng.pick(work.labs), { since: this.clock.now }, rng.int(1, 4), false);
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Where they stop

/**
 * The blocks she will have visited, over the whole catalogue: nothing yet (a few), part of a
 * module (in progress), or every block up to the end of a module (completed, the next one not
 * started, or the whole catalogue).
 */
function stopPosition(rng: Random, works: readonly ModuleWork[]): number {
  const outcomes: [number, number][] = [[0, 4]];
  let before = 0;
  const share = 96 / (2 * Math.max(1, works.length));
  for (const work of works) {
    const firstScored = work.blocks.findIndex(isScoredBlock);
    const from = before + Math.max(1, firstScored + 1);
    const to = before + work.blocks.length - 1;
    if (from <= to) outcomes.push([rng.int(from, to), share]);
    before += work.blocks.length;
    outcomes.push([before, share]);
  }
  return rng.weighted(outcomes);
}

// ---------------------------------------------------------------------------------------------
// The cohort

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  if (count <= 0) return;
  let taken = 0;
  for (const item of items) {
    yield item;
    taken += 1;
    if (taken === count) return;
  }
}

/** The statements of one learner: her own journey, or exactly `count` of them when asked. */
function* activity(learner: Learner, stop: number, count: number | undefined): Generator<Statement> {
  yield* learner.walk(() => learner.position >= stop);
  if (count === undefined) return;
  // To reach the count, she goes on until she has a prompt lab or a module to come back to.
  yield* learner.walk(() => learner.works.some((w) => w.labs.length > 0));
  yield* learner.comebacks();
}

/** Learner `index` of the cohort (0-based): the same learner whatever the number of learners. */
export async function simulateLearner(options: SimulateOptions, catalogue: readonly LearningModule[], index: number, maker = new StatementMaker()): Promise<ProgressFile> {
  const rng = seededRandom(learnerSeed(options.seed, index));
  const profile = profileOf(rng);
  const start = (options.start ?? DEFAULT_START).getTime();
  const learner = new Learner(rng, profile, catalogue, start, maker);
  const stop = stopPosition(rng, learner.works);
  const count = options.statementsPerLearner;
  const statements = [...take(activity(learner, stop, count), count ?? Infinity)];
  if (count !== undefined && statements.length < count) {
    throw new RangeError(`cannot make ${count} statements per learner from this catalogue (it has nothing to answer)`);
  }
  const last = statements.length ? Date.parse(statements[statements.length - 1]!.timestamp) : learner.clock.now;
  return buildProgressFile({
    appVersion: options.appVersion,
    exportedAt: new Date(last + rng.int(2, 40) * MINUTE),
    accountName: profile.accountName,
    ...(profile.displayName ? { displayName: profile.displayName } : {}),
    ...(profile.profession ? { profession: profile.profession } : {}),
    statements,
  });
}

/** The progress files of `learners` made-up learners, the same for the same seed. */
export async function simulateCohort(options: SimulateOptions, catalogue: readonly LearningModule[]): Promise<ProgressFile[]> {
  const maker = new StatementMaker();
  const files: ProgressFile[] = [];
  for (let i = 0; i < options.learners; i += 1) files.push(await simulateLearner(options, catalogue, i, maker));
  return files;
}
