import type { StringCipher } from '../host/secret-store.ts';

/** What the cipher uses of Electron's safeStorage: its asynchronous API, and only that. */
export interface AsyncSafeStorage {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Uint8Array>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
}

/**
 * Chromium's os_crypt on Linux marks what it encrypts with the key's kind: "v10" is the
 * key written into Chromium itself (PBKDF2 of "peanuts"; posix_key_provider.cc and
 * fallback_linux_key_provider.cc), used where no keyring answers; a keyring's key is
 * "v11" and newer. macOS (Keychain) and Windows (DPAPI) use "v10" for keys they keep.
 */
const LINUX_BUILT_IN_KEY_TAG = 'v10';

/**
 * Whether secrets can be kept safely, decided by the very encryptor that will encrypt
 * them: the async one. (The synchronous API's getSelectedStorageBackend() describes
 * another encryptor, initialised separately, and can disagree.) On Linux a sample
 * encrypted under Chromium's built-in key protects nothing, so that counts as
 * unavailable and the user types the password for each run instead.
 */
export async function safeStorageAvailable(storage: AsyncSafeStorage, platform: NodeJS.Platform): Promise<boolean> {
  if (!(await storage.isAsyncEncryptionAvailable())) return false;
  if (platform !== 'linux') return true;
  const sample = await storage.encryptStringAsync('detour');
  return Buffer.from(sample.subarray(0, LINUX_BUILT_IN_KEY_TAG.length)).toString('latin1') !== LINUX_BUILT_IN_KEY_TAG;
}

/** safeStorage as the secret store's cipher; main.ts hands in Electron's safeStorage and process.platform. */
export function createSafeStorageCipher(storage: AsyncSafeStorage, platform: NodeJS.Platform): StringCipher {
  // The encryptor and its key are chosen once per process: asked once, remembered.
  let available: Promise<boolean> | undefined;
  return {
    isAvailable() {
      available ??= safeStorageAvailable(storage, platform).catch(() => false);
      return available;
    },
    encrypt: (plainText) => storage.encryptStringAsync(plainText),
    async decrypt(encrypted) {
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(Buffer.from(encrypted));
      return { text: result, shouldReEncrypt };
    },
  };
}
