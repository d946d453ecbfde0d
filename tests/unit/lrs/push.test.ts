import { asciiJson, pushStatements } from '../../../core/lrs/push';
import type { Statement } from '../../../core/xapi/statements';
import { fakeClient, fakeLrs, networkError, recordedSleep } from './fake-lrs';
import { altered, learnerStatements } from './statements';

const ids = (statements: readonly Statement[]) => statements.map((s) => s.id);
const posts = (lrs: ReturnType<typeof fakeLrs>) => lrs.requests.filter((r) => r.method === 'POST').map((r) => ids(JSON.parse(r.body!) as Statement[]));

describe('pushing statements', () => {
  it('sends a body in ASCII only, which reads back as the same statements: no network chunk can split a character', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 3).map((s) => ({
      ...s,
      object: { ...s.object, definition: { ...s.object.definition, name: { fr: 'Approuvé · ‘sécurisé’ 🩺', nl: 'Goedgekeurd', en: 'Approved' } } },
    }));
    await pushStatements(fakeClient(lrs), statements);
    const [body] = lrs.requests.filter((r) => r.method === 'POST').map((r) => r.body!);
    expect(body).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(body!)).toEqual(statements);
    expect(asciiJson({ t: 'é\u2028😷"\\' })).toBe('{"t":"\\u00e9\\u2028\\ud83d\\ude37\\"\\\\"}');
  });

  it('sends them in batches, and counts them already there when they are pushed again', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 120);
    const first = await pushStatements(fakeClient(lrs), statements);
    expect(first).toEqual({ sent: ids(statements), alreadyThere: [], refused: [], unsent: [], error: null });
    expect(posts(lrs).map((batch) => batch.length)).toEqual([50, 50, 20]);

    const again = await pushStatements(fakeClient(lrs), statements);
    expect(again).toEqual({ sent: [], alreadyThere: ids(statements), refused: [], unsent: [], error: null });
    expect(lrs.stored.size).toBe(120);
  });

  it('counts new and known statements of one batch apart', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 10);
    await pushStatements(fakeClient(lrs), statements.slice(0, 4));
    const result = await pushStatements(fakeClient(lrs), statements);
    expect(result.alreadyThere).toEqual(ids(statements.slice(0, 4)));
    expect(result.sent).toEqual(ids(statements.slice(4)));
  });

  it('sends a statement given twice once', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 3);
    const result = await pushStatements(fakeClient(lrs), [...statements, statements[1]!]);
    expect(result.sent).toEqual(ids(statements));
    expect(posts(lrs)).toEqual([ids(statements)]);
  });

  it('refuses, with the LRS’s words, a statement whose id the LRS holds with other content, and sends the rest of its batch', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 20);
    const clash = statements[13]!;
    lrs.stored.set(clash.id, JSON.stringify(altered(clash)));
    const result = await pushStatements(fakeClient(lrs), statements);
    expect(result.refused).toEqual([{ id: clash.id, refusal: { code: 'conflict', params: { status: 409, message: `${clash.id} is conflicting` } } }]);
    expect(result.sent).toEqual(ids(statements).filter((id) => id !== clash.id));
    expect(result.alreadyThere).toEqual([]);
    expect(result.error).toBeNull();
    // Halved down to it: never more than about two requests per level for one refused statement.
    expect(posts(lrs).length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(20)) + 1);
    expect(lrs.stored.get(clash.id)).toBe(JSON.stringify(altered(clash)));

    const again = await pushStatements(fakeClient(lrs), statements);
    expect(again.refused.map((r) => r.id)).toEqual([clash.id]);
    expect(again.alreadyThere).toHaveLength(19);
  });

  it('refuses an invalid statement with the LRS’s warning, and sends the others', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 8);
    const bad = { ...statements[2]!, verb: { ...statements[2]!.verb, id: 'answered' } };
    statements[2] = bad;
    const result = await pushStatements(fakeClient(lrs), statements);
    expect(result.refused).toEqual([{ id: bad.id, refusal: { code: 'invalid', params: { status: 400, message: `Problem in 'statements.0.verb.id'. Received '"answered"'` } } }]);
    expect(result.sent).toHaveLength(7);
  });

  it('stops at once when the credentials are refused, and leaves everything unsent', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 60);
    const result = await pushStatements(fakeClient(lrs, { secret: 'wrong' }), statements);
    expect(result).toEqual({ sent: [], alreadyThere: [], refused: [], unsent: ids(statements), error: { code: 'credentials', params: { status: 401 } } });
    expect(lrs.requests.length).toBeLessThanOrEqual(4); // the questions already on their way, no more
    expect(lrs.stored.size).toBe(0);
  });

  it('keeps what was confirmed and leaves the rest unsent when the LRS goes down mid-way', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 120);
    let posted = 0;
    const real = lrs.fetch;
    lrs.fetch = async (request) => {
      if (request.method === 'POST' && ++posted > 1) throw networkError('ECONNRESET');
      return real(request);
    };
    const result = await pushStatements(fakeClient(lrs, { retry: { attempts: 3 }, sleeps: recordedSleep() }), statements);
    expect(result.sent).toEqual(ids(statements.slice(0, 50)));
    expect(result.unsent).toEqual(ids(statements.slice(50)));
    expect(result.error).toEqual({ code: 'unreachable', params: { detail: 'ECONNRESET', attempts: 3 } });
  });

  it('does not take a 200 without the statements’ ids (a portal’s page) as stored', async () => {
    const lrs = fakeLrs();
    const statements = learnerStatements(1, 3);
    lrs.script.push({ status: 404 }, { status: 404 }, { status: 404 }, { status: 200, body: '<html>Welcome to the hotel network</html>' });
    const result = await pushStatements(fakeClient(lrs), statements);
    expect(result).toEqual({ sent: [], alreadyThere: [], refused: [], unsent: ids(statements), error: { code: 'bad-answer', params: { status: 200 } } });
  });
});
