import { createSocket } from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { connect } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { shapeClientHello, type HelloSplits } from '../../../src-main/engine/paths/strategies/index.ts';
import { shapingStream } from '../../../src-main/engine/paths/strategies/shaping-stream.ts';
import { frame, readMessages } from './dns-stream.ts';

/**
 * What the client sees of the censor router (netns-censor.test.ts), run inside the
 * client's namespace; each command prints one JSON line and never fails, since how a
 * connection ends is what the tests look at (`error` is Node's code, or `deadline`):
 *
 *   censor-client.ts get <url> <deadline ms> [<header>:<value>]
 *       → { status, location?, title, bytes, ms, error? }: the body's bytes read by its end or the
 *         deadline; redirects are not followed
 *   censor-client.ts tls <address> <servername> [records|segments]
 *       → { authorized, authorizationError?, issuer? } or { error }: a handshake, its
 *         ClientHello optionally split at the name into two TLS records or two TCP segments
 *   censor-client.ts lookup <name>      → { addresses } or { error }: the system resolver
 *   censor-client.ts exchange <udp|tcp> <address> <port> <hex message> <count> <deadline ms>
 *       → { replies: hex[], error? }: the first <count> replies, as many as came by the deadline
 *   censor-client.ts batch <JSON array of argument lists>
 *       → the results of those commands, run at once in one process, in their order
 *
 * Names resolve through the system resolver (the router's), and https trusts
 * NODE_EXTRA_CA_CERTS (the lab CA).
 */

const HANDSHAKE_DEADLINE_MS = 3000;

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Settles with `finish()`'s value at the deadline, unless it settled before. */
function byDeadline<T>(deadlineMs: number, run: (settle: (value: T) => void) => void, finish: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(finish()), deadlineMs);
    run((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

function get(url: string, deadlineMs: number, header?: string) {
  const [name = '', value = ''] = header?.split(/:(.*)/) ?? [];
  const options = { headers: header === undefined ? {} : { [name]: value.trim() } };
  const chunks: Buffer[] = [];
  let response: IncomingMessage | undefined;
  const startedAt = performance.now();
  const seen = (error?: string) => {
    const body = Buffer.concat(chunks);
    const title = /<title>([^<]*)<\/title>/.exec(body.toString('latin1'))?.[1];
    const ms = Math.round(performance.now() - startedAt);
    const location = response?.headers.location;
    return {
      status: response?.statusCode,
      ...(location === undefined ? {} : { location }),
      title,
      bytes: body.length,
      ms,
      ...(error === undefined ? {} : { error }),
    };
  };
  return byDeadline(
    deadlineMs,
    (settle) => {
      const request = (url.startsWith('https:') ? httpsGet : httpGet)(url, options, (received) => {
        response = received;
        received.on('data', (chunk: Buffer) => chunks.push(chunk));
        received.once('end', () => settle(seen()));
        received.once('error', (error) => settle(seen(errorCode(error))));
      });
      request.once('error', (error) => settle(seen(errorCode(error))));
    },
    () => seen('deadline'),
  );
}

function handshake(address: string, servername: string, split?: string) {
  const splits: HelloSplits = {
    records: split === 'records' ? ['sni'] : [],
    segments: split === 'segments' ? ['sni'] : [],
  };
  const tcp = connect({ host: address, port: 443, noDelay: true });
  const socket = split === undefined ? tcp : shapingStream(tcp, (record) => shapeClientHello(record, splits));
  // Completed whatever the certificate, so that an untrusted one can be looked at.
  const tls: TLSSocket = tlsConnect({ socket, servername, rejectUnauthorized: false });
  const outcome = byDeadline<object>(
    HANDSHAKE_DEADLINE_MS,
    (settle) => {
      tls.once('secureConnect', () => {
        const issuer = tls.getPeerCertificate().issuer.CN;
        settle({ authorized: tls.authorized, authorizationError: tls.authorizationError?.toString(), issuer });
      });
      tls.once('error', (error) => settle({ error: errorCode(error) }));
    },
    () => ({ error: 'deadline' }),
  );
  return outcome.finally(() => tls.destroy());
}

async function systemLookup(name: string) {
  try {
    return { addresses: (await lookup(name, { all: true, family: 4 })).map((found) => found.address) };
  } catch (error) {
    return { error: errorCode(error) };
  }
}

/** UDP on a connected socket, which takes datagrams from the address asked only. */
function exchange(
  transport: string,
  address: string,
  port: number,
  message: Buffer,
  count: number,
  deadlineMs: number,
) {
  const replies: string[] = [];
  let close = (): void => undefined;
  const outcome = byDeadline<{ replies: string[]; error?: string }>(
    deadlineMs,
    (settle) => {
      const received = (reply: Buffer): void => {
        replies.push(reply.toString('hex'));
        if (replies.length === count) settle({ replies });
      };
      const failed = (error: Error): void => settle({ replies, error: errorCode(error) });
      if (transport === 'udp') {
        const socket = createSocket('udp4');
        close = () => socket.close();
        socket.on('message', received);
        socket.on('error', failed);
        // Without a callback, a connect that fails (no route: offline) is an 'error' event.
        socket.once('connect', () => socket.send(message));
        socket.connect(port, address);
      } else {
        const socket = connect({ host: address, port });
        close = () => socket.destroy();
        readMessages(socket, received);
        socket.on('error', failed);
        socket.write(frame(message));
      }
    },
    () => ({ replies }),
  );
  return outcome.finally(() => close());
}

const COMMANDS = ['get', 'tls', 'lookup', 'exchange', 'batch'];

function run([command = '', ...args]: readonly string[]): Promise<unknown> {
  const arg = (index: number): string => args[index] ?? '';
  switch (command) {
    case 'get':
      return get(arg(0), Number(arg(1)), args[2]);
    case 'tls':
      return handshake(arg(0), arg(1), args[2]);
    case 'lookup':
      return systemLookup(arg(0));
    case 'exchange':
      return exchange(arg(0), arg(1), Number(arg(2)), Buffer.from(arg(3), 'hex'), Number(arg(4)), Number(arg(5)));
    case 'batch':
      return Promise.all((JSON.parse(arg(0)) as string[][]).map(run));
    default:
      throw new Error(`usage: censor-client.ts ${COMMANDS.join('|')} …`);
  }
}

console.log(JSON.stringify(await run(process.argv.slice(2))));
// Whatever a deadline left open (a frozen connection) must not keep the process alive.
process.exit(0);
