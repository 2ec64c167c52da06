import type { Session } from 'electron';
import { expect, test } from 'vitest';
import { denyAllPermissions } from '../../../src-main/app/permissions.ts';

type PermissionSurface = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;
type Handler<K extends keyof PermissionSurface> = Exclude<Parameters<PermissionSurface[K]>[0], null>;

test('every permission request, check and device request is denied (checklist item 5)', () => {
  const handlers: {
    request: Handler<'setPermissionRequestHandler'> | null;
    check: Handler<'setPermissionCheckHandler'> | null;
    device: Handler<'setDevicePermissionHandler'> | null;
  } = { request: null, check: null, device: null };
  denyAllPermissions({
    setPermissionRequestHandler: (handler) => void (handlers.request = handler),
    setPermissionCheckHandler: (handler) => void (handlers.check = handler),
    setDevicePermissionHandler: (handler) => void (handlers.device = handler),
  });

  const answers: boolean[] = [];
  for (const permission of ['media', 'geolocation', 'notifications', 'openExternal'] as const) {
    handlers.request?.(null as never, permission, (granted) => answers.push(granted), {} as never);
    answers.push(handlers.check?.(null, permission, 'app://detour', {} as never) ?? true);
  }
  answers.push(handlers.device?.({} as never) ?? true);
  expect(answers).toEqual(Array.from({ length: 9 }, () => false));
});
