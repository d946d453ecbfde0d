import type { Session } from 'electron';
import { denyPermissions } from '../../../electron/security/permissions';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean;

function sessionWith(granted?: ReadonlySet<never>) {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: (details: unknown) => boolean } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: (details: unknown) => boolean) => (handlers.device = handler),
  };
  denyPermissions(session as unknown as Session, granted);
  return handlers;
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'persistent-storage', 'hid', 'unknown'];

describe('permissions', () => {
  it.each(PERMISSIONS)('denies a request for %s, even from the app itself', (permission) => {
    const { request } = sessionWith();
    const callback = jest.fn();
    request?.({}, permission, callback, { requestingUrl: 'app://carelit/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS)('answers no to a check for %s', (permission) => {
    const { check } = sessionWith();
    expect(check?.({}, permission, 'app://carelit', {})).toBe(false);
  });

  it('denies every USB, HID and serial device', () => {
    expect(sessionWith().device?.({ deviceType: 'usb', origin: 'app://carelit' })).toBe(false);
  });

  it('grants a permission named in the allow-list to the app only, never to another origin', () => {
    const { request, check } = sessionWith(new Set(['persistent-storage']) as unknown as ReadonlySet<never>);
    const fromApp = jest.fn();
    const fromElsewhere = jest.fn();
    request?.({}, 'persistent-storage', fromApp, { requestingUrl: 'app://carelit/index.html' });
    request?.({}, 'persistent-storage', fromElsewhere, { requestingUrl: 'https://example.com/' });
    expect(fromApp).toHaveBeenCalledWith(true);
    expect(fromElsewhere).toHaveBeenCalledWith(false);
    expect(check?.({}, 'media', 'app://carelit', {})).toBe(false);
  });
});
