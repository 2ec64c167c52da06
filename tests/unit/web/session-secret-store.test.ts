import { expect, test } from 'vitest';
import { SessionSecretStore } from '../../../src-main/web/session-secret-store.ts';

test('credentials are kept for the session, by route name, and forgotten on request', async () => {
  const store = new SessionSecretStore();
  expect(await store.isAvailable()).toBe(true);
  await store.set('office', { username: 'u', password: 'p' });
  expect(await store.get('office')).toEqual({ username: 'u', password: 'p' });
  expect(await store.get('__proto__')).toBeUndefined();
  expect(await store.routes()).toEqual(['office']);
  await store.delete('office');
  expect(await store.get('office')).toBeUndefined();
  expect(await store.routes()).toEqual([]);
});

test('a second store (a restart) knows nothing of the first', async () => {
  await new SessionSecretStore().set('office', { username: 'u', password: 'p' });
  expect(await new SessionSecretStore().routes()).toEqual([]);
});
