import { z } from 'zod';
import { arr, bool, map, num, obj, oneOf } from '../../cohort/checks';
import { CONTENT_ID_PATTERN } from '../../content/id';
import { idSchema, localizedSchema, nonEmpty, perLanguage, professionSchema, type Localized } from '../../content/fields';
import { LANGUAGES, type Language } from '../../i18n';
import { clamp, difficulty, type Random } from '../../random';
import { components, extensionIri } from '../../xapi/statements';
import { wordCount } from '../words';
import { defineBlock, type BlockPath, type ModuleContext, type Outcome } from '../types';

/**
 * Critical review of one AI output: the learner reads what produced it, marks the segments
 * (sentences or clauses, written per language) she finds wrong, gives each mark a flaw type from
 * one taxonomy and her confidence, then a verdict on the whole. Flaw ids are shared by the three
 * languages, so results compare across languages; segments are not, so an answer names its
 * language and marks segments by their index in it.
 */

/** The one taxonomy of flaws (new-blocks spec, section 1). */
export const FLAW_TYPES = [
  'fabricated-reference',
  'factual-error',
  'wrong-number',
  'outdated',
  'missing-red-flag',
  'bias',
  'overconfidence',
  'personal-data',
  'tone',
  'out-of-purpose',
] as const;
export type FlawType = (typeof FLAW_TYPES)[number];

/** The taxonomy's names, the same in the interface, the module's lessons and a trainer's report. */
export const FLAW_TYPE_LABELS: Record<FlawType, Localized> = {
  'fabricated-reference': { fr: 'Référence inventée', nl: 'Verzonnen referentie', en: 'Fabricated reference' },
  'factual-error': { fr: 'Erreur clinique ou factuelle', nl: 'Klinische of feitelijke fout', en: 'Clinical or factual error' },
  'wrong-number': { fr: 'Chiffre, dose ou unité erronés', nl: 'Verkeerd getal, verkeerde dosis of eenheid', en: 'Wrong number, dose or unit' },
  outdated: { fr: 'Recommandation dépassée', nl: 'Verouderde aanbeveling', en: 'Outdated guidance' },
  'missing-red-flag': { fr: "Signal d'alarme omis", nl: 'Weggelaten alarmsignaal', en: 'Omitted red flag or safety-net' },
  bias: { fr: 'Biais ou stéréotype', nl: 'Bias of stereotype', en: 'Bias or stereotype' },
  overconfidence: { fr: "Excès d'assurance", nl: 'Overdreven stelligheid', en: 'Overconfidence (no uncertainty)' },
  'personal-data': { fr: 'Données personnelles déplacées', nl: 'Misplaatste persoonsgegevens', en: 'Personal data that should not be there' },
  tone: { fr: 'Ton ou niveau de lecture inadapté', nl: 'Verkeerde toon of verkeerd leesniveau', en: 'Wrong tone or reading level' },
  'out-of-purpose': { fr: "Usage hors de la finalité de l'outil", nl: 'Gebruik buiten het doel van de tool', en: "Use outside the tool's purpose" },
};

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const VERDICTS = ['usable', 'usable-after-corrections', 'not-usable'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * The probability each confidence stands for, for the Brier score. Moodle's certainty-based
 * marking names its levels "less than 67 %", "more than 67 %" and "more than 80 %"; marking a
 * passage at all already says "more likely wrong than right", so low sits between 50 and 67 %.
 */
export const CONFIDENCE_PROBABILITY: Record<Confidence, number> = { low: 0.55, medium: 0.75, high: 0.9 };

/** More segments than any output needs (a 600-word letter has about 40); caps what an answer and a statement may carry. */
export const MAX_SEGMENTS = 200;
export const MAX_FLAWS = 5;
/** What she would send back to the author: a few lines. */
export const NOTE_MAX_LENGTH = 2000;

const enumError = (values: readonly string[]) => ({ error: `expected one of: ${values.join(', ')}` });

export const segmentSchema = z
  .object({
    text: nonEmpty,
    /** This segment starts a new paragraph. */
    paragraph: z.boolean().optional(),
    /** The id of the flaw this segment carries. */
    flaw: idSchema.optional(),
    /** Why this text is right, shown when she marked it. */
    note: nonEmpty.optional(),
  })
  .strict();
export type Segment = z.infer<typeof segmentSchema>;

export const flawSchema = z
  .object({
    id: idSchema,
    type: z.enum(FLAW_TYPES, enumError(FLAW_TYPES)),
    severity: z.enum(SEVERITIES, enumError(SEVERITIES)),
    why: localizedSchema,
    verify: localizedSchema,
  })
  .strict();
export type Flaw = z.infer<typeof flawSchema>;

export const outputReviewBlockSchema = z
  .object({
    id: idSchema,
    type: z.literal('output-review'),
    /** Whose work it is: the player shows a learner her own profession's outputs first. */
    profession: professionSchema,
    /** What the output is: its title. */
    output: localizedSchema,
    origin: z.object({ requester: localizedSchema, tool: localizedSchema, prompt: localizedSchema, input: localizedSchema }).strict(),
    segments: perLanguage(
      z.array(segmentSchema).min(3, 'an output needs at least 3 segments in each language').max(MAX_SEGMENTS, `at most ${MAX_SEGMENTS} segments in a language`),
    ),
    flaws: z.array(flawSchema).max(MAX_FLAWS, `an output has at most ${MAX_FLAWS} flaws`),
    verdict: z.enum(VERDICTS, enumError(VERDICTS)),
    /** The lesson of this output and why that verdict (Markdown). */
    debrief: localizedSchema,
  })
  .strict();
export type OutputReviewBlock = z.infer<typeof outputReviewBlockSchema>;

// -------------------------------------------------------------------------------------------------
// Answers and work in progress

const segmentIndex = z
  .number()
  .int()
  .min(0)
  .max(MAX_SEGMENTS - 1);
const markSchema = z.object({ segment: segmentIndex, type: z.enum(FLAW_TYPES), confidence: z.enum(CONFIDENCES) }).strict();
export type Mark = z.infer<typeof markSchema>;

export const outputReviewAnswerSchema = z
  .object({
    /** The language she reviewed in: her marks are indexes into its segments. */
    lang: z.enum(LANGUAGES),
    marks: z.array(markSchema).max(MAX_SEGMENTS),
    verdict: z.enum(VERDICTS),
    /** What she would send back to the author; kept on her computer, never in a statement. */
    note: z.string().max(NOTE_MAX_LENGTH).optional(),
  })
  .strict();
export type OutputReviewAnswer = z.infer<typeof outputReviewAnswerSchema>;

/** A review being done: marks whose type or confidence may not be chosen yet. */
export const outputReviewStateSchema = z
  .object({
    lang: z.enum(LANGUAGES).nullable(),
    marks: z.array(z.object({ segment: segmentIndex, type: z.enum(FLAW_TYPES).nullable(), confidence: z.enum(CONFIDENCES).nullable() }).strict()).max(MAX_SEGMENTS),
    verdict: z.enum(VERDICTS).nullable(),
    note: z.string().max(NOTE_MAX_LENGTH),
  })
  .strict();
export type OutputReviewState = z.infer<typeof outputReviewStateSchema>;

/** Every mark on a segment of her language, each segment once. */
export function isValidReviewAnswer(block: OutputReviewBlock, answer: OutputReviewAnswer): boolean {
  const count = block.segments[answer.lang].length;
  const marked = new Set(answer.marks.map((m) => m.segment));
  return marked.size === answer.marks.length && answer.marks.every((m) => m.segment < count);
}

// -------------------------------------------------------------------------------------------------
// Scoring

/** A flaw: whether she marked a segment carrying it, with which type and how sure. */
export interface FlawPart {
  id: string;
  kind: 'flaw';
  severity: Severity;
  expected: FlawType;
  found: boolean;
  /** The type she gave (a wrong one, if one of her marks on it is wrong); null when missed. */
  type: FlawType | null;
  typeRight: boolean;
  /** Her highest confidence among her marks on it; null when missed. */
  confidence: Confidence | null;
  correct: boolean;
}

/** A segment she marked that carries no flaw. Its id can never be a content id. */
export interface FalseAlarmPart {
  id: string;
  kind: 'false-alarm';
  segment: number;
  type: FlawType;
  confidence: Confidence;
  correct: false;
}

export interface VerdictPart {
  id: string;
  kind: 'verdict';
  given: Verdict;
  expected: Verdict;
  correct: boolean;
}

export type OutputReviewPart = FlawPart | FalseAlarmPart | VerdictPart;

export const VERDICT_PART = '@verdict';
export const falseAlarmPartId = (segment: number) => `@segment-${segment}`;

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** The most raw points a score may keep and still be below the passing share of max. */
function belowPassing(max: number, passingScore: number): number {
  // The epsilon keeps 0.7 × 10 (7.000000000000001 in floating point) a whole 7, so the cap is 6.
  return Math.max(0, Math.ceil(passingScore * max - 1e-9) - 1);
}

/**
 * Per flaw, 1 point for marking a segment that carries it and 1 more for its right type (every
 * mark on it of that type: hedging with two types earns nothing); 1 for the right verdict; −1
 * per marked segment that carries no flaw; never below 0. A missed critical flaw holds the
 * score below the module's passing score; success is every critical flaw found and a passing score.
 */
export function scoreReview(block: OutputReviewBlock, answer: OutputReviewAnswer, mod: Pick<ModuleContext, 'passingScore'>): Outcome<OutputReviewPart> {
  const segments = block.segments[answer.lang];
  const marksOn = new Map<string, Mark[]>();
  const falseAlarms: FalseAlarmPart[] = [];
  for (const mark of [...answer.marks].sort((a, b) => a.segment - b.segment)) {
    const flaw = segments[mark.segment]?.flaw;
    if (flaw) marksOn.set(flaw, [...(marksOn.get(flaw) ?? []), mark]);
    else falseAlarms.push({ id: falseAlarmPartId(mark.segment), kind: 'false-alarm', segment: mark.segment, type: mark.type, confidence: mark.confidence, correct: false });
  }
  const flaws = block.flaws.map((flaw): FlawPart => {
    const marks = marksOn.get(flaw.id) ?? [];
    const found = marks.length > 0;
    const typeRight = found && marks.every((m) => m.type === flaw.type);
    const given = marks.find((m) => m.type !== flaw.type) ?? marks[0];
    const confidence = marks.reduce<Confidence | null>((best, m) => (best === null || RANK[m.confidence] > RANK[best] ? m.confidence : best), null);
    return { id: flaw.id, kind: 'flaw', severity: flaw.severity, expected: flaw.type, found, type: given?.type ?? null, typeRight, confidence, correct: found && typeRight };
  });
  const verdict: VerdictPart = { id: VERDICT_PART, kind: 'verdict', given: answer.verdict, expected: block.verdict, correct: answer.verdict === block.verdict };

  const max = 2 * block.flaws.length + 1;
  const earned = flaws.filter((p) => p.found).length + flaws.filter((p) => p.typeRight).length + (verdict.correct ? 1 : 0);
  const missedCritical = flaws.some((p) => p.severity === 'critical' && !p.found);
  const floored = Math.max(0, earned - falseAlarms.length);
  const raw = missedCritical ? Math.min(floored, belowPassing(max, mod.passingScore)) : floored;
  const scaled = raw / max;
  return { raw, max, scaled, correct: !missedCritical && scaled >= mod.passingScore, parts: [...flaws, ...falseAlarms, verdict] };
}

/** How well her confidence matched what she marked: shown as feedback, never part of the score. */
export interface Calibration {
  /** Mean of (p − o)² over her marks: p her confidence as a probability, o 1 when the segment carries a flaw. 0 is perfect. */
  brier: number | null;
  /** Mean of (p − o): above 0 she was surer than her marks turned out, below 0 less sure; null when she marked nothing. */
  gap: number | null;
  /** Per confidence level: how many marks she made with it, and how many of those were on a flaw. */
  levels: Record<Confidence, { marks: number; onFlaw: number }>;
}

export function calibration(block: OutputReviewBlock, answer: Pick<OutputReviewAnswer, 'lang' | 'marks'>): Calibration {
  const segments = block.segments[answer.lang];
  const levels = Object.fromEntries(CONFIDENCES.map((c) => [c, { marks: 0, onFlaw: 0 }])) as Calibration['levels'];
  let squares = 0;
  let gaps = 0;
  for (const mark of answer.marks) {
    const onFlaw = segments[mark.segment]?.flaw !== undefined;
    const level = levels[mark.confidence];
    level.marks += 1;
    if (onFlaw) level.onFlaw += 1;
    const gap = CONFIDENCE_PROBABILITY[mark.confidence] - (onFlaw ? 1 : 0);
    squares += gap ** 2;
    gaps += gap;
  }
  const n = answer.marks.length;
  return { brier: n ? squares / n : null, gap: n ? gaps / n : null, levels };
}

// -------------------------------------------------------------------------------------------------
// What the checker refuses beyond the schema

/** The segments of one language carrying each flaw, by index. */
export function flawSegments(block: OutputReviewBlock, lang: Language): Map<string, number[]> {
  const at = new Map<string, number[]>();
  block.segments[lang].forEach((s, i) => s.flaw && at.set(s.flaw, [...(at.get(s.flaw) ?? []), i]));
  return at;
}

/** Every segment marked, each flaw with its right type and the rest with any type: the answer of someone who suspects everything. */
export function markEverything(block: OutputReviewBlock, lang: Language): OutputReviewAnswer {
  const types = new Map(block.flaws.map((f) => [f.id, f.type]));
  const marks = block.segments[lang].map((s, segment): Mark => ({ segment, type: (s.flaw && types.get(s.flaw)) || 'factual-error', confidence: 'high' }));
  return { lang, marks, verdict: block.verdict };
}

const LANGUAGE_NAMES_EN: Record<Language, string> = { fr: 'French (fr)', nl: 'Dutch (nl)', en: 'English (en)' };
const percent = (share: number) => `${Math.round(share * 100)} %`;

type Fault = { path: BlockPath; message: string };

/** The rules of the format: flaws and segments agree in every language. */
function structureFaults(block: OutputReviewBlock): Fault[] {
  const faults: Fault[] = [];
  const known = new Set(block.flaws.map((f) => f.id));
  for (const lang of LANGUAGES) {
    const segments = block.segments[lang];
    segments.forEach((s, i) => {
      if (s.flaw !== undefined && !known.has(s.flaw))
        faults.push({ path: ['segments', lang, i, 'flaw'], message: `unknown flaw "${s.flaw}" (the flaws are: ${[...known].join(', ') || 'none'})` });
      if (s.flaw !== undefined && s.note !== undefined)
        faults.push({ path: ['segments', lang, i, 'note'], message: 'a segment with a flaw takes no note: a note says why a text is right (the flaw says why it is wrong)' });
      if (wordCount(s.text) < 2)
        faults.push({ path: ['segments', lang, i, 'text'], message: 'a segment is a whole sentence or clause, never a single word: join it to the next or previous one' });
    });
    const carried = flawSegments(block, lang);
    block.flaws.forEach((f, k) => {
      if (!carried.has(f.id))
        faults.push({ path: ['flaws', k, 'id'], message: `flaw "${f.id}" is on no segment of the ${LANGUAGE_NAMES_EN[lang]} version: every flaw must exist in every language` });
    });
    const clean = segments.filter((s) => s.flaw === undefined).length;
    if (clean < block.flaws.length + 2) {
      faults.push({
        path: ['segments', lang],
        message: `${clean} segments without a flaw in ${LANGUAGE_NAMES_EN[lang]}: write at least ${block.flaws.length + 2} (the number of flaws + 2), so that marking everything cannot pass`,
      });
    }
  }
  // An output that needs no correction has nothing to correct, and the reverse.
  if (block.flaws.length === 0 && block.verdict !== 'usable') faults.push({ path: ['verdict'], message: 'an output without flaws is "usable" as it stands' });
  if (block.flaws.length > 0 && block.verdict === 'usable')
    faults.push({ path: ['verdict'], message: 'an output with flaws is not "usable" as it stands: "usable-after-corrections" or "not-usable"' });
  return faults;
}

/** The two answers that must never pass, scored under the module's passing score. */
function fairnessFaults(block: OutputReviewBlock, mod: ModuleContext): Fault[] {
  const faults: Fault[] = [];
  for (const lang of LANGUAGES) {
    const all = scoreReview(block, markEverything(block, lang), mod);
    if (all.scaled >= mod.passingScore) {
      faults.push({
        path: ['segments', lang],
        message: `marking every segment scores ${percent(all.scaled)} in ${LANGUAGE_NAMES_EN[lang]}, not below the module's passing score (${percent(mod.passingScore)}): add segments without a flaw`,
      });
    }
  }
  // With no mark, the language makes no difference.
  const none = scoreReview(block, { lang: 'en', marks: [], verdict: block.verdict }, mod);
  if (block.flaws.length > 0 && none.correct) {
    faults.push({
      path: ['flaws'],
      message: `marking nothing passes this flawed output (${percent(none.scaled)}, the passing score is ${percent(mod.passingScore)}): add a flaw or make one critical`,
    });
  }
  return faults;
}

function reviewFaults(block: OutputReviewBlock, mod: ModuleContext): Fault[] {
  const faults = structureFaults(block);
  // Scoring needs a sound block.
  return faults.length > 0 ? faults : fairnessFaults(block, mod);
}

// -------------------------------------------------------------------------------------------------
// Statements and reports

const CONFIDENCE_EXTENSION = extensionIri('review-confidence');
const METRICS_EXTENSION = extensionIri('review-metrics');

/** What a statement records beside the matching response, keyed by flaw id so results compare across languages. */
export interface ReviewMetrics {
  flaws: Record<string, { found: boolean; typeRight: boolean }>;
  /** Segments marked without a flaw, by index in the statement's language: no text of hers. */
  falseAlarms: { segment: number; type: FlawType; confidence: Confidence }[];
  verdict: Verdict;
  verdictRight: boolean;
  marks: number;
  /** Absent when she marked nothing. */
  brier?: number;
}

const QUOTES: Record<Language, [string, string]> = { fr: ['«\u00a0', '\u00a0»'], nl: ['‘', '’'], en: ['“', '”'] };
/** The first words of a sentence, cut at a word, to name it in a label, a list or a heading. */
export function excerpt(text: string, length = 60): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 3 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A flaw named for a trainer: its type and the start of the segment that carries it, in each language. */
export function flawLabel(block: OutputReviewBlock, flaw: Flaw): Localized {
  const label = (lang: Language) => {
    const segment = block.segments[lang].find((s) => s.flaw === flaw.id);
    const [open, close] = QUOTES[lang];
    return segment ? `${FLAW_TYPE_LABELS[flaw.type][lang]} — ${open}${excerpt(segment.text)}${close}` : FLAW_TYPE_LABELS[flaw.type][lang];
  };
  return { fr: label('fr'), nl: label('nl'), en: label('en') };
}

/** Report labels for what is not a flaw: a type, and the word that says a flaw was missed. Never a content id. */
export const typeLabelId = (type: string) => `~${type}`;
export const MISSED_LABEL = '~missed';
const MISSED: Localized = { fr: 'Non repéré\u00a0:', nl: 'Gemist:', en: 'Missed:' };

const pairsOf = (text: string | undefined): [string, string][] => (text ? text.split('[,]').map((pair) => pair.split('[.]') as [string, string]) : []);

/** Flaws missed, as [flaw], then flaws found with a wrong type, as [flaw, ~type]. */
function reviewMistakes(pattern: string | undefined, response: string | undefined): string[][] {
  const expected = new Map(pairsOf(pattern));
  const given = new Map(pairsOf(response));
  const missed = [...expected.keys()].filter((flaw) => !given.has(flaw)).map((flaw) => [flaw]);
  const wrongType = [...given].filter(([flaw, type]) => expected.has(flaw) && expected.get(flaw) !== type).map(([flaw, type]) => [flaw, typeLabelId(type)]);
  return [...missed, ...wrongType];
}

// -------------------------------------------------------------------------------------------------
// How a simulated learner reviews: she finds each flaw more often the abler she is, types most
// of those she finds right, is surer when she is abler, and now and then marks a clean passage.

function simulatedAnswer(block: OutputReviewBlock, { rng, ability, language, key }: { rng: Random; ability: number; language: Language; key: string }): OutputReviewAnswer {
  const at = flawSegments(block, language);
  const marks: Mark[] = [];
  const confidence = (): Confidence =>
    rng.weighted([
      ['low', 1.2 - ability],
      ['medium', 1],
      ['high', 0.4 + ability],
    ] as const);
  for (const flaw of block.flaws) {
    const hard = difficulty(`${key}/${flaw.id}`);
    if (!rng.chance(clamp(ability + 0.35 - hard, 0.1, 0.97))) continue;
    const typeRight = rng.chance(clamp(ability + 0.2 - hard, 0.1, 0.95));
    marks.push({ segment: rng.pick(at.get(flaw.id)!), type: typeRight ? flaw.type : rng.pick(FLAW_TYPES.filter((t) => t !== flaw.type)), confidence: confidence() });
  }
  block.segments[language].forEach((s, segment) => {
    if (s.flaw === undefined && rng.chance((1 - ability) * 0.12)) marks.push({ segment, type: rng.pick(FLAW_TYPES), confidence: rng.pick(['low', 'medium'] as const) });
  });
  const verdictRight = rng.chance(clamp(ability + 0.25 - difficulty(key), 0.2, 0.95));
  return {
    lang: language,
    marks: marks.sort((a, b) => a.segment - b.segment),
    verdict: verdictRight ? block.verdict : rng.pick(VERDICTS.filter((v) => v !== block.verdict)),
  };
}

const outputWords = (block: OutputReviewBlock, lang: Language) => block.segments[lang].reduce((sum, s) => sum + wordCount(s.text), 0);

export const outputReview = defineBlock({
  type: 'output-review',
  schema: outputReviewBlockSchema,
  label: { fr: "Relecture critique d'un résultat d'IA", nl: 'AI-output kritisch nalezen', en: 'Critical review of an AI output' },
  content: {
    texts: (block) => {
      const joined = (pick: (s: Segment) => string | undefined): Localized =>
        Object.fromEntries(LANGUAGES.map((lang) => [lang, block.segments[lang].flatMap((s) => pick(s) ?? []).join(' ')])) as Localized;
      const { requester, tool, prompt, input } = block.origin;
      return [
        block.output,
        requester,
        tool,
        prompt,
        input,
        joined((s) => [s.text, s.note].filter(Boolean).join(' ')),
        ...block.flaws.flatMap((f) => [f.why, f.verify]),
        block.debrief,
      ];
    },
    // Marking, classifying and judging: 2 minutes, and half a minute more per flaw to verify and classify.
    minutes: (block) => 2 + 0.5 * block.flaws.length,
    ids: (block) => [{ list: 'flaws', entries: block.flaws.map((f, i) => ({ id: f.id, path: ['flaws', i, 'id'] })) }],
    assets: () => [],
    faults: reviewFaults,
  },
  visit: (_block, _lang, rng) => rng.between(20, 60) * 1000,
  answer: {
    schema: outputReviewAnswerSchema,
    fits: isValidReviewAnswer,
    score: scoreReview,
    counts: 'first',
    xapi: {
      interactionType: 'matching',
      extensions: {
        [CONFIDENCE_EXTENSION]: map(CONTENT_ID_PATTERN, oneOf(CONFIDENCES), MAX_FLAWS),
        [METRICS_EXTENSION]: obj(
          {
            flaws: map(CONTENT_ID_PATTERN, obj({ found: bool, typeRight: bool }), MAX_FLAWS),
            falseAlarms: arr(obj({ segment: num({ min: 0, max: MAX_SEGMENTS - 1, integer: true }), type: oneOf(FLAW_TYPES), confidence: oneOf(CONFIDENCES) }), {
              max: MAX_SEGMENTS,
            }),
            verdict: oneOf(VERDICTS),
            verdictRight: bool,
            marks: num({ min: 0, max: MAX_SEGMENTS, integer: true }),
          },
          { brier: num({ min: 0, max: 1 }) },
        ),
      },
      // Flaws to the types she gave them (xAPI "matching"), with her confidence and the rest keyed
      // by flaw id. Never her note: it may name a patient, and statements go to trainers and LRSs.
      statements: (block, answer, outcome, record) => {
        const flaws = outcome.parts.filter((p): p is FlawPart => p.kind === 'flaw');
        const { brier } = calibration(block, answer);
        const metrics: ReviewMetrics = {
          flaws: Object.fromEntries(flaws.map((p) => [p.id, { found: p.found, typeRight: p.typeRight }])),
          falseAlarms: outcome.parts.flatMap((p) => (p.kind === 'false-alarm' ? [{ segment: p.segment, type: p.type, confidence: p.confidence }] : [])),
          verdict: answer.verdict,
          verdictRight: answer.verdict === block.verdict,
          marks: answer.marks.length,
          ...(brier === null ? {} : { brier }),
        };
        return [
          record.answered({
            name: block.output,
            interactionType: 'matching',
            correctResponsesPattern: [block.flaws.map((f) => `${f.id}[.]${f.type}`).join('[,]')],
            ...(block.flaws.length ? { source: components(block.flaws.map((f) => ({ id: f.id, text: flawLabel(block, f) }))) } : {}),
            target: components(FLAW_TYPES.map((t) => ({ id: t, text: FLAW_TYPE_LABELS[t] }))),
            response: flaws.flatMap((p) => (p.type ? [`${p.id}[.]${p.type}`] : [])).join('[,]'),
            extensions: {
              [CONFIDENCE_EXTENSION]: Object.fromEntries(flaws.flatMap((p) => (p.confidence ? [[p.id, p.confidence]] : []))),
              [METRICS_EXTENSION]: metrics,
            },
          }),
        ];
      },
    },
    report: {
      labels: (block) => ({
        label: block.output,
        parts: Object.fromEntries([
          ...block.flaws.map((f) => [f.id, flawLabel(block, f)] as const),
          ...FLAW_TYPES.map((t) => [typeLabelId(t), FLAW_TYPE_LABELS[t]] as const),
          [MISSED_LABEL, MISSED] as const,
        ]),
      }),
      mistakes: (statement) => reviewMistakes(statement.object.definition.correctResponsesPattern?.[0], statement.result?.response),
      describe: ([flaw, type], label) => (type === undefined ? `${label(MISSED_LABEL)} ${label(flaw ?? '')}` : `${label(flaw ?? '')} → ${label(type)}`),
    },
    simulate: {
      answer: simulatedAnswer,
      // Reading the output at 200 words a minute, then marking, checking and judging.
      answerMs: (block, { rng, language }) => (outputWords(block, language) * 0.3 + rng.between(60, 150 + 40 * block.flaws.length)) * 1000,
      feedbackMs: (rng) => rng.between(20, 90) * 1000,
    },
  },
  state: {
    schema: outputReviewStateSchema,
    initial: () => ({ lang: null, marks: [], verdict: null, note: '' }),
  },
});
