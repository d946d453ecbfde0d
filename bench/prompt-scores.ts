/**
 * How well a personal-data detector does on the labelled prompt corpus, as figures against
 * their targets: recall and precision per type, the share of clean prompts it flags, and the
 * misses and false positives one by one so they can be fixed. Pure: the checker is passed in,
 * so bench/prompt-check.ts measures the real one and the unit tests a fake one.
 */
import type { Language } from '../core/i18n';
import type { PersonalDataFinding, PersonalDataType } from '../core/prompt-check/types';
import type { LabelledPrompt, LabelledSpan } from '../tests/fixtures/prompts/corpus';
import { verdict } from './figures';

/** The least recall we accept per type: identifiers with a fixed shape must almost never slip through. */
export const RECALL_TARGETS = {
  niss: 0.97,
  iban: 0.97,
  email: 0.97,
  phone: 0.97,
  name: 0.92,
  birthdate: 0.92,
  address: 0.92,
  'record-number': 0.92,
} as const satisfies Partial<Record<PersonalDataType, number>>;
export type TargetType = keyof typeof RECALL_TARGETS;
export const TARGET_TYPES = Object.keys(RECALL_TARGETS) as TargetType[];

/** The most clean prompts that may carry a personal-data finding. */
export const CLEAN_FALSE_POSITIVE_TARGET = 0.01;

/** What the detector answers for one prompt: its personal-data findings only. */
export type Detect = (text: string, lang: Language) => readonly PersonalDataFinding[];

export interface TypeScore {
  type: PersonalDataType;
  /** Labelled spans of this type, and how many a finding of the same type overlaps. */
  labelled: number;
  found: number;
  /** Findings of this type, and how many overlap a labelled span of the same type. */
  findings: number;
  correct: number;
}

export interface Miss {
  id: string;
  type: PersonalDataType;
  excerpt: string;
  /** The types of the findings that overlap it, when the detector saw it as something else. */
  foundAs: PersonalDataType[];
}

export interface FalsePositive {
  id: string;
  type: PersonalDataType;
  excerpt: string;
  /** The types of the labelled spans it overlaps, when it found real data under the wrong type. */
  labelledAs: PersonalDataType[];
  /** Whether the prompt has no personal data at all. */
  clean: boolean;
}

export interface CorpusScore {
  prompts: number;
  byLanguage: Partial<Record<Language, number>>;
  withPersonalData: number;
  clean: number;
  /** Clean prompts with at least one personal-data finding. */
  flaggedClean: number;
  types: TypeScore[];
  misses: Miss[];
  falsePositives: FalsePositive[];
}

const CONTEXT_CHARS = 30;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The span in its surroundings on one line, marked [[like this]], with out-of-range offsets clamped. */
export function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(Math.max(0, from - CONTEXT_CHARS), from);
  const after = text.slice(to, to + CONTEXT_CHARS);
  const line = `${from > CONTEXT_CHARS ? '…' : ''}${before}[[${text.slice(from, to)}]]${after}${to + CONTEXT_CHARS < text.length ? '…' : ''}`;
  return line.replace(/\s+/g, ' ');
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

export function scoreCorpus(corpus: readonly LabelledPrompt[], detect: Detect): CorpusScore {
  const types = new Map<PersonalDataType, TypeScore>();
  const scoreOf = (type: PersonalDataType): TypeScore => {
    let score = types.get(type);
    if (!score) types.set(type, (score = { type, labelled: 0, found: 0, findings: 0, correct: 0 }));
    return score;
  };
  for (const type of TARGET_TYPES) scoreOf(type);

  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  const byLanguage: Partial<Record<Language, number>> = {};
  let flaggedClean = 0;

  for (const prompt of corpus) {
    byLanguage[prompt.lang] = (byLanguage[prompt.lang] ?? 0) + 1;
    const findings = detect(prompt.text, prompt.lang);
    const clean = prompt.spans.length === 0;
    if (clean && findings.length > 0) flaggedClean += 1;

    for (const span of prompt.spans) {
      const score = scoreOf(span.type);
      score.labelled += 1;
      const over = findings.filter((f) => overlaps(f, span));
      if (over.some((f) => f.type === span.type)) score.found += 1;
      else misses.push({ id: prompt.id, type: span.type, excerpt: excerpt(prompt.text, span.start, span.end), foundAs: distinct(over.map((f) => f.type)) });
    }

    for (const finding of findings) {
      const score = scoreOf(finding.type);
      score.findings += 1;
      const over: LabelledSpan[] = prompt.spans.filter((s) => overlaps(s, finding));
      if (over.some((s) => s.type === finding.type)) score.correct += 1;
      else {
        falsePositives.push({
          id: prompt.id,
          type: finding.type,
          excerpt: excerpt(prompt.text, finding.start, finding.end),
          labelledAs: distinct(over.map((s) => s.type)),
          clean,
        });
      }
    }
  }

  const withPersonalData = corpus.filter((p) => p.spans.length > 0).length;
  return {
    prompts: corpus.length,
    byLanguage,
    withPersonalData,
    clean: corpus.length - withPersonalData,
    flaggedClean,
    types: [...types.values()],
    misses,
    falsePositives,
  };
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? '—' : (part / whole).toFixed(3);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

function isTargetType(type: PersonalDataType): type is TargetType {
  return type in RECALL_TARGETS;
}

/** Recall with its target and verdict, then precision, one line per type. */
export function typeLines(types: readonly TypeScore[]): string[] {
  const width = Math.max(...types.map((t) => t.type.length), 'type'.length);
  const header = `  ${'type'.padEnd(width)}  ${'recall'.padEnd(17)}  ${'target'.padEnd(13)}  precision`;
  return [
    header,
    ...types.map(({ type, labelled, found, findings, correct }) => {
      const recall = labelled === 0 ? '—' : `${ratio(found, labelled)} (${found}/${labelled})`;
      const target = isTargetType(type) ? `≥ ${RECALL_TARGETS[type].toFixed(2)} ${labelled === 0 ? '—' : verdict(found / labelled >= RECALL_TARGETS[type])}` : '';
      const precision = findings === 0 ? '— (no findings)' : `${ratio(correct, findings)} (${correct}/${findings})`;
      return `  ${type.padEnd(width)}  ${recall.padEnd(17)}  ${target.padEnd(13)}  ${precision}`;
    }),
  ];
}

export function cleanLine({ clean, flaggedClean }: Pick<CorpusScore, 'clean' | 'flaggedClean'>): string {
  const rate = clean === 0 ? 0 : flaggedClean / clean;
  return (
    `false positives on clean prompts: ${flaggedClean}/${clean} prompts with a personal-data finding (${percent(flaggedClean, clean)})` +
    ` — target ≤ ${CLEAN_FALSE_POSITIVE_TARGET * 100} %: ${verdict(rate <= CLEAN_FALSE_POSITIVE_TARGET)}`
  );
}

export function missLines(misses: readonly Miss[]): string[] {
  return [
    `misses (${misses.length}):`,
    ...misses.map(({ id, type, excerpt: text, foundAs }) => `  ${id}  ${type}  ${text}${foundAs.length > 0 ? `  (found as ${foundAs.join(', ')})` : ''}`),
  ];
}

export function falsePositiveLines(falsePositives: readonly FalsePositive[]): string[] {
  return [
    `false positives (${falsePositives.length}):`,
    ...falsePositives.map(({ id, type, excerpt: text, labelledAs, clean }) => {
      const note = labelledAs.length > 0 ? `  (labelled as ${labelledAs.join(', ')})` : clean ? '  (clean prompt)' : '';
      return `  ${id}  ${type}  ${text}${note}`;
    }),
  ];
}

/** Everything but the speed, as printed lines. */
export function scoreLines(score: CorpusScore): string[] {
  const languages = Object.entries(score.byLanguage)
    .map(([lang, n]) => `${n} ${lang}`)
    .join(', ');
  return [
    `personal data in ${score.prompts} labelled prompts (${languages}): ${score.withPersonalData} with personal data, ${score.clean} clean`,
    ...typeLines(score.types),
    cleanLine(score),
    ...missLines(score.misses),
    ...falsePositiveLines(score.falsePositives),
  ];
}

/** Prompts of one language joined by blank lines and cut to exactly `length` characters. */
export function promptOfLength(corpus: readonly LabelledPrompt[], lang: Language, length: number): string {
  let text = '';
  for (const prompt of corpus) {
    if (text.length >= length) break;
    if (prompt.lang === lang) text += (text === '' ? '' : '\n\n') + prompt.text;
  }
  if (text.length < length) throw new RangeError(`the ${lang} prompts hold ${text.length} characters, fewer than ${length}`);
  return text.slice(0, length);
}
