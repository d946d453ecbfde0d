import validateStatement from '@learninglocker/xapi-validation';
import { readFileSync } from 'node:fs';
import { parseDocument, stringify } from 'yaml';
import { scoreAnswer } from '..';
import { moduleWithExample } from '../../../tests/fixtures/examples';
import { recorded } from '../../../tests/fixtures/answers';
import { statement as statementCheck } from '../../cohort/statement-schema';
import { checkContent } from '../../content/check';
import { formatFault } from '../../content/faults';
import type { LearningModule } from '../../content/schema';
import { LANGUAGES, type Language } from '../../i18n';
import { seededRandom } from '../../random';
import { calibration, flawSegments, markEverything, outputReview, scoreReview, type FlawPart, type Mark, type OutputReviewAnswer, type OutputReviewBlock } from './definition';

const { mod: sample, block } = moduleWithExample('output-review') as { mod: LearningModule; block: OutputReviewBlock };

/** What the author annotated: each flaw's first segment with its type, and the verdict. */
function annotated(review: OutputReviewBlock, lang: Language): OutputReviewAnswer {
  const at = flawSegments(review, lang);
  const marks = review.flaws.map((f): Mark => ({ segment: at.get(f.id)![0]!, type: f.type, confidence: 'high' })).sort((a, b) => a.segment - b.segment);
  return { lang, marks, verdict: review.verdict };
}
const nothing = (review: OutputReviewBlock, lang: Language): OutputReviewAnswer => ({ lang, marks: [], verdict: review.verdict });

// The example, in English: 0 Dear colleague, 1 admitted…, 2 tolerated…, 3 1 mg (wrong-unit, critical), 4 resume all (no-safety-net, major), 5 X-ray, 6 Kind regards.
const WRONG_UNIT = 3;
const NO_SAFETY_NET = 4;

describe('output-review scoring', () => {
  it('gives the annotated answer full marks: 1 per flaw found, 1 per right type, 1 for the verdict', () => {
    expect(scoreReview(block, annotated(block, 'en'), sample)).toMatchObject({ raw: 5, max: 5, scaled: 1, correct: true });
  });

  it('takes a point per false alarm, never goes below 0, and a right verdict alone on a flawed output fails', () => {
    const withAlarm = { ...annotated(block, 'en'), marks: [...annotated(block, 'en').marks, { segment: 5, type: 'outdated', confidence: 'low' } as Mark] };
    expect(scoreReview(block, withAlarm, sample)).toMatchObject({ raw: 4, max: 5, correct: true });
    expect(scoreReview(block, markEverything(block, 'en'), sample)).toMatchObject({ raw: 0, scaled: 0, correct: false });
    expect(scoreReview(block, nothing(block, 'en'), sample)).toMatchObject({ raw: 1, correct: false });
  });

  it('counts a flaw found with the wrong type as found only, and two marks on one flaw with different types as the wrong type', () => {
    const wrongType = {
      lang: 'en' as const,
      marks: [
        { segment: WRONG_UNIT, type: 'factual-error', confidence: 'medium' },
        { segment: NO_SAFETY_NET, type: 'missing-red-flag', confidence: 'high' },
      ] as Mark[],
      verdict: block.verdict,
    };
    const outcome = scoreReview(block, wrongType, sample);
    expect(outcome).toMatchObject({ raw: 4, max: 5 });
    expect(outcome.parts.find((p) => p.id === 'wrong-unit')).toEqual({
      id: 'wrong-unit',
      kind: 'flaw',
      severity: 'critical',
      expected: 'wrong-number',
      found: true,
      type: 'factual-error',
      typeRight: false,
      confidence: 'medium',
      correct: false,
    });

    const wide: OutputReviewBlock = { ...block, segments: { ...block.segments, en: block.segments.en.map((s, i) => (i === 5 ? { text: s.text, flaw: 'no-safety-net' } : s)) } };
    const hedged = {
      lang: 'en' as const,
      marks: [
        { segment: NO_SAFETY_NET, type: 'missing-red-flag', confidence: 'low' },
        { segment: 5, type: 'outdated', confidence: 'high' },
      ] as Mark[],
      verdict: block.verdict,
    };
    const part = scoreReview(wide, hedged, sample).parts.find((p) => p.id === 'no-safety-net') as FlawPart;
    expect(part).toMatchObject({ found: true, typeRight: false, type: 'outdated', confidence: 'high' });
  });

  it('holds a review that misses a critical flaw below the module’s passing score, whatever else is right', () => {
    const missesCritical = { lang: 'en' as const, marks: [{ segment: NO_SAFETY_NET, type: 'missing-red-flag', confidence: 'high' }] as Mark[], verdict: block.verdict };
    // 3 of 5 points: 60 %, above the sample's 50 %, held to 2 (40 %).
    expect(scoreReview(block, missesCritical, sample)).toMatchObject({ raw: 2, max: 5, scaled: 0.4, correct: false });
    // At 70 %, 3 of 5 is already below passing; at 60 %, 3 of 5 would be exactly passing, so it is held to 2.
    expect(scoreReview(block, missesCritical, { passingScore: 0.7 })).toMatchObject({ raw: 3, correct: false });
    expect(scoreReview(block, missesCritical, { passingScore: 0.6 })).toMatchObject({ raw: 2, correct: false });
  });

  it('gives an output without flaws 1 point for “usable” with nothing marked, and 0 for any suspicion', () => {
    const clean: OutputReviewBlock = {
      ...block,
      flaws: [],
      verdict: 'usable',
      segments: Object.fromEntries(LANGUAGES.map((l) => [l, block.segments[l].map(({ flaw: _flaw, ...s }) => s)])) as OutputReviewBlock['segments'],
    };
    expect(scoreReview(clean, nothing(clean, 'fr'), sample)).toMatchObject({ raw: 1, max: 1, correct: true });
    expect(scoreReview(clean, { lang: 'fr', marks: [{ segment: 2, type: 'tone', confidence: 'low' }], verdict: 'usable' }, sample)).toMatchObject({ raw: 0, correct: false });
    expect(scoreReview(clean, { lang: 'fr', marks: [], verdict: 'not-usable' }, sample)).toMatchObject({ raw: 0, correct: false });
  });

  it('accepts only marks on segments of the answer’s language, each once', () => {
    const fits = (answer: unknown) => scoreAnswer(block, answer, sample) !== null;
    expect(fits(annotated(block, 'nl'))).toBe(true);
    expect(fits({ lang: 'en', marks: [{ segment: 7, type: 'tone', confidence: 'low' }], verdict: 'usable' })).toBe(false);
    expect(
      fits({
        lang: 'en',
        marks: [
          { segment: 2, type: 'tone', confidence: 'low' },
          { segment: 2, type: 'bias', confidence: 'low' },
        ],
        verdict: 'usable',
      }),
    ).toBe(false);
    expect(fits({ lang: 'de', marks: [], verdict: 'usable' })).toBe(false);
    expect(fits({ lang: 'en', marks: [{ segment: 2, type: 'typo', confidence: 'low' }], verdict: 'usable' })).toBe(false);
    expect(fits({ lang: 'en', marks: [{ segment: 2, type: 'tone' }], verdict: 'usable' })).toBe(false);
    expect(fits({ lang: 'en', marks: [] })).toBe(false);
  });
});

describe('output-review statements and reports', () => {
  const answer: OutputReviewAnswer = {
    lang: 'fr',
    marks: [
      { segment: WRONG_UNIT, type: 'factual-error', confidence: 'high' },
      { segment: 5, type: 'outdated', confidence: 'low' },
    ],
    verdict: 'not-usable',
    note: 'Mme A. — NISS 48.03.12-004.83 : revoir la dose',
  };

  it('records a matching interaction, flaws to types, with confidence and metrics keyed by flaw id, and never her note', () => {
    const [statement] = recorded(block, answer, { language: 'fr' });
    expect(statement!.object.definition).toMatchObject({
      interactionType: 'matching',
      correctResponsesPattern: ['wrong-unit[.]wrong-number[,]no-safety-net[.]missing-red-flag'],
    });
    expect(statement!.object.definition.source?.map((c) => c.id)).toEqual(['wrong-unit', 'no-safety-net']);
    expect(statement!.object.definition.source?.[0]?.description.en).toBe('Wrong number, dose or unit — “Amoxicillin continues at 1 mg three times a day until 11…”');
    expect(statement!.object.definition.target).toHaveLength(10);
    expect(statement!.result).toMatchObject({ response: 'wrong-unit[.]factual-error', score: { raw: 0, max: 5 }, success: false });
    expect(statement!.result?.extensions).toEqual({
      'https://carelit.app/xapi/extensions/review-confidence': { 'wrong-unit': 'high' },
      'https://carelit.app/xapi/extensions/review-metrics': {
        flaws: { 'wrong-unit': { found: true, typeRight: false }, 'no-safety-net': { found: false, typeRight: false } },
        falseAlarms: [{ segment: 5, type: 'outdated', confidence: 'low' }],
        verdict: 'not-usable',
        verdictRight: false,
        marks: 2,
        brier: expect.closeTo(((0.9 - 1) ** 2 + 0.55 ** 2) / 2, 10),
      },
    });
    expect(JSON.stringify(statement)).not.toContain('NISS');
    expect(validateStatement(JSON.parse(JSON.stringify(statement)))).toEqual([]);
    expect(() => statementCheck(JSON.parse(JSON.stringify(statement)))).not.toThrow();
  });

  it('records an output without flaws, and one reviewed with no mark, as valid xAPI', () => {
    const clean: OutputReviewBlock = {
      ...block,
      flaws: [],
      verdict: 'usable',
      segments: Object.fromEntries(LANGUAGES.map((l) => [l, block.segments[l].map(({ flaw: _flaw, ...s }) => s)])) as OutputReviewBlock['segments'],
    };
    for (const [review, given] of [
      [clean, nothing(clean, 'nl')],
      [block, nothing(block, 'en')],
    ] as const) {
      const [statement] = recorded(review, given);
      expect(validateStatement(JSON.parse(JSON.stringify(statement)))).toEqual([]);
      expect(() => statementCheck(JSON.parse(JSON.stringify(statement)))).not.toThrow();
      expect(statement!.result?.extensions?.['https://carelit.app/xapi/extensions/review-metrics']).not.toHaveProperty('brier');
    }
  });

  it('refuses at import metrics that are not what the app writes', () => {
    const [statement] = recorded(block, answer);
    const forged = JSON.parse(JSON.stringify(statement));
    forged.result.extensions['https://carelit.app/xapi/extensions/review-confidence'] = { constructor: 'high' };
    expect(() => statementCheck(forged)).toThrow();
    const many = JSON.parse(JSON.stringify(statement));
    many.result.extensions['https://carelit.app/xapi/extensions/review-metrics'].falseAlarms = Array.from({ length: 201 }, () => ({ segment: 1, type: 'tone', confidence: 'low' }));
    expect(() => statementCheck(many)).toThrow();
  });

  it('reads back each missed flaw and each wrong type as a mistake, and says it in the trainer’s language', () => {
    const [statement] = recorded(block, answer);
    const report = outputReview.answer!.report;
    const mistakes = report.mistakes(statement!);
    expect(mistakes).toEqual([['no-safety-net'], ['wrong-unit', '~factual-error']]);
    const parts = report.labels(block).parts;
    expect(report.describe(mistakes[0]!, (id) => parts[id]!.en)).toBe('Missed: Omitted red flag or safety-net — “She can resume all her activities as soon as she is home.”');
    expect(report.describe(mistakes[1]!, (id) => parts[id]!.fr)).toBe(
      "Chiffre, dose ou unité erronés — «\u00a0L'amoxicilline est à poursuivre à 1 mg trois fois par jour…\u00a0» → Erreur clinique ou factuelle",
    );
    expect(report.describe(mistakes[0]!, (id) => parts[id]!.nl)).toMatch(/^Gemist: Weggelaten alarmsignaal — ‘Ze kan al haar activiteiten hervatten zodra ze thuis is\.’$/);
  });
});

describe('output-review calibration', () => {
  it('scores her confidence against what she marked (Brier), as feedback apart from the score', () => {
    expect(calibration(block, { lang: 'en', marks: [] })).toMatchObject({ brier: null, gap: null });
    const sure = calibration(block, annotated(block, 'en'));
    expect(sure.brier).toBeCloseTo(0.01, 10);
    expect(sure.levels.high).toEqual({ marks: 2, onFlaw: 2 });
    const wrongAndSure = calibration(block, { lang: 'en', marks: [{ segment: 1, type: 'tone', confidence: 'high' }] });
    expect(wrongAndSure).toMatchObject({ brier: expect.closeTo(0.81, 10), gap: expect.closeTo(0.9, 10) });
  });
});

describe('the checker on output reviews', () => {
  // The example as plain data in the sample module, for a test to break.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Data = any;
  const faultsOf = (change: (review: Data, mod: { passingScore: number }) => void) => {
    const data = parseDocument(readFileSync('tests/fixtures/modules/valid/sample/module.yaml', 'utf8')).toJS() as Data;
    data.lessons = [{ ...data.lessons[0], blocks: parseDocument(readFileSync('core/blocks/output-review/example.yaml', 'utf8')).toJS() }];
    change(data.lessons[0].blocks[0], data);
    const text = stringify(data);
    return { text, lines: checkContent([{ file: 'sample/module.yaml', folder: 'sample', text }]).faults.map(formatFault) };
  };

  it('accepts the worked example', () => {
    expect(faultsOf(() => undefined).lines).toEqual([]);
  });

  it('names the file, line and field of a flaw missing from a language, and of an unknown flaw', () => {
    const { text, lines } = faultsOf((review) => {
      delete review.segments.nl[4].flaw;
      review.segments.en[2].flaw = 'made-up';
      delete review.segments.en[2].note;
    });
    const lineOf = (needle: string, after = 0) => text.split('\n').findIndex((l, i) => i >= after && l.includes(needle)) + 1;
    expect(lines).toEqual([
      `sample/module.yaml:${lineOf('flaw: made-up')}: lessons.0.blocks.0.segments.en.2.flaw: unknown flaw "made-up" (the flaws are: wrong-unit, no-safety-net)`,
      `sample/module.yaml:${lineOf('- id: no-safety-net')}: lessons.0.blocks.0.flaws.1.id: flaw "no-safety-net" is on no segment of the Dutch (nl) version: every flaw must exist in every language`,
    ]);
  });

  it('refuses a note on a flawed segment, a one-word segment, and too few segments without a flaw', () => {
    const { lines } = faultsOf((review) => {
      review.segments.fr[3].note = 'Exact.';
      review.segments.fr[6].text = 'Confraternellement,';
      review.segments.en = review.segments.en.slice(1, 5);
    });
    expect(lines.map((l) => l.replace(/^[^ ]+ /, ''))).toEqual([
      'lessons.0.blocks.0.segments.fr.3.note: a segment with a flaw takes no note: a note says why a text is right (the flaw says why it is wrong)',
      'lessons.0.blocks.0.segments.fr.6.text: a segment is a whole sentence or clause, never a single word: join it to the next or previous one',
      'lessons.0.blocks.0.segments.en: 2 segments without a flaw in English (en): write at least 4 (the number of flaws + 2), so that marking everything cannot pass',
    ]);
  });

  it('refuses an output that marking everything, or marking nothing, would pass under the module’s passing score', () => {
    const lowBar = faultsOf((review, mod) => {
      mod.passingScore = 0.15;
      review.flaws[0].severity = 'major';
    }).lines.map((l) => l.replace(/^[^ ]+ /, ''));
    expect(lowBar).toEqual(['lessons.0.blocks.0.flaws: marking nothing passes this flawed output (20 %, the passing score is 15 %): add a flaw or make one critical']);
    // Four segments without a flaw, two flaws: marking everything keeps 4 + 1 − 4 = 1 point of 5.
    const suspicious = faultsOf((review, mod) => {
      mod.passingScore = 0.15;
      for (const lang of LANGUAGES) review.segments[lang].splice(5, 1);
    }).lines.map((l) => l.replace(/^[^ ]+ /, ''));
    expect(suspicious).toEqual(
      ['fr', 'nl', 'en'].map(
        (lang) =>
          `lessons.0.blocks.0.segments.${lang}: marking every segment scores 20 % in ${{ fr: 'French (fr)', nl: 'Dutch (nl)', en: 'English (en)' }[lang]}, not below the module's passing score (15 %): add segments without a flaw`,
      ),
    );
  });

  it('refuses a verdict that contradicts the flaws', () => {
    const { lines } = faultsOf((review) => {
      review.verdict = 'usable';
    });
    expect(lines.map((l) => l.replace(/^[^ ]+ /, ''))).toEqual([
      'lessons.0.blocks.0.verdict: an output with flaws is not "usable" as it stands: "usable-after-corrections" or "not-usable"',
    ]);
  });
});

describe('output-review simulation', () => {
  it('gives answers that fit, in the learner’s language, better for abler learners', () => {
    const mean = (ability: number) => {
      let sum = 0;
      for (let seed = 1; seed <= 200; seed += 1) {
        const language = LANGUAGES[seed % 3]!;
        const given = outputReview.answer!.simulate.answer(block, { rng: seededRandom(seed), ability, language, key: `sample/${block.id}`, attempt: 0 });
        expect(given.lang).toBe(language);
        const outcome = scoreAnswer(block, given, sample);
        expect(outcome).not.toBeNull();
        sum += outcome!.scaled;
      }
      return sum / 200;
    };
    expect(mean(0.9)).toBeGreaterThan(mean(0.2));
  });
});
