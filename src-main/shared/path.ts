import { z } from 'zod';
import { redactUrl, SECRET_MARK } from './url-secrets.ts';
import { hostPort } from './host-port.ts';

/**
 * A path (route) is one way of reaching the targets, named by the user. Comparing the
 * same measurement over several paths tells what kind of blocking it is: encrypted DNS
 * repairs DNS tampering, a split ClientHello repairs naive SNI filtering, only a proxy
 * repairs IP blackholing.
 *
 * A path spec is plain data that goes into the plan and the report, so it never holds
 * a credential: a proxy only says whether it has one (`auth`), and the secrets travel
 * beside the plan (see PathSecrets) into the engine and nowhere else.
 */
export const PROXY_PROTOCOLS = ['socks4', 'socks4a', 'socks5', 'socks5h', 'http', 'https'] as const;
export const proxyProtocolSchema = z.enum(PROXY_PROTOCOLS);
export type ProxyProtocol = z.infer<typeof proxyProtocolSchema>;

/** Where a strategy splits the ClientHello: a byte offset into the handshake message, or inside the SNI name. */
export const splitAtSchema = z.union([z.literal('sni'), z.number().int().min(1).max(16_384)]);
export type SplitAt = z.infer<typeof splitAtSchema>;

/**
 * Local circumvention strategies, applied on top of the direct route. They are the
 * tricks of zapret, GoodbyeDPI and ByeDPI, named for what they do to the traffic.
 */
export const strategySchema = z.discriminatedUnion('kind', [
  /** The ClientHello re-framed as two TLS records (RFC 8446 §5.1 allows a handshake message across records). */
  z.object({ kind: z.literal('tls-split'), at: splitAtSchema }),
  /** The ClientHello written as several TCP segments. */
  z.object({ kind: z.literal('tcp-split'), at: splitAtSchema }),
  /** The same address with an innocuous SNI: tells SNI filtering from IP blocking. */
  z.object({ kind: z.literal('sni-decoy'), decoy: z.string().min(1) }),
  /** Host header case and spacing tricks for plain HTTP. */
  z.object({ kind: z.literal('http-hostcase') }),
]);
export type Strategy = z.infer<typeof strategySchema>;
export type StrategyKind = Strategy['kind'];

const pathName = z.string().min(1).max(64);

export const pathSpecSchema = z.discriminatedUnion('kind', [
  z.object({ name: pathName, kind: z.literal('direct') }),
  /** Direct, but names resolved over DNS-over-HTTPS (RFC 8484) at `url`. */
  z.object({ name: pathName, kind: z.literal('doh'), url: z.string() }),
  z.object({
    name: pathName,
    kind: z.literal('proxy'),
    protocol: proxyProtocolSchema,
    host: z.string(),
    port: z.number().int().min(1).max(65535),
    /** Whether the proxy is used with a user name and password (kept out of the plan). */
    auth: z.boolean(),
  }),
  /** Connect from one local address: a split-tunnel VPN's interface or a second uplink. */
  z.object({ name: pathName, kind: z.literal('bind'), localAddress: z.string() }),
  /**
   * An Outline or Shadowsocks access key. The key itself (method, password, prefix; for a
   * dynamic key its whole address) is a secret kept beside the plan; the spec names only
   * where it leads: the server's host and port, or for a dynamic key (`ssconf://`) the
   * host and port its configuration is fetched from.
   */
  z.object({
    name: pathName,
    kind: z.literal('shadowsocks'),
    host: z.string(),
    port: z.number().int().min(1).max(65535),
    dynamic: z.boolean(),
  }),
  /** Direct with one or more strategies composed. */
  z.object({ name: pathName, kind: z.literal('strategy'), strategies: z.array(strategySchema).min(1) }),
]);
export type PathSpec = z.infer<typeof pathSpecSchema>;
export type PathKind = PathSpec['kind'];

/** A proxy's user name and password, decoded. */
export interface ProxyCredentials {
  username: string;
  password: string;
}

/**
 * A route's secret: a proxy's credentials, the full URL of a DoH route whose spec
 * holds it masked (its user info or query carries a key: see url-secrets.ts), or an
 * access key as given (`ss://…` or `ssconf://…`).
 */
export type PathSecret = ProxyCredentials | { url: string } | { key: string };

/** Secrets per path name, handed to the engine beside the plan; never in a plan, event or report. */
export type PathSecrets = Readonly<Record<string, PathSecret>>;

/** A path as a person reads it, without credentials: `socks5h://•••@127.0.0.1:1080`. */
export function describePath(path: PathSpec): string {
  switch (path.kind) {
    case 'direct':
      return 'direct';
    case 'doh':
      return `direct, names over ${redactUrl(path.url)}`;
    case 'proxy': {
      return `${path.protocol}://${path.auth ? `${SECRET_MARK}@` : ''}${hostPort(path.host, path.port)}`;
    }
    case 'shadowsocks': {
      const host = path.host.includes(':') ? `[${path.host}]` : path.host;
      return `${path.dynamic ? 'ssconf' : 'ss'}://${SECRET_MARK}@${host}:${path.port}`;
    }
    case 'bind':
      return `direct from ${path.localAddress}`;
    case 'strategy':
      return path.strategies.map((strategy) => strategy.kind).join('+');
  }
}
