/**
 * The offline prompt checker: finds personal data a learner should not send to an online AI tool,
 * and the elements her prompt lacks, with a message in her language for each. Pure TypeScript
 * (no DOM, no Node): the prompt-lab block, the `prompt-check` CLI and the benchmark all call it.
 * Patterns are compiled once at load and read the text in one pass per detector, so a 2,000-
 * character prompt is checked in a fraction of a millisecond, on every pause in typing.
 */
import type { Language } from '../i18n';
import { findAddresses } from './address';
import { findBirthdates, findBirthdatesAfterNames } from './birthdate';
import { missingElements } from './elements';
import { findEmails } from './email';
import { findEventDates } from './event-date';
import { findIbans } from './iban';
import { missingElementMessage, personalDataMessage, placeholder } from './messages';
import { findNames } from './names';
import { findNiss } from './niss';
import { findPhones } from './phone';
import { findRecordNumbers } from './record-number';
import { promptScore } from './score';
import type { Span } from './span';
import { fold, tokenize } from './tokens';
import { PROMPT_ELEMENTS, type Finding, type PersonalDataFinding, type PersonalDataType, type PromptCheck } from './types';

export { placeholder };

/**
 * When two findings overlap, the more specific one stays: a number whose check digits prove it is
 * a NISS or an IBAN before anything else, then shapes that cannot be much else (an e-mail), then
 * what a cue told us (a birth date, the date of a surgery or an admission, a record number), then
 * patterns (phone, address, name).
 */
const SPECIFICITY: readonly PersonalDataType[] = ['niss', 'iban', 'email', 'birthdate', 'event-date', 'record-number', 'phone', 'address', 'name', 'other'];

/** Every identifier in `text`, without overlaps, sorted by start. */
export function findPersonalData(text: string, folded: string = fold(text)): Span[] {
  const tokens = tokenize(text, folded);
  const names = findNames(text, tokens);
  const candidates = [
    ...findNiss(text),
    ...findIbans(text),
    ...findEmails(text),
    ...findBirthdates(text),
    ...findBirthdatesAfterNames(text, names),
    ...findEventDates(text, tokens),
    ...findRecordNumbers(text),
    ...findPhones(text),
    ...findAddresses(text, tokens),
    ...names,
  ];
  candidates.sort((a, b) => SPECIFICITY.indexOf(a.type) - SPECIFICITY.indexOf(b.type) || b.end - b.start - (a.end - a.start));
  // One flag per character: a candidate is kept when none of its characters is taken yet. Each
  // detector's own spans never overlap, so this costs a few passes over the text at most.
  const taken = new Uint8Array(text.length);
  const kept = candidates.filter((span) => {
    for (let i = span.start; i < span.end; i++) if (taken[i]) return false;
    taken.fill(1, span.start, span.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start);
}

export function checkPrompt(text: string, lang: Language): PromptCheck {
  const folded = fold(text);
  const personal: Finding[] = findPersonalData(text, folded).map(({ type, role, start, end }) => ({
    kind: 'personal-data',
    type,
    ...(role ? { role } : {}),
    start,
    end,
    message: personalDataMessage(type, lang, role),
  }));
  const missing = missingElements(text, lang, folded);
  const findings = personal.concat(missing.map((element) => ({ kind: 'missing-element', element, message: missingElementMessage(element, lang) })));
  return { findings, score: promptScore(PROMPT_ELEMENTS.length - missing.length, personal.length) };
}

export function isPersonalData(finding: Finding): finding is PersonalDataFinding {
  return finding.kind === 'personal-data';
}

/**
 * Replaces each finding's span with its placeholder in `lang` (the learner's: "[MÉDECIN]",
 * "[ADRES]"), from the last to the first so that the offsets of the ones still to replace stay
 * right. Accepts a whole check's findings: missing elements have no span and are ignored, and so
 * is a finding that overlaps one already replaced.
 */
export function pseudonymise(text: string, findings: readonly Finding[], lang: Language): string {
  const spans = findings.filter(isPersonalData).sort((a, b) => b.start - a.start);
  let result = text;
  let limit = text.length;
  for (const f of spans) {
    if (f.start < 0 || f.end > limit || f.start >= f.end) continue;
    result = result.slice(0, f.start) + placeholder(f.type, lang, f.role) + result.slice(f.end);
    limit = f.start;
  }
  return result;
}
