import { z } from 'zod';
import { arr, obj, oneOf, str } from '../../cohort/checks';
import { clamp, contentUnit, difficulty, type Random } from '../../random';
import { components, extensionIri } from '../../xapi/statements';
import { defineBlock, type Outcome, type PartOutcome } from '../types';
import { analyse, choiceKey, graphFaults, offered, replay, SECONDS_PER_DECISION, type Play, type Step } from './graph';
import { MAX_CHOICE_POINTS, OUTCOMES, scenarioBlockSchema, type Ending, type ScenarioBlock } from './schema';

/**
 * A branching conversation. Each choice is an answer of its own — the path so far, with the
 * play's id — saved with its statement before the screen moves: a reload resumes at
 * the same node with the same variables, all of it replayed from the path. The latest play
 * counts; a play counts once it reaches an ending (until then she cannot move on, and an
 * unfinished play scores only what it reached and never succeeds).
 */

/** Share of the recommended path's points a play needs to succeed (CareLit's usual passing share). */
export const PASS_SHARE = 0.7;
/** Longer than any play: a loop cannot make a path grow without end. */
export const MAX_PATH = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const registrationSchema = z.string().regex(UUID, 'expected a UUID');

export const scenarioAnswerSchema = z
  .object({
    /**
     * The play this path belongs to, one UUID per play: the `play` extension of its statements
     * (their xAPI registration names the attempt at the module; until attempts had one, it named
     * the play, hence this name).
     */
    registration: registrationSchema,
    /** The ids of the choices made, in order, from the start. */
    path: z.array(z.string()).min(1).max(MAX_PATH),
  })
  .strict();
export type ScenarioAnswer = z.infer<typeof scenarioAnswerSchema>;

export const scenarioStateSchema = z
  .object({
    /** The current play, created when it starts (null before the first); its path is in the saved answers. */
    registration: registrationSchema.nullable(),
    /** After an ending: the path being explored, which records nothing; null when not exploring. */
    explore: z.array(z.string()).max(MAX_PATH).nullable(),
  })
  .strict();
export type ScenarioState = z.infer<typeof scenarioStateSchema>;

/** One decision of a play as scored: the choice made, its points, and the best offered there. */
export interface ScenarioPart extends PartOutcome {
  /** `node.choice`: choice ids are unique within their node only. */
  id: string;
  node: string;
  choice: string;
  points: number;
  best: number;
  critical: boolean;
}

/** A choice below the best one offered at its node, or a critical one: what a trainer sees as a wrong turn. */
export const isWrongTurn = (step: Step): boolean => step.choice.critical === true || step.choice.points < step.best;

/** What a play comes to: its points against the recommended path's, and why it fails if it does. */
export interface Verdict {
  raw: number;
  max: number;
  ending: Ending | null;
  failedBy: 'critical' | 'unsafe' | null;
  /** Reached an ending that is not unsafe, with no critical choice, and at least PASS_SHARE of the points. */
  passed: boolean;
}

/** Below passing: the most points a failed play keeps. */
const failCap = (max: number) => Math.ceil(PASS_SHARE * max - 1e-9) - 1;

export function judge(block: ScenarioBlock, play: Play): Verdict {
  const max = Math.max(1, analyse(block).best?.points ?? 0);
  const ending = 'ending' in play.at ? play.at.ending : null;
  const failedBy = play.critical ? 'critical' : ending?.outcome === 'unsafe' ? 'unsafe' : null;
  const reached = Math.min(play.score, max);
  const raw = failedBy ? Math.min(reached, failCap(max)) : reached;
  return { raw, max, ending, failedBy, passed: ending !== null && failedBy === null && raw >= PASS_SHARE * max - 1e-9 };
}

/**
 * Her points over the recommended path's, a node's points counted once a play. A critical
 * choice or an unsafe ending fails the play and keeps its score below passing; a play that has
 * not reached an ending scores what it gathered and does not succeed.
 */
export function scoreScenario(block: ScenarioBlock, answer: ScenarioAnswer): Outcome<ScenarioPart> {
  const play = replay(block, answer.path)!;
  const { raw, max, passed } = judge(block, play);
  const parts = play.steps.map((s) => ({
    id: choiceKey(s.node.id, s.choice.id),
    node: s.node.id,
    choice: s.choice.id,
    points: s.choice.points,
    best: s.best,
    critical: s.choice.critical === true,
    correct: !isWrongTurn(s),
  }));
  return { raw, max, scaled: raw / max, correct: passed, parts };
}

/** Wrong turns as choice keys, critical ones first, each once. */
function wrongTurns(play: Play): string[] {
  const wrong = play.steps.filter(isWrongTurn);
  const ordered = [...wrong.filter((s) => s.choice.critical), ...wrong.filter((s) => !s.choice.critical)];
  return [...new Set(ordered.map((s) => choiceKey(s.node.id, s.choice.id)))];
}

/** The result extension of a play's last statement: how it ended and the way it went. */
const PLAY = extensionIri('scenario-play');
interface PlayRecord {
  outcome: (typeof OUTCOMES)[number];
  ending: string;
  /** `node.choice` for each decision, in order. */
  path: string[];
  wrongTurns: string[];
}
const choiceKeyCheck = str({ min: 3, max: 201, pattern: /^[a-z0-9-]+\.[a-z0-9-]+$/, message: 'not a node.choice key' });

/** A simulated learner's play: the best choice offered, as often as her ability allows. */
function simulatedPath(block: ScenarioBlock, rng: Random, ability: number, key: string): string[] {
  const path: string[] = [];
  for (let play = replay(block, path); play && 'node' in play.at; play = replay(block, path)) {
    if (path.length >= MAX_PATH / 2) return analyse(block).best?.path ?? path;
    const node = play.at.node;
    const choices = offered(node, play.vars, play.score);
    const top = Math.max(...choices.map((c) => c.points));
    const best = choices.filter((c) => c.points === top && !c.critical);
    const others = choices.filter((c) => !best.includes(c));
    const right = best.length > 0 && (others.length === 0 || rng.chance(clamp(ability + 0.2 - difficulty(`${key}/${node.id}`), 0.1, 0.97)));
    // Some wrong turns tempt more than others: that is what the group's common mistake shows.
    path.push(right ? best[0]!.id : rng.weighted(others.map((c) => [c.id, 1 + 4 * contentUnit(`${key}/${node.id}/${c.id}`)] as const)));
  }
  return path;
}

export const scenario = defineBlock({
  type: 'scenario',
  schema: scenarioBlockSchema,
  label: { fr: 'Scénario à embranchements', nl: 'Vertakt scenario', en: 'Branching scenario' },
  content: {
    texts: (block) => [
      block.title,
      block.setting,
      ...block.variables.map((v) => v.label),
      ...block.nodes.flatMap((n) => [n.text, ...(n.alt ? [n.alt] : []), ...(n.choices ?? []).flatMap((c) => [c.text, c.feedback])]),
      ...block.endings.flatMap((e) => [e.title, e.debrief]),
    ],
    // Deciding, beyond reading: the time per decision along the longest path.
    minutes: (block) => ((analyse(block).paths?.longest.decisions ?? 0) * SECONDS_PER_DECISION) / 60,
    paths: (block) => analyse(block).paths,
    ids: (block) => [
      {
        list: 'nodes and endings',
        entries: [...block.nodes.map((n, i) => ({ id: n.id, path: ['nodes', i, 'id'] })), ...block.endings.map((e, i) => ({ id: e.id, path: ['endings', i, 'id'] }))],
      },
      { list: 'variables', entries: block.variables.map((v, i) => ({ id: v.id, path: ['variables', i, 'id'] })) },
      ...block.nodes.map((n, i) => ({ list: `choices of ${n.id}`, entries: (n.choices ?? []).map((c, j) => ({ id: c.id, path: ['nodes', i, 'choices', j, 'id'] })) })),
    ],
    assets: (block) => block.nodes.flatMap((n, i) => (n.image ? [{ file: n.image, path: ['nodes', i, 'image'], what: 'image' }] : [])),
    faults: (block) => {
      const graph = graphFaults(block);
      return graph.length ? graph : analyse(block).faults;
    },
  },
  visit: (_block, _lang, rng) => rng.between(30, 90) * 1000,
  answer: {
    schema: scenarioAnswerSchema,
    fits: (block, answer) => replay(block, answer.path) !== null,
    score: scoreScenario,
    finished: (block, answer) => {
      const play = replay(block, answer.path);
      return play !== null && 'ending' in play.at;
    },
    counts: 'latest',
    xapi: {
      interactionType: 'choice',
      extensions: {
        [PLAY]: obj({
          outcome: oneOf(OUTCOMES),
          ending: str({ min: 1, max: 100 }),
          path: arr(choiceKeyCheck, { max: MAX_PATH }),
          wrongTurns: arr(choiceKeyCheck, { max: MAX_PATH }),
        }),
      },
      // One statement per choice, about its node; at an ending, one more about the scenario: the play's score, outcome and path.
      statements: (block, answer, _outcome, record) => {
        const play = replay(block, answer.path)!;
        const step = play.steps[play.steps.length - 1]!;
        const recommended = step.offered.filter((c) => c.points === step.best && !c.critical).map((c) => c.id);
        const decision = record.answered(
          {
            name: step.node.text,
            interactionType: 'choice',
            ...(recommended.length ? { correctResponsesPattern: recommended } : {}),
            choices: components(step.offered),
            response: step.choice.id,
            part: step.node.id,
            play: answer.registration,
          },
          { raw: step.choice.points, max: MAX_CHOICE_POINTS, scaled: step.choice.points / MAX_CHOICE_POINTS, correct: !isWrongTurn(step) },
        );
        if (!('ending' in play.at)) return [decision];
        const ending = play.at.ending;
        const played: PlayRecord = {
          outcome: ending.outcome,
          ending: ending.id,
          path: play.steps.map((s) => choiceKey(s.node.id, s.choice.id)),
          wrongTurns: wrongTurns(play),
        };
        const best = analyse(block).best;
        const end = record.answered({
          name: block.title,
          interactionType: 'choice',
          ...(best ? { correctResponsesPattern: [best.ending.id] } : {}),
          choices: components(block.endings.map((e) => ({ id: e.id, text: e.title }))),
          response: ending.id,
          play: answer.registration,
          extensions: { [PLAY]: played },
        });
        return [decision, end];
      },
    },
    report: {
      labels: (block) => ({
        label: block.title,
        parts: Object.fromEntries(block.nodes.flatMap((n) => (n.choices ?? []).map((c) => [choiceKey(n.id, c.id), c.text] as const))),
      }),
      // Wrong turns of a finished play, read from its last statement (a decision's own statement has none).
      mistakes: (statement) => {
        const played = statement.result?.extensions?.[PLAY] as PlayRecord | undefined;
        return played ? played.wrongTurns.map((key) => [key]) : [];
      },
      describe: ([key], label) => label(key ?? ''),
    },
    simulate: {
      answer: (block, { rng, ability, key }) => ({ registration: rng.uuid(), path: simulatedPath(block, rng, ability, key) }),
      // Each choice is saved as she makes it, as in the player.
      steps: (_block, answer) => answer.path.map((_, i) => ({ registration: answer.registration, path: answer.path.slice(0, i + 1) })),
      // Reading a node, its choices and the last feedback, then deciding.
      answerMs: (_block, { rng }) => rng.between(25, 110) * 1000,
      // Reading the debrief, her path beside the recommended one.
      feedbackMs: (rng) => rng.between(30, 120) * 1000,
    },
  },
  state: {
    schema: scenarioStateSchema,
    initial: () => ({ registration: null, explore: null }),
  },
});
