import type { Language } from '../../../../core/i18n';
import { checkPrompt } from '../../../../core/prompt-check';
import type { PersonalDataFinding, PersonalDataType } from '../../../../core/prompt-check/types';

export interface Found {
  type: PersonalDataType;
  start: number;
  end: number;
}

/** The personal data the checker reports in `text`, without their messages. */
export function found(text: string, lang: Language = 'en'): Found[] {
  return checkPrompt(text, lang)
    .findings.filter((f): f is PersonalDataFinding => f.kind === 'personal-data')
    .map(({ type, start, end }) => ({ type, start, end }));
}

/** The finding `fragment` of `text` should give: its exact offsets, end exclusive. */
export function at(text: string, fragment: string, type: PersonalDataType): Found {
  const start = text.indexOf(fragment);
  if (start === -1) throw new Error(`test bug: "${fragment}" is not in "${text}"`);
  return { type, start, end: start + fragment.length };
}

/** What the reported spans cover, to read a failure at a glance. */
export function covered(text: string, lang: Language = 'en'): string[] {
  return found(text, lang).map((f) => `${f.type}: ${text.slice(f.start, f.end)}`);
}
