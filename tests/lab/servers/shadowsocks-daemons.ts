import { join } from 'node:path';
import type { ShadowsocksMethod } from '../../../src-main/shared/shadowsocks-key.ts';
import { startDaemon, type RunningProxy } from './debian-proxies.ts';

/**
 * Debian's shadowsocks-libev, the server and client Outline's own are compatible with:
 * `ss-server` (TCP, and UDP with `-u`) and `ss-local` (a SOCKS5 port in front of a
 * server, relaying UDP ASSOCIATE with `-u`). Each reads a JSON configuration
 * (shadowsocks-libev(8)), so no key appears in a command line.
 */
export interface ShadowsocksServerOptions {
  method: ShadowsocksMethod;
  password: string;
  /** Relay UDP too (`-u`); off, datagrams are dropped, as on a server started without it. */
  udp: boolean;
}

/** ss-server on a free loopback port. */
export function startSsServer(options: ShadowsocksServerOptions): Promise<RunningProxy> {
  return startDaemon('ss-server', (port, folder) => ({
    config: [JSON.stringify(ssServerConfig({ address: '127.0.0.1', port }, options))],
    args: ['-c', join(folder, 'ss-server.conf'), ...(options.udp ? ['-u'] : [])],
  }));
}

/** ss-local on a free loopback port, in front of the ss-server at `serverPort`, relaying UDP. */
export function startSsLocal(
  serverPort: number,
  options: Omit<ShadowsocksServerOptions, 'udp'>,
): Promise<RunningProxy> {
  return startDaemon('ss-local', (port, folder) => ({
    config: [
      JSON.stringify({
        server: '127.0.0.1',
        server_port: serverPort,
        local_address: '127.0.0.1',
        local_port: port,
        password: options.password,
        method: options.method,
      }),
    ],
    args: ['-c', join(folder, 'ss-local.conf'), '-u'],
  }));
}

/** ss-server's configuration: where it listens, the key, and a short idle timeout for the tests. */
export function ssServerConfig(
  listen: { address: string; port: number },
  options: Omit<ShadowsocksServerOptions, 'udp'>,
): Record<string, unknown> {
  return {
    server: listen.address,
    server_port: listen.port,
    password: options.password,
    method: options.method,
    timeout: 60,
  };
}

/** A SIP002 key for the server, as Outline hands them out: base64url user info, a name after `#`. */
export function sip002Key(
  host: string,
  port: number,
  options: Omit<ShadowsocksServerOptions, 'udp'>,
  extra = '',
): string {
  const userInfo = Buffer.from(`${options.method}:${options.password}`).toString('base64url');
  return `ss://${userInfo}@${host}:${port}/${extra}#Lab%20key`;
}
