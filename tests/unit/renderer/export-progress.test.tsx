import { webcrypto } from 'node:crypto';
import { TextEncoder as NodeTextEncoder } from 'node:util';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readProgressFile } from '../../../core/cohort/read-progress-file';
import { createLearner } from '../../../renderer/src/db/learners';
import { newOutboxRow } from '../../../renderer/src/db/outbox';
import type { LearnerRow } from '../../../renderer/src/db/rows';
import { ExportProgress } from '../../../renderer/src/export/ExportProgress';
import type { SaveTextFileRequest } from '../../../renderer/src/platform';
import { CatalogueScreen } from '../../../renderer/src/screens/CatalogueScreen';
import { walkStatements } from '../../fixtures/cohort';
import { freshDatabase, renderWithServices, testPlatform } from './render-app';

/*
 * jsdom has neither <dialog>'s modal methods nor WebCrypto's digest (the file's checksum): both
 * come from the real platform in the app. Stand-ins here, doing the little the component relies on.
 */
const dialogMethods = { showModal: HTMLDialogElement.prototype.showModal, close: HTMLDialogElement.prototype.close };
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  Object.defineProperty(globalThis.crypto, 'subtle', { value: webcrypto.subtle, configurable: true });
  Object.defineProperty(globalThis, 'TextEncoder', { value: NodeTextEncoder, configurable: true, writable: true });
});
afterAll(() => {
  Object.assign(HTMLDialogElement.prototype, dialogMethods);
});

let saveTextFile: jest.SpyInstance<ReturnType<typeof testPlatform.saveTextFile>, [SaveTextFileRequest]>;
beforeEach(() => {
  saveTextFile = jest.spyOn(testPlatform, 'saveTextFile').mockResolvedValue({ saved: true });
});
afterEach(() => saveTextFile.mockRestore());

async function learnerWithRecords(records: 'none' | 'some' = 'some') {
  const db = freshDatabase();
  const learner = await createLearner(db, 'Anaïs Van den Bossche', 'physiotherapist');
  if (records === 'some') {
    const statements = walkStatements({
      account: learner.accountName,
      answers: [
        { quiz: 'q-single', selected: ['pro'], at: '2026-11-18T09:00:00.000Z' },
        { quiz: 'q-multiple', selected: ['diagnosis', 'bp'], at: '2026-11-18T09:05:00.000Z' },
      ],
      complete: { at: '2026-11-18T09:06:00.000Z', ms: 360_000 },
    });
    await db.outbox.bulkAdd(statements.map((statement) => newOutboxRow(statement, learner.id, statement.timestamp)));
  }
  return { db, learner };
}

async function openDialog(name: string | RegExp) {
  await userEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog', { name });
}

/** The status line, once the save has ended: it is there, empty, from the start. */
async function statusSays(dialog: HTMLElement, message: RegExp) {
  await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(message));
}

/** The file the dialog handed to the platform, read as the trainer's import reads it. */
async function savedFile() {
  expect(saveTextFile).toHaveBeenCalledTimes(1);
  const request = saveTextFile.mock.calls[0]![0];
  const read = await readProgressFile(request.text);
  if (!read.ok) throw new Error(`the saved text is not a progress file: ${read.refusal.code}`);
  return { request, file: read.file };
}

describe('exporting my progress', () => {
  it('from the catalogue, she sees what the file holds and saves it without her name or profession by default', async () => {
    const { db, learner } = await learnerWithRecords();
    await renderWithServices(<CatalogueScreen learnerId={learner.id} />, { db, language: 'fr' });
    const dialog = await openDialog('Exporter ma progression');

    expect(dialog).toHaveAccessibleDescription(/jamais vos notes de réflexion ni le texte de vos prompts/);
    expect(await within(dialog).findByText('3 enregistrements seront repris dans le fichier.')).toBeVisible();
    const name = within(dialog).getByRole('checkbox', { name: 'Inclure mon nom (Anaïs Van den Bossche)' });
    const profession = within(dialog).getByRole('checkbox', { name: 'Inclure ma profession (Kinésithérapeute)' });
    expect(name).not.toBeChecked();
    expect(profession).not.toBeChecked();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer le fichier' }));
    await statusSays(dialog, /Remettez-le à votre formateur ou formatrice/);

    const { request, file } = await savedFile();
    expect(request.kind).toBe('progress');
    expect(request.suggestedName).toMatch(new RegExp(`^carelit-progress-${learner.accountName.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    expect(file.learner).toEqual({ account: { homePage: 'https://carelit.app', name: learner.accountName } });
    expect(file.statements).toHaveLength(3);
    expect(file.appVersion).toBe('9.9.9');
    expect(request.text).not.toContain('Anaïs');
  });

  it('adds her name and profession when she ticks them', async () => {
    const { db, learner } = await learnerWithRecords();
    await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'en' });
    const dialog = await openDialog('Export my progress');
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Include my name (Anaïs Van den Bossche)' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Include my profession (Physiotherapist)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save the file' }));
    await statusSays(dialog, /Hand it to your trainer/);

    const { request, file } = await savedFile();
    expect(file.learner).toEqual({
      account: { homePage: 'https://carelit.app', name: learner.accountName },
      displayName: 'Anaïs Van den Bossche',
      profession: 'physiotherapist',
    });
    expect(request.suggestedName).toMatch(/^carelit-progress-anais-van-den-bossche-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('says there is nothing to export yet, and offers no save, before her first answer', async () => {
    const { db, learner } = await learnerWithRecords('none');
    await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'nl' });
    const dialog = await openDialog('Mijn voortgang exporteren');
    expect(await within(dialog).findByText(/Er is nog niets om te exporteren/)).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Bestand opslaan' })).toBeNull();
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    expect(saveTextFile).not.toHaveBeenCalled();
  });

  it('says nothing when she cancels the save dialog', async () => {
    saveTextFile.mockResolvedValue({ saved: false });
    const { db, learner } = await learnerWithRecords();
    await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'en' });
    const dialog = await openDialog('Export my progress');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Save the file' }));
    await waitFor(() => expect(saveTextFile).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Save the file' })).not.toHaveAttribute('aria-disabled', 'true'));
    expect(within(dialog).getByRole('status')).toBeEmptyDOMElement();
  });

  it.each([
    ['disk-full', /not enough space on that disk/],
    ['permission-denied', /may not write in that place/],
    ['write-failed', /could not be written there/],
  ] as const)('says what went wrong when the file could not be saved (%s)', async (error, message) => {
    saveTextFile.mockResolvedValue({ saved: false, error });
    const { db, learner } = await learnerWithRecords();
    await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'en' });
    const dialog = await openDialog('Export my progress');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Save the file' }));
    expect(await within(dialog).findByText(message)).toHaveAttribute('role', 'status');
  });

  it('on the desktop, says plainly that the file is saved (in a browser, it points to the downloads)', async () => {
    const { db, learner } = await learnerWithRecords();
    const kind = testPlatform.kind;
    testPlatform.kind = 'desktop';
    try {
      await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'en' });
      const dialog = await openDialog('Export my progress');
      await userEvent.click(await within(dialog).findByRole('button', { name: 'Save the file' }));
      await statusSays(dialog, /^The file is saved\. Hand it to your trainer/);
    } finally {
      testPlatform.kind = kind;
    }
  });

  it('clears the last result when she changes what to share', async () => {
    const { db, learner } = await learnerWithRecords();
    await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'en' });
    const dialog = await openDialog('Export my progress');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Save the file' }));
    await statusSays(dialog, /Downloads folder/);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Include my name/ }));
    expect(within(dialog).getByRole('status')).toBeEmptyDOMElement();
  });

  it('saves once however fast she presses Save twice', async () => {
    let finish!: (value: { saved: true }) => void;
    saveTextFile.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const { db, learner } = await learnerWithRecords();
    await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'en' });
    const dialog = await openDialog('Export my progress');
    const save = await within(dialog).findByRole('button', { name: 'Save the file' });
    await userEvent.dblClick(save);
    await waitFor(() => expect(saveTextFile).toHaveBeenCalledTimes(1));
    expect(within(dialog).getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Saving…' }));
    finish({ saved: true });
    await statusSays(dialog, /Hand it to your trainer/);
    expect(saveTextFile).toHaveBeenCalledTimes(1);
  });

  it('closes with its Close button and gives the focus back to the button that opened it', async () => {
    const { db, learner } = await learnerWithRecords();
    await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'en' });
    const dialog = await openDialog('Export my progress');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Export my progress' })).toHaveFocus();
  });

  it('says her records could not be read, and saves nothing, when her profile is gone meanwhile', async () => {
    const { db, learner } = await learnerWithRecords();
    await renderWithServices(<ExportProgress learnerId={learner.id} />, { db, language: 'en' });
    const dialog = await openDialog('Export my progress');
    await within(dialog).findByRole('button', { name: 'Save the file' });
    jest.spyOn(db.learners, 'get').mockResolvedValueOnce(undefined as unknown as LearnerRow);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save the file' }));
    await statusSays(dialog, /could not be read on this computer/);
    expect(saveTextFile).not.toHaveBeenCalled();
  });
});
