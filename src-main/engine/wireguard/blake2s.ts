/**
 * BLAKE2s as RFC 7693 specifies it, with a key and an output length: WireGuard's MAC
 * (mac1, mac2 and the cookie) is keyed BLAKE2s with a 16-byte output, which node:crypto
 * cannot compute (its `blake2s256` takes neither a key nor a length). Unkeyed 32-byte
 * output equals node's `blake2s256`, which the unit tests check.
 */

/** RFC 7693 §2.6: the same initial values as SHA-256. */
const IV = Uint32Array.of(
  0x6a09e667,
  0xbb67ae85,
  0x3c6ef372,
  0xa54ff53a,
  0x510e527f,
  0x9b05688c,
  0x1f83d9ab,
  0x5be0cd19,
);

/** RFC 7693 §2.7: the message word schedule of each of BLAKE2s's ten rounds. */
const SIGMA: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const BLOCK_BYTES = 64;

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/** RFC 7693 §3.1, with BLAKE2s's rotations (16, 12, 8, 7). */
function mix(v: Uint32Array, a: number, b: number, c: number, d: number, x: number, y: number): void {
  v[a] = (v[a]! + v[b]! + x) >>> 0;
  v[d] = rotr(v[d]! ^ v[a], 16);
  v[c] = (v[c]! + v[d]) >>> 0;
  v[b] = rotr(v[b]! ^ v[c], 12);
  v[a] = (v[a] + v[b] + y) >>> 0;
  v[d] = rotr(v[d] ^ v[a], 8);
  v[c] = (v[c] + v[d]) >>> 0;
  v[b] = rotr(v[b] ^ v[c], 7);
}

/** RFC 7693 §3.2: compresses one 64-byte block into the state; `bytes` counts every byte so far. */
function compress(h: Uint32Array, block: Uint8Array, bytes: number, last: boolean): void {
  const m = new Uint32Array(16);
  const view = new DataView(block.buffer, block.byteOffset, BLOCK_BYTES);
  for (let i = 0; i < 16; i += 1) m[i] = view.getUint32(i * 4, true);
  const v = new Uint32Array(16);
  v.set(h, 0);
  v.set(IV, 8);
  v[12] = (v[12]! ^ bytes) >>> 0; // low word of the counter; inputs here stay far below 4 GiB
  v[13] = (v[13]! ^ Math.floor(bytes / 0x1_0000_0000)) >>> 0;
  if (last) v[14] = ~v[14]! >>> 0;
  for (const s of SIGMA) {
    mix(v, 0, 4, 8, 12, m[s[0]!]!, m[s[1]!]!);
    mix(v, 1, 5, 9, 13, m[s[2]!]!, m[s[3]!]!);
    mix(v, 2, 6, 10, 14, m[s[4]!]!, m[s[5]!]!);
    mix(v, 3, 7, 11, 15, m[s[6]!]!, m[s[7]!]!);
    mix(v, 0, 5, 10, 15, m[s[8]!]!, m[s[9]!]!);
    mix(v, 1, 6, 11, 12, m[s[10]!]!, m[s[11]!]!);
    mix(v, 2, 7, 8, 13, m[s[12]!]!, m[s[13]!]!);
    mix(v, 3, 4, 9, 14, m[s[14]!]!, m[s[15]!]!);
  }
  for (let i = 0; i < 8; i += 1) h[i] = (h[i]! ^ v[i]! ^ v[i + 8]!) >>> 0;
}

/**
 * BLAKE2s of `data` (RFC 7693 §3.3): `outLength` bytes (1 to 32), keyed with `key`
 * (0 to 32 bytes; a key is one zero-padded block in front of the data).
 */
export function blake2s(data: Uint8Array, outLength = 32, key: Uint8Array = new Uint8Array(0)): Uint8Array {
  if (outLength < 1 || outLength > 32) throw new RangeError('BLAKE2s output is 1 to 32 bytes');
  if (key.length > 32) throw new RangeError('a BLAKE2s key is at most 32 bytes');
  const h = IV.slice();
  h[0] = (h[0]! ^ 0x01010000 ^ (key.length << 8) ^ outLength) >>> 0;
  const input = new Uint8Array((key.length > 0 ? BLOCK_BYTES : 0) + data.length);
  input.set(key, 0);
  input.set(data, key.length > 0 ? BLOCK_BYTES : 0);
  const blocks = Math.max(1, Math.ceil(input.length / BLOCK_BYTES));
  const block = new Uint8Array(BLOCK_BYTES);
  for (let index = 0; index < blocks; index += 1) {
    const start = index * BLOCK_BYTES;
    const last = index === blocks - 1;
    block.fill(0);
    block.set(input.subarray(start, start + BLOCK_BYTES));
    compress(h, block, last ? input.length : start + BLOCK_BYTES, last);
  }
  const out = new Uint8Array(32);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i += 1) view.setUint32(i * 4, h[i]!, true);
  return out.slice(0, outLength);
}
