import { z } from 'zod';
import { arr, bool, num, obj, str } from '../../cohort/checks';
import { idSchema, localizedSchema, professionSchema, type Localized } from '../../content/fields';
import { CONTENT_ID_PATTERN } from '../../content/id';
import { LANGUAGES, type Language } from '../../i18n';
import { PROMPT_ELEMENTS, type PromptElement } from '../../prompt-check/types';
import type { Random } from '../../random';
import { extensionIri } from '../../xapi/statements';
import { defineBlock, type Outcome } from '../types';
import { criterionSchema, type CriterionKind } from './criteria';
import { copiesExpert } from './own-words';
import { checkLabPrompt, PASS_SCORE } from './score';

/** The parts of the rubric that are not elements: no identifier left in the prompt; the prompt not copied from the expert's. */
export const PERSONAL_DATA_PART = 'personal-data';
export const OWN_WORDS_PART = 'own-words';

/** A task has at least this many criteria to meet: a prompt written for another task then meets half of them at most by chance. */
export const MIN_INCLUDE_CRITERIA = 3;
/** And at most this many criteria in all: what makes this task what it is, not a checklist of everything. */
const MAX_CRITERIA = 12;

/**
 * Write a prompt for a care task, checked offline as the learner types: personal data to
 * remove, elements of a good prompt missing, and the criteria of this task (what a good prompt
 * for it must do, what it must not contain) met or not. Each try is kept; the expert prompt and
 * its reasoning show after the first try, and a try that copies it earns nothing (own-words.ts).
 */
export const promptLabBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('prompt-lab'),
    /** The profession the task card speaks to. */
    profession: professionSchema,
    /** The task card (Markdown): what to get from the AI tool, for whom. */
    task: localizedSchema,
    /** A fictitious patient file or document the task works from, shown as plain text. */
    source: localizedSchema.optional(),
    /** What a good prompt for this task must do or must not contain (criteria.ts). */
    criteria: z.array(criterionSchema).max(MAX_CRITERIA, `at most ${MAX_CRITERIA} criteria: keep the ones that make this task what it is`),
    expert: z
      .object({
        prompt: localizedSchema,
        /** Why the expert prompt is written that way (Markdown). */
        reasoning: localizedSchema,
      })
      .strict(),
    /**
     * A prompt that does the task in other words than the expert's, as a learner might write it.
     * Never shown: `content check` proves with it that the task can be passed in one's own words
     * (and is not taken for a copy), and `simulate` writes it for simulated learners.
     */
    sample: localizedSchema,
  })
  .strict()
  .superRefine((block, ctx) => {
    const includes = block.criteria.filter((c) => c.must === 'include').length;
    if (includes < MIN_INCLUDE_CRITERIA) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `a prompt lab needs at least ${MIN_INCLUDE_CRITERIA} criteria with "must: include" (found ${includes}): what a good prompt for this task must do`,
      });
    }
    block.criteria.forEach((c, i) => {
      if ((RUBRIC_PARTS as readonly string[]).includes(c.id)) {
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `"${c.id}" names a part of every prompt's rubric: choose another id` });
      }
    });
  });
export type PromptLabBlock = z.infer<typeof promptLabBlockSchema>;

/** Longer than any prompt a task needs; keeps a pasted record from being stored whole. */
export const PROMPT_MAX_LENGTH = 10_000;

export const promptLabAnswerSchema = z
  .object({
    prompt: z.string(),
    /** The language the prompt is written in: the checker's cues and messages depend on it. */
    lang: z.enum(LANGUAGES),
  })
  .strict();
export type PromptLabAnswer = z.infer<typeof promptLabAnswerSchema>;

/** The parts every prompt's rubric has, whatever its task: the elements, no personal data left, and her own words. */
const RUBRIC_PARTS = [...PROMPT_ELEMENTS, PERSONAL_DATA_PART, OWN_WORDS_PART] as const;

/** Each criterion of the task met or not; each element of a good prompt present or not; how many identifiers were left in; and whether it copies the expert's prompt. */
export type PromptLabPart =
  /** `listed`: the words that met the criterion only in a list of the lab's words (lists.ts), which counts for nothing. */
  | { id: string; correct: boolean; must: CriterionKind; listed?: string[] }
  | { id: PromptElement | typeof OWN_WORDS_PART; correct: boolean }
  | { id: typeof PERSONAL_DATA_PART; correct: boolean; count: number };

/** The names of the rubric's parts, in the interface and in a trainer's report alike. */
export const RUBRIC_LABELS: Record<(typeof RUBRIC_PARTS)[number], Localized> = {
  role: { fr: 'Rôle', nl: 'Rol', en: 'Role' },
  context: { fr: 'Contexte', nl: 'Context', en: 'Context' },
  task: { fr: 'Tâche', nl: 'Taak', en: 'Task' },
  format: { fr: 'Format', nl: 'Vorm', en: 'Format' },
  constraints: { fr: 'Contraintes', nl: 'Randvoorwaarden', en: 'Constraints' },
  audience: { fr: 'Public cible', nl: 'Doelgroep', en: 'Audience' },
  uncertainty: {
    fr: 'Incertitude (demander le degré de certitude ou les sources)',
    nl: 'Onzekerheid (vraag naar onzekerheid of bronnen)',
    en: 'Uncertainty (ask for uncertainty or sources)',
  },
  [PERSONAL_DATA_PART]: { fr: 'Données personnelles laissées', nl: 'Persoonsgegevens laten staan', en: 'Personal data left in' },
  [OWN_WORDS_PART]: { fr: 'Prompt de l’expert recopié', nl: 'Prompt van de expert overgenomen', en: 'Expert’s prompt copied' },
};

/** Whether a block is a prompt lab: for code that looks one up by its id (the `prompt-check` command). */
export function isPromptLab(block: { type: string }): block is PromptLabBlock {
  return block.type === promptLab.type;
}

/** Whether a try's parts say it copies the expert's prompt. */
export function copiedExpert(parts: readonly PromptLabPart[]): boolean {
  return parts.some((p) => p.id === OWN_WORDS_PART && !p.correct);
}

export function isCriterionPart(part: PromptLabPart): part is Extract<PromptLabPart, { must: CriterionKind }> {
  return 'must' in part;
}

/** Whether a try is the lab's expert prompt copied, in any language (own-words.ts); what the task card and the source say may be quoted freely. */
export function copiesLabExpert(block: PromptLabBlock, prompt: string): boolean {
  const given = LANGUAGES.flatMap((lang) => [block.task[lang], ...(block.source ? [block.source[lang]] : [])]);
  return copiesExpert(
    prompt,
    LANGUAGES.map((lang) => block.expert.prompt[lang]),
    given,
  );
}

/**
 * The try's score in this lab, 0–100 (score.ts): the task's criteria first, then the elements of
 * a good prompt, less the personal data left. "Correct" means the lab is passed: every criterion
 * met, no personal data, and a score of 80 at least. A try that copies the expert's prompt, shown
 * after the first try, scores 0 whatever it meets: the task is writing the prompt.
 */
export function scorePromptLab(block: PromptLabBlock, answer: PromptLabAnswer): Outcome<PromptLabPart> {
  const { findings, criteria, score, passed } = checkLabPrompt(block.criteria, answer.prompt, answer.lang);
  const missing = new Set(findings.flatMap((f) => (f.kind === 'missing-element' ? [f.element] : [])));
  const personalData = findings.filter((f) => f.kind === 'personal-data').length;
  const copied = copiesLabExpert(block, answer.prompt);
  const parts: PromptLabPart[] = [
    ...criteria.map(({ id, must, met, listed }) => ({ id, correct: met, must, ...(listed ? { listed } : {}) })),
    ...PROMPT_ELEMENTS.map((id) => ({ id, correct: !missing.has(id) })),
    { id: PERSONAL_DATA_PART, correct: personalData === 0, count: personalData },
    { id: OWN_WORDS_PART, correct: !copied },
  ];
  const raw = copied ? 0 : score;
  return { raw, max: 100, scaled: raw / 100, correct: passed && !copied, parts };
}

type Fault = { path: (string | number)[]; message: string };

/**
 * Faults of a lab the schema cannot see: its expert prompt must meet every criterion and pass, in
 * every language; and its sample, written in other words, must pass too without being taken for a
 * copy of the expert's: otherwise the lab can only be passed by copying.
 */
function labFaults(block: PromptLabBlock): Fault[] {
  return [...expertFaults(block), ...sampleFaults(block)];
}

function sampleFaults(block: PromptLabBlock): Fault[] {
  return LANGUAGES.flatMap((lang): Fault[] => {
    const outcome = scorePromptLab(block, { prompt: block.sample[lang], lang });
    if (copiedExpert(outcome.parts)) {
      return [{ path: ['sample', lang], message: `the sample (${lang}) repeats most of the expert prompt: write it in other words, as a learner would` }];
    }
    if (outcome.correct) return [];
    const unmet = outcome.parts.filter(isCriterionPart).flatMap((p) => (p.correct ? [] : [p.listed ? `${p.id} (${inAList(p.listed)})` : p.id]));
    return [
      {
        path: ['sample', lang],
        message: `the sample (${lang}) does not pass (score ${outcome.raw}${unmet.length > 0 ? `; criteria not met: ${unmet.join(', ')}` : ''}): a learner's own wording must be able to pass`,
      },
    ];
  });
}

/** Why a criterion met only in a list counts for nothing, for an author. */
const inAList = (words: readonly string[]) => `its cues ${words.map((w) => `"${w}"`).join(', ')} are only in a list of the lab's words`;

function expertFaults(block: PromptLabBlock): Fault[] {
  return LANGUAGES.flatMap((lang) => {
    const { criteria, score, findings } = checkLabPrompt(block.criteria, block.expert.prompt[lang], lang);
    const unmet = criteria.flatMap((c, i): Fault[] => {
      if (c.met) return [];
      if (c.listed) {
        return [{ path: ['expert', 'prompt', lang], message: `the expert prompt (${lang}) does not meet the criterion "${c.id}": ${inAList(c.listed)}; say what to do with them` }];
      }
      return [
        {
          path: ['criteria', i, 'cues', lang],
          message: `the expert prompt (${lang}) ${c.must === 'include' ? 'does not meet' : 'breaks'} the criterion "${c.id}": check its cues`,
        },
      ];
    });
    const leaks = findings.filter((f) => f.kind === 'personal-data').length;
    const low =
      unmet.length === 0 && (leaks > 0 || score < PASS_SCORE)
        ? [
            {
              path: ['expert', 'prompt', lang],
              message: `the expert prompt (${lang}) scores ${score}, below the ${PASS_SCORE} a learner needs to pass${leaks > 0 ? `, with ${leaks} item(s) of personal data` : ''}`,
            },
          ]
        : [];
    return [...unmet, ...low];
  });
}

export function isValidPromptLabAnswer(_block: PromptLabBlock, answer: PromptLabAnswer): boolean {
  return answer.prompt.trim().length > 0 && answer.prompt.length <= PROMPT_MAX_LENGTH;
}

const PROMPT_FINDINGS = extensionIri('prompt-findings');
const CRITERION_IDS = arr(str({ max: 64, pattern: CONTENT_ID_PATTERN, message: 'not a criterion id' }), { max: MAX_CRITERIA });

/** What a try's statement records of it: counts and ids, never the prompt. */
interface PromptFindings {
  personalData: number;
  missingElements: string[];
  criteriaMet?: string[];
  criteriaMissed?: string[];
  copiedExpert?: boolean;
}

function findingsOf(parts: readonly PromptLabPart[]): PromptFindings {
  const criteria = parts.filter(isCriterionPart);
  return {
    personalData: parts.reduce((sum, p) => sum + ('count' in p ? p.count : 0), 0),
    missingElements: parts.flatMap((p) => (!isCriterionPart(p) && p.id !== PERSONAL_DATA_PART && p.id !== OWN_WORDS_PART && !p.correct ? [p.id] : [])),
    criteriaMet: criteria.filter((c) => c.correct).map((c) => c.id),
    criteriaMissed: criteria.filter((c) => !c.correct).map((c) => c.id),
    copiedExpert: copiedExpert(parts),
  };
}

// -------------------------------------------------------------------------------------------------
// How a simulated learner writes: a first try that pastes part of the source under one line of
// instruction; her own prompt (the lab's sample) with some of its sentences left out; or the
// whole of it. Never the expert's prompt: a copied try earns nothing.

export type PromptTry = { kind: 'pasted'; sourceLines: number } | { kind: 'partial'; from: number; count: number } | { kind: 'own' };

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
/** A text's sentences (and lines), each with its closing sign. */
const sentences = (text: string) => lines(text).flatMap((line) => line.match(/[^.!?]+(?:[.!?]+|$)/g)?.map((s) => s.trim()) ?? []);
const plainMarkdown = (text: string) => text.replace(/\*\*|__|`/g, '');

export function promptText(block: PromptLabBlock, lang: Language, t: PromptTry): string {
  const own = sentences(block.sample[lang]);
  if (t.kind === 'own') return own.join(' ');
  if (t.kind === 'partial') return [...own.slice(0, t.from), ...own.slice(t.from + t.count)].join(' ');
  const task = lines(plainMarkdown(block.task[lang]));
  const source = block.source ? lines(block.source[lang]).slice(0, t.sourceLines) : [];
  return [task[task.length - 1] ?? task[0] ?? '', ...source].join('\n');
}

function promptTry(rng: Random, block: PromptLabBlock, lang: Language, ability: number, attempt: number): PromptTry {
  const ownSentences = sentences(block.sample[lang]).length;
  const partial = (most: number): PromptTry => {
    const count = Math.min(ownSentences - 1, rng.int(1, most));
    return count < 1 ? { kind: 'own' } : { kind: 'partial', from: rng.int(0, ownSentences - count), count };
  };
  if (attempt === 0) {
    if (block.source && rng.chance((1 - ability) * 0.9)) return { kind: 'pasted', sourceLines: rng.int(2, 4) };
    return rng.chance(ability * 0.3) ? { kind: 'own' } : partial(1 + Math.round((1 - ability) * 4));
  }
  return rng.chance(0.35 + ability * 0.5) ? { kind: 'own' } : partial(2);
}

export const promptLab = defineBlock({
  type: 'prompt-lab',
  schema: promptLabBlockSchema,
  label: { fr: 'Atelier de prompt', nl: 'Promptatelier', en: 'Prompt lab' },
  content: {
    // The sample is never shown: it is not a text a learner reads.
    texts: (block) => [block.task, block.expert.prompt, block.expert.reasoning, ...(block.source ? [block.source] : []), ...block.criteria.map((c) => c.text)],
    // Writing a prompt, pseudonymising it, reading the findings, revising and comparing with the expert: 6–10 minutes.
    minutes: () => 8,
    ids: (block) => [{ list: 'criteria', entries: block.criteria.map((c, i) => ({ id: c.id, path: ['criteria', i, 'id'] })) }],
    assets: () => [],
    faults: labFaults,
  },
  visit: (_block, _lang, rng) => rng.between(20, 60) * 1000,
  answer: {
    schema: promptLabAnswerSchema,
    fits: isValidPromptLabAnswer,
    score: scorePromptLab,
    counts: 'latest',
    xapi: {
      interactionType: 'long-fill-in',
      extensions: {
        [PROMPT_FINDINGS]: obj(
          { personalData: num({ min: 0, max: 1000, integer: true }), missingElements: arr(str({ max: 40 }), { max: 20 }) },
          // Absent from tries recorded before labs had criteria, or before a copied try earned nothing.
          { criteriaMet: CRITERION_IDS, criteriaMissed: CRITERION_IDS, copiedExpert: bool },
        ),
      },
      // WITHOUT the prompt: a learner's try may still hold a patient's identifiers, and
      // statements go to trainers and LRSs. What was found is recorded as counts and ids.
      statements: (block, _answer, outcome, record) => [
        record.answered({ name: block.task, interactionType: 'long-fill-in', extensions: { [PROMPT_FINDINGS]: findingsOf(outcome.parts) } }),
      ],
    },
    report: {
      labels: (block) => ({ label: block.task, parts: { ...RUBRIC_LABELS, ...Object.fromEntries(block.criteria.map((c) => [c.id, c.text])) } }),
      // Identifiers left in, criteria of the task missed, elements missing.
      mistakes: (statement) => {
        const found = statement.result?.extensions?.[PROMPT_FINDINGS] as PromptFindings | undefined;
        if (!found) return [];
        return [
          ...(found.copiedExpert === true ? [[OWN_WORDS_PART]] : []),
          ...(found.personalData > 0 ? [[PERSONAL_DATA_PART]] : []),
          ...(found.criteriaMissed ?? []).map((id) => [id]),
          ...found.missingElements.map((element) => [element]),
        ];
      },
      describe: ([part], label) => label(part ?? ''),
    },
    simulate: {
      answer: (block, { rng, ability, language, attempt }) => ({ prompt: promptText(block, language, promptTry(rng, block, language, ability, attempt)), lang: language }),
      answerMs: (_block, { rng, attempt }) => (attempt === 0 ? rng.between(120, 420) : rng.between(45, 200)) * 1000,
      feedbackMs: (rng) => rng.between(20, 90) * 1000,
    },
  },
  state: {
    // The prompt being written, saved as she types; null until she writes (her latest try is then where she left off).
    schema: z.object({ text: z.string().max(PROMPT_MAX_LENGTH).nullable() }).strict(),
    initial: () => ({ text: null }),
  },
});
