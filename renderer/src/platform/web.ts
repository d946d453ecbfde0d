import type { Platform } from './platform';

declare const __APP_VERSION__: string;

export function webPlatform(): Platform {
  return {
    kind: 'browser',
    getAppInfo: async () => ({
      version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
      electron: '',
      chrome: '',
      platform: 'web',
      locale: navigator.language,
    }),
  };
}
