import { randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import {
  aeadOpen,
  aeadSeal,
  dh,
  generateEphemeral,
  hash,
  kdf,
  KEY_BYTES,
  mac,
  MAC_BYTES,
  privateKeyObject,
  publicKeyOf,
  TAG_BYTES,
  xaeadOpen,
} from './noise.ts';

/**
 * WireGuard's handshake from the initiator's side, as the whitepaper's §5.4 lays it
 * out and wireguard-go's device/noise-protocol.go and cookie.go implement it: the
 * initiation (type 1, 148 bytes), the response (type 2, 92 bytes) and the cookie reply
 * (type 3, 64 bytes) a responder under load sends instead. Only the handshake: no
 * tunnel is ever brought up, no transport data is sent.
 */

const CONSTRUCTION = new TextEncoder().encode('Noise_IKpsk2_25519_ChaChaPoly_BLAKE2s');
const IDENTIFIER = new TextEncoder().encode('WireGuard v1 zx2c4 Jason@zx2c4.com');
const LABEL_MAC1 = new TextEncoder().encode('mac1----');
const LABEL_COOKIE = new TextEncoder().encode('cookie--');

/** Ci = HASH(CONSTRUCTION); Hi = HASH(Ci ‖ IDENTIFIER): the same for every handshake. */
const INITIAL_CHAIN_KEY = hash(CONSTRUCTION);
const INITIAL_HASH = hash(INITIAL_CHAIN_KEY, IDENTIFIER);

export const MESSAGE = {
  initiation: { type: 1, size: 148 },
  response: { type: 2, size: 92 },
  cookieReply: { type: 3, size: 64 },
} as const;

/** The keys of one configuration: [Interface] PrivateKey, [Peer] PublicKey and PresharedKey. */
export interface WireguardKeys {
  privateKey: Uint8Array;
  peerPublicKey: Uint8Array;
  /** Absent: 32 zero bytes, as WireGuard uses without a preshared key. */
  presharedKey?: Uint8Array;
}

/** A configuration's keys ready for handshakes: everything that does not change between them. */
export interface Initiator {
  readonly staticPrivate: KeyObject;
  readonly staticPublic: Uint8Array;
  readonly peerPublic: Uint8Array;
  readonly presharedKey: Uint8Array;
  /** DH(Spriv_i, Spub_r), computed once, as wireguard-go's precomputedStaticStatic. */
  readonly staticStatic: Uint8Array;
  /** HASH(LABEL_MAC1 ‖ Spub_r): keys mac1 of what we send. */
  readonly mac1KeyOut: Uint8Array;
  /** HASH(LABEL_MAC1 ‖ Spub_i): keys mac1 of what the responder sends us. */
  readonly mac1KeyIn: Uint8Array;
  /** HASH(LABEL_COOKIE ‖ Spub_r): seals the cookie in a cookie reply. */
  readonly cookieKey: Uint8Array;
}

/**
 * Prepares a configuration's keys; null when the peer's public key is one X25519 gives
 * an all-zero shared secret with (a low-order point): no responder could answer it.
 */
export function prepareInitiator(keys: WireguardKeys): Initiator | null {
  const staticPrivate = privateKeyObject(keys.privateKey);
  const staticStatic = dh(staticPrivate, keys.peerPublicKey);
  if (staticStatic === null) return null;
  const staticPublic = publicKeyOf(staticPrivate);
  return {
    staticPrivate,
    staticPublic,
    peerPublic: keys.peerPublicKey,
    presharedKey: keys.presharedKey ?? new Uint8Array(KEY_BYTES),
    staticStatic,
    mac1KeyOut: hash(LABEL_MAC1, keys.peerPublicKey),
    mac1KeyIn: hash(LABEL_MAC1, staticPublic),
    cookieKey: hash(LABEL_COOKIE, keys.peerPublicKey),
  };
}

/** One initiation as sent, with the state its response is checked against. */
export interface Initiation {
  readonly bytes: Uint8Array;
  readonly senderIndex: number;
  readonly ephemeral: KeyObject;
  readonly chainKey: Uint8Array;
  readonly hash: Uint8Array;
  /** What a cookie reply to it is sealed against. */
  readonly mac1: Uint8Array;
}

export interface InitiationOptions {
  /** TAI64N (noise.ts HandshakeClock): greater than any earlier one of this key. */
  timestamp: Uint8Array;
  /** Random by default; the response names it as its receiver. */
  senderIndex?: number;
  /** A fresh key pair by default; fixed only to reproduce known answers. */
  ephemeral?: KeyObject;
  /** A cookie from a cookie reply (≤ 120 s old): then mac2 = MAC(cookie, msg[0..132]), else zeros. */
  cookie?: Uint8Array;
}

/** Builds a handshake initiation (whitepaper §5.4.2). */
export function createInitiation(initiator: Initiator, options: InitiationOptions): Initiation {
  const senderIndex = options.senderIndex ?? randomBytes(4).readUInt32LE(0);
  const ephemeral = options.ephemeral ?? generateEphemeral();
  const ephemeralPublic = publicKeyOf(ephemeral);

  let h = hash(INITIAL_HASH, initiator.peerPublic);
  let [c] = kdf(1, INITIAL_CHAIN_KEY, ephemeralPublic) as [Uint8Array];
  h = hash(h, ephemeralPublic);
  const ephemeralStatic = dh(ephemeral, initiator.peerPublic);
  // prepareInitiator refused a low-order peer key, so no DH with it can be all zeros.
  if (ephemeralStatic === null) throw new Error('X25519 failed with a checked public key');
  let key: Uint8Array;
  [c, key] = kdf(2, c, ephemeralStatic) as [Uint8Array, Uint8Array];
  const encryptedStatic = aeadSeal(key, 0n, initiator.staticPublic, h);
  h = hash(h, encryptedStatic);
  [c, key] = kdf(2, c, initiator.staticStatic) as [Uint8Array, Uint8Array];
  const encryptedTimestamp = aeadSeal(key, 0n, options.timestamp, h);
  h = hash(h, encryptedTimestamp);

  const bytes = new Uint8Array(MESSAGE.initiation.size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MESSAGE.initiation.type, true); // type, then three reserved zero bytes
  view.setUint32(4, senderIndex, true);
  bytes.set(ephemeralPublic, 8);
  bytes.set(encryptedStatic, 40);
  bytes.set(encryptedTimestamp, 88);
  const mac1Offset = MESSAGE.initiation.size - 2 * MAC_BYTES;
  const mac1 = mac(initiator.mac1KeyOut, bytes.subarray(0, mac1Offset));
  bytes.set(mac1, mac1Offset);
  if (options.cookie !== undefined) bytes.set(mac(options.cookie, bytes.subarray(0, mac1Offset + MAC_BYTES)), 132);
  return { bytes, senderIndex, ephemeral, chainKey: c, hash: h, mac1 };
}

/** What a datagram from the responder is to one of our initiations. */
export type Reply =
  /** A response that verifies: the responder knows our key and the preshared key matches. */
  | { kind: 'response'; initiation: Initiation }
  /** A response to one of ours that does not verify (a wrong preshared key, or not the configured server). */
  | { kind: 'invalid-response'; initiation: Initiation; why: 'mac1' | 'transcript' }
  /** A cookie reply: the responder is under load and wants mac2 with this cookie. */
  | { kind: 'cookie'; initiation: Initiation; cookie: Uint8Array }
  /** A cookie reply to one of ours that does not open. */
  | { kind: 'invalid-cookie'; initiation: Initiation }
  /** Not a reply to any initiation of ours. */
  | { kind: 'unrelated' };

/** Reads a datagram against the initiations sent so far (whitepaper §5.4.3 and §5.4.7). */
export function readReply(initiator: Initiator, initiations: readonly Initiation[], datagram: Uint8Array): Reply {
  if (datagram.length < 8) return { kind: 'unrelated' };
  const view = new DataView(datagram.buffer, datagram.byteOffset, datagram.byteLength);
  const type = view.getUint32(0, true);
  if (type === MESSAGE.response.type && datagram.length === MESSAGE.response.size) {
    const initiation = initiations.find((i) => i.senderIndex === view.getUint32(8, true));
    return initiation === undefined ? { kind: 'unrelated' } : checkResponse(initiator, initiation, datagram);
  }
  if (type === MESSAGE.cookieReply.type && datagram.length === MESSAGE.cookieReply.size) {
    const initiation = initiations.find((i) => i.senderIndex === view.getUint32(4, true));
    if (initiation === undefined) return { kind: 'unrelated' };
    const cookie = xaeadOpen(initiator.cookieKey, datagram.subarray(8, 32), datagram.subarray(32, 64), initiation.mac1);
    return cookie === null ? { kind: 'invalid-cookie', initiation } : { kind: 'cookie', initiation, cookie };
  }
  return { kind: 'unrelated' };
}

function checkResponse(initiator: Initiator, initiation: Initiation, datagram: Uint8Array): Reply {
  const mac1Offset = MESSAGE.response.size - 2 * MAC_BYTES;
  const expectedMac1 = mac(initiator.mac1KeyIn, datagram.subarray(0, mac1Offset));
  if (!timingSafeEqual(expectedMac1, datagram.subarray(mac1Offset, mac1Offset + MAC_BYTES))) {
    return { kind: 'invalid-response', initiation, why: 'mac1' };
  }
  const ephemeralPublic = datagram.subarray(12, 44);
  const empty = datagram.subarray(44, 44 + TAG_BYTES);
  let h = hash(initiation.hash, ephemeralPublic);
  let [c] = kdf(1, initiation.chainKey, ephemeralPublic) as [Uint8Array];
  const ephemeralEphemeral = dh(initiation.ephemeral, ephemeralPublic);
  const staticEphemeral = dh(initiator.staticPrivate, ephemeralPublic);
  if (ephemeralEphemeral === null || staticEphemeral === null) {
    return { kind: 'invalid-response', initiation, why: 'transcript' };
  }
  [c] = kdf(1, c, ephemeralEphemeral) as [Uint8Array];
  [c] = kdf(1, c, staticEphemeral) as [Uint8Array];
  const [, tau, key] = kdf(3, c, initiator.presharedKey) as [Uint8Array, Uint8Array, Uint8Array];
  h = hash(h, tau);
  return aeadOpen(key, 0n, empty, h) === null
    ? { kind: 'invalid-response', initiation, why: 'transcript' }
    : { kind: 'response', initiation };
}
