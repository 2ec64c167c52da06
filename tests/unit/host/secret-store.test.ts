import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EncryptedFileSecretStore, type StringCipher } from '../../../src-main/host/secret-store.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('secrets');

/** A reversible stand-in for safeStorage: XOR with a key, enough to prove nothing is stored in clear. */
function xorCipher(key: number, available = true): StringCipher {
  const xor = (bytes: Uint8Array) => bytes.map((byte) => byte ^ key);
  return {
    isAvailable: () => Promise.resolve(available),
    encrypt: (plainText) => Promise.resolve(xor(new TextEncoder().encode(plainText))),
    decrypt: (encrypted) => Promise.resolve({ text: new TextDecoder().decode(xor(encrypted)), shouldReEncrypt: false }),
  };
}

const credentials = { username: 'trainer', password: 'correct horse battery staple' };
const file = () => join(dir(), 'credentials.json');

test('credentials round-trip by route name and are never written in clear', async () => {
  const store = new EncryptedFileSecretStore(file(), xorCipher(0x5a));
  await store.set('office', credentials);
  expect(await store.get('office')).toEqual(credentials);
  expect(await store.routes()).toEqual(['office']);
  const onDisk = readFileSync(file(), 'utf8');
  expect(onDisk).not.toContain('correct horse');
  expect(onDisk).not.toContain('trainer');
});

test('forgetting a route removes its credentials and nothing else', async () => {
  const store = new EncryptedFileSecretStore(file(), xorCipher(0x5a));
  await store.set('office', credentials);
  await store.set('home', { username: 'me', password: 'pw' });
  await store.delete('office');
  expect(await store.get('office')).toBeUndefined();
  expect(await store.routes()).toEqual(['home']);
});

test('without safe storage nothing is stored, and what was stored is not read', async () => {
  await new EncryptedFileSecretStore(file(), xorCipher(0x5a)).set('office', credentials);
  const unavailable = new EncryptedFileSecretStore(file(), xorCipher(0x5a, false));
  expect(await unavailable.isAvailable()).toBe(false);
  await expect(unavailable.set('home', credentials)).rejects.toThrow();
  expect(await unavailable.get('office')).toBeUndefined();
});

test('credentials under another key or a route named like a prototype read as absent', async () => {
  await new EncryptedFileSecretStore(file(), xorCipher(0x5a)).set('office', credentials);
  const otherKey = new EncryptedFileSecretStore(file(), xorCipher(0x33));
  expect(await otherKey.get('office')).toBeUndefined();
  expect(await otherKey.get('__proto__')).toBeUndefined();
  expect(await otherKey.get('constructor')).toBeUndefined();
});
