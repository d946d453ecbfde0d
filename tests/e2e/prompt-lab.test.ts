import { scorePromptLab } from '../../core/blocks/prompt-lab/definition';
import { checkPrompt } from '../../core/prompt-check';
import { AppSession } from './harness';
import { CHECK_PROMPT, PROMPT_LABEL, shippedModule, startModuleInEnglish, stepLabel, walkTo } from './shipped-module';

const { mod, blocks } = shippedModule('prompting');
const labIndex = blocks.findIndex((b) => b.type === 'prompt-lab' && b.source !== undefined);
const lab = blocks[labIndex]!;
if (lab.type !== 'prompt-lab' || !lab.source) throw new Error('the prompting module must have a prompt-lab with a source document');

let app: AppSession;
const audits: Record<string, string[]> = {};

beforeAll(async () => {
  app = await AppSession.start('en-GB');
});
afterAll(async () => {
  await app?.stop();
});

const field = () => app.page.getByLabel(PROMPT_LABEL.en, { exact: true });
/** The score this lab gives a prompt, as core computes it. */
const labScore = (prompt: string) => scorePromptLab(lab, { prompt, lang: 'en' }).raw;
const checklist = () => app.page.getByRole('list', { name: 'What this task asks of your prompt' }).getByRole('listitem');
const summary = () => app.page.getByRole('status').filter({ hasText: /personal data|element/ });

describe('a physician writes a prompt, and fixes it until no personal data is left', () => {
  it('reaches the first prompt-lab with a source document', async () => {
    const page = app.page;
    await startModuleInEnglish(page, app.server.url, { name: 'Dr Sara Haddad', profession: 'Physician' }, mod.title.en);
    await page.getByText(stepLabel(0, blocks.length, 'en')).waitFor();
    // The module opens on a text block, which takes no answer: the walk can start there.
    await walkTo(page, blocks, 0, labIndex);
    await page.getByText('Source document (fictitious)').waitFor();
    audits['prompt-lab'] = await app.accessibilityViolations();
  });

  it('pastes the source into her prompt: the identifiers are found and listed as she types', async () => {
    const page = app.page;
    const leaky = `Write a discharge letter for the GP based on this file:\n${lab.source!.en}`;
    await field().fill(leaky);
    const expected = checkPrompt(leaky, 'en').findings.filter((f) => f.kind === 'personal-data');
    expect(expected.length).toBeGreaterThan(2);
    await page.getByRole('heading', { name: 'Personal data to remove' }).waitFor();
    await summary()
      .filter({ hasText: `${expected.length} items of personal data` })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Remove this' }).count()).toBe(expected.length);
    audits['prompt-lab with findings'] = await app.accessibilityViolations();

    await page.getByRole('button', { name: CHECK_PROMPT.en }).click();
    await page.getByText('Try 1', { exact: true }).waitFor();
    await page.getByText(`Score: ${labScore(leaky)} / 100`).waitFor();
    await page.getByText('Not passed yet.').waitFor();
    // The task's criteria, each said met or not in words.
    expect(await checklist().count()).toBe(lab.criteria.length);
    expect(
      await checklist()
        .filter({ hasText: /^✗Not met: / })
        .count(),
    ).toBeGreaterThan(0);
    await page.getByText('Compare with an expert’s prompt').waitFor();
  });

  it('pseudonymises in one click, can undo it, and ends with a clean, complete prompt', async () => {
    const page = app.page;
    const leaky = await field().inputValue();
    await page.getByRole('button', { name: 'Pseudonymise' }).click();
    const pseudonymised = await field().inputValue();
    expect(pseudonymised).not.toBe(leaky);
    expect(pseudonymised).toMatch(/\[(PATIENT|NISS|DATE|ADDRESS|PHONE|RECORD)\]/);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await field().inputValue()).toBe(leaky);
    await page.getByRole('button', { name: 'Pseudonymise' }).click();
    expect(await field().inputValue()).toBe(pseudonymised);
    expect(checkPrompt(pseudonymised, 'en').findings.filter((f) => f.kind === 'personal-data')).toEqual([]);

    // The expert's prompt, now on screen, pasted back: said as she writes, and worth nothing.
    const expert = lab.expert.prompt.en;
    await field().fill(expert);
    await summary().filter({ hasText: 'No personal data found, no element missing, and every criterion of the task met.' }).waitFor();
    await page.getByText('Your prompt repeats most of the expert’s prompt: checked like this, it would score 0. Write it in your own words.').waitFor();
    await page.getByRole('button', { name: CHECK_PROMPT.en }).click();
    await page.getByText('Try 2', { exact: true }).waitFor();
    await page.getByText('Score: 0 / 100').waitFor();
    await page.getByText('Not passed yet.', { exact: true }).waitFor();
    await page.getByText(/^This try repeats most of the expert’s prompt, so it scores 0\./).waitFor();

    // A prompt that does the task in her own words, with nothing identifying.
    const complete = lab.sample.en;
    await field().fill(complete);
    expect(checkPrompt(complete, 'en').findings.filter((f) => f.kind === 'personal-data')).toEqual([]);
    await page.getByRole('button', { name: CHECK_PROMPT.en }).click();
    await page.getByText('Try 3', { exact: true }).waitFor();
    await page.getByText(`Score: ${labScore(complete)} / 100`).waitFor();
    await page.getByText('Passed.', { exact: true }).waitFor();
    expect(labScore(complete)).toBeGreaterThanOrEqual(80);
    expect(
      await checklist()
        .filter({ hasText: /^✓Met: / })
        .count(),
    ).toBe(lab.criteria.length);
    audits['prompt-lab after three tries'] = await app.accessibilityViolations();
  });

  it('adds the lab’s words as a list to a prompt for no task: they meet no criterion, and each says why', async () => {
    const page = app.page;
    const includes = lab.criteria.filter((c) => c.must === 'include');
    // Each criterion's first cue without its syntax ("annul* / report*" → "annul"), as a learner gaming the checker would add it.
    const words = includes.map((c) =>
      c.cues.en[0]!.split('+')
        .map((part) => part.split('/')[0]!.trim().replace(/\*/g, ''))
        .join(' '),
    );
    const stuffed = `You are a nurse. Context: I work in a hospital ward in Brussels. Write a short text. Format: a list of 5 points, at most 100 words. It is for patients. Use a friendly tone. Do not invent anything.\n${words.join('. ')}.`;
    expect(labScore(stuffed)).toBe(0);
    await field().fill(stuffed);
    await page.getByRole('button', { name: CHECK_PROMPT.en }).click();
    await page.getByText('Try 4', { exact: true }).waitFor();
    await page.getByText('Score: 0 / 100').waitFor();
    await page.getByText('Not passed yet.', { exact: true }).waitFor();
    const why = checklist().filter({ hasText: /A list of words is not an instruction: say in a sentence what the AI tool must do with “/ });
    expect(await why.count()).toBe(includes.length);
    audits['prompt-lab with a list of words'] = await app.accessibilityViolations();
  });

  it('sent nothing anywhere, hit no error, and axe found nothing', () => {
    expect(app.offLoopback()).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(Object.keys(audits)).toHaveLength(4);
    expect(audits).toEqual(Object.fromEntries(Object.keys(audits).map((k) => [k, []])));
  });
});
