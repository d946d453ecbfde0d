import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DeviceDataBlock as DeviceDataBlockData } from '../../../../core/blocks/device-data/schema';
import { moduleWithExample } from '../../../../tests/fixtures/examples';
import { freshDatabase } from '../../../../tests/unit/renderer/render-app';
import { putBlockState } from '../../db/block-states';
import { renderBlock, savedTry } from '../../../../tests/unit/renderer/render-block';

const { block: example, mod } = moduleWithExample('device-data') as { block: DeviceDataBlockData; mod: ReturnType<typeof moduleWithExample>['mod'] };
const findCase: DeviceDataBlockData = { ...example, id: 'hf-weight-find', mode: 'find' };

// The chart's code loads on demand: the first time, Jest compiles it (d3 with it) before it shows.
const chart = () => screen.findByRole('application', { name: /^Chart of Weight, 2\s?–\s?15 Mar$/ }, { timeout: 10_000 });
const readout = () => document.querySelector('.dd-readout')!;
const episode = (n: number) => screen.getByRole('group', { name: new RegExp(`^Episode ${n}: `) });

describe('device-data block, classify mode', () => {
  it('walks the chart with the keyboard, saying each reading, the threshold it crosses and the episode it is in', async () => {
    await renderBlock(example, { module: mod, language: 'en' });
    const focus = await chart();
    act(() => focus.focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(readout()).toHaveTextContent('Tue 3 Mar — Weight: 78 kg');
    await userEvent.keyboard('{ArrowRight}');
    expect(readout()).toHaveTextContent('Wed 4 Mar — Weight: 79.6 kg; episode 1');
    await userEvent.keyboard('{End}');
    expect(readout()).toHaveTextContent('Sun 15 Mar — Weight: 80.7 kg, above the alert line (80 kg)');
    await userEvent.keyboard('{PageUp}');
    expect(readout()).toHaveTextContent('Sat 14 Mar — Weight: 80.9 kg, above the alert line (80 kg)');
    await userEvent.keyboard('{Home}{ArrowLeft}');
    expect(readout()).toHaveTextContent('Mon 2 Mar — Weight: 78.2 kg');
    await userEvent.keyboard('{PageDown}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(readout()).toHaveTextContent('Sun 8 Mar — Weight: no reading');
    expect(readout()).toHaveAttribute('role', 'status');
  });

  it('shows the readings as a table instead, with the episodes named in words, and keeps that choice', async () => {
    const db = freshDatabase();
    const first = await renderBlock(example, { module: mod, db, language: 'en' });
    await chart();
    const toggle = screen.getByRole('button', { name: 'Show as a table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    const table = screen.getByRole('table', { name: /^Mr D\.'s weight, followed at home: readings from 2\s?–\s?15 Mar \(Brussels time\)$/ });
    expect(screen.getByRole('button', { name: 'Show as a table' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Time', 'Weight (kg)', 'Episodes and stretches']);
    const wednesday = within(table).getByRole('row', { name: /Wed 4 Mar/ });
    expect(
      within(wednesday)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['79.6\u00a0kg', 'episode 1 (Weight)']);
    const friday = within(table).getByRole('row', { name: /Fri 13 Mar/ });
    expect(
      within(friday)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['80.6\u00a0kg, above the alert line (80\u00a0kg)', 'episode 2 (Weight)']);
    expect(screen.queryByRole('application')).toBeNull();

    first.unmount();
    await waitFor(async () => expect((await db.blockStates.toArray()).map((r) => r.state)).toEqual([{ view: 'table', judgements: {}, ranges: [] }]));
    await renderBlock(example, { module: mod, db, language: 'en' });
    expect(await screen.findByRole('table')).toBeVisible();
  });

  it('is answered with the keyboard alone, episode by episode, and keeps each choice as she goes', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(example, { module: mod, submit, language: 'en' });
    await chart();
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Answer for every episode first: 2 episodes still need a class or an action.');

    within(episode(1)).getByRole('radio', { name: 'Artefact' }).focus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    expect(within(episode(1)).getByRole('radio', { name: 'Nothing to do' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(episode(1)).getByRole('radio', { name: 'Reassure or explain to the patient' })).toBeChecked();
    await userEvent.tab();
    expect(within(episode(2)).getByRole('radio', { name: 'Artefact' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(within(episode(2)).getByRole('radio', { name: 'Adjust per the agreed protocol' })).toBeChecked();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Check my answer' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledWith({
      judgements: { dressed: { class: 'artefact', action: 'reassure' }, gain: { class: 'real-alert', action: 'adjust-protocol' } },
    });
  });

  it('after “Check my answer”, focus moves to her result (the button is gone), not to the page', async () => {
    const db = freshDatabase();
    await renderBlock(example, { module: mod, db, language: 'en', submit: (answer) => savedTry(db, example, answer, { module: mod }) });
    await chart();
    await userEvent.click(within(episode(1)).getByRole('radio', { name: 'Artefact' }));
    await userEvent.click(within(episode(1)).getByRole('radio', { name: 'Reassure or explain to the patient' }));
    await userEvent.click(within(episode(2)).getByRole('radio', { name: 'Real alert' }));
    await userEvent.click(within(episode(2)).getByRole('radio', { name: 'Adjust per the agreed protocol' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    const result = await screen.findByText(/points? of \d+ — Passed/);
    expect(result.closest('[role="status"]')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Check my answer' })).toBeNull();
  });

  it('after answering, shows each verdict beside the right one with why, and says in words that a missed critical alert fails the case', async () => {
    const db = freshDatabase();
    await savedTry(
      db,
      example,
      { judgements: { dressed: { class: 'artefact', action: 'contact-patient' }, gain: { class: 'normal-variation', action: 'none' } } },
      { module: mod },
    );
    await renderBlock(example, { module: mod, db, language: 'fr' });
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((s) => /1 point sur 4 — Non réussi\s:\sune alerte critique a été manquée\./.test(s.textContent ?? ''))).toBe(true),
    );
    const gain = screen.getByRole('group', { name: /^Épisode 2\s:/ });
    expect(within(gain).getByText(/^Alerte critique\s:\smanquée\. Sans elle, le cas ne peut pas être réussi\.$/)).toBeVisible();
    expect(within(gain).getByText(/^✗ Votre réponse\s:\sVariation normale\. C’est\s:\sVraie alerte\.$/)).toBeVisible();
    expect(within(gain).getByText(/^✗ Votre action\s:\sRien à faire\. La bonne\s:\sAdapter selon le protocole convenu\.$/)).toBeVisible();
    expect(within(gain).getByText(/^Également correct\s:\sAppeler le patient pour vérifier, Prévenir le médecin\.$/)).toBeVisible();
    expect(within(gain).getByText(/une rétention d'eau/)).toBeVisible();
    const dressed = screen.getByRole('group', { name: /^Épisode 1\s:/ });
    expect(within(dressed).getByText(/^✓ Bonne action\s:\sAppeler le patient pour vérifier\.$/)).toBeVisible();
    expect(within(dressed).getByRole('radio', { name: 'Artefact' })).toBeChecked();
    expect(within(dressed).getByRole('radio', { name: 'Artefact' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Vérifier ma réponse' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Explication' })).toBeVisible();
  });
});

describe('device-data table of a long trace', () => {
  it('shows 14 days of 5-minute readings a day at a time, with buttons to go from day to day', async () => {
    const values = Array.from({ length: 14 * 288 }, (_, i) => 100 + (i % 50));
    const fortnight: DeviceDataBlockData = {
      ...findCase,
      start: '2026-11-02T00:00',
      series: [{ id: 'glucose', label: { fr: 'Glucose', nl: 'Glucose', en: 'Glucose' }, unit: 'mg/dL', interval: 5, values, low: 70 }],
      episodes: [{ ...findCase.episodes[0]!, series: 'glucose', from: 10, to: 12 }],
    };
    const db = freshDatabase();
    await putBlockState(db, { learnerId: 'amina', moduleId: mod.id, blockId: fortnight.id }, { view: 'table', judgements: {}, ranges: [] });
    await renderBlock(fortnight, { module: mod, db, language: 'en' });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(289);
    expect(screen.getByText(/^Day 1 of 14: 2 Nov(,)? 00:00\s?–\s?23:55$/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Previous day' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next day' }));
    expect(screen.getByText(/^Day 2 of 14: 3 Nov(,)? 00:00\s?–\s?23:55$/)).toBeVisible();
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')[0]).toHaveTextContent('Tue 3 Nov, 00:00');
  });
});

describe('device-data block, find mode', () => {
  const slider = (name: string) => screen.getByRole('slider', { name });

  it('selects stretches with two labelled sliders, refuses one that overlaps, and judges each', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    await renderBlock(findCase, { module: mod, submit, language: 'en' });
    await chart();
    expect(screen.queryByRole('group', { name: /^Episode/ })).toBeNull();
    expect(screen.getByText('No episode is marked: finding them is your task.')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select at least one stretch and add it before you check.');

    fireEvent.change(slider('End of the stretch'), { target: { value: '11' } });
    fireEvent.change(slider('Start of the stretch'), { target: { value: '8' } });
    expect(slider('Start of the stretch')).toHaveAttribute('aria-valuetext', 'Tue 10 Mar');
    expect(screen.getByText(/^Selected: 10\s?–\s?13 Mar \(4 readings\)\.$/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Add this stretch' }));
    expect(screen.getByText(/^Stretch A added: 10\s?–\s?13 Mar\.$/)).toBeVisible();

    fireEvent.change(slider('Start of the stretch'), { target: { value: '2' } });
    fireEvent.change(slider('End of the stretch'), { target: { value: '9' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add this stretch' }));
    expect(screen.getByText('This stretch overlaps stretch A: change it, or remove stretch A first.')).toBeVisible();
    fireEvent.change(slider('End of the stretch'), { target: { value: '2' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add this stretch' }));
    expect(screen.getByText(/^Stretch A added: 4 Mar\.$/)).toBeVisible();

    const first = screen.getByRole('group', { name: 'Stretch A: 4 Mar' });
    const second = screen.getByRole('group', { name: /^Stretch B: 10\s?–\s?13 Mar$/ });
    await userEvent.click(within(first).getByRole('radio', { name: 'Artefact' }));
    await userEvent.click(within(first).getByRole('radio', { name: 'Reassure or explain to the patient' }));
    await userEvent.click(within(second).getByRole('radio', { name: 'Real alert' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Answer for every stretch first: 1 stretch still needs a class or an action.');
    await userEvent.click(within(second).getByRole('radio', { name: 'Escalate to the physician' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(submit).toHaveBeenCalledWith({
      ranges: [
        { from: 2, to: 2, class: 'artefact', action: 'reassure' },
        { from: 8, to: 11, class: 'real-alert', action: 'escalate' },
      ],
    });
  });

  it('keeps her stretches through a reload, and removes one on request, focus staying in the list', async () => {
    const db = freshDatabase();
    const first = await renderBlock(findCase, { module: mod, db, language: 'nl' });
    await screen.findByRole('application', {}, { timeout: 10_000 });
    fireEvent.change(slider('Einde van de periode'), { target: { value: '3' } });
    await userEvent.click(screen.getByRole('button', { name: 'Deze periode toevoegen' }));
    first.unmount();
    await waitFor(async () => expect((await db.blockStates.toArray())[0]?.state).toEqual({ view: 'chart', judgements: {}, ranges: [{ from: 0, to: 3 }] }));

    await renderBlock(findCase, { module: mod, db, language: 'nl' });
    await userEvent.click(await screen.findByRole('button', { name: 'Periode A verwijderen' }));
    expect(screen.getByText('Periode A verwijderd.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Jouw periodes' })).toHaveFocus();
    expect(screen.queryByRole('group', { name: /^Periode A/ })).toBeNull();
  });

  it('after answering, shows the episodes she missed and the stretches that found nothing', async () => {
    const db = freshDatabase();
    await savedTry(
      db,
      findCase,
      {
        ranges: [
          { from: 2, to: 2, class: 'artefact', action: 'reassure' },
          { from: 5, to: 5, class: 'real-alert', action: 'escalate' },
        ],
      },
      { module: mod },
    );
    await renderBlock(findCase, { module: mod, db, language: 'en' });
    const results = await screen.findByRole('heading', { name: 'The episodes' });
    const list = results.parentElement!;
    expect(within(list).getByText('✓ Found by your stretch A.')).toBeVisible();
    expect(within(list).getByText('✗ Not found: none of your stretches covers it.')).toBeVisible();
    expect(within(list).getByText('Your stretch B (7 Mar) holds no episode: 1 point off.')).toBeVisible();
    expect(screen.getAllByRole('status').some((s) => s.textContent === '2 points of 6 — Not passed: a critical alert was missed.')).toBe(true);
  });
});
