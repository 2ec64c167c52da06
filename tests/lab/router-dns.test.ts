import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as dnsPacket from 'dns-packet';
import { afterEach, describe, expect, test } from 'vitest';
import { frame, readMessages } from './netns/dns-stream.ts';
import { INJECTED_TRUTH_AFTER_MS, lieTable, serializeLies } from './netns/dns-lies.ts';
import { BOGON_ANSWER, SERVICES } from './netns/inventory.ts';
import { untilListening } from './netns/router-ready.ts';
import type { CensorRule } from './netns/scenario.ts';
import { HONEST, LAB_ZONE, startDnsServer, type DnsServer } from './servers/dns-server.ts';

/**
 * The censor router's resolver (netns/router-dns.ts) on loopback, in front of the lab
 * DNS server as its honest resolver: its lies, its injection, and its relaying.
 */

const SCRIPT = fileURLToPath(new URL('./netns/router-dns.ts', import.meta.url));
const name = (label: string): string => `${label}.${LAB_ZONE}`;
const FORGED_ADDRESS = '11.9.9.9';
const RULES: CensorRule[] = [
  { kind: 'dns-forge', names: [name('forged')] },
  { kind: 'dns-forge', names: [name('elsewhere')], address: FORGED_ADDRESS },
  { kind: 'dns-bogon', names: [name('bogus')] },
  { kind: 'dns-nxdomain', names: [name('gone')] },
  { kind: 'dns-inject', names: [name('raced')] },
];

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

interface RunningRouterDns {
  port: number;
  upstream: DnsServer;
}

async function startRouterDns(): Promise<RunningRouterDns> {
  const upstream = await startDnsServer();
  stops.push(() => upstream.close());
  const child: ChildProcess = spawn(
    process.execPath,
    [
      SCRIPT,
      '--listen',
      '127.0.0.1:0',
      '--upstream',
      `127.0.0.1:${upstream.port}`,
      '--lies',
      serializeLies(lieTable(RULES)),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  stops.push(async () => {
    const exited = once(child, 'exit');
    child.kill();
    await exited;
  });
  return { port: await untilListening(child, 'router-dns'), upstream };
}

interface Reply {
  /** dns-packet decodes the rcode as a name, which its types leave out. */
  packet: dnsPacket.DecodedPacket & { rcode?: string };
  atMs: number;
}

function query(id: number, asked: string, type: 'A' | 'AAAA'): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name: asked }],
  });
}

/** Sends one query and resolves with the first `count` replies to it, each with its arrival time. */
function ask(transport: 'udp' | 'tcp', port: number, asked: string, type: 'A' | 'AAAA', count = 1): Promise<Reply[]> {
  const id = Math.floor(Math.random() * 0xffff);
  const startedAt = performance.now();
  const replies: Reply[] = [];
  return new Promise<Reply[]>((resolve, reject) => {
    const received = (message: Buffer): boolean => {
      replies.push({ packet: dnsPacket.decode(message), atMs: performance.now() - startedAt });
      return replies.length === count;
    };
    if (transport === 'udp') {
      const socket = createSocket('udp4');
      socket.on('error', reject);
      socket.on('message', (message) => {
        if (received(message)) socket.close(() => resolve(replies));
      });
      socket.send(query(id, asked, type), port, '127.0.0.1');
      return;
    }
    const socket = connect(port, '127.0.0.1');
    socket.on('error', reject);
    socket.write(frame(query(id, asked, type)));
    readMessages(socket, (message) => {
      if (received(message)) socket.end(() => resolve(replies));
    });
  });
}

const addressesOf = (reply: Reply | undefined): string[] =>
  (reply?.packet.answers ?? []).flatMap((answer) =>
    answer.type === 'A' || answer.type === 'AAAA' ? [answer.data] : [],
  );

describe.each(['udp', 'tcp'] as const)('router-dns over %s', (transport) => {
  test('tells its lies at once, without asking the honest resolver', async () => {
    const { port, upstream } = await startRouterDns();
    const [forged] = await ask(transport, port, name('forged'), 'A');
    expect(addressesOf(forged)).toEqual([SERVICES.sinkhole]);
    expect(forged?.packet.rcode).toBe('NOERROR');
    expect(addressesOf((await ask(transport, port, name('elsewhere'), 'A'))[0])).toEqual([FORGED_ADDRESS]);
    expect(addressesOf((await ask(transport, port, name('bogus'), 'A'))[0])).toEqual([BOGON_ANSWER]);
    const [gone] = await ask(transport, port, name('gone'), 'A');
    expect(gone?.packet.rcode).toBe('NXDOMAIN');
    expect(gone?.packet.answers).toEqual([]);
    // A forged IPv4 name has no IPv6 address: NOERROR without records.
    const [noData] = await ask(transport, port, name('forged'), 'AAAA');
    expect(noData?.packet.rcode).toBe('NOERROR');
    expect(noData?.packet.answers).toEqual([]);
    expect(upstream.queries()).toBe(0);
  });

  test('relays every other query to the honest resolver and its answer back', async () => {
    const { port, upstream } = await startRouterDns();
    expect(addressesOf((await ask(transport, port, name('control'), 'A'))[0])).toEqual([HONEST.A]);
    expect((await ask(transport, port, name('nxdomain'), 'A'))[0]?.packet.rcode).toBe('NXDOMAIN');
    expect(upstream.queries()).toBe(2);
  });

  test('injects a forged answer, then relays the honest one no sooner than 50 ms later', async () => {
    const { port, upstream } = await startRouterDns();
    const [forged, honest] = await ask(transport, port, name('raced'), 'A', 2);
    expect(addressesOf(forged)).toEqual([SERVICES.sinkhole]);
    expect(addressesOf(honest)).toEqual([HONEST.A]);
    // A lower bound that load cannot break: the router holds the truth back from the moment
    // the query reached it, which is after it was sent. (The gap between the two replies'
    // arrivals is no bound: a busy machine can deliver the forged one late.) Less 1 ms:
    // libuv's timers count whole milliseconds of its loop clock.
    expect(honest?.atMs ?? 0).toBeGreaterThanOrEqual(INJECTED_TRUTH_AFTER_MS - 1);
    expect(upstream.queries()).toBe(1);
  });

  test('matches names in any case and echoes the case of the question, 0x20 style', async () => {
    const { port } = await startRouterDns();
    for (const asked of ['FoRgEd.DeToUr.TeSt', 'cOnTrOl.dEtOuR.tEsT.']) {
      const [reply] = await ask(transport, port, asked, 'A');
      expect(reply?.packet.questions?.[0]?.name).toBe(asked.replace(/\.$/, ''));
      expect(reply?.packet.answers?.[0]?.name).toBe(asked.replace(/\.$/, ''));
    }
    expect(addressesOf((await ask(transport, port, 'BoGuS.dEtOuR.TEST', 'A'))[0])).toEqual([BOGON_ANSWER]);
  });
});
