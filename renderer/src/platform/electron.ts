import type { CarelitBridge } from '../../../core/ipc';
import type { Platform } from './platform';

export function electronPlatform(bridge: CarelitBridge): Platform {
  return { kind: 'desktop', getAppInfo: () => bridge.getAppInfo() };
}
