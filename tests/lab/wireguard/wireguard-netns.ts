/**
 * Runs inside a network namespace of its own (see in-namespace.ts), against Debian's
 * wireguard-go on that namespace's loopback, and prints one JSON document:
 *
 *   wireguard-netns.ts derive    known-answer vectors made by wg and wireguard-go
 *                                (tests/unit/engine/wireguard/vectors.json holds its output)
 *   wireguard-netns.ts interop   our probe's attempts against wireguard-go, case by case
 */
import { execFile, spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { directDialer } from '../../../src-main/engine/paths/direct.ts';
import { proxyDialer } from '../../../src-main/engine/paths/proxy.ts';
import {
  createInitiation,
  prepareInitiator,
  readReply,
  type Initiator,
} from '../../../src-main/engine/wireguard/handshake.ts';
import { generateEphemeral, HandshakeClock } from '../../../src-main/engine/wireguard/noise.ts';
import { probeWireguard } from '../../../src-main/engine/wireguard/probe.ts';
import { startDebianProxy } from '../servers/debian-proxies.ts';
import {
  startWireguardGo,
  wgKeyPair,
  wgPresharedKey,
  type ProcessRunner,
  type RunningWireguard,
  type WireguardDevice,
} from '../servers/wireguard-server.ts';
import { rawPrivateKey } from './raw-key.ts';

const runFile = promisify(execFile);
const runner: ProcessRunner = {
  spawn: (command, args, options) => spawn(command, [...args], options),
  exec: async (command, args) => {
    try {
      const { stdout, stderr } = await runFile(command, [...args]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    }
  },
};

const LOOPBACK = '127.0.0.1';
const SERVER_PORT = 51820;
/** Each interface name is unique on the machine: the control socket's folder is shared by all namespaces. */
const interfaceName = (letter: string): string => `dwg${process.pid.toString(36)}${letter}`;
const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));
const hex = (data: Uint8Array): string => Buffer.from(data).toString('hex');

function initiatorFor(privateKey: string, peerPublicKey: string, presharedKey?: string): Initiator {
  const initiator = prepareInitiator({
    privateKey: bytes(privateKey),
    peerPublicKey: bytes(peerPublicKey),
    ...(presharedKey === undefined ? {} : { presharedKey: bytes(presharedKey) }),
  });
  if (initiator === null) throw new Error('a key from wg genkey was refused');
  return initiator;
}

async function boundSocket(): Promise<Socket> {
  const socket = createSocket('udp4');
  socket.bind(0, LOOPBACK);
  await once(socket, 'listening');
  return socket;
}

/** The first datagram on `socket` that `accept` takes, or an error after `withinMs`. */
function nextDatagram(socket: Socket, accept: (datagram: Buffer) => boolean, withinMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('message', onMessage);
      reject(new Error(`no datagram within ${withinMs} ms`));
    }, withinMs);
    const onMessage = (datagram: Buffer): void => {
      if (!accept(datagram)) return;
      clearTimeout(timer);
      socket.off('message', onMessage);
      resolve(datagram);
    };
    socket.on('message', onMessage);
  });
}

/** Initiations sent at once while keeping the server under load: over the 128 that make it so. */
const KEEP_LOADED_BURST = 200;
/** wireguard-go stays under load for a second after its queue last held 128 (UnderLoadAfterTime). */
const KEEP_LOADED_EVERY_MS = 200;

/**
 * Fills wireguard-go's handshake queue with initiations that pass mac1 (from a key it
 * does not know): WireGuard is "under load" while 128 or more wait (wireguard-go
 * device.IsUnderLoad), and then answers without mac2 by a cookie reply. `loaded`
 * resolves when the flood's own first cookie reply proves it. From then on the flood
 * only keeps it so, a burst every 200 ms: a queue kept full (1,024) would drop the
 * retry that carries mac2 as well, and the test would measure the flood, not the probe.
 */
async function flood(server: { publicKey: string }): Promise<{ loaded: Promise<void>; stop(): void }> {
  const socket = await boundSocket();
  const stranger = await wgKeyPair();
  const packet = createInitiation(initiatorFor(stranger.privateKey, server.publicKey), {
    timestamp: new HandshakeClock().next(),
  }).bytes;
  let stopped = false;
  let proven = false;
  let keeping: NodeJS.Timeout | undefined;
  const send = (count: number): void => {
    for (let i = 0; i < count; i += 1) socket.send(packet, SERVER_PORT, LOOPBACK);
  };
  const burst = (): void => {
    if (stopped || proven) return;
    send(256);
    setImmediate(burst);
  };
  burst();
  const loaded = nextDatagram(socket, (d) => d[0] === 3, 20_000).then(() => {
    proven = true;
    if (!stopped) keeping = setInterval(() => send(KEEP_LOADED_BURST), KEEP_LOADED_EVERY_MS);
  });
  return {
    loaded,
    stop: () => {
      stopped = true;
      clearInterval(keeping);
      socket.close();
    },
  };
}

async function withServer<T>(device: WireguardDevice, body: () => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'detour-wg-'));
  let server: RunningWireguard | undefined;
  try {
    server = await startWireguardGo(runner, device, folder);
    return await body();
  } finally {
    await server?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

async function derive(): Promise<unknown> {
  const x25519 = await Promise.all([wgKeyPair(), wgKeyPair(), wgKeyPair()]);

  // wireguard-go as the initiator: its first initiation to a peer it keeps alive.
  const device = await wgKeyPair();
  const responder = await wgKeyPair();
  const psk = await wgPresharedKey();
  const capture = await boundSocket();
  const initiationByWireguardGo = await withServer(
    {
      interfaceName: interfaceName('a'),
      privateKey: device.privateKey,
      listenPort: 0,
      peers: [
        {
          publicKey: responder.publicKey,
          presharedKey: psk,
          endpoint: `${LOOPBACK}:${capture.address().port}`,
          persistentKeepalive: 1,
          allowedIp: '10.99.0.2/32',
        },
      ],
    },
    async () => {
      const datagram = await nextDatagram(capture, (d) => d.length === 148 && d[0] === 1, 15_000);
      return { capturedAtMs: Date.now(), bytes: datagram };
    },
  );
  capture.close();

  // wireguard-go as the responder: answers to initiations we made with a fixed ephemeral key.
  const server = await wgKeyPair();
  const [withPsk, withoutPsk, loaded] = await Promise.all([wgKeyPair(), wgKeyPair(), wgKeyPair()]);
  const serverPsk = await wgPresharedKey();
  const clock = new HandshakeClock();
  const responses = await withServer(
    {
      interfaceName: interfaceName('b'),
      privateKey: server.privateKey,
      listenPort: SERVER_PORT,
      peers: [
        { publicKey: withPsk.publicKey, presharedKey: serverPsk, allowedIp: '10.99.0.3/32' },
        { publicKey: withoutPsk.publicKey, allowedIp: '10.99.0.4/32' },
        { publicKey: loaded.publicKey, allowedIp: '10.99.0.5/32' },
      ],
    },
    async () => {
      const exchange = async (client: { privateKey: string; publicKey: string }, presharedKey?: string) => {
        const initiator = initiatorFor(client.privateKey, server.publicKey, presharedKey);
        const ephemeral = generateEphemeral();
        const timestamp = clock.next();
        const initiation = createInitiation(initiator, { ephemeral, timestamp, senderIndex: 0x1234_5678 });
        const socket = await boundSocket();
        try {
          socket.send(initiation.bytes, SERVER_PORT, LOOPBACK);
          const response = await nextDatagram(socket, (d) => d.length === 92, 10_000);
          return {
            clientPrivateKey: client.privateKey,
            clientPublicKey: client.publicKey,
            ...(presharedKey === undefined ? {} : { presharedKey }),
            ephemeralPrivateKey: hex(rawPrivateKey(ephemeral)),
            timestamp: hex(timestamp),
            senderIndex: initiation.senderIndex,
            initiation: hex(initiation.bytes),
            response: hex(response),
          };
        } finally {
          socket.close();
        }
      };
      const cookieExchange = async () => {
        const initiator = initiatorFor(loaded.privateKey, server.publicKey);
        const load = await flood(server);
        const socket = await boundSocket();
        try {
          await load.loaded;
          const first = createInitiation(initiator, { timestamp: clock.next() });
          socket.send(first.bytes, SERVER_PORT, LOOPBACK);
          const cookieReply = await nextDatagram(socket, (d) => d[0] === 3, 10_000);
          const reply = readReply(initiator, [first], cookieReply);
          if (reply.kind !== 'cookie') throw new Error(`the cookie reply reads as ${reply.kind}`);
          // Still under load: this one is answered only because its mac2 is right.
          const ephemeral = generateEphemeral();
          const timestamp = clock.next();
          const second = createInitiation(initiator, {
            ephemeral,
            timestamp,
            senderIndex: 0x0bad_cafe,
            cookie: reply.cookie,
          });
          socket.send(second.bytes, SERVER_PORT, LOOPBACK);
          const response = await nextDatagram(socket, (d) => d.length === 92, 10_000);
          return {
            clientPrivateKey: loaded.privateKey,
            firstInitiation: hex(first.bytes),
            cookieReply: hex(cookieReply),
            cookie: hex(reply.cookie),
            ephemeralPrivateKey: hex(rawPrivateKey(ephemeral)),
            timestamp: hex(timestamp),
            senderIndex: second.senderIndex,
            initiation: hex(second.bytes),
            response: hex(response),
          };
        } finally {
          load.stop();
          socket.close();
        }
      };
      return {
        withPresharedKey: await exchange(withPsk, serverPsk),
        withoutPresharedKey: await exchange(withoutPsk),
        underLoad: await cookieExchange(),
      };
    },
  );

  return {
    source:
      'Made by tests/lab/wireguard/wireguard-netns.ts derive (run as root: node tests/lab/wireguard/derive-vectors.ts) with Debian wireguard-tools (wg genkey, wg pubkey, wg genpsk) and wireguard-go.',
    x25519,
    initiationByWireguardGo: {
      initiatorPrivateKey: device.privateKey,
      initiatorPublicKey: device.publicKey,
      responderPrivateKey: responder.privateKey,
      responderPublicKey: responder.publicKey,
      presharedKey: psk,
      capturedAtMs: initiationByWireguardGo.capturedAtMs,
      initiation: hex(initiationByWireguardGo.bytes),
    },
    responsesByWireguardGo: { serverPublicKey: server.publicKey, ...responses },
  };
}

async function interop(): Promise<unknown> {
  const server = await wgKeyPair();
  const [client, plain, stranger, busy] = await Promise.all([wgKeyPair(), wgKeyPair(), wgKeyPair(), wgKeyPair()]);
  const psk = await wgPresharedKey();
  const wrongPsk = await wgPresharedKey();
  const clock = new HandshakeClock();
  const dante = await startDebianProxy.danted();
  const attempt = (initiator: Initiator, route: 'direct' | 'dante', timeoutMs: number) =>
    probeWireguard(
      { address: LOOPBACK, port: SERVER_PORT, initiator, clock, route },
      {
        dialer:
          route === 'direct'
            ? directDialer()
            : proxyDialer('dante', { protocol: 'socks5', host: LOOPBACK, port: dante.port }),
        signal: new AbortController().signal,
        timeoutMs,
      },
    );
  try {
    return await withServer(
      {
        interfaceName: interfaceName('i'),
        privateKey: server.privateKey,
        listenPort: SERVER_PORT,
        peers: [
          { publicKey: client.publicKey, presharedKey: psk, allowedIp: '10.98.0.2/32' },
          { publicKey: plain.publicKey, allowedIp: '10.98.0.3/32' },
          { publicKey: busy.publicKey, allowedIp: '10.98.0.4/32' },
        ],
      },
      async () => {
        const withPsk = initiatorFor(client.privateKey, server.publicKey, psk);
        const cases: Record<string, unknown> = {};
        cases['preshared key'] = await attempt(withPsk, 'direct', 3000);
        cases['no preshared key'] = await attempt(initiatorFor(plain.privateKey, server.publicKey), 'direct', 3000);
        cases['wrong preshared key'] = await attempt(
          initiatorFor(client.privateKey, server.publicKey, wrongPsk),
          'direct',
          3000,
        );
        cases['wrong server key'] = await attempt(
          initiatorFor(client.privateKey, stranger.publicKey, psk),
          'direct',
          1500,
        );
        cases['unknown client key'] = await attempt(
          initiatorFor(stranger.privateKey, server.publicKey),
          'direct',
          1500,
        );
        cases['through dante'] = await attempt(withPsk, 'dante', 3000);
        const load = await flood(server);
        try {
          await load.loaded;
          // A deadline, not a measure: behind the flood, the retry carrying mac2 can take a
          // few retransmissions (1, 2, 4 s…) on a busy machine.
          cases['under load'] = await attempt(initiatorFor(busy.privateKey, server.publicKey), 'direct', 15_000);
        } finally {
          load.stop();
        }
        return cases;
      },
    );
  } finally {
    await dante.stop();
  }
}

const command = process.argv[2];
const commands: Record<string, () => Promise<unknown>> = { derive, interop };
const chosen = command === undefined ? undefined : commands[command];
if (chosen === undefined) throw new Error('usage: wireguard-netns.ts derive|interop');
console.log(JSON.stringify(await chosen(), null, 2));
