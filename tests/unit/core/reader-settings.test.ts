import { DEFAULT_READER_SETTINGS, readerSettingsOf, reducesMotion, shownTheme } from '../../../core/reader-settings';
import { createPinRecord, FREE_PIN_TRIES, newPinProblem, normalisePin, pinWaitMs, PIN_ITERATIONS, verifyPin } from '../../../core/learner-pin';

const system = (over: Partial<{ dark: boolean; moreContrast: boolean; reducedMotion: boolean }> = {}) => ({ dark: false, moreContrast: false, reducedMotion: false, ...over });

describe('reader settings', () => {
  it('start at 100 %, the computer’s colours and motion, and no reading aloud', () => {
    expect(readerSettingsOf(undefined)).toEqual({ textSize: 100, theme: 'system', motion: 'system', readAloud: false });
    expect(readerSettingsOf(undefined)).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('keep each known value and give any other its default, so one odd value never loses the rest', () => {
    expect(readerSettingsOf({ textSize: 175, theme: 'dark', motion: 'reduce', readAloud: true })).toEqual({ textSize: 175, theme: 'dark', motion: 'reduce', readAloud: true });
    expect(readerSettingsOf({ textSize: 300, theme: 'sepia', motion: 'reduce', readAloud: 'yes' })).toEqual({ textSize: 100, theme: 'system', motion: 'reduce', readAloud: false });
    expect(readerSettingsOf('dark')).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('follow the computer for “system”: more contrast first, then dark, else light', () => {
    expect(shownTheme('system', system())).toBe('light');
    expect(shownTheme('system', system({ dark: true }))).toBe('dark');
    expect(shownTheme('system', system({ dark: true, moreContrast: true }))).toBe('contrast');
    expect(shownTheme('light', system({ dark: true }))).toBe('light');
    expect(shownTheme('contrast', system())).toBe('contrast');
  });

  it('reduce motion when she asks, or when the computer does', () => {
    expect(reducesMotion('system', system())).toBe(false);
    expect(reducesMotion('system', system({ reducedMotion: true }))).toBe(true);
    expect(reducesMotion('reduce', system())).toBe(true);
  });
});

describe('a profile’s PIN rules', () => {
  it('take what a paste or a password manager brings', () => {
    expect(normalisePin(' 12 34\n')).toBe('1234');
    expect(normalisePin('１２３４')).toBe('1234');
    expect(normalisePin('12-34')).toBe('1234');
  });

  it('say why a new PIN cannot be set', () => {
    expect(newPinProblem('12a4', '12a4')).toBe('not-digits');
    expect(newPinProblem('123', '123')).toBe('too-short');
    expect(newPinProblem('123456789', '123456789')).toBe('too-long');
    expect(newPinProblem('1234', '1243')).toBe('mismatch');
    expect(newPinProblem('12 34', '1234')).toBeNull();
    expect(newPinProblem('87654321', '87654321')).toBeNull();
  });

  it('keep a PIN as a salted hash only, that the same PIN opens however it is pasted, and no other', async () => {
    const record = await createPinRecord('4821', 1000);
    expect(record).toEqual({ algorithm: 'PBKDF2-SHA-256', iterations: 1000, salt: expect.stringMatching(/^[0-9a-f]{32}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(record)).not.toContain('4821');
    expect(await verifyPin('4821', record)).toBe(true);
    expect(await verifyPin(' 48 21\n', record)).toBe(true);
    expect(await verifyPin('4812', record)).toBe(false);
    // Another salt each time: two profiles with the same PIN do not show it.
    expect((await createPinRecord('4821', 1000)).hash).not.toBe(record.hash);
    // A record CareLit did not write opens nothing, and never runs for minutes.
    expect(await verifyPin('4821', { ...record, iterations: 1e12 })).toBe(false);
    expect(await verifyPin('4821', { ...record, hash: '' })).toBe(false);
    expect(PIN_ITERATIONS).toBe(600_000);
  });

  it('let a few wrong tries pass, then wait longer each time, up to 15 minutes', () => {
    expect([0, 1, 2].map(pinWaitMs)).toEqual([0, 0, 0]);
    expect(FREE_PIN_TRIES).toBe(3);
    expect([3, 4, 5, 6, 7, 8, 50].map(pinWaitMs)).toEqual([30_000, 60_000, 120_000, 300_000, 900_000, 900_000, 900_000]);
  });
});
