import { cohortCsv, csvCell, type CsvLabels } from '../../../core/cohort/csv';
import { identityClashes, mergeProgressFiles, newerLearner, summariseMerged } from '../../../core/cohort/merge';
import { cohortReport, learnersReport, reportModule } from '../../../core/cohort/report';
import { simulateCohort } from '../../../core/cohort/simulate';
import { durationMs, parseActivityId, summariseLearner } from '../../../core/cohort/summary';
import { accountOf, imported, nadiaStatements, progressFile, sample, walkStatements } from '../../fixtures/cohort';

/**
 * Four learners on the sample module (two quizzes, pass mark 50 %), with numbers worked out by hand:
 * - Nadia (nurse): q-single right, q-multiple wrong ("weather" ticked), completed in 5 min → 50 %, passed.
 * - Bram (physician): both right, completed in 10 min → 100 %.
 * - a nurse who shared no name: q-single wrong ("tool") in 30 s, then stopped → in progress.
 * - Zoë (no profession shared): exported before starting → not started.
 */
const nadia = nadiaStatements();
const bram = walkStatements({
  account: accountOf(2),
  answers: [
    { quiz: 'q-single', selected: ['pro'], at: '2026-11-19T10:00:00.000Z' },
    { quiz: 'q-multiple', selected: ['diagnosis', 'bp'], at: '2026-11-19T10:04:00.000Z' },
  ],
  complete: { at: '2026-11-19T10:10:00.000Z', ms: 600_000 },
});
const unnamed = walkStatements({ account: accountOf(3), answers: [{ quiz: 'q-single', selected: ['tool'], at: '2026-11-20T08:00:00.000Z', ms: 30_000 }] });

async function summaries() {
  const files = [
    await progressFile(accountOf(1), nadia, { displayName: 'Nadia Benali', profession: 'nurse' }),
    await progressFile(accountOf(2), bram, { displayName: 'Bram Peeters', profession: 'physician' }),
    await progressFile(accountOf(3), unnamed, { profession: 'nurse' }),
    await progressFile(accountOf(4), [], { displayName: 'Zoë' }),
  ];
  return mergeProgressFiles(files).map(summariseMerged);
}

const catalogue = [reportModule(sample)];

describe('the cohort report', () => {
  it('fills the learners × modules matrix, learners in name order and the unnamed last', async () => {
    const report = cohortReport(await summaries(), catalogue);
    expect(report.moduleIds).toEqual(['sample']);
    const passed = { standing: 'passed', status: 'completed', result: 'passed', passingScore: 0.5, moduleVersion: 1, attempts: 1 };
    expect(report.learners.map((l) => [l.displayName ?? l.account, l.cells.sample])).toEqual([
      ['Bram Peeters', { ...passed, score: 1, timeSpentMs: 600_000, completedAt: '2026-11-19T10:10:00.000Z' }],
      ['Nadia Benali', { ...passed, score: 0.5, timeSpentMs: 300_000, completedAt: '2026-11-18T09:05:00.000Z' }],
      ['Zoë', { standing: 'not-started', status: 'not-started', passingScore: 0.5, attempts: 0, timeSpentMs: 0 }],
      [accountOf(3), { standing: 'in-progress', status: 'in-progress', passingScore: 0.5, attempts: 1, timeSpentMs: 30_000 }],
    ]);
  });

  it('counts completion, median time and mean score per module', async () => {
    expect(cohortReport(await summaries(), catalogue).completion).toEqual([
      { moduleId: 'sample', learners: 4, started: 3, completed: 2, passed: 2, completionRate: 0.5, medianTimeMs: 450_000, meanScore: 0.75 },
    ]);
  });

  it('puts completed scores in ten bands', async () => {
    expect(cohortReport(await summaries(), catalogue).scoreDistribution).toEqual([{ moduleId: 'sample', bands: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1] }]);
  });

  it('ranks exercises by their first answers’ mean score, with the share right and the most common wrong choice', async () => {
    expect(cohortReport(await summaries(), catalogue).hardestItems).toEqual([
      { moduleId: 'sample', blockId: 'q-multiple', answered: 2, correct: 1, shareCorrect: 0.5, meanScore: 0.5, commonMistakes: [{ mistake: ['weather'], count: 1 }], type: 'quiz' },
      { moduleId: 'sample', blockId: 'q-single', answered: 3, correct: 2, shareCorrect: 2 / 3, meanScore: 2 / 3, commonMistakes: [{ mistake: ['tool'], count: 1 }], type: 'quiz' },
    ]);
  });

  it('keeps an exercise’s three most common mistakes, most frequent first (the flaws a cohort missed most)', () => {
    // Five learners reviewed one output; each mistake is a flaw she missed.
    const missed = [['dose'], ['dose', 'reference'], ['dose', 'reference', 'red-flag'], ['reference', 'tone'], ['dose', 'bias']];
    const learners = missed.map((flaws, i) => ({
      account: `acct-${i}`,
      statementCount: 1,
      modules: {},
      items: { 'sample/review': { moduleId: 'sample', blockId: 'review', type: 'output-review', correct: false, scaled: 0.5, mistakes: flaws.map((flaw) => [flaw]), tries: 1 } },
    }));
    const [item] = cohortReport(learners, catalogue).hardestItems;
    // dose 4, reference 3, then three flaws missed once: the first by its id.
    expect(item!.commonMistakes).toEqual([
      { mistake: ['dose'], count: 4 },
      { mistake: ['reference'], count: 3 },
      { mistake: ['bias'], count: 1 },
    ]);
  });

  it('adds up the totals', async () => {
    expect(cohortReport(await summaries(), catalogue).totals).toEqual({ learners: 4, completions: 2, passes: 2, timeSpentMs: 930_000 });
  });

  it('filters by profession, and every figure follows the filter', async () => {
    const report = cohortReport(await summaries(), catalogue, 'nurse');
    expect(report.learners.map((l) => l.account)).toEqual([accountOf(1), accountOf(3)]);
    expect(report.completion[0]).toMatchObject({ learners: 2, started: 2, completed: 1, completionRate: 0.5 });
    expect(report.hardestItems.map((i) => [i.blockId, i.answered, i.correct])).toEqual([
      ['q-multiple', 1, 0],
      ['q-single', 2, 1],
    ]);
  });

  it('counts a second try at an exercise, but judges the first', async () => {
    const retried = walkStatements({
      account: accountOf(5),
      answers: [
        { quiz: 'q-single', selected: ['tool'], at: '2026-11-21T08:00:00.000Z' },
        { quiz: 'q-single', selected: ['pro'], at: '2026-11-21T08:01:00.000Z' },
      ],
    });
    const summary = summariseLearner({ account: accountOf(5) }, imported(retried));
    expect(summary.items['sample/q-single']).toMatchObject({ correct: false, tries: 2, mistakes: [['tool']], type: 'quiz' });
    expect(summary.modules.sample).toMatchObject({ status: 'in-progress', itemsAnswered: 1, timeSpentMs: 40_000 });
  });

  it('shows modules the catalogue does not know, after the known ones', async () => {
    const other = { ...sample, id: 'later-module' };
    const statements = walkStatements({ account: accountOf(6), answers: [{ quiz: 'q-single', selected: ['pro'], at: '2026-11-21T08:00:00.000Z' }], mod: other });
    const report = cohortReport([summariseLearner({ account: accountOf(6) }, imported(statements))], catalogue);
    expect(report.moduleIds).toEqual(['sample', 'later-module']);
    expect(report.learners[0]!.cells['later-module']!.status).toBe('in-progress');
  });

  it('gives the same learners, modules and totals in its learners’ part alone (what a dashboard draws first), for each view', async () => {
    const simulated = (await simulateCohort({ learners: 30, seed: 5, appVersion: '0.1.0' }, [sample])).map((file) => summariseMerged(file));
    const all = [...(await summaries()), ...simulated];
    for (const profession of [null, 'nurse', 'physician'] as const) {
      const { profession: view, moduleIds, learners, totals } = cohortReport(all, catalogue, profession);
      expect(learners.length).toBeGreaterThan(1);
      expect(learnersReport(all, catalogue, profession)).toStrictEqual({ profession: view, moduleIds, learners, totals });
    }
  });

  it('keeps its members in the order `carelit cohort report` has always printed them', async () => {
    expect(Object.keys(cohortReport(await summaries(), catalogue))).toEqual(['profession', 'moduleIds', 'learners', 'completion', 'scoreDistribution', 'hardestItems', 'totals']);
  });
});

describe('several files of one learner', () => {
  it('make one learner: statements united by id, what she shares taken from her newest export', async () => {
    const first = await progressFile(accountOf(1), nadia.slice(0, 1), { exportedAt: '2026-11-18T09:01:00.000Z' });
    const second = await progressFile(accountOf(1), nadia, { displayName: 'Nadia B.', profession: 'nurse', exportedAt: '2026-11-18T10:00:00.000Z' });
    const merged = mergeProgressFiles([second, first, second]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.statements.map((s) => s.id).sort()).toEqual(nadia.map((s) => s.id).sort());
    expect(merged[0]!.learner.displayName).toBe('Nadia B.');
  });
});

describe('which export names a learner', () => {
  it('is her newest by real date, not by how the date is written', () => {
    // As text, "…:00Z" sorts after "…:00.500Z", half a second later.
    expect(newerLearner({ exportedAt: '2026-11-18T10:00:00Z' }, { exportedAt: '2026-11-18T10:00:00.500Z' })).toBe(true);
    expect(newerLearner({ exportedAt: '2026-11-18T10:00:00.500Z' }, { exportedAt: '2026-11-18T10:00:00Z' })).toBe(false);
  });

  it('is the newest of her files, whatever their order', async () => {
    const early = await progressFile(accountOf(1), nadia.slice(0, 1), { displayName: 'Nadia B.', exportedAt: '2026-11-18T10:00:00.000Z' });
    const late = { ...(await progressFile(accountOf(1), nadia, { displayName: 'Nadia Benali', exportedAt: '2026-11-18T10:00:00.000Z' })), exportedAt: '2026-11-18T10:00:00.5Z' };
    for (const order of [
      [early, late],
      [late, early],
    ])
      expect(mergeProgressFiles(order)[0]!.learner.displayName).toBe('Nadia Benali');
  });
});

describe('files whose records belong to two learners', () => {
  const file = (account: string, ids: string[]) => ({ account, ids });

  it('are found whatever came first, with how many records they share; a learner’s own files never clash', () => {
    const { clashes, accounts } = identityClashes([file('a', ['1', '2', '3']), file('b', ['9']), file('a', ['1', '2', '3', '4']), file('c', ['2', '3', '9'])]);
    expect(clashes).toEqual([
      {
        index: 3,
        with: [
          { index: 0, shared: 2 },
          { index: 1, shared: 1 },
        ],
      },
    ]);
    expect([...accounts].sort()).toEqual(['a', 'b', 'c']);
  });

  it('are none in a cohort of distinct learners', () => {
    expect(identityClashes([file('a', ['1']), file('b', ['2'])])).toEqual({ clashes: [], accounts: new Set() });
  });
});

describe('reading statement details', () => {
  it('parses activity ids, refusing anything outside CareLit modules or with unsafe ids', () => {
    expect(parseActivityId('https://carelit.app/xapi/modules/prompting')).toEqual({ moduleId: 'prompting' });
    expect(parseActivityId('https://carelit.app/xapi/modules/prompting/blocks/lab-1')).toEqual({ moduleId: 'prompting', blockId: 'lab-1' });
    expect(parseActivityId('https://carelit.app/xapi/modules/__proto__')).toBeNull();
    expect(parseActivityId('https://carelit.app/xapi/modules/a/blocks/constructor/x')).toBeNull();
    expect(parseActivityId('https://example.org/xapi/modules/a')).toBeNull();
  });

  it('reads the durations the app writes', () => {
    expect(durationMs('PT1H2M3.45S')).toBe(3_723_450);
    expect(durationMs('PT20S')).toBe(20_000);
    expect(durationMs('P1D')).toBe(0);
  });
});

const labels: CsvLabels = {
  learner: 'Learner',
  profession: 'Profession',
  lastActivity: 'Last activity',
  status: 'status',
  result: 'result',
  score: 'score (%)',
  passingScore: 'passing score (%)',
  timeMinutes: 'time (min)',
  completedOn: 'completed on',
  professionName: (p) => ({ nurse: 'Nurse', physician: 'Physician' })[p as 'nurse' | 'physician'] ?? p,
  statusName: (s) => s,
  resultName: (r) => ({ passed: 'passed', 'not-yet-passed': 'not yet passed' })[r],
  anonymous: (id) => `Learner ${id}`,
};

describe('the CSV', () => {
  it('has the matrix of the screen: a row per learner; per module her status, passed or not yet, the score that counts, the passing score, time and date', async () => {
    const csv = cohortCsv(cohortReport(await summaries(), catalogue), catalogue, 'en', labels);
    const title = sample.title.en;
    expect(csv.split('\r\n')).toEqual([
      `Learner;Profession;Last activity;${title}: status;${title}: result;${title}: score (%);${title}: passing score (%);${title}: time (min);${title}: completed on`,
      'Bram Peeters;Physician;2026-11-19;completed;passed;100;50;10;2026-11-19',
      'Nadia Benali;Nurse;2026-11-18;completed;passed;50;50;5;2026-11-18',
      'Zoë;;;not-started;;;50;;',
      'Learner a0000003;Nurse;2026-11-20;in-progress;;;50;1;',
      '',
    ]);
  });

  it('says "not yet passed" for a learner who completed a module below its passing score', () => {
    const failed = walkStatements({
      account: accountOf(8),
      answers: [
        { quiz: 'q-single', selected: ['tool'], at: '2026-11-21T08:00:00.000Z' },
        { quiz: 'q-multiple', selected: ['weather'], at: '2026-11-21T08:01:00.000Z' },
      ],
      complete: { at: '2026-11-21T08:02:00.000Z', ms: 120_000 },
    });
    const report = cohortReport([summariseLearner({ account: accountOf(8), displayName: 'Els Maes' }, imported(failed))], catalogue);
    expect(cohortCsv(report, catalogue, 'en', labels).split('\r\n')[1]).toBe('Els Maes;;2026-11-21;completed;not yet passed;0;50;2;2026-11-21');
  });

  it('keeps a learner’s name from running as a spreadsheet formula, and quotes separators', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Dupont; Marie')).toBe('"Dupont; Marie"');
    expect(csvCell('Line\nbreak')).toBe('"Line\nbreak"');
  });

  it.each([
    ['=1+1'],
    ['+1'],
    ['-1'],
    ['@A1'],
    ['\t=1'],
    ['\r=1'],
    [' =1+1'],
    ['\u00a0=1+1'],
    ['\u3000=1'],
    ['\u2003+1'],
    ['\uff1dSUM(A1)'],
    ['\uff0b1'],
    ['\uff0d1'],
    ['\uff20A1'],
    ['\ufe66x'],
    ['\u200b=1'],
    ['\u202e=1'],
  ])('neutralises %j, whose first visible character would start a formula', (value) => {
    expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
  });

  it.each([['Nadia'], ['Zoë'], ['1 =1'], ['N=1'], ['']])('leaves %j as it is', (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it('writes names as the dashboard shows them: cleaned of what could disguise them', () => {
    const summary = summariseLearner({ account: accountOf(7), displayName: 'Nadia \u202eilaneB\u2028x' }, []);
    const csv = cohortCsv(cohortReport([summary], catalogue), catalogue, 'en', labels);
    expect(csv.split('\r\n')[1]!.split(';')[0]).toBe('Nadia ilaneB x');
  });
});
