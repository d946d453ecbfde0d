import validateStatement from '@learninglocker/xapi-validation';
import { answerFinishes, scoreAnswer } from '..';
import { moduleWithExample } from '../../../tests/fixtures/examples';
import { recorded } from '../../../tests/fixtures/answers';
import { statement as statementCheck } from '../../cohort/statement-schema';
import { summariseLearner } from '../../cohort/summary';
import { mistakeText, reportModule } from '../../cohort/report';
import type { ModuleContext } from '../types';
import { scenario, scoreScenario, type ScenarioAnswer } from './definition';
import { analyse, replay } from './graph';
import { scenarioBlockSchema, type ScenarioBlock } from './schema';

const t = (s: string) => ({ fr: `${s} (fr)`, nl: `${s} (nl)`, en: s });
type Raw = Record<string, unknown>;
const choice = (id: string, next: string, points: number, extra: Raw = {}) => ({ id, text: t(`say ${id}`), points, feedback: t(`because ${id}`), next, ...extra });
const node = (id: string, choices: Raw[]) => ({ id, speaker: 'patient', text: t(`node ${id}`), choices });
const router = (id: string, routes: Raw[]) => ({ id, speaker: 'narrator', text: t(`router ${id}`), routes });
const ending = (id: string, outcome: string) => ({ id, outcome, title: t(`ending ${id}`), debrief: t(`debrief ${id}`) });
const scenarioOf = (parts: Raw): ScenarioBlock =>
  scenarioBlockSchema.parse({ id: 'call', type: 'scenario', profession: 'nurse', title: t('A call'), setting: t('A patient calls.'), start: 'a', ...parts });
const context: ModuleContext = { id: 'm', passingScore: 0.7, glossary: [] };
const faultsOf = (block: ScenarioBlock) => scenario.content.faults(block, context).map((f) => `${f.path.join('.')}: ${f.message}`);
const answer = (path: string[]): ScenarioAnswer => ({ registration: '2f1c6a0e-8d4b-4c3a-9e2f-0a1b2c3d4e5f', path });

const { mod, block: example } = moduleWithExample('scenario');
if (example.type !== 'scenario') throw new Error('the example is a scenario');

describe('the scenario graph, as written', () => {
  it('names an unknown target, an undeclared variable, a variable no choice sets, and a start that is an ending', () => {
    const block = scenarioOf({
      start: 'done',
      variables: [
        { id: 'asked', label: t('Asked') },
        { id: 'never', label: t('Never') },
      ],
      nodes: [node('a', [choice('x', 'nowhere', 1, { set: ['asked'] }), choice('y', 'done', 0, { if: { none: ['askd'] } })])],
      endings: [ending('done', 'safe')],
    });
    expect(faultsOf(block)).toEqual([
      'start: the start must be a node, not the ending "done"',
      'nodes.0.choices.0.next: "nowhere" is neither a node nor an ending of this scenario',
      'nodes.0.choices.1.if.none.0: unknown variable "askd" (declare it under variables)',
      'variables.1.id: variable "never" is never set: no choice names it in its set',
    ]);
  });

  it('names a node and an ending the start never leads to', () => {
    const block = scenarioOf({
      nodes: [node('a', [choice('x', 'done', 1), choice('y', 'done', 0)]), node('island', [choice('x', 'done', 1), choice('y', 'lost', 0)])],
      endings: [ending('done', 'safe'), ending('lost', 'unsafe')],
    });
    expect(faultsOf(block)).toEqual(['nodes.1.id: node "island" cannot be reached from the start ("a")', 'endings.1.id: ending "lost" cannot be reached from the start ("a")']);
  });

  it('names every node from which no ending can be reached: a loop without an exit', () => {
    const block = scenarioOf({
      nodes: [
        node('a', [choice('x', 'done', 1), choice('y', 'b', 0)]),
        node('b', [choice('x', 'c', 0), choice('y', 'c', 0)]),
        node('c', [choice('x', 'b', 0), choice('y', 'c', 0)]),
      ],
      endings: [ending('done', 'safe')],
    });
    expect(faultsOf(block)).toEqual([
      'nodes.1.id: no ending can be reached from node "b": its paths only go round b, c',
      'nodes.2.id: no ending can be reached from node "c": its paths only go round b, c',
    ]);
  });

  it('leaves duplicate ids to the checker, which names them once', () => {
    const block = scenarioOf({ nodes: [node('a', [choice('x', 'a', 1), choice('x', 'a', 0)])], endings: [ending('a', 'safe')] });
    expect(faultsOf(block)).toEqual([]);
    expect(
      scenario.content
        .ids(block)
        .find((l) => l.list === 'nodes and endings')
        ?.entries.map((e) => e.path.join('.')),
    ).toEqual(['nodes.0.id', 'endings.0.id']);
  });
});

describe('the scenario graph, played every possible way', () => {
  it('finds a node reached with no choice left to offer (a dead end a learner would be stuck in)', () => {
    const block = scenarioOf({
      variables: [{ id: 'ok', label: t('OK') }],
      nodes: [
        node('a', [choice('yes', 'b', 1, { set: ['ok'] }), choice('no', 'b', 0)]),
        node('b', [choice('x', 'done', 1, { if: { all: ['ok'] } }), choice('y', 'done', 0, { if: { all: ['ok'] } })]),
      ],
      endings: [ending('done', 'safe')],
    });
    expect(faultsOf(block)).toEqual(['nodes.1.choices: no choice is offered at node "b" after no: every choice\'s condition fails there']);
  });

  it('finds routes that go round without a choice, once a choice has set what they test', () => {
    const block = scenarioOf({
      variables: [{ id: 'x', label: t('X') }],
      nodes: [
        node('a', [choice('set', 'r1', 2, { set: ['x'] }), choice('plain', 'r1', 1)]),
        router('r1', [{ if: { all: ['x'] }, next: 'r2' }, { next: 'done' }]),
        router('r2', [{ next: 'r1' }]),
      ],
      endings: [ending('done', 'safe')],
    });
    expect(faultsOf(block)).toEqual(['nodes.1.routes: the routes from node "r1" lead back to it without a choice after set: the play would never end']);
  });

  it('finds a loop a play can enter but, because of the conditions, never leave', () => {
    const block = scenarioOf({
      variables: [{ id: 'key', label: t('Key') }],
      nodes: [
        node('a', [choice('take', 'b', 1, { set: ['key'] }), choice('leave', 'b', 0)]),
        node('b', [choice('on', 'c', 0), choice('stay', 'b', 0)]),
        node('c', [choice('out', 'done', 1, { if: { all: ['key'] } }), choice('back', 'b', 0)]),
      ],
      endings: [ending('done', 'safe')],
    });
    expect(faultsOf(block)).toEqual([
      'nodes.1.id: a play that reaches node "b" after leave can never end: every way on loops back',
      'nodes.2.id: a play that reaches node "c" after leave → on can never end: every way on loops back',
    ]);
  });

  it('finds a choice, a node and an ending that the conditions make unreachable in every play', () => {
    const block = scenarioOf({
      nodes: [
        node('a', [choice('x', 'b', 2), choice('y', 'b', 1)]),
        node('b', [choice('finish', 'done', 1), choice('bonus', 'c', 1, { if: { scoreAtLeast: 4 } })]),
        node('c', [choice('x', 'secret', 1), choice('y', 'done', 0)]),
      ],
      endings: [ending('done', 'safe'), ending('secret', 'safe')],
    });
    expect(faultsOf(block)).toEqual([
      'nodes.1.choices.1.if: choice "bonus" is never offered: its condition never holds when a play reaches node "b"',
      'nodes.2.id: node "c" is never reached in a play: the conditions on the way to it never hold',
      'endings.1.id: ending "secret" is never reached in a play: the conditions on the way to it never hold',
    ]);
  });

  it('asks that the play with the most points end safely when a play can, and that some play succeed', () => {
    const riskyBest = scenarioOf({ nodes: [node('a', [choice('bold', 'meh', 3), choice('careful', 'good', 1)])], endings: [ending('good', 'safe'), ending('meh', 'acceptable')] });
    expect(faultsOf(riskyBest)).toEqual([
      'endings.1.outcome: the play with the most points (3) ends "acceptable" at "meh", though a play can end safely: give the safe path the most points',
    ]);
    const noWayOut = scenarioOf({
      nodes: [node('a', [choice('x', 'good', 3, { critical: true }), choice('y', 'bad', 1)])],
      endings: [ending('good', 'safe'), ending('bad', 'unsafe')],
    });
    expect(faultsOf(noWayOut)).toEqual(['endings: no play reaches a safe or acceptable ending without a critical choice']);
    const pointless = scenarioOf({ nodes: [node('a', [choice('x', 'good', 0), choice('y', 'good', 0)])], endings: [ending('good', 'safe')] });
    expect(faultsOf(pointless)).toEqual(['nodes: the best play earns no points: give the recommended choices their points']);
  });

  it('finds nothing wrong with the worked example, whose conditions and routes all come into play', () => {
    expect(faultsOf(example)).toEqual([]);
  });
});

describe('the recommended path and the score of a play', () => {
  it('computes the best path when the module is checked: the most points without a critical choice or an unsafe ending', () => {
    const best = analyse(example).best!;
    expect(best.points).toBe(5);
    expect(best.path).toEqual(['check-identity', 'see-tonight']);
    expect(best.ending.id).toBe('seen-tonight');
  });

  it('gives the recommended path full marks, and a play with a wrong turn its points over the best path’s', () => {
    expect(scoreScenario(example, answer(['check-identity', 'see-tonight']))).toMatchObject({ raw: 5, max: 5, scaled: 1, correct: true });
    const wrongTurn = scoreScenario(example, answer(['skip-identity', 'see-tonight']));
    expect(wrongTurn).toMatchObject({ raw: 3, max: 5, scaled: 0.6, correct: false });
    expect(wrongTurn.parts).toEqual([
      { id: 'open.skip-identity', node: 'open', choice: 'skip-identity', points: 0, best: 2, critical: false, correct: false },
      { id: 'breathless.see-tonight', node: 'breathless', choice: 'see-tonight', points: 3, best: 3, critical: false, correct: true },
    ]);
  });

  it('follows the conditions: a late identity check is offered only to whoever skipped it, and leads to the safe ending below the passing share', () => {
    expect(replay(example, ['check-identity', 'name-then-slot'])).toBeNull();
    const late = replay(example, ['skip-identity', 'name-then-slot'])!;
    expect([...late.vars]).toEqual(['identity-checked']);
    expect('ending' in late.at && late.at.ending.id).toBe('seen-tonight');
    expect(late.steps[1]!.arrival.through.map((n) => n.id)).toEqual(['at-the-desk']);
    expect(scoreScenario(example, answer(['skip-identity', 'name-then-slot']))).toMatchObject({ raw: 2, max: 5, correct: false });
  });

  it('fails a play with a critical choice or an unsafe ending, and keeps its score below the passing share whatever its points', () => {
    expect(scoreScenario(example, answer(['check-identity', 'prescribe']))).toMatchObject({ raw: 2, max: 5, correct: false });
    const generousButUnsafe = scenarioOf({
      nodes: [
        node('a', [choice('x', 'b', 3), choice('y', 'b', 1)]),
        node('b', [choice('safe', 'good', 3), choice('shortcut', 'good', 3, { critical: true }), choice('rush', 'bad', 3)]),
      ],
      endings: [ending('good', 'safe'), ending('bad', 'unsafe')],
    });
    expect(faultsOf(generousButUnsafe)).toEqual([]);
    expect(scoreScenario(generousButUnsafe, answer(['x', 'safe']))).toMatchObject({ raw: 6, max: 6, correct: true });
    // 6 of 6 points, but an unsafe choice or ending: at most 4 of 6, below 70 %.
    expect(scoreScenario(generousButUnsafe, answer(['x', 'shortcut']))).toMatchObject({ raw: 4, max: 6, correct: false });
    expect(scoreScenario(generousButUnsafe, answer(['x', 'rush']))).toMatchObject({ raw: 4, max: 6, correct: false });
  });

  it('scores an unfinished play by what it reached, never as a success, and does not count it as finished', () => {
    const halfway = answer(['check-identity']);
    expect(scoreAnswer(example, halfway, mod)).toMatchObject({ raw: 2, max: 5, correct: false });
    expect(answerFinishes(example, halfway)).toBe(false);
    expect(answerFinishes(example, answer(['check-identity', 'see-tonight']))).toBe(true);
  });

  it('accepts only a path that can be played: each choice offered where it is made, nothing after an ending', () => {
    expect(scoreAnswer(example, answer(['see-tonight']), mod)).toBeNull();
    expect(scoreAnswer(example, answer(['check-identity', 'see-tonight', 'see-tonight']), mod)).toBeNull();
    expect(scoreAnswer(example, answer([]), mod)).toBeNull();
    expect(scoreAnswer(example, { registration: 'not-a-uuid', path: ['check-identity'] }, mod)).toBeNull();
  });

  it('counts a node’s points once in a play: going round a loop gathers nothing', () => {
    const loop = scenarioOf({ nodes: [node('a', [choice('again', 'a', 1), choice('go', 'done', 2)])], endings: [ending('done', 'safe')] });
    expect(faultsOf(loop)).toEqual([]);
    expect(analyse(loop).best).toMatchObject({ points: 2, path: ['go'] });
    expect(scoreScenario(loop, answer(['again', 'again', 'again', 'go']))).toMatchObject({ raw: 1, max: 2 });
  });

  it('branches on the score gathered so far', () => {
    const block = scenarioOf({
      nodes: [node('a', [choice('good', 'r', 3), choice('poor', 'r', 1)]), router('r', [{ if: { scoreAtLeast: 3 }, next: 'well' }, { next: 'again' }])],
      endings: [ending('well', 'safe'), ending('again', 'acceptable')],
    });
    expect(faultsOf(block)).toEqual([]);
    const ended = (path: string[]) => {
      const play = replay(block, path)!;
      return 'ending' in play.at ? play.at.ending.id : null;
    };
    expect(ended(['good'])).toBe('well');
    expect(ended(['poor'])).toBe('again');
  });
});

describe('the shortest and longest paths', () => {
  const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
  const same = (s: string) => ({ fr: s, nl: s, en: s });
  const measured = scenarioBlockSchema.parse({
    id: 'timed',
    type: 'scenario',
    profession: 'nurse',
    title: same('Timed'),
    setting: same(words(100)),
    start: 'a',
    nodes: [
      {
        id: 'a',
        speaker: 'patient',
        text: same(words(20)),
        choices: [
          { id: 'end-now', text: same(words(10)), points: 1, feedback: same(words(10)), next: 'quick' },
          { id: 'go-on', text: same(words(10)), points: 2, feedback: same(words(10)), next: 'b' },
        ],
      },
      {
        id: 'b',
        speaker: 'relative',
        text: same(words(20)),
        choices: [
          { id: 'x', text: same(words(10)), points: 2, feedback: same(words(10)), next: 'long' },
          { id: 'y', text: same(words(10)), points: 0, feedback: same(words(10)), next: 'long' },
        ],
      },
    ],
    endings: [
      { id: 'quick', outcome: 'acceptable', title: same('Quick end'), debrief: same(words(50)) },
      { id: 'long', outcome: 'safe', title: same('Long end'), debrief: same(words(50)) },
    ],
  });

  it('reads the setting, and along a path every node, every choice offered, the chosen feedback and the ending, at 200 words a minute, plus 20 s a decision', () => {
    // Shortest: 100 + 20 + (20 offered + 10 feedback + 2 title + 50 debrief) = 202 words + 20 s.
    // Longest: 100 + 20 + (20 + 10 + 20 next node) + (20 + 10 + 2 + 50) = 252 words + 40 s.
    const paths = scenario.content.paths!(measured)!;
    expect(paths.shortest.decisions).toBe(1);
    expect(paths.shortest.minutes).toBeCloseTo(202 / 200 + 20 / 60, 6);
    expect(paths.longest.decisions).toBe(2);
    expect(paths.longest.minutes).toBeCloseTo(252 / 200 + 40 / 60, 6);
  });

  it('takes the language that reads longest', () => {
    const longer = { ...measured, setting: { ...measured.setting, nl: words(300) } };
    expect(scenario.content.paths!(longer)!.longest.minutes).toBeCloseTo(452 / 200 + 40 / 60, 6);
  });
});

describe('a scenario’s records', () => {
  const registration = '2f1c6a0e-8d4b-4c3a-9e2f-0a1b2c3d4e5f';
  const attempt = '9b0e4c1d-2a3f-4b5c-8d6e-7f8091a2b3c4';
  const env = { mod, id: '6a2f41a3-c54c-4c3b-8a1b-1c3a2f6d9e01', registration: attempt };

  it('records each choice as an answer about its node, with the play’s id, the module attempt’s registration and the scenario as parent', () => {
    const [first, ...rest] = recorded(example, { registration, path: ['check-identity'] }, env);
    expect(rest).toEqual([]);
    expect(first!.object.id).toBe('https://carelit.app/xapi/modules/sample/blocks/video-red-flag/parts/open');
    expect(first!.context.registration).toBe(attempt);
    expect(first!.context.extensions['https://carelit.app/xapi/extensions/play']).toBe(registration);
    expect(first!.context.contextActivities?.parent.map((p) => p.id)).toEqual([
      'https://carelit.app/xapi/modules/sample',
      'https://carelit.app/xapi/modules/sample/blocks/video-red-flag',
    ]);
    expect(first!.object.definition).toMatchObject({ interactionType: 'choice', correctResponsesPattern: ['check-identity'] });
    expect(first!.object.definition.choices?.map((c) => c.id)).toEqual(['check-identity', 'skip-identity']);
    expect(first!.result).toMatchObject({ response: 'check-identity', success: true, score: { raw: 2, max: 3 } });
    expect(validateStatement(JSON.parse(JSON.stringify(first)))).toEqual([]);
    expect(() => statementCheck(JSON.parse(JSON.stringify(first)))).not.toThrow();
  });

  it('records the ending with the outcome and the path; the report reads its wrong turns back by their text', () => {
    const statements = recorded(example, { registration, path: ['skip-identity', 'see-tonight'] }, env).map((s, i) => ({ ...s, id: `6a2f41a3-c54c-4c3b-8a1b-1c3a2f6d9e0${i}` }));
    expect(statements).toHaveLength(2);
    const [decision, end] = statements;
    expect(decision!.object.id).toMatch(/\/parts\/breathless$/);
    expect(end!.object.id).toBe('https://carelit.app/xapi/modules/sample/blocks/video-red-flag');
    expect(end!.result).toMatchObject({
      response: 'wrong-record',
      success: false,
      score: { raw: 3, max: 5, scaled: 0.6 },
      extensions: {
        'https://carelit.app/xapi/extensions/scenario-play': {
          outcome: 'acceptable',
          ending: 'wrong-record',
          path: ['open.skip-identity', 'breathless.see-tonight'],
          wrongTurns: ['open.skip-identity'],
        },
      },
    });
    for (const s of statements) {
      expect(validateStatement(JSON.parse(JSON.stringify(s)))).toEqual([]);
      expect(() => statementCheck(JSON.parse(JSON.stringify(s)))).not.toThrow();
    }
    // The decisions are parts of the exercise: the play's answer is its ending.
    const item = summariseLearner({ account: 'acc-0001' }, statements as never).items['sample/video-red-flag']!;
    expect(item).toMatchObject({ type: 'scenario', correct: false, scaled: 0.6, tries: 1, mistakes: [['open.skip-identity']] });
    expect(mistakeText([reportModule(mod)], item, item.mistakes[0]!, 'en')).toBe('You recognise her on screen: go straight to the cough.');
  });

  it('puts critical wrong turns first', () => {
    const [, end] = recorded(example, { registration, path: ['skip-identity', 'prescribe'] }, env);
    expect((end!.result!.extensions!['https://carelit.app/xapi/extensions/scenario-play'] as { wrongTurns: string[] }).wrongTurns).toEqual([
      'breathless.prescribe',
      'open.skip-identity',
    ]);
  });
});
