import { cohortReport, reportModule } from '../../../core/cohort/report';
import { readProgressFile } from '../../../core/cohort/read-progress-file';
import { summariseLearner } from '../../../core/cohort/summary';
import { CONTENT_ID_PATTERN, own } from '../../../core/content/id';
import { idSchema } from '../../../core/content/schema';
import { DIGEST_ALGORITHM, payloadDigest, type ProgressFile } from '../../../core/cohort/progress-file';
import { accountOf, imported, nadiaStatements, progressFile, sample } from '../../fixtures/cohort';

/** Nadia's file with every activity id of one kind renamed, digest recomputed: a valid-looking forgery. */
async function renamed(from: string, to: string): Promise<string> {
  const file = JSON.parse(JSON.stringify(await progressFile(accountOf(1), nadiaStatements()))) as Record<string, unknown>;
  delete file.digest;
  const payload = JSON.parse(JSON.stringify(file).replaceAll(from, to)) as Omit<ProgressFile, 'digest'>;
  return JSON.stringify({ ...payload, digest: { algorithm: DIGEST_ALGORITHM, value: await payloadDigest(payload) } });
}

describe('ids that are the names of every object’s own members', () => {
  it('are not content ids: no module, block or option may be called "constructor" or "prototype"', () => {
    for (const id of ['constructor', 'prototype']) {
      expect(CONTENT_ID_PATTERN.test(id)).toBe(false);
      expect(idSchema.safeParse(id).success).toBe(false);
    }
    for (const id of ['constructors', 'constructor-2', 'my-prototype', 'q-single']) expect(CONTENT_ID_PATTERN.test(id)).toBe(true);
  });

  it('a progress file whose exercise is "constructor" is refused, naming the field', async () => {
    const result = await readProgressFile(await renamed('/blocks/q-single', '/blocks/constructor'));
    expect(result).toEqual({ ok: false, refusal: { code: 'invalid', params: { path: 'statements[0].object.id', detail: 'not a CareLit activity' } } });
  });

  it('a progress file whose module is "constructor" is refused', async () => {
    const result = await readProgressFile(await renamed('/modules/sample/', '/modules/constructor/'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.params?.detail).toBe('not a CareLit activity');
  });

  it('statements that got past the checks still cannot write onto Object or break the report', () => {
    const forged = imported(nadiaStatements()).map((s) => ({
      ...s,
      object: { ...s.object, id: s.object.id.replace('/modules/sample', '/modules/constructor').replace('/blocks/q-single', '/blocks/constructor') },
    }));
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const summary = summariseLearner({ account: accountOf(1) }, forged);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.keys(summary.modules)).toEqual([]);
    const report = cohortReport([summary], [reportModule(sample)]);
    expect(report.learners[0]!.cells[sample.id]!.status).toBe('not-started');
  });

  it('own() reads a record’s own members only', () => {
    const record: Record<string, number> = { a: 1 };
    expect(own(record, 'a')).toBe(1);
    expect(own(record, 'constructor')).toBeUndefined();
    expect(own(record, 'toString')).toBeUndefined();
  });
});
