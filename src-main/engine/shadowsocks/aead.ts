import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { saltLength, type ShadowsocksKey, type ShadowsocksMethod } from '../../shared/shadowsocks-key.ts';

/**
 * The Shadowsocks AEAD construction (shadowsocks.org, "AEAD ciphers"): a master key from
 * the password (OpenSSL's EVP_BytesToKey with MD5, no salt, one round), a session subkey
 * per salt by HKDF-SHA1 with info "ss-subkey", 12-byte nonces counting up from zero in
 * little-endian, 16-byte tags.
 */
export const TAG_BYTES = 16;
const NONCE_BYTES = 12;
const SUBKEY_INFO = 'ss-subkey';

type NodeAead = 'chacha20-poly1305' | 'aes-256-gcm' | 'aes-128-gcm';
const NODE_CIPHER: Readonly<Record<ShadowsocksMethod, NodeAead>> = {
  'chacha20-ietf-poly1305': 'chacha20-poly1305',
  'aes-256-gcm': 'aes-256-gcm',
  'aes-128-gcm': 'aes-128-gcm',
};

/** A key ready to use: the method and the master key derived once from the password. */
export interface CipherKey {
  method: ShadowsocksMethod;
  masterKey: Buffer;
  /** The connection prefix, written over the start of each salt. */
  prefix: Uint8Array;
}

export function cipherKey(key: ShadowsocksKey): CipherKey {
  return { method: key.method, masterKey: bytesToKey(key.password, saltLength(key.method)), prefix: key.prefix };
}

/** EVP_BytesToKey(MD5, no salt, count 1): D_i = MD5(D_{i-1} ‖ password), concatenated to the key's length. */
export function bytesToKey(password: string, length: number): Buffer {
  const secret = Buffer.from(password, 'utf8');
  const blocks: Buffer[] = [];
  let previous = Buffer.alloc(0);
  while (blocks.length * 16 < length) {
    previous = createHash('md5').update(previous).update(secret).digest();
    blocks.push(previous);
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/**
 * A fresh salt, its first bytes replaced by the prefix: Outline's "connection prefix"
 * disguises the start of the stream as another protocol, and since the server derives
 * the subkey from the whole salt it needs to know nothing of it.
 */
export function newSalt(key: CipherKey): Buffer {
  const salt = randomBytes(saltLength(key.method));
  salt.set(key.prefix, 0);
  return salt;
}

export function saltBytes(key: CipherKey): number {
  return saltLength(key.method);
}

/** One direction of one session: a subkey and a nonce counter. Every seal or open uses the next nonce. */
export class AeadSession {
  readonly #cipher: NodeAead;
  readonly #subkey: Buffer;
  readonly #nonce = Buffer.alloc(NONCE_BYTES);

  constructor(key: CipherKey, salt: Uint8Array) {
    this.#cipher = NODE_CIPHER[key.method];
    this.#subkey = Buffer.from(hkdfSync('sha1', key.masterKey, salt, SUBKEY_INFO, key.masterKey.length));
  }

  seal(plain: Uint8Array): Buffer {
    const name = this.#cipher;
    const options = { authTagLength: TAG_BYTES };
    // Two overloads of one call: Node types ChaCha20-Poly1305 and GCM apart.
    const cipher =
      name === 'chacha20-poly1305'
        ? createCipheriv(name, this.#subkey, this.#nonce, options)
        : createCipheriv(name, this.#subkey, this.#nonce, options);
    const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    this.#increment();
    return sealed;
  }

  /** The plain text, or null when the tag does not verify (a wrong key, or bytes changed on the way). */
  open(sealed: Uint8Array): Buffer | null {
    const body = sealed.subarray(0, sealed.length - TAG_BYTES);
    const tag = sealed.subarray(sealed.length - TAG_BYTES);
    const name = this.#cipher;
    const options = { authTagLength: TAG_BYTES };
    const decipher =
      name === 'chacha20-poly1305'
        ? createDecipheriv(name, this.#subkey, this.#nonce, options)
        : createDecipheriv(name, this.#subkey, this.#nonce, options);
    decipher.setAuthTag(tag);
    try {
      const plain = Buffer.concat([decipher.update(body), decipher.final()]);
      this.#increment();
      return plain;
    } catch {
      return null;
    }
  }

  /** The nonce is an unsigned little-endian integer, incremented after each use. */
  #increment(): void {
    for (let i = 0; i < NONCE_BYTES; i += 1) {
      const byte = ((this.#nonce[i] ?? 0) + 1) & 0xff;
      this.#nonce[i] = byte;
      if (byte !== 0) return;
    }
  }
}
