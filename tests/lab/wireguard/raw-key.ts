import type { KeyObject } from 'node:crypto';

/** The 32 raw bytes of an X25519 private key: its PKCS #8 DER form after the 16-byte prefix (RFC 8410). */
export function rawPrivateKey(key: KeyObject): Uint8Array {
  return new Uint8Array(key.export({ format: 'der', type: 'pkcs8' }).subarray(16));
}
