import { CLOCK_TOLERANCE_MS, readProgressBytes, readProgressFile } from '../../../core/cohort/read-progress-file';
import { HOSTILE_FILES, forged, outcomeOf, matching } from '../../fixtures/hostile-files';

describe('the hostile-file corpus, read by core', () => {
  it.each(HOSTILE_FILES.map((c) => [c.finding, c.name, c] as const))('finding %i: %s', async (_finding, _name, hostile) => {
    expect(outcomeOf(await readProgressBytes(await hostile.bytes()))).toEqual(matching(hostile.expected));
  });

  it('names a lone surrogate and a 30 February as what they are', async () => {
    const lone = HOSTILE_FILES.find((c) => c.name === 'a name with a lone surrogate')!;
    const result = await readProgressBytes(await lone.bytes());
    expect(result).toMatchObject({ ok: false, refusal: { params: { detail: 'control characters or a broken character in a name' } } });
    const february = HOSTILE_FILES.find((c) => c.name === 'an answer dated 30 February')!;
    expect(await readProgressBytes(await february.bytes())).toMatchObject({ ok: false, refusal: { params: { detail: 'not a plausible date' } } });
  });
});

describe('dates after the moment of import', () => {
  const exportedAt = (at: string) =>
    forged((p) => {
      p.exportedAt = at;
    });
  const now = new Date('2026-11-20T12:00:00.000Z');

  it('accept a computer clock a few hours ahead, up to the tolerance', async () => {
    const ahead = new Date(now.getTime() + CLOCK_TOLERANCE_MS).toISOString();
    expect((await readProgressFile(await exportedAt(ahead), { now })).ok).toBe(true);
  });

  it('refuse an export dated beyond it, saying the date and where it is', async () => {
    const beyond = new Date(now.getTime() + CLOCK_TOLERANCE_MS + 1000).toISOString();
    expect(await readProgressFile(await exportedAt(beyond), { now })).toEqual({ ok: false, refusal: { code: 'from-the-future', params: { path: 'exportedAt', date: beyond } } });
  });
});
