import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer } from 'node:https';

/**
 * The lab world's DNS-over-HTTPS server (RFC 8484), run inside the world namespace:
 *   world-doh.ts <listen address> <resolver address> <certificate file> <key file>
 * POST and GET of application/dns-message at /dns-query, each query forwarded as it
 * is over UDP to the resolver and its answer returned as it is.
 */

const [address, resolver, certFile, keyFile] = process.argv.slice(2);
if (address === undefined || resolver === undefined || certFile === undefined || keyFile === undefined) {
  throw new Error('usage: world-doh.ts <listen address> <resolver address> <certificate file> <key file>');
}

const MESSAGE_TYPE = 'application/dns-message';
/** RFC 8484 §6: a DNS message is at most 65535 bytes. */
const MAX_MESSAGE_BYTES = 65_535;
const RESOLVER_TIMEOUT_MS = 2000;

/** The resolver's answer to `query`: the first datagram from it with the query's ID. */
function resolve(query: Buffer): Promise<Buffer | undefined> {
  return new Promise((done) => {
    const socket = createSocket('udp4');
    const finish = (answer?: Buffer): void => {
      clearTimeout(timer);
      socket.close();
      done(answer);
    };
    const timer = setTimeout(finish, RESOLVER_TIMEOUT_MS);
    socket.on('message', (answer) => {
      if (answer.length >= 2 && answer.readUInt16BE(0) === query.readUInt16BE(0)) finish(answer);
    });
    socket.on('error', () => finish());
    socket.connect(53, resolver, () => socket.send(query));
  });
}

async function answer(query: Buffer, response: ServerResponse): Promise<void> {
  if (query.length < 12) {
    response.writeHead(400).end();
    return;
  }
  const reply = await resolve(query);
  if (reply === undefined) {
    response.writeHead(504).end();
    return;
  }
  response.writeHead(200, { 'content-type': MESSAGE_TYPE, 'content-length': reply.length }).end(reply);
}

const server = createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, (request, response) => {
  const url = new URL(request.url ?? '/', 'https://doh.lab');
  if (url.pathname !== '/dns-query') {
    response.writeHead(404).end();
    return;
  }
  if (request.method === 'GET') {
    const encoded = url.searchParams.get('dns');
    if (encoded === null) response.writeHead(400).end();
    else void answer(Buffer.from(encoded, 'base64url'), response);
    return;
  }
  if (request.method !== 'POST') {
    response.writeHead(405, { allow: 'GET, POST' }).end();
    return;
  }
  if (request.headers['content-type'] !== MESSAGE_TYPE) {
    response.writeHead(415).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const query = Buffer.concat(chunks);
    if (query.length > MAX_MESSAGE_BYTES) response.writeHead(413).end();
    else void answer(query, response);
  });
});
// A client refusing the certificate (a censor's test, say) fails the handshake: nothing to report.
server.on('tlsClientError', () => undefined);
server.listen(443, address);
