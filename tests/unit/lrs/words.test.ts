import type { LrsErrorCode } from '../../../core/lrs/client';
import type { EndpointProblem } from '../../../core/lrs/endpoint';
import type { StatementRefusalCode } from '../../../core/lrs/push';
import en from '../../../locales/en/lrs.json';
import fr from '../../../locales/fr/lrs.json';
import nl from '../../../locales/nl/lrs.json';

/**
 * The LRS's codes come with words in every language (locales/<lang>/lrs.json): the CLI says
 * them in English, the app's settings screen in the learner's language. The types hold
 * English to every code; this holds French and Dutch to English.
 */
const wordsFor: Record<'en' | 'fr' | 'nl', { error: Record<LrsErrorCode, string>; refusal: Record<StatementRefusalCode, string>; endpoint: Record<EndpointProblem, string> }> = {
  en,
  fr,
  nl,
};

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the words for what an LRS answers', () => {
  it.each(['fr', 'nl'] as const)('%s has every message English has, with the same values in it', (lang) => {
    for (const group of ['error', 'refusal', 'endpoint'] as const) {
      const english = wordsFor.en[group] as Record<string, string>;
      const theirs = wordsFor[lang][group] as Record<string, string>;
      expect(Object.keys(theirs).sort()).toEqual(Object.keys(english).sort());
      for (const [code, text] of Object.entries(english)) {
        expect({ code, placeholders: placeholders(theirs[code]!) }).toEqual({ code, placeholders: placeholders(text) });
        expect(theirs[code]!.trim()).not.toBe('');
      }
    }
  });
});
