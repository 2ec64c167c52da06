/**
 * TLS record framing for the strategies that reshape the ClientHello. Pure: no I/O.
 *
 *   TLSPlaintext (RFC 8446 §5.1): type(1) legacy_record_version(2) length(2) fragment
 *
 * RFC 8446 §5.1 lets a handshake message be fragmented across several records, and
 * every TLS stack reassembles them; a middlebox that reads the SNI out of one record
 * does not. That is zapret's `--tlsrec` (tpws: "make 2 TLS records").
 */

export const RECORD_HEADER_BYTES = 5;
const CONTENT_TYPE_HANDSHAKE = 22;
/** legacy_record_version is 3.x for every SSL 3 and TLS version. */
const RECORD_VERSION_MAJOR = 3;
/** RFC 8446 §5.1: a fragment longer than 2^14 bytes is a record_overflow. */
const MAX_FRAGMENT_BYTES = 2 ** 14;

/** What the first bytes a TLS client writes hold. */
export type FirstRecord =
  /** Not all of the first record yet. */
  | { kind: 'incomplete' }
  /** Not a well-formed TLS handshake record: nothing to reshape, the bytes go out as they are. */
  | { kind: 'not-handshake' }
  /** The first record (header included), and whatever the client wrote after it. */
  | { kind: 'handshake'; record: Uint8Array; rest: Uint8Array };

/** Reads the first record at the start of `bytes`, deciding as soon as the bytes allow it. */
export function readFirstRecord(bytes: Uint8Array): FirstRecord {
  if (bytes.length === 0) return { kind: 'incomplete' };
  if (bytes[0] !== CONTENT_TYPE_HANDSHAKE) return { kind: 'not-handshake' };
  if (bytes.length < 2) return { kind: 'incomplete' };
  if (bytes[1] !== RECORD_VERSION_MAJOR) return { kind: 'not-handshake' };
  if (bytes.length < RECORD_HEADER_BYTES) return { kind: 'incomplete' };
  const length = (bytes[3]! << 8) | bytes[4]!;
  // Zero-length handshake fragments are forbidden (RFC 8446 §5.1), and so are oversized ones.
  if (length === 0 || length > MAX_FRAGMENT_BYTES) return { kind: 'not-handshake' };
  const end = RECORD_HEADER_BYTES + length;
  if (bytes.length < end) return { kind: 'incomplete' };
  return { kind: 'handshake', record: bytes.subarray(0, end), rest: bytes.subarray(end) };
}

/** The record's fragment: for the first record, (the start of) the ClientHello handshake message. */
export function recordFragment(record: Uint8Array): Uint8Array {
  return record.subarray(RECORD_HEADER_BYTES);
}

/** A record re-framed as several, and where its fragment's bytes ended up. */
export interface Reframed {
  /** The records, back to back, as they go on the wire. */
  bytes: Uint8Array;
  /**
   * Where in `bytes` a cut before the fragment byte at `fragmentOffset` falls: before that
   * byte, or before the header of the record that starts there. Lets a TCP split placed
   * in the original ClientHello land in the same place after re-framing.
   */
  wireOffset: (fragmentOffset: number) => number;
}

/**
 * Re-frames one record as consecutive records, its fragment cut at `cuts` (ascending
 * offsets strictly inside the fragment). Every new record keeps the original header's
 * content type and legacy version bytes, so only the framing differs: a stack that
 * reassembles records (all of them must) sees the very same handshake message.
 */
export function splitRecord(record: Uint8Array, cuts: readonly number[]): Reframed {
  const fragment = recordFragment(record);
  const bounds = [0, ...cuts, fragment.length];
  const bytes = new Uint8Array(record.length + RECORD_HEADER_BYTES * cuts.length);
  let at = 0;
  for (let index = 1; index < bounds.length; index += 1) {
    const piece = fragment.subarray(bounds[index - 1], bounds[index]);
    bytes.set(record.subarray(0, 3), at); // content type and legacy_record_version, unchanged
    bytes[at + 3] = piece.length >> 8;
    bytes[at + 4] = piece.length & 0xff;
    bytes.set(piece, at + RECORD_HEADER_BYTES);
    at += RECORD_HEADER_BYTES + piece.length;
  }
  // One header per record that starts before the offset.
  const wireOffset = (fragmentOffset: number): number =>
    fragmentOffset + RECORD_HEADER_BYTES * (1 + cuts.filter((cut) => cut < fragmentOffset).length);
  return { bytes, wireOffset };
}
