import { createWebLrs } from '../../../renderer/src/platform/web-lrs';
import type { PlatformLrs } from '../../../renderer/src/platform';

/**
 * The platform's LRS side for tests that configure none: the browser's own implementation,
 * whose network is a list that records every request and answers none. `requests` stays empty
 * unless something tried to reach an LRS.
 */
export function offlineLrs(): PlatformLrs & { requests: string[] } {
  const requests: string[] = [];
  const lrs = createWebLrs({
    fetch: async (url) => {
      requests.push(url);
      throw new TypeError('Failed to fetch');
    },
    policy: () => null,
    pageUrl: () => 'http://127.0.0.1:4780/',
    sleep: async () => undefined,
  });
  return Object.assign(lrs, { requests });
}
