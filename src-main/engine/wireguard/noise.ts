import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { blake2s } from './blake2s.ts';

/**
 * The primitives of WireGuard's Noise_IKpsk2_25519_ChaChaPoly_BLAKE2s, named as in
 * the whitepaper's §5.4 (Donenfeld, "WireGuard: Next Generation Kernel Network
 * Tunnel", NDSS 2017) and wireguard-go's device/noise-helpers.go, all on node:crypto
 * except keyed BLAKE2s (blake2s.ts).
 */

export const KEY_BYTES = 32;
export const TAG_BYTES = 16;
export const MAC_BYTES = 16;

/** HASH(input): BLAKE2s-256. */
export function hash(...parts: Uint8Array[]): Uint8Array {
  const digest = createHash('blake2s256');
  for (const part of parts) digest.update(part);
  return new Uint8Array(digest.digest());
}

/** MAC(key, input): keyed BLAKE2s with a 16-byte output (not HMAC). */
export function mac(key: Uint8Array, input: Uint8Array): Uint8Array {
  return blake2s(input, MAC_BYTES, key);
}

/** HMAC(key, input): RFC 2104 over BLAKE2s-256 (64-byte blocks), as WireGuard's KDF uses it. */
export function hmac(key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const digest = createHmac('blake2s256', key);
  for (const part of parts) digest.update(part);
  return new Uint8Array(digest.digest());
}

/**
 * KDFn(key, input): HKDF (RFC 5869) with HMAC-BLAKE2s and no info, giving n 32-byte
 * outputs: τ0 = HMAC(key, input), τ1 = HMAC(τ0, 0x1), τi = HMAC(τ0, τi−1 ‖ i).
 */
export function kdf(n: 1 | 2 | 3, key: Uint8Array, input: Uint8Array): Uint8Array[] {
  const prk = hmac(key, input);
  const outputs: Uint8Array[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  for (let i = 1; i <= n; i += 1) {
    previous = hmac(prk, previous, Uint8Array.of(i));
    outputs.push(previous);
  }
  return outputs;
}

/** The 96-bit ChaCha20-Poly1305 nonce: 32 zero bits, then the 64-bit counter little-endian. */
function counterNonce(counter: bigint): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64LE(counter, 4);
  return nonce;
}

/** AEAD(key, counter, plain, authtext): ChaCha20-Poly1305 (RFC 8439); the tag follows the text. */
export function aeadSeal(key: Uint8Array, counter: bigint, plain: Uint8Array, authtext: Uint8Array): Uint8Array {
  return sealWith(key, counterNonce(counter), plain, authtext);
}

/** Opens what aeadSeal sealed; null when the tag does not verify. */
export function aeadOpen(
  key: Uint8Array,
  counter: bigint,
  sealed: Uint8Array,
  authtext: Uint8Array,
): Uint8Array | null {
  return openWith(key, counterNonce(counter), sealed, authtext);
}

/**
 * XAEAD's opening (XChaCha20-Poly1305, draft-irtf-cfrg-xchacha): the key becomes
 * HChaCha20(key, nonce[0..16]) and the nonce four zero bytes and nonce[16..24].
 * Cookie replies are sealed with it.
 */
export function xaeadOpen(
  key: Uint8Array,
  nonce: Uint8Array,
  sealed: Uint8Array,
  authtext: Uint8Array,
): Uint8Array | null {
  const subkey = hchacha20(key, nonce.subarray(0, 16));
  const shortNonce = Buffer.concat([Buffer.alloc(4), nonce.subarray(16, 24)]);
  return openWith(subkey, shortNonce, sealed, authtext);
}

function sealWith(key: Uint8Array, nonce: Buffer, plain: Uint8Array, authtext: Uint8Array): Uint8Array {
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(authtext, { plaintextLength: plain.length });
  return new Uint8Array(Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
}

function openWith(key: Uint8Array, nonce: Buffer, sealed: Uint8Array, authtext: Uint8Array): Uint8Array | null {
  if (sealed.length < TAG_BYTES) return null;
  const text = sealed.subarray(0, sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(authtext, { plaintextLength: text.length });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return new Uint8Array(Buffer.concat([decipher.update(text), decipher.final()]));
  } catch {
    return null;
  }
}

/** "expand 32-byte k", the ChaCha20 constants (RFC 8439 §2.3). */
const SIGMA_WORDS = Uint32Array.of(0x61707865, 0x3320646e, 0x79622d32, 0x6b206574);

/**
 * HChaCha20 (draft-irtf-cfrg-xchacha §2.2): the ChaCha20 block function without its
 * final addition, keeping words 0–3 and 12–15. node:crypto has no HChaCha20, but its
 * raw `chacha20` takes the 16 bytes in words 12–15 as its IV, so one keystream block
 * minus the initial state in those words is exactly the HChaCha20 output.
 */
export function hchacha20(key: Uint8Array, nonce16: Uint8Array): Uint8Array {
  const cipher = createCipheriv('chacha20', key, nonce16);
  const block = Buffer.concat([cipher.update(Buffer.alloc(64)), cipher.final()]);
  const nonce = Buffer.from(nonce16);
  const out = Buffer.alloc(32);
  for (let i = 0; i < 4; i += 1) {
    out.writeUInt32LE((block.readUInt32LE(i * 4) - SIGMA_WORDS[i]!) >>> 0, i * 4);
    out.writeUInt32LE((block.readUInt32LE(48 + i * 4) - nonce.readUInt32LE(i * 4)) >>> 0, 16 + i * 4);
  }
  return new Uint8Array(out);
}

/** DER prefixes wrapping a raw X25519 key (RFC 8410): node:crypto imports keys as DER or JWK. */
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');

export function privateKeyObject(raw: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_X25519, raw]), format: 'der', type: 'pkcs8' });
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_X25519, raw]), format: 'der', type: 'spki' });
}

/** The raw public key of a private key object. */
export function publicKeyOf(privateKey: KeyObject): Uint8Array {
  const der = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return new Uint8Array(der.subarray(SPKI_X25519.length));
}

/**
 * DH(private, public): X25519. Null where the result is all zeros (a low-order public
 * key), which WireGuard refuses (wireguard-go's sharedSecret returns errInvalidPublicKey;
 * OpenSSL itself fails the derivation).
 */
export function dh(privateKey: KeyObject, publicKey: Uint8Array): Uint8Array | null {
  try {
    const shared = new Uint8Array(diffieHellman({ privateKey, publicKey: publicKeyObject(publicKey) }));
    return shared.every((byte) => byte === 0) ? null : shared;
  } catch {
    return null;
  }
}

/** DH-GENERATE(): a fresh ephemeral key pair. */
export function generateEphemeral(): KeyObject {
  return generateKeyPairSync('x25519').privateKey;
}

/** Whitened nanoseconds step in 2^24 ns (about 17 ms), as wireguard-go's tai64n package rounds them. */
const WHITENED_STEP = 0x1000000;

/**
 * TAI64N (cr.yp.to/libtai/tai64.html): 2^62 + 10 + the Unix seconds, big-endian, then
 * the nanoseconds, big-endian, rounded down to a whitened step so the timestamp does
 * not fingerprint this machine's clock.
 */
export function tai64n(unixMs: number): Uint8Array {
  const out = Buffer.alloc(12);
  const seconds = Math.floor(unixMs / 1000);
  const nanoseconds = Math.floor((unixMs - seconds * 1000) * 1_000_000);
  out.writeBigUInt64BE(0x400000000000000an + BigInt(seconds), 0);
  out.writeUInt32BE(nanoseconds - (nanoseconds % WHITENED_STEP), 8);
  return new Uint8Array(out);
}

/**
 * The timestamps of one run's initiations, each later than the one before: a
 * responder drops an initiation whose timestamp is not greater than the last it
 * accepted from that key (a replay, wireguard-go's ConsumeMessageInitiation), so two
 * made within one whitened step must still differ.
 */
export class HandshakeClock {
  readonly #now: () => number;
  #last: Buffer | null = null;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  next(): Uint8Array {
    let stamp: Buffer = Buffer.from(tai64n(this.#now()));
    if (this.#last !== null && Buffer.compare(stamp, this.#last) <= 0) stamp = stepAfter(this.#last);
    this.#last = stamp;
    return new Uint8Array(stamp);
  }
}

function stepAfter(stamp: Buffer): Buffer {
  const next = Buffer.from(stamp);
  const nanoseconds = next.readUInt32BE(8) + WHITENED_STEP;
  if (nanoseconds < 1_000_000_000) next.writeUInt32BE(nanoseconds, 8);
  else {
    next.writeBigUInt64BE(next.readBigUInt64BE(0) + 1n, 0);
    next.writeUInt32BE(0, 8);
  }
  return next;
}
