import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DatabaseErrorScreen } from '../../../renderer/src/screens/DatabaseErrorScreen';
import { renderWithServices } from './render-app';

describe('when the saved progress cannot be opened', () => {
  it('explains damage, and erases only after an explicit confirmation', async () => {
    const onErase = jest.fn().mockResolvedValue(undefined);
    const onRetry = jest.fn();
    await renderWithServices(<DatabaseErrorScreen problem="corrupted" detail="UnknownError: boom" onRetry={onRetry} onErase={onErase} />, { language: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent('The saved progress seems damaged.');
    await userEvent.click(screen.getByRole('button', { name: 'Erase the saved data and start afresh' }));
    expect(onErase).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toHaveTextContent('This cannot be undone.');
    await userEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Erase the saved data and start afresh' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Erase the saved data and start afresh' }).at(-1)!);
    expect(onErase).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('never offers to erase data written by a newer version: it says to update instead', async () => {
    await renderWithServices(<DatabaseErrorScreen problem="newer-version" detail="" onRetry={jest.fn()} onErase={jest.fn()} />, { language: 'nl' });
    expect(screen.getByRole('alert')).toHaveTextContent('nieuwere versie van CareLit');
    expect(screen.getByText(/Installeer de nieuwste versie van CareLit/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /wissen/ })).toBeNull();
  });

  it('offers the copy made before the last update, to save as a file before anything else', async () => {
    const save = jest.fn().mockResolvedValueOnce({ saved: false, error: 'disk-full' }).mockResolvedValueOnce({ saved: true });
    await renderWithServices(<DatabaseErrorScreen problem="corrupted" detail="" onRetry={jest.fn()} onErase={jest.fn()} copy={{ madeOn: '2026-12-01', save }} />, {
      language: 'en',
    });
    expect(screen.getByText('A copy of your data as it was before CareLit was last updated (1 December 2026) is kept on this computer.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Save that copy as a file' }));
    expect(await screen.findByText(/The copy could not be saved/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Save that copy as a file' }));
    expect(await screen.findByText(/The copy is saved/)).toBeVisible();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('says nothing of a copy where none was made', async () => {
    await renderWithServices(<DatabaseErrorScreen problem="corrupted" detail="" onRetry={jest.fn()} onErase={jest.fn()} copy={null} />, { language: 'en' });
    expect(screen.queryByRole('button', { name: 'Save that copy as a file' })).toBeNull();
  });
});
