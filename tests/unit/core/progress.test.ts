import { readFileSync } from 'node:fs';
import type { LearningModule } from '../../../core/content/schema';
import { parseModuleSource } from '../../../core/content/parse';
import { lessonScore, moduleScore } from '../../../core/module-score';
import { lessonOutline } from '../../../core/outline';
import { completionRatio, flattenBlocks, readingOrder, reconcileProgress, resumeIndex } from '../../../core/progress';

const parsed = parseModuleSource(readFileSync('tests/fixtures/modules/valid/sample/module.yaml', 'utf8'), 'sample');
if (!parsed.ok) throw new Error('fixture must be valid');
const mod = parsed.module;
const point = (scaled: number) => ({ raw: scaled, max: 1, scaled, correct: scaled === 1 });

describe('progress through a module', () => {
  it('walks the blocks of every lesson in reading order', () => {
    expect(flattenBlocks(mod).map((p) => [p.lessonIndex, p.blockIndex, p.index, p.block.id])).toEqual([
      [0, 0, 0, 'intro'],
      [0, 1, 1, 'q-single'],
      [1, 0, 2, 'q-multiple'],
      [2, 0, 3, 'key-terms'],
    ]);
  });

  it('resumes on the saved block, or at the start when that block no longer exists', () => {
    expect(resumeIndex(mod, 'q-multiple')).toBe(2);
    expect(resumeIndex(mod, 'removed-in-v2')).toBe(0);
    expect(resumeIndex(mod, undefined)).toBe(0);
  });

  it('scores the module on every quiz, counting unanswered ones as zero', () => {
    expect(moduleScore(mod, new Map([['q-single', point(1)]]))).toMatchObject({ raw: 1, max: 2, scaled: 0.5, passed: true });
    expect(moduleScore(mod, new Map())).toMatchObject({ scaled: 0, passed: false });
    expect(
      moduleScore(
        mod,
        new Map([
          ['q-single', point(1)],
          ['q-multiple', point(1)],
        ]),
      ),
    ).toMatchObject({ scaled: 1, correct: true });
  });

  it('counts completion over the blocks the module still has', () => {
    expect(completionRatio(['a', 'b', 'c', 'd'], ['a', 'b', 'gone'])).toBe(0.5);
    expect(completionRatio([], ['a'])).toBe(0);
  });
});

describe('a new version of a module', () => {
  const saved = { moduleVersion: 1, currentBlockId: 'q-single', doneBlockIds: ['intro', 'q-single'], status: 'in-progress' as const };

  it('changes nothing when the version is the same', () => {
    expect(reconcileProgress({ version: 1, blockIds: ['other'] }, saved)).toBe(saved);
  });

  it('keeps progress on the blocks whose ids did not change, and the place if it still exists', () => {
    expect(reconcileProgress({ version: 2, blockIds: ['intro', 'new-text', 'q-single', 'q-multiple'] }, saved)).toEqual({
      moduleVersion: 2,
      currentBlockId: 'q-single',
      doneBlockIds: ['intro', 'q-single'],
      status: 'in-progress',
    });
  });

  it('moves to the first block not done when the current block was removed', () => {
    expect(reconcileProgress({ version: 2, blockIds: ['intro', 'q-new'] }, saved)).toEqual({
      moduleVersion: 2,
      currentBlockId: 'q-new',
      doneBlockIds: ['intro'],
      status: 'in-progress',
    });
  });

  it('reopens a completed module that gained blocks, on the first new one; stays completed otherwise', () => {
    const completed = { ...saved, status: 'completed' as const, doneBlockIds: ['intro', 'q-single', 'q-multiple'], currentBlockId: 'q-multiple' };
    expect(reconcileProgress({ version: 2, blockIds: ['intro', 'q-single', 'case', 'q-multiple'] }, completed)).toMatchObject({
      status: 'in-progress',
      currentBlockId: 'case',
    });
    expect(reconcileProgress({ version: 2, blockIds: ['intro', 'q-multiple'] }, completed)).toMatchObject({
      status: 'completed',
      currentBlockId: 'q-multiple',
      doneBlockIds: ['intro', 'q-multiple'],
    });
  });
});

describe('the reading order of a learner', () => {
  const t = (s: string) => ({ fr: s, nl: s, en: s });
  const lab = (id: string, profession: 'nurse' | 'physician' | 'hospital-admin') => ({
    id,
    type: 'prompt-lab' as const,
    profession,
    task: t(id),
    criteria: [],
    expert: { prompt: t('p'), reasoning: t('r') },
  });
  const text = (id: string) => ({ id, type: 'text' as const, body: t(id) });
  const mod = {
    ...parsed.module,
    lessons: [
      {
        id: 'l1',
        title: t('L1'),
        blocks: [
          text('intro'),
          lab('admin-lab', 'hospital-admin'),
          lab('nurse-lab', 'nurse'),
          lab('doctor-lab', 'physician'),
          text('between'),
          lab('admin-2', 'hospital-admin'),
          lab('nurse-2', 'nurse'),
        ],
      },
      { id: 'l2', title: t('L2'), blocks: [lab('doctor-2', 'physician'), lab('nurse-3', 'nurse')] },
    ],
  } as LearningModule;
  const ids = (profession?: Parameters<typeof readingOrder>[1]) => readingOrder(mod, profession).map((p) => p.block.id);

  it('shows the exercises written for her profession first in each run of them, the others after, in their order', () => {
    expect(ids('nurse')).toEqual(['intro', 'nurse-lab', 'admin-lab', 'doctor-lab', 'between', 'nurse-2', 'admin-2', 'nurse-3', 'doctor-2']);
    expect(ids('physician')).toEqual(['intro', 'doctor-lab', 'admin-lab', 'nurse-lab', 'between', 'admin-2', 'nurse-2', 'doctor-2', 'nurse-3']);
  });

  it('keeps the module’s order for a learner of another profession, or none, and numbers the positions in her order', () => {
    const plain = flattenBlocks(mod).map((p) => p.block.id);
    expect(ids('other')).toEqual(plain);
    expect(ids()).toEqual(plain);
    expect(readingOrder(mod, 'nurse').map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('resumes on the block she left, where it is in her order', () => {
    expect(resumeIndex(mod, 'doctor-lab', 'nurse')).toBe(3);
    expect(resumeIndex(mod, 'doctor-lab', 'physician')).toBe(1);
  });
});

describe('the outline of a module', () => {
  // sample: lesson 1 = intro, q-single; lesson 2 = q-multiple; lesson 3 = key-terms (flashcards).
  const blocks = flattenBlocks(mod);
  const outline = (doneBlockIds: string[], currentBlockId: string, answers: [string, unknown][] = []) =>
    lessonOutline(blocks, { doneBlockIds, currentBlockId, latestAnswers: new Map(answers) });
  const reachable = (places: ReturnType<typeof outline>) => places.map((p) => p.reachable);

  it('gives each lesson its first and last step, in reading order', () => {
    expect(outline([], 'intro').map((p) => [p.lessonIndex, p.first, p.last])).toEqual([
      [0, 0, 1],
      [1, 2, 2],
      [2, 3, 3],
    ]);
  });

  it('lets a new learner reach only the lesson she is in', () => {
    expect(reachable(outline([], 'intro'))).toEqual([true, false, false]);
  });

  it('opens a lesson once its first step was reached, and marks done the lessons read to the end', () => {
    const places = outline(['intro', 'q-single', 'q-multiple'], 'key-terms', [
      ['q-single', { selected: ['pro'] }],
      ['q-multiple', { selected: ['bp'] }],
    ]);
    expect(reachable(places)).toEqual([true, true, true]);
    expect(places.map((p) => p.done)).toEqual([true, true, false]);
  });

  it('keeps a lesson she reached open when she went back to an earlier one', () => {
    const answers: [string, unknown][] = [
      ['q-single', { selected: ['pro'] }],
      ['q-multiple', { selected: ['bp'] }],
    ];
    expect(reachable(outline(['intro', 'q-single', 'q-multiple', 'key-terms'], 'intro', answers))).toEqual([true, true, true]);
  });

  it('keeps open a lesson she was shown and left for an earlier one before answering its exercise', () => {
    // Continue from q-single showed q-multiple (lesson 2); she went back without answering it.
    const places = outline(['intro', 'q-single'], 'intro', [['q-single', { selected: ['pro'] }]]);
    expect(reachable(places)).toEqual([true, true, false]);
  });

  it('never opens a lesson past an exercise left unanswered, even one she reached before (a new version added it)', () => {
    // q-single is done by an older version's record, but has no answer in this attempt.
    const places = outline(['intro', 'q-single', 'q-multiple'], 'intro', [['q-multiple', { selected: ['bp'] }]]);
    expect(reachable(places)).toEqual([true, false, false]);
  });

  it("scores one lesson on its own exercises, against the module's passing score", () => {
    expect(lessonScore(mod, 0, new Map([['q-single', point(1)]]))).toEqual({ exercises: 1, answered: 1, score: expect.objectContaining({ scaled: 1, passed: true }) });
    expect(lessonScore(mod, 1, new Map([['q-single', point(1)]]))).toEqual({ exercises: 1, answered: 0, score: expect.objectContaining({ scaled: 0, passed: false }) });
    expect(lessonScore(mod, 2, new Map())).toEqual({ exercises: 0, answered: 0 });
  });
});
