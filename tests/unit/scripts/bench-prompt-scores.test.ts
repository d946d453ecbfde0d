import { cleanLine, excerpt, promptOfLength, scoreCorpus, scoreLines, typeLines, type Detect } from '../../../bench/prompt-scores';
import type { PersonalDataFinding, PersonalDataType } from '../../../core/prompt-check/types';
import { parsePrompt, type LabelledPrompt } from '../../fixtures/prompts/corpus';

const prompt = (id: string, marked: string): LabelledPrompt => ({ id, lang: 'fr', ...parsePrompt(marked, id) });

/** A detector that finds each listed string wherever it occurs, as the given type. */
function fakeDetector(found: Record<string, PersonalDataType>): Detect {
  return (text) =>
    Object.entries(found).flatMap(([needle, type]): PersonalDataFinding[] => {
      const start = text.indexOf(needle);
      return start < 0 ? [] : [{ kind: 'personal-data', type, start, end: start + needle.length, message: '' }];
    });
}

const corpus = [
  prompt('fr-001', 'Lettre pour Mme {{name:Fatima Benali}}, NISS {{niss:48.03.12-332.46}}, tél. {{phone:0475 21 38 64}}.'),
  prompt('fr-002', 'Dossier {{record-number:4471283}}, née le {{birthdate:12/03/1948}}.'),
  prompt('fr-003', 'Résume PMID 34449189 sur la maladie de Parkinson.'),
  prompt('fr-004', 'Explique une HbA1c de 7,2 %.'),
];

describe('scoring the detector on the labelled corpus', () => {
  const score = scoreCorpus(
    corpus,
    fakeDetector({
      Benali: 'name', // overlaps "Fatima Benali": found
      '332.46': 'niss', // overlaps part of the NISS: found
      '0475 21 38 64': 'record-number', // right place, wrong type: a miss and a false positive
      '12/03/1948': 'birthdate',
      '34449189': 'record-number', // a PubMed ID in a clean prompt
      Parkinson: 'name',
    }),
  );
  const byType = (type: PersonalDataType) => score.types.find((t) => t.type === type);

  it('counts a labelled span as found when a finding of its type overlaps it', () => {
    expect(byType('name')).toMatchObject({ labelled: 1, found: 1 });
    expect(byType('niss')).toMatchObject({ labelled: 1, found: 1, findings: 1, correct: 1 });
    expect(byType('phone')).toMatchObject({ labelled: 1, found: 0, findings: 0 });
    expect(byType('record-number')).toMatchObject({ labelled: 1, found: 0, findings: 2, correct: 0 });
  });

  it('lists each miss with what the detector took it for', () => {
    expect(score.misses).toEqual([
      { id: 'fr-001', type: 'phone', excerpt: '…i, NISS 48.03.12-332.46, tél. [[0475 21 38 64]].', foundAs: ['record-number'] },
      { id: 'fr-002', type: 'record-number', excerpt: 'Dossier [[4471283]], née le 12/03/1948.', foundAs: [] },
    ]);
  });

  it('lists each false positive, saying whether it hit real data of another type or a clean prompt', () => {
    expect(score.falsePositives.map(({ id, type, labelledAs, clean }) => ({ id, type, labelledAs, clean }))).toEqual([
      { id: 'fr-001', type: 'record-number', labelledAs: ['phone'], clean: false },
      { id: 'fr-003', type: 'record-number', labelledAs: [], clean: true },
      { id: 'fr-003', type: 'name', labelledAs: [], clean: true },
    ]);
  });

  it('counts clean prompts with at least one finding against the 1 % target', () => {
    expect(score).toMatchObject({ prompts: 4, withPersonalData: 2, clean: 2, flaggedClean: 1 });
    expect(cleanLine(score)).toBe('false positives on clean prompts: 1/2 prompts with a personal-data finding (50.0 %) — target ≤ 1 %: OVER');
    expect(cleanLine({ clean: 200, flaggedClean: 2 })).toMatch(/2\/200 .*\(1\.0 %\) — target ≤ 1 %: OK$/);
  });

  it('prints recall against its target, and precision, per type', () => {
    const lines = typeLines(score.types);
    expect(lines.find((l) => l.includes('niss'))).toMatch(/niss\s+1\.000 \(1\/1\)\s+≥ 0\.97 OK\s+1\.000 \(1\/1\)$/);
    expect(lines.find((l) => l.includes('phone'))).toMatch(/phone\s+0\.000 \(0\/1\)\s+≥ 0\.97 OVER\s+— \(no findings\)$/);
    expect(lines.find((l) => l.includes('email'))).toMatch(/email\s+—\s+≥ 0\.97 —\s+— \(no findings\)$/);
    expect(scoreLines(score)[0]).toBe('personal data in 4 labelled prompts (4 fr): 2 with personal data, 2 clean');
  });
});

describe('the timed prompt', () => {
  it('joins prompts of one language and cuts them to the exact length', () => {
    const [first, ...rest] = corpus;
    const mixed = [first!, { id: 'nl-001', lang: 'nl' as const, text: 'Nederlands', spans: [] }, ...rest];
    const text = promptOfLength(mixed, 'fr', 150);
    expect(text).toBe(
      corpus
        .map((p) => p.text)
        .join('\n\n')
        .slice(0, 150),
    );
    expect(() => promptOfLength(corpus, 'fr', 10_000)).toThrow(RangeError);
  });

  it('shows a span in its context on one line', () => {
    expect(excerpt('a\nb Fatima Benali c', 4, 17)).toBe('a b [[Fatima Benali]] c');
    expect(excerpt('abc', 2, 99)).toBe('ab[[c]]');
  });
});
