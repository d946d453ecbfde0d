import validateStatement from '@learninglocker/xapi-validation';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { scoreAnswer } from '..';
import { recorded } from '../../../tests/fixtures/answers';
import { examplePath, moduleWithExample } from '../../../tests/fixtures/examples';
import { sampleModule } from '../../../tests/fixtures/sample-module';
import { Fault, NewerFault } from '../../cohort/checks';
import { statement as statementCheck } from '../../cohort/statement-schema';
import { cohortReport, mistakeText, reportModule } from '../../cohort/report';
import { summariseLearner } from '../../cohort/summary';
import { parseModuleSource } from '../../content/parse';
import type { LearningModule } from '../../content/schema';
import { deviceData, episodeLabel } from './definition';
import type { DeviceDataBlock } from './schema';
import { finds, isValidDeviceDataAnswer, matchRanges, pointsBelowPassing, scoreDeviceData, type DeviceDataAnswer } from './scoring';
import { readingTime, stretchText, wallClock } from './time';

const example = moduleWithExample('device-data').block as DeviceDataBlock;
const pass = (passingScore: number) => ({ passingScore });
const rightJudgements = { dressed: { class: 'artefact', action: 'reassure' }, gain: { class: 'real-alert', action: 'adjust-protocol' } } as const;

/** The example as a find case: the same readings and episodes, which she must select herself. */
const findCase: DeviceDataBlock = { ...example, id: 'hf-weight-find', mode: 'find' };
const rightRanges = [
  { from: 2, to: 2, class: 'artefact', action: 'reassure' },
  { from: 8, to: 11, class: 'real-alert', action: 'adjust-protocol' },
] as const;

describe('device-data scoring, classify mode', () => {
  it('gives a point for each right class and each right action, an acceptable action counting as right', () => {
    expect(scoreDeviceData(example, { judgements: rightJudgements }, pass(0.7))).toMatchObject({ raw: 4, max: 4, scaled: 1, correct: true });
    const acceptable = scoreDeviceData(example, { judgements: { ...rightJudgements, gain: { class: 'real-alert', action: 'escalate' } } }, pass(0.7));
    expect(acceptable).toMatchObject({ raw: 4, correct: true });
    const wrongAction = scoreDeviceData(example, { judgements: { ...rightJudgements, dressed: { class: 'artefact', action: 'emergency' } } }, pass(0.7));
    expect(wrongAction).toMatchObject({ raw: 3, max: 4, correct: true });
    expect(wrongAction.parts.find((p) => p.id === 'dressed')).toMatchObject({ classRight: true, actionRight: false, correct: false, critical: false });
  });

  it('keeps a case with a critical alert called a normal variation below the passing score, however right the rest', () => {
    const missed = scoreDeviceData(example, { judgements: { ...rightJudgements, gain: { class: 'normal-variation', action: 'adjust-protocol' } } }, pass(0.7));
    expect(missed.correct).toBe(false);
    expect(missed.scaled).toBeLessThan(0.7);
    expect(missed.raw).toBe(pointsBelowPassing(0.7, 4));
    expect(missed.parts.find((p) => p.id === 'gain')).toMatchObject({ critical: true, caught: false });
  });

  it('counts a critical alert as missed when it is called a real alert but not acted on as agreed', () => {
    for (const action of ['none', 'reassure', 'emergency'] as const) {
      const outcome = scoreDeviceData(example, { judgements: { ...rightJudgements, gain: { class: 'real-alert', action } } }, pass(0.5));
      expect(outcome.parts.find((p) => p.id === 'gain')?.caught).toBe(false);
      expect(outcome.correct).toBe(false);
      expect(outcome.scaled).toBeLessThan(0.5);
    }
  });

  it('passes on every critical alert caught and the passing score reached, not on the critical alert alone', () => {
    const criticalOnly = { dressed: { class: 'real-alert', action: 'emergency' }, gain: { class: 'real-alert', action: 'contact-patient' } } as const;
    expect(scoreDeviceData(example, { judgements: criticalOnly }, pass(0.7))).toMatchObject({ raw: 2, scaled: 0.5, correct: false });
    expect(scoreDeviceData(example, { judgements: criticalOnly }, pass(0.5))).toMatchObject({ raw: 2, scaled: 0.5, correct: true });
  });

  it('caps below the passing score exactly, whatever floating point makes of it', () => {
    expect(pointsBelowPassing(0.7, 10)).toBe(6);
    expect(pointsBelowPassing(0.7, 9)).toBe(6);
    expect(pointsBelowPassing(0.5, 4)).toBe(1);
    expect(pointsBelowPassing(0, 6)).toBe(0);
    expect(pointsBelowPassing(1, 6)).toBe(5);
  });

  it('accepts only an answer that judges every episode the case marks, and nothing else', () => {
    const mod = sampleModule();
    expect(scoreAnswer(example, { judgements: rightJudgements }, mod)).not.toBeNull();
    expect(scoreAnswer(example, { judgements: { dressed: rightJudgements.dressed } }, mod)).toBeNull();
    expect(scoreAnswer(example, { judgements: { ...rightJudgements, forged: rightJudgements.dressed } }, mod)).toBeNull();
    expect(scoreAnswer(example, { judgements: { ...rightJudgements, gain: { class: 'real-alert', action: 'pray' } } }, mod)).toBeNull();
    expect(scoreAnswer(example, { ranges: [...rightRanges] }, mod)).toBeNull();
  });
});

describe('device-data scoring, find mode', () => {
  it('finds an episode with a stretch that covers at least half of it and lies at least half on it', () => {
    const gain = { from: 8, to: 11 };
    expect(finds({ from: 9, to: 11 }, gain)).toBe(true);
    expect(finds({ from: 7, to: 12 }, gain)).toBe(true);
    expect(finds({ from: 10, to: 10 }, gain)).toBe(false);
    expect(finds({ from: 0, to: 13 }, gain)).toBe(false);
    expect(finds({ from: 11, to: 13 }, gain)).toBe(false);
  });

  it('gives a point for finding, for the class and for the action of each episode', () => {
    expect(scoreDeviceData(findCase, { ranges: [...rightRanges] }, pass(0.7))).toMatchObject({ raw: 6, max: 6, scaled: 1, correct: true });
    const outcome = scoreDeviceData(findCase, { ranges: [rightRanges[1]] }, pass(0.5));
    expect(outcome.parts).toEqual([
      { id: 'dressed', critical: false, found: false, classRight: false, actionRight: false, caught: false, correct: false },
      { id: 'gain', critical: true, found: true, range: 0, class: 'real-alert', action: 'adjust-protocol', classRight: true, actionRight: true, caught: true, correct: true },
    ]);
    expect(outcome).toMatchObject({ raw: 3, scaled: 0.5, correct: true });
  });

  it('takes a point off for every stretch that finds nothing, never going below 0', () => {
    const extra = { from: 5, to: 6, class: 'real-alert', action: 'escalate' } as const;
    expect(scoreDeviceData(findCase, { ranges: [...rightRanges, extra] }, pass(0.7))).toMatchObject({ raw: 5, max: 6 });
    const nothingRight = [0, 4, 6].map((from) => ({ from, to: from, class: 'artefact', action: 'none' }) as const);
    expect(scoreDeviceData(findCase, { ranges: nothingRight }, pass(0.7)).raw).toBe(0);
  });

  it('lets a stretch find one episode at most', () => {
    const twoEpisodes: DeviceDataBlock = {
      ...findCase,
      episodes: [
        { ...findCase.episodes[0]!, from: 2, to: 3 },
        { ...findCase.episodes[1]!, from: 4, to: 5 },
      ],
    };
    expect(matchRanges(twoEpisodes, [{ from: 2, to: 5 }])).toEqual([0, undefined]);
  });

  it('never lets a learner pass by selecting everything: one stretch over all, or stretches side by side over all', () => {
    const n = findCase.series[0]!.values.length;
    for (const judgement of [
      { class: 'real-alert', action: 'adjust-protocol' },
      { class: 'artefact', action: 'reassure' },
    ] as const) {
      const whole = scoreDeviceData(findCase, { ranges: [{ from: 0, to: n - 1, ...judgement }] }, pass(0.5));
      expect(whole.correct).toBe(false);
      for (const width of [1, 2, 3, 4]) {
        const tiles = Array.from({ length: Math.ceil(n / width) }, (_, k) => ({ from: k * width, to: Math.min(n - 1, k * width + width - 1), ...judgement }));
        const outcome = scoreDeviceData(findCase, { ranges: tiles }, pass(0.5));
        expect(outcome.correct).toBe(false);
        expect(outcome.scaled).toBeLessThan(0.5);
      }
    }
  });

  it('accepts stretches within the readings that do not overlap, and no judgements', () => {
    expect(isValidDeviceDataAnswer(findCase, { ranges: [...rightRanges] })).toBe(true);
    expect(isValidDeviceDataAnswer(findCase, { ranges: [] })).toBe(true);
    expect(isValidDeviceDataAnswer(findCase, { ranges: [rightRanges[0], { ...rightRanges[1], from: 2 }] })).toBe(false);
    expect(isValidDeviceDataAnswer(findCase, { ranges: [{ ...rightRanges[1], to: 14 }] })).toBe(false);
    expect(isValidDeviceDataAnswer(findCase, { ranges: [{ ...rightRanges[1], from: 11, to: 8 }] })).toBe(false);
    expect(isValidDeviceDataAnswer(findCase, { judgements: rightJudgements })).toBe(false);
    expect(isValidDeviceDataAnswer(findCase, {} as DeviceDataAnswer)).toBe(false);
  });
});

describe('device-data statements and report', () => {
  const mod: LearningModule = { ...sampleModule(), passingScore: 0.7 };

  it('records a matching interaction of episodes to classes, with the actions and stretches as extensions the import accepts', () => {
    const [statement] = recorded(findCase, { ranges: [{ from: 5, to: 5, class: 'artefact', action: 'none' }, rightRanges[1]] }, { mod });
    if (!statement) throw new Error('no statement');
    expect(statement.object.definition).toMatchObject({
      interactionType: 'matching',
      correctResponsesPattern: ['dressed[.]artefact[,]gain[.]real-alert'],
      source: [
        { id: 'dressed', description: { fr: 'Poids, 4 mars', nl: 'Gewicht, 4 mrt', en: 'Weight, 4 Mar' } },
        { id: 'gain', description: expect.objectContaining({ en: expect.stringMatching(/^Weight, 10\s?–\s?13 Mar$/) }) },
      ],
    });
    expect(statement.result).toMatchObject({
      response: 'gain[.]real-alert',
      success: false,
      extensions: {
        'https://carelit.app/xapi/extensions/device-actions': [
          { episode: 'dressed', critical: false, found: false, right: false },
          { episode: 'gain', critical: true, found: true, action: 'adjust-protocol', right: true },
        ],
        'https://carelit.app/xapi/extensions/device-ranges': [
          { from: 5, to: 5, class: 'artefact', action: 'none' },
          { from: 8, to: 11, class: 'real-alert', action: 'adjust-protocol', episode: 'gain' },
        ],
      },
    });
    expect(validateStatement(JSON.parse(JSON.stringify(statement)))).toEqual([]);
    expect(() => statementCheck(JSON.parse(JSON.stringify(statement)))).not.toThrow();
  });

  it('refuses, on import, stretches beyond the cap and actions unknown to this version', () => {
    const [statement] = recorded(findCase, { ranges: [...rightRanges] }, { mod });
    const forged = JSON.parse(JSON.stringify(statement));
    forged.result.extensions['https://carelit.app/xapi/extensions/device-ranges'] = Array.from({ length: 16 }, (_, i) => ({ from: i, to: i, class: 'artefact', action: 'none' }));
    expect(() => statementCheck(forged)).toThrow(Fault);
    const newer = JSON.parse(JSON.stringify(statement));
    newer.result.extensions['https://carelit.app/xapi/extensions/device-actions'][0].action = 'call-a-friend';
    expect(() => statementCheck(newer)).toThrow(NewerFault);
    const extra = JSON.parse(JSON.stringify(statement));
    extra.result.extensions['https://carelit.app/xapi/extensions/device-actions'][0].note = 'x';
    expect(() => statementCheck(extra)).toThrow(Fault);
  });

  it('reads back, for a case with a critical alert, the alerts missed and nothing else: the report’s commonest mistake is the alert most missed', () => {
    const answer = { judgements: { dressed: { class: 'real-alert', action: 'contact-patient' }, gain: { class: 'normal-variation', action: 'none' } } } as const;
    const [statement] = recorded(example, answer, { mod });
    const mistakes = deviceData.answer!.report.mistakes(statement!);
    expect(mistakes).toEqual([['gain', 'missed-alert']]);
    const labels = deviceData.answer!.report.labels(example).parts;
    expect(deviceData.answer!.report.describe(mistakes[0]!, (id) => labels[id]!.en)).toMatch(/^Weight, 10\s?–\s?13 Mar → critical alert missed$/);
    const [caught] = recorded(example, { judgements: { ...rightJudgements, dressed: { class: 'real-alert', action: 'escalate' } } }, { mod });
    expect(deviceData.answer!.report.mistakes(caught!)).toEqual([]);
  });

  it('makes the missed alert the case’s most common mistake in a trainer’s report, even where more learners slipped elsewhere', () => {
    const caseModule: LearningModule = { ...mod, lessons: [{ ...mod.lessons[0]!, blocks: [example] }] };
    const overReacted = { judgements: { ...rightJudgements, dressed: { class: 'real-alert', action: 'contact-patient' } } } as const;
    const missedAlert = { judgements: { ...rightJudgements, gain: { class: 'normal-variation', action: 'none' } } } as const;
    const answers = [overReacted, overReacted, overReacted, overReacted, missedAlert, missedAlert];
    const summaries = answers.map((answer, i) => {
      const account = `acc-000${i}`;
      return summariseLearner({ account }, recorded(example, answer, { mod: caseModule, accountName: account, id: `6a2f41a3-c54c-4c3b-8a1b-1c3a2f6d9e0${i}` }));
    });
    const [item] = cohortReport(summaries, [reportModule(caseModule)]).hardestItems;
    expect(item).toMatchObject({ blockId: example.id, answered: 6, correct: 4, commonMistakes: [{ mistake: ['gain', 'missed-alert'], count: 2 }] });
    expect(mistakeText([reportModule(caseModule)], item!, item!.commonMistakes[0]!.mistake, 'nl')).toMatch(/^Gewicht, 10\s?–\s?13 mrt → kritiek alarm gemist$/);
  });

  it('reads back, for a case without a critical alert, each class given wrongly, each wrong action, the episodes not found and the false alarms', () => {
    const calm: DeviceDataBlock = { ...example, episodes: example.episodes.map((e) => ({ ...e, critical: false })) };
    const [classified] = recorded(calm, { judgements: { dressed: { class: 'real-alert', action: 'reassure' }, gain: { class: 'real-alert', action: 'none' } } }, { mod });
    expect(deviceData.answer!.report.mistakes(classified!)).toEqual([
      ['dressed', 'real-alert'],
      ['gain', 'none'],
    ]);
    const labels = deviceData.answer!.report.labels(calm).parts;
    expect(deviceData.answer!.report.describe(['dressed', 'real-alert'], (id) => labels[id]!.fr)).toBe('Poids, 4 mars → Vraie alerte');
    const [found] = recorded(
      { ...calm, mode: 'find' },
      {
        ranges: [
          { from: 2, to: 2, class: 'artefact', action: 'emergency' },
          { from: 5, to: 6, class: 'real-alert', action: 'escalate' },
        ],
      },
      { mod },
    );
    expect(deviceData.answer!.report.mistakes(found!)).toEqual([['dressed', 'emergency'], ['gain', 'not-found'], ['false-alarm']]);
    expect(deviceData.answer!.report.describe(['false-alarm'], (id) => labels[id]!.en)).toBe('Stretch selected with no episode in it (false alarm)');
  });
});

describe('device-data time axis', () => {
  it('dates readings on the Brussels wall clock the author wrote: a morning weighing stays at 7:00 across the change to summer time', () => {
    const axis = { start: '2026-03-27T07:00', interval: 1440 };
    const hours = [0, 1, 2, 3].map((i) => new Date(readingTime(axis, i)).getUTCHours());
    expect(hours).toEqual([7, 7, 7, 7]);
    expect(stretchText(axis, 0, 0, 'fr')).toBe('27 mars');
    expect(stretchText({ start: '2026-11-13T00:45', interval: 15 }, 0, 3, 'en')).toMatch(/^13 Nov(,)? 00:45\s?–\s?01:30$/);
  });

  it('refuses a start that is not a real date and time', () => {
    expect(wallClock('2026-02-30T07:00')).toBeNull();
    expect(wallClock('2026-03-02T24:00')).toBeNull();
    expect(wallClock('2026-03-02T07:00')).toBe(Date.UTC(2026, 2, 2, 7, 0));
  });

  it('names an episode by its series and its stretch of time, in every language', () => {
    expect(episodeLabel(example, example.episodes[0]!)).toEqual({ fr: 'Poids, 4 mars', nl: 'Gewicht, 4 mrt', en: 'Weight, 4 Mar' });
  });
});

/** The faults the checker finds in the example once changed: `field: message` lines, and the line of each in the file. */
function checked(change: (block: Record<string, unknown> & { series: Record<string, unknown>[]; episodes: Record<string, unknown>[] }) => void): { fault: string; text: string }[] {
  const doc = parseDocument(readFileSync('tests/fixtures/modules/valid/sample/module.yaml', 'utf8'));
  const [block] = parseDocument(readFileSync(examplePath('device-data'), 'utf8')).toJS() as Parameters<typeof change>[0][];
  change(block!);
  doc.setIn(['lessons', 0, 'blocks'], doc.createNode([block]));
  const text = doc.toString();
  const parsed = parseModuleSource(text, 'sample.yaml');
  if (parsed.ok) return [];
  return parsed.faults.map((f) => ({ fault: `${f.field}: ${f.message}`, text: text.split('\n')[f.line - 1]!.trim() }));
}

describe('the checker, on device-data blocks', () => {
  const at = 'lessons.0.blocks.0';

  it('accepts the worked example', () => {
    expect(checked(() => undefined)).toEqual([]);
  });

  it('names an episode that ends beyond its series, on the line of its `to`', () => {
    expect(checked((b) => (b.episodes[1]!.to = 14))).toEqual([{ fault: `${at}.episodes.1.to: episode "gain" ends at reading 14, but "weight" has readings 0–13`, text: 'to: 14' }]);
    expect(checked((b) => (b.episodes[1]!.from = 12))).toEqual([{ fault: `${at}.episodes.1.to: episode "gain" ends (reading 11) before it starts (reading 12)`, text: 'to: 11' }]);
  });

  it('refuses episodes of one series that overlap, and in a find case any two that share a time', () => {
    expect(checked((b) => (b.episodes[1]!.from = 2))[0]?.fault).toBe(`${at}.episodes.1.from: episode "gain" overlaps "dressed": episodes of one series do not overlap`);
    const find = checked((b) => {
      b.mode = 'find';
      b.series.push({ id: 'systolic', label: { fr: 'Systolique', nl: 'Systolisch', en: 'Systolic' }, unit: 'mmHg', interval: 1440, values: Array(14).fill(120) });
      b.episodes[1]!.series = 'systolic';
      b.episodes[1]!.from = 2;
    });
    expect(find.map((f) => f.fault)).toEqual([
      `${at}.episodes.1.from: episode "gain" overlaps "dressed": in a find case, episodes never share a reading time, even on different series`,
    ]);
  });

  it('keeps series on one time axis: the same number of readings, taken as often', () => {
    const faults = checked((b) => b.series.push({ id: 'pulse', label: { fr: 'Pouls', nl: 'Pols', en: 'Pulse' }, unit: 'bpm', interval: 720, values: Array(13).fill(70) }));
    expect(faults.map((f) => f.fault)).toEqual([
      `${at}.series.1.values: series share one time axis: "pulse" has 13 readings, "weight" 14`,
      `${at}.series.1.interval: series share one time axis: "pulse" is read every 720 minutes, "weight" every 1440`,
    ]);
  });

  it('refuses readings no device shows, counts out of bounds, and an interval that does not divide a day', () => {
    expect(checked((b) => ((b.series[0]!.values as number[])[4] = 779))).toEqual([
      { fault: `${at}.series.0.values.4: reading 4 (779 kg) is not a value a device shows: expected 1–350 kg`, text: expect.stringContaining('779') },
    ]);
    expect(checked((b) => (b.series[0]!.values = [78, 78, 78, 78, 78, 78])).map((f) => f.fault)).toContain(
      `${at}.series.0.values: a classify case has 7–60 readings per series (found 6)`,
    );
    expect(checked((b) => (b.series[0]!.interval = 700)).map((f) => f.fault)).toEqual([
      `${at}.series.0.interval: readings are taken a whole number of times a day: 1440 (daily), 720, 360, 60, 15, 5…`,
    ]);
    expect(checked((b) => (b.series[0]!.unit = 'stone')).map((f) => f.fault)[0]).toMatch(/^lessons\.0\.blocks\.0\.series\.0\.unit: expected one of: kg, mmHg, bpm/);
  });

  it('refuses a critical episode that is not a real alert calling for action, a reserved id, and a duplicate id', () => {
    expect(checked((b) => (b.episodes[0]!.critical = true)).map((f) => f.fault)).toEqual([
      `${at}.episodes.0.critical: a critical episode is a real alert that calls for action: class real-alert, and an action beyond none or reassure`,
    ]);
    expect(checked((b) => (b.episodes[0]!.id = 'none')).map((f) => f.fault)).toEqual([`${at}.episodes.0.id: "none" names a class or an action: choose another episode id`]);
    expect(checked((b) => (b.episodes[1]!.id = 'dressed')).map((f) => f.fault)).toEqual([`${at}.episodes.1.id: duplicate id "dressed" (first used at ${at}.episodes.0.id)`]);
  });

  it('refuses an mHealthBelgium level for what is not a medical device, and a start that is no date', () => {
    expect(checked((b) => ((b.device as Record<string, unknown>).mdrClass = 'none'))).toEqual([]);
    expect(checked((b) => Object.assign(b.device as object, { mdrClass: 'none', mhealthLevel: 'M2' })).map((f) => f.fault)).toEqual([
      `${at}.device.mhealthLevel: an app on the mHealthBelgium pyramid (M1–M3) is CE-marked as a medical device: give its mdrClass, or mhealthLevel none`,
    ]);
    expect(checked((b) => (b.start = '2026-02-30T07:00')).map((f) => f.fault)).toEqual([`${at}.start: "2026-02-30T07:00" is not a real date and time`]);
  });
});
