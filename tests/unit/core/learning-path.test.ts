import { readFileSync } from 'node:fs';
import { moduleMeta } from '../../../core/content/schema';
import { parseModuleSource } from '../../../core/content/parse';
import { aboutMinutes, learningPath, lessonOf, nextStep, suggestedFirst, type ModulePlace, type PathModule } from '../../../core/learning-path';
import { PROFESSIONS, type Profession } from '../../../core/professions';

const mod = (id: string, prerequisites: string[] = [], practiceFor: PathModule['practiceFor'] = {}, professions: readonly Profession[] = PROFESSIONS): PathModule => ({
  id,
  prerequisites,
  practiceFor,
  professions,
});
const ids = (path: readonly PathModule[]) => path.map((m) => m.id);

describe('her path: which modules, in which order', () => {
  // In catalogue order, as the build lists them: a module listed before its prerequisite.
  const catalogue = [
    mod('prompting', ['basics'], { physician: 2, physiotherapist: 1, nurse: 2 }),
    mod('devices', ['basics'], { physician: 1, physiotherapist: 3 }),
    mod('basics'),
    mod('rules', ['basics'], { 'hospital-admin': 1 }),
    mod('for-admins', [], {}, ['hospital-admin']),
  ];

  it('puts prerequisites first, then the modules with the most practice written for her profession', () => {
    expect(ids(learningPath(catalogue, 'physician'))).toEqual(['basics', 'prompting', 'devices', 'rules', 'for-admins']);
    expect(ids(learningPath(catalogue, 'physiotherapist'))).toEqual(['basics', 'devices', 'prompting', 'rules', 'for-admins']);
  });

  it('puts a module naming her profession before one that does not, prerequisites still first', () => {
    expect(ids(learningPath(catalogue, 'hospital-admin'))).toEqual(['basics', 'rules', 'prompting', 'devices', 'for-admins']);
    const two = [mod('for-admins', [], {}, ['hospital-admin']), mod('general')];
    expect(ids(learningPath(two, 'physician'))).toEqual(['general', 'for-admins']);
    expect(ids(learningPath(two, 'hospital-admin'))).toEqual(['for-admins', 'general']);
  });

  it('keeps the catalogue order, prerequisites first, without a profession of the list', () => {
    expect(ids(learningPath(catalogue, 'other'))).toEqual(['basics', 'prompting', 'devices', 'rules', 'for-admins']);
    expect(ids(learningPath(catalogue))).toEqual(['basics', 'prompting', 'devices', 'rules', 'for-admins']);
  });

  it('keeps every module: a prerequisite not installed is ignored, a loop is broken in catalogue order', () => {
    expect(ids(learningPath([mod('a', ['gone']), mod('b', ['a'])], 'nurse'))).toEqual(['a', 'b']);
    expect(ids(learningPath([mod('a', ['b']), mod('b', ['a']), mod('c', ['a'])], 'nurse'))).toEqual(['a', 'b', 'c']);
    expect(learningPath([], 'nurse')).toEqual([]);
  });

  it('orders the shipped modules for a physician and a physiotherapist from their own exercises, the basics first', () => {
    const shipped = ['ai-basics', 'prompting', 'critical-review', 'teleconsultation', 'connected-devices', 'rules-and-roles'].map((id) => {
      const parsed = parseModuleSource(readFileSync(`modules/${id}/module.yaml`, 'utf8'), id);
      if (!parsed.ok) throw new Error(`${id} must be valid`);
      return moduleMeta(parsed.module);
    });
    for (const profession of ['physician', 'physiotherapist'] as const) {
      const path = learningPath(shipped, profession);
      expect(path[0]!.id).toBe('ai-basics');
      expect(path).toHaveLength(6);
      const counts = path.slice(1).map((m) => m.practiceFor[profession] ?? 0);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    // The shipped modules differ in what they offer each: prompting has two labs for physicians, one for physiotherapists.
    expect(shipped.find((m) => m.id === 'prompting')!.practiceFor).toMatchObject({ physician: 2, physiotherapist: 1 });
  });
});

describe('her next step', () => {
  const path = [mod('basics'), mod('prompting', ['basics']), mod('devices', ['basics'])];
  const places = (entries: [string, ModulePlace][]) => new Map(entries);

  it('starts her path at its first module', () => {
    expect(nextStep(path, places([]))).toEqual({ kind: 'start', moduleId: 'basics' });
  });

  it('continues the module she has open, in the lesson she reached, before anything else', () => {
    expect(nextStep(path, places([['devices', { standing: 'in-progress', lessonIndex: 2 }]]))).toEqual({ kind: 'continue', moduleId: 'devices', lessonIndex: 2 });
  });

  it('goes on with the first module of her path not passed: to start, or to take again', () => {
    expect(nextStep(path, places([['basics', { standing: 'passed' }]]))).toEqual({ kind: 'start', moduleId: 'prompting' });
    expect(nextStep(path, places([['basics', { standing: 'not-yet-passed' }]]))).toEqual({ kind: 'retake', moduleId: 'basics' });
  });

  it('has nothing more to suggest once every module is passed, and nothing without modules', () => {
    const passed: ModulePlace = { standing: 'passed' };
    expect(
      nextStep(
        path,
        places([
          ['basics', passed],
          ['prompting', passed],
          ['devices', passed],
        ]),
      ),
    ).toEqual({ kind: 'done' });
    expect(nextStep([], places([]))).toBeUndefined();
  });

  it('suggests first the prerequisites she has not passed, in her path order', () => {
    const both = mod('capstone', ['devices', 'basics']);
    expect(suggestedFirst(both, path, new Set())).toEqual(['basics', 'devices']);
    expect(suggestedFirst(both, path, new Set(['basics']))).toEqual(['devices']);
    expect(suggestedFirst(path[0]!, path, new Set())).toEqual([]);
  });
});

describe('what the home says of a module', () => {
  it('finds the lesson of the block she resumes on', () => {
    const blockIds = ['a', 'b', 'c', 'd', 'e'];
    expect(lessonOf(blockIds, [2, 1, 2], 'a')).toBe(0);
    expect(lessonOf(blockIds, [2, 1, 2], 'c')).toBe(1);
    expect(lessonOf(blockIds, [2, 1, 2], 'e')).toBe(2);
    expect(lessonOf(blockIds, [2, 1, 2], 'removed')).toBe(0);
    expect(lessonOf(blockIds, [2, 1, 2], undefined)).toBe(0);
  });

  it('rounds a declared duration to the nearest 5 minutes, never below 5', () => {
    expect([38, 70, 92, 118, 1, 467].map(aboutMinutes)).toEqual([40, 70, 90, 120, 5, 465]);
  });
});
