import { readFileSync } from 'node:fs';
import { scorePromptLab, type PromptLabBlock } from '../../../core/blocks/prompt-lab/definition';
import { parseModuleSource } from '../../../core/content/parse';
import { LANGUAGES } from '../../../core/i18n';
import { flattenBlocks } from '../../../core/progress';

/*
 * The prompting module's labs, each scored on its sample, a prompt written in other words than
 * its expert's: a learner who does the task in her own words passes, her prompt is not taken for
 * a copy, and it does not pass, or even reach half marks, in another lab. The expert's prompt,
 * once shown, earns nothing when copied back. (The expert prompts and the content-free prompt are
 * in tests/unit/cli/prompt-check.test.ts, through the command line.)
 */
const parsed = parseModuleSource(readFileSync('modules/prompting/module.yaml', 'utf8'), 'prompting');
if (!parsed.ok) throw new Error('the prompting module must be valid');
const labs = flattenBlocks(parsed.module).flatMap(({ block }) => (block.type === 'prompt-lab' ? [block as PromptLabBlock] : []));

describe('the prompting module’s labs, on a learner’s own wording', () => {
  it('has its eight labs', () => {
    expect(labs).toHaveLength(8);
  });

  describe.each(LANGUAGES)('in %s', (lang) => {
    it.each(labs.map((lab) => [lab.id, lab] as const))('%s: her own wording of the task passes', (_, lab) => {
      const outcome = scorePromptLab(lab, { prompt: lab.sample[lang], lang });
      expect(outcome.parts.filter((p) => 'must' in p && !p.correct).map((p) => p.id)).toEqual([]);
      expect(outcome.parts).toContainEqual({ id: 'own-words', correct: true });
      expect(outcome.correct).toBe(true);
    });

    it.each(labs.map((lab) => [lab.id, lab] as const))('%s: its expert’s prompt pasted back, whole or half, earns nothing', (_, lab) => {
      const expert = lab.expert.prompt[lang];
      const firstHalf = expert
        .split('\n')
        .slice(0, Math.ceil(expert.split('\n').length / 2))
        .join('\n');
      for (const prompt of [expert, firstHalf, `${lab.sample[lang]}\n${expert}`]) {
        const outcome = scorePromptLab(lab, { prompt, lang });
        expect([outcome.raw, outcome.correct]).toEqual([0, false]);
        expect(outcome.parts).toContainEqual({ id: 'own-words', correct: false });
      }
    });

    it.each(labs.map((lab) => [lab.id, lab] as const))('%s: a prompt written for another lab stays below 50 here', (_, lab) => {
      const others = labs.filter((l) => l !== lab).map((other) => [other.id, scorePromptLab(lab, { prompt: other.sample[lang], lang }).raw] as const);
      expect(others.filter(([, score]) => score >= 50)).toEqual([]);
    });
  });
});
