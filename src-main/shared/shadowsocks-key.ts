import { ipFamily } from './bogon.ts';

/**
 * Outline and Shadowsocks access keys, as people are handed them:
 * - SIP002 URIs, `ss://USERINFO@HOST:PORT/?prefix=…#TAG`, where USERINFO is
 *   `method:password` in base64url (padding optional) or percent-encoded;
 * - Outline's dynamic keys, `ssconf://HOST/PATH`, whose configuration is fetched from
 *   `https://HOST/PATH` (the engine does that: it is a measurement too), answered as
 *   JSON `{server, server_port, password, method, prefix}` or a `ss://` line.
 * Only the AEAD ciphers of the Shadowsocks AEAD spec are taken; SIP003 plugins are not
 * run by Detour, so a key needing one is refused with its own code.
 * Plain TS (no Buffer): the renderer reads a pasted key's host and name with it.
 */
export const SHADOWSOCKS_METHODS = ['chacha20-ietf-poly1305', 'aes-256-gcm', 'aes-128-gcm'] as const;
export type ShadowsocksMethod = (typeof SHADOWSOCKS_METHODS)[number];

export interface ShadowsocksKey {
  method: ShadowsocksMethod;
  password: string;
  host: string;
  port: number;
  /** Bytes sent as the start of every salt (Outline's connection prefix); empty for none. */
  prefix: Uint8Array;
  /** The `#tag`: the key's name as its issuer gave it. */
  tag?: string;
}

export type KeyErrorCode =
  | 'bad-key' // not a ss:// URI of the SIP002 form
  | 'key-plugin' // the key needs a SIP003 plugin (obfs, v2ray…), which Detour does not run
  | 'unsupported-cipher' // a stream cipher or an unknown method
  | 'bad-key-prefix' // the prefix is not bytes (a character past U+00FF) or longer than the salt
  | 'bad-host'
  | 'missing-port'
  | 'bad-port';

export type KeyParseResult = { ok: true; key: ShadowsocksKey } | { ok: false; code: KeyErrorCode };

/** The salt is as long as the key: 16 bytes for aes-128-gcm, 32 for the others (AEAD spec). */
export function saltLength(method: ShadowsocksMethod): number {
  return method === 'aes-128-gcm' ? 16 : 32;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** A SIP002 `ss://` key. */
export function parseShadowsocksUri(text: string): KeyParseResult {
  const match = /^ss:\/\/([^@/?#]+)@([^/?#]+)\/?(\?[^#]*)?(#.*)?$/i.exec(text.trim());
  if (match === null) return { ok: false, code: 'bad-key' };
  const [, userInfo = '', hostPort = '', query = '', fragment = ''] = match;
  const params = new URLSearchParams(query);
  if (params.has('plugin')) return { ok: false, code: 'key-plugin' };
  const credentials = decodeCredentials(userInfo);
  if (credentials === null) return { ok: false, code: 'bad-key' };
  const endpoint = parseHostPort(hostPort);
  if (typeof endpoint === 'string') return { ok: false, code: endpoint };
  const prefix = prefixBytes(params.get('prefix') ?? '');
  return finish({ ...credentials, ...endpoint, prefix, tag: decodeTag(fragment.slice(1)) });
}

/**
 * What an `ssconf://` address serves: Outline's JSON, or a `ss://` line. The JSON's
 * `prefix` is already a string of byte-valued characters (JSON escapes, not percent-encoding).
 */
export function parseKeyConfig(text: string): KeyParseResult {
  const trimmed = text.trim();
  if (trimmed.startsWith('ss://')) return parseShadowsocksUri(trimmed);
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { ok: false, code: 'bad-key' };
  }
  if (typeof json !== 'object' || json === null) return { ok: false, code: 'bad-key' };
  const record = json as Record<string, unknown>;
  const { server, password, method, prefix } = record;
  const port = record['server_port'];
  if (typeof server !== 'string' || typeof password !== 'string' || typeof method !== 'string') {
    return { ok: false, code: 'bad-key' };
  }
  if (record['plugin'] !== undefined && record['plugin'] !== '') return { ok: false, code: 'key-plugin' };
  const portNumber = typeof port === 'string' && /^\d+$/.test(port) ? Number(port) : port;
  if (typeof portNumber !== 'number' || !Number.isInteger(portNumber)) return { ok: false, code: 'missing-port' };
  if (!validHost(server)) return { ok: false, code: 'bad-host' };
  const bytes = typeof prefix === 'string' ? latin1Bytes(prefix) : prefix === undefined ? new Uint8Array() : null;
  return finish({ method, password, host: server, port: portNumber, prefix: bytes });
}

/** `ssconf://host[:port]/path` → the https URL Outline fetches; null when it is not one. */
export function dynamicKeyUrl(text: string): URL | null {
  const trimmed = text.trim();
  if (!/^ssconf:\/\//i.test(trimmed)) return null;
  const url = URL.parse(`https://${trimmed.slice('ssconf://'.length)}`);
  if (url === null || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  url.hash = '';
  return url;
}

/** The `#tag` of a dynamic key, which names it as a static key's does. */
export function dynamicKeyTag(text: string): string | undefined {
  const hash = text.indexOf('#');
  return hash === -1 ? undefined : decodeTag(text.slice(hash + 1));
}

interface KeyFields {
  method: string;
  password: string;
  host: string;
  port: number;
  prefix: Uint8Array | null;
  tag?: string | undefined;
}

function finish(fields: KeyFields): KeyParseResult {
  const method = fields.method.toLowerCase();
  if (!(SHADOWSOCKS_METHODS as readonly string[]).includes(method)) return { ok: false, code: 'unsupported-cipher' };
  const known = method as ShadowsocksMethod;
  if (!(fields.port >= 1 && fields.port <= 65535)) return { ok: false, code: 'bad-port' };
  if (fields.prefix === null || fields.prefix.length > saltLength(known)) return { ok: false, code: 'bad-key-prefix' };
  const key: ShadowsocksKey = {
    method: known,
    password: fields.password,
    host: fields.host,
    port: fields.port,
    prefix: fields.prefix,
  };
  return { ok: true, key: fields.tag === undefined ? key : { ...key, tag: fields.tag } };
}

/** base64url `method:password` (SIP002), or `method:password` percent-encoded (as SIP002 allows for AEAD). */
function decodeCredentials(userInfo: string): { method: string; password: string } | null {
  let plain: string | null = null;
  if (userInfo.includes(':') || userInfo.includes('%')) plain = percentDecode(userInfo);
  else plain = base64Decode(userInfo);
  if (plain === null) return null;
  const colon = plain.indexOf(':');
  if (colon <= 0) return null;
  return { method: plain.slice(0, colon), password: plain.slice(colon + 1) };
}

function base64Decode(text: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/').replace(/=+$/, ''));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

function percentDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function decodeTag(text: string): string | undefined {
  if (text === '') return undefined;
  return percentDecode(text) ?? text;
}

function parseHostPort(text: string): { host: string; port: number } | KeyErrorCode {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d*))?$/i.exec(text);
  if (match === null) return 'bad-host';
  const host = (match[1] ?? '').replace(/^\[(.*)\]$/, '$1');
  if (!validHost(host)) return 'bad-host';
  if (match[2] === undefined || match[2] === '') return 'missing-port';
  return { host, port: Number(match[2]) };
}

function validHost(host: string): boolean {
  return ipFamily(host) !== null || (host.length <= 253 && host.split('.').every((label) => LABEL.test(label)));
}

/**
 * Outline's prefix: percent-decoded as UTF-8 text whose every character is one byte
 * (U+0000–U+00FF). Outline's own example `%16%03%01%00%C2%A8%01%01` is the start of a
 * TLS record (16 03 01 00 A8 01 01): `%C2%A8` is the character U+00A8, the byte 0xA8.
 */
function prefixBytes(text: string): Uint8Array | null {
  if (text === '') return new Uint8Array();
  // URLSearchParams has already percent-decoded the value as UTF-8.
  return latin1Bytes(text);
}

function latin1Bytes(text: string): Uint8Array | null {
  const bytes = Array.from(text, (char) => char.codePointAt(0) ?? 0);
  return bytes.every((byte) => byte <= 0xff) ? Uint8Array.from(bytes) : null;
}
