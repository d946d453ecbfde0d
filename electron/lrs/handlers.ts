import type { RetryPolicy } from '../../core/lrs/client';
import { parseAppEndpoint } from '../../core/lrs/endpoint';
import { lrsService, type SecretLookup } from '../../core/lrs/service';
import type { MainIpcHandlers } from '../ipc/register';
import type { LrsRequests } from './requests';
import type { SecretFile } from './secret-file';

/**
 * The LRS's channels on the main side. The window names the endpoint and key it means; the
 * secret kept for exactly that pair is decrypted here, for one request's length, and goes to
 * that endpoint's origin and nowhere else (core/lrs/service.ts). A secret the window types (to
 * test before saving) is used once and forgotten; a kept one never goes back to the window.
 */
export type LrsChannel = 'lrs:secret-state' | 'lrs:save-secret' | 'lrs:forget-secret' | 'lrs:test' | 'lrs:send';

export interface LrsHandlerServices {
  secrets: SecretFile;
  requests: LrsRequests;
  sleep(ms: number): Promise<void>;
  /** Tests shorten these; the app keeps core's defaults. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

export function createLrsHandlers(services: LrsHandlerServices): Pick<MainIpcHandlers, LrsChannel> {
  const { secrets } = services;
  const service = lrsService({
    transportFor: (origin) => ({ ok: true, fetch: services.requests.fetchFor(origin) }),
    keptSecret: async (connection): Promise<SecretLookup> => {
      const kept = await secrets.read(connection);
      if (kept.kind === 'found') return { ok: true, secret: kept.secret };
      return { ok: false, error: { code: kept.kind === 'unreadable' ? 'secret-unreadable' : 'secret-missing' } };
    },
    sleep: services.sleep,
    timeoutMs: services.timeoutMs,
    retry: services.retry,
  });

  return {
    'lrs:secret-state': async () => ({ keeping: await secrets.keeping(), savedFor: await secrets.savedFor() }),

    'lrs:save-secret': async ({ endpoint, key, secret }) => {
      const parsed = parseAppEndpoint(endpoint);
      if (!parsed.ok || parsed.endpoint.base !== endpoint) return { saved: false, problem: 'invalid-request' };
      const keeping = await secrets.keeping();
      if (keeping === 'unavailable') return { saved: false, problem: 'encryption-unavailable' };
      try {
        await secrets.save({ endpoint, key }, secret);
        return { saved: true, keeping };
      } catch {
        return { saved: false, problem: 'write-failed' };
      }
    },

    'lrs:forget-secret': () => secrets.forget(),
    'lrs:test': (request) => service.test(request),
    'lrs:send': (request) => service.send(request),
  };
}
