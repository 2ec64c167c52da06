import type { Session } from 'electron';

/**
 * Electron security checklist item 5: the app needs no camera, microphone, location,
 * notifications, USB, serial or anything else a page can ask for, so every request
 * and every check is answered no, including those that never show a prompt.
 */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
