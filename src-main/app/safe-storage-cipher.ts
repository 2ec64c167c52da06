import { safeStorage } from 'electron';
import type { StringCipher } from './secret-store.ts';

/**
 * safeStorage keeps the key in the OS keychain (Keychain, DPAPI, libsecret/kwallet).
 * On Linux without a keyring it falls back to `basic_text`, a key written into
 * Chromium itself: that protects nothing, so it counts as unavailable and the user
 * types the password for each run instead.
 */
export const safeStorageCipher: StringCipher = {
  async isAvailable() {
    // Asked first: it initialises the encryptor, and the backend is known only after.
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  },
  encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
  async decrypt(encrypted) {
    return (await safeStorage.decryptStringAsync(Buffer.from(encrypted))).result;
  },
};
