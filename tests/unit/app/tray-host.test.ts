import { expect, test } from 'vitest';
import { linuxTrayHostPresent, nameHasOwnerReply } from '../../../src-main/app/tray-host.ts';

test("dbus-send's reply to NameHasOwner is read as the bus prints it", () => {
  expect(nameHasOwnerReply('method return time=1.2 sender=org.freedesktop.DBus\n   boolean true\n')).toBe(true);
  expect(nameHasOwnerReply('method return time=1.2 sender=org.freedesktop.DBus\n   boolean false\n')).toBe(false);
  expect(nameHasOwnerReply('')).toBe(false);
});

test('without dbus-send or a session bus, no tray host is assumed: the app keeps a window', async () => {
  expect(await linuxTrayHostPresent('/nonexistent/dbus-send')).toBe(false);
  // A dbus-send that fails, as it does where no session bus runs.
  expect(await linuxTrayHostPresent('false')).toBe(false);
});
