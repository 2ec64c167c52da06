import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * STUN Binding messages (RFC 8489): just enough to ask a server "what address do you
 * see me as" and to read its answer. Decoding never throws: anything that is not a
 * well-formed answer to our own transaction is reported as a typed rejection, because
 * on a censored network such datagrams are data, not bugs.
 */

const HEADER_BYTES = 20;
const ATTRIBUTE_HEADER_BYTES = 4;
/** RFC 8489 §5: fixed value that tells STUN apart from other protocols on the same port. */
export const MAGIC_COOKIE = 0x2112a442;
const TRANSACTION_ID_BYTES = 12;

export const MESSAGE_TYPE = {
  bindingRequest: 0x0001,
  bindingSuccess: 0x0101,
  bindingError: 0x0111,
} as const;

const ATTRIBUTE = {
  mappedAddress: 0x0001,
  errorCode: 0x0009,
  xorMappedAddress: 0x0020,
  fingerprint: 0x8028,
} as const;

/** RFC 8489 §14.7: the CRC-32 is XORed with this so it differs from CRCs of other layers. */
const FINGERPRINT_XOR = 0x5354554e;
const FINGERPRINT_BYTES = ATTRIBUTE_HEADER_BYTES + 4;

export interface MappedAddress {
  address: string;
  port: number;
  family: 4 | 6;
}

export interface StunAttribute {
  type: number;
  value: Buffer;
}

export interface StunMessage {
  type: number;
  transactionId: Buffer;
  attributes: StunAttribute[];
}

export type BindingResponse =
  { kind: 'success'; mappedAddress?: MappedAddress } | { kind: 'error'; code: number; reason: string };

export type StunRejection =
  | 'too-short'
  | 'not-stun' // the two leading bits of a STUN message are always zero (RFC 8489 §5)
  | 'bad-cookie'
  | 'bad-length'
  | 'bad-attribute'
  | 'bad-fingerprint'
  | 'wrong-transaction'
  | 'not-binding-response';

export type Decoded<T> = { ok: true; value: T } | { ok: false; rejection: StunRejection };

/** 96 random bits (RFC 8489 §5): also what keeps off-path guesses from matching. */
export function newTransactionId(): Buffer {
  return randomBytes(TRANSACTION_ID_BYTES);
}

/** A Binding Request with no attributes but FINGERPRINT (RFC 8489 §14.7). */
export function encodeBindingRequest(transactionId: Buffer): Buffer {
  const message = Buffer.alloc(HEADER_BYTES + FINGERPRINT_BYTES);
  message.writeUInt16BE(MESSAGE_TYPE.bindingRequest, 0);
  // The length covers the attributes, FINGERPRINT included, and must be set before the CRC.
  message.writeUInt16BE(FINGERPRINT_BYTES, 2);
  message.writeUInt32BE(MAGIC_COOKIE, 4);
  transactionId.copy(message, 8);
  message.writeUInt16BE(ATTRIBUTE.fingerprint, HEADER_BYTES);
  message.writeUInt16BE(4, HEADER_BYTES + 2);
  message.writeUInt32BE(fingerprintOf(message.subarray(0, HEADER_BYTES)), HEADER_BYTES + ATTRIBUTE_HEADER_BYTES);
  return message;
}

/** Splits a datagram into header and attributes, checking lengths, cookie and FINGERPRINT. */
export function decodeStunMessage(datagram: Buffer): Decoded<StunMessage> {
  if (datagram.length < HEADER_BYTES) return reject('too-short');
  if ((datagram[0] ?? 0) & 0xc0) return reject('not-stun');
  if (datagram.readUInt32BE(4) !== MAGIC_COOKIE) return reject('bad-cookie');
  const length = datagram.readUInt16BE(2);
  // Attributes are padded to 4 bytes, and a UDP datagram carries exactly one message.
  if (length % 4 !== 0 || HEADER_BYTES + length !== datagram.length) return reject('bad-length');

  const attributes: StunAttribute[] = [];
  let offset = HEADER_BYTES;
  while (offset < datagram.length) {
    if (offset + ATTRIBUTE_HEADER_BYTES > datagram.length) return reject('bad-attribute');
    const type = datagram.readUInt16BE(offset);
    const valueLength = datagram.readUInt16BE(offset + 2);
    const valueStart = offset + ATTRIBUTE_HEADER_BYTES;
    if (valueStart + valueLength > datagram.length) return reject('bad-attribute');
    if (type === ATTRIBUTE.fingerprint && !fingerprintMatches(datagram, offset, valueLength)) {
      return reject('bad-fingerprint');
    }
    attributes.push({ type, value: datagram.subarray(valueStart, valueStart + valueLength) });
    offset = valueStart + padded(valueLength);
  }
  return {
    ok: true,
    value: { type: datagram.readUInt16BE(0), transactionId: datagram.subarray(8, HEADER_BYTES), attributes },
  };
}

/**
 * Reads a Binding success or error response to `transactionId`. The mapped address
 * comes from XOR-MAPPED-ADDRESS, or MAPPED-ADDRESS from RFC 3489 servers that lack it.
 */
export function decodeBindingResponse(datagram: Buffer, transactionId: Buffer): Decoded<BindingResponse> {
  const decoded = decodeStunMessage(datagram);
  if (!decoded.ok) return decoded;
  const { type, attributes } = decoded.value;
  if (!decoded.value.transactionId.equals(transactionId)) return reject('wrong-transaction');
  const find = (wanted: number): Buffer | undefined => attributes.find((attribute) => attribute.type === wanted)?.value;

  if (type === MESSAGE_TYPE.bindingError) {
    const errorCode = find(ATTRIBUTE.errorCode);
    if (errorCode === undefined || errorCode.length < 4) return reject('bad-attribute');
    // RFC 8489 §14.8: class (hundreds) in 3 bits, number (0–99) in the next byte.
    const code = ((errorCode[2] ?? 0) & 0x07) * 100 + (errorCode[3] ?? 0);
    return { ok: true, value: { kind: 'error', code, reason: errorCode.subarray(4).toString('utf8') } };
  }
  if (type !== MESSAGE_TYPE.bindingSuccess) return reject('not-binding-response');

  const xorMapped = find(ATTRIBUTE.xorMappedAddress);
  const mapped = find(ATTRIBUTE.mappedAddress);
  let mappedAddress: MappedAddress | null | undefined;
  if (xorMapped !== undefined) mappedAddress = readAddress(xorMapped, datagram.subarray(4, HEADER_BYTES));
  else if (mapped !== undefined) mappedAddress = readAddress(mapped, null);
  if (mappedAddress === null) return reject('bad-attribute');
  return { ok: true, value: { kind: 'success', ...(mappedAddress === undefined ? {} : { mappedAddress }) } };
}

/**
 * Reads a (XOR-)MAPPED-ADDRESS value (RFC 8489 §14.1–14.2). With `xorKey` (the magic
 * cookie followed by the transaction id) the port and address are un-XORed, which
 * NATs that rewrite addresses they spot in payloads cannot mangle.
 */
function readAddress(value: Buffer, xorKey: Buffer | null): MappedAddress | null {
  if (value.length < 4) return null;
  const family = value[1] === 0x01 ? 4 : value[1] === 0x02 ? 6 : null;
  const addressBytes = family === 4 ? 4 : 16;
  if (family === null || value.length !== 4 + addressBytes) return null;
  // The port is XORed with the cookie's top half, the address with the key from its start.
  const port = value.readUInt16BE(2) ^ (xorKey === null ? 0 : xorKey.readUInt16BE(0));
  const address = Buffer.from(value.subarray(4));
  if (xorKey !== null) address.forEach((byte, index) => (address[index] = byte ^ (xorKey[index] ?? 0)));
  return { family, port, address: family === 4 ? address.join('.') : formatIpv6(address) };
}

/** RFC 5952 text form: lower case, leading zeros dropped, the longest run of 2+ zero groups as `::`. */
function formatIpv6(bytes: Buffer): string {
  const groups = Array.from({ length: 8 }, (_, index) => bytes.readUInt16BE(index * 2).toString(16));
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start += 1) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === '0') length += 1;
    if (length > bestLength) [bestStart, bestLength] = [start, length];
  }
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLength).join(':')}`;
}

/** FINGERPRINT must be the last attribute and hold the CRC of everything before it. */
function fingerprintMatches(datagram: Buffer, attributeOffset: number, valueLength: number): boolean {
  if (valueLength !== 4 || attributeOffset + FINGERPRINT_BYTES !== datagram.length) return false;
  return (
    datagram.readUInt32BE(attributeOffset + ATTRIBUTE_HEADER_BYTES) ===
    fingerprintOf(datagram.subarray(0, attributeOffset))
  );
}

function fingerprintOf(bytes: Buffer): number {
  return (crc32(bytes) ^ FINGERPRINT_XOR) >>> 0;
}

function padded(length: number): number {
  return Math.ceil(length / 4) * 4;
}

function reject(rejection: StunRejection): { ok: false; rejection: StunRejection } {
  return { ok: false, rejection };
}
