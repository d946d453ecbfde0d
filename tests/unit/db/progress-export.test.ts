import 'fake-indexeddb/auto';
import validateStatement from '@learninglocker/xapi-validation';
import { serialiseProgressFile } from '../../../core/cohort/progress-file';
import { readProgressFile } from '../../../core/cohort/read-progress-file';
import type { PromptLabBlock } from '../../../core/blocks/prompt-lab/definition';
import type { Statement } from '../../../core/xapi/statements';
import { CareLitDatabase } from '../../../renderer/src/db/database';
import { createLearner } from '../../../renderer/src/db/learners';
import { newOutboxRow } from '../../../renderer/src/db/outbox';
import { putBlockState } from '../../../renderer/src/db/block-states';
import { slugOf } from '../../../core/file-names';
import { NoSuchLearnerError, progressFileFor, progressFileName } from '../../../renderer/src/db/progress-export';
import type { LearnerRow } from '../../../renderer/src/db/rows';
import { completeModule, saveAnswer, type StudyContext } from '../../../renderer/src/db/study';
import { walkStatements } from '../../fixtures/cohort';
import { sampleModule, sampleQuiz } from '../../fixtures/sample-module';

const mod = sampleModule();
const NOW = new Date('2026-11-20T16:00:00.000Z');
const NOTHING_SHARED = { shareName: false, shareProfession: false };
const t = (s: string) => ({ fr: s, nl: s, en: s });
const promptLab: PromptLabBlock = {
  id: 'discharge-letter',
  type: 'prompt-lab',
  profession: 'physician',
  task: t('Rédigez une lettre de sortie pour le médecin traitant.'),
  criteria: [{ id: 'placeholder', must: 'include', text: t('Un espace réservé pour le patient.'), cues: { fr: ['[patient*'], nl: ['[patient*'], en: ['[patient*'] } }],
  expert: { prompt: t('Vous êtes…'), reasoning: t('Parce que…') },
  sample: t('Je suis médecin : préparez la lettre de sortie de [PATIENT] pour son médecin traitant.'),
};
const LEAKY_PROMPT = 'Rédige une lettre de sortie pour Mme Fatima Benali, née le 12/03/1948, NISS 48.03.12-004.83.';
const PRIVATE_NOTE = 'Je doute encore de mon service : nous collons des dossiers entiers dans ChatGPT.';

let db: CareLitDatabase;
let amina: LearnerRow;
let bram: LearnerRow;

beforeEach(async () => {
  db = new CareLitDatabase(`export-${Math.random()}`);
  amina = await createLearner(db, 'Amina Benali', 'nurse');
  bram = await createLearner(db, 'Bram Peeters', 'physician');
});
afterEach(() => db.delete());

/** Her statements, stored as the app stores them, in an order other than the one she made them in. */
async function storeShuffled(statements: Statement[], learner: LearnerRow): Promise<void> {
  const rows = statements.map((statement) => newOutboxRow(statement, learner.id, statement.timestamp));
  await db.outbox.bulkAdd([...rows].reverse());
}

/** A learner's real work through the app's own saving functions. */
async function study(learner: LearnerRow): Promise<StudyContext> {
  const ctx: StudyContext = { db, learner, module: mod, language: 'fr' };
  await saveAnswer(ctx, sampleQuiz(mod, 'q-single'), { selected: ['pro'] }, 8_000);
  await saveAnswer(ctx, sampleQuiz(mod, 'q-multiple'), { selected: ['diagnosis', 'weather'] }, 12_000);
  await saveAnswer(ctx, promptLab, { prompt: LEAKY_PROMPT, lang: 'fr' }, 90_000);
  await completeModule(ctx, 'q-multiple', 1_000);
  return ctx;
}

/** As exported (JSON): rows read back from the test's IndexedDB belong to another JS realm. */
const asExported = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the progress file a learner exports', () => {
  it('holds only her statements, in the order she made them', async () => {
    const hers = walkStatements({
      account: amina.accountName,
      answers: [
        { quiz: 'q-single', selected: ['pro'], at: '2026-11-18T09:00:00.000Z' },
        { quiz: 'q-multiple', selected: ['diagnosis', 'bp'], at: '2026-11-18T09:05:00.000Z' },
      ],
      complete: { at: '2026-11-18T09:06:00.000Z', ms: 360_000 },
    });
    const his = walkStatements({ account: bram.accountName, answers: [{ quiz: 'q-single', selected: ['tool'], at: '2026-11-18T09:03:00.000Z' }] });
    await storeShuffled(hers, amina);
    await storeShuffled(his, bram);

    const file = await progressFileFor(db, amina.id, NOTHING_SHARED, '0.1.0', NOW);
    expect(file.statements.map((s) => s.id)).toEqual(hers.map((s) => s.id));
    expect(file.statements.every((s) => s.actor.account.name === amina.accountName)).toBe(true);
  });

  it('names her by her pseudonymous account only, unless she chose to add her name or profession', async () => {
    const learnerOf = async (shareName: boolean, shareProfession: boolean) => (await progressFileFor(db, amina.id, { shareName, shareProfession }, '0.1.0', NOW)).learner;
    const account = { homePage: 'https://carelit.app', name: amina.accountName };
    expect(await learnerOf(false, false)).toEqual({ account });
    expect(await learnerOf(true, false)).toEqual({ account, displayName: 'Amina Benali' });
    expect(await learnerOf(false, true)).toEqual({ account, profession: 'nurse' });
    expect(await learnerOf(true, true)).toEqual({ account, displayName: 'Amina Benali', profession: 'nurse' });
  });

  it('keeps her name out of the whole file when she did not share it', async () => {
    await study(amina);
    const text = serialiseProgressFile(await progressFileFor(db, amina.id, { shareName: false, shareProfession: true }, '0.1.0', NOW));
    expect(text).not.toContain('Amina');
    expect(text).not.toContain('Benali');
  });

  it('is a file the trainer’s import accepts, every statement valid xAPI', async () => {
    await study(amina);
    await study(bram);
    const file = await progressFileFor(db, amina.id, { shareName: true, shareProfession: true }, '0.1.0', NOW);
    expect(file.statements).toHaveLength(4);
    expect(file).toMatchObject({ format: 'carelit-progress', formatVersion: 1, appVersion: '0.1.0', exportedAt: NOW.toISOString() });

    const read = await readProgressFile(serialiseProgressFile(file));
    expect(read.ok && read.file.statements.map((s) => s.id)).toEqual(file.statements.map((s) => s.id));
    for (const statement of asExported(file.statements)) expect(validateStatement(statement)).toEqual([]);
  });

  it('never holds her reflection notes or the text of her prompts', async () => {
    await study(amina);
    await putBlockState(db, { learnerId: amina.id, moduleId: mod.id, blockId: 'intro' }, { text: PRIVATE_NOTE });
    const text = serialiseProgressFile(await progressFileFor(db, amina.id, { shareName: true, shareProfession: true }, '0.1.0', NOW));
    expect(text).not.toContain('ChatGPT');
    expect(text).not.toContain('Fatima');
    expect(text).not.toContain('48.03.12');
    // What the prompt checker found is there, as counts.
    expect(text).toContain('prompt-findings');
  });

  it('is a valid, empty file before her first answer', async () => {
    const file = await progressFileFor(db, amina.id, NOTHING_SHARED, '0.1.0', NOW);
    expect(file.statements).toEqual([]);
    expect((await readProgressFile(serialiseProgressFile(file))).ok).toBe(true);
  });

  it('still reads when made by a development build, whose version is not a number', async () => {
    await study(amina);
    const file = await progressFileFor(db, amina.id, NOTHING_SHARED, 'dev', NOW);
    expect(file.appVersion).toBe('0.0.0-dev');
    expect((await readProgressFile(serialiseProgressFile(file))).ok).toBe(true);
  });

  it('still reads when her name holds a pasted tab or line break', async () => {
    await db.learners.update(amina.id, { displayName: 'Amina\tBenali\n' });
    const file = await progressFileFor(db, amina.id, { shareName: true, shareProfession: false }, '0.1.0', NOW);
    expect(file.learner.displayName).toBe('Amina Benali');
    expect((await readProgressFile(serialiseProgressFile(file))).ok).toBe(true);
  });

  it('refuses a learner who does not exist', async () => {
    await expect(progressFileFor(db, 'nobody', NOTHING_SHARED, '0.1.0', NOW)).rejects.toBeInstanceOf(NoSuchLearnerError);
  });
});

describe('the name suggested for the file', () => {
  const at = new Date(2026, 10, 20, 23, 30); // her own clock: late on 20 November

  it('uses her shared name, in plain ASCII', async () => {
    await db.learners.update(amina.id, { displayName: 'Anaïs Van den Bossche-Léger' });
    const file = await progressFileFor(db, amina.id, { shareName: true, shareProfession: false }, '0.1.0', at);
    expect(progressFileName(file)).toBe('carelit-progress-anais-van-den-bossche-leger-2026-11-20.json');
  });

  it('uses the start of her pseudonymous account when her name is not shared', async () => {
    const file = await progressFileFor(db, amina.id, NOTHING_SHARED, '0.1.0', at);
    expect(progressFileName(file)).toBe(`carelit-progress-${amina.accountName.slice(0, 8)}-2026-11-20.json`);
  });

  it('falls back to the account when her name has no ASCII letter to keep', async () => {
    await db.learners.update(amina.id, { displayName: 'أمينة' });
    const file = await progressFileFor(db, amina.id, { shareName: true, shareProfession: false }, '0.1.0', at);
    expect(progressFileName(file)).toBe(`carelit-progress-${amina.accountName.slice(0, 8)}-2026-11-20.json`);
  });

  it('keeps only letters, digits and dashes', () => {
    expect(slugOf('  Dr. Jean-Luc D’Hondt (SIAMU) ')).toBe('dr-jean-luc-d-hondt-siamu');
    expect(slugOf('../../etc/passwd')).toBe('etc-passwd');
    expect(slugOf('ß Œuvre 1er étage')).toMatch(/^[a-z0-9-]+$/);
    expect(slugOf('x'.repeat(100))).toHaveLength(40);
  });
});
