import { execFile } from 'node:child_process';

/**
 * Whether this Linux desktop shows tray icons. Electron's Tray on Linux is a
 * StatusNotifierItem, shown only where a StatusNotifierWatcher owns its D-Bus name
 * (KDE, Ubuntu's AppIndicator extension, most other panels); stock GNOME has none, and
 * the icon is then nowhere. Electron does not tell, so the session bus is asked.
 */
export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

/** An answer from the bus takes milliseconds; a hung bus must not hold the app's start. */
const DBUS_DEADLINE_MS = 2_000;

/** Reads dbus-send's printed reply to NameHasOwner ("   boolean true"). */
export function nameHasOwnerReply(stdout: string): boolean {
  return /^\s*boolean true\s*$/m.test(stdout);
}

/**
 * True when a tray host is known to be there. Without dbus-send, a session bus or an
 * answer in time it is false: the app then keeps a window, the way back that always works.
 */
export function linuxTrayHostPresent(dbusSend = 'dbus-send'): Promise<boolean> {
  const args = [
    '--session',
    '--print-reply',
    '--dest=org.freedesktop.DBus',
    '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner',
    `string:${STATUS_NOTIFIER_WATCHER}`,
  ];
  return new Promise((resolve) => {
    execFile(dbusSend, args, { timeout: DBUS_DEADLINE_MS, encoding: 'utf8' }, (error, stdout) => {
      resolve(error === null && nameHasOwnerReply(stdout));
    });
  });
}
