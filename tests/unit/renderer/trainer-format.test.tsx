import { exerciseText, mistakeText, type ReportModule } from '../../../core/cohort/report';
import { csvFileName, learnerName } from '../../../renderer/src/trainer/format';
import { initI18n } from '../../../renderer/src/i18n';
import { addTrainerStrings } from '../../../renderer/src/trainer/strings';

const sorting: ReportModule = {
  id: 'critical-review',
  title: { fr: 'Relecture critique', nl: 'Kritisch nalezen', en: 'Critical review' },
  passingScore: 0.7,
  estimatedMinutes: 97,
  objectives: [],
  items: {
    'sort-data': {
      type: 'categorize',
      label: { fr: 'Classez ces données', nl: 'Sorteer deze gegevens', en: 'Sort these data' },
      choices: {
        diagnosis: { fr: 'Un diagnostic', nl: 'Een diagnose', en: 'A diagnosis' },
        'health-data': { fr: 'Donnée de santé', nl: 'Gezondheidsgegeven', en: 'Health data' },
        other: { fr: 'Autre donnée', nl: 'Ander gegeven', en: 'Other data' },
      },
    },
  },
};

describe('how the trainer area names things', () => {
  it('names a mistake as its block type describes it: a sorting mistake "item → group" by their labels, an option by its label', () => {
    const quiz: ReportModule = { ...sorting, items: { q1: { type: 'quiz', label: sorting.items['sort-data']!.label, choices: sorting.items['sort-data']!.choices } } };
    expect(mistakeText([sorting], { moduleId: 'critical-review', blockId: 'sort-data', type: 'categorize' }, ['diagnosis', 'other'], 'nl')).toBe('Een diagnose → Ander gegeven');
    expect(mistakeText([quiz], { moduleId: 'critical-review', blockId: 'q1', type: 'quiz' }, ['health-data'], 'fr')).toBe('Donnée de santé');
  });

  it('falls back to ids for a module that is not installed here, described by the type the records name', () => {
    expect(mistakeText([sorting], { moduleId: 'gone', blockId: 'q1', type: 'categorize' }, ['a', 'b'], 'en')).toBe('a → b');
    expect(mistakeText([sorting], { moduleId: 'gone', blockId: 'q1', type: 'made-by-a-newer-version' }, ['a', 'b'], 'en')).toBe('a → b');
    expect(exerciseText([sorting], 'gone', 'q1', 'en')).toBe('q1');
  });

  it('shows a learner who shared no name by the start of her pseudonymous account', async () => {
    const i18n = await initI18n('nl');
    addTrainerStrings(i18n);
    expect(learnerName({ account: 'f3c2a1b0-1111-4222-8333-444455556666' }, i18n.t)).toBe('Deelnemer f3c2a1b0');
    expect(learnerName({ account: 'f3c2a1b0-1111', displayName: 'Sofie' }, i18n.t)).toBe('Sofie');
  });

  it('suggests a plain CSV file name, whatever the cohort is called', () => {
    expect(csvFileName('Mardi', null, '2026-11-20')).toBe('Mardi - 2026-11-20.csv');
    expect(csvFileName('Soins/urgences: "A|B"', 'Médecin', '2026-11-20')).toBe('Soins-urgences- -A-B- - Médecin - 2026-11-20.csv');
    expect(csvFileName('..\u202egnp.exe', null, '2026-11-20')).toBe('gnp.exe - 2026-11-20.csv');
    expect(csvFileName('???', null, '2026-11-20')).toBe('cohort - 2026-11-20.csv');
    const long = csvFileName('x'.repeat(200), 'Personnel administratif hospitalier', '2026-11-20');
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith(' - Personnel administratif hospitalier - 2026-11-20.csv')).toBe(true);
  });
});

describe('times and exercise names', () => {
  it('writes times in minutes, then hours and minutes', async () => {
    const { formatMinutes } = await import('../../../renderer/src/trainer/format');
    const space = (s: string) => s.replace(/\s/g, ' ');
    expect(space(formatMinutes(4 * 60_000, 'fr'))).toBe('4 min');
    expect(space(formatMinutes(229 * 60_000, 'fr'))).toBe('3 h 49 min');
    expect(space(formatMinutes(120 * 60_000, 'en'))).toBe('2 hr');
    expect(space(formatMinutes(61 * 60_000, 'nl'))).toMatch(/^1 u(ur)? 1 min$/);
  });

  it('shows an exercise written in Markdown as plain text', () => {
    const lab: ReportModule = {
      ...sorting,
      items: { lab: { type: 'prompt-lab', label: { fr: '**Situation.** Fin de garde.\n\n**Tâche.** Écrivez.', nl: 'x', en: 'x' }, choices: {} } },
    };
    expect(exerciseText([lab], 'critical-review', 'lab', 'fr')).toBe('Situation. Fin de garde. Tâche. Écrivez.');
  });
});
