import { readFileSync } from 'node:fs';
import { LANGUAGES } from '../../../core/i18n';
import type { PersonalDataType } from '../../../core/prompt-check/types';
import { corpusFile, loadCorpus, loadHoldout, parseCorpus, parsePrompt, type LabelledPrompt } from '../../fixtures/prompts/corpus';

/** The remainder of a string of digits divided by 97, digit by digit (too long for a Number). */
function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A Belgian national number (YYMMDD SSS CC): CC = 97 − (YYMMDDSSS mod 97) for a birth before
 * 2000, 97 − (2YYMMDDSSS mod 97) from 2000 on, and YYMMDD a real date in that century.
 */
function isValidNiss(written: string): boolean {
  const digits = written.replace(/[\s.-]/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const check = Number(digits.slice(9));
  const [yy, mm, dd] = [0, 2, 4].map((i) => Number(digits.slice(i, i + 2))) as [number, number, number];
  const centuries = [
    { year: 1900 + yy, valid: 97 - mod97(digits.slice(0, 9)) === check },
    { year: 2000 + yy, valid: 97 - mod97(`2${digits.slice(0, 9)}`) === check },
  ];
  return centuries.some(({ year, valid }) => valid && isRealDate(year, mm, dd));
}

/** A Belgian IBAN: the ISO 13616 check digits and the national check digits of the account number. */
function isValidBelgianIban(written: string): boolean {
  const iban = written.replace(/[\s-]/g, '').toUpperCase();
  if (!/^BE\d{14}$/.test(iban)) return false;
  const account = iban.slice(4);
  const ibanCheck = mod97(`${account}1114${iban.slice(2, 4)}`) === 1; // B = 11, E = 14
  const nationalCheck = (mod97(account.slice(0, 10)) || 97) === Number(account.slice(10));
  return ibanCheck && nationalCheck;
}

const corpus = loadCorpus();
const spansIn = (prompts: readonly LabelledPrompt[], type: PersonalDataType) =>
  prompts.flatMap((p) => p.spans.filter((s) => s.type === type).map((s) => p.text.slice(s.start, s.end)));
const spansOf = (type: PersonalDataType) => spansIn(corpus, type);

/** The prompt's text with its labelled spans blanked out. */
function unlabelledText(prompt: LabelledPrompt): string {
  let text = prompt.text;
  for (const { start, end } of prompt.spans) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  return text;
}

/** E-mail addresses, IBANs and valid NISS in the prompts that no span labels, as `<id>: <value>`. */
function unlabelledIdentifiers(prompts: readonly LabelledPrompt[]): string[] {
  return prompts.flatMap((prompt) => {
    const text = unlabelledText(prompt);
    const emails = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
    const ibans = text.match(/\bBE\d{2}(?:[\s-]?\d{4}){3}\b/gi) ?? [];
    const nisses = (text.match(/\b\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}\b/g) ?? []).filter(isValidNiss);
    return [...emails, ...ibans, ...nisses].map((found) => `${prompt.id}: ${found}`);
  });
}

describe('parsing a marked-up prompt', () => {
  it('strips the markers and gives the offsets of each value in the stripped text', () => {
    const { text, spans } = parsePrompt('Lettre pour Mme {{name:Fatima Benali}}, née le {{birthdate:12/03/1948}}.');
    expect(text).toBe('Lettre pour Mme Fatima Benali, née le 12/03/1948.');
    expect(spans).toEqual([
      { type: 'name', start: 16, end: 29 },
      { type: 'birthdate', start: 38, end: 48 },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Fatima Benali', '12/03/1948']);
  });

  it('leaves a prompt without markers as it is, with no spans', () => {
    expect(parsePrompt('Résume PMID 34449189 en 10 lignes.')).toEqual({ text: 'Résume PMID 34449189 en 10 lignes.', spans: [] });
  });

  it('refuses unknown types, empty or padded values and unclosed markers', () => {
    expect(() => parsePrompt('{{nom:Benali}}', 'fr-001')).toThrow('fr-001: unknown personal-data type "nom"');
    expect(() => parsePrompt('{{name: Benali}}')).toThrow('empty or starts or ends with a space');
    expect(() => parsePrompt('{{name:}}')).toThrow('empty');
    expect(() => parsePrompt('Mme {{name:Benali')).toThrow('not closed');
  });

  it('splits a file on --- lines, numbers the prompts and accepts Windows line ends', () => {
    const prompts = parseCorpus('Eerste {{email:a@b.be}}\r\n---\r\nTweede\r\nregel\r\n', 'nl');
    expect(prompts.map(({ id, text }) => ({ id, text }))).toEqual([
      { id: 'nl-001', text: 'Eerste a@b.be' },
      { id: 'nl-002', text: 'Tweede\nregel' },
    ]);
    expect(() => parseCorpus('a\n---\n---\nb', 'nl')).toThrow('nl-002: empty prompt');
  });
});

describe('the labelled prompt corpus', () => {
  it('holds at least 240 prompts, roughly a third in each language, with unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(240);
    for (const lang of LANGUAGES) {
      expect(corpus.filter((p) => p.lang === lang).length / corpus.length).toBeGreaterThan(0.3);
    }
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
  });

  it('has at least 110 prompts with personal data and at least 110 clean ones', () => {
    expect(corpus.filter((p) => p.spans.length > 0).length).toBeGreaterThanOrEqual(110);
    expect(corpus.filter((p) => p.spans.length === 0).length).toBeGreaterThanOrEqual(110);
  });

  it.each(['niss', 'iban', 'email', 'phone', 'name', 'birthdate', 'address', 'record-number'] as const)('labels at least 25 occurrences of %s', (type) => {
    expect(spansOf(type).length).toBeGreaterThanOrEqual(25);
  });

  it('gives each span the offsets of its marked value, in order and without overlaps', () => {
    for (const lang of LANGUAGES) {
      const blocks = readFileSync(corpusFile(lang), 'utf8').replace(/\r\n?/g, '\n').split(/^---$/m);
      const prompts = corpus.filter((p) => p.lang === lang);
      expect(prompts).toHaveLength(blocks.length);
      prompts.forEach((prompt, i) => {
        const marked = [...(blocks[i] ?? '').matchAll(/\{\{([^:{}]*):([^{}]*)\}\}/g)].map(([, type, value]) => ({ type, value }));
        expect({ id: prompt.id, spans: prompt.spans.map((s) => ({ type: s.type, value: prompt.text.slice(s.start, s.end) })) }).toEqual({
          id: prompt.id,
          spans: marked,
        });
        prompt.spans.forEach((span, j) => {
          expect(span.start).toBeLessThan(span.end);
          expect(span.start).toBeGreaterThanOrEqual(j === 0 ? 0 : prompt.spans[j - 1]!.end);
        });
      });
    }
  });

  it('writes every NISS with valid check digits, born before and after 2000', () => {
    const invalid = spansOf('niss').filter((niss) => !isValidNiss(niss));
    expect(invalid).toEqual([]);
    const bornFrom2000 = spansOf('niss').filter((niss) => 97 - mod97(`2${niss.replace(/\D/g, '').slice(0, 9)}`) === Number(niss.replace(/\D/g, '').slice(9)));
    expect(bornFrom2000.length).toBeGreaterThanOrEqual(5);
    expect(spansOf('niss').length - bornFrom2000.length).toBeGreaterThanOrEqual(5);
  });

  it('writes every IBAN as a Belgian one with valid check digits', () => {
    expect(spansOf('iban').filter((iban) => !isValidBelgianIban(iban))).toEqual([]);
  });

  it('labels every e-mail address, IBAN and NISS it contains', () => {
    expect(unlabelledIdentifiers(corpus)).toEqual([]);
  });

  it('checks the validators on known numbers', () => {
    expect(isValidNiss('48.03.12-332.47')).toBe(false); // check digits off by one
    expect(isValidNiss('48.03.12-332.46')).toBe(true);
    expect(isValidNiss('00021425844')).toBe(true); // born 14 February 2000
    expect(isValidBelgianIban('BE68 5390 0754 7034')).toBe(true);
    expect(isValidBelgianIban('BE68 5390 0754 7035')).toBe(false);
  });
});

describe('the held-out prompt corpus', () => {
  const holdout = loadHoldout();
  const types = ['niss', 'iban', 'email', 'phone', 'name', 'birthdate', 'address', 'record-number'] as const;

  it('parses into 40 prompts per language, about half of them with personal data', () => {
    for (const lang of LANGUAGES) expect(holdout.filter((p) => p.lang === lang)).toHaveLength(40);
    expect(new Set(holdout.map((p) => p.id)).size).toBe(holdout.length);
    const withPersonalData = holdout.filter((p) => p.spans.length > 0).length;
    expect(withPersonalData).toBeGreaterThanOrEqual(50);
    expect(holdout.length - withPersonalData).toBeGreaterThanOrEqual(50);
  });

  it.each(types)('labels at least 8 occurrences of %s', (type) => {
    expect(spansIn(holdout, type).length).toBeGreaterThanOrEqual(8);
  });

  it('keeps its spans in order, non-empty and without overlaps', () => {
    for (const prompt of holdout) {
      prompt.spans.forEach((span, j) => {
        expect(span.start).toBeLessThan(span.end);
        expect(span.start).toBeGreaterThanOrEqual(j === 0 ? 0 : prompt.spans[j - 1]!.end);
      });
    }
  });

  it('writes every NISS and IBAN with valid check digits, NISS born before and after 2000', () => {
    expect(spansIn(holdout, 'niss').filter((niss) => !isValidNiss(niss))).toEqual([]);
    expect(spansIn(holdout, 'iban').filter((iban) => !isValidBelgianIban(iban))).toEqual([]);
    const from2000 = spansIn(holdout, 'niss').filter((niss) => 97 - mod97(`2${niss.replace(/\D/g, '').slice(0, 9)}`) === Number(niss.replace(/\D/g, '').slice(9)));
    expect(from2000.length).toBeGreaterThanOrEqual(3);
    expect(spansIn(holdout, 'niss').length - from2000.length).toBeGreaterThanOrEqual(3);
  });

  it('labels every e-mail address, IBAN and NISS it contains', () => {
    expect(unlabelledIdentifiers(holdout)).toEqual([]);
  });
});
