import type { Session } from 'electron';
import { isAppUrl } from '../app-origin';

type Permission = Parameters<NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>>[1];
type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * Security checklist 5, "Handle session permission requests from remote content": Electron
 * grants every permission unless told otherwise. CareLit needs no camera, microphone,
 * location, notification or device, so it grants none.
 *
 * Should a feature ever need one, name it in `granted`: it is then given to the app's own
 * origin only, never to anything else.
 */
export const NO_PERMISSIONS: ReadonlySet<Permission> = new Set();

export function isPermissionGranted(permission: Permission, requestingUrl: string, granted: ReadonlySet<Permission> = NO_PERMISSIONS): boolean {
  return granted.has(permission) && isAppUrl(requestingUrl);
}

export function denyPermissions(session: PermissionSession, granted: ReadonlySet<Permission> = NO_PERMISSIONS): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionGranted(permission, details.requestingUrl, granted)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, granted));
  // USB, HID and serial devices: never.
  session.setDevicePermissionHandler(() => false);
}
