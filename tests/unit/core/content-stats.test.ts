import { BLOCK_TYPES } from '../../../core/blocks';
import { countWords, estimateVerdict, formatStats, moduleStats, statsJson } from '../../../core/content/stats';
import { moduleWithExample } from '../../fixtures/examples';
import type { LearningModule } from '../../../core/content/schema';

const t = (fr: string, nl: string, en: string) => ({ fr, nl, en });
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

const mod: LearningModule = {
  id: 'm',
  version: 2,
  title: t('a', 'b', 'c'),
  summary: t('a', 'b', 'c'),
  professions: ['nurse'],
  estimatedMinutes: 10,
  passingScore: 0.7,
  objectives: [],
  prerequisites: [],
  sources: [],
  glossary: [{ id: 'llm', term: t('LLM', 'LLM', 'LLM'), definition: t('un modèle', 'een model', 'a model') }],
  lessons: [
    {
      id: 'l',
      title: t('Leçon', 'Les', 'Lesson'),
      blocks: [
        { id: 'x', type: 'text', body: t(`## Titre\n${words(1000)}`, words(900), words(800)) },
        {
          id: 'q',
          type: 'quiz',
          mode: 'single',
          question: t('q ?', 'v?', 'q?'),
          explanation: t('e', 'e', 'e'),
          options: [
            { id: 'a', correct: true, text: t('a', 'a', 'a'), feedback: t('f', 'f', 'f') },
            { id: 'b', correct: false, text: t('b', 'b', 'b'), feedback: t('f', 'f', 'f') },
          ],
        },
        { id: 'r', type: 'reflection', prompt: t('Et vous ?', 'En jij?', 'And you?') },
        { id: 'c', type: 'flashcards', terms: ['llm'] },
      ],
    },
  ],
};

describe('module statistics for authors', () => {
  const stats = moduleStats(mod);

  it('counts blocks by type', () => {
    const others = Object.fromEntries(BLOCK_TYPES.map((type) => [type, 0]));
    expect(stats.blocksByType).toEqual({ ...others, text: 1, quiz: 1, reflection: 1, flashcards: 1 });
  });

  it('counts the words each language shows, Markdown and lone punctuation excluded', () => {
    // fr: lesson title 1 + text 1001 + quiz "q" + "e" + a f b f = 6 + reflection "Et vous" 2 + card "LLM un modèle" 3
    expect(stats.words).toEqual({ fr: 1013, nl: 912, en: 812 });
    expect(countWords('500 mg — deux fois ?')).toBe(4);
  });

  it('computes minutes from the longest language at 200 words a minute plus time to interact', () => {
    // 1013 / 200 = 5.07 min reading + quiz 0.5 + reflection 2 + one card 0.25 → 7.8 → 8
    expect(stats.estimatedMinutes).toBe(8);
    expect(estimateVerdict(stats)).toBe('ok');
    expect(estimateVerdict({ ...stats, declaredMinutes: 20 })).toBe('under');
    expect(estimateVerdict({ ...stats, declaredMinutes: 5 })).toBe('over');
  });

  it('prints one block of lines per module', () => {
    expect(formatStats(stats)).toEqual([
      'm (version 2)',
      '  blocks: text 1, quiz 1, reflection 1, flashcards 1 (4 in all)',
      '  words: fr 1013, nl 912, en 812',
      '  time: about 8 min computed, 10 min declared: matches the declared estimate',
    ]);
  });
});

describe('module statistics with a branching scenario', () => {
  const { mod: withScenario } = moduleWithExample('scenario');
  const stats = moduleStats(withScenario);
  const paths = stats.paths[0]!;

  it('times the scenario along its longest path, not by all its words, and reports its shortest path too', () => {
    expect(stats.paths.map((p) => p.blockId)).toEqual(['video-red-flag']);
    expect(paths.shortest.decisions).toBe(2);
    expect(paths.longest.decisions).toBe(2);
    expect(paths.longest.minutes).toBeGreaterThan(paths.shortest.minutes);
    // Only the lesson title is read outside the scenario.
    const title = Math.max(...(['fr', 'nl', 'en'] as const).map((l) => countWords(withScenario.lessons[0]!.title[l])));
    expect(stats.estimatedMinutes).toBe(Math.ceil(title / 200 + paths.longest.minutes));
    expect(stats.shortestMinutes).toBe(Math.ceil(title / 200 + paths.shortest.minutes));
    // The words per language count every branch: more than one path reads.
    expect(Math.max(...Object.values(stats.words))).toBeGreaterThan((paths.longest.minutes - (2 * 20) / 60) * 200);
  });

  it('prints the shortest and longest paths under the time, and the same figures as JSON', () => {
    const lines = formatStats(stats);
    expect(lines[4]).toBe(`  paths: about ${stats.shortestMinutes} min when every branching block takes its shortest path (the computed time counts the longest)`);
    expect(lines[5]).toBe(`    video-red-flag: shortest 2 decisions, ${paths.shortest.minutes.toFixed(1)} min; longest 2 decisions, ${paths.longest.minutes.toFixed(1)} min`);
    expect(statsJson(stats)).toMatchObject({
      minutes: { computed: stats.estimatedMinutes, declared: withScenario.estimatedMinutes, shortest: stats.shortestMinutes },
      paths: { 'video-red-flag': { shortest: { decisions: 2 }, longest: { decisions: 2, minutes: Math.round(paths.longest.minutes * 10) / 10 } } },
    });
  });

  it('adds nothing for a module without one', () => {
    expect(moduleStats(mod)).toMatchObject({ paths: [] });
    expect(moduleStats(mod).shortestMinutes).toBeUndefined();
    expect(Object.keys(statsJson(moduleStats(mod)))).toEqual(['id', 'version', 'blocks', 'words', 'minutes']);
  });
});
