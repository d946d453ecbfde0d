import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OutputReviewBlock as OutputReviewBlockData } from '../../../../core/blocks/output-review/definition';
import type { LearningModule } from '../../../../core/content/schema';
import { moduleWithExample } from '../../../../tests/fixtures/examples';
import { freshDatabase } from '../../../../tests/unit/renderer/render-app';
import { renderBlock, savedTry } from '../../../../tests/unit/renderer/render-block';

const { mod, block } = moduleWithExample('output-review') as { mod: LearningModule; block: OutputReviewBlockData };
// In English: 0 Dear colleague, 1 admitted…, 2 tolerated…, 3 1 mg (wrong-unit), 4 resume all (no-safety-net), 5 X-ray, 6 Kind regards.
const sentence = (n: number) => screen.getAllByRole('option')[n]!;
const output = () => screen.getByRole('listbox', { name: block.output.en });

async function open(options: Parameters<typeof renderBlock>[1] = {}) {
  const rendered = await renderBlock(block, { module: mod, language: 'en', ...options });
  await screen.findByRole('listbox');
  return rendered;
}

describe('output-review block, by keyboard', () => {
  it('is one tab stop: Tab enters the output on a sentence, arrows move between sentences, Tab leaves it', async () => {
    await open();
    await userEvent.tab();
    expect(sentence(0)).toHaveFocus();
    expect(screen.getAllByRole('option').filter((o) => o.tabIndex === 0)).toHaveLength(1);
    await userEvent.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}');
    expect(sentence(3)).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(sentence(2)).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(sentence(6)).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Home}');
    expect(sentence(0)).toHaveFocus();
    await userEvent.tab();
    expect(output()).not.toContainElement(document.activeElement as HTMLElement);
    await userEvent.tab({ shift: true });
    expect(sentence(0)).toHaveFocus();
  });

  it('marks a sentence with Space, says so, opens the choice of type and confidence, and Escape goes back to the sentence', async () => {
    await open();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown} ');
    expect(sentence(3)).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Sentence 4 marked. Choose the kind of flaw and how sure you are.')).toBeInTheDocument();
    const editor = screen.getByRole('group', { name: /^Your mark on sentence 4:/ });
    const types = within(editor).getByRole('group', { name: 'Kind of flaw' });
    expect(within(types).getAllByRole('radio')[0]).toHaveFocus();
    // Arrows choose among native radios; Tab goes on to the confidence.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(types).getByRole('radio', { name: 'Wrong number, dose or unit' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(editor).getByRole('radio', { name: /^High/ })).toBeChecked();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Your mark on/ })).toBeNull();
    expect(sentence(3)).toHaveFocus();
    expect(sentence(3)).toHaveAccessibleDescription('Mark 1: Wrong number, dose or unit, high confidence.');
    // The mark shows as a number and in words, not by colour alone.
    expect(within(sentence(3)).getByText('1')).toBeVisible();
    const list = screen.getByRole('heading', { name: 'Your marks (1)' }).parentElement!;
    expect(within(list).getByText(/Wrong number, dose or unit, high confidence/)).toBeVisible();

    // Enter on a marked sentence takes the mark off.
    await userEvent.keyboard('{Enter}');
    expect(sentence(3)).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByText('Mark removed from sentence 4.')).toBeInTheDocument();
    expect(sentence(3)).toHaveFocus();
  });

  it('refuses to check a mark without type or confidence, or a review without verdict, and says which', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await open({ submit });
    await userEvent.click(sentence(4));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my review' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the kind of flaw and your confidence for every mark: 1 mark is not complete.');
    await userEvent.click(screen.getByRole('button', { name: 'Change the mark on sentence 5' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Omitted red flag or safety-net' }));
    await userEvent.click(screen.getByRole('radio', { name: /^Medium/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my review' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give your verdict on the output first.');
    expect(submit).not.toHaveBeenCalled();
  });

  it('with a pointer or a finger, submits her marks by sentence index in her language, the verdict and the note', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await open({ submit, language: 'nl' });
    await userEvent.click(screen.getByText(block.segments.nl[3]!.text));
    await userEvent.click(screen.getByRole('radio', { name: 'Verkeerd getal, verkeerde dosis of eenheid' }));
    await userEvent.click(screen.getByRole('radio', { name: /^Hoog/ }));
    await userEvent.click(screen.getByText(block.segments.nl[5]!.text));
    await userEvent.click(screen.getByRole('radio', { name: 'Verouderde aanbeveling' }));
    await userEvent.click(screen.getByRole('radio', { name: /^Laag/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Bruikbaar na correcties' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Wat je naar de auteur zou terugsturen (niet verplicht)' }), 'Dosis nakijken');
    await userEvent.click(screen.getByRole('button', { name: 'Controleer mijn nalezing' }));
    expect(submit).toHaveBeenCalledWith({
      lang: 'nl',
      marks: [
        { segment: 3, type: 'wrong-number', confidence: 'high' },
        { segment: 5, type: 'outdated', confidence: 'low' },
      ],
      verdict: 'usable-after-corrections',
      note: 'Dosis nakijken',
    });
  });
});

describe('a review in progress', () => {
  it('keeps every mark, type, confidence and the verdict across a reload', async () => {
    const db = freshDatabase();
    const first = await open({ db });
    await userEvent.click(sentence(3));
    await userEvent.click(screen.getByRole('radio', { name: 'Wrong number, dose or unit' }));
    await userEvent.click(screen.getByRole('radio', { name: /^High/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'Not usable' }));
    // Written at once, not after a delay: a reload right now loses nothing.
    await waitFor(async () =>
      expect((await db.blockStates.toArray())[0]?.state).toEqual({
        lang: 'en',
        marks: [{ segment: 3, type: 'wrong-number', confidence: 'high' }],
        verdict: 'not-usable',
        note: '',
      }),
    );
    first.unmount();

    await open({ db });
    expect(sentence(3)).toHaveAttribute('aria-selected', 'true');
    expect(sentence(3)).toHaveAccessibleDescription('Mark 1: Wrong number, dose or unit, high confidence.');
    expect(screen.getByRole('radio', { name: 'Not usable' })).toBeChecked();
  });

  it('says so when a mark could not be saved, and saves it with her next change', async () => {
    const db = freshDatabase();
    await open({ db });
    const put = jest.spyOn(db.blockStates, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await userEvent.click(sentence(3));
    expect(await screen.findByText(/^Your review could not be saved on this computer\./)).toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: 'Wrong number, dose or unit' }));
    await waitFor(async () => expect((await db.blockStates.toArray())[0]?.state).toMatchObject({ marks: [{ segment: 3, type: 'wrong-number' }] }));
    expect(put).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/^Your review could not be saved/)).toBeNull();
  });

  it('stays in the language it was begun in, and says so, until she starts again', async () => {
    const db = freshDatabase();
    const first = await open({ db, language: 'fr' });
    await userEvent.click(sentence(3));
    await waitFor(async () => expect((await db.blockStates.toArray())[0]?.state).toMatchObject({ lang: 'fr' }));
    first.unmount();

    await open({ db, language: 'en' });
    expect(output()).toHaveAttribute('lang', 'fr');
    expect(sentence(3)).toHaveTextContent(block.segments.fr[3]!.text);
    expect(screen.getByText(/^You began this review in French: it stays in that language/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Start again in English' }));
    expect(output()).toHaveAttribute('lang', 'en');
    expect(screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(0);
  });
});

describe('the reveal', () => {
  it('shows every flaw with why, how to check and its severity, her false alarm with its note, her verdict, her calibration and the score in words', async () => {
    const db = freshDatabase();
    await savedTry(
      db,
      block,
      {
        lang: 'en',
        marks: [
          { segment: 3, type: 'factual-error', confidence: 'high' },
          { segment: 5, type: 'outdated', confidence: 'low' },
        ],
        verdict: 'usable-after-corrections',
      },
      { module: mod },
    );
    await renderBlock(block, { module: mod, db, language: 'en' });

    // 1 (found) + 0 (type) + 0 (missed) + 1 (verdict) − 1 (false alarm) = 1 of 5.
    await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent('Score: 1 of 5 points. Not passed.'));
    const flaws = screen.getByRole('heading', { name: 'The flaws in this output' }).parentElement!;
    expect(within(flaws).getByRole('heading', { name: 'Flaw 1 — Wrong number, dose or unit — severity: critical' })).toBeVisible();
    expect(within(flaws).getByText('Partly: you marked it, but as “Clinical or factual error”.')).toBeVisible();
    expect(within(flaws).getByText('✗ You did not mark it.')).toBeVisible();
    expect(within(flaws).getByText(block.flaws[0]!.why.en)).toBeVisible();
    expect(within(flaws).getByText(block.flaws[1]!.verify.en)).toBeVisible();
    const alarms = screen.getByRole('heading', { name: 'Your false alarms' }).parentElement!;
    expect(within(alarms).getByText(block.segments.en[5]!.note!)).toBeVisible();
    expect(screen.getByText('✓ Your verdict: Usable after the corrections. That is the right verdict.')).toBeVisible();
    expect(screen.getByText('Sentences marked with high confidence: 1 of 1 with a real flaw.')).toBeVisible();
    expect(screen.getByText(/^Calibration \(Brier score\): 0.16\./)).toBeVisible();
    // The output again, with each flaw and mark named in words.
    expect(screen.getByText('[Flaw 1 · your mark]')).toBeVisible();
    expect(screen.getByText('[your mark: false alarm]')).toBeVisible();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says that a review that found every flaw, rightly, passes', async () => {
    const db = freshDatabase();
    const marks = [
      { segment: 3, type: 'wrong-number', confidence: 'high' },
      { segment: 4, type: 'missing-red-flag', confidence: 'medium' },
    ] as const;
    await savedTry(db, block, { lang: 'fr', marks: [...marks], verdict: 'usable-after-corrections' }, { module: mod });
    await renderBlock(block, { module: mod, db, language: 'fr' });
    await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^Score\s:\s5 points sur 5\. Réussi\.$/));
    expect(screen.getAllByText('✓ Vous l’avez marqué, avec le bon type de défaut.')).toHaveLength(2);
  });
});
