import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { frame, readMessages } from './dns-stream.ts';
import { INJECTED_TRUTH_AFTER_MS, parseLies, planQuery, type LieTable, type QueryPlan } from './dns-lies.ts';
import { announceListening, endpoint, scriptOptions, type Endpoint } from './router-ready.ts';

/**
 * The censor router's resolver, run inside the router:
 *
 *   node router-dns.ts --listen <address>:<port> --upstream <address>:<port> --lies <json>
 *
 * Over UDP and TCP on one port (RFC 7766 §5), it forwards every query to the honest
 * resolver (`--upstream`, over the transport the query came on) and relays its answer,
 * except for the names of the lie table (dns-lies.ts): those get a forged reply at
 * once, and for an injected lie the honest answer as well, no sooner than
 * INJECTED_TRUTH_AFTER_MS later, as a second message to the same query.
 */

/** How long the honest resolver gets to answer; then the client gets nothing, as with a lost reply. */
const UPSTREAM_TIMEOUT_MS = 4000;

/** Sends what `plan` says, through `send`: the forged reply, then the relayed answer. */
async function carryOut(plan: QueryPlan, ask: () => Promise<Buffer>, send: (reply: Buffer) => void): Promise<void> {
  if (plan.forged !== undefined) send(plan.forged);
  if (!plan.relay) return;
  const truthNotBefore = plan.forged === undefined ? undefined : delay(INJECTED_TRUTH_AFTER_MS);
  try {
    const [answer] = await Promise.all([ask(), truthNotBefore]);
    send(answer);
  } catch {
    // The resolver did not answer in time or the connection failed: so does the router.
  }
}

function serveUdp(socket: UdpSocket, lies: LieTable, upstream: Endpoint): void {
  socket.on('message', (query, client) => {
    const reply = (bytes: Buffer): void => socket.send(bytes, client.port, client.address);
    void carryOut(planQuery(query, lies), () => askOverUdp(query, upstream), reply);
  });
  // A client gone before its reply is no reason to stop.
  socket.on('error', () => undefined);
}

/** One socket per query, so that answers never mix between clients. */
async function askOverUdp(query: Buffer, upstream: Endpoint): Promise<Buffer> {
  const socket = createSocket('udp4');
  try {
    socket.connect(upstream.port, upstream.address);
    await once(socket, 'connect');
    socket.send(query);
    const [answer] = (await once(socket, 'message', { signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS) })) as [Buffer];
    return answer;
  } finally {
    socket.close();
  }
}

function serveTcp(connection: Socket, lies: LieTable, upstream: Endpoint): void {
  connection.on('error', () => undefined);
  const reply = (bytes: Buffer): void => {
    if (connection.writable) connection.write(frame(bytes));
  };
  readMessages(connection, (query) => {
    void carryOut(planQuery(query, lies), () => askOverTcp(query, upstream), reply);
  });
}

/** One connection per query: the honest resolver answers it and the router closes it. */
async function askOverTcp(query: Buffer, upstream: Endpoint): Promise<Buffer> {
  // On timeout the signal destroys the socket with an AbortError.
  const socket = connect({
    host: upstream.address,
    port: upstream.port,
    signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
  });
  try {
    socket.write(frame(query));
    return await new Promise<Buffer>((resolve, reject) => {
      readMessages(socket, resolve);
      socket.once('error', reject);
      socket.once('close', () => reject(new Error('the resolver closed the connection without answering')));
    });
  } finally {
    socket.destroy();
  }
}

const options = scriptOptions(['upstream', 'lies']);
const lies = parseLies(options.lies);
const upstream = endpoint(options.upstream);

const tcp = createServer((connection) => serveTcp(connection, lies, upstream));
tcp.listen(options.listen.port, options.listen.address);
await once(tcp, 'listening');
const { port } = tcp.address() as AddressInfo;
const udp = createSocket('udp4');
serveUdp(udp, lies, upstream);
udp.bind(port, options.listen.address);
await once(udp, 'listening');
announceListening(port);
