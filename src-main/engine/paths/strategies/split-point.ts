import type { SplitAt } from '../../../shared/path.ts';
import { parseClientHelloSni } from '../../tls-client-hello.ts';
import { recordFragment } from './tls-records.ts';

/**
 * Where the strategies cut the ClientHello. Every position, for a TLS record split and
 * a TCP split alike, counts bytes of the handshake message as the TLS layer wrote it
 * (the first record's fragment: handshake type, length, body), so that combined
 * strategies agree on where "byte 40" or "the SNI" is however the bytes are re-framed.
 *
 * `sni` is the middle of the server_name's host name, so that no record or segment
 * holds the whole name: zapret's `midsld` marker idea, applied to the full name. When
 * there is no name to split (no SNI, or a ClientHello too large for its first record)
 * the cut falls at byte 1, as zapret does when a marker is not found ("If nothing
 * found position 1 is used").
 */
const FALLBACK_OFFSET = 1;

/** server_name extension type (RFC 6066 §3) and its host_name entry type. */
const EXTENSION_SERVER_NAME = 0;
const NAME_TYPE_HOST_NAME = 0;

/**
 * The cuts for `positions` in the first record: ascending, distinct, and inside the
 * fragment (a fixed offset past its end is clamped to its last byte, so that a split
 * asked for is a split made). Empty when the fragment is too short to cut.
 */
export function splitOffsets(record: Uint8Array, positions: readonly SplitAt[]): number[] {
  const length = recordFragment(record).length;
  if (length < 2) return [];
  const offsets = positions.map((at) => (at === 'sni' ? (midHostName(record) ?? FALLBACK_OFFSET) : at));
  const inside = offsets.map((offset) => Math.min(Math.max(offset, 1), length - 1));
  return [...new Set(inside)].sort((a, b) => a - b);
}

/**
 * The offset, in the fragment, of the middle of the SNI host name; undefined when the
 * record holds no complete ClientHello with one. The name comes from the ClientHello
 * parser; its place is found by its whole server_name extension (type, lengths, name
 * type, name: 9 bytes plus the name, every one of them determined), which the random
 * bytes elsewhere in a ClientHello cannot imitate by chance.
 */
export function midHostName(record: Uint8Array): number | undefined {
  const hello = parseClientHelloSni(record);
  if (!hello.complete || hello.sni === null) return undefined;
  const name = new TextEncoder().encode(hello.sni);
  const extension = Buffer.concat([
    uint16(EXTENSION_SERVER_NAME),
    uint16(name.length + 5), // extension_data: the list's length, then the list
    uint16(name.length + 3), // server_name_list: one entry
    Uint8Array.of(NAME_TYPE_HOST_NAME),
    uint16(name.length),
    name,
  ]);
  const fragment = recordFragment(record);
  const at = Buffer.from(fragment.buffer, fragment.byteOffset, fragment.length).indexOf(extension);
  if (at === -1) return undefined;
  const nameStart = at + extension.length - name.length;
  return nameStart + Math.floor(name.length / 2);
}

function uint16(value: number): Uint8Array {
  return Uint8Array.of(value >> 8, value & 0xff);
}
