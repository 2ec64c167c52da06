import { describe, expect, test } from 'vitest';
import {
  createInitiation,
  prepareInitiator,
  readReply,
  type Initiator,
} from '../../../../src-main/engine/wireguard/handshake.ts';
import { HandshakeClock, privateKeyObject } from '../../../../src-main/engine/wireguard/noise.ts';
import { vectors, type ResponseExchange } from './vectors.ts';

/**
 * Our initiator against answers wireguard-go gave to initiations we sent it
 * (vectors.json): the same keys, ephemeral key, timestamp and index make the very
 * bytes wireguard-go answered, and its answers verify, mac1, transcript and all.
 */

const fromHex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
const toHex = (data: Uint8Array): string => Buffer.from(data).toString('hex');
const serverPublicKey = vectors.responsesByWireguardGo.serverPublicKey;

function initiator(privateKey: string, presharedKey?: string): Initiator {
  const prepared = prepareInitiator({
    privateKey: fromBase64(privateKey),
    peerPublicKey: fromBase64(serverPublicKey),
    ...(presharedKey === undefined ? {} : { presharedKey: fromBase64(presharedKey) }),
  });
  if (prepared === null) throw new Error('refused a good key');
  return prepared;
}

function replay(exchange: ResponseExchange, presharedKey = exchange.presharedKey) {
  const client = initiator(exchange.clientPrivateKey, presharedKey);
  const initiation = createInitiation(client, {
    ephemeral: privateKeyObject(fromHex(exchange.ephemeralPrivateKey)),
    timestamp: fromHex(exchange.timestamp),
    senderIndex: exchange.senderIndex,
    ...(exchange.cookie === undefined ? {} : { cookie: fromHex(exchange.cookie) }),
  });
  return { client, initiation };
}

const exchanges: [string, ResponseExchange][] = [
  ['with a preshared key', vectors.responsesByWireguardGo.withPresharedKey],
  ['without a preshared key', vectors.responsesByWireguardGo.withoutPresharedKey],
  ['under load, with mac2 from the cookie', vectors.responsesByWireguardGo.underLoad],
];

describe.each(exchanges)('a handshake %s', (_, exchange) => {
  test('the initiation is byte for byte the one wireguard-go answered', () => {
    const { initiation } = replay(exchange);
    expect(initiation.bytes).toHaveLength(148);
    expect(toHex(initiation.bytes)).toBe(exchange.initiation);
  });

  test("wireguard-go's response verifies", () => {
    const { client, initiation } = replay(exchange);
    const reply = readReply(client, [initiation], fromHex(exchange.response));
    expect(reply.kind).toBe('response');
  });

  test('a response changed in one byte fails its mac1', () => {
    const { client, initiation } = replay(exchange);
    const response = fromHex(exchange.response);
    response[20] = (response[20] ?? 0) ^ 1;
    expect(readReply(client, [initiation], response)).toMatchObject({ kind: 'invalid-response', why: 'mac1' });
  });

  test('with another preshared key the transcript does not verify', () => {
    const { client, initiation } = replay(exchange, Buffer.alloc(32, 7).toString('base64'));
    expect(readReply(client, [initiation], fromHex(exchange.response))).toMatchObject({
      kind: 'invalid-response',
      why: 'transcript',
    });
  });

  test('a response to another initiation is not ours', () => {
    const { client } = replay(exchange);
    const other = createInitiation(client, { timestamp: new HandshakeClock().next(), senderIndex: 1 });
    expect(readReply(client, [other], fromHex(exchange.response)).kind).toBe('unrelated');
  });
});

describe('cookie replies', () => {
  const exchange = vectors.responsesByWireguardGo.underLoad;
  test("wireguard-go's cookie reply gives the cookie that made the next initiation's mac2", () => {
    const client = initiator(exchange.clientPrivateKey);
    const first = fromHex(exchange.firstInitiation);
    // Only the index and mac1 of the initiation matter to a cookie reply.
    const sent = {
      ...createInitiation(client, { timestamp: new HandshakeClock().next() }),
      bytes: first,
      senderIndex: Buffer.from(first).readUInt32LE(4),
      mac1: first.subarray(116, 132),
    };
    const reply = readReply(client, [sent], fromHex(exchange.cookieReply));
    expect(reply.kind).toBe('cookie');
    if (reply.kind === 'cookie') expect(toHex(reply.cookie)).toBe(exchange.cookie);
  });

  test('a cookie reply sealed against another mac1 does not open', () => {
    const client = initiator(exchange.clientPrivateKey);
    const first = fromHex(exchange.firstInitiation);
    const sent = {
      ...createInitiation(client, { timestamp: new HandshakeClock().next() }),
      senderIndex: Buffer.from(first).readUInt32LE(4),
    };
    expect(readReply(client, [sent], fromHex(exchange.cookieReply)).kind).toBe('invalid-cookie');
  });
});

test('a peer public key of all zeros (a low-order point) is refused before any handshake', () => {
  const client = vectors.x25519[0] as { privateKey: string };
  expect(prepareInitiator({ privateKey: fromBase64(client.privateKey), peerPublicKey: new Uint8Array(32) })).toBeNull();
});

test('datagrams of the wrong size or type are not replies', () => {
  const exchange = vectors.responsesByWireguardGo.withoutPresharedKey;
  const { client, initiation } = replay(exchange);
  const response = fromHex(exchange.response);
  for (const datagram of [
    new Uint8Array(0),
    response.subarray(0, 91),
    Uint8Array.of(4, 0, 0, 0, ...response.subarray(4)),
  ]) {
    expect(readReply(client, [initiation], datagram).kind).toBe('unrelated');
  }
});
