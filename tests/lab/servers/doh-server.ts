import { createServer } from 'node:https';
import { leaf, type LeafName } from './pki.ts';
import { listen, type Listening } from './listen.ts';
import { planReplies } from './dns-server.ts';

/**
 * A DoH server (RFC 8484) on 127.0.0.1 port 0: POST /dns-query answers with the same
 * behaviour table as the lab DNS server (dns-server.ts), taking the first message it
 * would send (HTTP has room for one answer). Two extra paths misbehave at the HTTP
 * level: /huge (a 200 with a body far over any DNS message) and anything else (404).
 */

export const HUGE_BODY_BYTES = 200 * 1024;

export interface DohServer extends Listening {
  /** `https://127.0.0.1:<port>/dns-query`. */
  url: string;
  /** Resolves once the server has received its first request. */
  requested: Promise<void>;
  /** Every request's target (path and query) and Authorization header, in order. */
  seen: { target: string; authorization: string | undefined }[];
}

/** On `host` (127.0.0.1, or ::1 for IPv6); the query string of /dns-query is accepted and recorded (a key). */
export async function startDohServer(certificate: LeafName = 'valid', host = '127.0.0.1'): Promise<DohServer> {
  let onRequest = (): void => undefined;
  const requested = new Promise<void>((resolve) => (onRequest = resolve));
  const seen: DohServer['seen'] = [];
  const server = createServer(leaf(certificate), (req, res) => {
    onRequest();
    seen.push({ target: req.url ?? '', authorization: req.headers.authorization });
    const path = (req.url ?? '').split('?')[0];
    if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'application/dns-message' });
      res.end(Buffer.alloc(HUGE_BODY_BYTES));
      return;
    }
    if (req.method !== 'POST' || path !== '/dns-query') {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const [reply] = planReplies(Buffer.concat(chunks));
      // No reply: a silent name, the request hangs until the client gives up.
      if (reply === undefined) return;
      if (reply === 'hang-up') {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/dns-message', 'content-length': reply.bytes.length });
      res.end(reply.bytes);
    });
  });
  // A client that refuses the certificate makes the server's side of the handshake fail; that is expected.
  server.on('tlsClientError', () => undefined);
  const listening = await listen(server, host);
  const authority = host.includes(':') ? `[${host}]` : host;
  return { ...listening, url: `https://${authority}:${listening.port}/dns-query`, requested, seen };
}
