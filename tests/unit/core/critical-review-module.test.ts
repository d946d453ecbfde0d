import { readFileSync } from 'node:fs';
import { flawSegments, markEverything, outputReview, scoreReview, type Mark, type OutputReviewAnswer, type OutputReviewBlock } from '../../../core/blocks/output-review/definition';
import { formatFault } from '../../../core/content/faults';
import { parseModuleSource } from '../../../core/content/parse';
import { moduleStats, READING_WPM } from '../../../core/content/stats';
import { LANGUAGES, type Language } from '../../../core/i18n';

/** What the author annotated: each flaw's first segment with its type, and the verdict. */
function annotated(review: OutputReviewBlock, lang: Language): OutputReviewAnswer {
  const at = flawSegments(review, lang);
  const marks = review.flaws.map((f): Mark => ({ segment: at.get(f.id)![0]!, type: f.type, confidence: 'high' })).sort((a, b) => a.segment - b.segment);
  return { lang, marks, verdict: review.verdict };
}

describe('every output of the critical-review module', () => {
  const parsed = parseModuleSource(readFileSync('modules/critical-review/module.yaml', 'utf8'), 'critical-review');
  if (!parsed.ok) throw new Error(parsed.faults.map(formatFault).join('\n'));
  const mod = parsed.module;
  const reviews = mod.lessons.flatMap((l) => l.blocks).filter((b): b is OutputReviewBlock => b.type === 'output-review');

  it('has at least 12 outputs, across the five professions, some of them correct as they stand', () => {
    expect(reviews.length).toBeGreaterThanOrEqual(12);
    expect(new Set(reviews.map((r) => r.profession))).toEqual(new Set(['physician', 'nurse', 'physiotherapist', 'hospital-admin', 'mutuality-staff']));
    expect(reviews.filter((r) => r.flaws.length === 0).length).toBeGreaterThanOrEqual(1);
    for (const review of reviews) expect(review.flaws.length).toBeLessThanOrEqual(5);
  });

  it.each(LANGUAGES)('in %s: the annotated answer scores 1, marking everything is below passing, marking nothing fails a flawed output', (lang) => {
    for (const review of reviews) {
      expect({ id: review.id, ...scoreReview(review, annotated(review, lang), mod) }).toMatchObject({ id: review.id, scaled: 1, correct: true });
      const all = scoreReview(review, markEverything(review, lang), mod);
      expect({ id: review.id, below: all.scaled < mod.passingScore, correct: all.correct }).toEqual({ id: review.id, below: true, correct: false });
      const none = scoreReview(review, { lang, marks: [], verdict: review.verdict }, mod);
      expect({ id: review.id, correct: none.correct }).toEqual({ id: review.id, correct: review.flaws.length === 0 });
    }
  });

  it('takes at least 45 minutes in each language, as content stats counts them', () => {
    const stats = moduleStats(mod);
    const work = mod.lessons.flatMap((l) => l.blocks).reduce((sum, b) => sum + (b.type === 'output-review' ? outputReview.content.minutes(b) : 0), 0);
    for (const lang of LANGUAGES) expect(stats.words[lang] / READING_WPM + work).toBeGreaterThanOrEqual(45);
    expect(stats.estimatedMinutes).toBeGreaterThanOrEqual(45);
  });
});
