/**
 * ClientHello records built byte by byte (RFC 8446 §4.1.2, RFC 6066 §3), so the
 * strategies' pure logic is tested on known bytes: every offset below is computable.
 */

export interface HelloOptions {
  /** The session id's 32 bytes (random in real life); a test can plant look-alikes there. */
  sessionId?: Uint8Array;
  /** legacy_record_version of the record header; TLS clients send 3.1 (RFC 8446 §5.1). */
  recordVersion?: readonly [number, number];
}

/** The bytes before the extensions: handshake header(4), version(2), random(32), session id(1+32), one suite(2+2), compression(1+1). */
export const BEFORE_EXTENSIONS = 4 + 2 + 32 + 1 + 32 + 2 + 2 + 1 + 1;
/** Where the host name starts in the handshake message: server_name is the first extension, 9 bytes before its name. */
export const NAME_OFFSET = BEFORE_EXTENSIONS + 2 + 9;

/** A complete ClientHello record with `sni` as its only host_name (none when null). */
export function clientHelloRecord(sni: string | null, options: HelloOptions = {}): Buffer {
  const extensions = Buffer.concat([
    ...(sni === null ? [] : [serverNameExtension(sni)]),
    // supported_versions: TLS 1.3 only
    Buffer.from([0x00, 0x2b, 0x00, 0x03, 0x02, 0x03, 0x04]),
  ]);
  const body = Buffer.concat([
    Buffer.from([0x03, 0x03]),
    Buffer.alloc(32, 0xaa),
    Buffer.from([32]),
    options.sessionId ?? Buffer.alloc(32, 0xbb),
    Buffer.from([0x00, 0x02, 0x13, 0x01]), // TLS_AES_128_GCM_SHA256
    Buffer.from([0x01, 0x00]), // null compression
    uint16(extensions.length),
    extensions,
  ]);
  const message = Buffer.concat([
    Buffer.from([0x01, body.length >> 16, (body.length >> 8) & 0xff, body.length & 0xff]),
    body,
  ]);
  return record(message, options.recordVersion ?? [3, 1]);
}

/** A handshake record holding `fragment`. */
export function record(fragment: Uint8Array, version: readonly [number, number] = [3, 1]): Buffer {
  return Buffer.concat([Buffer.from([0x16, version[0], version[1]]), uint16(fragment.length), fragment]);
}

function serverNameExtension(name: string): Buffer {
  const host = Buffer.from(name);
  const entry = Buffer.concat([Buffer.from([0x00]), uint16(host.length), host]);
  const list = Buffer.concat([uint16(entry.length), entry]);
  return Buffer.concat([uint16(0x0000), uint16(list.length), list]);
}

function uint16(value: number): Buffer {
  return Buffer.from([value >> 8, value & 0xff]);
}
