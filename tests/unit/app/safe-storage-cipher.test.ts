import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  createSafeStorageCipher,
  safeStorageAvailable,
  type AsyncSafeStorage,
} from '../../../src-main/app/safe-storage-cipher.ts';
import { EncryptedFileSecretStore } from '../../../src-main/host/secret-store.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('safe-storage');

/**
 * safeStorage's async API as Chromium's os_crypt behaves (no Electron here): AES-128-CBC
 * under the key of the current provider, the ciphertext tagged with that provider's
 * version ("v10" the built-in key, "v11" a keyring's). Data under an older tag still
 * decrypts, with shouldReEncrypt, as after a key rotation.
 */
class OsCrypt implements AsyncSafeStorage {
  readonly #keys = new Map<string, Buffer>();
  current: string;
  readonly available: boolean;
  constructor(tag: string, available = true) {
    this.current = tag;
    this.available = available;
    this.#keys.set(tag, randomBytes(16));
  }
  rotateTo(tag: string): void {
    this.current = tag;
    this.#keys.set(tag, randomBytes(16));
  }
  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.available);
  }
  encryptStringAsync(plainText: string): Promise<Buffer> {
    const cipher = createCipheriv('aes-128-cbc', this.#key(this.current), Buffer.alloc(16, 0x20));
    return Promise.resolve(
      Buffer.concat([Buffer.from(this.current), cipher.update(plainText, 'utf8'), cipher.final()]),
    );
  }
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    const tag = encrypted.subarray(0, 3).toString('latin1');
    const decipher = createDecipheriv('aes-128-cbc', this.#key(tag), Buffer.alloc(16, 0x20));
    const result = Buffer.concat([decipher.update(encrypted.subarray(3)), decipher.final()]).toString('utf8');
    return Promise.resolve({ shouldReEncrypt: tag !== this.current, result });
  }
  #key(tag: string): Buffer {
    const key = this.#keys.get(tag);
    if (key === undefined) throw new Error(`no key for ${tag}`);
    return key;
  }
}

describe('whether passwords can be stored is decided by the encryptor that encrypts them', () => {
  test('on Linux, a keyring’s key is safe storage', async () => {
    expect(await safeStorageAvailable(new OsCrypt('v11'), 'linux')).toBe(true);
  });

  test('on Linux, Chromium’s built-in key (no keyring answering) is not', async () => {
    expect(await safeStorageAvailable(new OsCrypt('v10'), 'linux')).toBe(false);
  });

  test('on macOS and Windows, the OS’s own key ("v10" there) is', async () => {
    expect(await safeStorageAvailable(new OsCrypt('v10'), 'darwin')).toBe(true);
    expect(await safeStorageAvailable(new OsCrypt('v10'), 'win32')).toBe(true);
  });

  test('an async encryptor that is not available is not, anywhere', async () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(await safeStorageAvailable(new OsCrypt('v11', false), platform)).toBe(false);
    }
  });

  test('an encryptor that fails is taken as unavailable, and nothing is stored', async () => {
    const failing = new OsCrypt('v11');
    failing.encryptStringAsync = () => Promise.reject(new Error('keyring locked'));
    const store = new EncryptedFileSecretStore(
      join(dir(), 'credentials.json'),
      createSafeStorageCipher(failing, 'linux'),
    );
    expect(await store.isAvailable()).toBe(false);
    await expect(store.set('office', { username: 'u', password: 'p' })).rejects.toThrow();
  });
});

test('credentials the OS asks to re-encrypt (shouldReEncrypt) are stored again under the new key', async () => {
  const osCrypt = new OsCrypt('v11');
  const file = join(dir(), 'credentials.json');
  const store = new EncryptedFileSecretStore(file, createSafeStorageCipher(osCrypt, 'linux'));
  const credentials = { username: 'trainer', password: 'correct horse' };
  await store.set('office', credentials);
  const tagOnDisk = (): string => {
    const { routes } = JSON.parse(readFileSync(file, 'utf8')) as { routes: Record<string, string> };
    return Buffer.from(routes['office'] ?? '', 'base64')
      .subarray(0, 3)
      .toString('latin1');
  };
  expect(tagOnDisk()).toBe('v11');

  osCrypt.rotateTo('v12');

  expect(await store.get('office')).toEqual(credentials);
  expect(tagOnDisk()).toBe('v12');
  expect(readFileSync(file, 'utf8')).not.toContain('correct horse');
  expect(await store.get('office')).toEqual(credentials);
});
