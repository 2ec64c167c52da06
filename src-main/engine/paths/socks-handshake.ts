import { isIPv4, isIPv6, type Socket } from 'node:net';
import { ProxyError, type ProxyErrorCode } from './proxy-error.ts';
import {
  answerError,
  type Credentials,
  type Handshake,
  type HandshakeReader,
  type TargetFailureCode,
} from './proxy-handshake.ts';

export interface SocksTarget {
  host: string;
  port: number;
  /** Whether `host` may be a name the proxy resolves (SOCKS4A, socks5h). */
  namesAllowed: boolean;
}

/**
 * SOCKS4 CONNECT, as in "SOCKS: A protocol for TCP proxy across firewalls" (Ying-Da
 * Lee), and SOCKS4A's extension for names ("SOCKS 4A: A Simple Extension to SOCKS 4
 * Protocol"): the request carries an IPv4 address, or with 4A the invalid address
 * 0.0.0.x followed by the name. The user ID is SOCKS4's only credential.
 */
export function socks4Handshake(target: SocksTarget, userId: string, label: string): Handshake {
  const isName = !isIPv4(target.host);
  if (isIPv6(target.host) || (isName && !target.namesAllowed)) {
    throw new ProxyError('DETOUR_PROXY_REFUSED', `SOCKS4 carries only IPv4 addresses, not ${target.host}`);
  }
  const address = isName ? Buffer.from([0, 0, 0, 1]) : Buffer.from(target.host.split('.').map(Number));
  const request = Buffer.concat([
    Buffer.from([0x04, 0x01]), // VN 4, CD 1 = CONNECT
    port(target.port),
    address,
    nulTerminated(userId),
    isName ? nulTerminated(target.host) : Buffer.alloc(0),
  ]);
  return async (socket, reader) => {
    socket.write(request);
    const [version, result] = await reader.bytes(8);
    // VN "is the version of the reply code and should be 0"; DSTPORT and DSTIP are ignored for CONNECT.
    if (version !== 0) throw new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} did not answer in SOCKS4`);
    if (result === 90) return;
    if (result === 91) {
      // "Request rejected or failed": a refused target and a ruleset look the same here.
      throw new ProxyError('DETOUR_PROXY_UPSTREAM', `${label} rejected the request or failed (SOCKS4 reply 91)`);
    }
    if (result === 92 || result === 93) {
      throw new ProxyError('DETOUR_PROXY_AUTH', `${label} did not accept our user ID (SOCKS4 reply ${result})`);
    }
    throw new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} sent an unknown SOCKS4 reply (${String(result)})`);
  };
}

/** RFC 1928 §3 authentication methods. */
const NO_AUTHENTICATION = 0x00;
const USERNAME_PASSWORD = 0x02;
const NO_ACCEPTABLE_METHODS = 0xff;

/** RFC 1928 §5 address types. */
const ATYP_IPV4 = 0x01;
const ATYP_DOMAIN = 0x03;
const ATYP_IPV6 = 0x04;

/**
 * RFC 1928 §6 reply codes: the target's failures with the Node code a direct connection
 * would have met, the proxy's own refusals, and requests it does not understand.
 */
const SOCKS5_FAILURES: Readonly<Record<number, { meaning: string; code: ProxyErrorCode | TargetFailureCode }>> = {
  // microsocks and others answer 1 when the name does not resolve or the connection fails.
  0x01: { meaning: 'general SOCKS server failure', code: 'DETOUR_PROXY_UPSTREAM' },
  0x02: { meaning: 'connection not allowed by ruleset', code: 'DETOUR_PROXY_REFUSED' },
  0x03: { meaning: 'network unreachable', code: 'ENETUNREACH' },
  0x04: { meaning: 'host unreachable', code: 'EHOSTUNREACH' },
  0x05: { meaning: 'connection refused', code: 'ECONNREFUSED' },
  0x06: { meaning: 'TTL expired', code: 'ETIMEDOUT' },
  0x07: { meaning: 'command not supported', code: 'DETOUR_PROXY_PROTOCOL' },
  0x08: { meaning: 'address type not supported', code: 'DETOUR_PROXY_PROTOCOL' },
};

/** RFC 1928 §4 commands. */
export const SOCKS5_CONNECT = 0x01;
export const SOCKS5_UDP_ASSOCIATE = 0x03;

const COMMAND_NOT_SUPPORTED = 0x07;

/** BND.ADDR and BND.PORT of a SOCKS5 reply: for UDP ASSOCIATE, where to send datagrams. */
export interface BoundAddress {
  host: string;
  port: number;
}

/**
 * SOCKS5 CONNECT (RFC 1928), with username/password authentication (RFC 1929) when
 * credentials are set: method negotiation, the optional sub-negotiation, then the
 * request and its reply.
 */
export function socks5Handshake(target: SocksTarget, credentials: Credentials | undefined, label: string): Handshake {
  const negotiate = socks5Negotiation(SOCKS5_CONNECT, target, credentials, label);
  return async (socket, reader) => {
    await negotiate(socket, reader);
  };
}

/** Any SOCKS5 request; resolves with the reply's bound address. */
export function socks5Negotiation(
  command: number,
  target: SocksTarget,
  credentials: Credentials | undefined,
  label: string,
): (socket: Socket, reader: HandshakeReader) => Promise<BoundAddress> {
  const request = Buffer.concat([Buffer.from([0x05, command, 0x00]), socks5Address(target), port(target.port)]);
  const methods = credentials === undefined ? [NO_AUTHENTICATION] : [NO_AUTHENTICATION, USERNAME_PASSWORD];
  const authentication = credentials === undefined ? undefined : usernamePasswordRequest(credentials);
  return async (socket, reader) => {
    socket.write(Buffer.from([0x05, methods.length, ...methods]));
    const [version, method] = await reader.bytes(2);
    if (version !== 0x05) throw new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} did not answer in SOCKS5`);
    if (method === NO_ACCEPTABLE_METHODS) {
      const why =
        authentication === undefined
          ? 'wants authentication and no credentials are set'
          : 'accepts none of our authentication methods';
      throw new ProxyError('DETOUR_PROXY_AUTH', `${label} ${why}`);
    }
    if (method === USERNAME_PASSWORD && authentication !== undefined) {
      socket.write(authentication);
      const [authVersion, status] = await reader.bytes(2);
      // RFC 1929 §2: VER 1, then STATUS 0 for success.
      if (authVersion !== 0x01) {
        throw new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} answered the authentication out of protocol`);
      }
      if (status !== 0x00) {
        throw new ProxyError('DETOUR_PROXY_AUTH', `${label} rejected the user name and password`);
      }
    } else if (method !== NO_AUTHENTICATION) {
      throw new ProxyError(
        'DETOUR_PROXY_PROTOCOL',
        `${label} chose an authentication method we did not offer (${String(method)})`,
      );
    }
    socket.write(request);
    const [replyVersion, reply, , addressType] = await reader.bytes(4);
    if (replyVersion !== 0x05) throw new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} did not answer in SOCKS5`);
    if (command === SOCKS5_UDP_ASSOCIATE && reply === COMMAND_NOT_SUPPORTED) {
      // Many proxies carry TCP only (microsocks): not a broken route, just no UDP on it.
      throw Object.assign(new Error(`${label} does not relay UDP (SOCKS5 reply 7)`), {
        code: 'DETOUR_UDP_UNSUPPORTED',
      });
    }
    if (reply !== 0x00) throw socks5Failure(reply, label);
    // BND.ADDR and BND.PORT follow; reading them leaves only the target's bytes.
    return readBoundAddress(addressType, reader, label);
  };
}

/** BND.ADDR for its ATYP (RFC 1928 §5), a domain name's length first in one byte, then BND.PORT. */
async function readBoundAddress(
  addressType: number | undefined,
  reader: HandshakeReader,
  label: string,
): Promise<BoundAddress> {
  if (addressType === ATYP_IPV4) {
    const bytes = await reader.bytes(6);
    return { host: [...bytes.subarray(0, 4)].join('.'), port: bytes.readUInt16BE(4) };
  }
  if (addressType === ATYP_IPV6) {
    const bytes = await reader.bytes(18);
    const groups = Array.from({ length: 8 }, (_, index) => bytes.readUInt16BE(index * 2).toString(16));
    return { host: groups.join(':'), port: bytes.readUInt16BE(16) };
  }
  if (addressType === ATYP_DOMAIN) {
    const length = (await reader.bytes(1)).readUInt8();
    const bytes = await reader.bytes(length + 2);
    return { host: bytes.subarray(0, length).toString('latin1'), port: bytes.readUInt16BE(length) };
  }
  throw new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} sent an unknown address type (${String(addressType)})`);
}

function socks5Failure(reply: number | undefined, label: string): Error {
  const failure = reply === undefined ? undefined : SOCKS5_FAILURES[reply];
  if (failure === undefined) {
    return new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} sent an unassigned SOCKS5 reply (${String(reply)})`);
  }
  return answerError(failure.code, `${label} reports: ${failure.meaning} (SOCKS5 reply ${String(reply)})`);
}

/** DST.ADDR with its ATYP (RFC 1928 §5): an IPv4 or IPv6 address, or a name the proxy resolves. */
function socks5Address({ host, namesAllowed }: SocksTarget): Buffer {
  if (isIPv4(host)) return Buffer.from([ATYP_IPV4, ...host.split('.').map(Number)]);
  if (isIPv6(host)) return Buffer.concat([Buffer.from([ATYP_IPV6]), ipv6Bytes(host)]);
  const name = Buffer.from(host);
  if (!namesAllowed || name.length > 255) {
    throw new ProxyError('DETOUR_PROXY_REFUSED', `this SOCKS5 route carries only IP addresses, not ${host}`);
  }
  return Buffer.concat([Buffer.from([ATYP_DOMAIN, name.length]), name]);
}

/** RFC 1929 §2: VER 1, then the user name and the password, each 1 to 255 bytes with its length first. */
function usernamePasswordRequest({ username, password }: Credentials): Buffer {
  const fields = [Buffer.from(username), Buffer.from(password)];
  if (fields.some((field) => field.length === 0 || field.length > 255)) {
    throw new ProxyError('DETOUR_PROXY_AUTH', 'SOCKS5 user names and passwords are 1 to 255 bytes long (RFC 1929)');
  }
  return Buffer.concat([Buffer.from([0x01]), ...fields.flatMap((field) => [Buffer.from([field.length]), field])]);
}

function port(value: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
}

function nulTerminated(text: string): Buffer {
  return Buffer.concat([Buffer.from(text), Buffer.from([0])]);
}

/** The 16 bytes of a valid IPv6 address, with `::`, an embedded IPv4 tail and a zone allowed. */
function ipv6Bytes(address: string): Buffer {
  const groups = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!isIPv4(group)) return [parseInt(group, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head = '', tail] = address.replace(/%.*$/, '').split('::');
  const before = groups(head);
  const after = tail === undefined ? [] : groups(tail);
  const all = [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
  const bytes = Buffer.alloc(16);
  all.forEach((group, index) => bytes.writeUInt16BE(group, index * 2));
  return bytes;
}
