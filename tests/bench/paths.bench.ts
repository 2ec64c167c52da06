/**
 * npm run bench:paths: how long Detour takes from the start of a fetch to its first
 * response byte, directly and through each kind of proxy, against curl's own timing
 * (`-w %{time_starttransfer}`) for the same HTTPS fetch through the same proxy.
 * Both verify the certificate against the test CA. Goal: median ratio at most 1.2.
 *
 * The HTTPS server runs in a child process and the proxies are Debian's own
 * (microsocks, dante, tinyproxy), all on 127.0.0.1. The Shadowsocks row fetches through
 * our own client to Debian's ss-server, against curl through ss-local's SOCKS port in
 * front of the same server: the key's cost against the reference client's.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Dialer } from '../../src-main/engine/paths/dialer.ts';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import { proxyDialer } from '../../src-main/engine/paths/proxy.ts';
import { probeHttp } from '../../src-main/engine/probes/http.ts';
import type { ProxyProtocol } from '../../src-main/shared/path.ts';
import { keyDialer } from '../../src-main/engine/shadowsocks/dialer.ts';
import { startDebianProxy, type RunningProxy } from '../lab/servers/debian-proxies.ts';
import { sip002Key, startSsLocal, startSsServer } from '../lab/servers/shadowsocks-daemons.ts';
import { startBenchServers } from './bench-servers.ts';
import { trustTestCa } from './test-ca.ts';

const ROUNDS = 40;
const pki = trustTestCa();
const run = promisify(execFile);

interface Route {
  label: string;
  proxy?: { protocol: ProxyProtocol; port: number };
  /** Detour measures through this dialer instead (a key); curl goes through `proxy`. */
  dialer?: Dialer;
}

const server = await startBenchServers(['127.0.0.1']);
const url = `https://127.0.0.1:${server.ports[0] ?? 0}/`;
const daemons: RunningProxy[] = [];
try {
  const microsocks = await startDebianProxy.microsocks();
  const danted = await startDebianProxy.danted();
  const tinyproxy = await startDebianProxy.tinyproxy();
  daemons.push(microsocks, danted, tinyproxy);
  const key = { method: 'chacha20-ietf-poly1305' as const, password: 'bench-key' };
  const ssServer = await startSsServer({ ...key, udp: false });
  const ssLocal = await startSsLocal(ssServer.port, key);
  daemons.push(ssServer, ssLocal);
  const routes: Route[] = [
    { label: 'direct' },
    { label: 'socks5 (microsocks)', proxy: { protocol: 'socks5', port: microsocks.port } },
    { label: 'socks5h (microsocks)', proxy: { protocol: 'socks5h', port: microsocks.port } },
    { label: 'socks4 (dante)', proxy: { protocol: 'socks4', port: danted.port } },
    { label: 'socks5 (dante)', proxy: { protocol: 'socks5', port: danted.port } },
    { label: 'http CONNECT (tinyproxy)', proxy: { protocol: 'http', port: tinyproxy.port } },
    {
      label: 'shadowsocks (vs ss-local)',
      proxy: { protocol: 'socks5', port: ssLocal.port },
      dialer: keyDialer('bench', sip002Key('127.0.0.1', ssServer.port, key)),
    },
  ];
  console.log(`first byte of ${url}, median of ${ROUNDS} fetches each, alternating Detour and curl:`);
  for (const route of routes) await benchRoute(route);
} finally {
  await Promise.all(daemons.map((daemon) => daemon.stop()));
  server.stop();
}

async function benchRoute(route: Route): Promise<void> {
  const dialer: Dialer =
    route.dialer ??
    (route.proxy === undefined
      ? directDialer()
      : proxyDialer('bench', { protocol: route.proxy.protocol, host: '127.0.0.1', port: route.proxy.port }));
  const detour: number[] = [];
  const curl: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    detour.push(await detourFirstByteMs(dialer));
    curl.push(await curlFirstByteMs(route));
  }
  const [d, c] = [median(detour), median(curl)];
  console.log(
    `  ${route.label.padEnd(26)} detour ${d.toFixed(2)} ms, curl ${c.toFixed(2)} ms, ratio ${(d / c).toFixed(2)} (goal ≤ 1.2)`,
  );
}

async function detourFirstByteMs(dialer: Dialer): Promise<number> {
  const ctx = { dialer, signal: new AbortController().signal, timeoutMs: 5000 };
  const result = await probeHttp({ url, address: '127.0.0.1' }, ctx);
  if (result.failure !== undefined || result.headersMs === undefined) {
    throw new Error(`Detour's fetch failed: ${JSON.stringify(result.failure)}`);
  }
  return result.headersMs;
}

async function curlFirstByteMs(route: Route): Promise<number> {
  const proxy = route.proxy === undefined ? [] : ['--proxy', `${route.proxy.protocol}://127.0.0.1:${route.proxy.port}`];
  const args = ['-s', '-o', '/dev/null', '--cacert', join(pki, 'ca.pem'), '-w', '%{time_starttransfer}', ...proxy, url];
  const { stdout } = await run('curl', args);
  return Number(stdout) * 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
