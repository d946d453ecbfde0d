import { readFileSync } from 'node:fs';
import { definitionOf } from '../../../core/blocks';
import { flawSegments, markEverything, scoreReview, type Mark, type OutputReviewAnswer, type OutputReviewBlock } from '../../../core/blocks/output-review/definition';
import { scoreScenario } from '../../../core/blocks/scenario/definition';
import type { ScenarioBlock } from '../../../core/blocks/scenario/schema';
import { formatFault } from '../../../core/content/faults';
import { parseModuleSource } from '../../../core/content/parse';
import type { LearningModule } from '../../../core/content/schema';
import { wordsRead } from '../../../core/content/reading';
import { moduleStats, READING_WPM } from '../../../core/content/stats';
import { LANGUAGES, type Language } from '../../../core/i18n';

function shipped(id: string): LearningModule {
  const parsed = parseModuleSource(readFileSync(`modules/${id}/module.yaml`, 'utf8'), id);
  if (!parsed.ok) throw new Error(parsed.faults.map(formatFault).join('\n'));
  return parsed.module;
}

/** Everything a learner reads in `lang`, lessons and blocks. */
function textIn(mod: LearningModule, lang: Language): string {
  const blocks = mod.lessons.flatMap((l) => l.blocks);
  return [...mod.lessons.map((l) => l.title), ...blocks.flatMap((b) => definitionOf(b).content.texts(b, mod))].map((t) => t[lang]).join('\n\n');
}

const rules = shipped('rules-and-roles');
const basics = shipped('ai-basics');
const blocks = rules.lessons.flatMap((l) => l.blocks);

describe('the rules-and-roles module', () => {
  it('comes after ai-basics', () => {
    expect(rules.prerequisites).toEqual(['ai-basics']);
  });

  // The AI Act's timeline as amended by Regulation (EU) 2026/1744: both modules must say the same.
  const TIMELINE: Record<Language, string[]> = {
    fr: ['1er août 2024', '2 février 2025', '2 août 2025', '2 août 2026', '2 décembre 2027', '2 août 2028', '19 novembre 2025', '2026/1744', '24 juillet 2026', '27 juillet 2026'],
    nl: [
      '1 augustus 2024',
      '2 februari 2025',
      '2 augustus 2025',
      '2 augustus 2026',
      '2 december 2027',
      '2 augustus 2028',
      '19 november 2025',
      '2026/1744',
      '24 juli 2026',
      '27 juli 2026',
    ],
    en: ['1 August 2024', '2 February 2025', '2 August 2025', '2 August 2026', '2 December 2027', '2 August 2028', '19 November 2025', '2026/1744', '24 July 2026', '27 July 2026'],
  };
  it.each(LANGUAGES)('in %s, gives the AI Act dates that ai-basics gives', (lang) => {
    const missing = (mod: LearningModule) => TIMELINE[lang].filter((date) => !textIn(mod, lang).includes(date));
    expect({ basics: missing(basics), rules: missing(rules) }).toEqual({ basics: [], rules: [] });
  });

  // The 2024 dates for high-risk systems appear only where the text says they were replaced.
  const OLD: Record<Language, { annexIII: RegExp; annexI: string; highRiskIII: string; replaced: RegExp }> = {
    fr: { annexIII: /annexe III/, annexI: '2 août 2027', highRiskIII: '2 août 2026', replaced: /texte de 2024|au lieu du/ },
    nl: { annexIII: /bijlage III/, annexI: '2 augustus 2027', highRiskIII: '2 augustus 2026', replaced: /tekst van 2024|in plaats van/ },
    en: { annexIII: /Annex III/, annexI: '2 August 2027', highRiskIII: '2 August 2026', replaced: /2024 text|instead of/ },
  };
  it.each(LANGUAGES)('in %s, never gives a high-risk date the digital omnibus replaced as if it still held', (lang) => {
    const { annexIII, annexI, highRiskIII, replaced } = OLD[lang];
    const stale = (mod: LearningModule) =>
      textIn(mod, lang)
        .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)
        .filter((p) => !replaced.test(p) && (p.includes(annexI) || (annexIII.test(p) && p.includes(highRiskIII))));
    expect({ basics: stale(basics), rules: stale(rules) }).toEqual({ basics: [], rules: [] });
  });

  const review = blocks.find((b): b is OutputReviewBlock => b.type === 'output-review' && b.id === 'review-member-chatbot-answer')!;
  it.each(LANGUAGES)('in %s, the member chatbot’s answer: the annotated review scores 1, marking everything stays below passing, finding nothing fails', (lang) => {
    const at = flawSegments(review, lang);
    const marks = review.flaws.map((f): Mark => ({ segment: at.get(f.id)![0]!, type: f.type, confidence: 'high' })).sort((a, b) => a.segment - b.segment);
    const annotated: OutputReviewAnswer = { lang, marks, verdict: review.verdict };
    expect(scoreReview(review, annotated, rules)).toMatchObject({ scaled: 1, correct: true });
    const all = scoreReview(review, markEverything(review, lang), rules);
    expect({ below: all.scaled < rules.passingScore, correct: all.correct }).toEqual({ below: true, correct: false });
    expect(scoreReview(review, { lang, marks: [], verdict: review.verdict }, rules).correct).toBe(false);
  });

  it('the cloned-voice call: the procedure and a report pass; a blocked transfer nobody hears of, or a payment, does not', () => {
    const call = blocks.find((b): b is ScenarioBlock => b.type === 'scenario' && b.id === 'cloned-voice-call')!;
    const play = (...path: string[]) => scoreScenario(call, { registration: '6f1c2a7e-3b4d-4c5e-9f60-718293a4b5c6', path });
    expect(play('c-call-back', 'c-hold-procedure', 'c-report-now')).toMatchObject({ scaled: 1, correct: true });
    // The trick question is fragile: the play still passes, but scores below the procedure.
    const trick = play('c-call-back', 'c-trick-question', 'c-stop-and-call', 'c-report-now');
    expect(trick.correct).toBe(true);
    expect(trick.scaled).toBeLessThan(1);
    expect(play('c-call-back', 'c-hold-procedure', 'c-move-on').correct).toBe(false);
    expect(play('c-pay-now').correct).toBe(false);
    expect(play('c-ask-email', 'c-trust-email').correct).toBe(false);
  });

  it('takes at least 45 minutes in each language, as content stats counts them', () => {
    const stats = moduleStats(rules);
    // A scenario counts its longest path; every other block its words and its work.
    const longest = stats.paths.reduce((sum, p) => sum + p.longest.minutes, 0);
    const branching = new Set(stats.paths.map((p) => p.blockId));
    const linear = blocks.filter((b) => !branching.has(b.id));
    const work = linear.reduce((sum, b) => sum + definitionOf(b).content.minutes(b), 0);
    const reading = (lang: Language) =>
      [...rules.lessons.map((l) => l.title), ...linear.flatMap((b) => definitionOf(b).content.texts(b, rules))].reduce((sum, t) => sum + wordsRead(t[lang]), 0) / READING_WPM;
    for (const lang of LANGUAGES) expect(reading(lang) + work + longest).toBeGreaterThanOrEqual(45);
    expect(stats.estimatedMinutes).toBeGreaterThanOrEqual(45);
    expect(Math.abs(stats.estimatedMinutes - rules.estimatedMinutes)).toBeLessThanOrEqual(rules.estimatedMinutes * 0.1);
  });
});
