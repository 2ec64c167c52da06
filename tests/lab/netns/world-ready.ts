import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import * as dnsPacket from 'dns-packet';
import {
  decodeBindingResponse,
  encodeBindingRequest,
  newTransactionId,
} from '../../../src-main/engine/probes/stun-message.ts';

/**
 * Run inside a lab namespace:
 *   world-ready.ts <within ms> <JSON array of ReadinessChecks>
 * polls the checks until each has succeeded once, then exits 0; after <within ms>,
 * prints the checks still failing as JSON and exits 1. Run from the client, it proves
 * the path through the router as well as the daemons.
 */

export type ReadinessCheck =
  | { kind: 'tcp'; address: string; port: number }
  /** A DNS server answering an A query for `name` with NOERROR, over UDP. */
  | { kind: 'dns'; address: string; name: string }
  /** A STUN server answering a Binding Request. */
  | { kind: 'stun'; address: string; port: number };

const POLL_MS = 20;
/** How long one attempt waits for a connection or an answer. */
const ATTEMPT_MS = 500;

function tcpAccepts(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: ATTEMPT_MS });
    const done = (accepted: boolean): void => {
      socket.destroy();
      resolve(accepted);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** Sends one datagram and resolves whether an answer that `accept` takes came back in time. */
function udpAnswers(address: string, port: number, request: Buffer, accept: (answer: Buffer) => boolean) {
  return new Promise<boolean>((resolve) => {
    const socket = createSocket('udp4');
    const done = (answered: boolean): void => {
      clearTimeout(timer);
      socket.close();
      resolve(answered);
    };
    const timer = setTimeout(() => done(false), ATTEMPT_MS);
    socket.on('message', (answer) => {
      if (accept(answer)) done(true);
    });
    // A closed port: the kernel reports ICMP port unreachable as an error on a connected socket.
    socket.on('error', () => done(false));
    socket.connect(port, address, () => socket.send(request));
  });
}

function dnsAnswers(address: string, name: string): Promise<boolean> {
  const id = Math.floor(Math.random() * 0xffff);
  const query = dnsPacket.encode({ type: 'query', id, questions: [{ type: 'A', name }] });
  return udpAnswers(address, 53, query, (answer) => {
    // dns-packet decodes the rcode but its types leave it out.
    const decoded: dnsPacket.DecodedPacket & { rcode?: string } = dnsPacket.decode(answer);
    return decoded.id === id && decoded.rcode === 'NOERROR';
  });
}

function stunAnswers(address: string, port: number): Promise<boolean> {
  const transactionId = newTransactionId();
  return udpAnswers(address, port, encodeBindingRequest(transactionId), (answer) => {
    return decodeBindingResponse(answer, transactionId).ok;
  });
}

function attempt(check: ReadinessCheck): Promise<boolean> {
  switch (check.kind) {
    case 'tcp':
      return tcpAccepts(check.address, check.port);
    case 'dns':
      return dnsAnswers(check.address, check.name);
    case 'stun':
      return stunAnswers(check.address, check.port);
  }
}

async function untilReady(check: ReadinessCheck, deadline: number): Promise<boolean> {
  while (!(await attempt(check))) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return true;
}

const [within, checksJson] = process.argv.slice(2);
if (within === undefined || checksJson === undefined) throw new Error('usage: world-ready.ts <within ms> <checks>');
const checks = JSON.parse(checksJson) as ReadinessCheck[];
const deadline = performance.now() + Number(within);
const ready = await Promise.all(checks.map((check) => untilReady(check, deadline)));
const failing = checks.filter((_, index) => ready[index] !== true);
if (failing.length > 0) {
  console.log(JSON.stringify(failing));
  process.exitCode = 1;
}
