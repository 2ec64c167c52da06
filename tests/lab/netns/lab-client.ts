import { Resolver } from 'node:dns/promises';
import { request } from 'node:http';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import * as dnsPacket from 'dns-packet';
import { SocksClient } from 'socks';
import { directDialer } from '../../../src-main/engine/paths/direct.ts';
import { proxyDialer } from '../../../src-main/engine/paths/proxy.ts';
import { probeStun } from '../../../src-main/engine/probes/stun.ts';

/**
 * Checks of the lab's world from inside a namespace, each printing one JSON line:
 *   lab-client.ts fetch <url> <address | proxy url>      → { status, location?, title, bytes }
 *     connects to <address> for the URL's host (like curl --resolve), or through a
 *     socks5h:// or http:// (CONNECT) proxy given the name; https trusts NODE_EXTRA_CA_CERTS;
 *     redirects are not followed
 *   lab-client.ts tls <address> <servername>              → { authorized, authorizationError?, issuer, fingerprint }
 *     a handshake on port 443 completed whatever the certificate, to tell why it is refused
 *   lab-client.ts dns <server> <name> <A|AAAA|CNAME>      → { addresses } (CNAME: { targets }) or { error }
 *   lab-client.ts doh <url> <name> <GET|POST> [<A|AAAA>]  → { status, rcode, addresses, cnames? }
 *   lab-client.ts stun <address> <port> [<socks5 proxy url>] → the STUN probe's result
 *   lab-client.ts batch <JSON array of argument lists>    → their results, run at once in one
 *     process, in their order; a command that throws gives { thrown: <message> }
 * Independent of curl and dig, which a minimal Debian lacks.
 */

const TIMEOUT_MS = 5000;

async function tunnel(proxy: URL, host: string, port: number): Promise<Socket> {
  const proxyPort = Number(proxy.port);
  if (proxy.protocol === 'socks5h:') {
    const destination = { host, port };
    const socks = { host: proxy.hostname, port: proxyPort, type: 5 as const };
    return (await SocksClient.createConnection({ proxy: socks, command: 'connect', destination })).socket;
  }
  return new Promise((resolve, reject) => {
    const connecting = request({ host: proxy.hostname, port: proxyPort, method: 'CONNECT', path: `${host}:${port}` });
    connecting.once('connect', (response, socket) => {
      if (response.statusCode === 200) resolve(socket);
      else reject(new Error(`the proxy answered CONNECT with ${String(response.statusCode)}`));
    });
    connecting.once('error', reject);
    connecting.end();
  });
}

async function fetchPage(url: URL, via: string) {
  const https = url.protocol === 'https:';
  const port = Number(url.port || (https ? 443 : 80));
  const raw = via.includes('://') ? await tunnel(new URL(via), url.hostname, port) : tcpConnect({ host: via, port });
  const socket = https ? tlsConnect({ socket: raw, servername: url.hostname }) : raw;
  return new Promise<{ status: number | undefined; title: string | undefined; bytes: number }>((resolve, reject) => {
    const get = request({ createConnection: () => socket, host: url.hostname, path: url.pathname + url.search });
    get.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () => {
        const body = Buffer.concat(chunks);
        const title = /<title>([^<]*)<\/title>/.exec(body.toString('latin1'))?.[1];
        const { location } = response.headers;
        resolve({
          status: response.statusCode,
          ...(location === undefined ? {} : { location }),
          title,
          bytes: body.length,
        });
      });
      response.once('error', reject);
    });
    get.once('error', reject);
    get.end();
  });
}

async function handshake(address: string, servername: string) {
  const socket = tlsConnect({ host: address, port: 443, servername, rejectUnauthorized: false });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('secureConnect', resolve);
      socket.once('error', reject);
    });
    const authorizationError = socket.authorizationError?.toString();
    const certificate = socket.getPeerCertificate();
    return {
      authorized: socket.authorized,
      ...(authorizationError === undefined ? {} : { authorizationError }),
      issuer: certificate.issuer.CN,
      fingerprint: certificate.fingerprint256,
    };
  } finally {
    socket.destroy();
  }
}

async function resolve(server: string, name: string, type: string) {
  const resolver = new Resolver({ timeout: TIMEOUT_MS, tries: 1 });
  resolver.setServers([server]);
  try {
    if (type === 'CNAME') return { targets: await resolver.resolveCname(name) };
    return { addresses: type === 'AAAA' ? await resolver.resolve6(name) : await resolver.resolve4(name) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code };
  }
}

async function queryDoh(url: URL, name: string, method: string, recordType: 'A' | 'AAAA') {
  const query = dnsPacket.encode({
    type: 'query',
    id: 0,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type: recordType, name }],
  });
  const type = 'application/dns-message';
  const response =
    method === 'GET'
      ? await fetch(`${url.href}?dns=${query.toString('base64url')}`, { headers: { accept: type } })
      : await fetch(url, { method: 'POST', headers: { 'content-type': type, accept: type }, body: query });
  // dns-packet decodes the rcode but its types leave it out.
  const answer: dnsPacket.DecodedPacket & { rcode?: string } = dnsPacket.decode(
    Buffer.from(await response.arrayBuffer()),
  );
  const records = answer.answers ?? [];
  const addresses = records.flatMap((record) => (record.type === recordType ? [record.data] : []));
  const cnames = records.flatMap((record) => (record.type === 'CNAME' ? [record.data] : []));
  return { status: response.status, rcode: answer.rcode, addresses, ...(cnames.length > 0 ? { cnames } : {}) };
}

async function stun(address: string, port: number, proxy?: URL) {
  const dialer =
    proxy === undefined
      ? directDialer()
      : proxyDialer('proxy', { protocol: 'socks5', host: proxy.hostname, port: Number(proxy.port) });
  const context = { dialer, signal: new AbortController().signal, timeoutMs: TIMEOUT_MS };
  return probeStun({ server: `${address}:${port}`, address, port }, context);
}

const COMMANDS = ['fetch', 'tls', 'dns', 'doh', 'stun', 'batch'];

function run([command, first = '', second = '', third, fourth]: readonly string[]): Promise<unknown> {
  switch (command) {
    case 'fetch':
      return fetchPage(new URL(first), second);
    case 'tls':
      return handshake(first, second);
    case 'dns':
      return resolve(first, second, third ?? 'A');
    case 'doh':
      return queryDoh(new URL(first), second, third ?? 'POST', fourth === 'AAAA' ? 'AAAA' : 'A');
    case 'stun':
      return stun(first, Number(second), third === undefined ? undefined : new URL(third));
    case 'batch':
      // A command that throws is its error's message in the results, so that the others still count.
      return Promise.all(
        (JSON.parse(first) as string[][]).map((args) =>
          run(args).catch((error: unknown) => ({ thrown: error instanceof Error ? error.message : String(error) })),
        ),
      );
    default:
      throw new Error(`usage: lab-client.ts ${COMMANDS.join('|')} …`);
  }
}

console.log(JSON.stringify(await run(process.argv.slice(2))));
