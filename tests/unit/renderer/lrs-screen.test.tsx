import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SecretKeeping } from '../../../core/lrs/ipc';
import type { CareLitDatabase } from '../../../renderer/src/db/database';
import { newOutboxRow, rowsIn } from '../../../renderer/src/db/outbox';
import { syncRunnerFor } from '../../../renderer/src/lrs/sync-runner';
import type { Platform, PlatformLrs } from '../../../renderer/src/platform';
import { createWebLrs } from '../../../renderer/src/platform/web-lrs';
import { FAKE_ENDPOINT, fakeLrs, KEY, SECRET, type FakeLrs } from '../lrs/fake-lrs';
import { altered, learnerStatements } from '../lrs/statements';
import { fakePlatform, installWebCrypto, openUnlocked, resetStores } from './trainer-support';

/**
 * The organisation's LRS, set up from the trainer area: what a trainer or an organisation's IT
 * person sees, types and gets told; what is kept where.
 */
beforeAll(installWebCrypto);
beforeEach(resetStores);
jest.setTimeout(20_000); // a trainer area unlocked, a form filled and sent: several seconds on a busy machine

let opened: { db: CareLitDatabase; platform: Platform } | null = null;
afterEach(async () => {
  if (opened) syncRunnerFor(opened.db, opened.platform).stop();
  opened = null;
});

/** The platform's LRS side, over the fake LRS, keeping the secret as `keeping` says. */
function platformWith(lrs: FakeLrs, keeping: SecretKeeping = 'os', kind: Platform['kind'] = 'desktop'): Platform {
  const side = createWebLrs({
    fetch: async (url, init) => {
      const response = await lrs.fetch({ method: init.method as 'GET', url, headers: init.headers, ...(init.body === undefined ? {} : { body: init.body }), timeoutMs: 0 });
      return { status: response.status, headers: { get: (name) => response.header(name) }, text: () => response.text() };
    },
    policy: () => null,
    pageUrl: () => 'app://carelit/index.html',
    sleep: async () => undefined,
  });
  const withKeeping: PlatformLrs = { ...side, secretState: async () => ({ ...(await side.secretState()), keeping }) };
  return fakePlatform({ kind, lrs: withKeeping });
}

async function openLrsScreen({ lrs = fakeLrs(), keeping = 'os' as SecretKeeping, kind = 'desktop' as Platform['kind'], language = 'en' as const } = {}) {
  const platform = platformWith(lrs, keeping, kind);
  const { db } = await openUnlocked({ platform, language });
  opened = { db, platform };
  await userEvent.click(screen.getByRole('button', { name: "Organisation's LRS" }));
  const heading = await screen.findByRole('heading', { level: 1, name: "Organisation's Learning Record Store" });
  await screen.findByLabelText('Endpoint');
  return { db, lrs, platform, heading };
}

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

/** The values pasted in, as an IT person pastes what the LRS's administration gave her. */
async function fill({ endpoint = FAKE_ENDPOINT, key = KEY, secret = SECRET } = {}) {
  for (const [label, value] of [
    ['Endpoint', endpoint],
    ['Key', key],
    ['Secret', secret],
  ] as const) {
    await userEvent.clear(field(label));
    if (value) await userEvent.paste(value);
  }
}

/** Records a learner just made, while the screen is open (the screen follows them as they come). */
const waitingRows = (db: CareLitDatabase, count: number) =>
  act(async () => {
    await db.outbox.bulkAdd(learnerStatements(1, count).map((s) => newOutboxRow(s, 'l1', s.timestamp)));
  });

describe('the organisation’s LRS settings', () => {
  it('opens from the trainer area, says whose records would go, and that nothing is sent yet', async () => {
    const { heading, lrs } = await openLrsScreen();
    expect(heading).toHaveFocus();
    expect(screen.getByRole('button', { name: "Organisation's LRS" })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/the records of every learner profile on this computer/)).toBeVisible();
    expect(screen.getByText(/Never a name, a profession, a note or the text of a prompt/)).toBeVisible();
    expect(screen.getByText('No LRS is set up: nothing is sent, and CareLit connects to nothing.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Remove the configuration' })).toBeNull();
    expect(lrs.requests).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'All cohorts' }));
    await screen.findByRole('heading', { level: 1, name: 'Your cohorts' });
  });

  it('says what is missing or wrong on the field at fault, and saves nothing', async () => {
    const { db } = await openLrsScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the endpoint.');
    expect(field('Endpoint')).toHaveFocus();
    await fill({ endpoint: 'http://lrs.example.org/xAPI/' });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The endpoint must be an https:// address');
    expect(field('Endpoint')).toHaveAttribute('aria-invalid', 'true');
    await fill({ secret: '' });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the secret: it goes with this endpoint and key.');
    expect(field('Secret')).toHaveFocus();
    expect(await db.settings.get('lrs-connection')).toBeUndefined();
  });

  it('saves the endpoint and key, leaves the secret to the platform, never shows it back, and sends what waits', async () => {
    const { db, lrs, platform } = await openLrsScreen();
    await waitingRows(db, 12);
    await fill({ endpoint: 'https://LRS.example.org/data/xAPI' });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. Records waiting will now be sent.')).toBeVisible();
    expect(await db.settings.get('lrs-connection')).toEqual({ key: 'lrs-connection', value: { endpoint: FAKE_ENDPOINT, key: KEY } });
    expect(await platform.lrs.secretState()).toEqual({ keeping: 'os', savedFor: { endpoint: FAKE_ENDPOINT, key: KEY } });
    expect(field('Secret').value).toBe('');
    expect(field('Endpoint').value).toBe(FAKE_ENDPOINT);
    expect(screen.getByText('A secret is kept for this endpoint and key: leave the field empty to keep it, or type a new one.')).toBeVisible();
    const everything = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    expect(everything).not.toContain(SECRET);

    await waitFor(async () => expect(await rowsIn(db, 'waiting').count()).toBe(0));
    expect(lrs.stored.size).toBe(12);
    const status = screen.getByRole('region', { name: 'Sending' });
    expect(await within(status).findByText('0 records waiting to be sent.')).toBeVisible();
    expect(within(status).getByText(/^Last sent: /)).toBeVisible();
    expect(await within(status).findByText(/everything waiting went through\.$/)).toBeVisible();
  });

  it('tests the connection and says what it found, in words', async () => {
    await openLrsScreen();
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const report = await screen.findByRole('region', { name: 'What the test found' });
    expect(within(report).getByRole('heading', { name: 'What the test found' })).toHaveFocus();
    expect(within(report).getByText('The address answers.')).toBeVisible();
    expect(within(report).getByText("The LRS speaks xAPI 1.0.3, 1.0.2. That suits CareLit's records (xAPI 1.0.3).")).toBeVisible();
    expect(within(report).getByText('It accepts the key and secret.')).toBeVisible();

    await fill({ secret: 'not-the-secret' });
    await userEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const refused = await screen.findByRole('region', { name: 'What the test found' });
    expect(await within(refused).findByText('It refuses the key and secret.')).toBeVisible();
    expect(within(refused).getByText(/The LRS refused the key and secret \(HTTP 401\)/)).toBeVisible();
  });

  it('shows the last error in words, and sends again on "Send now"', async () => {
    const { db, lrs } = await openLrsScreen();
    await waitingRows(db, 3);
    await fill();
    lrs.script.push({ status: 401 });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const status = screen.getByRole('region', { name: 'Sending' });
    expect(within(status).getByText('3 records waiting to be sent.')).toBeVisible();
    expect(await within(status).findByText(/The LRS refused the key and secret \(HTTP 401\)/)).toBeVisible();
    await userEvent.click(within(status).getByRole('button', { name: 'Send now' }));
    expect(await within(status).findByText('Sent: 3. Already in the LRS: 0. Refused: 0.')).toBeVisible();
    expect(within(status).getByText('0 records waiting to be sent.')).toBeVisible();
  });

  it('lists refused records with the LRS’s reason, and can send them again', async () => {
    const { db, lrs } = await openLrsScreen();
    const statements = learnerStatements(2, 4);
    lrs.stored.set(statements[1]!.id, JSON.stringify(altered(statements[1]!)));
    await act(async () => {
      await db.outbox.bulkAdd(statements.map((s) => newOutboxRow(s, 'l2', s.timestamp)));
    });
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const status = screen.getByRole('region', { name: 'Sending' });
    expect(await within(status).findByText('1 record refused by the LRS: it stays on this computer and is not sent again.')).toBeVisible();
    expect(within(status).getByText(/The latest reason: The LRS already holds a different record with this identifier \(HTTP 409/)).toBeVisible();
    lrs.stored.delete(statements[1]!.id); // the LRS's copy was removed
    await userEvent.click(within(status).getByRole('button', { name: 'Send the refused records again' }));
    await waitFor(async () => expect(await rowsIn(db, 'sent').count()).toBe(4));
    expect(within(status).queryByText(/refused by the LRS/)).toBeNull();
  });

  it('warns plainly when this computer keeps the secret with a weak encryption', async () => {
    await openLrsScreen({ keeping: 'weak' });
    expect(screen.getByText(/this computer has no keyring/)).toBeVisible();
    expect(screen.getByText(/whoever can read that folder can read the secret/)).toBeVisible();
  });

  it('in a browser, says the secret is kept in the page’s memory only, and that the page’s policy must allow the LRS', async () => {
    await openLrsScreen({ keeping: 'memory', kind: 'browser' });
    expect(screen.getByText(/the secret is kept in this page's memory only/)).toBeVisible();
    expect(screen.getByText(/CareLit's page allows no address other than its own/)).toBeVisible();
  });

  it('removes the configuration after a confirmation: nothing more is sent, and no record is deleted', async () => {
    const { db, platform } = await openLrsScreen();
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Records waiting will now be sent.');
    await userEvent.click(await screen.findByRole('button', { name: 'Remove the configuration' }));
    const confirm = screen.getByRole('button', { name: 'Yes, remove it' });
    expect(confirm).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove the configuration' })).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Remove the configuration' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(await screen.findByText('The configuration is removed: nothing more will be sent.')).toBeVisible();
    expect(await db.settings.get('lrs-connection')).toBeUndefined();
    expect(await platform.lrs.secretState()).toMatchObject({ savedFor: null });
    expect(field('Endpoint').value).toBe('');
    await waitingRows(db, 2);
    expect(await db.outbox.count()).toBe(2);
    expect(await screen.findByText('No LRS is set up: nothing is sent, and CareLit connects to nothing.')).toBeVisible();
  });

  it('speaks the trainer’s language', async () => {
    const platform = platformWith(fakeLrs());
    const { db } = await openUnlocked({ platform });
    opened = { db, platform };
    await userEvent.click(screen.getByRole('button', { name: 'LRS de l’organisation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Learning Record Store (LRS) de l’organisation' })).toBeVisible();
    expect(screen.getByLabelText('Point d’accès')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Tester la connexion' })).toBeVisible();
  });
});
