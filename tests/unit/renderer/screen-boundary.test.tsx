import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ScreenBoundary } from '../../../renderer/src/components/ScreenBoundary';

function Broken({ when }: { when: boolean }) {
  if (when) throw new Error('cannot read properties of undefined');
  return <p>The screen</p>;
}

function Harness() {
  const [view, setView] = useState('cohort');
  const [broken, setBroken] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setView('cohorts')}>
        Elsewhere
      </button>
      <button type="button" onClick={() => setBroken(false)}>
        Mend
      </button>
      <ScreenBoundary
        resetKey={view}
        fallback={(retry) => (
          <button type="button" onClick={retry}>
            Failed: try again
          </button>
        )}
      >
        <Broken when={broken && view === 'cohort'} />
      </ScreenBoundary>
    </>
  );
}

describe('a screen that throws while rendering', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => jest.restoreAllMocks());

  it('shows its fallback instead of blanking the app, and renders afresh elsewhere', async () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Failed: try again' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByText('The screen')).toBeVisible();
  });

  it('tries again on request', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Mend' }));
    await userEvent.click(screen.getByRole('button', { name: 'Failed: try again' }));
    expect(screen.getByText('The screen')).toBeVisible();
  });
});
