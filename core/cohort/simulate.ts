import type { Block, CategorizeBlock, LearningModule, PromptLabBlock, QuizBlock } from '../content/schema';
import type { Language } from '../i18n';
import type { Profession } from '../professions';
import { flattenBlocks, MAX_COUNTED_BLOCK_MS, moduleScore } from '../progress';
import { isScoredBlock, scoreAnswer, type Answer, type ScoredBlock } from '../scoring';
import type { CategorizeAnswer } from '../scoring/categorize';
import type { PromptLabAnswer } from '../scoring/prompt-lab';
import type { QuizAnswer, Score } from '../scoring/quiz';
import { answeredStatement, moduleCompletedStatement, type Statement, type StatementEnv } from '../xapi/statements';
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
  /** The first working day's start; sessions fall in the nine hours after that time of day. Default 2026-09-01T07:00Z (9:00 in Brussels). */
  start?: Date;
}

export const DEFAULT_START = new Date(Date.UTC(2026, 8, 1, 7));

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A version 4 UUID, as crypto.randomUUID() writes it. */
  uuid(): string;
}

/** splitmix32: spreads a small seed over the 128 bits sfc32 starts from. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 (Chris Doty-Humphrey's small fast counting generator): integer arithmetic only, so the same numbers everywhere. */
export function seededRandom(seed: number): Random {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i += 1) u32();
  const next = () => u32() / 0x1_0000_0000;
  const hex8 = () => u32().toString(16).padStart(8, '0');
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (entries) => {
      let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, weight] of entries) {
        r -= weight;
        if (r < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    uuid: () => {
      const h = hex8() + hex8() + hex8() + hex8();
      const variant = '89ab'[parseInt(h[16]!, 16) & 3];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
  return random;
}

/** Learner i's own stream: she is the same whatever the size of the cohort. */
function learnerSeed(seed: number, index: number): number {
  return (splitmix32(seed ^ Math.imul(index + 1, 0x2c1b3c6d))() ^ index) >>> 0;
}

/** A fixed number in [0, 1) for a piece of content, the same in every cohort: how hard an exercise is. */
function contentUnit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return splitmix32(h)() / 0x1_0000_0000;
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

// ---------------------------------------------------------------------------------------------
// Who the learners are

/** Fictitious people, with first names and surnames as diverse as Brussels care staff. */
const FIRST_NAMES = [
  'Amina', 'Fatima', 'Nadia', 'Yasmina', 'Samira', 'Leila', 'Nour', 'Aïcha', 'Khadija', 'Salma',
  'Marie', 'Julie', 'Chloé', 'Camille', 'Manon', 'Élise', 'Claire', 'Isabelle', 'Véronique', 'Nathalie',
  'Lotte', 'Lien', 'Els', 'Hanne', 'Anke', 'Sofie', 'Fien', 'Griet', 'Ine', 'Tine',
  'Elif', 'Zeynep', 'Ayşe', 'Merve', 'Ana', 'Inês', 'Lucía', 'Giulia', 'Chiara', 'Katarzyna',
  'Ioana', 'Andreea', 'Divine', 'Chantal', 'Esther', 'Mariam', 'Awa', 'Aminata', 'Sara', 'Emma',
  'Mohamed', 'Youssef', 'Karim', 'Bilal', 'Rachid', 'Mehdi', 'Thomas', 'Nicolas', 'Arnaud', 'Julien',
  'Jonas', 'Ruben', 'Koen', 'Wout', 'Bram', 'Mehmet', 'Emre', 'Luca', 'Marco', 'Diego',
  'Tomasz', 'Andrei', 'Mamadou', 'Patrick', 'Dimitri', 'Jean-Marc', 'Serge', 'Ibrahim', 'Omar', 'Kevin',
];
const SURNAMES = [
  'Dupont', 'Lambert', 'Leclercq', 'Renard', 'Lejeune', 'Mertens', 'Willems', 'Claes', 'Maes', 'Goossens',
  'Vermeulen', 'De Smet', 'Van den Broeck', 'Wouters', 'Hermans', 'Verhoeven', 'Desmet', 'Michiels', 'Lemaire', 'Collignon',
  'El Amrani', 'Benali', 'Bouzid', 'Haddad', 'El Idrissi', 'Azzouzi', 'Cherkaoui', 'Ouali', 'Tahiri', 'Ziani',
  'Yılmaz', 'Kaya', 'Öztürk', 'Demir', 'Kabongo', 'Lukusa', 'Nkemba', 'Tshibangu', 'Mutombo', 'Ilunga',
  'Diallo', 'Ndiaye', 'Traoré', 'Rossi', 'Esposito', 'Russo', 'García', 'Fernández', 'Santos', 'Ferreira',
  'Kowalski', 'Nowak', 'Popescu', 'Ionescu', 'Papadopoulos', 'Nguyen', 'Haidari', 'Ahmadi', 'Sow', 'Balde',
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
// How they answer

/** How hard an exercise (or a sorting item) is: -0.2 (easy) to 0.25 (hard), the same in every cohort. */
function difficulty(key: string): number {
  return -0.2 + 0.45 * contentUnit(key);
}

function quizAnswer(rng: Random, mod: LearningModule, quiz: QuizBlock, ability: number): QuizAnswer {
  const correct = quiz.options.filter((o) => o.correct).map((o) => o.id);
  const wrong = quiz.options.filter((o) => !o.correct).map((o) => o.id);
  const key = `${mod.id}/${quiz.id}`;
  if (wrong.length === 0 || rng.chance(clamp(ability - difficulty(key), 0.05, 0.98))) return { selected: correct };
  // Some wrong options tempt more than others: that is what shows as the group's common mistake.
  const tempting = rng.weighted(wrong.map((id) => [id, 1 + 4 * contentUnit(`${key}/${id}`)] as const));
  if (quiz.mode === 'single') return { selected: [tempting] };
  const missed = correct.length > 1 && rng.chance(0.6) ? rng.pick(correct) : null;
  const chosen = new Set(missed ? correct.filter((id) => id !== missed) : [...correct, tempting]);
  return { selected: quiz.options.map((o) => o.id).filter((id) => chosen.has(id)) };
}

function categorizeAnswer(rng: Random, mod: LearningModule, block: CategorizeBlock, ability: number): CategorizeAnswer {
  const placements: Record<string, string> = {};
  for (const item of block.items) {
    const right = rng.chance(clamp(ability + 0.25 - difficulty(`${mod.id}/${block.id}/${item.id}`), 0.1, 0.99));
    placements[item.id] = right ? item.group : rng.pick(block.groups.filter((g) => g.id !== item.group)).id;
  }
  return { placements };
}

/**
 * What she types in a prompt lab: a first try that pastes part of the source under one line of
 * instruction; the expert prompt with some of its lines left out; or the whole expert prompt.
 */
type PromptTry = { kind: 'pasted'; sourceLines: number } | { kind: 'partial'; from: number; count: number } | { kind: 'expert' };

function promptKey(t: PromptTry): string {
  return t.kind === 'pasted' ? `pasted:${t.sourceLines}` : t.kind === 'partial' ? `partial:${t.from}:${t.count}` : 'expert';
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const plainMarkdown = (text: string) => text.replace(/\*\*|__|`/g, '');

export function promptText(block: PromptLabBlock, lang: Language, t: PromptTry): string {
  const expert = lines(block.expert.prompt[lang]);
  if (t.kind === 'expert') return expert.join('\n');
  if (t.kind === 'partial') return [...expert.slice(0, t.from), ...expert.slice(t.from + t.count)].join('\n');
  const task = lines(plainMarkdown(block.task[lang]));
  const source = block.source ? lines(block.source[lang]).slice(0, t.sourceLines) : [];
  return [task[task.length - 1] ?? task[0] ?? '', ...source].join('\n');
}

function promptTry(rng: Random, block: PromptLabBlock, lang: Language, ability: number, attempt: number): PromptTry {
  const expertLines = lines(block.expert.prompt[lang]).length;
  const partial = (most: number): PromptTry => {
    const count = Math.min(expertLines - 1, rng.int(1, most));
    return count < 1 ? { kind: 'expert' } : { kind: 'partial', from: rng.int(0, expertLines - count), count };
  };
  if (attempt === 0) {
    if (block.source && rng.chance((1 - ability) * 0.9)) return { kind: 'pasted', sourceLines: rng.int(2, 4) };
    return rng.chance(ability * 0.3) ? { kind: 'expert' } : partial(1 + Math.round((1 - ability) * 4));
  }
  return rng.chance(0.35 + ability * 0.5) ? { kind: 'expert' } : partial(2);
}

// ---------------------------------------------------------------------------------------------
// Statements, as the app makes them

/**
 * Builds the statements. The prompt checker is the costly part of a prompt-lab statement
 * (~0.5 ms, run twice: score and findings) and a benchmark cohort has 100,000 tries; but
 * learners retype the same few prompts. So the score and result of each prompt are built once,
 * by the real scorer and builder, and every try of it is the builder's statement for a
 * one-character prompt (its id, time, duration…) carrying the result built for the real one:
 * the result is the only part of a statement that depends on what she typed.
 */
const TEMPLATE_ID = '00000000-0000-4000-8000-000000000000';
const SHELL_PROMPT = '.';

export class StatementMaker {
  private readonly prompts = new Map<string, { score: Score; result: Statement['result'] }>();

  answered(env: StatementEnv, mod: LearningModule, block: QuizBlock | CategorizeBlock, answer: QuizAnswer | CategorizeAnswer, durationMs: number): Made {
    const score = scored(block, answer);
    return { statement: answeredStatement(env, mod, block, answer, score, durationMs), score };
  }

  /** A prompt-lab try: `key` names the text (module, block, language, variant), `text` writes it. */
  promptTried(env: StatementEnv, mod: LearningModule, block: PromptLabBlock, key: string, answer: () => PromptLabAnswer, durationMs: number): Made {
    let known = this.prompts.get(key);
    if (!known) {
      const typed = answer();
      const score = scored(block, typed);
      // Its own id, not one from the learner's stream: what she gets must not depend on who typed this text first.
      const template = answeredStatement({ ...env, newId: () => TEMPLATE_ID }, mod, block, typed, score, durationMs);
      known = { score, result: template.result };
      this.prompts.set(key, known);
    }
    const shell = answeredStatement(env, mod, block, { prompt: SHELL_PROMPT, lang: env.language }, known.score, durationMs);
    return { statement: { ...shell, result: { ...known.result, duration: shell.result!.duration } }, score: known.score };
  }
}

interface Made {
  statement: Statement;
  score: Score;
}

function scored(block: ScoredBlock, answer: Answer): Score {
  const score = scoreAnswer(block, answer);
  // The simulation's own answers always fit their block; this would be a bug here, not bad input.
  if (!score) throw new Error(`simulated answer does not fit block ${block.id}`);
  return score;
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
  completed: boolean;
  /** Prompt labs she has reached, in reading order. */
  labs: PromptLabBlock[];
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
      completed: false,
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

  private env(): StatementEnv {
    return { accountName: this.profile.accountName, language: this.profile.language, now: new Date(this.clock.now), newId: () => this.rng.uuid() };
  }

  private spend(ms: number): number {
    const spent = Math.round(ms * this.profile.pace);
    this.clock.now += spent;
    return spent;
  }

  /** Records an answer made now, timed since the block was shown or since her last answer on it, as the player does. */
  private answer(work: ModuleWork, block: ScoredBlock, timer: Timer, make: (env: StatementEnv, durationMs: number) => Made): Statement {
    const durationMs = this.clock.now - timer.since;
    timer.since = this.clock.now;
    const { statement, score } = make(this.env(), durationMs);
    work.latest.set(block.id, score);
    work.answered.add(block.id);
    work.timeMs += Math.min(durationMs, MAX_COUNTED_BLOCK_MS); // saveAnswer
    return statement;
  }

  /** Her tries at a prompt lab in one visit, each timed from the one before, as the player times them; on a first visit she stops at full marks. */
  *promptLab(work: ModuleWork, block: PromptLabBlock, timer: Timer, tries: number, untilFull: boolean): Generator<Statement> {
    const { ability, language } = this.profile;
    for (let i = 0; i < tries; i += 1) {
      const attempt = work.answered.has(block.id) ? 1 : 0;
      const typed = promptTry(this.rng, block, language, ability, attempt);
      const key = `${work.mod.id}/${block.id}/${language}/${promptKey(typed)}`;
      this.spend(attempt === 0 ? this.rng.between(120, 420) * SECOND : this.rng.between(45, 200) * SECOND);
      yield this.answer(work, block, timer, (env, ms) =>
        this.maker.promptTried(env, work.mod, block, key, () => ({ prompt: promptText(block, language, typed), lang: language }), ms),
      );
      if (!work.labs.includes(block)) work.labs.push(block);
      if (untilFull && work.latest.get(block.id)!.correct) return;
      this.spend(this.rng.between(20, 90) * SECOND); // reads the findings and the expert prompt
    }
  }

  /** One block in reading order: read it, answer it, leave it (or finish the module on the last one). */
  private *visit(work: ModuleWork, block: Block): Generator<Statement> {
    const timer: Timer = { since: this.clock.now };
    const { rng } = this;
    const { ability, language } = this.profile;
    if (isScoredBlock(block) && !work.answered.has(block.id)) {
      if (block.type === 'prompt-lab') {
        yield* this.promptLab(work, block, timer, 1 + (rng.chance(ability) ? rng.int(1, 2) : 0), true);
      } else {
        const answer = block.type === 'quiz' ? quizAnswer(rng, work.mod, block, ability) : categorizeAnswer(rng, work.mod, block, ability);
        this.spend(block.type === 'quiz' ? rng.between(20, block.mode === 'multiple' ? 110 : 70) * SECOND : rng.between(30, 60 + 10 * block.items.length) * SECOND);
        yield this.answer(work, block, timer, (env, ms) => this.maker.answered(env, work.mod, block, answer, ms));
        this.spend(rng.between(10, 45) * SECOND); // reads the feedback
      }
    } else {
      this.spend(readingMs(block, language, rng));
    }
    work.timeMs += Math.min(this.clock.now - timer.since, MAX_COUNTED_BLOCK_MS); // moveTo, or completeModule on the last block
  }

  private finish(work: ModuleWork): Statement {
    work.completed = true;
    return moduleCompletedStatement(this.env(), work.mod, moduleScore(work.mod, work.latest), work.timeMs);
  }

  /** Goes on through the catalogue until `stop` says so before a block, or the catalogue ends. */
  *walk(stop: () => boolean): Generator<Statement> {
    while (!this.finishedCatalogue && !stop()) {
      const work = this.works[this.moduleIndex]!;
      if (this.clock.now > this.clock.sessionEnds) openSession(this.clock, this.rng, gapBetweenSessions(this.rng));
      const block = work.blocks[this.blockIndex]!;
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
   * Coming back later: more tries at prompt labs she has reached and, in a completed module,
   * finishing it again (a retake: a new completion with the score of her latest answers).
   * Endless; empty when she has nothing to come back to.
   */
  *comebacks(): Generator<Statement> {
    const { rng } = this;
    for (;;) {
      const withLabs = this.works.filter((w) => w.labs.length > 0);
      const completed = this.works.filter((w) => w.completed);
      if (!withLabs.length && !completed.length) return;
      openSession(this.clock, rng, gapBetweenSessions(rng));
      while (this.clock.now < this.clock.sessionEnds) {
        const work = withLabs.length ? (rng.chance(0.6) ? withLabs[withLabs.length - 1]! : rng.pick(withLabs)) : rng.pick(completed);
        for (let labs = withLabs.length ? rng.int(1, 2) : 0; labs > 0; labs -= 1) {
          this.navigate(work, rng.int(1, 6));
          yield* this.promptLab(work, rng.pick(work.labs), { since: this.clock.now }, rng.int(1, 4), false);
        }
        if (work.completed && (!withLabs.length || rng.chance(0.25))) {
          this.navigate(work, withLabs.length ? rng.int(2, 8) : work.blocks.length);
          yield this.finish(work);
        }
      }
    }
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Time on a block she only reads: about 180 words a minute for texts. */
function readingMs(block: Block, lang: Language, rng: Random): number {
  switch (block.type) {
    case 'text':
    case 'callout':
      return (wordCount(block.body[lang]) / 180) * MINUTE * rng.between(0.6, 1.4) + 5 * SECOND;
    case 'figure':
      return rng.between(15, 60) * SECOND;
    case 'reflection':
      return rng.between(60, 300) * SECOND;
    case 'flashcards':
      return rng.between(30, 40) * SECOND * block.terms.length;
    default:
      return rng.between(20, 60) * SECOND; // a scored block seen again
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
