import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { blake2s } from '../../../../src-main/engine/wireguard/blake2s.ts';
import {
  aeadOpen,
  dh,
  hash,
  hchacha20,
  HandshakeClock,
  kdf,
  mac,
  privateKeyObject,
  publicKeyOf,
  tai64n,
  xaeadOpen,
} from '../../../../src-main/engine/wireguard/noise.ts';
import { vectors, type KeyPair } from './vectors.ts';

/**
 * Each primitive of WireGuard's handshake against known answers: the specifications'
 * own vectors where they give one, wireguard-go's KDF vectors (device/kdf_test.go),
 * and packets made by Debian's wireguard-go with keys from wg (vectors.json; see
 * tests/lab/wireguard/derive-vectors.ts): re-derived step by step from the
 * whitepaper's §5.4 with our primitives, they must open and verify.
 */

const fromHex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
const toHex = (data: Uint8Array): string => Buffer.from(data).toString('hex');
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('BLAKE2s', () => {
  test('RFC 7693 Appendix B: BLAKE2s-256("abc")', () => {
    expect(toHex(blake2s(text('abc')))).toBe('508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982');
  });

  test('unkeyed 32-byte output equals node:crypto blake2s256 at every block boundary', () => {
    for (const length of [0, 1, 63, 64, 65, 127, 128, 129, 1000]) {
      const data = new Uint8Array(length).map((_, i) => (i * 7 + 3) & 0xff);
      expect(toHex(blake2s(data)), `${length} bytes`).toBe(createHash('blake2s256').update(data).digest('hex'));
    }
  });

  test('refuses an output longer than 32 bytes or a key longer than 32 bytes', () => {
    expect(() => blake2s(new Uint8Array(1), 33)).toThrow(RangeError);
    expect(() => blake2s(new Uint8Array(1), 16, new Uint8Array(33))).toThrow(RangeError);
  });
});

describe('HMAC-BLAKE2s KDF', () => {
  // wireguard-go device/kdf_test.go TestKDF.
  const cases = [
    {
      key: '746573742d6b6579',
      input: '746573742d696e707574',
      t: [
        '6f0e5ad38daba1bea8a0d213688736f19763239305e0f58aba697f9ffc41c633',
        'df1194df20802a4fe594cde27e92991c8cae66c366e8106aaa937a55fa371e8a',
        'fac6e2745a325f5dc5d11a5b165aad08b0ada28e7b4e666b7c077934a4d76c24',
      ],
    },
    {
      key: '776972656775617264',
      input: '776972656775617264',
      t: [
        '491d43bbfdaa8750aaf535e334ecbfe5129967cd64635101c566d4caefda96e8',
        '1e71a379baefd8a79aa4662212fcafe19a23e2b609a3db7d6bcba8f560e3d25f',
        '31e1ae48bddfbe5de38f295e5452b1909a1b4e38e183926af3780b0c1e1f0160',
      ],
    },
    {
      key: '',
      input: '',
      t: [
        '8387b46bf43eccfcf349552a095d8315c4055beb90208fb1be23b894bc2ed5d0',
        '58a0e5f6faefccf4807bff1f05fa8a9217945762040bcec2f4b4a62bdfe0e86e',
        '0ce6ea98ec548f8e281e93e32db65621c45eb18dc6f0a7ad94178610a2f7338e',
      ],
    },
  ];
  test.each(cases)('KDF1, KDF2 and KDF3 of key $key', ({ key, input, t }) => {
    expect(kdf(3, fromHex(key), fromHex(input)).map(toHex)).toEqual(t);
    expect(kdf(2, fromHex(key), fromHex(input)).map(toHex)).toEqual(t.slice(0, 2));
    expect(kdf(1, fromHex(key), fromHex(input)).map(toHex)).toEqual(t.slice(0, 1));
  });
});

describe('X25519', () => {
  test.each(vectors.x25519)(
    'the public key of a wg genkey key is what wg pubkey printed',
    ({ privateKey, publicKey }) => {
      expect(Buffer.from(publicKeyOf(privateKeyObject(fromBase64(privateKey)))).toString('base64')).toBe(publicKey);
    },
  );

  test('DH agrees both ways, and a low-order point gives no shared secret', () => {
    const [a, b] = vectors.x25519 as [
      { privateKey: string; publicKey: string },
      { privateKey: string; publicKey: string },
    ];
    const ab = dh(privateKeyObject(fromBase64(a.privateKey)), fromBase64(b.publicKey));
    const ba = dh(privateKeyObject(fromBase64(b.privateKey)), fromBase64(a.publicKey));
    expect(ab).not.toBeNull();
    expect(toHex(ab ?? new Uint8Array())).toBe(toHex(ba ?? new Uint8Array(1)));
    expect(dh(privateKeyObject(fromBase64(a.privateKey)), new Uint8Array(32))).toBeNull();
  });
});

describe('HChaCha20', () => {
  test('draft-irtf-cfrg-xchacha-03 §2.2.1', () => {
    const key = fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
    const nonce = fromHex('000000090000004a0000000031415927');
    expect(toHex(hchacha20(key, nonce))).toBe('82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc');
  });
});

describe('TAI64N', () => {
  test('the Unix epoch is 2^62 + 10 seconds, and nanoseconds are whitened to 2^24 ns', () => {
    expect(toHex(tai64n(0))).toBe('400000000000000a00000000');
    // 1.5 s: 500,000,000 ns rounded down to 29 × 2^24 = 486,539,264 ns.
    expect(toHex(tai64n(1500))).toBe('400000000000000b1d000000');
  });

  test('a clock never repeats a timestamp, even when the time stands still or goes back', () => {
    const times = [1000, 1000, 1000, 999, 5000];
    const clock = new HandshakeClock(() => times.shift() ?? 0);
    const stamps = Array.from({ length: 5 }, () => toHex(clock.next()));
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(5);
    expect(stamps[4]).toBe(toHex(tai64n(5000)));
  });
});

/** The whitepaper's §5.4.2 from the responder's side, with our primitives. */
function consumeInitiation(initiation: Uint8Array, responderPrivateKey: string, responderPublicKey: string) {
  const responder = privateKeyObject(fromBase64(responderPrivateKey));
  const chainKey0 = hash(text('Noise_IKpsk2_25519_ChaChaPoly_BLAKE2s'));
  let h = hash(hash(chainKey0, text('WireGuard v1 zx2c4 Jason@zx2c4.com')), fromBase64(responderPublicKey));
  const ephemeral = initiation.subarray(8, 40);
  let [c] = kdf(1, chainKey0, ephemeral) as [Uint8Array];
  h = hash(h, ephemeral);
  let key: Uint8Array;
  [c, key] = kdf(2, c, dh(responder, ephemeral) ?? new Uint8Array()) as [Uint8Array, Uint8Array];
  const encryptedStatic = initiation.subarray(40, 88);
  const initiatorPublic = aeadOpen(key, 0n, encryptedStatic, h);
  h = hash(h, encryptedStatic);
  [, key] = kdf(2, c, dh(responder, initiatorPublic ?? new Uint8Array(32)) ?? new Uint8Array()) as [
    Uint8Array,
    Uint8Array,
  ];
  const timestamp = aeadOpen(key, 0n, initiation.subarray(88, 116), h);
  return { initiatorPublic, timestamp };
}

describe('an initiation made by wireguard-go', () => {
  const vector = vectors.initiationByWireguardGo;
  const initiation = fromHex(vector.initiation);

  test('is a type 1 message of 148 bytes with mac1 = MAC(HASH("mac1----" ‖ Spub_r), msg[0..116]) and mac2 zero', () => {
    expect(initiation).toHaveLength(148);
    expect(toHex(initiation.subarray(0, 4))).toBe('01000000');
    const mac1Key = hash(text('mac1----'), fromBase64(vector.responderPublicKey));
    expect(toHex(mac(mac1Key, initiation.subarray(0, 116)))).toBe(toHex(initiation.subarray(116, 132)));
    expect(toHex(initiation.subarray(132))).toBe('0'.repeat(32));
  });

  test("opens with the responder's key: the static field is the initiator's public key, the timestamp TAI64N", () => {
    const { initiatorPublic, timestamp } = consumeInitiation(
      initiation,
      vector.responderPrivateKey,
      vector.responderPublicKey,
    );
    expect(Buffer.from(initiatorPublic ?? []).toString('base64')).toBe(vector.initiatorPublicKey);
    expect(timestamp).toHaveLength(12);
    const stamp = Buffer.from(timestamp ?? new Uint8Array(12));
    const seconds = Number(stamp.readBigUInt64BE(0) - 0x400000000000000an);
    expect(seconds).toBeLessThanOrEqual(Math.floor(vector.capturedAtMs / 1000));
    expect(seconds).toBeGreaterThan(Math.floor(vector.capturedAtMs / 1000) - 60);
    expect(stamp.readUInt32BE(8) % 0x1000000).toBe(0);
  });

  test('does not open with another key', () => {
    const other = vectors.x25519[0] as KeyPair;
    expect(consumeInitiation(initiation, other.privateKey, vector.responderPublicKey).initiatorPublic).toBeNull();
  });
});

describe("wireguard-go's cookie reply", () => {
  const vector = vectors.responsesByWireguardGo.underLoad;
  test('opens with XChaCha20-Poly1305 under HASH("cookie--" ‖ Spub_r), bound to the mac1 of our initiation', () => {
    const reply = fromHex(vector.cookieReply);
    const mac1 = fromHex(vector.firstInitiation).subarray(116, 132);
    const key = hash(text('cookie--'), fromBase64(vectors.responsesByWireguardGo.serverPublicKey));
    const cookie = xaeadOpen(key, reply.subarray(8, 32), reply.subarray(32, 64), mac1);
    expect(toHex(cookie ?? new Uint8Array())).toBe(vector.cookie);
    expect(xaeadOpen(key, reply.subarray(8, 32), reply.subarray(32, 64), new Uint8Array(16))).toBeNull();
  });
});
