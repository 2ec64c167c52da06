import { isIP, type Socket } from 'node:net';
import { dynamicKeyUrl, parseShadowsocksUri, type ShadowsocksKey } from '../../shared/shadowsocks-key.ts';
import { abortError } from '../deadline.ts';
import type { Dialer, UdpChannel } from '../paths/dialer.ts';
import { connectToProxy } from '../paths/proxy-connection.ts';
import { ProxyError } from '../paths/proxy-error.ts';
import { cipherKey, type CipherKey } from './aead.ts';
import { encodeAddress } from './address.ts';
import { fetchKeyConfig } from './dynamic-key.ts';
import { ShadowsocksStream } from './tcp-stream.ts';
import { ShadowsocksUdpChannel } from './udp-channel.ts';

/** A key given whole (`ss://`), or an Outline dynamic key whose configuration is fetched at first use. */
export type KeySource = { kind: 'static'; key: ShadowsocksKey } | { kind: 'dynamic'; url: URL };

interface ReadyKey {
  cipher: CipherKey;
  host: string;
  port: number;
  /** Names the server in messages; never anything of the key itself. */
  label: string;
}

/**
 * A route through an Outline or Shadowsocks key: every connection is a TCP connection to
 * the key's server carrying one AEAD stream, and UDP goes to the same server as sealed
 * datagrams, so STUN (calls) and WireGuard checks measure through the key as well.
 * Names go to the server unresolved (as Outline does), so the key's own resolver is used.
 * A dynamic key's configuration is fetched once per route, on first use, and its
 * failure fails every probe of the route the same way.
 */
export function shadowsocksDialer(name: string, source: KeySource): Dialer {
  let loading: Promise<ReadyKey> | undefined;
  const load = (signal: AbortSignal): Promise<ReadyKey> => {
    loading ??= source.kind === 'static' ? Promise.resolve(ready(source.key, true)) : fetchDynamic(source.url);
    return untilAborted(loading, signal);
  };
  return {
    name,
    resolvesNames: true,
    dialTcp: async ({ host, port, signal }) => {
      const key = await load(signal);
      const address = encodeAddress(host, port);
      const socket = await connectToProxy(
        { protocol: 'shadowsocks', host: key.host, port: key.port },
        key.label,
        signal,
      );
      // Probes and undici take what a dialer returns as a net.Socket; the stream forwards
      // the few socket methods they call (setNoDelay, setKeepAlive, ref…) to the real one.
      return new ShadowsocksStream(socket, key.cipher, address, key.label) as unknown as Socket;
    },
    openUdp: async ({ signal }): Promise<UdpChannel> => {
      const key = await load(signal);
      return new ShadowsocksUdpChannel(key.cipher, { host: key.host, port: key.port });
    },
  };
}

/**
 * The dialer for a key route, from the key as given (`ss://…` or `ssconf://…`, the
 * route's secret). Without a usable key (none stored for the route) every connection
 * fails as the route's own failure, never as the sites'.
 */
export function keyDialer(name: string, text: string | undefined): Dialer {
  const url = text === undefined ? null : dynamicKeyUrl(text);
  if (url !== null) return shadowsocksDialer(name, { kind: 'dynamic', url });
  const parsed = text === undefined ? null : parseShadowsocksUri(text);
  if (parsed?.ok === true) return shadowsocksDialer(name, { kind: 'static', key: parsed.key });
  const missing = (): Promise<never> =>
    Promise.reject(new ProxyError('DETOUR_PROXY_AUTH', `the access key of route "${name}" is missing or unusable`));
  return { name, resolvesNames: true, dialTcp: missing, openUdp: missing };
}

function ready(key: ShadowsocksKey, named: boolean): ReadyKey {
  const shown = isIP(key.host) === 6 ? `[${key.host}]` : key.host;
  // A dynamic key's server is learned at run time: no message names it, so that
  // `--omit proxy-hosts`, which knows the hosts of the plan, leaves nothing behind.
  const label = named ? `the Shadowsocks server at ${shown}:${key.port}` : "the dynamic key's Shadowsocks server";
  return { cipher: cipherKey(key), host: key.host, port: key.port, label };
}

async function fetchDynamic(url: URL): Promise<ReadyKey> {
  return ready(await fetchKeyConfig(url), false);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
