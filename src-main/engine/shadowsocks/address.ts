import { isIPv4, isIPv6 } from 'node:net';

/**
 * The target address at the start of every Shadowsocks stream and datagram: SOCKS5's
 * ATYP, address and port (RFC 1928 §5), as the Shadowsocks spec borrows it. A name is
 * sent as a name: the server resolves it, so local DNS tampering does not reach the key.
 */
const ATYP_IPV4 = 0x01;
const ATYP_NAME = 0x03;
const ATYP_IPV6 = 0x04;

export function encodeAddress(host: string, port: number): Buffer {
  const portBytes = Buffer.from([port >> 8, port & 0xff]);
  if (isIPv4(host)) return Buffer.concat([Buffer.from([ATYP_IPV4, ...host.split('.').map(Number)]), portBytes]);
  if (isIPv6(host)) return Buffer.concat([Buffer.from([ATYP_IPV6]), ipv6Bytes(host), portBytes]);
  const name = Buffer.from(host, 'ascii');
  if (name.length === 0 || name.length > 255) throw new RangeError(`a name of ${name.length} bytes cannot be sent`);
  return Buffer.concat([Buffer.from([ATYP_NAME, name.length]), name, portBytes]);
}

/** The address at the start of a datagram and where its payload begins; null when it is cut short or unknown. */
export function decodeAddress(bytes: Buffer): { host: string; port: number; length: number } | null {
  const type = bytes[0];
  let end: number;
  let host: string;
  if (type === ATYP_IPV4) {
    end = 5;
    host = [...bytes.subarray(1, 5)].join('.');
  } else if (type === ATYP_IPV6) {
    end = 17;
    const words = [];
    for (let i = 1; i < 17 && i + 1 < bytes.length; i += 2) words.push(bytes.readUInt16BE(i).toString(16));
    host = words.join(':');
  } else if (type === ATYP_NAME) {
    end = 2 + (bytes[1] ?? 0);
    host = bytes.subarray(2, end).toString('ascii');
  } else return null;
  if (bytes.length < end + 2) return null;
  return { host, port: bytes.readUInt16BE(end), length: end + 2 };
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::');
  const words = (part: string): number[] => (part === '' ? [] : part.split(':').map((word) => parseInt(word, 16)));
  const left = words(head);
  const right = address.includes('::') ? words(tail) : [];
  const all = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = Buffer.alloc(16);
  all.forEach((word, index) => bytes.writeUInt16BE(word, index * 2));
  return bytes;
}
