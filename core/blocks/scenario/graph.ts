import type { Localized } from '../../content/fields';
import { READING_WPM, wordsRead } from '../../content/reading';
import { LANGUAGES, type Language } from '../../i18n';
import type { BlockPath, PathLength } from '../types';
import type { Condition, Ending, ScenarioBlock, ScenarioChoice, ScenarioNode } from './schema';

/*
 * A scenario as a graph, and a play as a walk through it. One function moves a play on by a
 * choice (`advance`): the player's replay of a learner's path, the checker's exploration of
 * every possible play, and the scoring all use it, so what is checked is what is played.
 */

/** Seconds to weigh one decision, beyond reading the choices. */
export const SECONDS_PER_DECISION = 20;
/** More different situations than this and the checker gives up: the scenario is too big to prove sound. */
export const MAX_STATES = 20_000;

export interface Fault {
  path: BlockPath;
  message: string;
}

export function holds(condition: Condition | undefined, vars: ReadonlySet<string>, score: number): boolean {
  if (!condition) return true;
  return (
    (condition.all ?? []).every((v) => vars.has(v)) &&
    !(condition.none ?? []).some((v) => vars.has(v)) &&
    (condition.scoreAtLeast === undefined || score >= condition.scoreAtLeast) &&
    (condition.scoreBelow === undefined || score < condition.scoreBelow)
  );
}

/** The choices a node offers in this situation, in their written order. */
export function offered(node: ScenarioNode, vars: ReadonlySet<string>, score: number): ScenarioChoice[] {
  return (node.choices ?? []).filter((c) => holds(c.if, vars, score));
}

interface Index {
  nodes: Map<string, ScenarioNode>;
  endings: Map<string, Ending>;
  position: Map<string, number>;
  /** Nodes on a loop: a play may come back to them. */
  looped: Set<string>;
}

const indexes = new WeakMap<ScenarioBlock, Index>();

/** Where each id of a scenario is; computed once per block. */
export function indexOf(block: ScenarioBlock): Index {
  let index = indexes.get(block);
  if (!index) {
    index = {
      nodes: new Map(block.nodes.map((n) => [n.id, n])),
      endings: new Map(block.endings.map((e) => [e.id, e])),
      position: new Map([...block.nodes.map((n, i) => [n.id, i] as const), ...block.endings.map((e, i) => [e.id, i] as const)]),
      looped: loopedNodes(block),
    };
    indexes.set(block, index);
  }
  return index;
}

/** Where a node may lead, conditions aside. */
function targets(node: ScenarioNode): string[] {
  return [...(node.choices ?? []).map((c) => c.next), ...(node.routes ?? []).map((r) => r.next)];
}

/** Every id reachable from `from` by following `next`, conditions aside. */
function reachable(block: ScenarioBlock, from: string): Set<string> {
  const nodes = new Map(block.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length) {
    const node = nodes.get(queue.shift()!);
    for (const next of node ? targets(node) : []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Nodes from which a play can come back to themselves. */
function loopedNodes(block: ScenarioBlock): Set<string> {
  const nodes = new Map(block.nodes.map((n) => [n.id, n]));
  return new Set(block.nodes.filter((n) => targets(n).some((t) => nodes.has(t) && reachable(block, t).has(n.id))).map((n) => n.id));
}

/** Where a `next` leads: through nodes that only route, to a node that asks for a choice, or to an ending. */
export type Arrival =
  | { through: ScenarioNode[]; node: ScenarioNode }
  | { through: ScenarioNode[]; ending: Ending }
  /** The routes came back to a node they had passed, with no choice on the way: a play would never end. */
  | { through: ScenarioNode[]; loop: ScenarioNode }
  | { through: ScenarioNode[]; unknown: string };

export function arrive(block: ScenarioBlock, target: string, vars: ReadonlySet<string>, score: number): Arrival {
  const { nodes, endings } = indexOf(block);
  const through: ScenarioNode[] = [];
  for (let id = target; ;) {
    const ending = endings.get(id);
    if (ending) return { through, ending };
    const node = nodes.get(id);
    if (!node) return { through, unknown: id };
    if (node.choices) return { through, node };
    if (through.includes(node)) return { through, loop: node };
    through.push(node);
    const route = (node.routes ?? []).find((r) => holds(r.if, vars, score));
    if (!route) return { through, unknown: id };
    id = route.next;
  }
}

/** Where a play stands between two decisions. */
export interface Situation {
  node: ScenarioNode;
  vars: ReadonlySet<string>;
  /** Points gathered so far: what `scoreAtLeast` and `scoreBelow` test. */
  score: number;
  /** Nodes where she has decided already: a node's points count once in a play, the first time. */
  decided: ReadonlySet<string>;
}

/** One decision: the choice made at a node, what it earned, and where it led. */
export interface Step {
  node: ScenarioNode;
  choice: ScenarioChoice;
  /** The choices offered there at that moment. */
  offered: ScenarioChoice[];
  /** Points it earned: its own, unless she had decided at this node before in the play. */
  counted: number;
  /** The most points a choice offered there carried. */
  best: number;
  /** Nodes passed on the way to the next (they only route), and where the choice led. */
  arrival: Arrival;
  after: Omit<Situation, 'node'>;
}

/** Moves a play on by one choice; null when the situation does not offer it. */
export function advance(block: ScenarioBlock, at: Situation, choiceId: string): Step | null {
  const choices = offered(at.node, at.vars, at.score);
  const choice = choices.find((c) => c.id === choiceId);
  if (!choice) return null;
  const counted = at.decided.has(at.node.id) ? 0 : choice.points;
  const vars = choice.set?.length ? new Set([...at.vars, ...choice.set]) : at.vars;
  const score = at.score + counted;
  const decided = new Set([...at.decided, at.node.id]);
  const best = Math.max(...choices.map((c) => c.points));
  return { node: at.node, choice, offered: choices, counted, best, arrival: arrive(block, choice.next, vars, score), after: { vars, score, decided } };
}

/** A play replayed from its path: the decisions, where it stands, and what it gathered. */
export interface Play {
  /** Nodes shown before the first decision that only route. */
  lead: ScenarioNode[];
  steps: Step[];
  at: { node: ScenarioNode } | { ending: Ending };
  vars: ReadonlySet<string>;
  score: number;
  /** Whether a critical choice was made. */
  critical: boolean;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Replays a path of choice ids from the start; null when a choice is not offered where it is made, or the path goes on past an ending. */
export function replay(block: ScenarioBlock, path: readonly string[]): Play | null {
  const first = arrive(block, block.start, EMPTY, 0);
  if (!('node' in first)) return null;
  let at: Situation = { node: first.node, vars: EMPTY, score: 0, decided: EMPTY };
  let ending: Ending | null = null;
  const steps: Step[] = [];
  for (const id of path) {
    if (ending) return null;
    const step = advance(block, at, id);
    if (!step || !('node' in step.arrival || 'ending' in step.arrival)) return null;
    steps.push(step);
    if ('ending' in step.arrival) ending = step.arrival.ending;
    else at = { node: step.arrival.node, ...step.after };
  }
  const last = steps[steps.length - 1];
  return {
    lead: first.through,
    steps,
    at: ending ? { ending } : { node: at.node },
    vars: last ? last.after.vars : EMPTY,
    score: last ? last.after.score : 0,
    critical: steps.some((s) => s.choice.critical === true),
  };
}

/** The id of a choice across the scenario: choice ids are unique within their node only. */
export function choiceKey(nodeId: string, choiceId: string): string {
  return `${nodeId}.${choiceId}`;
}

// -------------------------------------------------------------------------------------------------
// The checker: the graph as written, then every play it allows.

/** Whether an id is used twice where it must be unique: the checker names it; the graph cannot be read. */
export function hasDuplicateIds(block: ScenarioBlock): boolean {
  const unique = (ids: string[]) => new Set(ids).size === ids.length;
  return (
    !unique([...block.nodes.map((n) => n.id), ...block.endings.map((e) => e.id)]) ||
    !unique(block.variables.map((v) => v.id)) ||
    block.nodes.some((n) => !unique((n.choices ?? []).map((c) => c.id)))
  );
}

/**
 * Faults in the graph as written, conditions aside: unknown ids, unreachable parts, no way out.
 * None while ids are duplicated: the checker names those, and the graph means nothing until fixed.
 */
export function graphFaults(block: ScenarioBlock): Fault[] {
  if (hasDuplicateIds(block)) return [];
  const faults: Fault[] = [];
  const nodeIds = new Set(block.nodes.map((n) => n.id));
  const endingIds = new Set(block.endings.map((e) => e.id));
  const declared = new Set(block.variables.map((v) => v.id));
  const target = (next: string, path: BlockPath) => {
    if (!nodeIds.has(next) && !endingIds.has(next)) faults.push({ path, message: `"${next}" is neither a node nor an ending of this scenario` });
  };
  const variable = (name: string, path: BlockPath) => {
    if (!declared.has(name)) faults.push({ path, message: `unknown variable "${name}" (declare it under variables)` });
  };
  const condition = (c: Condition | undefined, path: BlockPath) => {
    c?.all?.forEach((v, k) => variable(v, [...path, 'all', k]));
    c?.none?.forEach((v, k) => variable(v, [...path, 'none', k]));
  };

  if (!nodeIds.has(block.start)) {
    faults.push({ path: ['start'], message: endingIds.has(block.start) ? `the start must be a node, not the ending "${block.start}"` : `unknown node "${block.start}"` });
  }
  block.nodes.forEach((node, i) => {
    node.choices?.forEach((c, j) => {
      const at = ['nodes', i, 'choices', j];
      target(c.next, [...at, 'next']);
      c.set?.forEach((v, k) => variable(v, [...at, 'set', k]));
      condition(c.if, [...at, 'if']);
    });
    node.routes?.forEach((r, j) => {
      target(r.next, ['nodes', i, 'routes', j, 'next']);
      condition(r.if, ['nodes', i, 'routes', j, 'if']);
    });
  });
  const setBySome = new Set(block.nodes.flatMap((n) => (n.choices ?? []).flatMap((c) => c.set ?? [])));
  block.variables.forEach((v, i) => {
    if (!setBySome.has(v.id)) faults.push({ path: ['variables', i, 'id'], message: `variable "${v.id}" is never set: no choice names it in its set` });
  });
  if (faults.length) return faults;

  const fromStart = reachable(block, block.start);
  block.nodes.forEach((n, i) => {
    if (!fromStart.has(n.id)) faults.push({ path: ['nodes', i, 'id'], message: `node "${n.id}" cannot be reached from the start ("${block.start}")` });
  });
  block.endings.forEach((e, i) => {
    if (!fromStart.has(e.id)) faults.push({ path: ['endings', i, 'id'], message: `ending "${e.id}" cannot be reached from the start ("${block.start}")` });
  });
  block.nodes.forEach((n, i) => {
    const ahead = reachable(block, n.id);
    if (!block.endings.some((e) => ahead.has(e.id))) {
      const loop = block.nodes.filter((m) => ahead.has(m.id)).map((m) => m.id);
      faults.push({ path: ['nodes', i, 'id'], message: `no ending can be reached from node "${n.id}": its paths only go round ${loop.join(', ')}` });
    }
  });
  return faults;
}

/** One situation of the exploration, with the choices it offers. */
interface State extends Situation {
  index: number;
  /** The shortest path of choice ids that reaches it, for messages. */
  via: string[];
  edges: Edge[];
}

interface Edge {
  step: Step;
  to: State | Ending;
}

const isEnding = (to: State | Ending): to is Ending => 'outcome' in to;

/** What the checker learns from every play a scenario allows. */
export interface Analysis {
  faults: Fault[];
  /** The recommended path: the most points of a play without a critical choice or an unsafe ending. */
  best: { points: number; path: string[]; ending: Ending } | null;
  /** The shortest and longest plays (measured when first asked: only `content stats` needs them). */
  readonly paths: { shortest: PathLength; longest: PathLength } | null;
}

const analyses = new WeakMap<ScenarioBlock, Analysis>();

/**
 * Every play of a scenario, explored once per block: the checker proves the scenario sound with
 * it when the module is built, and the scoring and stats read the same result (the same content
 * always gives the same recommended path).
 */
export function analyse(block: ScenarioBlock): Analysis {
  let analysis = analyses.get(block);
  if (!analysis) {
    analysis = hasDuplicateIds(block) || graphFaults(block).length ? { faults: [], best: null, paths: null } : explore(block);
    analyses.set(block, analysis);
  }
  return analysis;
}

/** An analysis whose paths are measured the first time they are read. */
function withPaths(faults: Fault[], best: Analysis['best'], measured: (() => Analysis['paths']) | null): Analysis {
  let paths: Analysis['paths'] | undefined;
  return {
    faults,
    best,
    get paths() {
      return (paths ??= measured ? measured() : null);
    },
  };
}

function explore(block: ScenarioBlock): Analysis {
  const { position, looped } = indexOf(block);
  const faults: Fault[] = [];
  const faulted = new Set<string>();
  const once = (key: string, fault: Fault) => {
    if (faulted.has(key)) return;
    faulted.add(key);
    faults.push(fault);
  };
  const nodeAt = (node: ScenarioNode) => ['nodes', position.get(node.id)!] as const;
  const after = (via: string[]) => (via.length ? `after ${via.join(' → ')}` : 'at the start');

  const first = arrive(block, block.start, EMPTY, 0);
  if ('loop' in first) {
    return {
      faults: [{ path: [...nodeAt(first.loop), 'routes'], message: `the routes from node "${first.loop.id}" lead back to it without a choice: a play would never end` }],
      best: null,
      paths: null,
    };
  }
  if (!('node' in first)) {
    return { faults: [{ path: ['start'], message: 'the start leads to an ending before any choice' }], best: null, paths: null };
  }

  const conditions = block.nodes.flatMap((n) => [...(n.choices ?? []).map((c) => c.if), ...(n.routes ?? []).map((r) => r.if)]);
  const usesScore = conditions.some((c) => c?.scoreAtLeast !== undefined || c?.scoreBelow !== undefined);
  // Two plays in the same situation have the same future: one state for both.
  const keyOf = (s: Situation) =>
    [
      s.node.id,
      [...s.vars].sort().join(','),
      usesScore ? s.score : '',
      [...s.decided]
        .filter((id) => looped.has(id))
        .sort()
        .join(','),
    ].join('|');
  const states: State[] = [];
  const byKey = new Map<string, State>();
  const reached = new Set<string>([...first.through.map((n) => n.id), first.node.id]);
  const stateOf = (situation: Situation, via: string[]): State => {
    const key = keyOf(situation);
    let state = byKey.get(key);
    if (!state) {
      state = { ...situation, index: states.length, via, edges: [] };
      states.push(state);
      byKey.set(key, state);
    }
    return state;
  };

  stateOf({ node: first.node, vars: EMPTY, score: 0, decided: EMPTY }, []);
  for (let i = 0; i < states.length; i += 1) {
    if (states.length > MAX_STATES) {
      return { faults: [{ path: ['nodes'], message: `more than ${MAX_STATES} different situations: too many plays to check, split the scenario` }], best: null, paths: null };
    }
    const state = states[i]!;
    const choices = offered(state.node, state.vars, state.score);
    if (choices.length === 0) {
      once(`stuck:${state.node.id}`, {
        path: [...nodeAt(state.node), 'choices'],
        message: `no choice is offered at node "${state.node.id}" ${after(state.via)}: every choice's condition fails there`,
      });
    }
    for (const choice of choices) {
      reached.add(choiceKey(state.node.id, choice.id));
      const step = advance(block, state, choice.id)!;
      for (const n of step.arrival.through) reached.add(n.id);
      const via = [...state.via, choice.id];
      if ('loop' in step.arrival) {
        once(`loop:${step.arrival.loop.id}`, {
          path: [...nodeAt(step.arrival.loop), 'routes'],
          message: `the routes from node "${step.arrival.loop.id}" lead back to it without a choice ${after(via)}: the play would never end`,
        });
      } else if ('ending' in step.arrival) {
        reached.add(step.arrival.ending.id);
        state.edges.push({ step, to: step.arrival.ending });
      } else if ('node' in step.arrival) {
        reached.add(step.arrival.node.id);
        state.edges.push({ step, to: stateOf({ node: step.arrival.node, ...step.after }, via) });
      }
    }
  }

  // A play that can no longer reach an ending, though it still has choices, goes round for ever.
  // (A situation with no way on at all is named above, as a dead end or a loop of routes.)
  const ends = states.map((s) => s.edges.length === 0);
  for (let changed = true; changed;) {
    changed = false;
    for (const s of states) {
      if (!ends[s.index] && s.edges.some((e) => isEnding(e.to) || ends[e.to.index])) {
        ends[s.index] = true;
        changed = true;
      }
    }
  }
  for (const s of states) {
    if (!ends[s.index] && s.edges.length) {
      once(`trapped:${s.node.id}`, { path: [...nodeAt(s.node), 'id'], message: `a play that reaches node "${s.node.id}" ${after(s.via)} can never end: every way on loops back` });
    }
  }

  block.nodes.forEach((node, i) => {
    if (!reached.has(node.id)) {
      faults.push({ path: ['nodes', i, 'id'], message: `node "${node.id}" is never reached in a play: the conditions on the way to it never hold` });
      return;
    }
    node.choices?.forEach((c, j) => {
      if (!reached.has(choiceKey(node.id, c.id))) {
        faults.push({ path: ['nodes', i, 'choices', j, 'if'], message: `choice "${c.id}" is never offered: its condition never holds when a play reaches node "${node.id}"` });
      }
    });
  });
  block.endings.forEach((e, i) => {
    if (!reached.has(e.id)) faults.push({ path: ['endings', i, 'id'], message: `ending "${e.id}" is never reached in a play: the conditions on the way to it never hold` });
  });

  const best = bestPlay(states, (e) => e.outcome !== 'unsafe');
  if (!best) {
    faults.push({ path: ['endings'], message: 'no play reaches a safe or acceptable ending without a critical choice' });
  } else {
    if (best.points === 0) faults.push({ path: ['nodes'], message: 'the best play earns no points: give the recommended choices their points' });
    const safest = bestPlay(states, (e) => e.outcome === 'safe');
    if (safest && best.ending.outcome !== 'safe') {
      faults.push({
        path: ['endings', position.get(best.ending.id)!, 'outcome'],
        message: `the play with the most points (${best.points}) ends "${best.ending.outcome}" at "${best.ending.id}", though a play can end safely: give the safe path the most points`,
      });
    }
  }
  return withPaths(faults, best, faults.length ? null : () => measure(block, first.through, states));
}

/** A play's value from a situation on: points, then a safe ending, then fewer decisions. */
interface Value {
  points: number;
  safe: number;
  decisions: number;
}

const better = (a: Value | null, b: Value | null): boolean => a !== null && (b === null || (a.points - b.points || a.safe - b.safe || b.decisions - a.decisions) > 0);

/** The play with the most points that makes no critical choice and ends where `allowed` says. */
function bestPlay(states: State[], allowed: (ending: Ending) => boolean): Analysis['best'] {
  const values = new Array<Value | null>(states.length).fill(null);
  const valueOf = (e: Edge): Value | null => {
    if (e.step.choice.critical) return null;
    if (isEnding(e.to)) return allowed(e.to) ? { points: e.step.counted, safe: e.to.outcome === 'safe' ? 1 : 0, decisions: 1 } : null;
    const v = values[e.to.index];
    return v ? { points: v.points + e.step.counted, safe: v.safe, decisions: v.decisions + 1 } : null;
  };
  // Values only improve; a loop earns nothing and costs a decision, so this settles.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = states.length - 1; i >= 0; i -= 1) {
      for (const e of states[i]!.edges) {
        const v = valueOf(e);
        if (better(v, values[i] ?? null)) {
          values[i] = v;
          changed = true;
        }
      }
    }
  }
  const total = values[0];
  if (!total) return null;
  const path: string[] = [];
  let state = states[0]!;
  for (;;) {
    const target = values[state.index]!;
    const edge = state.edges.find((e) => {
      const v = valueOf(e);
      return v !== null && v.points === target.points && v.safe === target.safe && v.decisions === target.decisions;
    })!;
    path.push(edge.step.choice.id);
    if (isEnding(edge.to)) return { points: total.points, path, ending: edge.to };
    state = edge.to;
  }
}

const wordCounts = new WeakMap<Localized, Record<Language, number>>();
function words(text: Localized, lang: Language): number {
  let counts = wordCounts.get(text);
  if (!counts) {
    counts = Object.fromEntries(LANGUAGES.map((l) => [l, wordsRead(text[l])])) as Record<Language, number>;
    wordCounts.set(text, counts);
  }
  return counts[lang];
}

/**
 * The shortest and longest plays, in the time a learner of the slowest-reading language takes:
 * the setting, and along the path every node's text, every choice offered, the feedback of the
 * one chosen and the ending's debrief, at the reading speed, plus the time to decide. A path
 * never goes round a loop twice.
 */
function measure(block: ScenarioBlock, lead: ScenarioNode[], states: State[]): { shortest: PathLength; longest: PathLength } {
  const seconds = (count: number) => (count / READING_WPM) * 60;
  const extremes = LANGUAGES.map((lang) => {
    const edgeSeconds = (state: State, e: Edge) => {
      const read =
        state.edges.reduce((sum, other) => sum + words(other.step.choice.text, lang), 0) +
        words(e.step.choice.feedback, lang) +
        e.step.arrival.through.reduce((sum, n) => sum + words(n.text, lang), 0) +
        (isEnding(e.to) ? words(e.to.title, lang) + words(e.to.debrief, lang) : words(e.to.node.text, lang));
      return seconds(read) + SECONDS_PER_DECISION;
    };
    const opening = seconds(words(block.setting, lang) + [...lead, states[0]!.node].reduce((sum, n) => sum + words(n.text, lang), 0));
    const pick = (longest: boolean) => {
      const memo = new Map<number, { seconds: number; decisions: number } | null>();
      const onPath = new Set<number>();
      const from = (state: State): { seconds: number; decisions: number } | null => {
        if (memo.has(state.index)) return memo.get(state.index)!;
        onPath.add(state.index);
        let found: { seconds: number; decisions: number } | null = null;
        for (const e of state.edges) {
          const rest = isEnding(e.to) ? { seconds: 0, decisions: 0 } : onPath.has(e.to.index) ? null : from(e.to);
          if (!rest) continue;
          const candidate = { seconds: edgeSeconds(state, e) + rest.seconds, decisions: rest.decisions + 1 };
          if (!found || (longest ? candidate.seconds > found.seconds : candidate.seconds < found.seconds)) found = candidate;
        }
        onPath.delete(state.index);
        memo.set(state.index, found);
        return found;
      };
      const rest = from(states[0]!) ?? { seconds: 0, decisions: 0 };
      return { decisions: rest.decisions, minutes: (opening + rest.seconds) / 60 };
    };
    return { shortest: pick(false), longest: pick(true) };
  });
  const slowest = (which: 'shortest' | 'longest') => extremes.map((e) => e[which]).reduce((a, b) => (b.minutes > a.minutes ? b : a));
  return { shortest: slowest('shortest'), longest: slowest('longest') };
}
