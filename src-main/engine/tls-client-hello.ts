/**
 * Reads the server name (SNI) out of the first bytes a TLS client sends, the way an
 * SNI-filtering middlebox does. Pure: no I/O. Used by the lab censors and by the
 * strategies that split or disguise the ClientHello.
 *
 * Layout (RFC 8446 §5.1 records, §4.1.2 ClientHello; RFC 6066 §3 server_name):
 *   record:    type(1)=22 version(2) length(2) fragment
 *   handshake: type(1)=1 length(3) body      (may be fragmented over several records)
 *   body:      version(2) random(32) session_id<1> cipher_suites<2> compression<1> extensions<2>
 *   extension: type(2) length(2) data        server_name is type 0:
 *              list<2> of { name_type(1)=0 host_name<2> }
 */

const RECORD_HEADER = 5;
const CONTENT_TYPE_HANDSHAKE = 22;
const HANDSHAKE_CLIENT_HELLO = 1;
const EXTENSION_SERVER_NAME = 0;
const NAME_TYPE_HOST_NAME = 0;

/** The bytes end before the structure does. */
const INCOMPLETE = Symbol('incomplete');
/** Not TLS, not a ClientHello, or broken record framing. */
const MALFORMED = Symbol('malformed');

/**
 * What the first bytes of a TLS connection say about its server name: not enough bytes
 * yet to tell, or the host name (null when they are not a ClientHello, are malformed,
 * or carry no host_name). An object rather than a `'incomplete'` marker string, which a
 * client could send as its SNI.
 */
export type ClientHelloSni = { complete: false } | { complete: true; sni: string | null };

/** Reads the SNI of the ClientHello at the start of `buffer`. */
export function parseClientHelloSni(buffer: Uint8Array): ClientHelloSni {
  const message = reassembleClientHello(buffer);
  if (message === INCOMPLETE) return { complete: false };
  if (message === MALFORMED) return { complete: true, sni: null };
  try {
    return { complete: true, sni: serverNameOf(new Reader(message)) };
  } catch (error) {
    if (error instanceof Overrun) return { complete: true, sni: null };
    throw error;
  }
}

/**
 * Joins the fragments of the first handshake message across records, since a
 * ClientHello may legally span several (that is what TLS record splitting exploits).
 * Returns the ClientHello body once all of it is there.
 */
function reassembleClientHello(buffer: Uint8Array): Uint8Array | typeof INCOMPLETE | typeof MALFORMED {
  const fragments: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const message = completeClientHello(fragments);
    if (message !== INCOMPLETE) return message;
    if (offset >= buffer.length) return INCOMPLETE;
    if (buffer[offset] !== CONTENT_TYPE_HANDSHAKE) return MALFORMED;
    if (offset + 1 < buffer.length && buffer[offset + 1] !== 3) return MALFORMED; // record version major
    if (offset + RECORD_HEADER > buffer.length) return INCOMPLETE;
    const recordLength = (buffer[offset + 3]! << 8) | buffer[offset + 4]!;
    if (recordLength === 0) return MALFORMED;
    const start = offset + RECORD_HEADER;
    fragments.push(buffer.subarray(start, Math.min(start + recordLength, buffer.length)));
    offset = start + recordLength;
  }
}

function completeClientHello(fragments: Uint8Array[]): Uint8Array | typeof INCOMPLETE | typeof MALFORMED {
  const joined = concat(fragments);
  if (joined.length === 0) return INCOMPLETE;
  if (joined[0] !== HANDSHAKE_CLIENT_HELLO) return MALFORMED;
  if (joined.length < 4) return INCOMPLETE;
  const length = (joined[1]! << 16) | (joined[2]! << 8) | joined[3]!;
  return joined.length >= 4 + length ? joined.subarray(4, 4 + length) : INCOMPLETE;
}

function serverNameOf(body: Reader): string | null {
  body.skip(2 + 32); // legacy_version, random
  body.skip(body.u8()); // legacy_session_id
  body.skip(body.u16()); // cipher_suites
  body.skip(body.u8()); // legacy_compression_methods
  if (body.remaining() === 0) return null; // no extensions at all (pre-TLS 1.2 clients)
  const extensions = body.sub(body.u16());
  while (extensions.remaining() > 0) {
    const type = extensions.u16();
    const data = extensions.sub(extensions.u16());
    if (type !== EXTENSION_SERVER_NAME) continue;
    const list = data.sub(data.u16());
    while (list.remaining() > 0) {
      const nameType = list.u8();
      const name = list.sub(list.u16());
      if (nameType === NAME_TYPE_HOST_NAME) return name.text();
    }
    return null;
  }
  return null;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** A length that points past the end of its enclosing structure. */
class Overrun extends Error {}

/** A bounds-checked cursor over a complete structure: running past its end is malformed. */
class Reader {
  readonly #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  remaining(): number {
    return this.#bytes.length - this.#at;
  }

  skip(count: number): void {
    this.#take(count);
  }

  u8(): number {
    return this.#take(1)[0]!;
  }

  u16(): number {
    const bytes = this.#take(2);
    return (bytes[0]! << 8) | bytes[1]!;
  }

  sub(count: number): Reader {
    return new Reader(this.#take(count));
  }

  /** The rest as text. Host names are ASCII (IDNA A-labels); anything else shows as sent. */
  text(): string {
    return new TextDecoder().decode(this.#bytes.subarray(this.#at));
  }

  #take(count: number): Uint8Array {
    if (count > this.remaining()) throw new Overrun(`${count} bytes wanted, ${this.remaining()} left`);
    const bytes = this.#bytes.subarray(this.#at, this.#at + count);
    this.#at += count;
    return bytes;
  }
}
