import { createHash, randomBytes } from 'node:crypto';
import { createSocket, type Socket as DgramSocket } from 'node:dgram';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, Socket as NetSocket, type Socket } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import type { Dialer } from '../../src-main/engine/paths/dialer.ts';
import { proxyDialer } from '../../src-main/engine/paths/proxy.ts';
import { failureFromError } from '../../src-main/engine/errors.ts';
import { startDeadline } from '../../src-main/engine/deadline.ts';
import { probeStun } from '../../src-main/engine/probes/stun.ts';
import { keyDialer } from '../../src-main/engine/shadowsocks/dialer.ts';
import { SHADOWSOCKS_METHODS, type ShadowsocksMethod } from '../../src-main/shared/shadowsocks-key.ts';
import { debianProxiesStoppedAfterEach, describeWithDaemon } from './servers/debian-proxies.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { leaf } from './servers/pki.ts';
import { sip002Key, startSsLocal, startSsServer } from './servers/shadowsocks-daemons.ts';
import { startStunServer, type UdpServer } from './servers/stun-server.ts';
import { closedPort, resetOnFirstData } from './servers/tcp-servers.ts';

/**
 * Our Shadowsocks client against Debian's shadowsocks-libev: every AEAD cipher over TCP
 * and UDP against `ss-server`, and the same bytes sent through our client and through
 * `ss-local` (the reference client) arriving the same at the far end. Then the ways a
 * key fails, each named as the route's own failure.
 */

debianProxiesStoppedAfterEach();
const listen = listenClosingAfterEach();
const udpServers: (UdpServer | { close(): Promise<void> })[] = [];
afterEach(async () => {
  await Promise.all(udpServers.splice(0).map((server) => server.close()));
});

/**
 * A TCP server that reads a 4-byte length and that many bytes, then answers with their
 * SHA-256 and the bytes themselves and closes. The length, not a half-close, ends the
 * request: ss-server and ss-local close both ways when the client closes its side.
 */
async function digestServer(): Promise<{ port: number; received: Buffer[] }> {
  const received: Buffer[] = [];
  const server = createServer((socket) => {
    let buffered = Buffer.alloc(0);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length < 4 || buffered.length < 4 + buffered.readUInt32BE(0)) return;
      const all = buffered.subarray(4, 4 + buffered.readUInt32BE(0));
      received.push(all);
      socket.end(Buffer.concat([createHash('sha256').update(all).digest(), all]));
    });
  });
  return { port: (await listen(server)).port, received };
}

/** A UDP server that answers each datagram with itself reversed, and keeps what it got. */
async function reversingUdpServer(): Promise<{ port: number; received: Buffer[] }> {
  const socket: DgramSocket = createSocket('udp4');
  const received: Buffer[] = [];
  socket.on('message', (datagram, from) => {
    received.push(datagram);
    socket.send(Buffer.from(datagram).reverse(), from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  udpServers.push({ close: () => new Promise<void>((resolve) => socket.close(() => resolve())) });
  return { port: socket.address().port, received };
}

async function exchangeTcp(dialer: Dialer, port: number, payload: Buffer): Promise<Buffer> {
  const socket: Socket = await dialer.dialTcp({ host: '127.0.0.1', port, signal: AbortSignal.timeout(5000) });
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    socket.once('end', () => resolve());
    socket.once('error', reject);
  });
  const length = Buffer.alloc(4);
  length.writeUInt32BE(payload.length);
  socket.write(Buffer.concat([length, payload]));
  await ended;
  socket.destroy();
  return Buffer.concat(chunks);
}

async function exchangeUdp(dialer: Dialer, port: number, payload: Buffer): Promise<Buffer> {
  const channel = await dialer.openUdp({ family: 4, signal: AbortSignal.timeout(5000) });
  if (channel === null) throw new Error('no UDP on this route');
  await new Promise<void>((resolve) => channel.connect(port, '127.0.0.1', resolve));
  const answer = new Promise<Buffer>((resolve) => channel.on('message', resolve));
  channel.send(payload, () => undefined);
  const reply = await answer;
  await new Promise<void>((resolve) => channel.close(resolve));
  return reply;
}

const password = (): string => `lab-${randomBytes(6).toString('hex')}`;

describeWithDaemon('ss-server')('against ss-server', () => {
  test.each(SHADOWSOCKS_METHODS)('%s: TCP across many chunks, and UDP, through our client', async (method) => {
    const key = { method, password: password() };
    const server = await startSsServer({ ...key, udp: true });
    const dialer = keyDialer('key', sip002Key('127.0.0.1', server.port, key));
    const target = await digestServer();
    // Past 0x3FFF: several chunks each way.
    const payload = randomBytes(100_000);
    const reply = await exchangeTcp(dialer, target.port, payload);
    expect(reply).toEqual(Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
    const udp = await reversingUdpServer();
    const datagram = randomBytes(1200);
    expect(await exchangeUdp(dialer, udp.port, datagram)).toEqual(Buffer.from(datagram).reverse());
  });

  test("an Outline prefix is sent as the salt's first bytes, and the server needs nothing to take it", async () => {
    const key = { method: 'chacha20-ietf-poly1305' as const, password: password() };
    const server = await startSsServer({ ...key, udp: false });
    // Outline's own example: the start of a TLS record, 16 03 01 00 A8 01 01.
    const first: Buffer[] = [];
    const spy = createServer((socket) => {
      socket.on('error', () => undefined);
      const upstream = new NetSocket();
      upstream.on('error', () => socket.destroy());
      upstream.connect(server.port, '127.0.0.1', () => {
        upstream.pipe(socket);
        socket.once('data', (chunk: Buffer) => {
          first.push(chunk);
          upstream.write(chunk);
          socket.pipe(upstream);
        });
      });
    });
    const relay = await listen(spy);
    const dialer = keyDialer('key', sip002Key('127.0.0.1', relay.port, key, '?prefix=%16%03%01%00%C2%A8%01%01'));
    const target = await digestServer();
    const reply = await exchangeTcp(dialer, target.port, Buffer.from('hello'));
    expect(reply.subarray(32).toString()).toBe('hello');
    expect([...(first[0] ?? Buffer.alloc(0)).subarray(0, 7)]).toEqual([0x16, 0x03, 0x01, 0x00, 0xa8, 0x01, 0x01]);
  });

  test('STUN through the key gets its Binding Response: calls can be judged through Outline', async () => {
    const key = { method: 'aes-256-gcm' as const, password: password() };
    const server = await startSsServer({ ...key, udp: true });
    const stun = await startStunServer();
    udpServers.push(stun);
    const result = await probeStun(
      { server: `lab:${stun.port}`, address: stun.address, port: stun.port },
      {
        dialer: keyDialer('key', sip002Key('127.0.0.1', server.port, key)),
        signal: new AbortController().signal,
        timeoutMs: 3000,
      },
    );
    expect(result.failure).toBeUndefined();
    expect(stun.received()).toBeGreaterThan(0);
  });

  test('a server relaying no UDP (no -u) leaves STUN unanswered: a timeout, not a crash', async () => {
    const key = { method: 'aes-128-gcm' as const, password: password() };
    const server = await startSsServer({ ...key, udp: false });
    const stun = await startStunServer();
    udpServers.push(stun);
    const result = await probeStun(
      { server: `lab:${stun.port}`, address: stun.address, port: stun.port },
      {
        dialer: keyDialer('key', sip002Key('127.0.0.1', server.port, key)),
        signal: new AbortController().signal,
        timeoutMs: 1000,
      },
    );
    expect(result.failure).toMatchObject({ stage: 'udp', class: 'timeout' });
    expect(stun.received()).toBe(0);
  });
});

describeWithDaemon('ss-local')('cross-checked with ss-local', () => {
  test.each(SHADOWSOCKS_METHODS)(
    '%s: the same bytes through our client and through ss-local',
    async (method: ShadowsocksMethod) => {
      const key = { method, password: password() };
      const server = await startSsServer({ ...key, udp: true });
      const local = await startSsLocal(server.port, key);
      const ours = keyDialer('key', sip002Key('127.0.0.1', server.port, key));
      const reference = proxyDialer('ss-local', { protocol: 'socks5', host: '127.0.0.1', port: local.port });
      const target = await digestServer();
      const payload = randomBytes(40_000);
      const [viaOurs, viaReference] = [
        await exchangeTcp(ours, target.port, payload),
        await exchangeTcp(reference, target.port, payload),
      ];
      expect(viaOurs).toEqual(viaReference);
      expect(target.received).toEqual([payload, payload]);
      const udp = await reversingUdpServer();
      const datagram = randomBytes(512);
      expect(await exchangeUdp(ours, udp.port, datagram)).toEqual(await exchangeUdp(reference, udp.port, datagram));
      expect(udp.received).toEqual([datagram, datagram]);
    },
  );
});

/** How a dial through the key ends, as a probe records it. */
async function failureOf(dialer: Dialer, port: number, timeoutMs = 1500) {
  const deadline = startDeadline(new AbortController().signal, timeoutMs);
  try {
    const socket = await dialer.dialTcp({ host: '127.0.0.1', port, signal: deadline.signal });
    socket.write('GET / HTTP/1.1\r\n\r\n');
    await new Promise((resolve, reject) => {
      socket.once('data', resolve);
      socket.once('error', reject);
      deadline.signal.addEventListener('abort', () => reject(new Error('deadline')), { once: true });
    });
    socket.destroy();
    return undefined;
  } catch (error) {
    return failureFromError('tcp', error, deadline);
  } finally {
    deadline.dispose();
  }
}

test('a server address where nothing listens: the route is unreachable', async () => {
  const key = { method: 'aes-128-gcm' as const, password: password() };
  const failure = await failureOf(keyDialer('key', sip002Key('127.0.0.1', await closedPort(), key)), 80);
  expect(failure).toMatchObject({ class: 'proxy-unreachable' });
  expect(failure?.detail).toContain('ECONNREFUSED');
});

test('a reset right after the salt is the handshake rejected, the route failing, not the site', async () => {
  const censor = await listen(resetOnFirstData());
  const key = { method: 'aes-256-gcm' as const, password: password() };
  const failure = await failureOf(keyDialer('key', sip002Key('127.0.0.1', censor.port, key)), 80);
  expect(failure).toMatchObject({ class: 'proxy-reset' });
  expect(failure?.detail).toContain('right after the salt');
});

describeWithDaemon('ss-server')('a wrong password', () => {
  test('ss-server keeps silent (probe resistance): no answer before the deadline', async () => {
    const server = await startSsServer({ method: 'chacha20-ietf-poly1305', password: password(), udp: false });
    const wrong = { method: 'chacha20-ietf-poly1305' as const, password: password() };
    const target = await digestServer();
    const failure = await failureOf(keyDialer('key', sip002Key('127.0.0.1', server.port, wrong)), target.port, 1000);
    expect(failure).toMatchObject({ class: 'timeout' });
    expect(target.received).toEqual([]);
  });
});

test('a dynamic key is fetched over HTTPS, as JSON, and used', async () => {
  const config = JSON.stringify({
    server: '127.0.0.1',
    server_port: await closedPort(),
    password: 'x',
    method: 'aes-128-gcm',
  });
  const https = await listen(createHttpsServer(leaf('valid'), (_request, response) => response.end(config)));
  const failure = await failureOf(keyDialer('key', `ssconf://localhost:${https.port}/access/secret-path#Office`), 80);
  // The key was read: its server (where nothing listens) is what failed.
  expect(failure).toMatchObject({ class: 'proxy-unreachable' });
  expect(failure?.detail).not.toContain('127.0.0.1');
});

test("a dynamic key whose address cannot be fetched is the route's own failure, with how it failed", async () => {
  const failure = await failureOf(keyDialer('key', `ssconf://localhost:${await closedPort()}/access/secret-path`), 80);
  expect(failure).toMatchObject({ class: 'proxy-config', cause: 'refused' });
  expect(failure?.detail).not.toContain('secret-path');
});
