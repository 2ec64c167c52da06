import type { ToolEndpoint } from './tools.ts';

/**
 * Reading a WireGuard client configuration as wg-quick(8) writes it: `[Interface]`
 * with `PrivateKey`, and one `[Peer]` (or more) with `PublicKey`, `PresharedKey` and
 * `Endpoint`. Keys are case-insensitive and `#` starts a comment, as wg(8) reads them;
 * everything else (Address, DNS, AllowedIPs, PostUp…) is irrelevant to a handshake and
 * ignored. A mistake is a code and a line number, never the text of the line: it may
 * hold a private key.
 */

export const WIREGUARD_CONFIG_ERRORS = [
  'not-text', // binary, or not UTF-8
  'too-large', // larger than any configuration
  'no-interface', // no [Interface] section
  'no-private-key', // [Interface] without PrivateKey
  'bad-key', // a key that is not 32 bytes of base64
  'no-peer', // no [Peer] section
  'no-public-key', // a [Peer] without PublicKey
  'no-endpoint', // no [Peer] has an Endpoint: a server's own configuration, which cannot start a handshake
  'bad-endpoint', // an Endpoint that is not host:port
  'bad-line', // a line that is neither a section, a key = value, a comment nor blank
] as const;
export type WireguardConfigError = (typeof WIREGUARD_CONFIG_ERRORS)[number];

/** Past this a file is no configuration (one with a hundred peers is some kilobytes). */
export const MAX_WIREGUARD_CONFIG_BYTES = 64 * 1024;

/** One peer to check: where it is and the keys of the handshake, base64 as in the file. */
export interface WireguardPeerConfig {
  endpoint: ToolEndpoint;
  privateKey: string;
  peerPublicKey: string;
  presharedKey?: string;
}

export type WireguardConfigParse =
  { ok: true; peers: WireguardPeerConfig[] } | { ok: false; code: WireguardConfigError; line?: number };

interface PeerSection {
  line: number;
  publicKey?: string;
  presharedKey?: string;
  endpoint?: string;
  endpointLine?: number;
}

/** Parses the text of a `.conf` file; every peer with an Endpoint is one to check. */
export function parseWireguardConfig(text: string): WireguardConfigParse {
  if (text.length > MAX_WIREGUARD_CONFIG_BYTES) return { ok: false, code: 'too-large' };
  // eslint-disable-next-line no-control-regex -- NUL and U+FFFD are what binary looks like as text
  if (/[\u0000\ufffd]/.test(text)) return { ok: false, code: 'not-text' };
  let section: 'interface' | 'peer' | 'other' | null = null;
  let privateKey: { value: string; line: number } | undefined;
  let sawInterface = false;
  const peers: PeerSection[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '') continue;
    const header = /^\[\s*([A-Za-z]+)\s*\]$/.exec(content);
    if (header !== null) {
      const name = (header[1] ?? '').toLowerCase();
      section = name === 'interface' ? 'interface' : name === 'peer' ? 'peer' : 'other';
      if (section === 'interface') sawInterface = true;
      if (section === 'peer') peers.push({ line });
      continue;
    }
    const pair = /^([A-Za-z0-9]+)\s*=\s*(.*)$/.exec(content);
    if (pair === null || section === null) return { ok: false, code: 'bad-line', line };
    const key = (pair[1] ?? '').toLowerCase();
    const value = (pair[2] ?? '').trim();
    if (section === 'interface' && key === 'privatekey') privateKey = { value, line };
    const peer = peers.at(-1);
    if (section === 'peer' && peer !== undefined) {
      if (key === 'publickey') peer.publicKey = value;
      if (key === 'presharedkey') peer.presharedKey = value;
      if (key === 'endpoint') {
        peer.endpoint = value;
        peer.endpointLine = line;
      }
    }
  }
  if (!sawInterface) return { ok: false, code: 'no-interface' };
  if (privateKey === undefined) return { ok: false, code: 'no-private-key' };
  if (!isKey(privateKey.value)) return { ok: false, code: 'bad-key', line: privateKey.line };
  if (peers.length === 0) return { ok: false, code: 'no-peer' };
  const checked: WireguardPeerConfig[] = [];
  for (const peer of peers) {
    if (peer.publicKey === undefined) return { ok: false, code: 'no-public-key', line: peer.line };
    if (!isKey(peer.publicKey)) return { ok: false, code: 'bad-key', line: peer.line };
    if (peer.presharedKey !== undefined && !isKey(peer.presharedKey))
      return { ok: false, code: 'bad-key', line: peer.line };
    if (peer.endpoint === undefined) continue;
    const endpoint = parseEndpoint(peer.endpoint);
    if (endpoint === null) return { ok: false, code: 'bad-endpoint', line: peer.endpointLine ?? peer.line };
    checked.push({
      endpoint,
      privateKey: privateKey.value,
      peerPublicKey: peer.publicKey,
      ...(peer.presharedKey === undefined ? {} : { presharedKey: peer.presharedKey }),
    });
  }
  return checked.length === 0 ? { ok: false, code: 'no-endpoint' } : { ok: true, peers: checked };
}

/** A WireGuard key: 32 bytes in standard base64, which is 44 characters ending in `=` (wg(8)). */
function isKey(value: string): boolean {
  return /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(value);
}

/** `host:port` or `[IPv6]:port`, as wg(8) takes an Endpoint. */
export function parseEndpoint(value: string): ToolEndpoint | null {
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^\s:[\]]+)):(\d{1,5})$/.exec(value);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (host === undefined || !(port >= 1 && port <= 65535)) return null;
  if (match?.[2] !== undefined && !/^[A-Za-z0-9.-]{1,253}$/.test(host)) return null;
  return { host, port };
}
