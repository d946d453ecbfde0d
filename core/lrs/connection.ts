import { unexpected, type LrsClient, type LrsError } from './client';
import { query } from './endpoint';

/**
 * "Test connection": what an organisation's settings screen shows before the first sync.
 * Two requests: the LRS's `about` resource (is anything there, and does it speak xAPI 1.0?),
 * then a question about a statement id nobody has (404: the credentials are accepted and may
 * read; 401 or 403: they are not). `about` needs no credentials, so only the second request
 * tells about them. Reading is needed: sending asks first which statements the LRS already has.
 */
export interface ConnectionReport {
  reachable: boolean;
  /** The xAPI versions the LRS says it speaks. */
  versions: string[];
  /** It speaks 1.0.x, which CareLit's 1.0.3 statements need. */
  compatible: boolean;
  credentials: 'accepted' | 'refused' | 'not-checked';
  /** The first thing that went wrong, if anything did. */
  error: LrsError | null;
}

/** An id of the nil-UUID family: no statement has it, so the answer is about the credentials only. */
const NOBODYS_STATEMENT = '00000000-0000-4000-8000-000000000000';

function versionsOf(body: string): string[] | null {
  try {
    const about = JSON.parse(body) as { version?: unknown };
    return Array.isArray(about.version) ? about.version.filter((v): v is string => typeof v === 'string').slice(0, 20) : null;
  } catch {
    return null;
  }
}

export async function testConnection(client: LrsClient): Promise<ConnectionReport> {
  const report: ConnectionReport = { reachable: false, versions: [], compatible: false, credentials: 'not-checked', error: null };
  const about = await client.exchange('GET', 'about');
  if (!about.ok) return { ...report, error: about.error };
  report.reachable = true;
  const versions = about.answer.status === 200 ? versionsOf(about.answer.body) : null;
  if (!versions) return { ...report, error: about.answer.status === 200 ? { code: 'not-an-lrs', params: { status: 200 } } : unexpected(about.answer) };
  report.versions = versions;
  report.compatible = versions.some((v) => /^1\.0\.\d+$/.test(v));

  const probe = await client.exchange('HEAD', `statements${query({ statementId: NOBODYS_STATEMENT })}`);
  if (!probe.ok) return { ...report, error: probe.error };
  const { status } = probe.answer;
  if (status === 404 || status === 200) return { ...report, credentials: 'accepted' };
  const error = unexpected(probe.answer);
  return { ...report, credentials: status === 401 || status === 403 ? 'refused' : 'not-checked', error };
}
